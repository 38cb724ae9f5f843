//! Feedback to the authorities (SPEC §5), pure domain: the closed
//! vocabularies (channel, category, status) and, in the submodules, the
//! status flow with its SLA/overdue rules (`flow`), the CSV row schema
//! shared by `feedback import` and the demo (`csv`), the SQL (`store`) and
//! the demo loader (`demo`).
//!
//! Every vocabulary has `as_str` (stored and exported spelling) and `parse`
//! (trimmed, case-insensitive, `_`/space read as `-`; exit 5 with "did you
//! mean" otherwise). None is a `clap::ValueEnum`: an unknown value is
//! invalid data (exit 5), which a clap value parser cannot give.
pub mod csv;
pub mod demo;
pub mod flow;
pub mod query;
pub mod store;

use crate::vocab::vocabulary;

vocabulary! {
    /// How the comment or demand reached the desk (also `--informed-via`).
    Channel, "channel" {
        WalkIn => "walk-in",
        Phone => "phone",
        Email => "email",
        Wechat => "wechat",
        Event => "event",
        Letter => "letter",
        Other => "other",
    }
}

vocabulary! {
    /// What the feedback is about.
    Category, "category" {
        Policy => "policy",
        VisaResidence => "visa-residence",
        Housing => "housing",
        Renovation => "renovation",
        Traffic => "traffic",
        Healthcare => "healthcare",
        Education => "education",
        Employment => "employment",
        Environment => "environment",
        PublicSafety => "public-safety",
        CommunityServices => "community-services",
        Other => "other",
    }
}

/// A status as messages name it: the stored code in English (as the
/// messages always said), the glossary's word in any other language.
pub fn status_word(status: Status) -> String {
    code_word("feedback-status", status.as_str())
}

/// A code of `vocabulary` as messages and pickers show it: the code itself
/// in English (as they always did), its label in any other language.
pub fn code_word(vocabulary: &str, code: &str) -> String {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => code.to_string(),
        _ => crate::i18n::label(vocabulary, code),
    }
}

/// A department as messages name it: its code in English (as the messages
/// always said), its Chinese name in Chinese (GLOSSARY).
pub fn department_word(department: &crate::departments::Department) -> String {
    match crate::i18n::lang() {
        crate::i18n::Lang::Zh => department.name_zh.clone(),
        crate::i18n::Lang::En => department.code.clone(),
    }
}

vocabulary! {
    /// Where an item stands in the flow (see `flow`).
    Status, "status" {
        New => "new",
        Forwarded => "forwarded",
        Responded => "responded",
        Closed => "closed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn every_value_parses_back_from_its_spelling() {
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.as_str()).unwrap(), *c);
        }
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()).unwrap(), *c);
        }
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()).unwrap(), *s);
        }
        assert_eq!(Channel::ALL.len(), 7);
        assert_eq!(Category::ALL.len(), 12);
    }

    #[test]
    fn parsing_ignores_case_and_separator_style() {
        assert_eq!(Channel::parse(" Walk In ").unwrap(), Channel::WalkIn);
        assert_eq!(
            Category::parse("VISA_RESIDENCE").unwrap(),
            Category::VisaResidence
        );
    }

    #[test]
    fn unknown_values_are_invalid_data_with_suggestions() {
        let err = Category::parse("helthcare").unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(err.lines, vec!["unknown category (helthcare)"]);
        assert!(err.hints.iter().any(|h| h == "did you mean healthcare?"));
        assert_eq!(Channel::parse("fax").unwrap_err().kind, ErrorKind::Invalid);
    }
}
