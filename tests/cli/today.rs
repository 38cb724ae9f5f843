//! `today` (SPEC §8): the dashboard's four sections as JSON, the readable
//! sections, and no CSV.
use serde_json::json;

use crate::common::TestEnv;
use crate::report_feedback::at;

/// Today is 2026-11-27. P: permit 12-10, registered; Q: permit next year,
/// registered before arriving; R: permit expired 11-20, never registered.
/// Calligraphy today 14:00 with P and Q enrolled (P marked present);
/// feedback overdue (11-01), due in 5 days (11-17), due later (11-25),
/// and one answered.
fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    let reg = "--residence-registered-on";
    let exp = "--permit-expiry";
    let arrive = "--arrival-date";
    env.add_resident(
        "Park",
        &[exp, "2026-12-10", arrive, "2026-06-01", reg, "2026-06-10"],
    );
    env.add_resident(
        "Quinn",
        &[exp, "2027-03-01", arrive, "2026-06-01", reg, "2026-05-01"],
    );
    env.add_resident("Ross", &[exp, "2026-11-20", arrive, "2026-06-01"]);
    let course = |title: &str, start: &str| {
        at(
            &env,
            "2026-11-01T10:00:00+08:00",
            &[
                "course",
                "add",
                "--title",
                title,
                "--category",
                "calligraphy",
                "--start",
                start,
                "--duration",
                "90m",
                "--venue",
                "Room 2",
            ],
        );
    };
    course("Calligraphy", "2026-11-27 14:00");
    course("Tea", "2026-11-26 14:00");
    env.run(&["course", "enroll", "1", "1", "2"]).success();
    env.run(&["course", "attend", "1", "1"]).success();
    for (received, subject) in [
        ("2026-11-01 10:00", "Late"),
        ("2026-11-17 10:00", "Soon"),
        ("2026-11-25 10:00", "Later"),
        ("2026-11-02 10:00", "Answered"),
    ] {
        env.run(&[
            "feedback",
            "log",
            "--anonymous",
            "--category",
            "housing",
            "--channel",
            "phone",
            "--subject",
            subject,
            "--received-at",
            received,
        ])
        .success();
    }
    env.run(&["feedback", "respond", "4", "--response", "Done"])
        .success();
    env
}

#[test]
fn today_json_has_the_four_sections() {
    let env = desk();
    let v = env.json(&["today"]);
    let expected = json!({
        "sessions": [{
            "session_id": 1, "course_id": 1, "code": null, "title": "Calligraphy",
            "kind": "course", "starts_at": "2026-11-27T14:00:00+08:00",
            "ends_at": "2026-11-27T15:30:00+08:00", "venue": "Room 2",
            "roster": [
                {"resident_id": 1, "family_name": "Park", "given_name": null, "attendance": "present"},
                {"resident_id": 2, "family_name": "Quinn", "given_name": null, "attendance": null}
            ]
        }],
        "permits": [
            {"resident_id": 3, "family_name": "Ross", "given_name": null, "permit_type": null,
             "permit_expiry": "2026-11-20", "days_left": -7},
            {"resident_id": 1, "family_name": "Park", "given_name": null, "permit_type": null,
             "permit_expiry": "2026-12-10", "days_left": 13}
        ],
        "registrations": [
            {"resident_id": 2, "family_name": "Quinn", "given_name": null,
             "arrival_date": "2026-06-01", "reason": "before-arrival"},
            {"resident_id": 3, "family_name": "Ross", "given_name": null,
             "arrival_date": "2026-06-01", "reason": "missing"}
        ],
        "feedback": [
            {"id": 1, "received_at": "2026-11-01T10:00:00+08:00", "subject": "Late",
             "status": "new", "department": null, "due_on": "2026-11-16", "days_left": -11,
             "overdue": "yes"},
            {"id": 2, "received_at": "2026-11-17T10:00:00+08:00", "subject": "Soon",
             "status": "new", "department": null, "due_on": "2026-12-02", "days_left": 5,
             "overdue": "no"}
        ],
        "counts": {"sessions": 1, "permits": 2, "registrations": 2, "feedback": 2}
    });
    assert_eq!(v, expected);
}

#[test]
fn today_table_names_the_commands_and_says_nothing_today() {
    let env = TestEnv::new();
    let out = env.stdout(&["today"]);
    assert_eq!(out.matches("nothing today").count(), 4, "{out}");
    for command in [
        "expatdesk course attend SESSION RESIDENT…",
        "expatdesk resident edit ID --permit-expiry",
        "expatdesk resident register-residence ID",
        "expatdesk feedback forward|respond ID",
    ] {
        assert!(out.contains(command), "{command} missing from {out}");
    }
    let full = desk().stdout(&["today"]);
    assert!(
        full.contains("Session 1: Calligraphy 14:00–15:30 at Room 2"),
        "{full}"
    );
    // Codes of closed vocabularies show as their labels in a table.
    assert!(full.contains("before arrival"), "{full}");
    env.fails(&["today", "--format", "csv"], 2);
}
