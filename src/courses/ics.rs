//! A small iCalendar (RFC 5545) writer for `schedule --ics` and `course
//! show --ics`: one VCALENDAR with the Asia/Shanghai VTIMEZONE, one VEVENT
//! per session. Times are Shanghai wall-clock times with
//! `TZID=Asia/Shanghai` (what a resident's calendar shows and what the desk
//! announced), the zone defined in the file itself (+08:00 all year, no
//! daylight saving), so a program without a zone database still places
//! them right. Invariants of the output: CRLF line ends, every content line
//! at most 75 octets (folded with CRLF + space, never inside a UTF-8
//! character), TEXT values escaped, and a UID that depends only on the
//! session id, so a calendar re-imported after changes updates its events
//! instead of duplicating them (with SEQUENCE telling which copy is newer).
//!
//! Hand-written rather than the `icalendar` crate: the format needed here is
//! a few dozen lines, and the crate would bring a parser (nom) and generate
//! UIDs and DTSTAMPs itself, which would have to be overridden anyway. The
//! crate is a dev-dependency: the tests read our files back with it.
use chrono::{DateTime, FixedOffset, Utc};

use super::SessionStatus;
use crate::clock::shanghai;

/// The longest content line RFC 5545 allows, in octets, without the CRLF.
const MAX_LINE: usize = 75;

/// The one zone every time is written in.
pub const TZID: &str = "Asia/Shanghai";

/// Asia/Shanghai as RFC 5545 §3.6.5 defines a zone: one STANDARD
/// observance at +08:00 from 1970 on (China has had no daylight saving
/// since 1991, and every session is later than that).
const VTIMEZONE: [&str; 10] = [
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Shanghai",
    "X-LIC-LOCATION:Asia/Shanghai",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "TZNAME:CST",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// One session as a calendar event.
#[derive(Debug, Clone, PartialEq)]
pub struct IcsEvent {
    pub session_id: i64,
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    pub summary: String,
    pub location: Option<String>,
    pub description: Option<String>,
    /// CATEGORIES values (the course category).
    pub categories: Vec<String>,
    pub status: SessionStatus,
    /// Bumped each time the session changes (RFC 5545 SEQUENCE).
    pub sequence: u32,
}

/// The whole calendar; `now_utc` is the DTSTAMP of every event.
pub fn write_calendar(events: &[IcsEvent], now_utc: DateTime<Utc>) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//expatdesk//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for line in VTIMEZONE {
        push_line(&mut out, line);
    }
    for event in events {
        write_event(&mut out, event, now_utc);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// The UID of a session's event: stable across exports.
pub fn uid(session_id: i64) -> String {
    format!("session-{session_id}@expatdesk")
}

fn write_event(out: &mut String, event: &IcsEvent, now_utc: DateTime<Utc>) {
    let status = match event.status {
        SessionStatus::Scheduled => "CONFIRMED",
        SessionStatus::Cancelled => "CANCELLED",
    };
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{}", uid(event.session_id)));
    push_line(out, &format!("DTSTAMP:{}", utc_stamp(now_utc)));
    push_line(
        out,
        &format!("DTSTART;TZID={TZID}:{}", local_stamp(event.start)),
    );
    push_line(
        out,
        &format!("DTEND;TZID={TZID}:{}", local_stamp(event.end)),
    );
    push_line(out, &format!("SEQUENCE:{}", event.sequence));
    push_line(out, &format!("STATUS:{status}"));
    push_line(out, &format!("SUMMARY:{}", escape_text(&event.summary)));
    let optional = [
        ("LOCATION", &event.location),
        ("DESCRIPTION", &event.description),
    ];
    for (name, value) in optional {
        if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            push_line(out, &format!("{name}:{}", escape_text(v)));
        }
    }
    let categories: Vec<String> = event
        .categories
        .iter()
        .filter(|c| !c.trim().is_empty())
        .map(|c| escape_text(c))
        .collect();
    if !categories.is_empty() {
        push_line(out, &format!("CATEGORIES:{}", categories.join(",")));
    }
    push_line(out, "END:VEVENT");
}

/// `YYYYMMDDTHHMMSSZ` (RFC 5545 §3.3.5, form 2: UTC).
fn utc_stamp<Tz: chrono::TimeZone>(t: DateTime<Tz>) -> String {
    t.with_timezone(&Utc).format("%Y%m%dT%H%M%SZ").to_string()
}

/// `YYYYMMDDTHHMMSS` in Shanghai time (RFC 5545 §3.3.5, form 3: with a
/// TZID parameter).
fn local_stamp(t: DateTime<FixedOffset>) -> String {
    t.with_timezone(&shanghai())
        .format("%Y%m%dT%H%M%S")
        .to_string()
}

/// A TEXT value (RFC 5545 §3.3.11): `\`, `;` and `,` escaped, line breaks
/// as `\n`; other control characters (never valid in TEXT) dropped.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let normalised = value.replace("\r\n", "\n").replace('\r', "\n");
    for c in normalised.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (RFC 5545 §3.1) with CRLF ends.
