//! SQL for the read side of the calendar: `course list`, `course show`
//! (its counts and roster) and `schedule`. Writes stay in `store`. Date
//! ranges are inclusive calendar days in Shanghai time, turned here into
//! half-open `[from 00:00, day after to 00:00)` bounds on the stored
//! RFC 3339 text, which sorts as time.
use crate::db::{params, Connection};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};

use super::{Category, CourseStatus};
use crate::clock::{format_datetime, shanghai};
use crate::error::Result;

/// `--from`/`--to` as bounds on `starts_at`: `from` inclusive, `to`
/// exclusive (the midnight after the last day).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Range {
    pub from: Option<String>,
    pub until: Option<String>,
}

impl Range {
    pub fn days(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Range {
        Range {
            from: from.map(midnight),
            until: to.and_then(|d| d.succ_opt()).map(midnight),
        }
    }
}

fn midnight(day: NaiveDate) -> String {
    let t = shanghai()
        .from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
        .single()
        .expect("a fixed offset has no gaps");
    format_datetime(&t)
}

/// One line of `course list`.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseLine {
    pub id: i64,
    pub code: Option<String>,
    pub title: String,
    pub category: String,
    pub kind: String,
    pub status: String,
    /// The first scheduled session at or after now.
    pub next_session: Option<String>,
    /// Scheduled (not cancelled) sessions.
    pub sessions: i64,
    pub enrolled: i64,
    pub capacity: i64,
    pub venue: Option<String>,
    pub instructor: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub range: Range,
    pub category: Option<Category>,
    pub status: Option<CourseStatus>,
}

/// Courses by next session (those without one last), then id.
pub fn course_lines(
    conn: &Connection,
    now: &DateTime<FixedOffset>,
    f: &ListFilter,
) -> Result<Vec<CourseLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.code, c.title, c.category, c.kind, c.status,
            (SELECT min(s.starts_at) FROM sessions s
              WHERE s.course_id = c.id AND s.status = 'scheduled' AND s.starts_at >= ?1)
              AS next_session,
            (SELECT count(*) FROM sessions s
              WHERE s.course_id = c.id AND s.status = 'scheduled'),
            (SELECT count(*) FROM enrollments e
              WHERE e.course_id = c.id AND e.status = 'enrolled'),
            c.capacity, c.venue, c.instructor
         FROM courses c
         WHERE (?2 IS NULL OR c.category = ?2)
           AND (?3 IS NULL OR c.status = ?3)
           AND ((?4 IS NULL AND ?5 IS NULL) OR EXISTS (
                SELECT 1 FROM sessions s WHERE s.course_id = c.id
                  AND (?4 IS NULL OR s.starts_at >= ?4)
                  AND (?5 IS NULL OR s.starts_at < ?5)))
         ORDER BY next_session NULLS LAST, c.id",
    )?;
    let rows = stmt.query_map(
        params![
            format_datetime(now),
            f.category.map(|c| c.as_str()),
            f.status.map(|s| s.as_str()),
            f.range.from,
            f.range.until,
        ],
        |row| {
            Ok(CourseLine {
                id: row.get(0)?,
                code: row.get(1)?,
                title: row.get(2)?,
                category: row.get(3)?,
                kind: row.get(4)?,
                status: row.get(5)?,
                next_session: row.get(6)?,
                sessions: row.get(7)?,
                enrolled: row.get(8)?,
                capacity: row.get(9)?,
                venue: row.get(10)?,
                instructor: row.get(11)?,
            })
        },
    )?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// (enrolled, waitlisted) of one course.
pub fn counts(conn: &Connection, course_id: i64) -> Result<(i64, i64)> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FILTER (WHERE status = 'enrolled'),
                    count(*) FILTER (WHERE status = 'waitlisted')
             FROM enrollments WHERE course_id = ?1",
        )?
        .query_row([course_id], |row| Ok((row.get(0)?, row.get(1)?)))?)
}

/// One resident on a course's roster.
#[derive(Debug, Clone, PartialEq)]
pub struct RosterLine {
    pub resident_id: i64,
    pub family_name: Option<String>,
    pub given_name: Option<String>,
    pub status: String,
    pub position: Option<i64>,
    pub enrolled_at: String,
}

