//! Countries (ISO 3166-1, `data/countries.csv`) and the everyday names a
//! desk types for them (`data/country_aliases.csv`). One resolver for the
//! `--nationality` flag, filters, imports and the wizard: `exact` for a
//! value that must name one country, `search` for a ranked list to pick
//! from. Every key is folded (case, accents, spacing), so `KOREA`, `korea`
//! and ` Korea ` are one key.
use std::collections::HashMap;
use std::sync::LazyLock;

use super::{closeness, field, read_csv};
use crate::text::fold;

pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name_en: String,
    pub name_zh: String,
}

struct Countries {
    items: Vec<Country>,
    /// Folded code, name or alias → index; the first entry of a key wins,
    /// except that the alias list overrides the ISO names.
    by_key: HashMap<String, usize>,
    /// Every folded name and alias (not the codes), for prefix, substring
    /// and fuzzy matches.
    names: Vec<(String, usize)>,
}

static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| {
    let mut c = Countries {
        items: Vec::new(),
        by_key: HashMap::new(),
        names: Vec::new(),
    };
    for record in read_csv(include_str!("../../data/countries.csv")) {
        let i = c.items.len();
        let country = Country {
            alpha2: field(&record, 0),
            alpha3: field(&record, 1),
            name_en: field(&record, 2),
            name_zh: field(&record, 3),
        };
        for code in [&country.alpha2, &country.alpha3] {
            c.by_key.entry(fold(code)).or_insert(i);
        }
        let aliases = field(&record, 4);
        let names = [country.name_en.as_str(), country.name_zh.as_str()]
            .into_iter()
            .chain(aliases.split(';').filter(|a| !a.is_empty()));
        for name in names {
            c.by_key.entry(fold(name)).or_insert(i);
            c.names.push((fold(name), i));
        }
        c.items.push(country);
    }
    for record in read_csv(include_str!("../../data/country_aliases.csv")) {
        let alias = fold(&field(&record, 0));
        if let Some(&i) = c.by_key.get(&fold(&field(&record, 1))) {
            c.by_key.insert(alias.clone(), i);
            c.names.push((alias, i));
        }
    }
    c
});

pub fn all() -> &'static [Country] {
    &COUNTRIES.items
}

/// The one country `input` names exactly (code, name or alias, any case).
pub fn exact(input: &str) -> Option<&'static Country> {
    COUNTRIES
        .by_key
        .get(&fold(input))
        .map(|&i| &COUNTRIES.items[i])
}

/// How a country matched a search, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// A code, name or alias equal to the text.
    Exact,
    /// A name or alias starting with the text.
    Prefix,
    /// A name or alias containing the text.
    Substring,
    /// A name or alias a few typing slips away.
    Fuzzy,
}

/// Inputs longer than any name get no fuzzy matches: the similarity
/// measures cost time in proportion to the length.
const MAX_FUZZY_CHARS: usize = 64;

/// Countries for `text`, each once with its best rank, best first: exact
/// code, name or alias; then names starting with it; then names containing
/// it; then names close to it. Within a rank, closer names first, then by
/// English name. An empty text lists every country.
pub fn ranked(text: &str) -> Vec<(Rank, &'static Country)> {
    scored(text)
        .into_iter()
        .map(|(rank, _, c)| (rank, c))
        .collect()
}

/// `ranked` with each match's closeness.
fn scored(text: &str) -> Vec<(Rank, f64, &'static Country)> {
    let wanted = fold(text);
    if wanted.is_empty() {
        return all().iter().map(|c| (Rank::Exact, 2.0, c)).collect();
    }
    let c = &*COUNTRIES;
    let mut best: HashMap<usize, (Rank, f64)> = HashMap::new();
    let mut note = |i: usize, rank: Rank, score: f64| {
        let entry = best.entry(i).or_insert((rank, score));
        if (rank, -score) < (entry.0, -entry.1) {
            *entry = (rank, score);
        }
    };
    if let Some(&i) = c.by_key.get(&wanted) {
        note(i, Rank::Exact, 2.0);
    }
    let fuzzy = wanted.chars().count() <= MAX_FUZZY_CHARS;
    for (name, i) in &c.names {
        if name.starts_with(&wanted) {
            note(*i, Rank::Prefix, 1.0);
        } else if name.contains(&wanted) {
            note(*i, Rank::Substring, 1.0);
        } else if fuzzy {
            if let Some(score) = closeness(&wanted, name) {
                note(*i, Rank::Fuzzy, score);
            }
        }
    }
    let mut found: Vec<(Rank, f64, &Country)> = best
        .into_iter()
        .map(|(i, (rank, score))| (rank, score, &c.items[i]))
        .collect();
    found.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.total_cmp(&a.1))
            .then_with(|| a.2.name_en.cmp(&b.2.name_en))
    });
    found
}

