//! Courses and events (SPEC §4), pure domain: the closed vocabularies
//! (category, kind, repeat, statuses) as enums, and the rules in the
//! submodules — durations, recurrence expansion, schedule clashes,
//! enrollment with a waitlist, and the iCalendar writer. No SQL here.
//!
//! Every vocabulary has `as_str` (the stored and exported spelling) and
//! `parse` (trimmed, case-insensitive; exit 5 naming the value otherwise).
//! `Category` deliberately has no `clap::ValueEnum`: an unknown category is
//! invalid data (exit 5, SPEC §1), which a clap value parser cannot give, so
//! `--category` takes a string and calls `Category::parse`.
pub mod calendar_event;
pub mod calendar_store;
pub mod conflict;
pub mod demo;
pub mod duration;
pub mod ics;
pub mod recurrence;
pub mod roster_store;
pub mod store;
pub mod sweep;
pub mod waitlist;

use crate::vocab::vocabulary;

vocabulary! {
    /// What a course is about (SPEC §4).
    Category, "category" {
        Language => "language",
        Calligraphy => "calligraphy",
        Painting => "painting",
        Tea => "tea",
        Cuisine => "cuisine",
        Music => "music",
        MartialArts => "martial-arts",
        Festival => "festival",
        History => "history",
        Crafts => "crafts",
        Other => "other",
    }
}

vocabulary! {
    /// A course runs over several sessions; an event is usually one.
    #[derive(clap::ValueEnum)]
    Kind, "kind" {
        Course => "course",
        Event => "event",
    }
}

vocabulary! {
    /// How sessions repeat from the first one.
    #[derive(clap::ValueEnum)]
    Repeat, "repeat" {
        None => "none",
        Daily => "daily",
        Weekly => "weekly",
    }
}

vocabulary! {
    /// A whole course: scheduled until it is cancelled.
    #[derive(clap::ValueEnum)]
    CourseStatus, "course status" {
        Scheduled => "scheduled",
        Cancelled => "cancelled",
    }
}

vocabulary! {
    /// One session: scheduled until it is cancelled.
    SessionStatus, "session status" {
        Scheduled => "scheduled",
        Cancelled => "cancelled",
    }
}

vocabulary! {
    /// A resident on a course's roster: holding a seat, or waiting for one.
    EnrollmentStatus, "enrollment status" {
        Enrolled => "enrolled",
        Waitlisted => "waitlisted",
    }
}

vocabulary! {
    /// A resident at one session.
    AttendanceStatus, "attendance status" {
        Present => "present",
        Absent => "absent",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use clap::ValueEnum;

    #[test]
    fn every_value_parses_back_from_its_spelling() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()).unwrap(), *c);
        }
        for r in Repeat::ALL {
            assert_eq!(Repeat::parse(r.as_str()).unwrap(), *r);
        }
        assert_eq!(Category::ALL.len(), 11);
        assert_eq!(
            EnrollmentStatus::parse("waitlisted").unwrap(),
            EnrollmentStatus::Waitlisted
        );
        assert_eq!(
            AttendanceStatus::parse("absent").unwrap(),
            AttendanceStatus::Absent
        );
        assert_eq!(
            SessionStatus::parse("cancelled").unwrap(),
            SessionStatus::Cancelled
        );
    }

    #[test]
    fn parsing_ignores_case_spacing_and_separator_style() {
        assert_eq!(
            Category::parse(" Martial Arts ").unwrap(),
            Category::MartialArts
        );
        assert_eq!(
            Category::parse("martial_arts").unwrap(),
            Category::MartialArts
        );
        assert_eq!(Kind::parse("EVENT").unwrap(), Kind::Event);
        assert_eq!(
            CourseStatus::parse("Scheduled").unwrap(),
            CourseStatus::Scheduled
        );
    }

    #[test]
    fn unknown_values_are_invalid_data_with_suggestions() {
        let err = Category::parse("calligrafy").unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(err.lines, vec!["unknown category (calligrafy)"]);
        assert!(err.hints[0].starts_with("known values: language, calligraphy"));
        assert_eq!(err.hints[1], "did you mean calligraphy?");
        let err = Repeat::parse("").unwrap_err();
        assert_eq!(err.hints.len(), 1);
        assert_eq!(
            Repeat::parse("monthly").unwrap_err().kind,
            ErrorKind::Invalid
        );
    }

    #[test]
    fn clap_spellings_match_the_stored_ones() {
        for k in Kind::ALL {
            assert_eq!(k.to_possible_value().unwrap().get_name(), k.as_str());
        }
        for r in Repeat::ALL {
            assert_eq!(r.to_possible_value().unwrap().get_name(), r.as_str());
        }
        for s in CourseStatus::ALL {
            assert_eq!(s.to_possible_value().unwrap().get_name(), s.as_str());
        }
    }

    #[test]
    fn display_writes_the_stored_spelling() {
        assert_eq!(Category::MartialArts.to_string(), "martial-arts");
        assert_eq!(Repeat::Weekly.to_string(), "weekly");
    }
}
