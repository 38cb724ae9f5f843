//! Two terminals at once (SPEC §8): two processes adding residents to one
//! file at the same time both succeed, every time, and nothing is lost.
use std::thread;

use super::check_passes;
use crate::common::{stderr, TestEnv};

const EACH: usize = 300;

/// Adds `EACH` residents named `{prefix}{i}`, one process each; returns
/// the failures (arguments, exit status, stderr).
fn add_many(env: &TestEnv, prefix: &str) -> Vec<String> {
    let mut failures = Vec::new();
    for i in 0..EACH {
        let name = format!("{prefix}{i}");
        let out = env
            .std_cmd()
            .args([
                "resident",
                "add",
                "--family-name",
                &name,
                "--nationality",
                "DE",
                "--community",
                "Green Court",
                "-q",
            ])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("runs");
        if !out.status.success() {
            failures.push(format!("{name}: {} {}", out.status, stderr(&out)));
        }
    }
    failures
}

#[test]
fn two_processes_adding_300_residents_each_at_once_add_600() {
    let env = TestEnv::with_community();
    let failures: Vec<String> = thread::scope(|s| {
        let a = s.spawn(|| add_many(&env, "Alder"));
        let b = s.spawn(|| add_many(&env, "Birch"));
        let mut all = a.join().expect("thread a");
        all.extend(b.join().expect("thread b"));
        all
    });
    assert!(
        failures.is_empty(),
        "{} failed: {failures:#?}",
        failures.len()
    );
    let conn = env.sql();
    let (rows, distinct, max): (i64, i64, i64) = conn
        .query_row(
            "SELECT count(*), count(DISTINCT family_name), max(id) FROM residents",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("counts");
    assert_eq!((rows, distinct, max), (600, 600, 600));
    drop(conn);
    let added = env
        .csv(&["audit", "list"])
        .matches(",add,resident,")
        .count();
    assert_eq!(added, 600, "one audit entry per add");
    check_passes(&env);
}
