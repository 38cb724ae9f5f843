//! Issue 15: the calendar files of `schedule --ics` and `course show
//! --ics`, read back with the `icalendar` crate: every property a resident's
//! calendar shows, the Asia/Shanghai zone, folding that never splits a
//! character, escaping, cancelled sessions.
use chrono::{NaiveDate, NaiveDateTime};
use icalendar::parser::{read_calendar, unfold};
use icalendar::{
    Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, Event, EventLike,
};

use crate::common::{stderr, TestEnv};

const TITLE: &str = "Tea and Poetry";
const TITLE_ZH: &str = "茶与诗";
const INSTRUCTOR: &str = "Li, Wei; and friends";
const VENUE: &str = "Room 2, Block A";

/// 300 Chinese characters with a comma, a semicolon and a line break in
/// them: a line that must be folded many times and escaped.
fn long_description() -> String {
    let unit = "品茶读诗，一起感受中国文化的美好；";
    let mut text: String = unit.chars().cycle().take(299).collect();
    text.insert(150, '\n');
    assert_eq!(text.chars().count(), 300);
    text
}

/// A desk with two residents enrolled in a weekly course of three sessions
/// (12 places, so 10 left) whose second session is cancelled.
fn desk() -> TestEnv {
    desk_in(TestEnv::with_community())
}

/// `desk`, on a SQLite file whatever the run: for the tests that look
/// at the file or write behind the program's back.
fn sqlite_desk() -> TestEnv {
    desk_in(TestEnv::sqlite_with_community())
}

fn desk_in(env: TestEnv) -> TestEnv {
    env.add_resident("Müller", &[]);
    env.add_resident("Okafor", &[]);
    env.run(&[
        "course",
        "add",
        "--title",
        TITLE,
        "--title-zh",
        TITLE_ZH,
        "--category",
        "tea",
        "--code",
        "TEA-01",
        "--instructor",
        INSTRUCTOR,
        "--venue",
        VENUE,
        "--capacity",
        "12",
        "--description",
        &long_description(),
        "--start",
        "2026-12-01 18:30",
        "--duration",
        "90m",
        "--repeat",
        "weekly",
        "--count",
        "3",
    ])
    .success();
    env.run(&["course", "enroll", "1", "1", "2"]).success();
    env.run(&["course", "cancel", "1", "--session", "2"])
        .success();
    env
}

fn schedule_ics(env: &TestEnv, name: &str, sessions: usize) -> String {
    let out = env.output(&[
        "schedule",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--ics",
        name,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "the calendar goes to the file only");
    assert_eq!(
        stderr(&out),
        format!("wrote {sessions} sessions to {name}\n")
    );
    std::fs::read_to_string(env.path(name)).expect("written, as UTF-8")
}

fn events(text: &str) -> Vec<Event> {
    let calendar: Calendar = text.parse().expect("parses as iCalendar");
    calendar
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

/// The wall-clock time and zone of DTSTART or DTEND.
fn zoned(time: Option<DatePerhapsTime>) -> (NaiveDateTime, String) {
    match time {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
            (date_time, tzid)
        }
        other => panic!("not a time with a TZID: {other:?}"),
    }
}

fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, day)
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .expect("a real time")
}

