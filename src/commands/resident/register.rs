//! `resident register-residence ID [--on DATE]`: the 24-hour residence
//! registration with the police; clears the address/permit marks.
use clap::Args;

use super::move_out::date_arg;
use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::residents::model::registration_due;
use crate::residents::store;
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Resident id
    pub id: i64,
    /// Date of the registration, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &RegisterArgs) -> Result<()> {
    let on = date_arg(args.on.as_deref(), ctx)?;
    if on > ctx.today() {
        return Err(AppError::invalid(t!("desk-on-future", date = on)));
    }
    let actor = ctx.actor();
    let still_due = ctx.db.write(|tx| {
        let mut resident = super::load_changeable(tx, args.id, "register a residence")?;
        if resident.data.status != "active" {
            let id = args.id.to_string();
            return Err(AppError::conflict(match resident.data.status.as_str() {
                "moved-out" => t!("desk-register-moved-out", id = id),
                status => t!("desk-register-not-active", id = id, status = status),
            }));
        }
        resident.data.residence_registered_on = Some(on.clone());
        resident.address_changed = false;
        resident.permit_changed = false;
        store::update(tx, &resident, &actor.at)?;
        audit::record(
            tx,
            &actor,
            "register-residence",
            "resident",
            Some(args.id),
            "",
        )?;
        Ok(registration_due(&resident))
    })?;
    ui::note(&t!(
        "desk-registered",
        id = args.id.to_string(),
        date = on.clone()
    ));
    if let Some(reason) = still_due {
        ui::warn(&t!("desk-register-still-due", reason = reason.to_string()));
    }
    super::show::print(ctx, args.id)
}
