//! `resident erase ID`: the personal-data deletion a resident may ask for.
//! Needs confirmation (or `-y`). The record stays, anonymous; they leave
//! the rosters of courses still to come; their feedback stays, detached.
//! Afterwards the write-ahead log is emptied, so the erased values are in
//! neither the database file nor its WAL.
use clap::Args;

use crate::commands::course::drop::drop_from;
use crate::context::Ctx;
use crate::courses::roster_store;
use crate::db::audit;
use crate::error::Result;
use crate::residents::erase::{self, Scrub};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct EraseArgs {
    /// Resident id
    pub id: i64,
}

pub fn run(ctx: &mut Ctx, args: &EraseArgs) -> Result<()> {
    let id = args.id;
    let resident = super::load(&ctx.db.conn, id)?;
    if resident.data.status == "erased" {
        ui::note(&t!("desk-erase-already", id = id.to_string()));
        return Ok(());
    }
    ctx.prompt.confirm(&t!(
        "desk-erase-confirm",
        id = id.to_string(),
        name = resident.data.display_name()
    ))?;
    let actor = ctx.actor();
    let today = ctx.today();
    let (erased, courses) = ctx.db.write(|tx| {
        // Checked again under the lock: another process may have erased
        // them since.
        super::load_changeable(tx, id, "be erased again")?;
        let upcoming = roster_store::upcoming_courses_of(tx, id, &actor.at)?;
        for &(course_id, capacity) in &upcoming {
            let roster = roster_store::load(tx, course_id, capacity)?;
            drop_from(tx, &actor, course_id, roster, id, " (erased)")?;
        }
        let erased = erase::erase(tx, id, &today, &actor.at)?;
        let detail = format!(
            "personal fields removed; {} feedback item(s) detached; left {} upcoming course(s)",
            erased.feedback,
            upcoming.len()
        );
        audit::record(tx, &actor, "erase", "resident", Some(id), &detail)?;
        Ok((erased, upcoming.len()))
    })?;
    if erase::scrub_wal(&ctx.db.conn)? == Scrub::Busy {
        ui::warn(&t!("desk-erase-wal-busy"));
    }
    ui::note(&t!(
        "desk-erased",
        id = id.to_string(),
        feedback = erased.feedback,
        courses = courses
    ));
    Ok(())
}
