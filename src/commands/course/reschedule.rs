//! `course reschedule SESSION --start …`: moves one session, keeping its
//! length unless `--duration` is given, and checks the new time against
//! every other scheduled session (exit 4 naming both) unless
//! `--allow-conflict`. Cancelled sessions and sessions of cancelled courses
//! cannot move (exit 4). The session's SEQUENCE is bumped, so calendars
//! that imported it take the new time.
use chrono::Duration;
use clap::Args;

use super::add::refuse_clashes;
use crate::clock::{format_datetime, parse_datetime};
use crate::context::Ctx;
use crate::courses::conflict::Slot;
use crate::courses::duration::parse_duration;
use crate::courses::store;
use crate::courses::{CourseStatus, SessionStatus};
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::output::{Cell, Rows};
use crate::t;
use crate::text::{flag_value, Lines};
use crate::ui;

#[derive(Debug, Args)]
pub struct RescheduleArgs {
    /// Session id (see `course show COURSE`)
    pub session: i64,
    /// New start, "YYYY-MM-DD HH:MM" (Shanghai time)
    #[arg(long, value_name = "DATE TIME")]
    pub start: String,
    /// New length: 90m, 1h30m, 2h [default: the session's current length]
    #[arg(long)]
    pub duration: Option<String>,
    /// Move the session to this venue (the other sessions keep theirs)
    #[arg(long)]
    pub venue: Option<String>,
    /// Move the session even where it clashes with another
    #[arg(long)]
    pub allow_conflict: bool,
}

pub fn run(ctx: &mut Ctx, args: &RescheduleArgs) -> Result<()> {
    let start = parse_datetime(&args.start).ok_or_else(|| {
        AppError::invalid(t!(
            "svc-not-a-datetime",
            flag = "--start",
            value = crate::text::visible(&args.start)
        ))
        .hint(t!("svc-hint-datetime"))
    })?;
    let minutes = args.duration.as_deref().map(parse_duration).transpose()?;
    let venue = match &args.venue {
        Some(v) => flag_value("--venue", v, Lines::Single, 100)?,
        None => None,
    };
    let actor = ctx.actor();
    let (session, end) = ctx.db.write(|tx| {
        let s = store::session(tx, args.session)?;
        let course = store::course(tx, s.course_id)?;
        if s.status == SessionStatus::Cancelled || course.status == CourseStatus::Cancelled {
            return Err(AppError::conflict(
                if course.status == CourseStatus::Cancelled {
                    t!("svc-reschedule-course-cancelled", id = s.id.to_string())
                } else {
                    t!("svc-reschedule-session-cancelled", id = s.id.to_string())
                },
            ));
        }
        let length = minutes.map_or(s.end - s.start, |m| Duration::minutes(i64::from(m)));
        let end = start + length;
        let slot = Slot {
            line: None,
            session_id: Some(s.id),
            course_title: course.def.title.clone(),
            start,
            end,
            venue: venue
                .clone()
                .or_else(|| s.venue.clone())
                .or(course.def.venue.clone()),
            instructor: course.def.instructor.clone(),
        };
        let existing = store::slots_between(tx, &start, &end)?;
        refuse_clashes(std::slice::from_ref(&slot), &existing, args.allow_conflict)?;
        store::reschedule(tx, s.id, &start, &end, venue.as_deref())?;
        let detail = format!(
            "{} → {}{}",
            format_datetime(&s.start),
            format_datetime(&start),
            venue
                .as_deref()
                .map(|v| format!(", venue {v}"))
                .unwrap_or_default()
        );
        audit::record(tx, &actor, "reschedule", "session", Some(s.id), &detail)?;
        Ok((store::session(tx, s.id)?, slot.venue))
    })?;
    ui::note(&t!("svc-rescheduled", id = session.id.to_string()));
    let mut rows = Rows::new(&[
        "session_id",
        "course_id",
        "starts_at",
        "ends_at",
        "venue",
        "status",
    ]);
    rows.push(vec![
        Cell::Int(session.id),
        Cell::Int(session.course_id),
        Cell::Time(format_datetime(&session.start)),
        Cell::Time(format_datetime(&session.end)),
        Cell::text(end),
        Cell::Vocab("course-status", session.status.as_str().into()),
    ]);
    ctx.out.record(&rows)
}