/// Enrolled residents first (by enrollment time), then the waitlist by
/// position.
pub fn roster(conn: &Connection, course_id: i64) -> Result<Vec<RosterLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.resident_id, r.family_name, r.given_name, e.status, e.position, e.enrolled_at
         FROM enrollments e JOIN residents r ON r.id = e.resident_id
         WHERE e.course_id = ?1
         ORDER BY e.status <> 'enrolled', e.position, e.enrolled_at, e.resident_id",
    )?;
    let rows = stmt.query_map([course_id], |row| {
        Ok(RosterLine {
            resident_id: row.get(0)?,
            family_name: row.get(1)?,
            given_name: row.get(2)?,
            status: row.get(3)?,
            position: row.get(4)?,
            enrolled_at: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// One session of the agenda, with its course.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaLine {
    pub session_id: i64,
    pub course_id: i64,
    pub code: Option<String>,
    pub title: String,
    pub title_zh: Option<String>,
    pub kind: String,
    pub category: String,
    pub starts_at: String,
    pub ends_at: String,
    /// The session's own venue, else the course's.
    pub venue: Option<String>,
    pub instructor: Option<String>,
    /// The course's description.
    pub description: Option<String>,
    pub status: String,
    pub sequence: u32,
    pub enrolled: i64,
    pub capacity: i64,
}

/// The agenda's SELECT with its own WHERE and ORDER BY: one column list,
/// each query free to use its own index.
macro_rules! agenda_sql {
    ($rest:literal) => {
        concat!(
            "SELECT s.id, c.id, c.code, c.title, c.title_zh, c.kind, c.category,
                s.starts_at, s.ends_at, coalesce(s.venue, c.venue), c.instructor,
                CASE WHEN c.status = 'cancelled' THEN 'cancelled' ELSE s.status END,
                s.sequence,
                (SELECT count(*) FROM enrollments e
                  WHERE e.course_id = c.id AND e.status = 'enrolled'),
                c.capacity, c.description
             FROM sessions s JOIN courses c ON c.id = s.course_id ",
            $rest
        )
    };
}

/// Every session (scheduled or cancelled) starting in the range, in time
/// order. A session of a cancelled course is cancelled too.
pub fn agenda(conn: &Connection, range: &Range) -> Result<Vec<AgendaLine>> {
    let mut stmt = conn.prepare_cached(agenda_sql!(
        "WHERE (?1 IS NULL OR s.starts_at >= ?1) AND (?2 IS NULL OR s.starts_at < ?2)
         ORDER BY s.starts_at, s.id"
    ))?;
    let rows = stmt.query_map(params![range.from, range.until], agenda_line)?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// Every session of one course, in time order, as `agenda` gives them.
pub fn course_agenda(conn: &Connection, course_id: i64) -> Result<Vec<AgendaLine>> {
    let mut stmt = conn.prepare_cached(agenda_sql!(
        "WHERE s.course_id = ?1 ORDER BY s.starts_at, s.id"
    ))?;
    let rows = stmt.query_map([course_id], agenda_line)?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

fn agenda_line(row: &crate::db::Row<'_>) -> crate::db::SqlResult<AgendaLine> {
    Ok(AgendaLine {
        session_id: row.get(0)?,
        course_id: row.get(1)?,
        code: row.get(2)?,
        title: row.get(3)?,
        title_zh: row.get(4)?,
        kind: row.get(5)?,
        category: row.get(6)?,
        starts_at: row.get(7)?,
        ends_at: row.get(8)?,
        venue: row.get(9)?,
        instructor: row.get(10)?,
        status: row.get(11)?,
        sequence: row.get(12)?,
        enrolled: row.get(13)?,
        capacity: row.get(14)?,
        description: row.get(15)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_datetime;
    use crate::courses::store::{insert_course, insert_session, CourseDef};
    use crate::courses::{Kind, Repeat};
    use crate::db::Db;

    fn add(db: &Db, title: &str, start: &str) -> i64 {
        let start = parse_datetime(start).expect("time");
        let def = CourseDef {
            code: None,
            title: title.into(),
            title_zh: None,
            category: Category::Tea,
            kind: Kind::Event,
            instructor: None,
            venue: Some("Room 1".into()),
            capacity: 0,
            language: None,
            description: None,
            start,
            duration_minutes: 60,
            repeat: Repeat::None,
            count: None,
            until: None,
            skip: vec![],
        };
        let id = insert_course(&db.conn, &def, "t").expect("course");
        insert_session(&db.conn, id, &start, &(start + chrono::Duration::hours(1))).expect("s");
        id
    }

    #[test]
    fn a_range_is_inclusive_days_in_shanghai_time() {
        let d = |s| crate::clock::parse_date(s);
        let r = Range::days(d("2026-12-01"), d("2026-12-31"));
        assert_eq!(r.from.as_deref(), Some("2026-12-01T00:00:00+08:00"));
        assert_eq!(r.until.as_deref(), Some("2027-01-01T00:00:00+08:00"));
    }

    #[test]
    fn courses_come_by_next_session_and_past_ones_last() {
        let db = Db::in_memory().expect("db");
        let past = add(&db, "Past", "2026-11-01 10:00");
        let later = add(&db, "Later", "2026-12-20 10:00");
        let soon = add(&db, "Soon", "2026-12-02 10:00");
        let now = parse_datetime("2026-11-27 09:00").expect("now");
        let all = course_lines(&db.conn, &now, &ListFilter::default()).expect("lines");
        let ids: Vec<i64> = all.iter().map(|c| c.id).collect();
        assert_eq!(ids, vec![soon, later, past]);
        assert_eq!(all[2].next_session, None);
        let d = |s| crate::clock::parse_date(s);
        let filter = ListFilter {
            range: Range::days(d("2026-12-20"), d("2026-12-20")),
            ..Default::default()
        };
        let ids: Vec<i64> = course_lines(&db.conn, &now, &filter)
            .expect("lines")
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(ids, vec![later]);
        let agenda = agenda(&db.conn, &Range::default()).expect("agenda");
        assert_eq!(agenda.len(), 3);
        assert_eq!(agenda[0].title, "Past");
    }

    #[test]
    fn a_course_agenda_has_that_course_only() {
        let db = Db::in_memory().expect("db");
        add(&db, "Other", "2026-12-01 10:00");
        let tea = add(&db, "Tea", "2026-12-02 10:00");
        let lines = course_agenda(&db.conn, tea).expect("agenda");
        assert_eq!(lines.len(), 1);
        assert_eq!((lines[0].course_id, lines[0].title.as_str()), (tea, "Tea"));
        assert!(course_agenda(&db.conn, 999).expect("agenda").is_empty());
    }
}
