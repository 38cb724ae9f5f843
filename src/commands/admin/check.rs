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
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let found = stmt.query_map([], |r| r.get(0))?;
    found.collect()
}

fn foreign_keys(conn: &Connection) -> crate::db::SqlResult<Vec<(String, i64)>> {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let found = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    found.collect()
}
