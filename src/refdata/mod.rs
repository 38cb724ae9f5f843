//! Reference lists compiled into the binary from `data/`: countries (ISO
//! 3166-1), languages (ISO 639-1) and the default departments. Lookups
//! accept what people type — codes, English or Chinese names, any case —
//! and suggest the nearest names when nothing matches.
use std::collections::HashMap;
use std::sync::LazyLock;

use crate::db::Connection;

use crate::error::Result;
use crate::text::fold;

pub struct Language {
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
}

pub mod countries;

pub use countries::Country;

struct Index<T> {
    items: Vec<T>,
    by_key: HashMap<String, usize>,
}

pub(crate) fn read_csv(text: &'static str) -> Vec<csv::StringRecord> {
    // The files are ours and checked by the unit tests below.
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .filter_map(|r| r.ok())
        .collect()
}

pub(crate) fn field(record: &csv::StringRecord, index: usize) -> String {
    record.get(index).unwrap_or_default().to_string()
}

static LANGUAGES: LazyLock<Index<Language>> = LazyLock::new(|| {
    let mut items = Vec::new();
    let mut by_key = HashMap::new();
    for record in read_csv(include_str!("../../data/languages.csv")) {
        let language = Language {
            code: field(&record, 0),
            name_en: field(&record, 1),
            name_zh: field(&record, 2),
        };
        let aliases = field(&record, 3);
        let keys = [&language.code, &language.name_en, &language.name_zh]
            .into_iter()
            .map(|s| fold(s))
            .chain(aliases.split(';').filter(|a| !a.is_empty()).map(fold));
        for key in keys {
            by_key.entry(key).or_insert(items.len());
        }
        items.push(language);
    }
    // The everyday names a desk types win over the ISO list's.
    for record in read_csv(include_str!("../../data/language_aliases.csv")) {
        let code = field(&record, 1);
        if let Some(&i) = by_key.get(&fold(&code)) {
            by_key.insert(fold(&field(&record, 0)), i);
        }
    }
    Index { items, by_key }
});

/// The default departments (code, English name, Chinese name).
pub fn default_departments() -> Vec<(String, String, String)> {
    read_csv(include_str!("../../data/departments.csv"))
        .iter()
        .map(|r| (field(r, 0), field(r, 1), field(r, 2)))
        .collect()
}

/// Fills the short Chinese names (column 4 of `data/departments.csv`) of
/// the shipped departments that have none: the seed of migration 0008.
pub fn seed_department_short_names(conn: &Connection) -> Result<()> {
    let mut stmt = conn.prepare(
        "UPDATE departments SET short_name_zh = ?2 WHERE code = ?1 AND short_name_zh IS NULL",
    )?;
    for record in read_csv(include_str!("../../data/departments.csv")) {
        let short = field(&record, 3);
        if !short.is_empty() {
            stmt.execute((field(&record, 0), short))?;
        }
    }
    Ok(())
}

pub fn seed_departments(conn: &Connection) -> Result<()> {
    let mut stmt = conn.prepare(
        "INSERT INTO departments (code, name_en, name_zh) VALUES (?1, ?2, ?3)
         ON CONFLICT DO NOTHING",
    )?;
    for (code, en, zh) in default_departments() {
        stmt.execute((code, en, zh))?;
    }
    Ok(())
}

pub fn countries() -> &'static [Country] {
    countries::all()
}

pub fn languages() -> &'static [Language] {
    &LANGUAGES.items
}

/// The country `input` names: alpha-2 or alpha-3 code, English or Chinese
/// name, or an everyday name (`data/country_aliases.csv`), any case.
pub fn country(input: &str) -> Option<&'static Country> {
    countries::exact(input)
}

pub fn country_by_code(alpha2: &str) -> Option<&'static Country> {
    country(alpha2).filter(|c| c.alpha2.eq_ignore_ascii_case(alpha2))
}

pub fn language(input: &str) -> Option<&'static Language> {
    let code = input.trim();
    // Fast path for what imports carry: a lower-case ISO 639-1 code.
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
        if let Some(&i) = LANGUAGES.by_key.get(code) {
            return Some(&LANGUAGES.items[i]);
        }
    }
    LANGUAGES
        .by_key
        .get(&fold(input))
        .map(|&i| &LANGUAGES.items[i])
}

/// How close folded `key` is to folded `wanted` (higher is closer), or
/// `None` when it is too far to suggest: a prefix either way, a few typing
/// slips (edit distance, which also serves two-character Chinese names) or
/// a high Jaro-Winkler similarity (for transpositions in long names).
pub fn closeness(wanted: &str, key: &str) -> Option<f64> {
    if wanted.is_empty() || key.is_empty() {
        return None;
    }
    let len = wanted.chars().count();
    let prefix = key.starts_with(wanted) || (len >= 3 && wanted.starts_with(key));
    let distance = strsim::levenshtein(wanted, key);
    let slips = (len / 4).clamp(1, 3);
    let jaro = strsim::jaro_winkler(wanted, key);
    let by_distance = 1.0 - distance as f64 / len.max(key.chars().count()) as f64;
    let score = jaro.max(by_distance) + if prefix { 0.2 } else { 0.0 };
    (prefix || distance <= slips || jaro > 0.8).then_some(score)
}

