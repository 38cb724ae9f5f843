//! SQL for enrollments and attendance: the only place that knows those
//! tables. A roster is loaded whole, changed in memory by
//! `waitlist::Roster` and written back, inside one write transaction.
use crate::db::{params, Connection, OptionalExtension};

use super::waitlist::{Entry, Roster};
use super::{AttendanceStatus, EnrollmentStatus};
use crate::error::Result;
use crate::output::{sql_limit, Cell, Rows, Sink};

/// The roster of `course_id`: enrolled residents (in enrollment order),
/// then the waitlist by position.
pub fn load(conn: &Connection, course_id: i64, capacity: u32) -> Result<Roster> {
    let mut stmt = conn.prepare_cached(
        "SELECT resident_id, status, position FROM enrollments WHERE course_id = ?1
         ORDER BY status = 'waitlisted', position, enrolled_at, resident_id",
    )?;
    let rows = stmt.query_map([course_id], |r| {
        Ok((
            r.get::<i64>(0)?,
            r.get::<String>(1)?,
            r.get::<Option<u32>>(2)?,
        ))
    })?;
    let mut roster = Roster::new(capacity);
    for row in rows {
        let (resident_id, status, position) = row?;
        roster.entries.push(Entry {
            resident_id,
            status: EnrollmentStatus::parse(&status)?,
            position,
        });
    }
    Ok(roster)
}

/// Writes `roster` back: entries upserted (a new one enrolled `at`, an
/// existing one keeping its `enrolled_at`), rows no longer on it deleted.
pub fn save(conn: &Connection, course_id: i64, roster: &Roster, at: &str) -> Result<()> {
    let ids: Vec<i64> = roster.entries.iter().map(|e| e.resident_id).collect();
    conn.prepare_cached(
        "DELETE FROM enrollments WHERE course_id = ?1
           AND resident_id NOT IN (SELECT value FROM json_each(?2))",
    )?
    .execute(params![course_id, serde_json::to_string(&ids)?])?;
    let mut upsert = conn.prepare_cached(
        "INSERT INTO enrollments (course_id, resident_id, status, position, enrolled_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (course_id, resident_id)
         DO UPDATE SET status = excluded.status, position = excluded.position",
    )?;
    for e in &roster.entries {
        upsert.execute(params![
            course_id,
            e.resident_id,
            e.status.as_str(),
            e.position,
            at
        ])?;
    }
    Ok(())
}

/// The courses (id, capacity) on whose roster `resident_id` stands and
/// that still have a scheduled session after `now`.
pub fn upcoming_courses_of(
    conn: &Connection,
    resident_id: i64,
    now: &str,
) -> Result<Vec<(i64, u32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.capacity FROM enrollments e JOIN courses c ON c.id = e.course_id
         WHERE e.resident_id = ?1 AND c.status = 'scheduled'
           AND EXISTS (SELECT 1 FROM sessions s WHERE s.course_id = c.id
                        AND s.status = 'scheduled' AND s.starts_at > ?2)
         ORDER BY c.id",
    )?;
    let rows = stmt.query_map(params![resident_id, now], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// Marks one resident at one session; a second mark replaces the first.
pub fn mark(
    conn: &Connection,
    session_id: i64,
    resident_id: i64,
    status: AttendanceStatus,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO attendance (session_id, resident_id, status, marked_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (session_id, resident_id)
         DO UPDATE SET status = excluded.status, marked_at = excluded.marked_at",
    )?
    .execute(params![session_id, resident_id, status.as_str(), at])?;
    Ok(())
}

/// The stored mark of one resident at one session.
pub fn attendance_of(
    conn: &Connection,
    session_id: i64,
    resident_id: i64,
) -> Result<Option<AttendanceStatus>> {
    let status: Option<String> = conn
        .prepare_cached("SELECT status FROM attendance WHERE session_id = ?1 AND resident_id = ?2")?
        .query_row([session_id, resident_id], |r| r.get(0))
        .optional()?;
    status.as_deref().map(AttendanceStatus::parse).transpose()
}

pub const ENROLLMENT_COLUMNS: [&str; 7] = [
    "course_id",
    "code",
    "resident_id",
    "external_id",
    "status",
    "position",
    "enrolled_at",
];

pub const ATTENDANCE_COLUMNS: [&str; 6] = [
    "session_id",
    "course_id",
    "resident_id",
    "external_id",
    "status",
    "marked_at",
];

/// `enrollment export`: every roster entry (or `resident`'s) by course,
/// then resident, handed to `sink` one at a time (at most `limit`).
pub fn each_enrollment(
    conn: &Connection,
    resident: Option<i64>,
    limit: Option<u64>,
    sink: &mut Sink,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT e.course_id, c.code, e.resident_id, r.external_id, e.status, e.position,
                e.enrolled_at
         FROM enrollments e
         JOIN courses c ON c.id = e.course_id
         JOIN residents r ON r.id = e.resident_id
         WHERE ?1 IS NULL OR e.resident_id = ?1
         ORDER BY e.course_id, e.resident_id
         LIMIT ?2",
    )?;
    let mut query = stmt.query(params![resident, sql_limit(limit)])?;
    while let Some(r) = query.next()? {
        sink(vec![
            Cell::Int(r.get(0)?),
            Cell::text(r.get::<Option<String>>(1)?),
            Cell::Int(r.get(2)?),
            Cell::text(r.get::<Option<String>>(3)?),
            Cell::Vocab("enrollment", r.get(4)?),
            r.get::<Option<i64>>(5)?.map_or(Cell::Null, Cell::Int),
            Cell::Time(r.get(6)?),
        ])?;
    }
    Ok(())
}

