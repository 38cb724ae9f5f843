//! Closed vocabularies (categories, channels, statuses …): one macro
//! declares each as an enum with `ALL`, `as_str` (the stored and exported
//! spelling), `parse` (trimmed, case- and accent-insensitive, `_` or space
//! for `-`; exit 5 naming the value, with "did you mean", otherwise) and
//! `Display`.
use crate::error::AppError;

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
            pub fn parse(text: &str) -> $crate::error::Result<Self> {
                let wanted = $crate::vocab::normalise(text);
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == wanted)
                    .ok_or_else(|| $crate::vocab::unknown($what, text, Self::ALL.iter().map(|v| v.as_str())))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use vocabulary;

/// `" Martial Arts "`, `"martial_arts"` → `"martial-arts"`.
pub fn normalise(text: &str) -> String {
    crate::text::fold(text)
        .chars()
        .map(|c| if c == ' ' || c == '_' { '-' } else { c })
        .collect()
}

pub fn unknown<'a>(what: &str, text: &str, known: impl Iterator<Item = &'a str>) -> AppError {
    let known: Vec<&str> = known.collect();
    let err = AppError::invalid(crate::t!(
        "sys-vocab-unknown",
        what = vocabulary_name(what),
        value = crate::text::visible(text)
    ))
    .hint(crate::t!("sys-known-values", list = known.join(", ")));
    let guesses = crate::refdata::suggest(text, known.iter().copied());
    if guesses.is_empty() {
        err
    } else {
        err.hint(crate::t!("sys-did-you-mean", list = guesses.join(", ")))
    }
}

/// The name of a vocabulary (`$what` of `vocabulary!`) in the chosen language.
fn vocabulary_name(what: &str) -> String {
    match what {
        "channel" => crate::t!("sys-vocab-channel"),
        "category" => crate::t!("sys-vocab-category"),
        "status" => crate::t!("sys-vocab-status"),
        "kind" => crate::t!("sys-vocab-kind"),
        "repeat" => crate::t!("sys-vocab-repeat"),
        "course status" => crate::t!("sys-vocab-course-status"),
        "session status" => crate::t!("sys-vocab-session-status"),
        "enrollment status" => crate::t!("sys-vocab-enrollment-status"),
        "attendance status" => crate::t!("sys-vocab-attendance-status"),
        other => other.to_string(),
    }
}
