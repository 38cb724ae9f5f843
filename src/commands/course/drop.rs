//! `course drop COURSE RESIDENT`: takes the resident off the roster; a
//! freed seat goes to the first on the waitlist (reported), and the
//! waitlist is renumbered 1..n. Not on the roster: exit 4.
use clap::Args;

use crate::context::Ctx;
use crate::courses::waitlist::{DropOutcome, Roster};
use crate::courses::{roster_store, store};
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct DropArgs {
    /// Course id
    pub course: i64,
    /// Resident id
    pub resident: i64,
}

pub fn run(ctx: &mut Ctx, args: &DropArgs) -> Result<()> {
    let actor = ctx.actor();
    let (course_id, resident_id) = (args.course, args.resident);
    let outcome = ctx.db.write(|tx| {
        let course = store::course(tx, course_id)?;
        crate::commands::resident::load(tx, resident_id)?;
        let roster = roster_store::load(tx, course_id, course.def.capacity)?;
        if roster.entry(resident_id).is_none() {
            return Err(AppError::conflict(t!(
                "svc-drop-not-on-roster",
                id = resident_id.to_string(),
                course = course_id.to_string()
            ))
            .hint(t!(
                "svc-hint-course-show-roster",
                course = course_id.to_string()
            )));
        }
        drop_from(tx, &actor, course_id, roster, resident_id, "")
    })?;
    ui::note(&t!(
        "svc-dropped",
        id = resident_id.to_string(),
        course = course_id.to_string()
    ));
    if let Some(p) = outcome.promoted {
        ui::note(&t!("svc-promoted", id = p.to_string()));
    }
    super::show::print(ctx, course_id)
}

/// Takes `resident_id` off `roster` (of `course_id`) and saves it, with an
/// audit entry for the drop (`why` added to its detail) and one for the
/// resident promoted from the waitlist, if any. Also used by `erase`.
pub(crate) fn drop_from(
    tx: &crate::db::Connection,
    actor: &audit::Actor,
    course_id: i64,
    mut roster: Roster,
    resident_id: i64,
    why: &str,
) -> Result<DropOutcome> {
    let outcome = roster.drop(resident_id)?;
    roster.check().map_err(AppError::internal)?;
    roster_store::save(tx, course_id, &roster, &actor.at)?;
    let detail = match outcome.promoted {
        Some(p) => format!("resident {resident_id}{why}; resident {p} promoted"),
        None => format!("resident {resident_id}{why}"),
    };
    audit::record_about(
        tx,
        actor,
        "drop",
        "course",
        Some(course_id),
        Some(resident_id),
        &detail,
    )?;
    if let Some(p) = outcome.promoted {
        audit::record_about(
            tx,
            actor,
            "promote",
            "course",
            Some(course_id),
            Some(p),
            &format!("resident {p} from the waitlist"),
        )?;
    }
    Ok(outcome)
}
