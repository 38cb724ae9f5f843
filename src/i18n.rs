//! The interface's language (SPEC §1 `--lang`): one Fluent catalogue per
//! language in `locales/`, compiled into the binary. Code names a message
//! by its id and passes values as arguments; the text is made here, in the
//! chosen language, at the edge. What machines read (CSV headers, JSON
//! keys, stored codes, the `error:`/`hint:` prefixes) never goes through it.
//!
//! `t!("id", name = value)` checks at compile time that the id and its
//! arguments exist in the English catalogue; `text(id)` looks up ids made
//! at run time (column headers, vocabulary labels), falling back to a
//! readable form of the id. A unit test holds both catalogues to the same
//! keys and placeholders.
use std::sync::{LazyLock, OnceLock};

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Catalogues;

/// The languages of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    fn id(self) -> unic_langid::LanguageIdentifier {
        match self {
            Lang::En => unic_langid::langid!("en"),
            Lang::Zh => unic_langid::langid!("zh-CN"),
        }
    }

    /// A locale or language value as `LANG` holds it: `zh…` is Chinese.
    fn from_locale(value: &str) -> Option<Lang> {
        let v = value.trim();
        if v.is_empty() {
            None
        } else if v.to_ascii_lowercase().starts_with("zh") {
            Some(Lang::Zh)
        } else {
            Some(Lang::En)
        }
    }
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// `--lang`, else `EXPATDESK_LANG`, else the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set and not empty; `zh…` means Chinese,
/// anything else (and nothing) English.
pub fn detect(flag: Option<Lang>) -> Lang {
    flag.or_else(|| {
        ["EXPATDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|var| std::env::var(var).ok().and_then(|v| Lang::from_locale(&v)))
    })
    .unwrap_or(Lang::En)
}

/// Chooses the language for the rest of the run (the first call wins).
pub fn choose(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language of this run.
pub fn lang() -> Lang {
    *CHOSEN.get_or_init(|| detect(None))
}

static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let mut wanted = vec![lang().id()];
    if lang() != Lang::En {
        wanted.push(Lang::En.id());
    }
    // The catalogues are compiled in: loading them cannot meet a missing
    // file, and a broken one fails the catalogue tests.
    let _ = loader.load_languages(&Catalogues, &wanted);
    // No Unicode isolation marks around values: terminals and CSV cells
    // would show them, and our values are already plain text.
    loader.set_use_isolating(false);
    loader
});

/// The loader of the chosen language (used by `t!`).
pub fn loader() -> &'static FluentLanguageLoader {
    &LOADER
}

/// A message by its id, in the chosen language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id, $($args)*)
    };
}

/// The message `id` when the catalogue has it (ids made at run time).
pub fn lookup(id: &str) -> Option<String> {
    loader().has(id).then(|| loader().get(id))
}

/// A table header for column `name`: `col-NAME` in the catalogue, else
/// the name made readable (`family_name` → `Family name`).
pub fn header(name: &str) -> String {
    lookup(&format!("col-{name}")).unwrap_or_else(|| readable(name))
}

/// The display label of a code of a closed vocabulary (`category-housing`
/// → "Housing" / "住房"), else the code itself.
pub fn label(vocabulary: &str, code: &str) -> String {
    lookup(&format!("{vocabulary}-{code}")).unwrap_or_else(|| code.to_string())
}

