//! Reports on courses (SPEC §7, §9): sessions held, enrollment and
//! attendance per course, and one course's attendance grid. A session is
//! held when it is scheduled (not cancelled) and has started.
use std::collections::HashMap;

use crate::db::{params, Connection};
use chrono::NaiveDate;

use crate::clock::{format_date, parse_datetime};
use crate::courses::store;
use crate::error::Result;
use crate::output::{Cell, Rows};
use crate::reports::residents::percent_of;

/// Held sessions: `?1` is now (RFC 3339, +08:00, as stored), `?2`/`?3` the
/// optional inclusive dates of their start.
const HELD: &str = "SELECT id, course_id FROM sessions
    WHERE status = 'scheduled' AND starts_at <= ?1
      AND (?2 IS NULL OR substr(starts_at, 1, 10) >= ?2)
      AND (?3 IS NULL OR substr(starts_at, 1, 10) <= ?3)";

/// One row per course, by id: every course without a range; with one,
/// the courses with a session (not cancelled) starting within it.
pub fn summary(
    conn: &Connection,
    now: &str,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Rows> {
    let sql = format!(
        "WITH held AS ({HELD})
         SELECT c.id, c.code, c.title, c.category, c.kind,
            (SELECT count(*) FROM held h WHERE h.course_id = c.id),
            (SELECT count(*) FROM enrollments e WHERE e.course_id = c.id AND e.status = 'enrolled'),
            (SELECT count(*) FROM enrollments e WHERE e.course_id = c.id AND e.status = 'waitlisted'),
            c.capacity,
            (SELECT count(*) FROM attendance a JOIN held h ON h.id = a.session_id
              WHERE h.course_id = c.id AND a.status = 'present'),
            (SELECT count(DISTINCT a.resident_id) FROM attendance a JOIN held h ON h.id = a.session_id
              WHERE h.course_id = c.id AND a.status = 'present')
         FROM courses c
         WHERE (?2 IS NULL AND ?3 IS NULL) OR EXISTS (
            SELECT 1 FROM sessions s WHERE s.course_id = c.id AND s.status = 'scheduled'
              AND (?2 IS NULL OR substr(s.starts_at, 1, 10) >= ?2)
              AND (?3 IS NULL OR substr(s.starts_at, 1, 10) <= ?3))
         ORDER BY c.id"
    );
    let mut rows = Rows::new(&[
        "course_id",
        "code",
        "title",
        "category",
        "kind",
        "sessions_held",
        "enrolled",
        "waitlisted",
        "capacity",
        "attendances",
        "attendance_rate_pct",
        "unique_attendees",
    ]);
    let mut stmt = conn.prepare(&sql)?;
    let mut found = stmt.query(params![now, from.map(format_date), to.map(format_date)])?;
    while let Some(row) = found.next()? {
        let held: i64 = row.get(5)?;
        let enrolled: i64 = row.get(6)?;
        let attendances: i64 = row.get(9)?;
        rows.push(vec![
            Cell::Int(row.get(0)?),
            // The course code is free text (SPEC §9), like the title.
            Cell::text(row.get::<Option<String>>(1)?),
            Cell::Text(row.get(2)?),
            Cell::Vocab("course-category", row.get(3)?),
            Cell::Vocab("course-kind", row.get(4)?),
            Cell::Int(held),
            Cell::Int(enrolled),
            Cell::Int(row.get(7)?),
            Cell::Int(row.get(8)?),
            Cell::Int(attendances),
            percent_of(attendances, enrolled * held).map_or(Cell::Null, Cell::Dec1),
            Cell::Int(row.get(10)?),
        ]);
    }
    Ok(rows)
}

/// One course's attendance: a row per enrolled resident (walk-ins
/// included, waitlisted not) by id, a column per held session in time
/// order, each cell `present`, `absent` or empty. Unknown course: exit 3.
pub fn grid(conn: &Connection, course_id: i64, now: &str) -> Result<Rows> {
    store::course(conn, course_id)?;
    let sessions: Vec<(i64, String)> = {
        let mut stmt = conn.prepare(
            "SELECT id, starts_at FROM sessions
             WHERE course_id = ?1 AND status = 'scheduled' AND starts_at <= ?2
             ORDER BY starts_at, id",
        )?;
        let found = stmt.query_map(params![course_id, now], |r| Ok((r.get(0)?, r.get(1)?)))?;
        found.collect::<crate::db::SqlResult<_>>()?
    };
    let mut columns = vec![
        "resident_id".to_string(),
        "family_name".to_string(),
        "given_name".to_string(),
    ];
    columns.extend(sessions.iter().map(|(_, start)| {
        parse_datetime(start)
            .map_or_else(|| start.clone(), |t| t.format("%Y-%m-%d %H:%M").to_string())
    }));
    let index: HashMap<i64, usize> = sessions
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    let mut marks: HashMap<(i64, usize), String> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT a.session_id, a.resident_id, a.status FROM attendance a
             JOIN sessions s ON s.id = a.session_id WHERE s.course_id = ?1",
        )?;
        let mut found = stmt.query([course_id])?;
        while let Some(row) = found.next()? {
            if let Some(&i) = index.get(&row.get::<i64>(0)?) {
                marks.insert((row.get(1)?, i), row.get(2)?);
            }
        }
    }
    let mut rows = Rows {
        columns,
        ..Rows::default()
    };
    let mut stmt = conn.prepare(
        "SELECT r.id, r.family_name, r.given_name FROM enrollments e
         JOIN residents r ON r.id = e.resident_id
         WHERE e.course_id = ?1 AND e.status = 'enrolled'
         ORDER BY r.id",
    )?;
    let mut found = stmt.query([course_id])?;
    while let Some(row) = found.next()? {
        let id: i64 = row.get(0)?;
        let mut cells = vec![
            Cell::Int(id),
            Cell::text(row.get::<Option<String>>(1)?),
            Cell::text(row.get::<Option<String>>(2)?),
        ];
        cells.extend((0..sessions.len()).map(|i| Cell::code(marks.get(&(id, i)).cloned())));
        rows.push(cells);
    }
    Ok(rows)
}
