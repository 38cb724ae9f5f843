//! `resident edit ID --FIELD VALUE…`: change fields; an empty value clears
//! an optional one. A new address or permit marks the residence
//! registration due, unless the same edit records a registration.
use clap::Args;

use super::flags::{self, FieldArgs};
use super::{add::refuse_duplicate, rows};
use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::residents::{store, Field};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Resident id
    pub id: i64,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Allow the change even if it makes a likely duplicate of another resident
    #[arg(long)]
    pub allow_duplicate: bool,
}

pub fn run(ctx: &mut Ctx, args: &EditArgs) -> Result<()> {
    let given = args.fields.given();
    if given.is_empty() {
        return Err(
            AppError::usage(t!("desk-edit-nothing-given")).hint(t!("desk-edit-nothing-given-hint"))
        );
    }
    let refs = store::load_refs(&ctx.db.conn)?;
    let values = flags::validate(&given, &refs)?;
    let today = ctx.today();
    let actor = ctx.actor();
    let id = args.id;
    let changed = ctx.db.write(|tx| {
        let mut resident = super::load_changeable(tx, id, "be edited")?;
        let before = resident.data.clone();
        for (field, value) in values {
            resident.data.set(field, value);
        }
        let recorded = given
            .iter()
            .any(|(f, _)| *f == Field::ResidenceRegisteredOn);
        let changed = resident.update_marks(&before, recorded);
        let problems = resident.data.check(&today);
        if !problems.is_empty() {
            return Err(flags::flag_errors(&problems));
        }
        refuse_duplicate(tx, &resident.data, Some(id), args.allow_duplicate)?;
        store::update(tx, &resident, &actor.at)?;
        let names: Vec<&str> = changed.iter().map(|f| f.name()).collect();
        audit::record(
            tx,
            &actor,
            "edit",
            "resident",
            Some(id),
            &format!("fields: {}", names.join(", ")),
        )?;
        Ok(changed)
    })?;
    if changed.is_empty() {
        ui::note(&t!("desk-edit-unchanged", id = id.to_string()));
    } else {
        let names: Vec<&str> = changed.iter().map(|f| f.name()).collect();
        ui::note(&t!(
            "desk-edit-changed",
            id = id.to_string(),
            fields = names.join(", ")
        ));
    }
    let resident = super::load(&ctx.db.conn, id)?;
    ctx.out.record(&rows::record(&resident, false))
}
