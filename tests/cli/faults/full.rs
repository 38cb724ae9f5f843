//! A database on a full file system: a small tmpfs of this test's own,
//! filled to the last block. Writes exit 7 naming the full disk, the
//! database stays as it was, no output file is left, and once space is
//! freed the same commands work. Needs `mount` (root); skipped otherwise.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{check_passes, sidecar};
use crate::common::{assert_error_shape, stderr, TestEnv};
use crate::generate;

/// A tmpfs mounted for one test, unmounted when dropped (also when the
/// test fails).
pub struct Tmpfs(PathBuf);

impl Tmpfs {
    pub fn mount(dir: &Path, size: &str) -> Result<Tmpfs, String> {
        std::fs::create_dir(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0700")])
            .arg("tmpfs")
            .arg(dir)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "mount -t tmpfs failed ({}): {}",
                out.status,
                stderr(&out).trim()
            ));
        }
        Ok(Tmpfs(dir.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let ok = Command::new("umount")
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            // Something still has a file open: detach it now, free it later.
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

/// Fills the file system holding `dir` with `dir/filler` until a write
/// fails for lack of space.
pub fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut file = std::fs::File::create(&path).expect("creates the filler");
    let block = vec![0x55u8; 64 << 10];
    let mut small = false;
    loop {
        let chunk = if small { &block[..512] } else { &block[..] };
        match file.write(chunk) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::StorageFull && !small => small = true,
            Err(e) if e.kind() == std::io::ErrorKind::StorageFull => break,
            Err(e) => panic!("filling {}: {e}", path.display()),
        }
    }
    drop(file);
    path
}

/// Yesterday's export, which a failed export must leave as it is.
const OLD_EXPORT: &str = "id,family_name\n1,Yesterday\n";

/// Files in the file system other than the database, the filler and
/// yesterday's export.
fn strays(dir: &Path, db: &Path) -> Vec<String> {
    let keep = [
        db.to_path_buf(),
        sidecar(db, "-wal"),
        sidecar(db, "-shm"),
        dir.join("filler"),
        dir.join("residents.csv"),
    ];
    std::fs::read_dir(dir)
        .expect("lists")
        .map(|e| e.expect("entry").path())
        .filter(|p| !keep.contains(p))
        .map(|p| p.display().to_string())
        .collect()
}

/// The writes of the test, with the two output files in the full
/// file system.
fn writes(fs: &Path) -> Vec<Vec<String>> {
    let out = fs.join("residents.csv").display().to_string();
    let copy = fs.join("copy.db").display().to_string();
    [
        vec!["resident", "import", "more.csv"],
        vec![
            "resident",
            "add",
            "--family-name",
            "Late",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
        ],
        vec!["resident", "export", "-o", &out],
        vec!["backup", &copy],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(String::from).collect())
    .collect()
}

/// Every write exits 7, says the disk is full, leaves nothing behind and,
/// where the database can be read, changes nothing (`state` is `before`).
fn every_write_fails(env: &TestEnv, fs: &Path, before: Option<&str>, when: &str) {
    for args in writes(fs) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.output(&args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(7), "{when}: {args:?}: {err}");
        assert_error_shape(&err);
        assert!(
            err.contains("disk is full"),
            "{when}: {args:?} does not say the disk is full: {err}"
        );
        assert!(out.stdout.is_empty(), "{when}: {args:?}");
        assert_eq!(
            strays(fs, &env.db),
            Vec::<String>::new(),
            "{when}: {args:?}"
        );
        let old = std::fs::read_to_string(fs.join("residents.csv")).expect("kept");
        assert_eq!(old, OLD_EXPORT, "{when}: {args:?}");
        if let Some(before) = before {
            // Not `assert_eq!`: the state is half a megabyte.
            assert!(
                env.state() == before,
                "{when}: {args:?} changed the database"
            );
        }
    }
}

#[test]
fn a_full_disk_is_exit_7_and_the_database_survives() {
    let mut env = TestEnv::empty();
    let fs = env.path("fs");
    let _tmpfs = match Tmpfs::mount(&fs, "16m") {
        Ok(tmpfs) => tmpfs,
        Err(why) => {
            eprintln!("SKIPPED a_full_disk_is_exit_7_and_the_database_survives: {why}");
            return;
        }
    };
    env.db = fs.join("desk.db");
    env.run(&["init"]).success();
    env.run(&["community", "add", "Green Court"]).success();
    env.add_resident("Tanaka", &[]);
    env.write("people.csv", generate::file(2_000));
    env.imports(&["people.csv"]);
    let mut more = String::from(generate::HEADER);
    more.push_str(&generate::rows(2_000..5_000));
    env.write("more.csv", more);
    let before = env.state();
    std::fs::write(fs.join("residents.csv"), OLD_EXPORT).expect("writes");

    // Another terminal has the database open, so its shared-memory index
    // exists: commands open the database and fail where they write.
    let holder = env.sql();
    let _: i64 = holder
        .query_row("SELECT count(*) FROM residents", [], |r| r.get(0))
        .expect("reads");
    let filler = fill(&fs);
    every_write_fails(&env, &fs, Some(&before), "full, open elsewhere");
    check_passes(&env);
    drop(holder);

    // Nobody has it open: even opening it needs a block (for the
    // shared-memory index), so nothing can be read until space is freed.
    every_write_fails(&env, &fs, None, "full");

    std::fs::remove_file(&filler).expect("frees the space");
    check_passes(&env);
    assert!(env.state() == before, "the database changed");
    for args in writes(&fs) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.output(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(env.ids(&["resident", "list"]).len(), 5_002);
    assert!(std::fs::read_to_string(fs.join("residents.csv"))
        .expect("exported")
        .starts_with("id,"));
    env.stdout(&["--db", fs.join("copy.db").to_str().expect("utf-8"), "check"]);
    check_passes(&env);
}
