//! An import killed with SIGKILL part-way through writing leaves the
//! database exactly as before (SPEC §3 import: "interrupted … it leaves the
//! database as before"): `check` passes, the residents are byte for byte
//! the same, and no batch is recorded.
#![cfg(unix)]

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::common::{stderr, TestEnv};
use crate::generate;

/// Rows of the file killed mid-import: a few seconds of writing in a debug
/// build, and about 13 MB of pages, which SQLite (with its default 2 MB
/// page cache) spills to the WAL or the database file long before the
/// commit — that growth is how the tests see the import writing.
const ROWS: usize = 30_000;

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

fn start_import(env: &TestEnv) -> Child {
    env.std_cmd()
        .args(["resident", "import", "big.csv"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts")
}

/// Waits until `file` has grown past `bytes` — the import is writing —
/// then kills the import. Fails if the import ended first: the file is
/// then too small to interrupt, and the test would prove nothing.
fn kill_when_grown(mut child: Child, file: &Path, bytes: u64) {
    let start = Instant::now();
    while size(file) < bytes {
        if let Some(status) = child.try_wait().expect("waits") {
            panic!(
                "the import ended ({status}) before {} reached {bytes} bytes",
                file.display()
            );
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "the import never wrote {bytes} bytes"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().expect("SIGKILL");
    let status = child.wait().expect("reaped");
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&status),
        Some(9),
        "killed, not finished"
    );
}

/// The database is whole and holds exactly `residents`, with no batch.
fn as_before(env: &TestEnv, residents: &str) {
    let out = env.output(&["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(env.export(), residents);
    assert_eq!(
        env.csv(&["batch", "list"]),
        "id,kind,source,started_at,operator,inserted,updated,skipped,rejected,undone_at\n"
    );
    assert_eq!(env.csv(&["audit", "list"]).matches(",import,").count(), 0);
}

#[test]
fn a_killed_import_into_a_populated_database_leaves_it_as_it_was() {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Tanaka", &["--external-id", "T-1"]);
    env.add_resident("Okafor", &["--given-name", "Chidi"]);
    env.add_resident("Lund", &["--notes", "two\nlines"]);
    env.write("big.csv", generate::file(ROWS));
    let residents = env.export();
    let wal = env.path("desk.db-wal");
    // Early, middle and late in the write pass.
    for threshold in [64 << 10, 2 << 20, 6 << 20] {
        kill_when_grown(start_import(&env), &wal, threshold);
        as_before(&env, &residents);
    }
}

#[test]
fn a_killed_bulk_load_into_an_empty_database_leaves_it_empty() {
    let env = TestEnv::sqlite_with_community();
    env.write("big.csv", generate::file(ROWS));
    let residents = env.export();
    let db = env.path("desk.db");
    // The bulk path writes through a rollback journal into the file itself.
    kill_when_grown(start_import(&env), &db, size(&db) + (2 << 20));
    assert!(
        env.path("desk.db-journal").exists(),
        "killed with a hot journal"
    );
    as_before(&env, &residents);
    assert!(!env.path("desk.db-journal").exists(), "rolled back");
    let mode: String = env
        .sql()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("mode");
    assert_eq!(mode, "wal", "back in WAL mode");
}
