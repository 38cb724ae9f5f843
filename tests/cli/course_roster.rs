//! Enrollment, the waitlist, attendance, the calendar file, and two
//! processes racing for the last seat.
use std::process::Stdio;

use icalendar::{Calendar, CalendarComponent, Component};

use crate::common::TestEnv;

/// A desk with residents 1..=n (Green Court) and one weekly course of
/// three sessions from 2026-12-01 with `capacity` seats.
fn desk(n: usize, capacity: &str) -> TestEnv {
    let env = TestEnv::with_community();
    for i in 0..n {
        env.add_resident(&format!("Resident{i}"), &[]);
    }
    env.add_weekly_course("2026-12-01 18:30", capacity);
    env
}

/// `enrollment export` rows as (resident_id, status, position).
fn roster(env: &TestEnv) -> Vec<(String, String, String)> {
    env.stdout(&["enrollment", "export", "--format", "csv"])
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[2].to_string(), f[4].to_string(), f[5].to_string())
        })
        .collect()
}

fn row(resident: &str, status: &str, position: &str) -> (String, String, String) {
    (resident.into(), status.into(), position.into())
}

#[test]
fn seats_then_the_waitlist_in_order_and_one_promotion_per_drop() {
    let env = desk(5, "2");
    env.run(&["course", "enroll", "1", "1", "2", "3", "4", "5"])
        .success();
    let mut expected = vec![
        row("1", "enrolled", ""),
        row("2", "enrolled", ""),
        row("3", "waitlisted", "1"),
        row("4", "waitlisted", "2"),
        row("5", "waitlisted", "3"),
    ];
    assert_eq!(roster(&env), expected);
    let out = env.output(&["course", "drop", "1", "1"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("resident 3"));
    env.run(&["course", "drop", "1", "4"]).success();
    expected = vec![
        row("2", "enrolled", ""),
        row("3", "enrolled", ""),
        row("5", "waitlisted", "1"),
    ];
    assert_eq!(roster(&env), expected);
}

#[test]
fn enrolling_twice_changes_nothing_and_moved_out_residents_are_refused() {
    let env = desk(2, "5");
    env.run(&["course", "enroll", "1", "1"]).success();
    env.run(&["course", "enroll", "1", "1"]).success();
    assert_eq!(roster(&env), vec![row("1", "enrolled", "")]);
    env.run(&["resident", "move-out", "2", "--on", "2026-11-20"])
        .success();
    env.fails(&["course", "enroll", "1", "2"], 4);
    env.fails(&["course", "enroll", "1", "99"], 3);
    env.fails(&["course", "drop", "1", "2"], 4);
}

#[test]
fn attendance_needs_enrollment_unless_walk_in() {
    let env = desk(3, "1");
    env.run(&["course", "enroll", "1", "1"]).success();
    env.run(&["course", "attend", "1", "1"]).success();
    env.fails(&["course", "attend", "1", "2"], 4);
    // A walk-in is enrolled beyond capacity and marked present.
    env.run(&["course", "attend", "1", "2", "--walk-in"])
        .success();
    env.run(&["course", "attend", "2", "1", "--absent"])
        .success();
    let marks = env.stdout(&["attendance", "export", "--format", "csv"]);
    let lines: Vec<&str> = marks.lines().collect();
    assert_eq!(
        lines[0],
        "session_id,course_id,resident_id,external_id,status,marked_at"
    );
    assert!(lines[1].starts_with("1,1,1,,present,"), "{marks}");
    assert!(lines[2].starts_with("1,1,2,,present,"), "{marks}");
    assert!(lines[3].starts_with("2,1,1,,absent,"), "{marks}");
    assert_eq!(
        roster(&env),
        vec![row("1", "enrolled", ""), row("2", "enrolled", "")]
    );
}

#[test]
fn two_processes_racing_for_the_last_seat_get_one_seat_and_one_waitlist_place() {
    for _ in 0..3 {
        let env = desk(2, "1");
        let spawn = |resident: &str| {
            env.std_cmd()
                .args(["course", "enroll", "1", resident])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawns")
        };
        let (a, b) = (spawn("1"), spawn("2"));
        assert!(a.wait_with_output().expect("a").status.success());
        assert!(b.wait_with_output().expect("b").status.success());
        let mut statuses: Vec<(String, String)> =
            roster(&env).into_iter().map(|(_, s, p)| (s, p)).collect();
        statuses.sort();
        assert_eq!(
            statuses,
            vec![
                ("enrolled".into(), "".into()),
                ("waitlisted".into(), "1".into())
            ]
        );
    }
}

#[test]
fn the_calendar_file_parses_back_event_by_event() {
    let env = desk(0, "0");
    env.run(&["course", "cancel", "1", "--session", "2"])
        .success();
    let path = env.path("courses.ics");
    let path_text = path.to_str().expect("utf-8 path");
    env.run(&[
        "schedule",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--ics",
        path_text,
    ])
    .success();
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(text.contains("\r\n"), "CRLF line ends");
    let calendar: Calendar = text.parse().expect("parses as iCalendar");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 3);
    for (i, event) in events.iter().enumerate() {
        assert_eq!(
            event.get_uid(),
            Some(format!("session-{}@expatdesk", i + 1).as_str())
        );
        assert!(event.get_summary().is_some_and(|s| s.contains("Mandarin")));
        assert_eq!(event.property_value("LOCATION"), Some("Room 2"));
    }
    assert_eq!(events[0].property_value("DTSTART"), Some("20261201T183000"));
    assert_eq!(events[1].property_value("STATUS"), Some("CANCELLED"));
    assert_eq!(events[0].property_value("STATUS"), Some("CONFIRMED"));
    // A second export keeps the UIDs: calendars update instead of duplicating.
    env.run(&[
        "schedule",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--ics",
        path_text,
    ])
    .success();
    let again = std::fs::read_to_string(&path).expect("written");
    assert_eq!(
        again
            .lines()
            .filter(|l| l.starts_with("UID:"))
            .collect::<Vec<_>>(),
        text.lines()
            .filter(|l| l.starts_with("UID:"))
            .collect::<Vec<_>>()
    );
}

#[test]
fn reschedule_is_clash_checked_and_cancel_is_final() {
    let env = desk(0, "0");
    env.run(&[
        "course",
        "add",
        "--title",
        "Tea",
        "--category",
        "tea",
        "--start",
        "2026-12-02 18:30",
        "--duration",
        "1h",
        "--venue",
        "Room 2",
    ])
    .success();
    // Session 4 (Tea) onto Mandarin's 2026-12-08 slot in the same room.
    let err = env.fails(
        &["course", "reschedule", "4", "--start", "2026-12-08 19:00"],
        4,
    );
    assert!(err.contains("Mandarin"), "{err}");
    env.run(&["course", "reschedule", "4", "--start", "2026-12-08 20:00"])
        .success();
    env.run(&["course", "cancel", "2"]).success();
    env.fails(&["course", "cancel", "2"], 4);
    env.fails(
        &["course", "reschedule", "99", "--start", "2026-12-08 20:00"],
        3,
    );
}
