//! `today`: the front-desk dashboard. Table format: one titled section per
//! list, each naming the command that acts on it; JSON: one object with
//! four arrays; CSV has no shape for it (exit 2).
use std::io::Write;

use serde_json::{json, Value};

use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::output::{table, terminal_width, Format};
use crate::reports::today::{dashboard, Dashboard, Section};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct TodayArgs {
    /// Rows shown in each section, most urgent first [default: 10]; 0 shows all
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// Rows of each section when `--limit` is not given.
const TOP: u64 = 10;

pub fn run(ctx: &mut Ctx, args: &TodayArgs) -> Result<()> {
    if ctx.out.format == Format::Csv {
        return Err(AppError::usage(t!("desk-today-no-csv")).hint(t!("desk-today-no-csv-hint")));
    }
    let today = ctx.clock.today();
    let top = match args.limit.unwrap_or(TOP) {
        0 => u64::MAX,
        n => n,
    };
    let board = dashboard(&ctx.db.conn, today, top)?;
    let date = ctx.today();
    ctx.out.write(None, |w, out| match out.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *w, &to_json(&board))?;
            writeln!(w)?;
            Ok(())
        }
        _ => sections(w, &board, &date),
    })
}

fn to_json(board: &Dashboard) -> Value {
    let sessions: Vec<Value> = board
        .sessions
        .iter()
        .map(|s| {
            let mut info = s.info.to_json().pop().unwrap_or(Value::Null);
            if let Value::Object(map) = &mut info {
                map.insert("roster".into(), Value::Array(s.roster.to_json()));
            }
            info
        })
        .collect();
    json!({
        "sessions": sessions,
        "permits": board.permits.rows.to_json(),
        "registrations": board.registrations.rows.to_json(),
        "feedback": board.feedback.rows.to_json(),
        "counts": {
            "sessions": board.sessions.len(),
            "permits": board.permits.count,
            "registrations": board.registrations.count,
            "feedback": board.feedback.count,
        },
    })
}

fn sections(w: &mut dyn Write, board: &Dashboard, date: &str) -> Result<()> {
    let width = terminal_width();
    writeln!(
        w,
        "{}",
        t!(
            "desk-today-sessions",
            date = date,
            count = board.sessions.len().to_string()
        )
    )?;
    writeln!(w, "  {}", t!("desk-today-sessions-hint"))?;
    if board.sessions.is_empty() {
        writeln!(w, "  {}", t!("desk-today-nothing"))?;
    }
    for s in &board.sessions {
        let cell =
            |i: usize| crate::text::escape_controls(&s.info.rows[0][i].display(), &[]).into_owned();
        let venue = cell(7);
        let (id, title) = (cell(0), cell(3));
        let start = cell(5).get(11..16).unwrap_or_default().to_string();
        let end = cell(6).get(11..16).unwrap_or_default().to_string();
        let line = if venue.is_empty() {
            t!(
                "desk-today-session",
                id = id,
                title = title,
                start = start,
                end = end
            )
        } else {
            t!(
                "desk-today-session-at",
                id = id,
                title = title,
                start = start,
                end = end,
                venue = venue
            )
        };
        writeln!(w, "\n{line}")?;
        if s.roster.rows.is_empty() {
            writeln!(w, "  {}", t!("desk-today-nobody-enrolled"))?;
        } else {
            table::list(w, &s.roster.columns, &[], &s.roster.rows, width)?;
        }
    }
    let parts: [(String, String, &Section, &str); 3] = [
        (
            t!(
                "desk-today-permits",
                count = board.permits.count.to_string()
            ),
            t!("desk-today-permits-hint"),
            &board.permits,
            "expatdesk report permits --within 30",
        ),
        (
            t!(
                "desk-today-registrations",
                count = board.registrations.count.to_string()
            ),
            t!("desk-today-registrations-hint"),
            &board.registrations,
            "expatdesk report registrations",
        ),
        (
            t!(
                "desk-today-feedback",
                count = board.feedback.count.to_string()
            ),
            t!("desk-today-feedback-hint"),
            &board.feedback,
            "expatdesk feedback list --due-within 7",
        ),
    ];
    for (title, hint, section, all) in parts {
        writeln!(w, "\n{title}\n  {hint}")?;
        if section.rows.rows.is_empty() {
            writeln!(w, "  {}", t!("desk-today-nothing"))?;
            continue;
        }
        table::list(w, &section.rows.columns, &[], &section.rows.rows, width)?;
        let more = section.count.saturating_sub(section.rows.rows.len() as u64);
        if more > 0 {
            writeln!(
                w,
                "  {}",
                t!("desk-today-more", count = more.to_string(), command = all)
            )?;
        }
    }
    Ok(())
}
