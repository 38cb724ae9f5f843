//! Our temporary files beside a target (`-o`, `--ics`, `--rejects`,
//! `backup`): each is named `.expatdesk-PID-RANDOM.tmp`, created readable
//! by its owner only, and locked (`flock`, exclusive) by the process that
//! writes it for as long as it lives. A run that is killed cannot remove
//! its file, and such a file holds personal data, so every new temporary
//! file first `sweep`s its folder: a file of that pattern whose lock can be
//! taken and whose process is gone is left over, and it is removed with the
//! files SQLite keeps beside it (`-journal`, `-wal`, `-shm`). The lock
//! tells a live writer from a dead one; the pid guards the moment between
//! creating a file and locking it.
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

const PREFIX: &str = ".expatdesk-";
const SUFFIX: &str = ".tmp";
/// The files SQLite may leave beside a database it writes.
const SIDE_FILES: [&str; 3] = ["-journal", "-wal", "-shm"];

/// A locked temporary file; removed with its side files when dropped
/// unless persisted.
pub struct Scratch {
    /// `None` once persisted.
    temp: Option<NamedTempFile>,
    path: PathBuf,
}

impl Scratch {
    /// A new temporary file in `dir`, after removing what killed runs
    /// left there.
    pub fn create(dir: &Path) -> io::Result<Scratch> {
        sweep(dir);
        let temp = tempfile::Builder::new()
            .prefix(&format!("{PREFIX}{}-", std::process::id()))
            .suffix(SUFFIX)
            .tempfile_in(dir)?;
        if !try_lock(temp.as_file())? {
            return Err(io::Error::other(crate::t!("sys-scratch-locked")));
        }
        let path = temp.path().to_path_buf();
        Ok(Scratch {
            temp: Some(temp),
            path,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The open file (while not persisted).
    pub fn file(&mut self) -> io::Result<&mut File> {
        self.temp
            .as_mut()
            .map(NamedTempFile::as_file_mut)
            .ok_or_else(|| io::Error::other("the temporary file was already renamed"))
    }

    /// Renames the file over `target` (the lock goes with the handle).
    pub fn persist(mut self, target: &Path) -> io::Result<()> {
        remove_side_files(&self.path);
        match self.temp.take() {
            Some(temp) => temp.persist(target).map(drop).map_err(|e| e.error),
            None => Err(io::Error::other("the temporary file was already renamed")),
        }
    }
}

impl Write for Scratch {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file()?.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file()?.flush()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // The side files first: one without its file would be an orphan.
        // The file itself goes with `temp`.
        if self.temp.is_some() {
            remove_side_files(&self.path);
        }
    }
}

fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

fn remove_side_files(path: &Path) {
    for suffix in SIDE_FILES {
        let _ = std::fs::remove_file(side(path, suffix));
    }
}

/// Removes from `dir` the temporary files (and side files) of runs that
/// are gone. Best effort: what cannot be read or removed stays.
pub fn sweep(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(pid) = owner(name) else { continue };
        let path = entry.path();
        match SIDE_FILES.iter().find_map(|s| name.strip_suffix(s)) {
            // A side file whose temporary file is gone is left over.
            Some(main) if !dir.join(main).exists() && !alive(pid) => {
                let _ = std::fs::remove_file(&path);
            }
            Some(_) => {}
            None if !alive(pid) && unlocked(&path) => {
                remove_side_files(&path);
                let _ = std::fs::remove_file(&path);
            }
            None => {}
        }
    }
}

/// The pid in `.expatdesk-PID-RANDOM.tmp` (or one of its side files).
fn owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(PREFIX)?;
    let base = SIDE_FILES
        .iter()
        .find_map(|s| rest.strip_suffix(s))
        .unwrap_or(rest);
    let (pid, random) = base.strip_suffix(SUFFIX)?.split_once('-')?;
    (!random.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
        .then(|| pid.parse().ok())
        .flatten()
}

/// Whether no process holds the lock of the file at `path` (never, where
/// there are no such locks: nothing is swept there).
fn unlocked(path: &Path) -> bool {
    cfg!(unix)
        && OpenOptions::new()
            .read(true)
            .open(path)
            .is_ok_and(|f| try_lock(&f).unwrap_or(false))
}

/// Takes an exclusive `flock` on `file` without waiting: `Ok(false)` when
/// another open file holds it. It goes when the file is closed, also
/// when its process is killed.
#[cfg(unix)]
fn try_lock(file: &File) -> io::Result<bool> {
    use std::os::unix::io::AsRawFd;
    // SAFETY: `flock` on a descriptor that `file` keeps open.
    let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if rc == 0 {
        return Ok(true);
    }
    let err = io::Error::last_os_error();
    if err.kind() == io::ErrorKind::WouldBlock {
        Ok(false)
    } else {
        Err(err)
    }
}

/// Elsewhere no lock (and no sweep).
#[cfg(not(unix))]
fn try_lock(_file: &File) -> io::Result<bool> {
    Ok(true)
}

/// Whether process `pid` may still be running: where `/proc` cannot tell,
/// the lock alone decides.
fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    Path::new("/proc/self").exists() && Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_owner() {
        assert_eq!(owner(".expatdesk-123-aB9xQz.tmp"), Some(123));
        assert_eq!(owner(".expatdesk-123-aB9xQz.tmp-journal"), Some(123));
        assert_eq!(owner(".expatdesk-aB9xQz.tmp"), None);
        assert_eq!(owner(".expatdesk-123-.tmp"), None);
        assert_eq!(owner("expatdesk-123-aB.tmp"), None);
        assert_eq!(owner(".expatdesk-123-aB.csv"), None);
    }

    #[test]
    fn a_sweep_removes_what_dead_runs_left_and_keeps_live_files() {
        let dir = tempfile::tempdir().expect("dir");
        // No process has pid 4194304 + 1 (above the kernel's limit).
        let dead = dir.path().join(".expatdesk-4194305-abc.tmp");
        std::fs::write(&dead, b"personal data").expect("writes");
        std::fs::write(side(&dead, "-journal"), b"j").expect("writes");
        let orphan = dir.path().join(".expatdesk-4194305-xyz.tmp-journal");
        std::fs::write(&orphan, b"j").expect("writes");
        let other = dir.path().join("report.csv");
        std::fs::write(&other, b"kept").expect("writes");
        let mut live = Scratch::create(dir.path()).expect("creates");
        live.write_all(b"in progress").expect("writes");
        let names = |d: &Path| -> Vec<String> {
            let mut v: Vec<String> = std::fs::read_dir(d)
                .expect("lists")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect();
            v.sort();
            v
        };
        let live_name = live
            .path()
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        assert_eq!(names(dir.path()), [live_name.clone(), "report.csv".into()]);
        // Another sweep (a second run) leaves the live file alone.
        sweep(dir.path());
        assert_eq!(names(dir.path()), [live_name, "report.csv".into()]);
        live.persist(&dir.path().join("out.csv")).expect("persists");
        assert_eq!(names(dir.path()), ["out.csv", "report.csv"]);
    }
}