#[test]
fn every_event_carries_what_a_resident_needs() {
    let env = desk();
    let text = schedule_ics(&env, "tea.ics", 3);
    let events = events(&text);
    assert_eq!(events.len(), 3);
    let description = format!(
        "{}\n\nInstructor: {INSTRUCTOR}\nCourse code: TEA-01\n\
         Places left: 10 of 12 (as of 2026-11-27 09:30)",
        long_description()
    );
    for (i, event) in events.iter().enumerate() {
        assert_eq!(
            event.get_uid(),
            Some(format!("session-{}@expatdesk", i + 1).as_str())
        );
        assert_eq!(event.get_summary(), Some("Tea and Poetry / 茶与诗"));
        assert_eq!(event.get_location(), Some(VENUE));
        assert_eq!(event.get_description(), Some(description.as_str()));
        assert_eq!(event.get_categories(), Some(vec!["tea".to_string()]));
        assert!(event.get_timestamp().is_some(), "DTSTAMP");
    }
    let statuses: Vec<Option<&str>> = events.iter().map(|e| e.property_value("STATUS")).collect();
    assert_eq!(
        statuses,
        vec![Some("CONFIRMED"), Some("CANCELLED"), Some("CONFIRMED")]
    );
    // The escaped form in the file itself (RFC 5545 §3.3.11).
    let unfolded = unfold(&text);
    assert!(unfolded.contains("\r\nLOCATION:Room 2\\, Block A\r\n"));
    assert!(unfolded.contains(
        "\\n\\nInstructor: Li\\, Wei\\; and friends\\nCourse code: TEA-01\\nPlaces left: 10 of 12"
    ));
}

#[test]
fn times_are_shanghai_wall_clock_with_their_vtimezone() {
    let env = desk();
    let text = schedule_ics(&env, "tea.ics", 3);
    let unfolded = unfold(&text);
    let parsed = read_calendar(&unfolded).expect("parses");
    let zones: Vec<_> = parsed
        .components
        .iter()
        .filter(|c| c.name == "VTIMEZONE")
        .collect();
    assert_eq!(zones.len(), 1, "one VTIMEZONE");
    let zone = zones[0];
    let prop = |c: &icalendar::parser::Component, name: &str| {
        c.find_prop(name).map(|p| p.val.as_str().to_string())
    };
    assert_eq!(prop(zone, "TZID").as_deref(), Some("Asia/Shanghai"));
    let standard: Vec<_> = zone
        .components
        .iter()
        .filter(|c| c.name == "STANDARD")
        .collect();
    assert_eq!(standard.len(), 1, "one STANDARD observance");
    assert!(!zone.components.iter().any(|c| c.name == "DAYLIGHT"));
    assert_eq!(prop(standard[0], "TZOFFSETFROM").as_deref(), Some("+0800"));
    assert_eq!(prop(standard[0], "TZOFFSETTO").as_deref(), Some("+0800"));
    let dtstart = prop(standard[0], "DTSTART").expect("DTSTART");
    assert!(NaiveDateTime::parse_from_str(&dtstart, "%Y%m%dT%H%M%S").is_ok());
    // The zone comes before the events that use it.
    assert!(text.find("BEGIN:VTIMEZONE") < text.find("BEGIN:VEVENT"));

    // Each event's times, read in that zone, are the sessions' times.
    let sessions = env.json(&["schedule", "--from", "2026-12-01", "--to", "2026-12-31"]);
    let sessions = sessions.as_array().expect("array");
    let offset = chrono::FixedOffset::east_opt(8 * 3600).expect("+08:00");
    for (event, session) in events(&text).iter().zip(sessions) {
        let (start, tz) = zoned(event.get_start());
        let (end, tz_end) = zoned(event.get_end());
        assert_eq!(
            (tz.as_str(), tz_end.as_str()),
            ("Asia/Shanghai", "Asia/Shanghai")
        );
        let stored = |key: &str| {
            chrono::DateTime::parse_from_rfc3339(session[key].as_str().expect("time"))
                .expect("RFC 3339")
        };
        let as_local = |t: NaiveDateTime| t.and_local_timezone(offset).single().expect("fixed");
        assert_eq!(as_local(start), stored("starts_at"));
        assert_eq!(as_local(end), stored("ends_at"));
    }
    let starts: Vec<NaiveDateTime> = events(&text)
        .iter()
        .map(|e| zoned(e.get_start()).0)
        .collect();
    assert_eq!(starts, vec![at(1, 18, 30), at(8, 18, 30), at(15, 18, 30)]);
    assert_eq!(zoned(events(&text)[0].get_end()).0, at(1, 20, 0));
    assert!(text.contains("\r\nDTSTART;TZID=Asia/Shanghai:20261201T183000\r\n"));
}

