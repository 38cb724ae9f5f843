//! `backup FILE` while other processes keep writing: every copy is a whole
//! database (`PRAGMA integrity_check` is ok, `check` exits 0), and each
//! holds at least the residents of the one before.
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::common::{stderr, TestEnv};
use crate::generate;

struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Adds residents one process at a time until `stop`; returns how many.
/// An add may wait out the busy timeout behind the import (exit 6).
fn keep_adding(env: &TestEnv, stop: &AtomicBool) -> usize {
    let mut added = 0;
    for n in 0.. {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let name = format!("Writer{n}");
        let out = env
            .cmd()
            .args([
                "resident",
                "add",
                "--family-name",
                &name,
                "--nationality",
                "FR",
                "--community",
                "Green Court",
                "-q",
            ])
            .write_stdin("")
            .output()
            .expect("runs");
        match out.status.code() {
            Some(0) => added += 1,
            Some(6) => {}
            _ => panic!("{name}: {}", stderr(&out)),
        }
    }
    added
}

/// Takes backup `n`, checks it is whole, returns its resident count.
fn backup_is_whole(env: &TestEnv, n: usize) -> i64 {
    let name = format!("copy-{n}.db");
    let out = env.output(&["backup", &name]);
    assert_eq!(out.status.code(), Some(0), "backup {n}: {}", stderr(&out));
    let copy = env.path(&name);
    let conn = rusqlite::Connection::open(&copy).expect("opens the copy");
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("checks");
    assert_eq!(integrity, "ok", "backup {n}");
    let count = conn
        .query_row("SELECT count(*) FROM residents", [], |r| r.get(0))
        .expect("counts");
    drop(conn);
    env.stdout(&["--db", copy.to_str().expect("utf-8"), "check"]);
    count
}

#[test]
fn backups_taken_while_others_write_are_whole() {
    let env = TestEnv::with_community();
    env.write("people.csv", generate::file(3_000));
    env.imports(&["people.csv"]);
    let mut more = String::from(generate::HEADER);
    more.push_str(&generate::rows(3_000..8_000));
    env.write("more.csv", more);
    let stop = AtomicBool::new(false);
    let mut counts = Vec::new();
    let added = std::thread::scope(|s| {
        let adder = s.spawn(|| keep_adding(&env, &stop));
        // Stops the adder however this closure ends: a failed assertion
        // must end the test, not leave the scope waiting for the adder.
        let stop_adder = StopOnDrop(&stop);
        let import = env
            .std_cmd()
            .args(["resident", "import", "more.csv"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts the import");
        for n in 0..6 {
            counts.push(backup_is_whole(&env, n));
        }
        let imported = import.wait_with_output().expect("waits");
        assert!(imported.status.success(), "{}", stderr(&imported));
        counts.push(backup_is_whole(&env, 6));
        drop(stop_adder);
        adder.join().expect("adder")
    });
    eprintln!("backups under load: {added} adds, residents per copy {counts:?}");
    assert!(
        counts.windows(2).all(|w| w[0] <= w[1]),
        "a later copy has fewer residents: {counts:?}"
    );
    assert!(
        counts[6] >= 8_000,
        "the last copy misses the import: {counts:?}"
    );
}
