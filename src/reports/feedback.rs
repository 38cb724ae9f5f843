//! `report feedback` (SPEC §7, §9): feedback received in a date range,
//! grouped by one dimension, counted in SQL in one pass.
//!
//! Rules: the range is inclusive on the received date; `open` = status new
//! or forwarded, `responded`/`closed` = the current status; overdue is as of
//! the end of the `as_of` day: open at that moment (current status new or
//! forwarded, or answered/closed only later) and due before that day
//! (`flow::is_overdue`: the day after the due date is the first overdue
//! one). `--sla-days` recomputes the due date as received date + N
//! (`flow::due_on`); otherwise the stored `due_on` counts. The median is of
//! (responded_at − received_at) in fractional days.

use crate::db::{params, Connection};
use chrono::{Days, NaiveDate};

use crate::clock::format_date;
use crate::error::Result;
use crate::output::{Cell, Rows};

pub const COLUMNS: &[&str] = &[
    "key",
    "label",
    "received",
    "open",
    "responded",
    "closed",
    "overdue",
    "median_response_days",
];

/// What the items are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Category,
    Department,
    Status,
    Channel,
    Nationality,
}

impl By {
    /// The closed vocabulary of the grouped codes, if they are one.
    fn vocabulary(self) -> Option<&'static str> {
        match self {
            By::Category => Some("feedback-category"),
            By::Status => Some("feedback-status"),
            By::Channel => Some("channel"),
            By::Department | By::Nationality => None,
        }
    }

    /// The grouping expression and join: fixed SQL text, never a value.
    fn sql(self) -> (&'static str, &'static str) {
        match self {
            By::Category => ("f.category", ""),
            By::Status => ("f.status", ""),
            By::Channel => ("f.channel", ""),
            By::Department => (
                "COALESCE(d.code, '')",
                "LEFT JOIN departments d ON d.id = f.department_id",
            ),
            By::Nationality => (
                "COALESCE(r.nationality, '')",
                "LEFT JOIN residents r ON r.id = f.resident_id",
            ),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Query {
    pub by: By,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub sla_days: Option<u32>,
    /// The day overdue is counted at the end of.
    pub as_of: NaiveDate,
}

/// One group's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub key: String,
    pub received: i64,
    pub open: i64,
    pub responded: i64,
    pub closed: i64,
    pub overdue: i64,
    pub median: Option<f64>,
}

/// `received_at` bounds: from the first instant of `from` to before the
/// day after `to` (text order is time order, every stamp is +08:00).
/// A scan, not the `received_at` index (`+`): a report reads most of the
/// table, and the index would visit its rows in random order.
fn bounds(q: &Query) -> (String, String) {
    let lo = q.from.map_or_else(String::new, format_date);
    let hi =
        q.to.and_then(|d| d.checked_add_days(Days::new(1)))
            .map_or_else(|| "9999".to_string(), format_date);
    (lo, hi)
}

/// The first instant after the `as_of` day, as stored text compares.
pub fn day_after(day: NaiveDate) -> String {
    format_date(day.checked_add_days(Days::new(1)).unwrap_or(day))
}

/// SQL: the item was still open at ?3 (end of the as-of day) and its due
/// date ((?4 NULL: stored) else received date + ?4) is before the as-of
/// day ?5.
pub const OVERDUE_SQL: &str = "(f.status IN ('new','forwarded')
        OR COALESCE(f.responded_at, f.closed_at) >= ?3)
    AND f.received_at < ?3
    AND (CASE WHEN ?4 IS NULL THEN f.due_on
         ELSE date(substr(f.received_at, 1, 10), '+' || ?4 || ' days') END) < ?5";

/// `OVERDUE_SQL` with the stored due date (no `--sla-days`): the same rule
/// without a CASE to evaluate for each of millions of rows, the test that
/// fails most often first (?4 is bound but unused).
const OVERDUE_STORED_SQL: &str = "f.due_on < ?5 AND f.received_at < ?3
    AND (f.status IN ('new','forwarded') OR COALESCE(f.responded_at, f.closed_at) >= ?3)";

