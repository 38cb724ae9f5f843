//! `course add`: recurrence with iCalendar semantics, and the clash rules.
use crate::common::TestEnv;

/// A weekly Tuesday class from 2026-12-01 18:30, 90 minutes, plus `extra`.
fn add(env: &TestEnv, title: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "course",
        "add",
        "--title",
        title,
        "--category",
        "language",
        "--start",
        "2026-12-01 18:30",
        "--duration",
        "1h30m",
        "--format",
        "csv",
    ];
    args.extend_from_slice(extra);
    env.output(&args)
}

/// The session start times a successful `add` printed.
fn starts(out: &std::process::Output) -> Vec<String> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout.clone()).expect("utf-8");
    text.lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).expect("starts_at").to_string())
        .collect()
}

#[test]
fn count_counts_occurrences_before_skipped_dates_are_removed() {
    let env = TestEnv::new();
    let out = add(
        &env,
        "Mandarin",
        &["--repeat", "weekly", "--count", "8", "--skip", "2026-12-15"],
    );
    let starts = starts(&out);
    assert_eq!(starts.len(), 7);
    assert_eq!(starts[0], "2026-12-01T18:30:00+08:00");
    assert!(!starts.iter().any(|s| s.starts_with("2026-12-15")));
    assert_eq!(starts[6], "2027-01-19T18:30:00+08:00");
}

#[test]
fn until_is_inclusive() {
    let env = TestEnv::new();
    let out = add(
        &env,
        "Mandarin",
        &["--repeat", "weekly", "--until", "2026-12-22"],
    );
    let starts = starts(&out);
    assert_eq!(starts.len(), 4);
    assert_eq!(starts[3], "2026-12-22T18:30:00+08:00");
}

#[test]
fn a_skip_date_that_is_not_a_session_is_invalid_and_named() {
    let env = TestEnv::new();
    let err = env.fails(
        &[
            "course",
            "add",
            "--title",
            "T",
            "--category",
            "tea",
            "--start",
            "2026-12-01 18:30",
            "--duration",
            "90m",
            "--repeat",
            "weekly",
            "--count",
            "4",
            "--skip",
            "2026-12-02",
        ],
        5,
    );
    assert!(err.contains("2026-12-02"), "{err}");
    let courses: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM courses", [], |r| r.get(0))
        .expect("count");
    assert_eq!(courses, 0, "nothing written");
}

#[test]
fn count_and_until_together_are_a_usage_error() {
    let env = TestEnv::new();
    env.fails(
        &[
            "course",
            "add",
            "--title",
            "T",
            "--category",
            "tea",
            "--start",
            "2026-12-01 18:30",
            "--duration",
            "90m",
            "--repeat",
            "weekly",
            "--count",
            "4",
            "--until",
            "2026-12-30",
        ],
        2,
    );
}

#[test]
fn bad_values_are_invalid_data() {
    let env = TestEnv::new();
    let base = ["course", "add", "--title", "T"];
    for (extra, needle) in [
        (
            [
                "--category",
                "tea",
                "--start",
                "2026-12-01 25:00",
                "--duration",
                "90m",
            ],
            "--start",
        ),
        (
            [
                "--category",
                "tea",
                "--start",
                "2026-12-01 18:00",
                "--duration",
                "90",
            ],
            "90",
        ),
        (
            [
                "--category",
                "calligrafy",
                "--start",
                "2026-12-01 18:00",
                "--duration",
                "1h",
            ],
            "calligrafy",
        ),
    ] {
        let mut args = base.to_vec();
        args.extend_from_slice(&extra);
        let err = env.fails(&args, 5);
        assert!(err.contains(needle), "{err}");
    }
}

#[test]
fn a_clash_in_the_same_venue_names_both_sessions() {
    let env = TestEnv::new();
    starts(&add(&env, "Mandarin", &["--venue", "Room 2"]));
    let out = env.output(&[
        "course",
        "add",
        "--title",
        "Tea ceremony",
        "--category",
        "tea",
        "--start",
        "2026-12-01 19:00",
        "--duration",
        "1h",
        "--venue",
        "room 2",
    ]);
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Tea ceremony") && err.contains("Mandarin"),
        "{err}"
    );
    assert!(
        err.contains("2026-12-01") && err.contains("Room 2"),
        "{err}"
    );
    assert!(err.contains("--allow-conflict"), "{err}");
}

#[test]
fn the_same_instructor_in_another_venue_clashes_too() {
    let env = TestEnv::new();
    starts(&add(
        &env,
        "Mandarin",
        &["--venue", "Room 2", "--instructor", "Wang Li"],
    ));
    let out = env.output(&[
        "course",
        "add",
        "--title",
        "Calligraphy",
        "--category",
        "calligraphy",
        "--start",
        "2026-12-01 19:30",
        "--duration",
        "1h",
        "--venue",
        "Hall",
        "--instructor",
        "wang li",
    ]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn back_to_back_sessions_do_not_clash_and_allow_conflict_overrides() {
    let env = TestEnv::new();
    starts(&add(&env, "Mandarin", &["--venue", "Room 2"]));
    // 18:30 + 90 minutes = 20:00: the next one may start at 20:00.
    let next = env.output(&[
        "course",
        "add",
        "--title",
        "Tea",
        "--category",
        "tea",
        "--start",
        "2026-12-01 20:00",
        "--duration",
        "1h",
        "--venue",
        "Room 2",
    ]);
    assert!(
        next.status.success(),
        "{}",
        String::from_utf8_lossy(&next.stderr)
    );
    let forced = env.output(&[
        "course",
        "add",
        "--title",
        "Tea 2",
        "--category",
        "tea",
        "--start",
        "2026-12-01 19:00",
        "--duration",
        "1h",
        "--venue",
        "Room 2",
        "--allow-conflict",
    ]);
    assert!(forced.status.success());
    assert!(String::from_utf8_lossy(&forced.stderr).contains("allowed"));
}

#[test]
fn a_course_code_is_unique() {
    let env = TestEnv::new();
    starts(&add(&env, "Mandarin", &["--code", "MAN-101"]));
    env.fails(
        &[
            "course",
            "add",
            "--title",
            "Other",
            "--category",
            "tea",
            "--start",
            "2027-01-05 10:00",
            "--duration",
            "1h",
            "--code",
            "MAN-101",
        ],
        4,
    );
}

#[test]
fn adding_a_course_is_audited() {
    let env = TestEnv::new();
    starts(&add(
        &env,
        "Mandarin",
        &["--repeat", "daily", "--count", "3"],
    ));
    let audit = env.csv(&["audit", "list"]);
    assert!(
        audit.contains(",tester,add,course,1,3 session(s)"),
        "{audit}"
    );
}
