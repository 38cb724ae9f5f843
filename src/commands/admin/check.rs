//! `check`: SQLite's integrity check, the foreign-key check and the schema
//! version; exit 7 on any damage, naming the file and what was found.
use rusqlite::Connection;

use crate::context::Ctx;
use crate::db::{schema_version, LATEST_VERSION};
use crate::error::{AppError, ErrorKind, Result};
use crate::ui;

/// At most this many problems of each check are listed.
const SHOWN: usize = 20;

pub fn run(ctx: &mut Ctx) -> Result<()> {
    let conn = &ctx.db.conn;
    let mut problems = Vec::new();
    match integrity(conn) {
        Ok(found) if found == ["ok"] => {}
        // A row may hold several lines ("*** in database main ***\n…").
        Ok(found) => problems.extend(
            found
                .iter()
                .flat_map(|p| p.lines())
                .filter(|l| !l.trim().is_empty())
                .take(SHOWN)
                .map(|p| format!("integrity check: {p}")),
        ),
        // A page too damaged to walk stops the check itself.
        Err(e) => problems.push(format!("the integrity check stopped: {e}")),
    }
    match foreign_keys(conn) {
        Ok(broken) => problems.extend(broken.into_iter().take(SHOWN).map(|(table, row)| {
            format!(
                "foreign key check: table {table}, id {row}: points to a row that does not exist"
            )
        })),
        Err(e) => problems.push(format!("the foreign key check stopped: {e}")),
    }
    if problems.is_empty() {
        let version = schema_version(conn)?;
        ui::note(&format!(
            "{}: integrity ok, foreign keys ok, schema version {version} of {LATEST_VERSION}",
            ctx.db.path.display()
        ));
        return Ok(());
    }
    // One finding per line, each complete and naming the file: `error:`
    // starts every line, so no line may be a heading for the next.
    let path = ctx.db.path.display();
    let lines = problems.iter().map(|p| format!("{path}: {p}")).collect();
    Err(AppError::with_lines(ErrorKind::Io, lines)
        .hint("the database is damaged: restore the latest copy made with `expatdesk backup FILE`"))
}

fn integrity(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let found = stmt.query_map([], |r| r.get(0))?;
    found.collect()
}

fn foreign_keys(conn: &Connection) -> rusqlite::Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let found = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    found.collect()
}
