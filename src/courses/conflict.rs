//! Schedule clashes (SPEC §4): two sessions clash when their times overlap
//! and they share a venue or an instructor. Times are half-open intervals
//! `[start, end)`, so sessions that only touch (one ends 19:00, the next
//! starts 19:00) do not clash. Venues and instructors are compared with
//! `text::fold` (case, accents and spacing ignored); a missing or blank one
//! never matches. The caller passes only scheduled sessions as `existing`;
//! a slot never clashes with itself (the same `session_id`), so a
//! rescheduled session can be checked against a list that still holds it.
//! The pairs are found by `sweep`, never by comparing all pairs.
use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};

use super::sweep::{self, Span};
use crate::clock::shanghai;
use crate::t;
use crate::text::{fold, visible};

pub use super::sweep::Reason;

/// One session as the clash check sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    /// `None` for a session not stored yet.
    pub session_id: Option<i64>,
    /// The line of an import file that defines it, for a session not
    /// stored yet.
    pub line: Option<u64>,
    pub course_title: String,
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    pub venue: Option<String>,
    pub instructor: Option<String>,
}

/// A new session that overlaps another one. When two new sessions clash
/// with each other, `existing` is the earlier one in the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    pub new: Slot,
    pub existing: Slot,
    pub reason: Reason,
}

/// Folded venue and instructor names as numbers, for the sweep.
#[derive(Debug, Default)]
pub struct Keys(HashMap<String, u32>);

impl Keys {
    /// The number of `value` folded; `None` for a missing or blank one.
    pub fn key(&mut self, value: Option<&str>) -> Option<u32> {
        let folded = fold(value?);
        if folded.is_empty() {
            return None;
        }
        let next = u32::try_from(self.0.len()).unwrap_or(u32::MAX);
        Some(*self.0.entry(folded).or_insert(next))
    }

    /// `slot` as the sweep sees it.
    pub fn span(&mut self, slot: &Slot, new: bool) -> Span {
        Span {
            start: slot.start.timestamp(),
            end: slot.end.timestamp(),
            venue: self.key(slot.venue.as_deref()),
            instructor: self.key(slot.instructor.as_deref()),
            id: slot.session_id,
            new,
        }
    }
}

/// Every clash of a new session with an existing one, then among the new
/// sessions themselves; in input order.
pub fn find_clashes(new: &[Slot], existing: &[Slot]) -> Vec<Clash> {
    let mut keys = Keys::default();
    let all: Vec<&Slot> = new.iter().chain(existing).collect();
    let spans: Vec<Span> = all
        .iter()
        .enumerate()
        .map(|(i, s)| keys.span(s, i < new.len()))
        .collect();
    sweep::clashes(&spans)
        .into_iter()
        .map(|p| Clash {
            new: all[p.new].clone(),
            existing: all[p.other].clone(),
            reason: p.reason,
        })
        .collect()
}

/// One line naming both sessions and what they share, e.g.
/// `"Tea ceremony" on 2026-03-03 19:00–20:30 overlaps session 7 "Calligraphy"
/// on 2026-03-03 18:30–19:30 in the same venue (Room 2)`.
pub fn describe(clash: &Clash) -> String {
    let new = slot_label(&clash.new);
    let existing = slot_label(&clash.existing);
    match clash.reason {
        Reason::Venue => t!(
            "svc-clash-venue",
            new = new,
            existing = existing,
            value = visible(clash.existing.venue.as_deref().unwrap_or_default())
        ),
        Reason::Instructor => t!(
            "svc-clash-instructor",
            new = new,
            existing = existing,
            value = visible(clash.existing.instructor.as_deref().unwrap_or_default())
        ),
    }
}

