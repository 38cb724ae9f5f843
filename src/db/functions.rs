//! SQL functions of our own, registered on every connection: `median(x)`,
//! an aggregate SQLite lacks, and `median_days(from, to)`, the median of
//! the days between two stored date-times, for the feedback report's
//! response times in the same scan as its counts (no string of every value
//! to build and parse again, as `group_concat` would need, and no
//! `julianday` of both stamps for each of millions of rows).
use chrono::NaiveDate;
use rusqlite::functions::{Aggregate, Context, FunctionFlags};
use rusqlite::types::ValueRef;
use rusqlite::Connection;

/// The median of the non-NULL values of a group; NULL when there are none.
struct Median;

impl Aggregate<Vec<f64>, Option<f64>> for Median {
    fn init(&self, _: &mut Context<'_>) -> rusqlite::Result<Vec<f64>> {
        Ok(Vec::new())
    }

    fn step(&self, ctx: &mut Context<'_>, values: &mut Vec<f64>) -> rusqlite::Result<()> {
        if let Some(x) = ctx.get::<Option<f64>>(0)? {
            values.push(x);
        }
        Ok(())
    }

    fn finalize(
        &self,
        _: &mut Context<'_>,
        values: Option<Vec<f64>>,
    ) -> rusqlite::Result<Option<f64>> {
        Ok(values.and_then(|mut v| crate::reports::feedback::median(&mut v)))
    }
}

/// The median of `to − from` in days over the rows where both are
/// date-times; NULL when there are none.
struct MedianDays;

impl Aggregate<Vec<f64>, Option<f64>> for MedianDays {
    fn init(&self, _: &mut Context<'_>) -> rusqlite::Result<Vec<f64>> {
        Ok(Vec::new())
    }

    fn step(&self, ctx: &mut Context<'_>, values: &mut Vec<f64>) -> rusqlite::Result<()> {
        if let (ValueRef::Text(from), ValueRef::Text(to)) = (ctx.get_raw(0), ctx.get_raw(1)) {
            if let (Some(a), Some(b)) = (seconds(from), seconds(to)) {
                values.push((b - a) as f64 / 86_400.0);
            }
        }
        Ok(())
    }

    fn finalize(
        &self,
        _: &mut Context<'_>,
        values: Option<Vec<f64>>,
    ) -> rusqlite::Result<Option<f64>> {
        Ok(values.and_then(|mut v| crate::reports::feedback::median(&mut v)))
    }
}

/// Seconds since 1970 of a stored date-time. The form we write,
/// `YYYY-MM-DDTHH:MM:SS+HH:MM`, is read by position; anything else goes
/// through the full RFC 3339 parser.
fn seconds(text: &[u8]) -> Option<i64> {
    let fast = || -> Option<i64> {
        let b = text;
        if b.len() != 25 || b[4] != b'-' || b[10] != b'T' || !matches!(b[19], b'+' | b'-') {
            return None;
        }
        let n = |from: usize, to: usize| -> Option<u32> {
            b[from..to].iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        let date = NaiveDate::from_ymd_opt(i32::try_from(n(0, 4)?).ok()?, n(5, 7)?, n(8, 10)?)?;
        let time = date.and_hms_opt(n(11, 13)?, n(14, 16)?, n(17, 19)?)?;
        let offset = i64::from(n(20, 22)? * 3600 + n(23, 25)? * 60);
        let sign = if b[19] == b'+' { 1 } else { -1 };
        Some(time.and_utc().timestamp() - sign * offset)
    };
    fast().or_else(|| {
        let text = std::str::from_utf8(text).ok()?;
        chrono::DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|t| t.timestamp())
    })
}

pub fn register(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_aggregate_function("median", 1, flags, Median)?;
    conn.create_aggregate_function("median_days", 2, flags, MedianDays)
}

#[cfg(test)]
mod tests {
    #[test]
    fn median_is_the_middle_value_or_the_mean_of_the_middle_two() {
        let db = crate::db::Db::in_memory().expect("db");
        let median = |values: &str| -> Option<f64> {
            db.conn
                .query_row(
                    &format!(
                        "SELECT median(x) FROM (SELECT value AS x FROM json_each('{values}'))"
                    ),
                    [],
                    |r| r.get(0),
                )
                .expect("query")
        };
        assert_eq!(median("[]"), None);
        assert_eq!(median("[null, null]"), None);
        assert_eq!(median("[3, 1, null, 2]"), Some(2.0));
        assert_eq!(median("[4, 1, 2, 10]"), Some(3.0));
    }

    #[test]
    fn median_days_reads_both_forms_of_stamp_as_julianday_would() {
        let db = crate::db::Db::in_memory().expect("db");
        let pairs = "[[\"2026-11-01T10:00:00+08:00\", \"2026-11-03T22:00:00+08:00\"],
                      [\"2026-11-01T10:00:00+08:00\", null],
                      [\"2026-11-01T02:00:00Z\", \"2026-11-02T10:00:00.5+08:00\"],
                      [\"2026-11-01T10:00:00+08:00\", \"2026-11-11T10:00:00+08:00\"]]";
        let sql = "SELECT median_days(value ->> 0, value ->> 1),
                          median(julianday(value ->> 1) - julianday(value ->> 0))
                   FROM json_each(?1)";
        let (ours, sqlite): (f64, f64) = db
            .conn
            .query_row(sql, [pairs], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query");
        assert!((ours - 2.5).abs() < 1e-4, "{ours}");
        assert!((ours - sqlite).abs() < 1e-4, "{ours} vs {sqlite}");
    }
}
