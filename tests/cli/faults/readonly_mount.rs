//! A database SQLite cannot write beside (issue 11.15): on a read-only
//! mount, or in a folder its user may not write. Reading commands work
//! (the file is opened read-only and immutable: no `-shm` is needed);
//! writing ones exit 7 with a hint naming the cause; nothing is created
//! beside the file; a `-wal` holding changes is refused, not ignored.
//! The mount needs root (skipped with a message otherwise); the folder
//! case runs as `nobody` through `setpriv` when root.
use std::path::{Path, PathBuf};
use std::process::Command;

use super::readonly::{set_mode, Runner};
use super::{dump, run_all, sidecar, sqlite_desk, READING, WRITING};
use crate::common::{assert_error_shape, stderr, TestEnv};

/// `dir` bound onto itself read-only; unmounted when dropped.
struct ReadOnlyMount(PathBuf);

impl ReadOnlyMount {
    fn mount(dir: &Path) -> Result<ReadOnlyMount, String> {
        let run = |args: &[&str]| -> Result<(), String> {
            let out = Command::new("mount")
                .args(args)
                .arg(dir)
                .arg(dir)
                .output()
                .map_err(|e| format!("cannot run mount: {e}"))?;
            if out.status.success() {
                Ok(())
            } else {
                Err(format!("mount {args:?} failed: {}", stderr(&out).trim()))
            }
        };
        run(&["--bind"])?;
        let mounted = ReadOnlyMount(dir.to_path_buf());
        run(&["-o", "remount,bind,ro"])?;
        Ok(mounted)
    }
}

impl Drop for ReadOnlyMount {
    fn drop(&mut self) {
        let ok = Command::new("umount")
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `desk()` with its database moved into the folder `ro/`.
fn desk_in_folder() -> TestEnv {
    let mut env = sqlite_desk();
    let dir = env.path("ro");
    std::fs::create_dir(&dir).expect("creates ro/");
    assert!(
        !sidecar(&env.db, "-wal").exists(),
        "a process still has it open"
    );
    let _ = std::fs::remove_file(sidecar(&env.db, "-shm"));
    std::fs::rename(&env.db, dir.join("desk.db")).expect("moves the database");
    env.db = dir.join("desk.db");
    env
}

/// Every reading command works; every writing one exits 7 saying the
/// database is read-only, with a hint holding `cause`.
fn reads_but_refuses_writes(env: &TestEnv, cause: &str, cmd: impl Fn(&[&str]) -> Command) {
    for (args, code, _, err) in run_all(READING, &cmd) {
        assert_eq!(code, Some(0), "{args}: {err}");
    }
    assert!(env.path("residents.csv").is_file() && env.path("copy.db").is_file());
    for (args, code, stdout, err) in run_all(WRITING, &cmd) {
        assert_eq!(code, Some(7), "{args}: {err}");
        assert_error_shape(&err);
        assert!(
            err.starts_with("error: the database is read-only"),
            "{args}: {err}"
        );
        assert!(err.contains(cause), "{args}: {err}");
        assert!(stdout.is_empty(), "{args}: {stdout}");
    }
}

#[test]
fn a_database_on_a_read_only_mount_reads_and_refuses_writes_naming_the_mount() {
    let env = desk_in_folder();
    let before = dump(&env);
    let dir = env.path("ro");
    // What a reader left (an empty WAL and its index): nothing may be added.
    let files = names(&dir);
    let mount = match ReadOnlyMount::mount(&dir) {
        Ok(mount) => mount,
        Err(why) => {
            eprintln!("SKIPPED a_database_on_a_read_only_mount_…: {why}");
            return;
        }
    };
    reads_but_refuses_writes(&env, "is on a read-only mount", |args| {
        let mut cmd = env.std_cmd();
        cmd.args(args);
        cmd
    });
    assert_eq!(names(&dir), files, "files created beside the database");
    drop(mount);
    assert_eq!(dump(&env), before, "the database changed");
}

#[test]
fn changes_still_in_the_wal_on_a_read_only_mount_are_refused_not_ignored() {
    let mut env = sqlite_desk();
    let dir = env.path("ro");
    std::fs::create_dir(&dir).expect("creates ro/");
    // Another desk's change, still in the WAL when the folder was copied.
    let conn = env.sql();
    conn.execute_batch("PRAGMA wal_autocheckpoint = 0;")
        .expect("pragma");
    conn.execute("UPDATE residents SET notes = 'pending' WHERE id = 1", [])
        .expect("writes");
    for suffix in ["", "-wal"] {
        std::fs::copy(
            sidecar(&env.db, suffix),
            sidecar(&dir.join("desk.db"), suffix),
        )
        .expect("copies");
    }
    drop(conn);
    env.db = dir.join("desk.db");
    let _mount = match ReadOnlyMount::mount(&dir) {
        Ok(mount) => mount,
        Err(why) => {
            eprintln!("SKIPPED changes_still_in_the_wal_…: {why}");
            return;
        }
    };
    let err = env.fails(&["resident", "show", "1"], 7);
    assert!(err.contains("desk.db-wal holds changes"), "{err}");
    assert!(
        err.contains("hint: open it once where it can be written"),
        "{err}"
    );
}

#[test]
fn a_folder_its_user_may_not_write_reads_and_refuses_writes_naming_the_folder() {
    let env = desk_in_folder();
    let runner = match Runner::for_env(&env) {
        Ok(runner) => runner,
        Err(why) => {
            eprintln!("SKIPPED a_folder_its_user_may_not_write_…: {why}");
            return;
        }
    };
    let dir = env.path("ro");
    set_mode(&dir, 0o555);
    if matches!(runner, Runner::Me) && std::fs::File::create(dir.join("probe")).is_ok() {
        eprintln!("SKIPPED a_folder_its_user_may_not_write_…: a 0555 folder is writable here");
        return;
    }
    let before = dump(&env);
    let files = names(&dir);
    reads_but_refuses_writes(&env, "is not writable for this user", |args| {
        runner.command(&env, args)
    });
    assert_eq!(names(&dir), files, "files created beside the database");
    assert_eq!(dump(&env), before, "the database changed");
    set_mode(&dir, 0o755);
}
