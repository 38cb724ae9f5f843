//! Opening the database: location rules, per-connection pragmas, schema
//! migrations, IMMEDIATE write transactions, and the translation of SQLite
//! failures into the exit codes of SPEC §1.
pub mod audit;
mod conn;
mod files;
mod functions;
mod migrate;
mod readonly;
pub mod values;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{ffi, OpenFlags};

pub use crate::params;
pub use conn::{
    params_from_iter, Begin, Connection, Error, FromValue, MappedRows, OptionalExtension, Params,
    Result as SqlResult, Row, Rows, Statement, ToValue, Transaction, Value, ValueRef,
};

use crate::error::{AppError, ErrorKind, Result};
pub use migrate::{schema_version, LATEST_VERSION};
use readonly::{note_read_only, open_read_only, ReadOnly, READ_ONLY};

pub const DB_ENV: &str = "EXPATDESK_DB";
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Where the database is and whether the user named it.
#[derive(Debug, Clone)]
pub struct Location {
    pub path: PathBuf,
    pub explicit: bool,
}

impl Location {
    /// `--db`/`EXPATDESK_DB` (clap fills both), else the platform data dir.
    pub fn resolve(flag: Option<PathBuf>) -> Result<Self> {
        if let Some(path) = flag {
            refuse_server_url(&path)?;
            return Ok(Location {
                path,
                explicit: true,
            });
        }
        let dirs = directories::ProjectDirs::from("", "", "expatdesk").ok_or_else(|| {
            AppError::io(crate::t!("sys-db-no-home")).hint(crate::t!("sys-hint-db-path"))
        })?;
        Ok(Location {
            path: dirs.data_dir().join("expatdesk.db"),
            explicit: false,
        })
    }
}

/// A `postgres://` address names the shared mode of SPEC §10, which this
/// build does not have: taken as a file name, `init` would quietly make a
/// local file under `./postgres:/` and the desk would think it shares the
/// server's data. Refused instead, before anything is opened.
fn refuse_server_url(path: &Path) -> Result<()> {
    let text = path.to_string_lossy();
    let scheme = text.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    if matches!(scheme.as_deref(), Some("postgres" | "postgresql")) {
        return Err(AppError::usage(crate::t!("sys-db-server-not-built"))
            .hint(crate::t!("sys-hint-db-server-not-built")));
    }
    Ok(())
}

/// May this command create the database file?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    /// `init`, `demo`, and the default location.
    Allowed,
    /// An explicitly named database must already exist.
    Never,
}

pub struct Db {
    pub conn: Connection,
    pub path: PathBuf,
}

impl Db {
    pub fn open(location: &Location, create: Create) -> Result<Db> {
        let path = &location.path;
        let may_create = create == Create::Allowed || !location.explicit;
        if !path.exists() {
            if !may_create {
                let shown = path.display().to_string();
                return Err(
                    AppError::io(crate::t!("sys-db-missing", path = shown.clone()))
                        .hint(crate::t!("sys-hint-db-init", path = shown)),
                );
            }
            create_private_file(path)?;
        } else if !may_create {
            files::refuse_blank(path)?;
        }
        files::mend_sidecar_modes(path);
        let conn = match readonly::read_only(path) {
            Some(cause @ (ReadOnly::Mount | ReadOnly::Folder)) => open_read_only(path, cause)?,
            cause => {
                if let Some(cause) = cause {
                    note_read_only(path, cause);
                }
                let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
                rusqlite::Connection::open_with_flags(path, flags).map_err(|e| at_path(e, path))?
            }
        };
        configure(&conn).map_err(|e| at_path(e, path))?;
        let conn = Connection::sqlite(conn);
        migrate::refuse_foreign(&conn).map_err(|e| at_path_app(e, path))?;
        enter_wal(conn.lite()).map_err(|e| at_path(e, path))?;
        let mut db = Db {
            conn,
            path: path.clone(),
        };
        migrate::migrate(&mut db).map_err(|e| at_path_app(e, path))?;
        // A backup or export beside the database that was killed left its
        // temporary copy here: any next command removes it.
        if let Some(dir) = path.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            crate::output::scratch::sweep(dir);
        }
        Ok(db)
    }

    /// An in-memory database with the full schema, for unit tests.
    pub fn in_memory() -> Result<Db> {
        let conn = rusqlite::Connection::open_in_memory()?;
        conn.execute_batch("PRAGMA foreign_keys=ON;")?;
        functions::register(&conn)?;
        let mut db = Db {
            conn: Connection::sqlite(conn),
            path: PathBuf::from(":memory:"),
        };
        migrate::migrate(&mut db)?;
        Ok(db)
    }

    /// Runs `body` in one IMMEDIATE transaction: the write lock is taken up
    /// front (waiting up to the busy timeout), so a busy database fails
    /// before anything is done, and any error rolls everything back.
    pub fn write<T>(&mut self, body: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.conn.transaction(Begin::Immediate, body)
    }
}