/// `session 7 "Calligraphy" on 2026-03-03 18:30–19:30`, or for a
/// session of an import file `"Calligraphy" (line 4) on …`.
fn slot_label(slot: &Slot) -> String {
    let title = visible(&slot.course_title);
    let time = time_range(slot);
    match (slot.session_id, slot.line) {
        (Some(id), _) => t!(
            "svc-slot-session",
            id = id.to_string(),
            title = title,
            time = time
        ),
        (None, Some(line)) => t!(
            "svc-slot-line",
            line = line.to_string(),
            title = title,
            time = time
        ),
        (None, None) => t!("svc-slot", title = title, time = time),
    }
}

/// `2026-03-03 18:30–19:30`, or with the end date when it is another day.
fn time_range(slot: &Slot) -> String {
    let start = slot.start.with_timezone(&shanghai());
    let end = slot.end.with_timezone(&shanghai());
    let end_format = if end.date_naive() == start.date_naive() {
        "%H:%M"
    } else {
        "%Y-%m-%d %H:%M"
    };
    format!(
        "{}–{}",
        start.format("%Y-%m-%d %H:%M"),
        end.format(end_format)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_datetime;

    fn slot(id: Option<i64>, title: &str, start: &str, end: &str) -> Slot {
        Slot {
            session_id: id,
            line: None,
            course_title: title.into(),
            start: parse_datetime(start).unwrap(),
            end: parse_datetime(end).unwrap(),
            venue: Some("Room 2".into()),
            instructor: Some("Li Wei".into()),
        }
    }
    fn at(venue: Option<&str>, instructor: Option<&str>, mut s: Slot) -> Slot {
        s.venue = venue.map(Into::into);
        s.instructor = instructor.map(Into::into);
        s
    }
    fn calligraphy() -> Slot {
        slot(
            Some(7),
            "Calligraphy",
            "2026-03-03 18:30",
            "2026-03-03 19:30",
        )
    }

    #[test]
    fn touching_sessions_do_not_clash() {
        let before = slot(None, "Tea", "2026-03-03 17:30", "2026-03-03 18:30");
        let after = slot(None, "Tea", "2026-03-03 19:30", "2026-03-03 21:00");
        assert!(find_clashes(&[before, after], &[calligraphy()]).is_empty());
    }

    #[test]
    fn overlapping_sessions_in_one_venue_clash() {
        let tea = slot(None, "Tea", "2026-03-03 19:00", "2026-03-03 20:30");
        let clashes = find_clashes(std::slice::from_ref(&tea), &[calligraphy()]);
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].reason, Reason::Venue);
        assert_eq!(clashes[0].new, tea);
        assert_eq!(clashes[0].existing, calligraphy());
    }

    #[test]
    fn containment_clashes_both_ways() {
        let inside = slot(None, "Tea", "2026-03-03 18:45", "2026-03-03 19:00");
        let around = slot(None, "Tea", "2026-03-03 18:00", "2026-03-03 20:00");
        assert_eq!(find_clashes(&[inside], &[calligraphy()]).len(), 1);
        assert_eq!(find_clashes(&[around], &[calligraphy()]).len(), 1);
        let same = calligraphy();
        let copy = Slot {
            session_id: None,
            ..same.clone()
        };
        assert_eq!(find_clashes(&[copy], &[same]).len(), 1);
    }

    #[test]
    fn different_venue_same_instructor_clashes_on_the_instructor() {
        let tea = at(
            Some("Hall"),
            Some("LI  WEI"),
            slot(None, "Tea", "2026-03-03 19:00", "2026-03-03 20:00"),
        );
        let clashes = find_clashes(&[tea], &[calligraphy()]);
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].reason, Reason::Instructor);
    }

    #[test]
    fn different_venue_and_instructor_do_not_clash() {
        let tea = at(
            Some("Hall"),
            Some("Anna Müller"),
            slot(None, "Tea", "2026-03-03 19:00", "2026-03-03 20:00"),
        );
        assert!(find_clashes(&[tea], &[calligraphy()]).is_empty());
    }

    #[test]
    fn missing_or_blank_venue_and_instructor_never_match() {
        let tea = at(
            None,
            Some(" "),
            slot(None, "Tea", "2026-03-03 19:00", "2026-03-03 20:00"),
        );
        let other = at(None, Some(""), calligraphy());
        assert!(find_clashes(std::slice::from_ref(&tea), &[other]).is_empty());
        assert!(find_clashes(&[tea.clone(), tea], &[]).is_empty());
    }

    #[test]
    fn names_compare_without_case_or_accents() {
        let new = at(
            Some("ROOM 2"),
            None,
            slot(None, "Tea", "2026-03-03 19:00", "2026-03-03 20:00"),
        );
        assert_eq!(find_clashes(&[new], &[calligraphy()]).len(), 1);
        let new = at(
            Some("Salle Écoute"),
            None,
            slot(None, "Tea", "2026-03-03 19:00", "2026-03-03 20:00"),
        );
        let old = at(Some("salle ecoute"), None, calligraphy());
        assert_eq!(find_clashes(&[new], &[old])[0].reason, Reason::Venue);
    }

    #[test]
    fn new_sessions_clash_among_themselves() {
        let first = slot(None, "Retreat", "2026-03-03 09:00", "2026-03-04 09:30");
        let second = slot(None, "Retreat", "2026-03-04 09:00", "2026-03-05 09:30");
        let third = slot(None, "Retreat", "2026-03-05 10:00", "2026-03-05 11:00");
        let clashes = find_clashes(&[first.clone(), second.clone(), third], &[]);
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].new, second);
        assert_eq!(clashes[0].existing, first);
    }

    #[test]
    fn a_session_does_not_clash_with_itself() {
        let moved = slot(
            Some(7),
            "Calligraphy",
            "2026-03-03 19:00",
            "2026-03-03 20:00",
        );
        assert!(find_clashes(&[moved], &[calligraphy()]).is_empty());
    }

    #[test]
    fn clashes_come_in_input_order() {
        let a = slot(None, "A", "2026-03-03 19:00", "2026-03-03 20:00");
        let b = slot(None, "B", "2026-03-03 18:00", "2026-03-03 19:05");
        let other = slot(Some(9), "Music", "2026-03-03 18:00", "2026-03-03 19:15");
        let clashes = find_clashes(&[a, b], &[calligraphy(), other]);
        let names: Vec<(&str, &str)> = clashes
            .iter()
            .map(|c| {
                (
                    c.new.course_title.as_str(),
                    c.existing.course_title.as_str(),
                )
            })
            .collect();
        assert_eq!(
            names,
            vec![
                ("A", "Calligraphy"),
                ("A", "Music"),
                ("B", "Calligraphy"),
                ("B", "Music"),
                ("B", "A"),
            ]
        );
    }

    #[test]
    fn describe_names_both_sessions_and_what_they_share() {
        let tea = slot(None, "Tea ceremony", "2026-03-03 19:00", "2026-03-03 20:30");
        let clash = &find_clashes(&[tea], &[calligraphy()])[0];
        assert_eq!(
            describe(clash),
            "\"Tea ceremony\" on 2026-03-03 19:00–20:30 overlaps session 7 \"Calligraphy\" \
             on 2026-03-03 18:30–19:30 in the same venue (Room 2)"
        );
        let tea = at(
            Some("Hall"),
            Some("li wei"),
            slot(Some(12), "Tea", "2026-03-03 23:00", "2026-03-04 01:00"),
        );
        let late = slot(Some(3), "Night", "2026-03-03 22:00", "2026-03-03 23:30");
        let clash = &find_clashes(&[tea], &[late])[0];
        assert_eq!(
            describe(clash),
            "session 12 \"Tea\" on 2026-03-03 23:00–2026-03-04 01:00 overlaps session 3 \
             \"Night\" on 2026-03-03 22:00–23:30 with the same instructor (Li Wei)"
        );
    }
}
