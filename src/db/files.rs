//! The database file and the files SQLite keeps beside it (`-wal`, `-shm`):
//! what is checked and mended before SQLite opens them. No connection is
//! open yet, so opening the files here cannot drop SQLite's POSIX locks.
use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

use crate::error::{AppError, Result};

/// `desk.db` → `desk.db-wal`.
pub(super) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

pub(super) fn len(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// An existing file with nothing in it (nor in a WAL beside it) holds no
/// database. SQLite would take it for a new one, and a command would build
/// the schema into it and report empty lists; a copy cut to nothing is
/// damage, not a fresh start.
pub fn refuse_blank(path: &Path) -> Result<()> {
    if len(path) > 0 || len(&sidecar(path, "-wal")) > 0 {
        return Ok(());
    }
    Err(AppError::io(format!(
        "{}: {}",
        path.display(),
        crate::t!("sys-db-empty-file")
    ))
    .hint(crate::t!(
        "sys-hint-db-empty-file",
        path = path.display().to_string()
    )))
}

/// A session on a read-only database file leaves its `-wal` and `-shm`
/// with the file's read-only mode. Once the file is writable again, SQLite
/// would still open them read-only and refuse every write as "read-only";
/// give them the file's mode back. Files of another owner stay as they are.
#[cfg(unix)]
pub fn mend_sidecar_modes(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if OpenOptions::new().write(true).open(path).is_err() {
        return;
    }
    let mode = meta.permissions().mode() & 0o777;
    for suffix in ["-wal", "-shm"] {
        let side = sidecar(path, suffix);
        if side.exists() && OpenOptions::new().write(true).open(&side).is_err() {
            let _ = std::fs::set_permissions(&side, std::fs::Permissions::from_mode(mode));
        }
    }
}

#[cfg(not(unix))]
pub fn mend_sidecar_modes(_path: &Path) {}