pub fn count_enrollments(conn: &Connection, resident: Option<i64>) -> Result<u64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM enrollments e WHERE ?1 IS NULL OR e.resident_id = ?1",
        [resident],
        |r| r.get(0),
    )?)
}

/// `attendance export`: every mark (or `resident`'s) by session, then
/// resident, handed to `sink` one at a time (at most `limit`).
pub fn each_attendance(
    conn: &Connection,
    resident: Option<i64>,
    limit: Option<u64>,
    sink: &mut Sink,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT a.session_id, s.course_id, a.resident_id, r.external_id, a.status, a.marked_at
         FROM attendance a
         JOIN sessions s ON s.id = a.session_id
         JOIN residents r ON r.id = a.resident_id
         WHERE ?1 IS NULL OR a.resident_id = ?1
         ORDER BY a.session_id, a.resident_id
         LIMIT ?2",
    )?;
    let mut query = stmt.query(params![resident, sql_limit(limit)])?;
    while let Some(r) = query.next()? {
        sink(vec![
            Cell::Int(r.get(0)?),
            Cell::Int(r.get(1)?),
            Cell::Int(r.get(2)?),
            Cell::text(r.get::<Option<String>>(3)?),
            Cell::Vocab("attendance", r.get(4)?),
            Cell::Time(r.get(5)?),
        ])?;
    }
    Ok(())
}

pub fn count_attendance(conn: &Connection, resident: Option<i64>) -> Result<u64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM attendance a WHERE ?1 IS NULL OR a.resident_id = ?1",
        [resident],
        |r| r.get(0),
    )?)
}

/// One resident's roster entries, in memory (a subject export: a few).
pub fn enrollment_rows(conn: &Connection, resident: i64) -> Result<Rows> {
    collect(&ENROLLMENT_COLUMNS, |sink| {
        each_enrollment(conn, Some(resident), None, sink)
    })
}

/// One resident's attendance marks, in memory (a subject export).
pub fn attendance_rows(conn: &Connection, resident: i64) -> Result<Rows> {
    collect(&ATTENDANCE_COLUMNS, |sink| {
        each_attendance(conn, Some(resident), None, sink)
    })
}

/// The rows `each` hands out, held as `Rows` with `columns`.
fn collect(columns: &[&str], each: impl FnOnce(&mut Sink) -> Result<()>) -> Result<Rows> {
    let mut rows = Rows::new(columns);
    each(&mut |row| {
        rows.push(row);
        Ok(())
    })?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    fn setup() -> Db {
        let db = Db::in_memory().expect("db");
        db.conn
            .execute_batch(
                "INSERT INTO courses (title, category, start, duration_minutes, created_at, updated_at)
                 VALUES ('Tea', 'tea', '2026-11-08T14:00:00+08:00', 90, 't', 't');
                 INSERT INTO sessions (course_id, starts_at, ends_at)
                 VALUES (1, '2026-11-08T14:00:00+08:00', '2026-11-08T15:30:00+08:00');",
            )
            .expect("course");
        let actor = crate::db::audit::Actor {
            operator: "test".into(),
            at: "t".into(),
        };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
        crate::demo::load(&db.conn, &actor, today).expect("residents");
        db
    }

    #[test]
    fn a_roster_round_trips_and_a_drop_deletes_the_row() {
        let db = setup();
        let mut roster = Roster::new(1);
        roster.enroll(1);
        roster.enroll(2);
        save(&db.conn, 1, &roster, "t1").expect("save");
        assert_eq!(load(&db.conn, 1, 1).expect("load"), roster);
        let promoted = roster.drop(1).expect("drop").promoted;
        assert_eq!(promoted, Some(2));
        save(&db.conn, 1, &roster, "t2").expect("save");
        let back = load(&db.conn, 1, 1).expect("load");
        assert_eq!(back, roster);
        let at: String = db
            .conn
            .query_row(
                "SELECT enrolled_at FROM enrollments WHERE course_id = 1 AND resident_id = 2",
                [],
                |r| r.get(0),
            )
            .expect("row");
        assert_eq!(at, "t1", "a promotion keeps the enrollment time");
    }

    #[test]
    fn a_second_mark_replaces_the_first() {
        let db = setup();
        mark(&db.conn, 1, 1, AttendanceStatus::Present, "t1").expect("mark");
        mark(&db.conn, 1, 1, AttendanceStatus::Absent, "t2").expect("mark");
        assert_eq!(
            attendance_of(&db.conn, 1, 1).expect("read"),
            Some(AttendanceStatus::Absent)
        );
        assert_eq!(attendance_of(&db.conn, 1, 2).expect("read"), None);
    }
}
