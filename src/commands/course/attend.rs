//! `course attend SESSION RESIDENT… [--absent] [--walk-in]`: marks each
//! resident present (or absent) at one session; a second mark replaces
//! the first. Only residents enrolled in the course may be marked (exit 4,
//! nothing written), unless `--walk-in`, which enrolls them on the spot,
//! beyond capacity if need be, and marks them present.
use clap::Args;

use super::enroll::{active_resident, scheduled_course};
use crate::context::Ctx;
use crate::courses::waitlist::WalkInOutcome;
use crate::courses::{roster_store, store, AttendanceStatus, EnrollmentStatus, SessionStatus};
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::output::{Cell, Rows};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct AttendArgs {
    /// Session id (see `course show COURSE`)
    pub session: i64,
    /// Resident ids
    #[arg(required = true, num_args = 1..)]
    pub residents: Vec<i64>,
    /// Mark them absent instead of present
    #[arg(long)]
    pub absent: bool,
    /// Enroll anyone not enrolled yet (beyond capacity if need be) and mark them present
    #[arg(long, conflicts_with = "absent")]
    pub walk_in: bool,
}

pub fn run(ctx: &mut Ctx, args: &AttendArgs) -> Result<()> {
    let actor = ctx.actor();
    let session_id = args.session;
    let status = if args.absent {
        AttendanceStatus::Absent
    } else {
        AttendanceStatus::Present
    };
    let (course_id, walk_ins) = ctx.db.write(|tx| {
        let session = store::session(tx, session_id)?;
        if session.status == SessionStatus::Cancelled {
            return Err(AppError::conflict(t!(
                "svc-session-is-cancelled",
                id = session_id.to_string()
            )));
        }
        let course = scheduled_course(tx, session.course_id)?;
        let mut roster = roster_store::load(tx, course.id, course.def.capacity)?;
        let mut walk_ins = Vec::new();
        for id in &args.residents {
            let enrolled = roster
                .entry(*id)
                .is_some_and(|e| e.status == EnrollmentStatus::Enrolled);
            if enrolled {
                let resident = crate::commands::resident::load(tx, *id)?;
                if resident.data.status == "erased" {
                    return Err(AppError::conflict(t!(
                        "svc-resident-was-erased",
                        id = id.to_string()
                    )));
                }
                continue;
            }
            if !args.walk_in {
                let message = if roster.entry(*id).is_some() {
                    t!(
                        "svc-attend-only-waitlisted",
                        id = id.to_string(),
                        course = course.id.to_string()
                    )
                } else {
                    t!(
                        "svc-attend-not-enrolled",
                        id = id.to_string(),
                        course = course.id.to_string()
                    )
                };
                crate::commands::resident::load(tx, *id)?;
                return Err(AppError::conflict(message)
                    .hint(t!("svc-attend-hint-walk-in", flag = "--walk-in")));
            }
            active_resident(tx, *id, "walk in")?;
            match roster.walk_in(*id) {
                WalkInOutcome::Enrolled => walk_ins.push((
                    *id,
                    format!("resident {id} enrolled as a walk-in"),
                    t!("svc-walk-in-enrolled", id = id.to_string()),
                )),
                WalkInOutcome::FromWaitlist(p) => walk_ins.push((
                    *id,
                    format!(
                    "resident {id} moved from the waitlist (position {p}) to a seat as a walk-in"
                ),
                    t!(
                        "svc-walk-in-from-waitlist",
                        id = id.to_string(),
                        position = p.to_string()
                    ),
                )),
                WalkInOutcome::AlreadyEnrolled => {}
            }
        }
        if !walk_ins.is_empty() {
            roster.check().map_err(AppError::internal)?;
            roster_store::save(tx, course.id, &roster, &actor.at)?;
            for (id, line, _) in &walk_ins {
                audit::record_about(
                    tx,
                    &actor,
                    "walk-in",
                    "course",
                    Some(course.id),
                    Some(*id),
                    line,
                )?;
            }
        }
        for id in &args.residents {
            roster_store::mark(tx, session_id, *id, status, &actor.at)?;
            audit::record_about(
                tx,
                &actor,
                "attend",
                "course",
                Some(course.id),
                Some(*id),
                &format!("session {session_id}: resident {id} {status}"),
            )?;
        }
        Ok((course.id, walk_ins))
    })?;
    for (_, _, note) in &walk_ins {
        ui::note(note);
    }
    let mut rows = Rows::new(&[
        "session_id",
        "course_id",
        "resident_id",
        "status",
        "marked_at",
    ]);
    for id in &args.residents {
        rows.push(vec![
            Cell::Int(session_id),
            Cell::Int(course_id),
            Cell::Int(*id),
            Cell::Vocab("attendance", status.as_str().into()),
            Cell::Time(actor.at.clone()),
        ]);
    }
    ctx.out.list(&rows, None, &t!("svc-attend-nobody"))
}
