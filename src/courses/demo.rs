//! The demo courses of `data/demo/courses.csv`, compiled in: a term of
//! courses and events written around the reference day 2026-11-01 and
//! shifted by (today − reference day) like the demo residents, with some
//! active demo residents enrolled (one course full with a waitlist of 3)
//! and attendance marked for the sessions already past.
use crate::db::Connection;
use chrono::{Duration, NaiveDate};

use super::recurrence::expand;
use super::store::{self, CourseDef};
use super::waitlist::Roster;
use super::{roster_store, AttendanceStatus, Category, Kind, Repeat};
use crate::clock::{format_datetime, parse_date, parse_datetime};
use crate::db::audit::{self, Actor};
use crate::error::{AppError, Result};

const COURSES: &str = include_str!("../../data/demo/courses.csv");
const REFERENCE_DAY: (i32, u32, u32) = (2026, 11, 1);

/// How many residents each demo course gets, in file order (CAL-101 has
/// 8 seats: 11 makes a waitlist of 3).
const ENROLL: [(&str, usize); 8] = [
    ("MAN-101", 10),
    ("MAN-201", 7),
    ("CAL-101", 11),
    ("TEA-01", 9),
    ("ERHU-01", 4),
    ("TAICHI", 12),
    ("EVT-DUMP", 14),
    ("EVT-SF27", 25),
];

fn demo_error(line: u64, detail: &str) -> AppError {
    AppError::internal(format!("demo data courses.csv, line {line}: {detail}"))
}

fn definition(record: &csv::StringRecord, line: u64, shift: Duration) -> Result<CourseDef> {
    let get = |i: usize| record.get(i).unwrap_or_default();
    let opt = |i: usize| Some(get(i).to_string()).filter(|v| !v.is_empty());
    let date = |text: &str| {
        parse_date(text)
            .map(|d| d + shift)
            .ok_or_else(|| demo_error(line, &format!("bad date {text:?}")))
    };
    let number = |i: usize| -> Result<Option<u32>> {
        match get(i) {
            "" => Ok(None),
            n => n
                .parse()
                .map(Some)
                .map_err(|_| demo_error(line, &format!("bad number {n:?}"))),
        }
    };
    let start = parse_datetime(get(9)).ok_or_else(|| demo_error(line, "bad start"))? + shift;
    Ok(CourseDef {
        code: opt(0),
        title: get(1).to_string(),
        title_zh: opt(2),
        category: Category::parse(get(3))?,
        kind: Kind::parse(get(4))?,
        instructor: opt(5),
        venue: opt(6),
        capacity: number(7)?.unwrap_or(0),
        language: opt(8),
        start,
        duration_minutes: number(10)?.ok_or_else(|| demo_error(line, "no duration"))?,
        repeat: Repeat::parse(get(11))?,
        count: number(12)?,
        until: opt(13).map(|d| date(&d)).transpose()?,
        skip: get(14)
            .split(';')
            .filter(|d| !d.is_empty())
            .map(date)
            .collect::<Result<_>>()?,
        description: opt(15),
    })
}