fn push_line(out: &mut String, line: &str) {
    let mut room = MAX_LINE;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > room {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts.
            room = MAX_LINE - 1;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_datetime;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-02-01T08:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }
    fn event(id: i64, summary: &str) -> IcsEvent {
        IcsEvent {
            session_id: id,
            start: parse_datetime("2026-03-03 19:00").unwrap(),
            end: parse_datetime("2026-03-03 20:30").unwrap(),
            summary: summary.into(),
            location: Some("Room 2".into()),
            description: None,
            categories: vec!["tea".into()],
            status: SessionStatus::Scheduled,
            sequence: 0,
        }
    }
    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }
    fn lines(text: &str) -> Vec<String> {
        unfold(text).split("\r\n").map(String::from).collect()
    }

    #[test]
    fn a_calendar_with_one_event() {
        let ics = write_calendar(&[event(42, "Tea ceremony")], now());
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//expatdesk//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        .iter()
        .chain(VTIMEZONE.iter())
        .chain(&[
            "BEGIN:VEVENT",
            "UID:session-42@expatdesk",
            "DTSTAMP:20260201T080000Z",
            "DTSTART;TZID=Asia/Shanghai:20260303T190000",
            "DTEND;TZID=Asia/Shanghai:20260303T203000",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Tea ceremony",
            "LOCATION:Room 2",
            "CATEGORIES:tea",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ])
        .copied()
        .collect::<Vec<&str>>();
        assert_eq!(ics, expected.join("\r\n"));
    }

    #[test]
    fn every_line_ends_with_crlf() {
        let ics = write_calendar(&[event(1, "a\nb")], now());
        assert!(ics.ends_with("\r\n"));
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape_text("Tea, cakes; C:\\path\r\nline 2\nline 3"),
            "Tea\\, cakes\\; C:\\\\path\\nline 2\\nline 3"
        );
        assert_eq!(escape_text("a\u{7}b\tc"), "ab\tc");
        let mut e = event(1, "Dumplings, 饺子; all welcome");
        e.description = Some("Bring:\n- an apron\n- a friend".into());
        let all = lines(&write_calendar(&[e], now()));
        assert!(all.contains(&"SUMMARY:Dumplings\\, 饺子\\; all welcome".to_string()));
        assert!(all.contains(&"DESCRIPTION:Bring:\\n- an apron\\n- a friend".to_string()));
    }

    #[test]
    fn a_long_cjk_summary_is_folded_between_characters() {
        let summary = "中国书法入门：从握笔到楷书的基本笔画，".repeat(6) + "完";
        let ics = write_calendar(&[event(7, &summary)], now());
        for line in ics.split("\r\n") {
            assert!(line.len() <= MAX_LINE, "{} octets: {line}", line.len());
        }
        let summary_lines: Vec<&str> = ics
            .split("\r\n")
            .skip_while(|l| !l.starts_with("SUMMARY:"))
            .take_while(|l| !l.starts_with("LOCATION:"))
            .collect();
        assert!(summary_lines.len() > 3);
        assert!(summary_lines[1..].iter().all(|l| l.starts_with(' ')));
        let expected = format!("SUMMARY:{}", escape_text(&summary));
        assert!(lines(&ics).contains(&expected));
    }

    #[test]
    fn folding_fills_lines_to_exactly_75_octets_when_it_can() {
        let mut out = String::new();
        push_line(&mut out, &"x".repeat(200));
        let parts: Vec<usize> = out.split("\r\n").map(str::len).collect();
        assert_eq!(parts, vec![75, 75, 52, 0]);
        let mut out = String::new();
        push_line(&mut out, &"x".repeat(75));
        assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
    }

    #[test]
    fn a_cancelled_session_says_so() {
        let mut e = event(3, "Lantern festival");
        e.status = SessionStatus::Cancelled;
        e.sequence = 2;
        let all = lines(&write_calendar(&[e], now()));
        assert!(all.contains(&"STATUS:CANCELLED".to_string()));
        assert!(all.contains(&"SEQUENCE:2".to_string()));
        assert!(!all.contains(&"STATUS:CONFIRMED".to_string()));
    }

    #[test]
    fn the_uid_depends_only_on_the_session_id() {
        let a = write_calendar(&[event(99, "Tea")], now());
        let mut moved = event(99, "Tea (moved)");
        moved.start = parse_datetime("2026-03-04 19:00").unwrap();
        moved.location = None;
        let later = now() + chrono::Duration::days(3);
        let b = write_calendar(&[moved], later);
        let uid_of = |ics: &str| {
            lines(ics)
                .into_iter()
                .find(|l| l.starts_with("UID:"))
                .unwrap()
        };
        assert_eq!(uid_of(&a), "UID:session-99@expatdesk");
        assert_eq!(uid_of(&a), uid_of(&b));
        assert!(!lines(&b).iter().any(|l| l.starts_with("LOCATION")));
    }

    #[test]
    fn one_vevent_per_session() {
        let events: Vec<IcsEvent> = (1..=3).map(|id| event(id, "Tea")).collect();
        let ics = write_calendar(&events, now());
        assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 3);
        assert_eq!(ics.matches("END:VEVENT\r\n").count(), 3);
        let empty = write_calendar(&[], now());
        assert!(empty.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(empty.ends_with("END:VCALENDAR\r\n"));
    }
}
