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
            return Err(AppError::conflict(format!(
                "course {} is already cancelled",
                course.id
            )));
        }
        match args.session {
            Some(id) => {
                let s = store::session(tx, id)?;
                if s.course_id != course.id {
                    return Err(AppError::not_found(format!(
                        "session {id} is not a session of course {}",
                        course.id
                    ))
                    .hint(format!("it belongs to course {}", s.course_id)));
                }
                if s.status == SessionStatus::Cancelled {
                    return Err(AppError::conflict(format!(
                        "session {id} is already cancelled"
                    )));
                }
                store::cancel_session(tx, id)?;
                audit::record(tx, &actor, "cancel", "session", Some(id), "")?;
                Ok(format!("cancelled session {id} of course {}", course.id))
            }
            None => {
                let open = store::sessions_of(tx, course.id)?
                    .iter()
                    .filter(|s| s.status == SessionStatus::Scheduled)
                    .count();
                store::cancel_course(tx, course.id, &actor.at)?;
                let detail = format!("{open} session(s)");
                audit::record(tx, &actor, "cancel", "course", Some(course.id), &detail)?;
                Ok(format!(
                    "cancelled {} {}: {} with {open} scheduled session(s)",
                    course.def.kind, course.id, course.def.title
                ))
            }
        }
    })?;
    ui::note(&message);
    super::show::print(ctx, args.course)
}
