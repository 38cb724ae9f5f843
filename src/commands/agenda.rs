//! `schedule` as a table: an agenda, one table whose first column names
//! each day (weekday and date) once, at its first session, then each
//! session's time, title, venue, instructor and places. CSV and JSON stay
//! one row per session.
use chrono::{Datelike, NaiveDate};

use crate::courses::calendar_store::AgendaLine;
use crate::error::Result;
use crate::output::{table, terminal_width, Cell, Output, Rows, TableLimit, DEFAULT_LIMIT};

const COLUMNS: &[&str] = &[
    "day",
    "time",
    "session_id",
    "title",
    "venue",
    "instructor",
    "places",
    "status",
];
const EXPENDABLE: &[&str] = &["instructor", "status", "venue"];

/// The weekday and date a day's first session is shown with:
/// `Mon 2026-12-07`.
fn day_heading(day: NaiveDate) -> String {
    let weekday = day.weekday().number_from_monday().to_string();
    format!(
        "{} {}",
        crate::i18n::label("weekday", &weekday),
        crate::clock::format_date(day)
    )
}

/// `18:30–20:00` from two stored date-times (the end's date when it is
/// another day).
fn time_range(s: &AgendaLine) -> String {
    let (start, end) = (&s.starts_at, &s.ends_at);
    let hm = |t: &str| t.get(11..16).unwrap_or(t).to_string();
    if start.get(..10) == end.get(..10) {
        format!("{}–{}", hm(start), hm(end))
    } else {
        format!("{}–{} {}", hm(start), end.get(..10).unwrap_or(""), hm(end))
    }
}

fn places(s: &AgendaLine) -> String {
    if s.capacity == 0 {
        format!("{}/{}", s.enrolled, crate::t!("capacity-unlimited"))
    } else {
        format!("{}/{}", s.enrolled, s.capacity)
    }
}

fn row(s: &AgendaLine, first_of_day: bool) -> Vec<Cell> {
    let title = match s.title_zh.as_deref().filter(|z| !z.trim().is_empty()) {
        Some(zh) => format!("{} / {zh}", s.title),
        None => s.title.clone(),
    };
    let day = s.starts_at.get(..10).and_then(crate::clock::parse_date);
    vec![
        match day {
            Some(day) if first_of_day => Cell::Code(day_heading(day)),
            _ => Cell::Null,
        },
        Cell::Code(time_range(s)),
        Cell::Int(s.session_id),
        Cell::Text(title),
        Cell::text(s.venue.clone()),
        Cell::text(s.instructor.clone()),
        Cell::Code(places(s)),
        Cell::Vocab("course-status", s.status.clone()),
    ]
}

/// Prints `lines` (in time order) as an agenda, at most the table limit.
pub fn print(out: &Output, lines: &[AgendaLine], empty_hint: &str) -> Result<()> {
    if lines.is_empty() && out.file.is_none() {
        crate::ui::note(empty_hint);
        return Ok(());
    }
    let shown = match out.limit {
        TableLimit::Flag(Some(0)) | TableLimit::All => lines.len(),
        TableLimit::Flag(Some(n)) => usize::try_from(n).unwrap_or(usize::MAX),
        TableLimit::Flag(None) | TableLimit::Preview => DEFAULT_LIMIT as usize,
    };
    let mut rows = Rows::new(COLUMNS).expendable(EXPENDABLE);
    let shown_lines = &lines[..shown.min(lines.len())];
    for (i, s) in shown_lines.iter().enumerate() {
        let first = i == 0 || shown_lines[i - 1].starts_at.get(..10) != s.starts_at.get(..10);
        rows.push(row(s, first));
    }
    let mut dropped = Vec::new();
    out.write(None, |w, _| {
        dropped = table::list(
            w,
            &rows.columns,
            rows.expendable,
            &rows.rows,
            terminal_width(),
        )?;
        Ok(())
    })?;
    if !dropped.is_empty() {
        crate::ui::note(&crate::t!("list-left-out", columns = dropped.join(", ")));
    }
    if lines.len() > shown {
        let more = lines.len() - shown;
        crate::ui::note(&crate::t!("list-more", count = more));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_headed_by_their_weekday() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
        assert_eq!(day_heading(day), "Mon 2026-12-07");
    }
}
