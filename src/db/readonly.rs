//! A database SQLite cannot write beside: on a read-only mount, or in a
//! folder its user may not write. Such a file is opened read-only and
//! immutable (SQLite then needs no `-shm` beside it and takes no locks),
//! so reading commands work; every refused write names the cause. A
//! `-wal` holding pages is refused instead: read without it, the data
//! would be out of date, and only a writer can fold it in.
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rusqlite::{Connection, OpenFlags};

use super::files::{len, sidecar};
use crate::error::{AppError, Result};

/// Why the database cannot be written where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnly {
    /// The file system is mounted read-only.
    Mount,
    /// The folder is not writable for this user: SQLite cannot create its
    /// `-wal` and `-shm` beside the file.
    Folder,
    /// Only the file is read-only (its folder is writable).
    File,
}

/// Whether (and why) `path` cannot be written: the folder first, since a
/// database whose folder is read-only cannot be opened the usual way.
#[cfg(unix)]
pub fn read_only(path: &Path) -> Option<ReadOnly> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let cause = |p: &Path| {
        if mounted_read_only(p) {
            ReadOnly::Mount
        } else if p == dir {
            ReadOnly::Folder
        } else {
            ReadOnly::File
        }
    };
    if !writable(dir) {
        return Some(cause(dir));
    }
    (path.exists() && !writable(path)).then(|| cause(path))
}

#[cfg(not(unix))]
pub fn read_only(_path: &Path) -> Option<ReadOnly> {
    None
}

#[cfg(unix)]
fn c_path(path: &Path) -> Option<std::ffi::CString> {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::CString::new(path.as_os_str().as_bytes()).ok()
}

/// `access(W_OK)`: the kernel's answer for this user, read-only mounts
/// included (root too gets `EROFS`).
#[cfg(unix)]
fn writable(path: &Path) -> bool {
    // SAFETY: a NUL-terminated path that lives across the call.
    c_path(path).is_none_or(|p| unsafe { libc::access(p.as_ptr(), libc::W_OK) } == 0)
}

#[cfg(unix)]
fn mounted_read_only(path: &Path) -> bool {
    let Some(p) = c_path(path) else { return false };
    let mut stat = std::mem::MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: `statvfs` fills `stat` when it returns 0.
    let rc = unsafe { libc::statvfs(p.as_ptr(), stat.as_mut_ptr()) };
    // SAFETY: initialised by the successful call.
    rc == 0 && unsafe { stat.assume_init() }.f_flag & libc::ST_RDONLY != 0
}

/// A `-wal` beside `path` that holds pages: opened read-only, the
/// database would miss them, and they cannot be folded in.
pub fn wal_to_recover(path: &Path) -> Option<PathBuf> {
    let wal = sidecar(path, "-wal");
    (len(&wal) > 0).then_some(wal)
}

/// `path` as an SQLite URI that opens it read-only and, where SQLite
/// cannot keep its shared-memory file beside it, as immutable.
pub fn read_only_uri(path: &Path, immutable: bool) -> String {
    let text = path.to_string_lossy();
    let mut uri = String::from("file:");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str(if immutable {
        "?mode=ro&immutable=1"
    } else {
        "?mode=ro"
    });
    uri
}

/// Why this run's database is read-only, for the hint of every refused
/// write (one database per run).
pub(super) static READ_ONLY: OnceLock<String> = OnceLock::new();

pub(super) fn note_read_only(path: &Path, cause: ReadOnly) {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let hint = match cause {
        ReadOnly::Mount => crate::t!("sys-hint-read-only-mount", path = dir.display().to_string()),
        ReadOnly::Folder => {
            crate::t!(
                "sys-hint-read-only-folder",
                path = dir.display().to_string()
            )
        }
        ReadOnly::File => return,
    };
    let _ = READ_ONLY.set(hint);
}

/// A database in a folder SQLite cannot write: opened read-only and
/// immutable (no `-shm` is needed, nothing is locked), so reading commands
/// work. Refused (exit 7) when its `-wal` holds pages that only a writer
/// can fold in: read without them, the data would be out of date.
pub(super) fn open_read_only(path: &Path, cause: ReadOnly) -> Result<Connection> {
    note_read_only(path, cause);
    if let Some(wal) = wal_to_recover(path) {
        let wal = wal.display().to_string();
        let problem = if cause == ReadOnly::Mount {
            crate::t!("sys-db-wal-read-only-mount", wal = wal)
        } else {
            crate::t!("sys-db-wal-read-only-folder", wal = wal)
        };
        return Err(AppError::io(format!("{}: {problem}", path.display()))
            .hint(crate::t!("sys-hint-db-wal")));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(read_only_uri(path, true), flags)
        .map_err(|e| super::at_path(e, path))
}