#[test]
fn long_lines_fold_at_75_octets_between_characters() {
    let env = desk();
    let text = schedule_ics(&env, "tea.ics", 3);
    let bytes = std::fs::read(env.path("tea.ics")).expect("written");
    assert!(bytes.ends_with(b"\r\n"));
    let lf = bytes.iter().filter(|b| **b == b'\n').count();
    assert_eq!(lf, text.matches("\r\n").count(), "every line ends in CRLF");
    let mut continuations = 0;
    for line in bytes.split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        assert!(line.len() <= 75, "{} octets", line.len());
        let line = std::str::from_utf8(line).expect("each physical line is valid UTF-8");
        if line.starts_with(' ') {
            continuations += 1;
        }
    }
    // The 300-character description alone takes more than a dozen lines.
    assert!(
        continuations >= 3 * 12,
        "{continuations} continuation lines"
    );
    // Folded lines re-join to the original value.
    let description = text
        .split("\r\n")
        .skip_while(|l| !l.starts_with("DESCRIPTION:"))
        .enumerate()
        .take_while(|(i, l)| *i == 0 || l.starts_with(' '))
        .map(|(i, l)| if i == 0 { l } else { &l[1..] })
        .collect::<String>();
    let expected = long_description().replace('\n', "\\n");
    assert!(
        description.starts_with(&format!("DESCRIPTION:{expected}\\n\\nInstructor:")),
        "{description}"
    );
}

#[test]
fn course_show_writes_that_course_as_a_calendar() {
    let env = desk();
    env.add_weekly_course("2026-12-02 10:00", "0");
    let out = env.output(&["course", "show", "1", "--ics", "one.ics"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(stderr(&out), "wrote 3 sessions to one.ics\n");
    let text = std::fs::read_to_string(env.path("one.ics")).expect("written");
    let one = events(&text);
    let uids: Vec<&str> = one.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(
        uids,
        vec![
            "session-1@expatdesk",
            "session-2@expatdesk",
            "session-3@expatdesk"
        ]
    );
    assert!(one
        .iter()
        .all(|e| e.get_summary() == Some("Tea and Poetry / 茶与诗")));
    assert_eq!(one[1].property_value("STATUS"), Some("CANCELLED"));
    assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 1);
    // The same events as `schedule --ics` writes for these sessions.
    let all = schedule_ics(&env, "all.ics", 6);
    for uid in uids {
        let block = |t: &str| {
            let start = t.find(&format!("UID:{uid}")).expect("event");
            t[start..t[start..].find("END:VEVENT").map_or(t.len(), |e| start + e)].to_string()
        };
        assert_eq!(block(&text), block(&all));
    }
    // The other course: unlimited places, no description, its own sessions.
    env.run(&["course", "show", "2", "--ics", "two.ics"])
        .success();
    let two = events(&std::fs::read_to_string(env.path("two.ics")).expect("written"));
    assert_eq!(two.len(), 3);
    assert_eq!(two[0].get_uid(), Some("session-4@expatdesk"));
    assert_eq!(
        two[0].get_description(),
        Some("Places left: unlimited (as of 2026-11-27 09:30)")
    );
    // An unknown course is not found, and writes nothing.
    let err = env.fails(&["course", "show", "9", "--ics", "nine.ics"], 3);
    assert!(err.starts_with("error:"), "{err}");
    assert!(!env.path("nine.ics").exists());
}

#[test]
fn a_course_without_sessions_writes_no_calendar() {
    let env = sqlite_desk();
    env.add_weekly_course("2026-12-02 10:00", "0");
    let deleted = env
        .sql()
        .execute("DELETE FROM sessions WHERE course_id = 2", [])
        .expect("deleted");
    assert_eq!(deleted, 3);
    let out = env.output(&["course", "show", "2", "--ics", "none.ics"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "course 2 has no sessions: no calendar written\n"
    );
    assert!(!env.path("none.ics").exists());
}
