//! The one error type of the program. Every failure a user can cause ends up
//! as an `AppError` whose `kind` maps 1:1 to an exit code of SPEC §1.
use std::fmt;

/// What went wrong, as the exit-code table of the spec names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Internal,
    Usage,
    NotFound,
    Conflict,
    Invalid,
    Busy,
    Io,
    SchemaTooNew,
    /// The reader of our output went away (`| head`): not an error for the user.
    BrokenPipe,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::Conflict => 4,
            ErrorKind::Invalid => 5,
            ErrorKind::Busy => 6,
            ErrorKind::Io => 7,
            ErrorKind::SchemaTooNew => 8,
            ErrorKind::BrokenPipe => 0,
        }
    }
}

/// An error for the user: one or more message lines and optional hints.
#[derive(Debug)]
pub struct AppError {
    pub kind: ErrorKind,
    pub lines: Vec<String>,
    pub hints: Vec<String>,
}

pub type Result<T, E = AppError> = std::result::Result<T, E>;

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError {
            kind,
            lines: vec![message.into()],
            hints: Vec::new(),
        }
    }
    pub fn with_lines(kind: ErrorKind, lines: Vec<String>) -> Self {
        AppError {
            kind,
            lines,
            hints: Vec::new(),
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
    /// The reader of stdout went away: the run ends quietly with 0, so
    /// the error has no text to show.
    pub fn broken_pipe() -> Self {
        Self::new(ErrorKind::BrokenPipe, String::new())
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, message)
    }
    pub fn io(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Io, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
    /// An I/O failure on `path`, with the OS reason in plain words.
    pub fn io_at(path: &std::path::Path, what: &str, err: &std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Self::broken_pipe();
        }
        let path = path.display().to_string();
        let reason = plain_io(err);
        // `what` is the English verb callers name; each has its message.
        let message = match what {
            "read" => crate::t!("sys-io-cannot-read", path = path, reason = reason),
            "write" => crate::t!("sys-io-cannot-write", path = path, reason = reason),
            "write in" => crate::t!("sys-io-cannot-write-in", path = path, reason = reason),
            "create" => crate::t!("sys-io-cannot-create", path = path, reason = reason),
            "create folder" => {
                crate::t!("sys-io-cannot-create-folder", path = path, reason = reason)
            }
            other => format!("cannot {other} {path}: {reason}"),
        };
        Self::io(message).disk_full_hint(err)
    }

    /// The way out of a full disk, when `err` is one.
    fn disk_full_hint(self, err: &std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::StorageFull {
            self.hint(crate::t!("sys-hint-disk-full"))
        } else {
            self
        }
    }
}

/// The OS reason without Rust's `(os error N)` suffix.
pub fn plain_io(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines.join("\n"))
    }
}

impl From<std::io::Error> for AppError {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return AppError::broken_pipe();
        }
        AppError::io(crate::t!("sys-io-error", reason = plain_io(&err))).disk_full_hint(&err)
    }
}

impl From<rusqlite::Error> for AppError {
    fn from(err: rusqlite::Error) -> Self {
        crate::db::map_sqlite_error(err)
    }
}

impl From<crate::db::Error> for AppError {
    fn from(err: crate::db::Error) -> Self {
        crate::db::map_error(err)
    }
}

impl From<csv::Error> for AppError {
    fn from(err: csv::Error) -> Self {
        match err.into_kind() {
            csv::ErrorKind::Io(io) => io.into(),
            other => AppError::invalid(crate::t!("sys-csv-error", detail = format!("{other:?}"))),
        }
    }
}

impl From<serde_json::Error> for AppError {
    fn from(err: serde_json::Error) -> Self {
        if let Some(kind) = err.io_error_kind() {
            return std::io::Error::from(kind).into();
        }
        AppError::internal(format!("cannot write JSON: {err}"))
    }
}
