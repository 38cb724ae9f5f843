//! `resident add`: register a new resident from flags, or at a terminal
//! with a wizard for what the flags left out.
use clap::Args;

use super::flags::{self, FieldArgs};
use super::{rows, wizard};
use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::residents::model::Duplicate;
use crate::residents::{store, Field, ResidentData};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Register even if a resident with the same name and nationality exists
    #[arg(long)]
    pub allow_duplicate: bool,
}

const REQUIRED: [Field; 3] = [Field::FamilyName, Field::Nationality, Field::Community];

pub fn run(ctx: &mut Ctx, args: &AddArgs) -> Result<()> {
    let refs = store::load_refs(&ctx.db.conn)?;
    let mut given = args.fields.given();
    let missing: Vec<Field> = REQUIRED
        .into_iter()
        .filter(|f| !given.iter().any(|(g, _)| g == f))
        .collect();
    let mut allow_duplicate = args.allow_duplicate;
    if !missing.is_empty() && !ctx.prompt.allowed {
        let names: Vec<String> = missing.iter().map(|f| f.flag()).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        return Err(ui::missing_flags(&names));
    }
    let wrong_flag = || flags::validate(&given, &refs).is_err();
    if ctx.prompt.allowed && (!missing.is_empty() || wrong_flag()) {
        let answers = wizard::ask(&given, &refs, &ctx.db.conn, allow_duplicate)?;
        given = answers.values;
        allow_duplicate = answers.allow_duplicate;
    }
    let mut data = ResidentData::new();
    for (field, value) in flags::validate(&given, &refs)? {
        data.set(field, value);
    }
    let problems = data.check(&ctx.today());
    if !problems.is_empty() {
        return Err(flags::flag_errors(&problems));
    }
    let actor = ctx.actor();
    let id = ctx.db.write(|tx| {
        refuse_duplicate(tx, &data, None, allow_duplicate)?;
        let id = store::insert(tx, &data, &actor.at)?;
        audit::record(tx, &actor, "add", "resident", Some(id), "")?;
        Ok(id)
    })?;
    ui::note(&crate::t!(
        "desk-resident-added",
        id = id.to_string(),
        name = data.display_name()
    ));
    let resident = super::load(&ctx.db.conn, id)?;
    ctx.out.record(&rows::record(&resident, false))
}

/// Exit 4 when `data` duplicates a stored resident (likely duplicates only
/// without `allow_likely`).
pub fn refuse_duplicate(
    conn: &crate::db::Connection,
    data: &ResidentData,
    except: Option<i64>,
    allow_likely: bool,
) -> Result<()> {
    match store::find_duplicate(conn, data, except)? {
        Some((Duplicate::Likely, _)) if allow_likely => Ok(()),
        Some((kind, id)) => {
            let id = id.to_string();
            let err = AppError::conflict(duplicate_message(kind, &id));
            Err(if kind.is_hard() {
                err.hint(t!("desk-hint-show", id = id))
            } else {
                err.hint(t!("desk-hint-show-allow-duplicate", id = id))
            })
        }
        None => Ok(()),
    }
}

/// "resident ID has the same …", in the chosen language.
pub(crate) fn duplicate_message(kind: Duplicate, id: &str) -> String {
    match kind {
        Duplicate::ExternalId => t!("desk-duplicate-external-id", id = id),
        Duplicate::Passport => t!("desk-duplicate-passport", id = id),
        Duplicate::Likely => t!("desk-duplicate-likely", id = id),
    }
}

/// What makes `kind` a duplicate ("has the same external_id"), in the
/// chosen language.
pub(crate) fn duplicate_what(kind: Duplicate) -> String {
    match kind {
        Duplicate::ExternalId => t!("desk-duplicate-what-external-id"),
        Duplicate::Passport => t!("desk-duplicate-what-passport"),
        Duplicate::Likely => t!("desk-duplicate-what-likely"),
    }
}
