//! A stderr that cannot be written (SPEC §1): a full disk (`/dev/full`) or
//! a closed pipe. The command still does its work and exits with the code
//! of the exit-code table, never 101 (a panic).
use std::process::Stdio;

use crate::common::TestEnv;

/// Runs `args` with stderr on `/dev/full`; returns the exit code.
fn with_full_stderr(env: &TestEnv, args: &[&str]) -> Option<i32> {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let mut cmd = env.std_cmd();
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(full);
    cmd.status().expect("runs").code()
}

#[test]
fn an_error_on_a_full_stderr_keeps_its_exit_code() {
    let env = TestEnv::with_community();
    assert_eq!(
        with_full_stderr(&env, &["resident", "show", "999999"]),
        Some(3)
    );
    assert_eq!(
        with_full_stderr(&env, &["resident", "list", "--nationality", "Narnia"]),
        Some(5)
    );
}

#[test]
fn an_import_whose_summary_cannot_be_written_still_commits_and_exits_0() {
    let env = TestEnv::with_community();
    env.write(
        "in.csv",
        "family_name,nationality,community\nMüller,DE,Green Court\nSmith,GB,Green Court\n",
    );
    assert_eq!(
        with_full_stderr(&env, &["resident", "import", "in.csv"]),
        Some(0)
    );
    assert_eq!(env.ids(&["resident", "list"]), vec![1, 2]);
}

#[test]
fn a_closed_stderr_pipe_keeps_the_exit_code() {
    let env = TestEnv::with_community();
    let mut cmd = env.std_cmd();
    cmd.args(["resident", "show", "999999"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawns");
    // The reader goes away before the program writes its error.
    drop(child.stderr.take());
    assert_eq!(child.wait().expect("waits").code(), Some(3));
}
