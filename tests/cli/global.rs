//! Global behaviour of SPEC §1: database location rules, usage errors,
//! prompting rules, global flags anywhere on the line.
use std::process::Stdio;
use std::time::Duration;

use crate::common::{assert_error_shape, stderr, wait_at_most, TestEnv};

#[test]
fn a_named_database_that_does_not_exist_is_exit_7_and_not_created() {
    let env = TestEnv::sqlite_empty();
    let out = env.output(&["resident", "list"]);
    assert_eq!(out.status.code(), Some(7));
    assert!(
        stderr(&out).starts_with("error: database "),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("init"));
    assert!(!env.db.exists());
}

#[test]
fn every_command_refuses_a_missing_named_database_without_creating_it() {
    let env = TestEnv::new();
    let missing = env.path("typo.db");
    let typo = missing.to_str().expect("utf-8 path");
    for args in [
        vec!["--db", typo, "resident", "list"],
        vec!["resident", "list", "--db", typo],
        vec![
            "--db",
            typo,
            "resident",
            "add",
            "--family-name",
            "A",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
        ],
        vec!["--db", typo, "resident", "show", "1"],
        vec!["--db", typo, "community", "list"],
        vec!["--db", typo, "audit", "list"],
        vec!["--db", typo, "check"],
        vec!["--db", typo, "backup", "copy.db"],
    ] {
        let err = env.fails(&args, 7);
        assert!(err.contains("typo.db does not exist"), "{args:?}: {err}");
        assert!(
            err.contains("hint: create it with: expatdesk --db"),
            "{err}"
        );
        assert!(!missing.exists(), "{args:?} created the database");
        assert!(!env.path("copy.db").exists());
    }
}

#[test]
fn init_creates_a_named_database() {
    let env = TestEnv::sqlite_empty();
    let out = env.output(&["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env.db.exists());
    assert!(stderr(&out).contains("schema version "), "{}", stderr(&out));
}

// The default location is `$XDG_DATA_HOME/expatdesk/` on Linux only.
#[cfg(target_os = "linux")]
#[test]
fn the_default_database_is_created_on_first_use() {
    let env = TestEnv::empty();
    let out = env
        .cmd()
        .env_remove("EXPATDESK_DB")
        .args(["community", "list", "--format", "csv"])
        .write_stdin("")
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, b"id,name,name_zh,active_residents\n");
    assert!(env.path("xdg/expatdesk/expatdesk.db").is_file());
    assert!(!env.db.exists());
}

// The default location is `$XDG_DATA_HOME/expatdesk/` on Linux only.
#[cfg(target_os = "linux")]
#[test]
fn an_empty_database_variable_means_the_default_database() {
    let env = TestEnv::empty();
    let out = env
        .cmd()
        .env("EXPATDESK_DB", "")
        .args(["community", "list"])
        .write_stdin("")
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env.path("xdg/expatdesk/expatdesk.db").is_file());
}

#[test]
fn bad_flags_are_usage_errors() {
    let env = TestEnv::with_community();
    for args in [
        vec!["resident", "list", "--bogus"],
        vec!["resident", "list", "--format", "xml"],
        vec!["resident", "list", "--status", "gone"],
        vec!["resident", "list", "--limit", "many"],
        vec!["resident", "list", "--permit-expiring", "-3"],
        vec!["resident", "show", "abc"],
        vec!["resident", "show"],
        vec!["resident", "fly"],
        vec!["frobnicate"],
    ] {
        let err = env.fails(&args, 2);
        assert!(err.contains("try '--help'"), "{args:?}: {err}");
    }
}

#[test]
fn missing_required_values_name_every_missing_flag() {
    let env = TestEnv::with_community();
    let err = env.fails(&["resident", "add"], 2);
    insta::assert_snapshot!("missing_required_values", err);

    let err = env.fails(&["resident", "add", "--nationality", "DE"], 2);
    assert!(
        err.starts_with("error: missing required values: --family-name, --community\n"),
        "{err}"
    );
    let err = env.fails(&["resident", "add", "--no-input", "--family-name", "A"], 2);
    assert!(
        err.starts_with("error: missing required values: --nationality, --community\n"),
        "{err}"
    );
    assert!(env.csv(&["resident", "list"]).lines().count() == 1);
}

#[test]
fn missing_values_never_wait_on_an_open_stdin() {
    // stdin is a pipe nobody writes to or closes: a prompt would hang.
    let env = TestEnv::with_community();
    let mut child = env
        .std_cmd()
        .args(["resident", "add", "--given-name", "Anna"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let stdin = child.stdin.take();
    let status = wait_at_most(&mut child, Duration::from_secs(60));
    drop(stdin);
    let status = status.expect("the command waited on stdin instead of failing");
    let out = child.wait_with_output().expect("output");
    assert_eq!(status.code(), Some(2));
    let err = stderr(&out);
    assert_error_shape(&err);
    for flag in ["--family-name", "--nationality", "--community"] {
        assert!(err.contains(flag), "{err}");
    }
}

#[test]
fn global_flags_work_before_and_after_the_subcommand() {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Okafor", &["--given-name", "Chidi"]);
    let after = env.stdout(&["resident", "list", "--format", "csv"]);
    let before = env.stdout(&["--format", "csv", "resident", "list"]);
    let middle = env.stdout(&["resident", "--format", "csv", "list"]);
    assert_eq!(after, before);
    assert_eq!(after, middle);
    assert!(after.starts_with("id,family_name,"), "{after}");
    assert!(after.contains("\n1,Okafor,Chidi,"), "{after}");

    let other = TestEnv::sqlite_empty();
    let path = other.db.to_str().expect("utf-8");
    env.stdout(&["init", "--db", path]);
    assert!(other.db.exists());
}

#[test]
fn a_bad_now_variable_is_a_usage_error() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .env("EXPATDESK_NOW", "yesterday")
        .args(["resident", "list"])
        .write_stdin("")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("EXPATDESK_NOW"), "{}", stderr(&out));
}

#[test]
fn quiet_silences_messages_but_not_data() {
    let env = TestEnv::with_community();
    let out = env.output(&[
        "-q",
        "resident",
        "add",
        "--family-name",
        "Quiet",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--format",
        "csv",
    ]);
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains(",Quiet,"));
}
