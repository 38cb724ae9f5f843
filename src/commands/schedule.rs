//! `schedule`: every session (scheduled and cancelled) in an inclusive date
//! range, in time order, as an agenda or, with `--ics`, an iCalendar file
//! (one VEVENT per session, UID from the session id, SEQUENCE from the
//! session's change count).
use std::path::PathBuf;

use clap::Args;

use crate::clock::{date_flag, parse_datetime};
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::courses::calendar_store::{self, AgendaLine, Range};
use crate::courses::ics::{write_calendar, IcsEvent};
use crate::courses::SessionStatus;
use crate::error::{AppError, Result};
use crate::output::{AtomicFile, Cell, Format, Rows};
use crate::ui;

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
        return Err(AppError::invalid(format!(
            "--to ({}) is before --from ({})",
            crate::clock::format_date(to),
            crate::clock::format_date(from)
        ))
        .hint("give --to on or after --from"));
    }
    let lines = calendar_store::agenda(&ctx.db.conn, &Range::days(Some(from), Some(to)))?;
    match &args.ics {
        Some(path) => write_ics(ctx, path, &lines, (from, to)),
        None if ctx.out.format == Format::Table => super::agenda::print(
            &ctx.out.limited(args.limit.limit),
            &lines,
            "no sessions in these dates",
        ),
        None => ctx.out.limited(args.limit.limit).list(
            &agenda_rows(lines),
            None,
            "no sessions in these dates",
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

/// Writes the calendar; over a range without sessions, none at all: RFC
/// 5545 wants at least one component in a calendar, and an empty file
/// would replace a calendar a program already imported.
fn write_ics(
    ctx: &Ctx,
    path: &std::path::Path,
    lines: &[AgendaLine],
    (from, to): (chrono::NaiveDate, chrono::NaiveDate),
) -> Result<()> {
    let events = lines.iter().map(event).collect::<Result<Vec<_>>>()?;
    ctx.out.check_target(path)?;
    if events.is_empty() {
        let kept = if path.exists() {
            format!(" ({} left as it was)", path.display())
        } else {
            String::new()
        };
        ui::note(&format!(
            "no sessions from {} to {}: no calendar written{kept}",
            crate::clock::format_date(from),
            crate::clock::format_date(to)
        ));
        return Ok(());
    }
    let text = write_calendar(&events, ctx.clock.now().with_timezone(&chrono::Utc));
    let mut file = AtomicFile::create(path)?;
    file.writer()
        .write_all(text.as_bytes())
        .map_err(|e| AppError::io_at(path, "write", &e))?;
    file.commit()?;
    ui::note(&format!(
        "wrote {} session(s) to {}",
        events.len(),
        path.display()
    ));
    Ok(())
}

fn event(s: &AgendaLine) -> Result<IcsEvent> {
    let time = |text: &str| {
        parse_datetime(text)
            .ok_or_else(|| AppError::internal(format!("stored time is not valid: {text:?}")))
    };
    let summary = match s
        .title_zh
        .as_deref()
        .map(str::trim)
        .filter(|z| !z.is_empty())
    {
        Some(zh) => format!("{} / {zh}", s.title),
        None => s.title.clone(),
    };
    Ok(IcsEvent {
        session_id: s.session_id,
        start: time(&s.starts_at)?,
        end: time(&s.ends_at)?,
        summary,
        location: s.venue.clone(),
        description: None,
        status: SessionStatus::parse(&s.status)?,
        sequence: s.sequence,
    })
}
