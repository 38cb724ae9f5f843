//! `resident move-out ID [--on DATE]`.
use clap::Args;

use crate::clock::{format_date, parse_date};
use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::residents::store;
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct MoveOutArgs {
    /// Resident id
    pub id: i64,
    /// Move-out date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &MoveOutArgs) -> Result<()> {
    let on = date_arg(args.on.as_deref(), ctx)?;
    let actor = ctx.actor();
    ctx.db.write(|tx| {
        let mut resident = super::load_changeable(tx, args.id, "move out")?;
        if resident.data.status == "moved-out" {
            return Err(AppError::conflict(t!(
                "desk-move-out-already",
                id = args.id.to_string(),
                date = resident.data.moved_out_on.clone().unwrap_or_default()
            )));
        }
        resident.data.status = "moved-out".into();
        resident.data.moved_out_on = Some(on.clone());
        store::update(tx, &resident, &actor.at)?;
        audit::record(tx, &actor, "move-out", "resident", Some(args.id), "")
    })?;
    ui::note(&t!(
        "desk-moved-out",
        id = args.id.to_string(),
        date = on.clone()
    ));
    super::show::print(ctx, args.id)
}

/// `--on DATE`, default today; exit 5 for a date that is not one.
pub fn date_arg(on: Option<&str>, ctx: &Ctx) -> Result<String> {
    match on {
        None => Ok(ctx.today()),
        Some(text) => parse_date(text).map(format_date).ok_or_else(|| {
            AppError::invalid(t!(
                "desk-on-not-a-date",
                value = crate::text::visible(text).to_string()
            ))
            .hint(t!("desk-hint-date-format"))
        }),
    }
}