pub fn groups(conn: &Connection, q: &Query) -> Result<Vec<Group>> {
    let (key, join) = q.by.sql();
    let (lo, hi) = bounds(q);
    let cutoff = day_after(q.as_of);
    let as_of = format_date(q.as_of);
    let overdue = if q.sla_days.is_some() {
        OVERDUE_SQL
    } else {
        OVERDUE_STORED_SQL
    };
    // FILTER clauses, not sum(condition): SQLite then jumps past a row's
    // remaining tests as soon as one fails, which over millions of rows is
    // most of the report's cost beyond reading them.
    let range = if q.from.is_some() || q.to.is_some() {
        "WHERE +f.received_at >= ?1 AND +f.received_at < ?2"
    } else {
        "WHERE ?1 IS NOT NULL AND ?2 IS NOT NULL"
    };
    let counts = format!(
        "SELECT {key}, count(*),
            count(*) FILTER (WHERE f.status IN ('new','forwarded')),
            count(*) FILTER (WHERE f.status = 'responded'),
            count(*) FILTER (WHERE f.status = 'closed'),
            count(*) FILTER (WHERE {overdue}),
            median_days(f.received_at, f.responded_at)
         FROM feedback f {join} {range}
         GROUP BY 1"
    );
    let mut stmt = conn.prepare(&counts)?;
    let rows = stmt.query_map(params![lo, hi, cutoff, q.sla_days, as_of], |r| {
        Ok(Group {
            key: r.get(0)?,
            received: r.get(1)?,
            open: r.get(2)?,
            responded: r.get(3)?,
            closed: r.get(4)?,
            overdue: r.get(5)?,
            median: r.get(6)?,
        })
    })?;
    let mut groups: Vec<Group> = rows.collect::<crate::db::SqlResult<_>>()?;
    groups.sort_by(|a, b| b.received.cmp(&a.received).then_with(|| a.key.cmp(&b.key)));
    Ok(groups)
}

/// The median; the mean of the middle two for an even count.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 0 {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

/// The group's label: the department's English name, the country's name,
/// `(none)` for the empty key, else the key itself; with its Chinese name
/// (or the vocabulary's label) for a Chinese table.
fn label(conn: &Connection, by: By, key: &str) -> Result<Cell> {
    if key.is_empty() {
        return Ok(Cell::Named("(none)".into(), Some(crate::t!("report-none"))));
    }
    let (en, zh) = match by {
        By::Department => conn
            .prepare_cached("SELECT name_en, name_zh FROM departments WHERE code = ?1")?
            .query_row([key], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap_or_else(|_| (key.to_string(), None)),
        By::Nationality => crate::refdata::country_by_code(key).map_or_else(
            || (key.to_string(), None),
            |c| (c.name_en.clone(), Some(c.name_zh.clone())),
        ),
        other => (
            key.to_string(),
            other.vocabulary().map(|v| crate::i18n::label(v, key)),
        ),
    };
    Ok(Cell::Named(en, zh))
}

pub fn rows(conn: &Connection, q: &Query) -> Result<(Rows, Vec<Group>)> {
    let groups = groups(conn, q)?;
    let mut rows = Rows::new(COLUMNS);
    for g in &groups {
        rows.push(vec![
            Cell::Code(g.key.clone()),
            label(conn, q.by, &g.key)?,
            Cell::Int(g.received),
            Cell::Int(g.open),
            Cell::Int(g.responded),
            Cell::Int(g.closed),
            Cell::Int(g.overdue),
            g.median.map_or(Cell::Null, Cell::Dec1),
        ]);
    }
    Ok((rows, groups))
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn median_of_even_counts_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 10.0]), Some(3.0));
    }
}
