//! `today`: the front-desk dashboard. Table format: one titled section per
//! list, each naming the command that acts on it; JSON: one object with
//! four arrays; CSV has no shape for it (exit 2).
use std::io::Write;

use comfy_table::{presets, ContentArrangement, Table};
use serde_json::{json, Value};

use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::output::{Format, Rows};
use crate::reports::today::{dashboard, Dashboard};

pub fn run(ctx: &mut Ctx) -> Result<()> {
    if ctx.out.format == Format::Csv {
        return Err(
            AppError::usage("today is a dashboard of four lists: it has no CSV form")
                .hint("use --format json, or the reports: expatdesk report permits|registrations"),
        );
    }
    let today = ctx.clock.today();
    let board = dashboard(&ctx.db.conn, today)?;
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
        "permits": board.permits.to_json(),
        "registrations": board.registrations.to_json(),
        "feedback": board.feedback.to_json(),
    })
}

fn sections(w: &mut dyn Write, board: &Dashboard, date: &str) -> Result<()> {
    writeln!(w, "Today's sessions ({date})")?;
    writeln!(
        w,
        "  mark attendance: expatdesk course attend SESSION RESIDENT…"
    )?;
    if board.sessions.is_empty() {
        writeln!(w, "  nothing today")?;
    }
    for s in &board.sessions {
        let cell =
            |i: usize| crate::text::escape_controls(&s.info.rows[0][i].display(), &[]).into_owned();
        let venue = cell(7);
        let at = if venue.is_empty() {
            String::new()
        } else {
            format!(" at {venue}")
        };
        writeln!(
            w,
            "\nSession {}: {} {}–{}{at}",
            cell(0),
            cell(3),
            cell(5).get(11..16).unwrap_or_default(),
            cell(6).get(11..16).unwrap_or_default(),
        )?;
        section_table(w, &s.roster, "  nobody enrolled")?;
    }
    let parts: [(&str, &str, &Rows); 3] = [
        (
            "Permits expiring within 30 days",
            "record a renewal: expatdesk resident edit ID --permit-expiry DATE",
            &board.permits,
        ),
        (
            "Residence registrations due",
            "record one: expatdesk resident register-residence ID",
            &board.registrations,
        ),
        (
            "Feedback overdue or due within 7 days",
            "act on it: expatdesk feedback forward|respond ID",
            &board.feedback,
        ),
    ];
    for (title, hint, rows) in parts {
        writeln!(w, "\n{title}\n  {hint}")?;
        section_table(w, rows, "  nothing today")?;
    }
    Ok(())
}

fn section_table(w: &mut dyn Write, rows: &Rows, empty: &str) -> Result<()> {
    if rows.rows.is_empty() {
        writeln!(w, "{empty}")?;
        return Ok(());
    }
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(&rows.columns);
    for row in &rows.rows {
        table.add_row(row.iter().map(|c| crate::text::ellipsize(&c.display(), 40)));
    }
    writeln!(w, "{table}")?;
    Ok(())
}
