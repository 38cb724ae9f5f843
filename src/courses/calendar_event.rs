//! What a resident reads in a session's calendar event: the title with its
//! Chinese title, the course description followed by the instructor, the
//! course code and the places left when the file was written, and the
//! category. iCalendar files are read by machines and by residents of
//! every language, so, like CSV headers, they do not follow `--lang`.
use chrono::{DateTime, FixedOffset};

use super::calendar_store::AgendaLine;
use super::ics::IcsEvent;
use super::SessionStatus;
use crate::clock::{format_datetime, parse_datetime};
use crate::error::{AppError, Result};

/// The event of one agenda line, its places counted as of `as_of`.
pub fn event(line: &AgendaLine, as_of: &DateTime<FixedOffset>) -> Result<IcsEvent> {
    let time = |text: &str| {
        parse_datetime(text)
            .ok_or_else(|| AppError::internal(format!("stored time is not valid: {text:?}")))
    };
    Ok(IcsEvent {
        session_id: line.session_id,
        start: time(&line.starts_at)?,
        end: time(&line.ends_at)?,
        summary: summary(&line.title, line.title_zh.as_deref()),
        location: line.venue.clone(),
        description: Some(description(line, as_of)),
        categories: vec![line.category.clone()],
        status: SessionStatus::parse(&line.status)?,
        sequence: line.sequence,
    })
}

/// `Tea and Poetry / 茶与诗`, or the title alone.
pub fn summary(title: &str, title_zh: Option<&str>) -> String {
    match title_zh.map(str::trim).filter(|z| !z.is_empty()) {
        Some(zh) => format!("{title} / {zh}"),
        None => title.to_string(),
    }
}

/// The course description, a blank line, then one line each for the
/// instructor and the course code (when known) and the places left.
pub fn description(line: &AgendaLine, as_of: &DateTime<FixedOffset>) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(text) = known(&line.description) {
        parts.push(text.to_string());
        parts.push(String::new());
    }
    if let Some(instructor) = known(&line.instructor) {
        parts.push(format!("Instructor: {instructor}"));
    }
    if let Some(code) = known(&line.code) {
        parts.push(format!("Course code: {code}"));
    }
    let stamp = format_datetime(as_of);
    let minute = stamp.get(..16).unwrap_or(&stamp).replace('T', " ");
    parts.push(format!(
        "Places left: {} (as of {minute})",
        places_left(line.enrolled, line.capacity)
    ));
    parts.join("\n")
}

/// The trimmed value, when there is one.
fn known(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// `3 of 12`, `none (waitlist open)` or `unlimited` (capacity 0).
pub fn places_left(enrolled: i64, capacity: i64) -> String {
    if capacity <= 0 {
        return "unlimited".into();
    }
    match capacity - enrolled {
        left if left > 0 => format!("{left} of {capacity}"),
        _ => "none (waitlist open)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line() -> AgendaLine {
        AgendaLine {
            session_id: 5,
            course_id: 2,
            code: Some("TEA-01".into()),
            title: "Tea and Poetry".into(),
            title_zh: Some("茶与诗".into()),
            kind: "course".into(),
            category: "tea".into(),
            starts_at: "2026-03-03T19:00:00+08:00".into(),
            ends_at: "2026-03-03T20:30:00+08:00".into(),
            venue: Some("Room 2".into()),
            instructor: Some("Li Wei".into()),
            description: Some("Green teas, and poems about them.".into()),
            status: "scheduled".into(),
            sequence: 0,
            enrolled: 9,
            capacity: 12,
        }
    }

    fn as_of() -> DateTime<FixedOffset> {
        parse_datetime("2026-02-01 16:05").expect("time")
    }

    #[test]
    fn the_event_says_everything_a_resident_needs() {
        let e = event(&line(), &as_of()).expect("event");
        assert_eq!(e.summary, "Tea and Poetry / 茶与诗");
        assert_eq!(e.location.as_deref(), Some("Room 2"));
        assert_eq!(e.categories, vec!["tea".to_string()]);
        assert_eq!(
            e.description.as_deref(),
            Some(
                "Green teas, and poems about them.\n\nInstructor: Li Wei\n\
                 Course code: TEA-01\nPlaces left: 3 of 12 (as of 2026-02-01 16:05)"
            )
        );
    }

    #[test]
    fn missing_parts_are_left_out() {
        let mut l = line();
        (l.title_zh, l.description, l.instructor, l.code) = (Some(" ".into()), None, None, None);
        l.capacity = 0;
        let e = event(&l, &as_of()).expect("event");
        assert_eq!(e.summary, "Tea and Poetry");
        assert_eq!(
            e.description.as_deref(),
            Some("Places left: unlimited (as of 2026-02-01 16:05)")
        );
    }

    #[test]
    fn places_left_never_goes_below_none() {
        assert_eq!(places_left(12, 12), "none (waitlist open)");
        assert_eq!(places_left(14, 12), "none (waitlist open)");
        assert_eq!(places_left(0, 1), "1 of 1");
    }
}
