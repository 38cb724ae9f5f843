//! The pure rules of notices: who is in a notice's audience, and which
//! version of it a resident gets.
//!
//! Audience: no community and no nationality means everyone; values of one
//! kind are alternatives; when both kinds are given, a resident must match
//! one value of each. Version: the resident's first listed language
//! (`languages`, `;`-separated ISO 639-1 codes, preferred first) that the
//! notice has, else English.
use crate::output::Cell;
use crate::residents::fields::CommunityRef;
use crate::t;

/// Who a notice is for. Communities carry their name for display; the rule
/// compares ids. Nationalities are alpha-2 codes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Audience {
    pub communities: Vec<CommunityRef>,
    pub nationalities: Vec<String>,
    /// The communities' Chinese names by id, for people reading Chinese;
    /// not part of the rule.
    pub names_zh: std::collections::BTreeMap<i64, String>,
}

impl Audience {
    pub fn is_everyone(&self) -> bool {
        self.communities.is_empty() && self.nationalities.is_empty()
    }

    /// Whether a resident of `community_id` and `nationality` is in it.
    pub fn includes(&self, community_id: i64, nationality: &str) -> bool {
        let community_ok =
            self.communities.is_empty() || self.communities.iter().any(|c| c.id == community_id);
        let nationality_ok = self.nationalities.is_empty()
            || self
                .nationalities
                .iter()
                .any(|n| n.eq_ignore_ascii_case(nationality));
        community_ok && nationality_ok
    }

    /// `communities: Green Court; nationalities: DE, FR`, or `everyone`.
    pub fn describe(&self) -> String {
        if self.is_everyone() {
            return "everyone".to_string();
        }
        let mut parts = Vec::new();
        if !self.communities.is_empty() {
            let names: Vec<&str> = self.communities.iter().map(|c| c.name.as_str()).collect();
            parts.push(format!("communities: {}", names.join(", ")));
        }
        if !self.nationalities.is_empty() {
            parts.push(format!("nationalities: {}", self.nationalities.join(", ")));
        }
        parts.join("; ")
    }

    /// `describe` in the chosen language, for people (the stored and
    /// exported text stays `describe`).
    pub fn describe_for_people(&self) -> String {
        if self.is_everyone() {
            return t!("svc-audience-everyone");
        }
        let mut parts = Vec::new();
        if !self.communities.is_empty() {
            let names: Vec<String> = self
                .communities
                .iter()
                .map(|c| Cell::Named(c.name.clone(), self.names_zh.get(&c.id).cloned()).shown())
                .collect();
            parts.push(t!("svc-audience-communities", names = names.join(", ")));
        }
        if !self.nationalities.is_empty() {
            let codes: Vec<String> = self
                .nationalities
                .iter()
                .map(|code| Cell::country(Some(code.clone())).shown())
                .collect();
            parts.push(t!("svc-audience-nationalities", codes = codes.join(", ")));
        }
        parts.join(&t!("svc-audience-separator"))
    }
}

/// One language version of a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    En,
    Zh,
    Ja,
}

impl Version {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Version::En => "en",
            Version::Zh => "zh",
            Version::Ja => "ja",
        }
    }
}

/// The versions a notice has, in order.
pub fn versions(has_japanese: bool) -> &'static [Version] {
    if has_japanese {
        &[Version::En, Version::Zh, Version::Ja]
    } else {
        &[Version::En, Version::Zh]
    }
}

/// The version to send a resident who speaks `languages` (`de;en`, any
/// case and spacing; `None` when unknown).
pub fn version_for(languages: Option<&str>, has_japanese: bool) -> Version {
    let offered = versions(has_japanese);
    languages
        .unwrap_or_default()
        .split(';')
        .map(str::trim)
        .find_map(|code| {
            offered
                .iter()
                .copied()
                .find(|v| v.code().eq_ignore_ascii_case(code))
        })
        .unwrap_or(Version::En)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn community(id: i64, name: &str) -> CommunityRef {
        CommunityRef {
            id,
            name: name.into(),
        }
    }

    #[rstest]
    #[case(Some("en"), false, Version::En)]
    #[case(Some("zh"), false, Version::Zh)]
    #[case(Some("ja"), true, Version::Ja)]
    #[case(Some("ja"), false, Version::En)]
    #[case(Some("ja;zh"), false, Version::Zh)]
    #[case(Some("ja;zh"), true, Version::Ja)]
    #[case(Some("de;zh;en"), false, Version::Zh)]
    #[case(Some("fr;en;zh"), true, Version::En)]
    #[case(Some("ko;de"), true, Version::En)]
    #[case(Some(" JA ; en"), true, Version::Ja)]
    #[case(Some(""), false, Version::En)]
    #[case(None, true, Version::En)]
    fn the_first_listed_language_the_notice_has_else_english(
        #[case] languages: Option<&str>,
        #[case] has_japanese: bool,
        #[case] expected: Version,
    ) {
        assert_eq!(version_for(languages, has_japanese), expected);
    }

    #[test]
    fn no_values_is_everyone() {
        let everyone = Audience::default();
        assert!(everyone.includes(1, "DE"));
        assert!(everyone.includes(9, "CN"));
        assert_eq!(everyone.describe(), "everyone");
    }

    #[test]
    fn values_of_one_kind_are_alternatives() {
        let by_community = Audience {
            communities: vec![community(1, "Green Court"), community(2, "Orchid Park")],
            nationalities: vec![],
            ..Default::default()
        };
        assert!(by_community.includes(1, "DE"));
        assert!(by_community.includes(2, "JP"));
        assert!(!by_community.includes(3, "DE"));
        let by_nationality = Audience {
            communities: vec![],
            nationalities: vec!["DE".into(), "FR".into()],
            ..Default::default()
        };
        assert!(by_nationality.includes(7, "FR"));
        assert!(by_nationality.includes(7, "de"));
        assert!(!by_nationality.includes(7, "JP"));
    }

    #[test]
    fn both_kinds_must_match() {
        let both = Audience {
            communities: vec![community(1, "Green Court")],
            nationalities: vec!["DE".into(), "FR".into()],
            ..Default::default()
        };
        assert!(both.includes(1, "DE"));
        assert!(!both.includes(1, "JP"));
        assert!(!both.includes(2, "DE"));
        assert_eq!(
            both.describe(),
            "communities: Green Court; nationalities: DE, FR"
        );
    }

    #[test]
    fn languages_list_the_versions() {
        assert_eq!(versions(false), &[Version::En, Version::Zh]);
        assert_eq!(versions(true).last(), Some(&Version::Ja));
    }
}
