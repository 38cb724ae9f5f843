//! `check` validates every stored value (issue 16.3, SPEC §8): values
//! written behind the tool's back (by `sqlite3`, another program, an older
//! copy) are named by table, id, column and value, exit 7; the CHECK
//! constraints of migration 0006 refuse such writes in the first place.
use crate::common::{stderr, TestEnv};

/// A desk with one of each: resident 1, course 1 (two seats) with
/// resident 1 enrolled and residents 2-3 waitlisted, feedback 1.
fn desk() -> TestEnv {
    desk_in(TestEnv::with_community())
}

/// `desk`, on a SQLite file whatever the run: for the tests that look
/// at the file or write behind the program's back.
fn sqlite_desk() -> TestEnv {
    desk_in(TestEnv::sqlite_with_community())
}

fn desk_in(env: TestEnv) -> TestEnv {
    for name in ["Tanaka", "Okafor", "Weber"] {
        env.add_resident(name, &[]);
    }
    env.add_weekly_course("2026-12-01 18:30", "1");
    env.run(&["course", "enroll", "1", "1", "2", "3"]).success();
    let log = [
        "feedback",
        "log",
        "--resident",
        "1",
        "--category",
        "housing",
        "--channel",
        "walk-in",
        "--subject",
        "Lift",
    ];
    env.run(&log).success();
    env.stdout(&["check"]);
    env
}

/// Writes `sql` as another program would, the constraints not applied.
fn behind_our_back(env: &TestEnv, sql: &str) {
    let conn = env.sql();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON;")
        .expect("pragma");
    conn.execute_batch(sql).expect("writes");
}

#[test]
fn check_names_every_value_that_breaks_its_rule() {
    let env = sqlite_desk();
    behind_our_back(
        &env,
        "UPDATE residents SET gender = 'banana', consent_share = 2 WHERE id = 1;
         UPDATE residents SET nationality = 'de', birth_date = '1990-02-30' WHERE id = 2;
         UPDATE enrollments SET status = 'bogus' WHERE resident_id = 2;
         UPDATE enrollments SET position = -5 WHERE resident_id = 3;
         UPDATE feedback SET status = 'lost', received_at = '2026-11-02 10:00' WHERE id = 1;
         UPDATE sessions SET ends_at = '2026-12-03T18:30:00+08:00' WHERE id = 1;",
    );
    let out = env.output(&["check"]);
    let err = env.redact(&stderr(&out));
    assert_eq!(out.status.code(), Some(7), "{err}");
    for expected in [
        "error: [DIR]/desk.db: table residents, id 1, column gender: is not one of female, male, other, unspecified (banana)",
        "error: [DIR]/desk.db: table residents, id 1, column consent_share: is not 0 or 1 (2)",
        "error: [DIR]/desk.db: table residents, id 2, column nationality: is not in its stored form (DE) (de)",
        "error: [DIR]/desk.db: table residents, id 2, column birth_date: is not a real date (1990-02-30)",
        "error: [DIR]/desk.db: table enrollments, id course 1, resident 2, column status: is not one of enrolled, waitlisted (bogus)",
        "error: [DIR]/desk.db: table enrollments, course 1: waitlist positions are -5 rather than 1..1",
        "error: [DIR]/desk.db: table feedback, id 1, column status: is not one of new, forwarded, responded, closed (lost)",
        "error: [DIR]/desk.db: table feedback, id 1, column received_at: is not a date-time written YYYY-MM-DDTHH:MM:SS+08:00 (2026-11-02 10:00)",
        "error: [DIR]/desk.db: table sessions, id 1, column ends_at: lasts 2880 minutes; a session lasts 1 to 1440 (2026-12-03T18:30:00+08:00)",
    ] {
        assert!(err.lines().any(|l| l == expected), "missing {expected:?} in\n{err}");
    }
    assert!(
        err.contains("hint: these values were written behind"),
        "{err}"
    );
    // Updating a row that holds such a value is refused the same way.
    let err = env.fails(&["resident", "edit", "1", "--notes", "x"], 7);
    assert!(err.contains("expatdesk check"), "{err}");
}

#[test]
fn the_database_refuses_values_outside_the_vocabularies() {
    let env = desk();
    let conn = env.sql();
    for bad in [
        "UPDATE residents SET gender = 'banana' WHERE id = 1",
        "UPDATE residents SET status = 'gone' WHERE id = 1",
        "UPDATE enrollments SET status = 'bogus' WHERE resident_id = 2",
        "UPDATE enrollments SET position = -5 WHERE resident_id = 3",
        "UPDATE enrollments SET position = 1 WHERE resident_id = 1",
        "UPDATE feedback SET channel = 'pigeon' WHERE id = 1",
        "UPDATE sessions SET status = 'maybe' WHERE id = 1",
        "UPDATE courses SET duration_minutes = 0 WHERE id = 1",
    ] {
        let err = conn.execute(bad, []).expect_err(bad);
        assert!(
            err.to_string().contains("CHECK constraint failed"),
            "{bad}: {err}"
        );
    }
    drop(conn);
    env.stdout(&["check"]);
}
