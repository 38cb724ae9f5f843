//! `today`: the front-desk dashboard (SPEC §8), four sections: today's
//! sessions (each with its roster), permits expiring within 30 days
//! (expired ones too), residence registrations due, and feedback overdue
//! or due within 7 days. Only active residents appear. Each list section
//! holds its count and its most urgent rows only (an index gives both, see
//! migration 0007), so the dashboard costs the same at a million residents.
use crate::db::{params, Connection};
use chrono::{Days, NaiveDate};

use crate::clock::format_date;
use crate::error::Result;
use crate::output::{sql_limit, Cell, Rows};
use crate::residents::model::registration_due;
use crate::residents::query::DUE;
use crate::residents::store::{from_row, SELECT};

/// Permits expiring within this many days are listed.
pub const PERMIT_DAYS: u64 = 30;
/// Feedback due within this many days is listed (overdue always).
pub const FEEDBACK_DAYS: u64 = 7;

/// One of today's sessions and who is enrolled in it.
#[derive(Debug, Clone)]
pub struct Session {
    pub info: Rows,
    pub roster: Rows,
}

/// A list section: how many rows in all, and the most urgent ones.
#[derive(Debug, Clone)]
pub struct Section {
    pub count: u64,
    pub rows: Rows,
}

#[derive(Debug, Clone)]
pub struct Dashboard {
    pub sessions: Vec<Session>,
    pub permits: Section,
    pub registrations: Section,
    pub feedback: Section,
}

fn plus(day: NaiveDate, days: u64) -> String {
    format_date(day.checked_add_days(Days::new(days)).unwrap_or(day))
}

fn days_between(from: NaiveDate, to: &str) -> Cell {
    crate::clock::parse_date(to).map_or(Cell::Null, |d| Cell::Int((d - from).num_days()))
}

/// The dashboard of `today`, each list section cut to its `top` rows.
pub fn dashboard(conn: &Connection, today: NaiveDate, top: u64) -> Result<Dashboard> {
    Ok(Dashboard {
        sessions: sessions(conn, today)?,
        permits: permits(conn, today, top)?,
        registrations: registrations(conn, top)?,
        feedback: feedback(conn, today, top)?,
    })
}

fn count(conn: &Connection, sql: &str, params: impl crate::db::Params) -> Result<u64> {
    let n: i64 = conn.query_row(sql, params, |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

fn sessions(conn: &Connection, today: NaiveDate) -> Result<Vec<Session>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, c.id, c.code, c.title, c.kind, s.starts_at, s.ends_at,
                COALESCE(s.venue, c.venue)
         FROM sessions s JOIN courses c ON c.id = s.course_id
         WHERE s.starts_at >= ?1 AND s.starts_at < ?2
           AND s.status != 'cancelled' AND c.status != 'cancelled'
         ORDER BY s.starts_at, s.id",
    )?;
    let cols = [
        "session_id",
        "course_id",
        "code",
        "title",
        "kind",
        "starts_at",
        "ends_at",
        "venue",
    ];
    let found = stmt.query_map(params![format_date(today), plus(today, 1)], |r| {
        Ok(vec![
            Cell::Int(r.get(0)?),
            Cell::Int(r.get(1)?),
            Cell::code(r.get::<Option<String>>(2)?),
            Cell::Text(r.get(3)?),
            Cell::Vocab("course-kind", r.get(4)?),
            Cell::Time(r.get(5)?),
            Cell::Time(r.get(6)?),
            Cell::text(r.get::<Option<String>>(7)?),
        ])
    })?;
    let mut out = Vec::new();
    for row in found {
        let row = row?;
        let (Cell::Int(session), Cell::Int(course)) = (&row[0], &row[1]) else {
            continue;
        };
        let roster = roster(conn, *session, *course)?;
        let mut info = Rows::new(&cols);
        info.push(row);
        out.push(Session { info, roster });
    }
    Ok(out)
}

/// The enrolled residents (walk-ins included), with today's mark if any.
fn roster(conn: &Connection, session: i64, course: i64) -> Result<Rows> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.family_name, r.given_name, a.status
         FROM enrollments e JOIN residents r ON r.id = e.resident_id
         LEFT JOIN attendance a ON a.session_id = ?1 AND a.resident_id = r.id
         WHERE e.course_id = ?2 AND e.status = 'enrolled' AND r.status != 'erased'
         ORDER BY r.family_name, r.given_name, r.id",
    )?;
    let mut rows = Rows::new(&["resident_id", "family_name", "given_name", "attendance"]);
    for row in stmt.query_map(params![session, course], |r| {
        Ok(vec![
            Cell::Int(r.get(0)?),
            Cell::text(r.get::<Option<String>>(1)?),
            Cell::text(r.get::<Option<String>>(2)?),
            Cell::vocab("attendance", r.get::<Option<String>>(3)?),
        ])
    })? {
        rows.push(row?);
    }
    Ok(rows)
}

