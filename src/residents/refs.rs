//! The reference values that live in the database, as a resolver: the
//! communities, matched by their English or their Chinese name, folded
//! (case, accents and spacing ignored), with "did you mean" for a name
//! that matches none. One resolver for flags, filters, imports and the
//! wizard. Pure: the store loads it (`store::load_refs`).
use std::collections::HashMap;

use crate::refdata::closeness;
use crate::text::fold;

/// A known community: its id and English name as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct CommunityRef {
    pub id: i64,
    pub name: String,
}

/// Reference lookups that live in the database.
#[derive(Debug, Clone, Default)]
pub struct Refs {
    /// By folded English name.
    pub communities: HashMap<String, CommunityRef>,
    /// Folded Chinese name → folded English name (the key above).
    by_zh: HashMap<String, String>,
    /// Community id → Chinese name, for hints and pick lists.
    names_zh: HashMap<i64, String>,
}

/// Names longer than this get no "did you mean": no name is that long, and
/// the similarity measures cost time in proportion to the length.
const MAX_SUGGEST_CHARS: usize = 64;

impl Refs {
    /// Adds a community; an English name already known keeps its entry.
    pub fn add(&mut self, community: CommunityRef, name_zh: Option<&str>) {
        let key = fold(&community.name);
        if let Some(zh) = name_zh.filter(|zh| !zh.trim().is_empty()) {
            self.by_zh.entry(fold(zh)).or_insert_with(|| key.clone());
            self.names_zh.insert(community.id, zh.to_string());
        }
        self.communities.entry(key).or_insert(community);
    }

    /// The community `name` names: its English name or its Chinese name.
    pub fn community(&self, name: &str) -> Option<&CommunityRef> {
        let key = fold(name);
        self.communities.get(&key).or_else(|| {
            self.by_zh
                .get(&key)
                .and_then(|english| self.communities.get(english))
        })
    }

    /// The Chinese name of community `id`, if it has one.
    pub fn name_zh(&self, id: i64) -> Option<&str> {
        self.names_zh.get(&id).map(String::as_str)
    }

    /// The English names, sorted: the values the wizard hands back.
    pub fn community_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.communities.values().map(|c| c.name.clone()).collect();
        names.sort();
        names
    }

    /// `Green Court (绿庭)`: a community with both its names, for hints
    /// and pick lists.
    pub fn label(&self, community: &CommunityRef) -> String {
        match self.names_zh.get(&community.id) {
            Some(zh) => format!("{} ({zh})", community.name),
            None => community.name.clone(),
        }
    }

    /// Every community's label, in the order of `community_names`.
    pub fn community_labels(&self) -> Vec<String> {
        let mut all: Vec<&CommunityRef> = self.communities.values().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name));
        all.into_iter().map(|c| self.label(c)).collect()
    }

    /// Up to three communities whose English or Chinese name is close to
    /// `name` (a prefix, a few typing slips), closest first, as labels.
    pub fn suggest_community(&self, name: &str) -> Vec<String> {
        let wanted = fold(name);
        if wanted.is_empty() || wanted.chars().count() > MAX_SUGGEST_CHARS {
            return Vec::new();
        }
        let mut scored: Vec<(f64, &CommunityRef)> = Vec::new();
        for community in self.communities.values() {
            let zh = self.names_zh.get(&community.id).map(|zh| fold(zh));
            let best = [Some(fold(&community.name)), zh]
                .into_iter()
                .flatten()
                .filter_map(|key| closeness(&wanted, &key))
                .max_by(f64::total_cmp);
            if let Some(score) = best {
                scored.push((score, community));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.name.cmp(&b.1.name)));
        let best = scored.first().map_or(0.0, |s| s.0);
        scored
            .into_iter()
            .take_while(|s| s.0 >= best - 0.05)
            .take(3)
            .map(|(_, c)| self.label(c))
            .collect()
    }

    /// `known communities: Green Court (绿庭), …`, or how to add the first.
    pub fn known_communities(&self) -> String {
        let known = self.community_labels();
        if known.is_empty() {
            crate::t!("sys-no-communities-yet")
        } else {
            crate::t!("sys-known-communities", list = known.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs() -> Refs {
        let mut refs = Refs::default();
        for (id, name, zh) in [
            (1, "Green Court", Some("绿庭")),
            (2, "Lakeside Villas", Some("湖畔别墅")),
            (3, "Jade Terrace", None),
        ] {
            let name = name.to_string();
            refs.add(CommunityRef { id, name }, zh);
        }
        refs
    }

    fn id(name: &str) -> Option<i64> {
        refs().community(name).map(|c| c.id)
    }

    #[test]
    fn communities_by_english_or_chinese_name_any_case() {
        assert_eq!(id("Green Court"), Some(1));
        assert_eq!(id("  GREEN   court "), Some(1));
        assert_eq!(id("绿庭"), Some(1));
        assert_eq!(id(" 湖畔别墅 "), Some(2));
        assert_eq!(id("jade terrace"), Some(3));
        assert_eq!(id("绿"), None);
        assert_eq!(id(""), None);
    }

    #[test]
    fn did_you_mean_by_typing_slips_or_prefix_in_either_language() {
        let refs = refs();
        assert_eq!(refs.suggest_community("Green Crt"), ["Green Court (绿庭)"]);
        assert_eq!(
            refs.suggest_community("lakeside"),
            ["Lakeside Villas (湖畔别墅)"]
        );
        assert_eq!(refs.suggest_community("绿亭"), ["Green Court (绿庭)"]);
        assert_eq!(
            refs.suggest_community("湖畔"),
            ["Lakeside Villas (湖畔别墅)"]
        );
        assert_eq!(refs.suggest_community("Jade Terace"), ["Jade Terrace"]);
        assert!(refs.suggest_community("Xanadu Heights").is_empty());
        assert!(refs.suggest_community(&"x".repeat(100)).is_empty());
    }

    #[test]
    fn hints_name_both_names() {
        assert_eq!(
            refs().known_communities(),
            "known communities: Green Court (绿庭), Jade Terrace, Lakeside Villas (湖畔别墅)"
        );
        assert_eq!(refs().community_names()[0], "Green Court");
        assert!(Refs::default()
            .known_communities()
            .starts_with("no communities yet"));
    }
}