/// Up to three names close to `input`, for "did you mean …".
pub fn suggest<'a>(input: &str, names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = fold(input);
    let mut scored: Vec<(f64, &str)> = names
        .filter_map(|name| closeness(&wanted, &fold(name)).map(|score| (score, name)))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    // Only names nearly as close as the best one: one good guess beats three.
    let best = scored.first().map_or(0.0, |s| s.0);
    scored
        .into_iter()
        .take_while(|s| s.0 >= best - 0.05)
        .take(3)
        .map(|(_, name)| name)
        .collect()
}

/// The English names of the countries nearest `input`, for "did you mean".
pub fn suggest_country(input: &str) -> Vec<&'static str> {
    countries::suggestions(input)
        .into_iter()
        .map(|c| c.name_en.as_str())
        .collect()
}

pub fn suggest_language(input: &str) -> Vec<&'static str> {
    suggest(input, languages().iter().map(|l| l.name_en.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_iso_country_is_there_with_a_chinese_name() {
        assert_eq!(countries().len(), 249);
        assert!(countries()
            .iter()
            .all(|c| c.alpha2.len() == 2 && !c.name_zh.is_empty()));
    }

    #[test]
    fn nationality_accepts_codes_and_names_in_any_case() {
        for input in ["Germany", "DEU", "de", "德国", "germany", "  DE "] {
            assert_eq!(
                country(input).map(|c| c.alpha2.as_str()),
                Some("DE"),
                "{input}"
            );
        }
        assert_eq!(country("UK").map(|c| c.alpha2.as_str()), Some("GB"));
        assert!(country("Germani").is_none());
        assert_eq!(suggest_country("Germani").first(), Some(&"Germany"));
    }

    #[test]
    fn languages_accept_code_or_english_name() {
        assert_eq!(language("de").map(|l| l.code.as_str()), Some("de"));
        assert_eq!(language("german").map(|l| l.code.as_str()), Some("de"));
        assert_eq!(languages().len(), 184);
    }

    #[test]
    fn languages_go_by_their_common_names_and_keep_the_old_ones() {
        let code = |input: &str| language(input).map(|l| l.code.as_str());
        for (input, expected) in [
            ("Norwegian Bokmål", "nb"),
            ("bokmal, norwegian", "nb"),
            ("Khmer", "km"),
            ("Central Khmer", "km"),
            ("Scottish Gaelic", "gd"),
            ("Southern Sotho", "st"),
            ("sh", "sh"),
            ("Serbo-Croatian", "sh"),
            ("塞尔维亚-克罗地亚语", "sh"),
            ("Mandarin", "zh"),
            ("普通话", "zh"),
            ("Farsi", "fa"),
            ("Greek", "el"),
        ] {
            assert_eq!(code(input), Some(expected), "{input}");
        }
        // Withdrawn from ISO 639-1.
        assert_eq!(code("bh"), None);
        for l in languages() {
            assert!(!l.name_en.contains(", "), "inverted: {}", l.name_en);
            assert_eq!(code(&l.name_en), Some(l.code.as_str()), "{}", l.name_en);
        }
    }

    #[test]
    fn languages_by_the_names_a_desk_types() {
        let code = |input: &str| language(input).map(|l| l.code.as_str());
        for (input, expected) in [
            ("Mandarin", "zh"),
            ("普通话", "zh"),
            ("中文", "zh"),
            ("汉语", "zh"),
            ("Cantonese", "zh"),
            ("粤语", "zh"),
            ("Farsi", "fa"),
            ("Persian", "fa"),
            ("英语", "en"),
            ("日语", "ja"),
            ("韩语", "ko"),
            ("法语", "fr"),
            ("德语", "de"),
            ("西班牙语", "es"),
            ("俄语", "ru"),
            ("Deutsch", "de"),
            ("FRANÇAIS", "fr"),
        ] {
            assert_eq!(code(input), Some(expected), "{input}");
        }
        for record in read_csv(include_str!("../../data/language_aliases.csv")) {
            let (alias, wanted) = (field(&record, 0), field(&record, 1));
            assert_eq!(code(&alias), Some(wanted.as_str()), "{alias}");
        }
    }

    #[test]
    fn thirteen_default_departments() {
        let departments = default_departments();
        assert_eq!(departments.len(), 13);
        assert!(departments.iter().any(|(code, _, _)| code == "exit-entry"));
    }
}