const PERMITS: &str = "FROM residents WHERE status = 'active'
    AND permit_expiry IS NOT NULL AND permit_expiry <= ?1";

fn permits(conn: &Connection, today: NaiveDate, top: u64) -> Result<Section> {
    let until = plus(today, PERMIT_DAYS);
    let sql = format!(
        "SELECT id, family_name, given_name, permit_type, permit_expiry {PERMITS}
         ORDER BY permit_expiry, id LIMIT ?2"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = Rows::new(&[
        "resident_id",
        "family_name",
        "given_name",
        "permit_type",
        "permit_expiry",
        "days_left",
    ]);
    for row in stmt.query_map(params![until, sql_limit(Some(top))], |r| {
        let expiry: String = r.get(4)?;
        Ok(vec![
            Cell::Int(r.get(0)?),
            Cell::text(r.get::<Option<String>>(1)?),
            Cell::text(r.get::<Option<String>>(2)?),
            Cell::vocab("permit", r.get::<Option<String>>(3)?),
            days_between(today, &expiry),
            Cell::Code(expiry),
        ])
    })? {
        let mut row = row?;
        row.swap(4, 5);
        rows.push(row);
    }
    let count = count(conn, &format!("SELECT count(*) {PERMITS}"), [until])?;
    Ok(Section { count, rows })
}

/// The rule is `registration_due`; SQL narrows to its candidates (the same
/// set) through the `residents_due` index, longest waiting first.
fn registrations(conn: &Connection, top: u64) -> Result<Section> {
    let sql = format!(
        "{SELECT} WHERE {DUE} ORDER BY coalesce(r.arrival_date, '9999-12-31'), r.id LIMIT ?1"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = Rows::new(&[
        "resident_id",
        "family_name",
        "given_name",
        "arrival_date",
        "reason",
    ]);
    let mut found = stmt.query([sql_limit(Some(top))])?;
    while let Some(row) = found.next()? {
        let resident = from_row(&row)?;
        if let Some(reason) = registration_due(&resident) {
            let d = &resident.data;
            rows.push(vec![
                Cell::Int(resident.id),
                Cell::text(d.family_name.clone()),
                Cell::text(d.given_name.clone()),
                Cell::code(d.arrival_date.clone()),
                Cell::Vocab("reason", reason.into()),
            ]);
        }
    }
    let count = count(
        conn,
        &format!("SELECT count(*) FROM residents r WHERE {DUE}"),
        [],
    )?;
    Ok(Section { count, rows })
}

const OPEN_DUE: &str = "FROM feedback f WHERE f.status IN ('new', 'forwarded') AND f.due_on <= ?1";

fn feedback(conn: &Connection, today: NaiveDate, top: u64) -> Result<Section> {
    let until = plus(today, FEEDBACK_DAYS);
    let sql = format!(
        "SELECT f.id, f.received_at, f.subject, f.status,
                (SELECT d.code FROM departments d WHERE d.id = f.department_id), f.due_on
         {OPEN_DUE} ORDER BY f.due_on, f.id LIMIT ?2"
    );
    let mut stmt = conn.prepare(&sql)?;
    let departments = crate::departments::Names::load(conn)?;
    let mut rows = Rows::new(&[
        "id",
        "received_at",
        "subject",
        "status",
        "department",
        "due_on",
        "days_left",
        "overdue",
    ]);
    for row in stmt.query_map(params![until, sql_limit(Some(top))], |r| {
        let due: String = r.get(5)?;
        let overdue = crate::clock::parse_date(&due).is_some_and(|d| {
            crate::feedback::flow::is_overdue(crate::feedback::Status::New, d, today)
        });
        Ok(vec![
            Cell::Int(r.get(0)?),
            Cell::Time(r.get(1)?),
            Cell::Text(r.get(2)?),
            Cell::Vocab("feedback-status", r.get(3)?),
            departments.cell(r.get(4)?),
            days_between(today, &due),
            Cell::Code(due),
            Cell::Vocab("yes-no", if overdue { "yes" } else { "no" }.into()),
        ])
    })? {
        let mut row = row?;
        row.swap(5, 6);
        rows.push(row);
    }
    let count = count(conn, &format!("SELECT count(*) {OPEN_DUE}"), [until])?;
    Ok(Section { count, rows })
}
