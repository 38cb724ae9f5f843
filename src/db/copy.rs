//! A whole database copied from one backend to another (SPEC §10): SQLite
//! to PostgreSQL to move a center onto the server, and back; `backup` on
//! PostgreSQL is this copy into a new SQLite file.
//!
//! The source is read in one snapshot (a read transaction), the target
//! written in one write transaction: a failure anywhere leaves the target
//! as it was. Every table's rows are counted on both sides before the
//! commit, and the id sequences come along, so an id given once (a removed
//! resident's) is not given again on the target.
use super::{audit, Begin, Connection, ValueRef};
use crate::error::{AppError, Result};

/// Every table, parents before children.
pub const TABLES: &[&str] = &[
    "settings",
    "communities",
    "departments",
    "batches",
    "residents",
    "resident_search",
    "courses",
    "sessions",
    "enrollments",
    "attendance",
    "feedback",
    "feedback_history",
    "notices",
    "notice_audience",
    "batch_changes",
    "audit",
];

/// Tables a new database already fills (`init` seeds the departments):
/// replaced by the source's rows, not counted as content.
const SEEDED: &[&str] = &["settings", "departments"];

/// The tables whose ids come from a sequence.
const SEQUENCED: &[&str] = &[
    "communities",
    "departments",
    "audit",
    "batches",
    "notices",
    "residents",
    "courses",
    "sessions",
    "feedback",
    "feedback_history",
];

/// What was copied: rows per table, in `TABLES` order.
pub struct Copied {
    pub tables: Vec<(&'static str, u64)>,
}

impl Copied {
    pub fn total(&self) -> u64 {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

/// Rows in the target that are not seeded: a target must have none.
pub fn content_rows(conn: &Connection) -> Result<u64> {
    let mut total = 0;
    for table in TABLES.iter().filter(|t| !SEEDED.contains(t)) {
        total += count(conn, table)?;
    }
    Ok(total)
}

fn count(conn: &Connection, table: &str) -> Result<u64> {
    let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Copies everything from `source` into the empty `target`; `audit`, when
/// given, is recorded in the target in the same transaction.
pub fn copy_all(
    source: &Connection,
    target: &Connection,
    record: Option<(&audit::Actor, &str)>,
) -> Result<Copied> {
    source.rolled_back(|src| {
        target.transaction(Begin::Immediate, |dst| {
            let found = content_rows(dst)?;
            if found > 0 {
                return Err(AppError::conflict(crate::t!(
                    "desk-copy-target-not-empty",
                    count = found
                ))
                .hint(crate::t!("desk-copy-target-not-empty-hint")));
            }
            for table in SEEDED {
                dst.execute(&format!("DELETE FROM {table}"), [])?;
            }
            let mut tables = Vec::with_capacity(TABLES.len());
            for table in TABLES {
                let copied = copy_table(src, dst, table)?;
                let (there, here) = (count(src, table)?, count(dst, table)?);
                if copied != there || here != there {
                    return Err(AppError::internal(format!(
                        "copy of {table}: {there} rows in the source, {copied} read, {here} written"
                    )));
                }
                tables.push((*table, copied));
            }
            for table in SEQUENCED {
                let last = last_id(src, table)?;
                move_sequence(dst, table, last)?;
            }
            let copied = Copied { tables };
            if let Some((actor, from)) = record {
                audit::record(
                    dst,
                    actor,
                    "copy",
                    "database",
                    None,
                    &format!("from {from}: {} rows", copied.total()),
                )?;
            }
            Ok(copied)
        })
    })
}

fn copy_table(src: &Connection, dst: &Connection, table: &str) -> Result<u64> {
    let mut read = src.prepare(&format!("SELECT * FROM {table}"))?;
    let columns = read.column_names();
    let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
    let mut write = dst.prepare(&format!(
        "INSERT INTO {table} ({}) VALUES ({})",
        columns.join(", "),
        placeholders.join(", ")
    ))?;
    let mut rows = read.query([])?;
    let mut copied = 0u64;
    while let Some(row) = rows.next()? {
        let mut values: Vec<ValueRef> = Vec::with_capacity(columns.len());
        for i in 0..columns.len() {
            values.push(row.get_ref(i)?);
        }
        write.execute(values.as_slice())?;
        copied += 1;
    }
    Ok(copied)
}

/// The last id a table's sequence gave (or its largest id): the next new
/// row gets a larger one, on either engine.
pub fn last_id(conn: &Connection, table: &str) -> Result<i64> {
    let largest: Option<i64> =
        conn.query_row(&format!("SELECT max(id) FROM {table}"), [], |r| r.get(0))?;
    let given: Option<i64> = if conn.is_postgres() {
        conn.query_row(
            "SELECT pg_sequence_last_value(?1::text::regclass)",
            [format!("{table}_id_seq")],
            |r| r.get(0),
        )?
    } else {
        // Our schema has AUTOINCREMENT tables: sqlite_sequence exists.
        conn.query_row(
            "SELECT max(seq) FROM sqlite_sequence WHERE name = ?1",
            [table],
            |r| r.get(0),
        )?
    };
    Ok(largest.unwrap_or(0).max(given.unwrap_or(0)))
}

fn move_sequence(conn: &Connection, table: &str, last: i64) -> Result<()> {
    if last == 0 {
        return Ok(());
    }
    if conn.is_postgres() {
        conn.query_row(
            "SELECT setval(?1::text::regclass, ?2)",
            (format!("{table}_id_seq"), last),
            |_| Ok(()),
        )?;
        return Ok(());
    }
    // Only AUTOINCREMENT tables have a row in sqlite_sequence.
    conn.execute(
        "UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1",
        (table, last),
    )?;
    Ok(())
}
