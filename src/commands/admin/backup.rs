//! `backup FILE`: SQLite's online backup (on PostgreSQL: a copy of one
//! snapshot into a new SQLite file) into a temporary file beside
//! FILE, checked (`quick_check`), then renamed into place; readable by the
//! owner only. The copy is written without a rollback journal (a failed
//! copy is thrown away whole, so there is nothing to roll back to), and a
//! temporary file left by a killed backup is removed by the next file
//! written into that folder (`output::scratch`).
use std::path::PathBuf;

use clap::Args;

use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::output::scratch::Scratch;
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy ({date} is filled in)
    pub file: PathBuf,
}

pub fn run(ctx: &mut Ctx, args: &BackupArgs) -> Result<()> {
    let path = crate::output::fill_placeholders(&args.file, ctx.clock.today(), None);
    ctx.out.check_target(&path)?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = Scratch::create(&dir).map_err(|e| AppError::io_at(&path, "write", &e))?;
    match ctx.db.conn.lite() {
        Some(lite) => online_backup(lite, &ctx.db.path, temp.path())?,
        // On PostgreSQL: the same schema in a new SQLite file, filled from
        // one snapshot of the server.
        None => {
            let location = crate::db::Location {
                path: temp.path().to_path_buf(),
                explicit: true,
            };
            let snapshot = crate::db::Db::open(&location, crate::db::Create::Allowed)?;
            crate::db::copy::copy_all(&ctx.db.conn, &snapshot.conn, None)?;
            // A file that opens anywhere, read-only media too: no WAL.
            snapshot.conn.execute_batch("PRAGMA journal_mode=DELETE")?;
        }
    }
    temp.file()
        .and_then(|f| f.sync_all())
        .map_err(|e| AppError::io_at(&path, "write", &e))?;
    temp.persist(&path)
        .map_err(|e| AppError::io_at(&path, "write", &e))?;
    ui::note(&t!(
        "desk-backed-up",
        from = ctx.db.path.display().to_string(),
        to = path.display().to_string()
    ));
    Ok(())
}

/// SQLite's online backup of `source` (the database at `path`) into the
/// empty file `dest`, checked.
fn online_backup(
    source: &rusqlite::Connection,
    path: &std::path::Path,
    dest: &std::path::Path,
) -> Result<()> {
    let mut dest = rusqlite::Connection::open(dest)?;
    // Checked: without a journal nothing must be left beside the copy.
    let mode: String = dest.query_row("PRAGMA journal_mode=OFF", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("off") {
        return Err(AppError::internal(format!(
            "the backup copy kept journal mode {mode}"
        )));
    }
    let backup = rusqlite::backup::Backup::new(source, &mut dest)?;
    // All pages in one step, inside one read transaction: under WAL the
    // copy is the snapshot of its start and writers go on. Copied in
    // slices instead, every write from another desk restarted the copy,
    // and a desk that kept writing starved the backup for ever.
    copy_all_pages(&backup)?;
    drop(backup);
    dest.execute_batch("PRAGMA journal_mode=DELETE;")?;
    // The online backup copies pages as they are: a damaged database
    // must not pass for a good copy.
    let verdict: String = dest.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(AppError::io(t!(
            "desk-backup-damaged",
            file = path.display().to_string(),
            verdict = verdict
        ))
        .hint(t!("desk-backup-damaged-hint")));
    }
    Ok(())
}

/// Steps the backup with all pages at once until it is done. A busy or
/// locked source is waited out for as long as any other write would wait;
/// past that the command fails busy (exit 6) like them.
fn copy_all_pages(backup: &rusqlite::backup::Backup<'_, '_>) -> Result<()> {
    use rusqlite::backup::StepResult;
    let deadline = std::time::Instant::now() + crate::db::BUSY_TIMEOUT;
    loop {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ => {
                if std::time::Instant::now() >= deadline {
                    return Err(rusqlite::Error::SqliteFailure(
                        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                        None,
                    )
                    .into());
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
    }
}
