//! `report monthly` (SPEC §7, §9): one month's figures as metric,value rows.
//!
//! "At the month's end" is its last day, or today for the current month
//! (and for a month not over yet): active residents, their nationalities
//! and overdue feedback are counted on that day. Active on day D:
//! registered on or before D, and neither moved out nor erased on or
//! before D (`erased_on`).
//! Sessions count when scheduled (session and course not cancelled),
//! starting within the month and not after now.
use crate::db::{params, Connection};
use chrono::{Datelike, Days, Months, NaiveDate};

use super::feedback::{day_after, median, OVERDUE_SQL};
use crate::clock::format_date;
use crate::error::Result;
use crate::output::{Cell, Rows};

/// A calendar month: its first and last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Month {
    pub fn containing(day: NaiveDate) -> Month {
        let first = day.with_day(1).unwrap_or(day);
        let last = first
            .checked_add_months(Months::new(1))
            .and_then(|d| d.checked_sub_days(Days::new(1)))
            .unwrap_or(first);
        Month { first, last }
    }

    /// `YYYY-MM`, or `None` when it is not a real month.
    pub fn parse(text: &str) -> Option<Month> {
        let t = text.trim();
        if t.len() != 7 {
            return None;
        }
        crate::clock::parse_date(&format!("{t}-01")).map(Month::containing)
    }

    /// The calendar month before the one holding `today`.
    pub fn before(today: NaiveDate) -> Month {
        let this = Month::containing(today);
        Month::containing(this.first.pred_opt().unwrap_or(this.first))
    }

    pub fn label(&self) -> String {
        self.first.format("%Y-%m").to_string()
    }
}

const ACTIVE: &str = "FROM residents
    WHERE substr(registered_at, 1, 10) <= ?1
      AND (moved_out_on IS NULL OR moved_out_on > ?1)
      AND (erased_on IS NULL OR erased_on > ?1)";

const HELD: &str = "FROM sessions s JOIN courses c ON c.id = s.course_id
    WHERE s.status != 'cancelled' AND c.status != 'cancelled'
      AND s.starts_at >= ?1 AND s.starts_at < ?2 AND s.starts_at <= ?3";

fn count(conn: &Connection, sql: &str, p: impl crate::db::Params) -> Result<i64> {
    Ok(conn.query_row(sql, p, |r| r.get(0))?)
}

/// The rows, in the spec's order; `now` is the stored-format stamp.
pub fn rows(conn: &Connection, month: Month, today: NaiveDate, now: &str) -> Result<Rows> {
    let first = format_date(month.first);
    let next = day_after(month.last);
    let as_of = month.last.min(today);
    let day = format_date(as_of);
    let int = |name: &str, n: i64| (name.to_string(), Cell::Int(n));
    let held = |extra: &str, what: &str| -> Result<i64> {
        let sql = format!("SELECT {what} {HELD} {extra}");
        count(conn, &sql, params![first, next, now])
    };
    let mut metrics =
        vec![
        int(
            "new_registrations",
            count(
                conn,
                "SELECT count(*) FROM residents WHERE registered_at >= ?1 AND registered_at < ?2",
                params![first, next],
            )?,
        ),
        int(
            "moved_out",
            count(
                conn,
                "SELECT count(*) FROM residents WHERE moved_out_on >= ?1 AND moved_out_on < ?2",
                params![first, next],
            )?,
        ),
        int("active_residents", count(conn, &format!("SELECT count(*) {ACTIVE}"), [&day])?),
        int(
            "nationalities",
            count(conn, &format!("SELECT count(DISTINCT nationality) {ACTIVE}"), [&day])?,
        ),
        int("sessions_held", held("", "count(*)")?),
        int("events_held", held("AND c.kind = 'event'", "count(*)")?),
    ];
    let present = format!(
        "FROM attendance t WHERE t.status = 'present' AND t.session_id IN (SELECT s.id {HELD})"
    );
    metrics.push(int(
        "participants",
        count(
            conn,
            &format!("SELECT count(DISTINCT t.resident_id) {present}"),
            params![first, next, now],
        )?,
    ));
    metrics.push(int(
        "attendances",
        count(
            conn,
            &format!("SELECT count(*) {present}"),
            params![first, next, now],
        )?,
    ));
    metrics.extend(feedback_metrics(conn, &first, &next, as_of)?);
    let mut rows = Rows::new(&["metric", "value"]);
    for (name, value) in metrics {
        // The code in CSV and JSON; its label in a table.
        rows.push(vec![Cell::Vocab("desk-metric", name), value]);
    }
    Ok(rows)
}

fn feedback_metrics(
    conn: &Connection,
    first: &str,
    next: &str,
    as_of: NaiveDate,
) -> Result<Vec<(String, Cell)>> {
    let received = count(
        conn,
        "SELECT count(*) FROM feedback WHERE received_at >= ?1 AND received_at < ?2",
        params![first, next],
    )?;
    let closed = count(
        conn,
        "SELECT count(*) FROM feedback WHERE closed_at >= ?1 AND closed_at < ?2",
        params![first, next],
    )?;
    // Same placeholders as the feedback report: ?3 end of the day, ?4 SLA
    // (NULL: the stored due dates), ?5 the day; ?1/?2 unused here.
    let overdue_sql = format!("SELECT count(*) FROM feedback f WHERE {OVERDUE_SQL}");
    let overdue = count(
        conn,
        &overdue_sql,
        params![
            first,
            next,
            day_after(as_of),
            Option::<u32>::None,
            format_date(as_of)
        ],
    )?;
    let mut stmt = conn.prepare(
        "SELECT julianday(responded_at) - julianday(received_at) FROM feedback
         WHERE responded_at >= ?1 AND responded_at < ?2",
    )?;
    let mut days: Vec<f64> = stmt
        .query_map(params![first, next], |r| r.get::<Option<f64>>(0))?
        .filter_map(|d| d.transpose())
        .collect::<crate::db::SqlResult<_>>()?;
    Ok(vec![
        ("feedback_received".into(), Cell::Int(received)),
        ("feedback_closed".into(), Cell::Int(closed)),
        ("feedback_overdue".into(), Cell::Int(overdue)),
        (
            "median_response_days".into(),
            median(&mut days).map_or(Cell::Null, Cell::Dec1),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::Month;

    #[test]
    fn months_parse_and_step_back_over_the_year() {
        let d = |s: &str| crate::clock::parse_date(s).unwrap();
        let m = Month::parse("2024-02").unwrap();
        assert_eq!((m.first, m.last), (d("2024-02-01"), d("2024-02-29")));
        assert_eq!(Month::parse("2024-13"), None);
        assert_eq!(Month::before(d("2026-01-15")).label(), "2025-12");
    }
}
