//! The value check of `check` (SPEC §8): reads every ruled column of every
//! row and asks `stored` whether it passes, then the rules across rows
//! (waitlist positions 1..n, no waitlist while a seat is free, enrolled
//! rows without a position, sessions of 1 minute to 24 hours). Each
//! problem names the table, the row, the column and the value. Table and
//! column names come from the static list in `stored`, never from data.
use std::collections::BTreeMap;

use crate::db::Connection;
use crate::db::ValueRef;

use crate::error::Result;
use crate::stored::{self, Stored};

/// The problems found, at most `shown` of them, and how many in all.
pub struct Found {
    pub shown: Vec<String>,
    pub total: usize,
}

impl Found {
    fn push(&mut self, limit: usize, line: String) {
        if self.shown.len() < limit {
            self.shown.push(line);
        }
        self.total += 1;
    }
}

fn stored_value(value: ValueRef) -> Stored {
    match value {
        ValueRef::Null => Stored::Null,
        ValueRef::Integer(n) => Stored::Int(n),
        ValueRef::Real(x) => Stored::Real(x),
        ValueRef::Text(t) => Stored::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(_) => Stored::Blob,
    }
}

/// Every stored value against its rule, then the rules across rows.
pub fn check(conn: &Connection, limit: usize) -> Result<Found> {
    let mut found = Found {
        shown: Vec::new(),
        total: 0,
    };
    // One pass per table, over all its ruled columns.
    let mut tables: BTreeMap<&str, Vec<stored::Column>> = BTreeMap::new();
    for column in stored::columns() {
        tables.entry(column.table).or_default().push(column);
    }
    for (table, columns) in &tables {
        let names: Vec<&str> = columns.iter().map(|c| c.column).collect();
        // Table order: SQLite's rowid, the key on PostgreSQL.
        let order = if conn.is_postgres() {
            columns[0].key
        } else {
            "rowid"
        };
        let sql = format!(
            "SELECT {key}, {cols} FROM {table} ORDER BY {order}",
            key = columns[0].key,
            cols = names.join(", ")
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            for (i, column) in columns.iter().enumerate() {
                let value = stored_value(row.get_ref(i + 1)?);
                if let Some(problem) = stored::problem(column, &value) {
                    let key = stored_value(row.get_ref(0)?).shown();
                    let line = crate::t!(
                        "sys-check-column",
                        table = table.to_string(),
                        key = key,
                        column = column.column.to_string(),
                        problem = problem,
                        value = value.shown()
                    );
                    found.push(limit, line);
                }
            }
        }
    }
    across_rows(conn, limit, &mut found)?;
    Ok(found)
}

fn across_rows(conn: &Connection, limit: usize, found: &mut Found) -> Result<()> {
    let mut waitlists: BTreeMap<i64, Vec<Option<i64>>> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT course_id, resident_id, status, position FROM enrollments ORDER BY course_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (course, resident): (i64, i64) = (r.get(0)?, r.get(1)?);
        let status: Option<String> = r.get(2).ok();
        let position = stored_value(r.get_ref(3)?);
        match status.as_deref() {
            Some("waitlisted") => waitlists.entry(course).or_default().push(match position {
                Stored::Int(p) => Some(p),
                _ => None,
            }),
            Some("enrolled") if position != Stored::Null => found.push(
                limit,
                crate::t!(
                    "sys-check-enrolled-position",
                    course = course.to_string(),
                    resident = resident.to_string(),
                    value = position.shown()
                ),
            ),
            // Another status: the column rule reports it.
            _ => {}
        }
    }
    for (course, positions) in waitlists {
        if let Some(problem) = stored::positions_problem(positions) {
            found.push(
                limit,
                crate::t!(
                    "sys-check-waitlist",
                    course = course.to_string(),
                    problem = problem
                ),
            );
        }
    }
    let mut stmt = conn.prepare(
        "SELECT c.id, c.capacity,
                (SELECT count(*) FROM enrollments e WHERE e.course_id = c.id AND e.status = 'enrolled'),
                (SELECT count(*) FROM enrollments e WHERE e.course_id = c.id AND e.status = 'waitlisted')
         FROM courses c WHERE typeof(c.capacity) = 'integer' AND c.capacity > 0 ORDER BY c.id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (id, capacity, enrolled, waiting): (i64, i64, i64, i64) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        if waiting > 0 && enrolled < capacity {
            found.push(
                limit,
                crate::t!(
                    "sys-check-free-seats",
                    id = id.to_string(),
                    waiting = waiting.to_string(),
                    free = (capacity - enrolled).to_string(),
                    capacity = capacity.to_string()
                ),
            );
        }
    }
    let mut stmt = conn.prepare("SELECT id, starts_at, ends_at FROM sessions ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let (Ok(start), Ok(end)) = (r.get::<String>(1), r.get::<String>(2)) else {
            continue; // not text: the column rules report it
        };
        if let Some(problem) = stored::session_problem(&start, &end) {
            found.push(
                limit,
                crate::t!(
                    "sys-check-session",
                    id = id.to_string(),
                    problem = problem,
                    value = end
                ),
            );
        }
    }
    Ok(())
}
