//! Opening the database: location rules, per-connection pragmas, schema
//! migrations, IMMEDIATE write transactions, and the translation of SQLite
//! failures into the exit codes of SPEC §1.
pub mod audit;
mod conn;
pub mod copy;
pub(crate) mod dialect;
mod files;
mod functions;
mod migrate;
pub mod pg;
pub use pg::CopyRows;
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
        if pg::is_url(&location.path.to_string_lossy()) {
            return Db::open_server(location, create);
        }
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
        if let Some(lite) = conn.lite() {
            enter_wal(lite).map_err(|e| at_path(e, path))?;
        }
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

    /// The shared database of SPEC §10. Only `init` (and `demo`) create
    /// the schema in an empty database; any other command names it.
    fn open_server(location: &Location, create: Create) -> Result<Db> {
        let url = location.path.to_string_lossy().into_owned();
        let (config, tls) = pg::config(&url).map_err(bad_url)?;
        let server = pg::shown(&config);
        let conn = Connection::postgres(
            pg::Pg::connect(&config, &tls).map_err(|e| connect_error(&e, &server))?,
        );
        let version = migrate::schema_version(&conn)?;
        if version == 0 {
            if create != Create::Allowed {
                return Err(
                    AppError::io(crate::t!("sys-db-server-no-schema", server = server))
                        .hint(crate::t!("sys-hint-db-server-init", server = url)),
                );
            }
            let tables: i64 = conn.query_row(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
                [],
                |r| r.get(0),
            )?;
            if tables > 0 {
                return Err(
                    AppError::io(crate::t!("sys-db-foreign-server", server = server))
                        .hint(crate::t!("sys-hint-db-foreign-server")),
                );
            }
        }
        migrate::migrate_server(&conn, version)?;
        Ok(Db {
            conn,
            path: location.path.clone(),
        })
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
        Error::Postgres(e) => map_server_error(&e),
        other => AppError::internal(format!("database error: {other}")),
    }
}

fn bad_url(err: pg::BadUrl) -> AppError {
    match err {
        pg::BadUrl::Password => AppError::usage(crate::t!("sys-db-url-password"))
            .hint(crate::t!("sys-hint-db-url-password")),
        pg::BadUrl::NoRootCert(mode) => {
            AppError::usage(crate::t!("sys-db-url-no-root-cert", mode = mode))
                .hint(crate::t!("sys-hint-db-url-root-cert"))
        }
        pg::BadUrl::Unreadable(reason) => {
            AppError::usage(crate::t!("sys-db-url-unreadable", reason = reason))
                .hint(crate::t!("sys-hint-db-url"))
        }
    }
}

/// Connecting failed: the server is unreachable, or it refused us.
fn connect_error(err: &pg::ConnectError, server: &str) -> AppError {
    let err = match err {
        pg::ConnectError::Server(err) => err,
        pg::ConnectError::Tls(reason) => {
            return AppError::io(crate::t!(
                "sys-db-server-unreachable",
                server = server.to_string(),
                reason = reason.to_string()
            ))
            .hint(crate::t!("sys-hint-db-url-root-cert"))
        }
    };
    let reason = server_reason(err);
    if err.code().is_some() {
        return AppError::io(crate::t!(
            "sys-db-server-login",
            server = server.to_string(),
            reason = reason
        ))
        .hint(crate::t!("sys-hint-db-server-login"));
    }
    AppError::io(crate::t!(
        "sys-db-server-unreachable",
        server = server.to_string(),
        reason = reason
    ))
    .hint(crate::t!("sys-hint-db-server-unreachable"))
}

/// The server's own message, or the client's, with its cause.
fn server_reason(err: &postgres::Error) -> String {
    if let Some(db) = err.as_db_error() {
        return db.message().to_string();
    }
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text
}

/// PostgreSQL's SQLSTATEs, in the same terms and exit codes as SQLite's.
fn map_server_error(err: &postgres::Error) -> AppError {
    let reason = server_reason(err);
    let Some(code) = err.code().map(|c| c.code()) else {
        return AppError::io(crate::t!("sys-db-server-lost", reason = reason))
            .hint(crate::t!("sys-hint-db-server-lost"));
    };
    match code {
        // A lock not granted within lock_timeout, a serialization failure,
        // a deadlock, a statement cancelled: the database is busy.
        "55P03" | "40001" | "40P01" | "57014" => {
            AppError::new(ErrorKind::Busy, crate::t!("sys-db-busy"))
                .hint(crate::t!("sys-hint-db-busy"))
        }
        "23514" => AppError::io(crate::t!("sys-db-check-refused", reason = reason))
            .hint(crate::t!("sys-hint-db-check-refused")),
        c if c.starts_with("23") => {
            AppError::conflict(crate::t!("sys-db-refused", reason = reason))
        }
        "53100" => disk_full(),
        "25006" => {
            AppError::io(crate::t!("sys-db-read-only")).hint(crate::t!("sys-hint-db-read-only"))
        }
        c if c.starts_with("08") || c.starts_with("57P") => {
            AppError::io(crate::t!("sys-db-server-lost", reason = reason))
                .hint(crate::t!("sys-hint-db-server-lost"))
        }
        c if c.starts_with("53") || c.starts_with("58") => {
            AppError::io(crate::t!("sys-db-io-error", reason = reason))
        }
        _ => AppError::internal(format!("database error: {code}: {reason}")),
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
