//! `course cancel COURSE [--session SESSION]`: cancels a whole course (its
//! status and every session still scheduled) or one of its sessions.
//! Cancelling what is already cancelled is exit 4; a session of another
//! course is exit 3. Enrollments stay, so the roster remains on record.
use clap::Args;

use crate::context::Ctx;
use crate::courses::store;
use crate::courses::{CourseStatus, SessionStatus};
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// Course id
    pub course: i64,
    /// Cancel only this session of the course (see `course show COURSE`)
    #[arg(long, value_name = "SESSION")]
    pub session: Option<i64>,
}

pub fn run(ctx: &mut Ctx, args: &CancelArgs) -> Result<()> {
    let actor = ctx.actor();
    let message = ctx.db.write(|tx| {
        let course = store::course(tx, args.course)?;
        if course.status == CourseStatus::Cancelled {
            return Err(AppError::conflict(t!(
                "svc-course-already-cancelled",
                id = course.id.to_string()
            )));
        }
        match args.session {
            Some(id) => {
                let s = store::session(tx, id)?;
                if s.course_id != course.id {
                    return Err(AppError::not_found(t!(
                        "svc-session-not-of-course",
                        id = id.to_string(),
                        course = course.id.to_string()
                    ))
                    .hint(t!(
                        "svc-hint-session-belongs",
                        course = s.course_id.to_string()
                    )));
                }
                if s.status == SessionStatus::Cancelled {
                    return Err(AppError::conflict(t!(
                        "svc-session-already-cancelled",
                        id = id.to_string()
                    )));
                }
                store::cancel_session(tx, id)?;
                audit::record(tx, &actor, "cancel", "session", Some(id), "")?;
                Ok(t!(
                    "svc-cancelled-session",
                    id = id.to_string(),
                    course = course.id.to_string()
                ))
            }
            None => {
                let open = store::sessions_of(tx, course.id)?
                    .iter()
                    .filter(|s| s.status == SessionStatus::Scheduled)
                    .count();
                store::cancel_course(tx, course.id, &actor.at)?;
                let detail = format!("{open} session(s)");
                audit::record(tx, &actor, "cancel", "course", Some(course.id), &detail)?;
                Ok(t!(
                    "svc-cancelled-course",
                    kind = course.def.kind.to_string(),
                    id = course.id.to_string(),
                    title = course.def.title.clone(),
                    open = open
                ))
            }
        }
    })?;
    ui::note(&message);
    super::show::print(ctx, args.course)
}
