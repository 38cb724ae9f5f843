//! Where a file we write may go. Every file we write (`-o`, `--ics`,
//! `--rejects`, `backup`) is a temporary file renamed over its target, so
//! a target that is the database (or its WAL, shared-memory or journal
//! file, directly or through a symlink) would destroy it, and a device
//! such as `/dev/full` would be replaced by a regular file when run as
//! root. Both are refused before anything is written.
use std::path::{Path, PathBuf};

use crate::error::{AppError, Result};

/// The files SQLite keeps beside the database.
const SIDE_FILES: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// Refuses `target` when it is the database `db` or one of its side
/// files, an existing file that is not a regular file, or a file in a
/// folder that does not exist.
pub fn check(target: &Path, db: Option<&Path>) -> Result<()> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if std::fs::metadata(dir).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        return Err(AppError::io(crate::t!(
            "sys-cannot-write-no-folder",
            path = target.display().to_string(),
            folder = dir.display().to_string()
        ))
        .hint(crate::t!("sys-hint-create-folder")));
    }
    if let Ok(meta) = std::fs::metadata(target) {
        if meta.is_dir() {
            return Err(AppError::io(crate::t!(
                "sys-cannot-write-directory",
                path = target.display().to_string()
            ))
            .hint(crate::t!("sys-hint-name-file-in-it")));
        }
        if !meta.is_file() {
            return Err(AppError::io(crate::t!(
                "sys-cannot-write-not-regular",
                path = target.display().to_string()
            ))
            .hint(crate::t!("sys-hint-regular-file")));
        }
    }
    let Some(db) = db else { return Ok(()) };
    if let Some(suffix) = database_file(target, db) {
        let (path, db) = (target.display().to_string(), db.display().to_string());
        let message = if suffix.is_empty() {
            crate::t!("sys-refuse-write-database", path = path, db = db)
        } else {
            crate::t!(
                "sys-refuse-write-sidecar",
                path = path,
                suffix = suffix.to_string(),
                db = db
            )
        };
        return Err(AppError::io(message).hint(crate::t!("sys-hint-backup-copies")));
    }
    Ok(())
}

/// Which of the database's files `target` is (`""` for the database
/// itself, else the suffix), if any.
fn database_file(target: &Path, db: &Path) -> Option<&'static str> {
    let target = resolved(target)?;
    let db = resolved(db)?;
    SIDE_FILES.iter().copied().find(|suffix| {
        let mut side = db.clone().into_os_string();
        side.push(suffix);
        let side = PathBuf::from(side);
        side == target || same_file(&target, &side)
    })
}

/// The absolute path with symlinks resolved; for a file that does not
/// exist yet, its folder's resolved path joined with its name.
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = std::fs::canonicalize(path) {
        return Some(p);
    }
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(dir).ok()?.join(name))
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &Path, _: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_and_its_side_files_are_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("desk.db");
        std::fs::write(&db, b"db").expect("write");
        for name in ["desk.db", "desk.db-wal", "desk.db-shm", "./desk.db"] {
            let target = dir.path().join(name);
            assert!(check(&target, Some(&db)).is_err(), "{name}");
        }
        assert!(check(&dir.path().join("out.csv"), Some(&db)).is_ok());
        assert!(check(&dir.path().join("desk.db.csv"), Some(&db)).is_ok());
        assert!(check(&dir.path().join("missing/out.csv"), Some(&db)).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_the_database_and_a_device_are_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("desk.db");
        std::fs::write(&db, b"db").expect("write");
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&db, &link).expect("symlink");
        assert!(check(&link, Some(&db)).is_err());
        assert!(check(Path::new("/dev/null"), None).is_err());
    }
}