/// For one bulk load into an empty table: a rollback journal instead of
/// the WAL, which would write every page twice. Only possible while no
/// other connection has the file open; `false` (staying in WAL) otherwise.
/// Crash-safe either way: a hot journal is rolled back on the next open.
pub fn try_rollback_journal(conn: &Connection) -> bool {
    conn.query_row("PRAGMA journal_mode=DELETE", [], |row| row.get::<String>(0))
        .is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"))
}

/// Back to WAL after `try_rollback_journal`.
pub fn back_to_wal(conn: &Connection) -> Result<()> {
    conn.query_row("PRAGMA journal_mode=WAL", [], |row| row.get::<String>(0))?;
    Ok(())
}

/// New database files are readable by their owner only.
fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| AppError::io_at(dir, "create folder", &e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .map_err(|e| AppError::io_at(path, "create", &e))?;
    Ok(())
}

fn configure(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch(
        "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;",
    )?;
    functions::register(conn)
}

fn enter_wal(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    // Switching to WAL writes the header; on a read-only file that fails, and
    // reading still works, so only a real failure of another kind counts.
    let mode: rusqlite::Result<String> =
        conn.query_row("PRAGMA journal_mode=WAL", [], |row| row.get(0));
    match mode {
        Ok(_) => Ok(()),
        Err(e) if sqlite_code(&e) == Some(ffi::ErrorCode::ReadOnly) => Ok(()),
        Err(e) => Err(e),
    }
}

fn sqlite_code(err: &rusqlite::Error) -> Option<ffi::ErrorCode> {
    match err {
        rusqlite::Error::SqliteFailure(e, _) => Some(e.code),
        _ => None,
    }
}

fn extended_code(err: &rusqlite::Error) -> Option<std::ffi::c_int> {
    match err {
        rusqlite::Error::SqliteFailure(e, _) => Some(e.extended_code),
        _ => None,
    }
}

fn at_path(err: rusqlite::Error, path: &Path) -> AppError {
    at_path_app(map_sqlite_error(err), path)
}

fn at_path_app(mut err: AppError, path: &Path) -> AppError {
    if err.kind == ErrorKind::Io {
        if let Some(first) = err.lines.first_mut() {
            *first = format!("{}: {first}", path.display());
        }
    }
    err
}

/// A failure below the stores, in the user's terms and exit codes.
pub fn map_error(err: Error) -> AppError {
    match err {
        Error::Sqlite(e) => map_sqlite_error(e),
        other => AppError::internal(format!("database error: {other}")),
    }
}

/// SQLite's result codes, in the user's terms and exit codes.
pub fn map_sqlite_error(err: rusqlite::Error) -> AppError {
    use ffi::ErrorCode as C;
    let Some(code) = sqlite_code(&err) else {
        return AppError::internal(format!("database error: {err}"));
    };
    match code {
        C::DatabaseBusy | C::DatabaseLocked => {
            AppError::new(ErrorKind::Busy, crate::t!("sys-db-busy"))
                .hint(crate::t!("sys-hint-db-busy"))
        }
        C::ReadOnly => AppError::io(crate::t!("sys-db-read-only")).hint(
            READ_ONLY
                .get()
                .cloned()
                .unwrap_or_else(|| crate::t!("sys-hint-db-read-only")),
        ),
        C::CannotOpen | C::PermissionDenied => {
            AppError::io(crate::t!("sys-db-cannot-open")).hint(crate::t!("sys-hint-db-cannot-open"))
        }
        C::NotADatabase | C::DatabaseCorrupt => {
            AppError::io(crate::t!("sys-db-damaged")).hint(crate::t!("sys-hint-db-damaged"))
        }
        C::DiskFull => disk_full(),
        C::SystemIoFailure if last_os_error_was_disk_full() => disk_full(),
        C::SystemIoFailure => AppError::io(crate::t!("sys-db-io-error", reason = err.to_string())),
        // A row that already held a value its CHECK forbids (written
        // behind our back, kept by migration 0006) cannot be updated.
        C::ConstraintViolation if extended_code(&err) == Some(ffi::SQLITE_CONSTRAINT_CHECK) => {
            AppError::io(crate::t!("sys-db-check-refused", reason = err.to_string()))
                .hint(crate::t!("sys-hint-db-check-refused"))
        }
        C::ConstraintViolation => {
            AppError::conflict(crate::t!("sys-db-refused", reason = err.to_string()))
        }
        _ => AppError::internal(format!("database error: {err}")),
    }
}

fn disk_full() -> AppError {
    AppError::io(crate::t!("sys-db-disk-full")).hint(crate::t!("sys-hint-free-space"))
}

/// SQLite reports some failures for lack of space as plain I/O errors
/// (growing the shared-memory index when the database is opened, say); the
/// OS error its failed call left behind tells them apart.
fn last_os_error_was_disk_full() -> bool {
    std::io::Error::last_os_error().kind() == std::io::ErrorKind::StorageFull
}
