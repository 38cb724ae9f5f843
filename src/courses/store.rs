//! SQL for courses and their sessions: the only place that knows those
//! tables. Times are stored as RFC 3339 with `+08:00`, so comparing the
//! text compares the times.
use crate::db::{params, Connection, OptionalExtension, Row};
use chrono::{DateTime, FixedOffset, NaiveDate};

use super::conflict::Slot;
use super::{Category, CourseStatus, Kind, Repeat, SessionStatus};
use crate::clock::{format_date, format_datetime, parse_date, parse_datetime};
use crate::error::{AppError, Result};
use crate::t;

/// A course as defined (what `course add` and `course import` take).
#[derive(Debug, Clone, PartialEq)]
pub struct CourseDef {
    pub code: Option<String>,
    pub title: String,
    pub title_zh: Option<String>,
    pub category: Category,
    pub kind: Kind,
    pub instructor: Option<String>,
    pub venue: Option<String>,
    /// 0 = unlimited.
    pub capacity: u32,
    pub language: Option<String>,
    pub description: Option<String>,
    pub start: DateTime<FixedOffset>,
    pub duration_minutes: u32,
    pub repeat: Repeat,
    pub count: Option<u32>,
    pub until: Option<NaiveDate>,
    pub skip: Vec<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    pub id: i64,
    pub def: CourseDef,
    pub status: CourseStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub id: i64,
    pub course_id: i64,
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    /// The session's own venue (a reschedule may move it); else the course's.
    pub venue: Option<String>,
    pub status: SessionStatus,
    pub sequence: u32,
}

/// A stored value that does not parse back: the file was changed by hand.
fn corrupt(what: &str, value: &str) -> crate::db::Error {
    crate::db::Error::Value {
        column: 0,
        reason: format!("stored {what} is not valid: {value:?}"),
    }
}

fn time(row: &Row, i: usize) -> crate::db::SqlResult<DateTime<FixedOffset>> {
    let text: String = row.get(i)?;
    parse_datetime(&text).ok_or_else(|| corrupt("time", &text))
}

fn vocab<T>(row: &Row, i: usize, parse: fn(&str) -> Result<T>) -> crate::db::SqlResult<T> {
    let text: String = row.get(i)?;
    parse(&text).map_err(|_| corrupt("value", &text))
}

const COURSE_COLUMNS: &str = "id, code, title, title_zh, category, kind, instructor, venue,
    capacity, language, description, status, start, duration_minutes, repeat, count, until, skip";

fn course_from_row(row: &Row) -> crate::db::SqlResult<Course> {
    let until: Option<String> = row.get(16)?;
    let skip: Option<String> = row.get(17)?;
    Ok(Course {
        id: row.get(0)?,
        def: CourseDef {
            code: row.get(1)?,
            title: row.get(2)?,
            title_zh: row.get(3)?,
            category: vocab(row, 4, Category::parse)?,
            kind: vocab(row, 5, Kind::parse)?,
            instructor: row.get(6)?,
            venue: row.get(7)?,
            capacity: row.get(8)?,
            language: row.get(9)?,
            description: row.get(10)?,
            start: time(row, 12)?,
            duration_minutes: row.get(13)?,
            repeat: vocab(row, 14, Repeat::parse)?,
            count: row.get(15)?,
            until: until.as_deref().and_then(parse_date),
            skip: skip.as_deref().map(parse_skip).unwrap_or_default(),
        },
        status: vocab(row, 11, CourseStatus::parse)?,
    })
}

/// `2026-02-17;2026-04-07` → dates (unparsable entries dropped; they were
/// validated when stored).
pub fn parse_skip(text: &str) -> Vec<NaiveDate> {
    text.split(';')
        .filter_map(|d| parse_date(d.trim()))
        .collect()
}

pub fn format_skip(dates: &[NaiveDate]) -> Option<String> {
    (!dates.is_empty()).then(|| {
        dates
            .iter()
            .map(|d| format_date(*d))
            .collect::<Vec<_>>()
            .join(";")
    })
}

