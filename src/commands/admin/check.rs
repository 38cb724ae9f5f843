//! `check`: SQLite's integrity check, the foreign-key check, the schema
//! version, and every stored value against its rules (`db::values`:
//! vocabularies, dates, date-times, waitlist positions, seats …); exit 7
//! on any problem, one line per finding naming the file, table, id,
//! column and value.
use crate::db::Connection;

use crate::context::Ctx;
use crate::db::{schema_version, values, LATEST_VERSION};
use crate::error::{AppError, ErrorKind, Result};
use crate::t;
use crate::ui;

/// At most this many problems of each check are listed.
const SHOWN: usize = 20;

pub fn run(ctx: &mut Ctx) -> Result<()> {
    let conn = &ctx.db.conn;
    let mut problems = Vec::new();
    match integrity(conn) {
        Ok(found) if found == ["ok"] => {}
        // A row may hold several lines ("*** in database main ***\n…").
        // A row that breaks a CHECK constraint is not damage to the file:
        // the value check below names its value.
        Ok(found) => problems.extend(
            found
                .iter()
                .flat_map(|p| p.lines())
                .filter(|l| !l.trim().is_empty() && !l.starts_with("CHECK constraint failed"))
                .take(SHOWN)
                .map(|p| t!("desk-check-integrity", problem = p)),
        ),
        // A page too damaged to walk stops the check itself.
        Err(e) => problems.push(t!("desk-check-integrity-stopped", error = e.to_string())),
    }
    match foreign_keys(conn) {
        Ok(broken) => problems.extend(broken.into_iter().take(SHOWN).map(|(table, row)| {
            t!(
                "desk-check-foreign-key",
                table = table,
                id = row.to_string()
            )
        })),
        Err(e) => problems.push(t!("desk-check-foreign-key-stopped", error = e.to_string())),
    }
    let mut values_bad = false;
    // Values are read only from a file whose pages hold together.
    if problems.is_empty() {
        let found = values::check(conn, SHOWN)?;
        values_bad = found.total > 0;
        problems.extend(found.shown);
        if found.total > SHOWN {
            problems.push(t!("desk-check-more-values", count = (found.total - SHOWN)));
        }
    }
    if problems.is_empty() {
        let version = schema_version(conn)?;
        ui::note(&t!(
            "desk-check-ok",
            file = ctx.db.path.display().to_string(),
            version = version.to_string(),
            latest = LATEST_VERSION.to_string()
        ));
        return Ok(());
    }
    // One finding per line, each complete and naming the file: `error:`
    // starts every line, so no line may be a heading for the next.
    let path = ctx.db.path.display();
    let lines = problems.iter().map(|p| format!("{path}: {p}")).collect();
    let err = AppError::with_lines(ErrorKind::Io, lines);
    if values_bad {
        return Err(err
            .hint(t!("desk-check-values-hint"))
            .hint(t!("desk-check-values-restore-hint")));
    }
    Err(err.hint(t!("desk-check-damaged-hint")))
}

fn integrity(conn: &Connection) -> crate::db::SqlResult<Vec<String>> {
    // The server keeps its own pages whole (checksums, WAL replay); what
    // `check` adds there is the foreign-key and value checks below.
    if conn.is_postgres() {
        return Ok(vec!["ok".to_string()]);
    }
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let found = stmt.query_map([], |r| r.get(0))?;
    found.collect()
}

fn foreign_keys(conn: &Connection) -> crate::db::SqlResult<Vec<(String, i64)>> {
    if conn.is_postgres() {
        return server_foreign_keys(conn);
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let found = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    found.collect()
}

/// Rows whose reference points nowhere, on PostgreSQL: every one-column
/// foreign key of the schema, read from the catalogue and checked row by
/// row (the server enforces them, so this finds rows only where someone
/// turned the triggers off). A row is named by its id, else by the
/// reference it holds.
fn server_foreign_keys(conn: &Connection) -> crate::db::SqlResult<Vec<(String, i64)>> {
    let keys: Vec<(String, String, String, String, bool)> = conn
        .prepare(
            "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text,
                    pa.attname,
                    EXISTS (SELECT 1 FROM pg_attribute i
                            WHERE i.attrelid = c.conrelid AND i.attname = 'id')
             FROM pg_constraint c
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
             JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
             WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
             ORDER BY 1, 2",
        )?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<crate::db::SqlResult<_>>()?;
    let mut broken = Vec::new();
    for (table, column, parent, key, has_id) in keys {
        // Names from the catalogue of our own schema, not from input.
        let named = if has_id {
            "c.id".to_string()
        } else {
            format!("c.{column}")
        };
        let sql = format!(
            "SELECT {named} FROM {table} c WHERE c.{column} IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{key} = c.{column})
             ORDER BY 1"
        );
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map([], |r| r.get::<i64>(0))?;
        for row in rows {
            broken.push((table.clone(), row?));
        }
    }
    Ok(broken)
}
