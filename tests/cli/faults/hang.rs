//! Nothing hangs when one side of the import's thread pair fails (issue
//! 11): the write pass (consumer) failing with tens of thousands of rows
//! still to validate, or the validating side failing, ends the command at
//! once with its exit code and the database as before. Every run is
//! guarded by a deadline: past it, the child is killed and the test fails
//! as a hang (a guard, not a timing measurement).
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::full::Tmpfs;
use crate::common::{stderr, TestEnv};
use crate::generate;

/// Far beyond what any of these runs needs, even on a loaded machine.
const DEADLINE: Duration = Duration::from_secs(90);

/// Runs `cmd` to its end, or kills it and fails the test at the deadline.
fn finishes(mut cmd: Command, what: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("waits").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {DEADLINE:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A file of `rows` generated residents.
fn people(env: &TestEnv, rows: usize) -> String {
    let mut csv = String::from(generate::HEADER);
    csv.push_str(&generate::rows(0..rows));
    env.write("people.csv", csv);
    "people.csv".into()
}

#[test]
fn a_write_pass_failing_at_row_10_of_50000_ends_at_once() {
    let env = TestEnv::sqlite_with_community();
    let file = people(&env, 50_000);
    // The database itself refuses the 10th row: a real failure inside the
    // write pass, with 49,990 rows still to come from the validator.
    env.sql()
        .execute_batch(&format!(
            "CREATE TRIGGER refuse_row_10 BEFORE INSERT ON residents
             WHEN NEW.family_name = '{}' BEGIN SELECT RAISE(ABORT, 'refused'); END;",
            generate::family(9)
        ))
        .expect("trigger");
    for extra in [&[][..], &["--dry-run"], &["--on-conflict", "update"]] {
        let mut cmd = env.std_cmd();
        cmd.args(["resident", "import", &file]).args(extra);
        let out = finishes(cmd, &format!("import {extra:?}"));
        assert_eq!(out.status.code(), Some(4), "{extra:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("refused"), "{}", stderr(&out));
        assert!(
            env.ids(&["resident", "list"]).is_empty(),
            "{extra:?}: nothing written"
        );
    }
}

#[test]
fn an_import_onto_a_full_disk_ends_at_once_with_exit_7() {
    let mut env = TestEnv::empty();
    let fs = env.path("fs");
    let _tmpfs = match Tmpfs::mount(&fs, "4m") {
        Ok(tmpfs) => tmpfs,
        Err(why) => {
            eprintln!("SKIPPED an_import_onto_a_full_disk_ends_at_once_with_exit_7: {why}");
            return;
        }
    };
    env.db = fs.join("desk.db");
    env.run(&["init"]).success();
    env.run(&["community", "add", "Green Court"]).success();
    env.add_resident("Tanaka", &[]);
    // About 7 MB of rows for a 4 MiB file system (the file itself lives
    // outside it).
    let file = people(&env, 30_000);
    for extra in [&[][..], &["--dry-run"], &["--on-conflict", "update"]] {
        let mut cmd = env.std_cmd();
        cmd.args(["resident", "import", &file]).args(extra);
        let out = finishes(cmd, &format!("import {extra:?}"));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(7), "{extra:?}: {err}");
        assert!(err.contains("disk is full"), "{extra:?}: {err}");
        assert_eq!(
            env.ids(&["resident", "list"]),
            vec![1],
            "{extra:?}: as before"
        );
    }
}