pub fn insert_course(conn: &Connection, def: &CourseDef, at: &str) -> Result<i64> {
    let result = conn
        .prepare_cached(
            "INSERT INTO courses (code, title, title_zh, category, kind, instructor, venue,
                capacity, language, description, start, duration_minutes, repeat, count,
                until, skip, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                ?17, ?17)",
        )?
        .execute(params![
            def.code,
            def.title,
            def.title_zh,
            def.category.as_str(),
            def.kind.as_str(),
            def.instructor,
            def.venue,
            def.capacity,
            def.language,
            def.description,
            format_datetime(&def.start),
            def.duration_minutes,
            def.repeat.as_str(),
            def.count,
            def.until.map(format_date),
            format_skip(&def.skip),
            at,
        ]);
    match result {
        Ok(_) => Ok(conn.last_insert_rowid()?),
        Err(e) if e.is_constraint() => Err(AppError::conflict(t!(
            "svc-course-code-exists",
            code = format!("{:?}", def.code.as_deref().unwrap_or_default())
        ))),
        Err(e) => Err(e.into()),
    }
}

pub fn insert_session(
    conn: &Connection,
    course_id: i64,
    start: &DateTime<FixedOffset>,
    end: &DateTime<FixedOffset>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO sessions (course_id, starts_at, ends_at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![
        course_id,
        format_datetime(start),
        format_datetime(end)
    ])?;
    Ok(conn.last_insert_rowid()?)
}

pub fn get_course(conn: &Connection, id: i64) -> Result<Option<Course>> {
    let sql = format!("SELECT {COURSE_COLUMNS} FROM courses WHERE id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], course_from_row)
        .optional()?)
}

/// The course `id`, or exit 3.
pub fn course(conn: &Connection, id: i64) -> Result<Course> {
    get_course(conn, id)?.ok_or_else(|| {
        AppError::not_found(t!("svc-course-not-found", id = id.to_string()))
            .hint(t!("svc-course-not-found-hint"))
    })
}

/// Every course, by id.
pub fn all_courses(conn: &Connection) -> Result<Vec<Course>> {
    let sql = format!("SELECT {COURSE_COLUMNS} FROM courses ORDER BY id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], course_from_row)?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

const SESSION_COLUMNS: &str =
    "s.id, s.course_id, s.starts_at, s.ends_at, s.venue, s.status, s.sequence";

fn session_from_row(row: &Row) -> crate::db::SqlResult<Session> {
    Ok(Session {
        id: row.get(0)?,
        course_id: row.get(1)?,
        start: time(row, 2)?,
        end: time(row, 3)?,
        venue: row.get(4)?,
        status: vocab(row, 5, SessionStatus::parse)?,
        sequence: row.get(6)?,
    })
}

/// A course's sessions in time order.
pub fn sessions_of(conn: &Connection, course_id: i64) -> Result<Vec<Session>> {
    let sql = format!(
        "SELECT {SESSION_COLUMNS} FROM sessions s WHERE s.course_id = ?1 ORDER BY s.starts_at, s.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([course_id], session_from_row)?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// The session `id`, or exit 3.
pub fn session(conn: &Connection, id: i64) -> Result<Session> {
    let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions s WHERE s.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], session_from_row)
        .optional()?
        .ok_or_else(|| {
            AppError::not_found(t!("svc-session-not-found", id = id.to_string()))
                .hint(t!("svc-session-not-found-hint"))
        })
}

/// Scheduled sessions of scheduled courses that overlap `[from, to)`, as
/// the clash check sees them (the session's venue, else the course's), by
/// start. No session lasts longer than `duration::MAX_MINUTES` (every
/// writer checks it and `check` verifies it), so only those starting in
/// `[from − 24 h, to)` can overlap: the index on `starts_at` is read over
/// that window only, not over every session before `to`.
pub fn slots_between(
    conn: &Connection,
    from: &DateTime<FixedOffset>,
    to: &DateTime<FixedOffset>,
) -> Result<Vec<Slot>> {
    let longest = chrono::Duration::minutes(i64::from(super::duration::MAX_MINUTES));
    let earliest = from.checked_sub_signed(longest).unwrap_or(*from);
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, c.title, s.starts_at, s.ends_at, coalesce(s.venue, c.venue), c.instructor
         FROM sessions s JOIN courses c ON c.id = s.course_id
         WHERE s.starts_at >= ?3 AND s.starts_at < ?2 AND s.ends_at > ?1
           AND s.status = 'scheduled' AND c.status = 'scheduled'
         ORDER BY s.starts_at, s.id",
    )?;
    let rows = stmt.query_map(
        params![
            format_datetime(from),
            format_datetime(to),
            format_datetime(&earliest)
        ],
        |row| {
            Ok(Slot {
                session_id: Some(row.get(0)?),
                line: None,
                course_title: row.get(1)?,
                start: time(row, 2)?,
                end: time(row, 3)?,
                venue: row.get(4)?,
                instructor: row.get(5)?,
            })
        },
    )?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// The stored slots that overlap any of `windows`, each once, by start:
/// one indexed look-up per window rather than one scan over the whole
/// span of a long course.
pub fn slots_near(
    conn: &Connection,
    windows: &[(DateTime<FixedOffset>, DateTime<FixedOffset>)],
) -> Result<Vec<Slot>> {
    let mut found = std::collections::BTreeMap::new();
    for (from, to) in windows {
        for slot in slots_between(conn, from, to)? {
            if let Some(id) = slot.session_id {
                found.entry((slot.start, id)).or_insert(slot);
            }
        }
    }
    Ok(found.into_values().collect())
}

/// Moves a session (and optionally its venue); bumps its sequence.
pub fn reschedule(
    conn: &Connection,
    id: i64,
    start: &DateTime<FixedOffset>,
    end: &DateTime<FixedOffset>,
    venue: Option<&str>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE sessions SET starts_at = ?2, ends_at = ?3, venue = coalesce(?4, venue),
            sequence = sequence + 1
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        format_datetime(start),
        format_datetime(end),
        venue
    ])?;
    Ok(())
}