/// `ranked` without the ranks: what the nationality wizard offers.
pub fn search(text: &str) -> Vec<&'static Country> {
    ranked(text).into_iter().map(|(_, c)| c).collect()
}

/// Up to three countries for "did you mean": of the best rank found, and
/// nearly as close as the best one (one good guess beats three).
pub fn suggestions(text: &str) -> Vec<&'static Country> {
    let found = scored(text);
    let Some(&(top, best, _)) = found.first() else {
        return Vec::new();
    };
    found
        .into_iter()
        .take_while(|(rank, score, _)| *rank == top && *score >= best - 0.05)
        .take(3)
        .map(|(_, _, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> Option<&'static str> {
        search(text).first().map(|c| c.alpha2.as_str())
    }

    fn code(text: &str) -> Option<&'static str> {
        exact(text).map(|c| c.alpha2.as_str())
    }

    #[test]
    fn everyday_names_resolve() {
        for (input, expected) in [
            ("UK", "GB"),
            ("usa", "US"),
            ("America", "US"),
            ("Korea", "KR"),
            ("south korea", "KR"),
            ("韩国", "KR"),
            ("North Korea", "KP"),
            ("朝鲜", "KP"),
            ("Deutschland", "DE"),
            ("德国", "DE"),
            ("deu", "DE"),
            ("香港", "HK"),
            ("台湾", "TW"),
            ("美国", "US"),
            ("英国", "GB"),
            ("日本", "JP"),
            ("法国", "FR"),
            ("Russia", "RU"),
            ("Iran", "IR"),
            ("Vietnam", "VN"),
            ("Holland", "NL"),
            ("Netherlands", "NL"),
            ("Czech Republic", "CZ"),
            ("Ivory Coast", "CI"),
            ("España", "ES"),
            ("  GERMANY ", "DE"),
        ] {
            assert_eq!(code(input), Some(expected), "{input}");
        }
    }

    #[test]
    fn every_alias_names_a_known_country() {
        for record in read_csv(include_str!("../../data/country_aliases.csv")) {
            let (alias, alpha2) = (field(&record, 0), field(&record, 1));
            assert_eq!(code(&alias), Some(alpha2.as_str()), "{alias}");
        }
    }

    #[test]
    fn search_ranks_exact_then_prefix_then_fuzzy() {
        assert_eq!(first("korea"), Some("KR"));
        assert_eq!(first("uk"), Some("GB"));
        assert_eq!(first("usa"), Some("US"));
        assert_eq!(first("deu"), Some("DE"));
        assert_eq!(first("Germ"), Some("DE"));
        assert_eq!(first("Germny"), Some("DE"));
        assert_eq!(first("绿"), None);
        // North Korea comes right after: its names start with "korea" too.
        let korea: Vec<&str> = search("korea").iter().map(|c| c.alpha2.as_str()).collect();
        assert_eq!(&korea[..2], ["KR", "KP"]);
        let (rank, country) = ranked("switz")[0];
        assert_eq!((rank, country.alpha2.as_str()), (Rank::Prefix, "CH"));
        assert_eq!(search("").len(), all().len());
    }

    #[test]
    fn suggestions_keep_to_the_best_rank() {
        let names: Vec<&str> = suggestions("Germani")
            .iter()
            .map(|c| c.name_en.as_str())
            .collect();
        assert_eq!(names, ["Germany"]);
        assert!(suggestions("qqqqqqqq").is_empty());
        assert!(suggestions(&"Xq".repeat(30_000)).is_empty());
    }
}