/// Loads the demo courses into `conn` (inside the caller's transaction),
/// after the demo residents; returns how many courses were added.
pub fn load(conn: &Connection, actor: &Actor, today: NaiveDate) -> Result<usize> {
    let reference = NaiveDate::from_ymd_opt(REFERENCE_DAY.0, REFERENCE_DAY.1, REFERENCE_DAY.2)
        .ok_or_else(|| AppError::internal("bad demo reference day"))?;
    let shift = today - reference;
    let active: Vec<i64> = {
        let mut stmt =
            conn.prepare("SELECT id FROM residents WHERE status = 'active' ORDER BY id")?;
        let ids = stmt.query_map([], |r| r.get(0))?;
        ids.collect::<crate::db::SqlResult<_>>()?
    };
    let mut reader = csv::Reader::from_reader(COURSES.as_bytes());
    let mut count = 0;
    for (index, record) in reader.records().enumerate() {
        let record = record?;
        let line = record.position().map_or(0, |p| p.line());
        let def = definition(&record, line, shift)?;
        let occurrences = expand(
            def.start,
            def.duration_minutes,
            def.repeat,
            def.count,
            def.until,
            &def.skip,
        )?;
        let id = store::insert_course(conn, &def, &actor.at)?;
        let mut sessions = Vec::with_capacity(occurrences.len());
        for o in &occurrences {
            sessions.push((store::insert_session(conn, id, &o.start, &o.end)?, o));
        }
        audit::record(
            conn,
            actor,
            "add",
            "course",
            Some(id),
            &format!("demo, {} session(s)", sessions.len()),
        )?;
        count += 1;

        // Residents: a different stretch of the active ones for each course.
        let wanted = ENROLL
            .iter()
            .find(|(code, _)| def.code.as_deref() == Some(*code))
            .map_or(0, |(_, n)| *n);
        let mut roster = Roster::new(def.capacity);
        if !active.is_empty() {
            let from = (index * 17) % active.len();
            for k in 0..wanted.min(active.len()) {
                roster.enroll(active[(from + k) % active.len()]);
            }
        }
        roster.check().map_err(AppError::internal)?;
        roster_store::save(conn, id, &roster, &actor.at)?;

        // Attendance at sessions already held: mostly present.
        for (session_id, o) in sessions
            .iter()
            .filter(|(_, o)| o.start.date_naive() < today)
        {
            for e in roster.entries.iter().filter(|e| e.position.is_none()) {
                let status = if (e.resident_id * 7 + session_id * 3) % 9 == 0 {
                    AttendanceStatus::Absent
                } else {
                    AttendanceStatus::Present
                };
                roster_store::mark(
                    conn,
                    *session_id,
                    e.resident_id,
                    status,
                    &format_datetime(&o.end),
                )?;
            }
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_courses_parse_and_expand() {
        let mut reader = csv::Reader::from_reader(COURSES.as_bytes());
        let mut n = 0;
        for record in reader.records() {
            let record = record.expect("record");
            let def = definition(&record, 0, Duration::days(3)).expect("definition");
            expand(
                def.start,
                def.duration_minutes,
                def.repeat,
                def.count,
                def.until,
                &def.skip,
            )
            .expect("expands");
            n += 1;
        }
        assert_eq!(n, ENROLL.len());
    }

    #[test]
    fn loading_fills_calligraphy_with_a_waitlist_and_marks_past_sessions() {
        let db = crate::db::Db::in_memory().expect("db");
        let actor = Actor {
            operator: "test".into(),
            at: "2026-11-01T09:00:00+08:00".into(),
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
        // The whole demo: residents, then (through this module) the courses.
        assert_eq!(
            crate::demo::load(&db.conn, &actor, today)
                .expect("demo")
                .courses,
            8
        );
        let count = |sql: &str| -> i64 { db.conn.query_row(sql, [], |r| r.get(0)).expect("count") };
        let cal = "(SELECT id FROM courses WHERE code = 'CAL-101')";
        assert_eq!(
            count(&format!(
                "SELECT count(*) FROM enrollments WHERE course_id = {cal} AND status = 'enrolled'"
            )),
            8
        );
        assert_eq!(
            count(&format!("SELECT count(*) FROM enrollments WHERE course_id = {cal} AND status = 'waitlisted' AND position BETWEEN 1 AND 3")),
            3
        );
        assert_eq!(
            count("SELECT count(*) FROM enrollments e JOIN residents r ON r.id = e.resident_id WHERE r.status != 'active'"),
            0
        );
        assert!(count("SELECT count(*) FROM attendance WHERE status = 'present'") > 20);
        assert!(count("SELECT count(*) FROM attendance WHERE status = 'absent'") > 0);
        assert_eq!(
            count("SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.starts_at >= '2026-11-01'"),
            0
        );
    }
}