/// Cancels one session; bumps its sequence.
pub fn cancel_session(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE sessions SET status = 'cancelled', sequence = sequence + 1 WHERE id = ?1",
    )?
    .execute([id])?;
    Ok(())
}

/// Cancels a course and every session of it still scheduled.
pub fn cancel_course(conn: &Connection, id: i64, at: &str) -> Result<()> {
    conn.prepare_cached("UPDATE courses SET status = 'cancelled', updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, at])?;
    conn.prepare_cached(
        "UPDATE sessions SET status = 'cancelled', sequence = sequence + 1
         WHERE course_id = ?1 AND status = 'scheduled'",
    )?
    .execute([id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    fn def() -> CourseDef {
        CourseDef {
            code: Some("MAN-101".into()),
            title: "Mandarin for beginners".into(),
            title_zh: Some("初级汉语".into()),
            category: Category::Language,
            kind: Kind::Course,
            instructor: Some("Wang Li".into()),
            venue: Some("Room 2".into()),
            capacity: 12,
            language: Some("en".into()),
            description: None,
            start: parse_datetime("2026-12-01 18:30").expect("time"),
            duration_minutes: 90,
            repeat: Repeat::Weekly,
            count: Some(8),
            until: None,
            skip: vec![NaiveDate::from_ymd_opt(2026, 12, 29).expect("date")],
        }
    }

    #[test]
    fn a_course_round_trips_with_its_sessions() {
        let db = Db::in_memory().expect("db");
        let id = insert_course(&db.conn, &def(), "t").expect("insert");
        let c = course(&db.conn, id).expect("found");
        assert_eq!(c.def, def());
        assert_eq!(c.status, CourseStatus::Scheduled);
        let start = def().start;
        let end = start + chrono::Duration::minutes(90);
        let s = insert_session(&db.conn, id, &start, &end).expect("session");
        assert_eq!(sessions_of(&db.conn, id).expect("sessions")[0].id, s);
        assert_eq!(
            insert_course(&db.conn, &def(), "t")
                .expect_err("dup")
                .kind
                .exit_code(),
            4
        );
    }

    #[test]
    fn slots_between_sees_only_overlapping_scheduled_sessions() {
        let db = Db::in_memory().expect("db");
        let id = insert_course(&db.conn, &def(), "t").expect("insert");
        let start = def().start;
        let end = start + chrono::Duration::minutes(90);
        let s = insert_session(&db.conn, id, &start, &end).expect("session");
        let slots = slots_between(&db.conn, &start, &end).expect("slots");
        assert_eq!(slots.len(), 1);
        assert_eq!(slots[0].venue.as_deref(), Some("Room 2"));
        // Touching is not overlapping.
        assert!(
            slots_between(&db.conn, &end, &(end + chrono::Duration::hours(1)))
                .expect("slots")
                .is_empty()
        );
        cancel_session(&db.conn, s).expect("cancel");
        assert!(slots_between(&db.conn, &start, &end)
            .expect("slots")
            .is_empty());
        assert_eq!(session(&db.conn, s).expect("session").sequence, 1);
    }
}