fn readable(name: &str) -> String {
    let words = name.replace('_', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Message id → sorted placeholder names, of one catalogue.
    fn keys(ftl: &str) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut current: Option<String> = None;
        for line in ftl.lines() {
            let starts_message =
                line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains(" =");
            if starts_message {
                let id = line
                    .split(" =")
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                current = Some(id.clone());
                out.entry(id).or_default();
            }
            if line.starts_with('#') || line.trim().is_empty() && current.is_none() {
                continue;
            }
            if let Some(id) = &current {
                let mut rest = line;
                while let Some(i) = rest.find("{ $") {
                    let after = &rest[i + 3..];
                    let name: String = after
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    let list = out.entry(id.clone()).or_default();
                    if !list.contains(&name) {
                        list.push(name);
                    }
                    rest = after;
                }
            }
        }
        out.values_mut().for_each(|v| v.sort());
        out
    }

    fn catalogue(lang: &str) -> String {
        let file = Catalogues::get(&format!("{lang}/expatdesk.ftl")).expect("catalogue");
        String::from_utf8(file.data.into_owned()).expect("utf-8")
    }

    #[test]
    fn both_catalogues_parse_without_errors() {
        // A bare `}` or a stray `{` drops its message silently at run time
        // (the other language's text shows instead): fail here instead.
        for lang in ["en", "zh-CN"] {
            let text = catalogue(lang);
            if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
                let lines: Vec<String> = errors
                    .iter()
                    .map(|e| {
                        let line = text[..e.pos.start.min(text.len())].lines().count();
                        format!("line {line}: {:?}", e.kind)
                    })
                    .collect();
                panic!("{lang}: {}", lines.join("; "));
            }
        }
    }

    #[test]
    fn both_catalogues_have_the_same_keys_and_placeholders() {
        // The Chinese help texts translate the `///` comments of the
        // command definitions (checked in `help::tests`).
        let translation = |k: &String| {
            k.starts_with("help-")
                && !k.starts_with("help-heading-")
                && !k.starts_with("help-flag-")
        };
        let en = keys(&catalogue("en"));
        let mut zh = keys(&catalogue("zh-CN"));
        zh.retain(|k, _| !translation(k));
        let only_en: Vec<&String> = en.keys().filter(|k| !zh.contains_key(*k)).collect();
        let only_zh: Vec<&String> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(only_en.is_empty(), "missing in zh-CN: {only_en:?}");
        assert!(only_zh.is_empty(), "missing in en: {only_zh:?}");
        for (id, placeholders) in &en {
            assert_eq!(&zh[id], placeholders, "placeholders of {id}");
        }
        assert!(en.len() > 10);
    }

    #[test]
    fn locales_starting_with_zh_are_chinese() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("zh-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn headers_are_words() {
        assert_eq!(readable("family_name"), "Family name");
        assert_eq!(header("no_such_column"), "No such column");
    }

    /// Calls whose text reaches the user: a string literal as their first
    /// argument (directly or as `format!`'s template) must hold no words.
    const SPEAKERS: &[&str] = &[
        "AppError::usage(",
        "AppError::not_found(",
        "AppError::conflict(",
        "AppError::invalid(",
        "AppError::io(",
        "AppError::new(",
        ".hint(",
        "ui::note(",
        "ui::warn(",
        "stderr_line(",
        "with_prompt(",
        "confirm(",
        "println!(",
        "eprintln!(",
    ];

    /// Prefixes that stay English in every language (SPEC §1).
    const FIXED_PREFIXES: &[&str] = &["error: ", "hint: ", "warning: "];

    /// The string literal that opens `rest` (after `&`, `ErrorKind::X,` and
    /// `format!(`), without its quotes.
    fn leading_literal(rest: &str) -> Option<&str> {
        let mut rest = rest.trim_start().trim_start_matches('&').trim_start();
        if let Some(after) = rest.strip_prefix("ErrorKind::") {
            rest = after.split_once(',')?.1.trim_start();
        }
        if let Some(after) = rest.strip_prefix("format!(") {
            rest = after.trim_start();
        }
        let body = rest.strip_prefix('"')?;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => return Some(&body[..i]),
                _ => escaped = false,
            }
        }
        None
    }

    /// Whether a literal has words once its placeholders, escapes and fixed
    /// prefix are taken out.
    fn has_words(literal: &str) -> bool {
        // EXPATDESK_TRACE's timings are for developers, not the desk.
        if literal.starts_with("trace: ") {
            return false;
        }
        let mut text = literal;
        for prefix in FIXED_PREFIXES {
            text = text.strip_prefix(prefix).unwrap_or(text);
        }
        let mut plain = String::new();
        let mut chars = text.chars();
        let mut depth = 0;
        while let Some(c) = chars.next() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                '\\' => {
                    chars.next();
                }
                c if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        plain
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|word| word.len() >= 2)
    }

    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn the_word_finder_sees_prose_and_not_placeholders() {
        assert!(has_words("added resident {id}: {}"));
        assert!(has_words("warning: disk {x} full"));
        assert!(!has_words("{file}:{line}: {}"));
        assert!(!has_words("error: {}"));
        assert!(!has_words("  → {} ({}) {}\n"));
        assert_eq!(leading_literal(" &format!(\"a {b}\", b)"), Some("a {b}"));
        assert_eq!(
            leading_literal("ErrorKind::Io, \"x \\\" y\")"),
            Some("x \\\" y")
        );
        assert_eq!(leading_literal("crate::t!(\"id\")"), None);
    }

    /// Every text a person reads comes from the catalogues: no call that
    /// shows text to the user is given English prose in the code.
    #[test]
    fn no_user_facing_literal_outside_the_catalogues() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&root, &mut files);
        let mut found = Vec::new();
        for file in files {
            let source = std::fs::read_to_string(&file).expect("read source");
            // Test modules assert on texts; only shipped code counts.
            let shipped = source.split("#[cfg(test)]").next().unwrap_or("");
            for speaker in SPEAKERS {
                for (at, _) in shipped.match_indices(speaker) {
                    let rest = &shipped[at + speaker.len()..];
                    if let Some(literal) = leading_literal(rest).filter(|l| has_words(l)) {
                        let line = shipped[..at].lines().count();
                        found.push(format!("{}:{line}: {literal}", file.display()));
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "English text outside the catalogues (move it to locales/*/expatdesk.ftl):\n{}",
            found.join("\n")
        );
    }
}
