//! `check`: SQLite's integrity check, the foreign-key check and the schema
//! version; exit 7 on any damage.
use crate::context::Ctx;
use crate::db::{schema_version, LATEST_VERSION};
use crate::error::{AppError, Result};
use crate::ui;

pub fn run(ctx: &mut Ctx) -> Result<()> {
    let conn = &ctx.db.conn;
    let mut problems = Vec::new();
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let integrity: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if integrity != ["ok"] {
        problems.extend(
            integrity
                .into_iter()
                .take(20)
                .map(|p| format!("integrity: {p}")),
        );
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let broken: Vec<(String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    problems.extend(
        broken
            .into_iter()
            .take(20)
            .map(|(table, row)| format!("foreign key: {table} row {row} points nowhere")),
    );
    let version = schema_version(conn)?;
    if problems.is_empty() {
        ui::note(&format!(
            "{}: integrity ok, foreign keys ok, schema version {version} of {LATEST_VERSION}",
            ctx.db.path.display()
        ));
        return Ok(());
    }
    let mut lines = vec![format!("{} is damaged:", ctx.db.path.display())];
    lines.extend(problems);
    Err(AppError::with_lines(crate::error::ErrorKind::Io, lines)
        .hint("restore the latest copy made with `expatdesk backup FILE`"))
}
