//! `course enroll COURSE RESIDENT…`: a seat while seats remain, then the
//! waitlist. The roster is read inside the write transaction, so two runs
//! taking the last seat at once are serialized. Someone already on the
//! roster is left as they are (a note, exit 0); a resident who cannot
//! enroll fails the whole command, nothing written.
use crate::db::Connection;
use clap::Args;

use crate::context::Ctx;
use crate::courses::waitlist::EnrollOutcome;
use crate::courses::{roster_store, store, CourseStatus};
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::output::{Cell, Rows};
use crate::residents::model::Resident;
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct EnrollArgs {
    /// Course id
    pub course: i64,
    /// Resident ids, enrolled in this order
    #[arg(required = true, num_args = 1..)]
    pub residents: Vec<i64>,
}

/// The resident `id` (exit 3) if active; moved out or erased: exit 4.
pub(super) fn active_resident(conn: &Connection, id: i64, action: &str) -> Result<Resident> {
    let resident = crate::commands::resident::load(conn, id)?;
    match resident.data.status.as_str() {
        "active" => Ok(resident),
        status => Err(AppError::conflict(match action {
            "walk in" => t!(
                "svc-resident-cannot-walk-in",
                id = id.to_string(),
                status = status
            ),
            _ => t!(
                "svc-resident-cannot-enroll",
                id = id.to_string(),
                status = status
            ),
        })),
    }
}

/// The course `id` (exit 3) unless cancelled (exit 4).
pub(super) fn scheduled_course(conn: &Connection, id: i64) -> Result<store::Course> {
    let course = store::course(conn, id)?;
    if course.status == CourseStatus::Cancelled {
        return Err(AppError::conflict(t!(
            "svc-course-is-cancelled",
            id = id.to_string()
        )));
    }
    Ok(course)
}

pub fn run(ctx: &mut Ctx, args: &EnrollArgs) -> Result<()> {
    let actor = ctx.actor();
    let course_id = args.course;
    let outcomes = ctx.db.write(|tx| {
        let course = scheduled_course(tx, course_id)?;
        for id in &args.residents {
            active_resident(tx, *id, "enroll")?;
        }
        let mut roster = roster_store::load(tx, course_id, course.def.capacity)?;
        let mut outcomes = Vec::with_capacity(args.residents.len());
        for id in &args.residents {
            let outcome = roster.enroll(*id);
            match outcome {
                EnrollOutcome::Enrolled => audit::record_about(
                    tx,
                    &actor,
                    "enroll",
                    "course",
                    Some(course_id),
                    Some(*id),
                    &format!("resident {id}"),
                )?,
                EnrollOutcome::Waitlisted(p) => audit::record_about(
                    tx,
                    &actor,
                    "waitlist",
                    "course",
                    Some(course_id),
                    Some(*id),
                    &format!("resident {id} at position {p}"),
                )?,
                _ => {}
            }
            outcomes.push((*id, outcome));
        }
        roster.check().map_err(AppError::internal)?;
        roster_store::save(tx, course_id, &roster, &actor.at)?;
        Ok(outcomes)
    })?;
    let mut rows = Rows::new(&["course_id", "resident_id", "status", "position"]);
    for (id, outcome) in outcomes {
        let (status, position) = match outcome {
            EnrollOutcome::Enrolled => ("enrolled", None),
            EnrollOutcome::Waitlisted(p) => ("waitlisted", Some(p)),
            EnrollOutcome::AlreadyEnrolled => {
                ui::note(&t!(
                    "svc-enroll-already-enrolled",
                    id = id.to_string(),
                    course = course_id.to_string()
                ));
                ("enrolled", None)
            }
            EnrollOutcome::AlreadyWaitlisted(p) => {
                ui::note(&t!(
                    "svc-enroll-already-waitlisted",
                    id = id.to_string(),
                    course = course_id.to_string(),
                    position = p.to_string()
                ));
                ("waitlisted", Some(p))
            }
        };
        rows.push(vec![
            Cell::Int(course_id),
            Cell::Int(id),
            Cell::Vocab("enrollment", status.into()),
            position.map_or(Cell::Null, |p| Cell::Int(i64::from(p))),
        ]);
    }
    ctx.out.list(&rows, None, &t!("svc-enroll-nobody"))
}
