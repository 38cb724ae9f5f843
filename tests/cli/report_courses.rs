//! `report courses` and `report attendance` on a small term worked out by
//! hand (now: 2026-11-27 09:30).
use crate::common::TestEnv;

/// Residents 1..=4. Course 1 "Mandarin" (MAN-101, capacity 2): weekly
/// sessions 1..=5 on 11-03, 11-10, 11-17, 11-24 and 12-01 at 18:30;
/// session 1 cancelled, session 5 not started. Enrolled 1 and 2, 3
/// waitlisted, 4 a walk-in at session 4. Marks: s2 1P 2P; s3 1P 2A;
/// s4 1P 4P (2 unmarked); s5 (future) 1P.
/// Course 2: event "Lantern Festival" on 11-26, nobody enrolled.
/// Course 3: "Tea" on 12-05, resident 3 enrolled.
fn term() -> TestEnv {
    let env = TestEnv::with_community();
    for name in ["Müller", "Tanaka", "Smith", "Kim"] {
        env.add_resident(name, &["--given-name", "X"]);
    }
    let ok = |args: &[&str]| {
        env.run(args).success();
    };
    ok(&[
        "course",
        "add",
        "--title",
        "Mandarin",
        "--code",
        "MAN-101",
        "--category",
        "language",
        "--start",
        "2026-11-03 18:30",
        "--duration",
        "90m",
        "--repeat",
        "weekly",
        "--count",
        "5",
        "--capacity",
        "2",
    ]);
    ok(&[
        "course",
        "add",
        "--title",
        "Lantern Festival",
        "--category",
        "festival",
        "--kind",
        "event",
        "--start",
        "2026-11-26 19:00",
        "--duration",
        "2h",
    ]);
    ok(&[
        "course",
        "add",
        "--title",
        "Tea",
        "--category",
        "tea",
        "--start",
        "2026-12-05 10:00",
        "--duration",
        "1h",
    ]);
    ok(&["course", "enroll", "1", "1", "2", "3"]);
    ok(&["course", "enroll", "3", "3"]);
    ok(&["course", "cancel", "1", "--session", "1", "-y"]);
    ok(&["course", "attend", "2", "1", "2"]);
    ok(&["course", "attend", "3", "1"]);
    ok(&["course", "attend", "3", "2", "--absent"]);
    ok(&["course", "attend", "4", "1"]);
    ok(&["course", "attend", "4", "4", "--walk-in"]);
    ok(&["course", "attend", "5", "1"]);
    env
}

const HEADER: &str = "course_id,code,title,category,kind,sessions_held,enrolled,waitlisted,capacity,attendances,attendance_rate_pct,unique_attendees\n";

#[test]
fn report_courses_counts_held_sessions_and_the_rate() {
    let env = term();
    // Mandarin: held s2, s3, s4 = 3; enrolled 1, 2, 4 = 3; present marks
    // at held sessions 2 + 1 + 2 = 5 (the one at s5 has not started);
    // rate 5 / (3 × 3) = 55.6 %. The festival has no one enrolled and
    // Tea has not started: both rates empty.
    assert_eq!(
        env.csv(&["report", "courses"]),
        format!(
            "{HEADER}\
             1,MAN-101,Mandarin,language,course,3,3,1,2,5,55.6,3\n\
             2,,Lantern Festival,festival,event,1,0,0,0,0,,0\n\
             3,,Tea,tea,course,0,1,0,0,0,,0\n"
        )
    );
    let json = env.json(&["report", "courses"]);
    assert_eq!(json[0]["attendance_rate_pct"], serde_json::json!(55.6));
    assert_eq!(json[1]["attendance_rate_pct"], serde_json::Value::Null);
}

#[test]
fn report_courses_in_a_range_counts_only_its_sessions() {
    let env = term();
    // 11-15..11-30: Mandarin s3, s4 held (present 1 + 2 = 3, by 1 and 4),
    // 3 / (3 × 2) = 50.0 %; the festival; Tea has no session in range.
    assert_eq!(
        env.csv(&[
            "report",
            "courses",
            "--from",
            "2026-11-15",
            "--to",
            "2026-11-30"
        ]),
        format!(
            "{HEADER}\
             1,MAN-101,Mandarin,language,course,2,3,1,2,3,50.0,2\n\
             2,,Lantern Festival,festival,event,1,0,0,0,0,,0\n"
        )
    );
    // Only the cancelled session falls in 11-01..11-05: no course.
    assert_eq!(
        env.csv(&[
            "report",
            "courses",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-05"
        ]),
        HEADER
    );
    env.fails(&["report", "courses", "--from", "2026-02-30"], 5);
    env.fails(
        &[
            "report",
            "courses",
            "--from",
            "2026-11-30",
            "--to",
            "2026-11-01",
        ],
        2,
    );
}

#[test]
fn report_attendance_grid_has_a_column_per_held_session() {
    let env = term();
    // Waitlisted 3 is not listed; walk-in 4 is; 2 has no mark at s4.
    assert_eq!(
        env.csv(&["report", "attendance", "--course", "1"]),
        "resident_id,family_name,given_name,2026-11-10 18:30,2026-11-17 18:30,2026-11-24 18:30\n\
         1,Müller,X,present,present,present\n\
         2,Tanaka,X,present,absent,\n\
         4,Kim,X,,,present\n"
    );
    // A course with no held session: the three name columns only.
    assert_eq!(
        env.csv(&["report", "attendance", "--course", "3"]),
        "resident_id,family_name,given_name\n3,Smith,X\n"
    );
    env.fails(&["report", "attendance", "--course", "99"], 3);
}
