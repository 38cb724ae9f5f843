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
pub mod calendar_store;
pub mod conflict;
pub mod demo;
pub mod duration;
pub mod ics;
pub mod recurrence;
pub mod roster_store;
pub mod store;
pub mod waitlist;

use crate::error::{AppError, Result};

/// Declares a closed vocabulary: the enum, `ALL`, `as_str`, `parse` and
/// `Display`. `$what` names it in error messages.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $($variant:ident => $text:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in the order the spec lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling stored in the database and written in exports.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// A value as a user or a CSV cell gives it; exit 5 otherwise.
            pub fn parse(text: &str) -> Result<Self> {
                let wanted = normalise(text);
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == wanted)
                    .ok_or_else(|| unknown($what, text, Self::ALL.iter().map(|v| v.as_str())))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

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

/// `" Martial Arts "`, `"martial_arts"` → `"martial-arts"`.
fn normalise(text: &str) -> String {
    crate::text::fold(text)
        .chars()
        .map(|c| if c == ' ' || c == '_' { '-' } else { c })
        .collect()
}

fn unknown<'a>(what: &str, text: &str, known: impl Iterator<Item = &'a str>) -> AppError {
    let known: Vec<&str> = known.collect();
    let err = AppError::invalid(format!("unknown {what} ({})", crate::text::visible(text)))
        .hint(format!("known values: {}", known.join(", ")));
    let guesses = crate::refdata::suggest(text, known.iter().copied());
    if guesses.is_empty() {
        err
    } else {
        err.hint(format!("did you mean {}?", guesses.join(", ")))
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
