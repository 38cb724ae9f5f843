//! What an import remembers about its rows, kept in TEMP tables of its own
//! connection rather than in memory, so memory stays flat however many
//! rows are rejected or match stored residents (SPEC §3): the error text
//! of each rejected row, by record number, and the stored residents
//! matched so far with the first line that matched each. SQLite keeps
//! them in its page cache and spills the rest to a temporary file.
use crate::db::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::residents::ResidentData;

/// Creates (or empties) the import's tables.
pub fn open(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS import_rejects (
             record INTEGER PRIMARY KEY, error TEXT NOT NULL);
         CREATE TEMP TABLE IF NOT EXISTS import_matched (
             resident_id INTEGER PRIMARY KEY, line INTEGER NOT NULL,
             external_id TEXT, family_name TEXT, given_name TEXT, nationality TEXT NOT NULL,
             birth_date TEXT, community_id INTEGER NOT NULL, passport_number TEXT);
         DELETE FROM temp.import_rejects;
         DELETE FROM temp.import_matched;",
    )?;
    Ok(())
}

/// Records that row `record` is rejected with `error`.
pub fn reject(conn: &Connection, record: u64, error: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO temp.import_rejects (record, error) VALUES (?1, ?2)
         ON CONFLICT (record) DO UPDATE SET error = excluded.error",
    )?
    .execute(params![record as i64, error])?;
    Ok(())
}

pub fn is_rejected(conn: &Connection, record: u64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM temp.import_rejects WHERE record = ?1")?
        .query_row([record as i64], |_| Ok(()))
        .optional()?
        .is_some())
}

/// How many rows are rejected.
pub fn rejected(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row("SELECT count(*) FROM temp.import_rejects", [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Every rejected row's record number and error, in record order.
pub fn each_reject(conn: &Connection, f: &mut dyn FnMut(u64, String) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare("SELECT record, error FROM temp.import_rejects ORDER BY record")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        f(u64::try_from(row.get::<i64>(0)?).unwrap_or(0), row.get(1)?)?;
    }
    Ok(())
}

/// The first line that matched stored resident `id`, with what the
/// duplicate rules compare of that row.
pub fn first_match(conn: &Connection, id: i64) -> Result<Option<(u64, ResidentData)>> {
    Ok(conn
        .prepare_cached(
            "SELECT line, external_id, family_name, given_name, nationality, birth_date,
                    community_id, passport_number
             FROM temp.import_matched WHERE resident_id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                u64::try_from(r.get::<i64>(0)?).unwrap_or(0),
                ResidentData {
                    external_id: r.get(1)?,
                    family_name: r.get(2)?,
                    given_name: r.get(3)?,
                    nationality: r.get(4)?,
                    birth_date: r.get(5)?,
                    community_id: r.get(6)?,
                    passport_number: r.get(7)?,
                    ..ResidentData::default()
                },
            ))
        })
        .optional()?)
}

/// Notes that line `line` matched stored resident `id`.
pub fn note_match(conn: &Connection, id: i64, line: u64, d: &ResidentData) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO temp.import_matched (resident_id, line, external_id, family_name,
             given_name, nationality, birth_date, community_id, passport_number)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
    )?
    .execute(params![
        id,
        line as i64,
        d.external_id,
        d.family_name,
        d.given_name,
        d.nationality,
        d.birth_date,
        d.community_id,
        d.passport_number
    ])?;
    Ok(())
}
