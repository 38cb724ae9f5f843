//! `resident list`: residents with filters, active ones by default.
use clap::Args;

use super::rows::{self, Extras};
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::refdata;
use crate::residents::fields::{self, Field};
use crate::residents::query::{ListFilter, StatusFilter};
use crate::residents::store;
use crate::t;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this community (English or Chinese name)
    #[arg(long, value_name = "NAME")]
    pub community: Option<String>,
    /// Only this nationality (code, name or everyday name: DE, Germany, 德国, UK, 韩国)
    #[arg(long, value_name = "COUNTRY")]
    pub nationality: Option<String>,
    /// Only residents who speak this language (code or name: de, German, 德语, Mandarin)
    #[arg(long, value_name = "LANGUAGE")]
    pub language: Option<String>,
    /// Which residents [default: active]
    #[arg(long, value_enum)]
    pub status: Option<StatusFilter>,
    /// Only permits expiring within DAYS from today (expired ones included)
    #[arg(long, value_name = "DAYS")]
    pub permit_expiring: Option<u32>,
    /// Only active residents whose residence registration is due, with the reason
    #[arg(long)]
    pub registration_due: bool,
    /// Only residents matching TEXT, as `resident find`
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[command(flatten)]
    pub limit: LimitArg,
}

pub fn run(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let conn = &ctx.db.conn;
    let refs = store::load_refs(conn)?;
    let mut filter = ListFilter {
        status: args.status,
        registration_due: args.registration_due,
        ..Default::default()
    };
    if let Some(name) = &args.community {
        match fields::parse(Field::Community, name, &refs) {
            Ok(fields::Value::Community(c)) => filter.community_id = Some(c.id),
            Ok(_) => {}
            Err(e) => return Err(filter_error("--community", &e)),
        }
    }
    if let Some(country) = &args.nationality {
        filter.nationality = Some(
            refdata::country(country)
                .map(|c| c.alpha2.clone())
                .ok_or_else(|| {
                    not_known("--nationality", country, refdata::suggest_country(country))
                })?,
        );
    }
    if let Some(language) = &args.language {
        filter.language = Some(
            refdata::language(language)
                .map(|l| l.code.clone())
                .ok_or_else(|| {
                    not_known("--language", language, refdata::suggest_language(language))
                })?,
        );
    }
    if let Some(days) = args.permit_expiring {
        let until = crate::reports::residents::days_ahead(ctx.clock.today(), days);
        filter.permit_expiry_until = Some(crate::clock::format_date(until));
    }
    if let Some(text) = &args.search {
        filter.ids = Some(store::search_ids(conn, text)?);
    }
    let extras = Extras {
        reason: args.registration_due,
        days_left_from: args.permit_expiring.map(|_| ctx.clock.today()),
        moved_out_on: args.status.is_some_and(|s| s != StatusFilter::Active),
    };
    let mut source = rows::list_source(conn, &filter, extras);
    let filtered = args.community.is_some()
        || args.nationality.is_some()
        || args.language.is_some()
        || args.permit_expiring.is_some()
        || args.registration_due
        || args.search.is_some()
        || args.status.is_some_and(|s| s != StatusFilter::Active);
    let empty = if filtered {
        t!("desk-list-none-match")
    } else {
        t!("desk-list-none-yet")
    };
    ctx.out
        .limited(args.limit.limit)
        .stream(&mut source, None, &empty)
}

fn filter_error(flag: &str, e: &fields::FieldError) -> AppError {
    let err = AppError::invalid(format!(
        "{flag}: {} ({})",
        e.problem,
        crate::text::visible(&e.value)
    ));
    e.hints().fold(err, |err, h| err.hint(h.clone()))
}

fn not_known(flag: &str, value: &str, suggestions: Vec<&str>) -> AppError {
    let err = AppError::invalid(t!(
        "desk-filter-not-known",
        flag = flag,
        value = crate::text::visible(value).to_string()
    ));
    if suggestions.is_empty() {
        err
    } else {
        err.hint(t!(
            "desk-did-you-mean",
            suggestions = suggestions.join(", ")
        ))
    }
}
