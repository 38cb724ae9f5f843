//! `schedule`: every session (scheduled and cancelled) in an inclusive date
//! range, in time order, as an agenda or, with `--ics`, an iCalendar file
//! (see `ics_file`: one VEVENT per session, UID from the session id,
//! SEQUENCE from the session's change count).
use std::path::PathBuf;

use clap::Args;

use crate::clock::date_flag;
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::courses::calendar_store::{self, AgendaLine, Range};
use crate::error::{AppError, Result};
use crate::output::{Cell, Format, Rows};
use crate::t;

/// Days shown when `--to` is not given.
const DEFAULT_DAYS: u64 = 30;

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// First day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day, inclusive (YYYY-MM-DD) [default: today + 30 days]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Write the sessions as an iCalendar (.ics) file instead of printing them
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
    #[command(flatten)]
    pub limit: LimitArg,
}

const COLUMNS: &[&str] = &[
    "session_id",
    "course_id",
    "code",
    "title",
    "kind",
    "category",
    "starts_at",
    "ends_at",
    "venue",
    "instructor",
    "status",
    "enrolled",
    "capacity",
];

pub fn run(ctx: &mut Ctx, args: &ScheduleArgs) -> Result<()> {
    let today = ctx.clock.today();
    let from = match &args.from {
        Some(d) => date_flag("--from", d)?,
        None => today,
    };
    let to = match &args.to {
        Some(d) => date_flag("--to", d)?,
        None => from.max(today) + chrono::Days::new(DEFAULT_DAYS),
    };
    if to < from {
        return Err(AppError::usage(t!(
            "svc-schedule-reversed",
            to = crate::clock::format_date(to),
            from = crate::clock::format_date(from)
        ))
        .hint(t!("svc-schedule-reversed-hint")));
    }
    let lines = calendar_store::agenda(&ctx.db.conn, &Range::days(Some(from), Some(to)))?;
    match &args.ics {
        Some(path) => {
            let nothing = t!(
                "svc-schedule-none-between",
                from = crate::clock::format_date(from),
                to = crate::clock::format_date(to)
            );
            super::ics_file::write(ctx, path, &lines, &nothing)
        }
        None if ctx.out.format == Format::Table => super::agenda::print(
            &ctx.out.limited(args.limit.limit),
            &lines,
            &t!("svc-schedule-none"),
        ),
        None => ctx.out.limited(args.limit.limit).list(
            &agenda_rows(lines),
            None,
            &t!("svc-schedule-none"),
        ),
    }
}

fn agenda_rows(lines: Vec<AgendaLine>) -> Rows {
    let mut rows = Rows::new(COLUMNS);
    for s in lines {
        rows.push(vec![
            Cell::Int(s.session_id),
            Cell::Int(s.course_id),
            Cell::text(s.code),
            Cell::Text(s.title),
            Cell::Vocab("course-kind", s.kind),
            Cell::Vocab("course-category", s.category),
            Cell::Time(s.starts_at),
            Cell::Time(s.ends_at),
            Cell::text(s.venue),
            Cell::text(s.instructor),
            Cell::Vocab("course-status", s.status),
            Cell::Int(s.enrolled),
            Cell::Int(s.capacity),
        ]);
    }
    rows
}
