//! Text rules of SPEC §1 "Text": single-line fields refuse every control
//! character; multi-line fields accept newline and tab and store `\r\n` as
//! `\n`; every field has a length limit and nothing exceeds 64 KiB. Also the
//! folding used for search and duplicate detection (case, accents, spacing).
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// No value of any field may be longer than this, in bytes.
pub const MAX_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    Single,
    Multi,
}

/// Why a text value was refused; the caller adds field and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    ControlChar(char),
    TooLong { limit: usize, chars: usize },
    TooBig,
}

impl std::fmt::Display for TextProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextProblem::ControlChar(c) => {
                let code = format!("U+{:04X}", *c as u32);
                f.write_str(&crate::t!("sys-text-control-char", code = code))
            }
            TextProblem::TooLong { limit, chars } => f.write_str(&crate::t!(
                "sys-text-too-long",
                chars = chars.to_string(),
                limit = limit.to_string()
            )),
            TextProblem::TooBig => f.write_str(&crate::t!("sys-text-too-big")),
        }
    }
}

/// Trims, normalises line ends and checks the rules; empty becomes `None`.
pub fn clean(value: &str, lines: Lines, limit: usize) -> Result<Option<String>, TextProblem> {
    if value.len() > MAX_BYTES {
        return Err(TextProblem::TooBig);
    }
    let normalised;
    let mut text = value;
    if lines == Lines::Multi && text.contains('\r') {
        normalised = text.replace("\r\n", "\n");
        text = normalised.as_str();
    }
    // Checked before trimming: trim() would quietly drop U+0085 and friends.
    for c in text.chars() {
        let allowed = lines == Lines::Multi && (c == '\n' || c == '\t');
        if c.is_control() && !allowed {
            return Err(TextProblem::ControlChar(c));
        }
    }
    let text = text.trim();
    let chars = text.chars().count();
    if chars > limit {
        return Err(TextProblem::TooLong { limit, chars });
    }
    Ok(if text.is_empty() {
        None
    } else {
        Some(text.to_string())
    })
}

/// `clean` for a command-line value: the flag and value named in the
/// exit-5 error.
pub fn flag_value(
    flag: &str,
    value: &str,
    lines: Lines,
    limit: usize,
) -> Result<Option<String>, crate::error::AppError> {
    clean(value, lines, limit)
        .map_err(|p| crate::error::AppError::invalid(format!("{flag}: {p} ({})", visible(value))))
}

/// `flag_value` for a value that may not be empty.
pub fn required_flag(
    flag: &str,
    value: &str,
    lines: Lines,
    limit: usize,
) -> Result<String, crate::error::AppError> {
    flag_value(flag, value, lines, limit)?.ok_or_else(|| {
        crate::error::AppError::invalid(format!("{flag}: {}", crate::t!("sys-is-required")))
    })
}

/// Lower case, accents removed, runs of white space and punctuation-free
/// spacing collapsed: `  Müller-Lüdenscheidt ` → `muller-ludenscheidt`.
pub fn fold(value: &str) -> String {
    if value.is_ascii() {
        return fold_ascii(value);
    }
    let mut out = String::with_capacity(value.len());
    let mut pending_space = false;
    for c in value.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            'ß' => out.push_str("ss"),
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            'þ' | 'Þ' => out.push_str("th"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The same as `fold` for ASCII text, without Unicode normalisation.
fn fold_ascii(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    // `char::is_whitespace` as in `fold`: `split_ascii_whitespace` would
    // leave U+000B (vertical tab) inside a word.
    for word in value.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// `fold` without any spaces: "Van der Berg" and "vanderberg" are one name.
pub fn fold_compact(value: &str) -> String {
    fold(value).chars().filter(|c| !c.is_whitespace()).collect()
}

/// How many terminal columns `text` takes: a CJK character two, a
/// combining mark none (Unicode's East Asian Width rules).
pub fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// Cuts `text` to at most `max` terminal columns with `…`, on one line,
/// for table cells; other control characters are escaped. A CJK character
/// counts two columns, so a Chinese subject is cut at half the characters
/// of a Latin one.
pub fn ellipsize(text: &str, max: usize) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    let one_line = escape_controls(&one_line, &[]).into_owned();
    if display_width(&one_line) <= max {
        return one_line;
    }
    let room = max.saturating_sub(1);
    let mut cut = String::with_capacity(one_line.len().min(4 * max));
    let mut used = 0;
    for c in one_line.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        cut.push(c);
    }
    if max > 0 {
        cut.push('…');
    }
    cut
}

/// `text` with every control character but those in `keep` written as
/// `\u{..}`, so a terminal shows it instead of running it (stored or
/// user-given text in tables and messages).
pub fn escape_controls<'a>(text: &'a str, keep: &[char]) -> std::borrow::Cow<'a, str> {
    if !text.chars().any(|c| c.is_control() && !keep.contains(&c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && !keep.contains(&c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A value as an error message quotes it: control characters escaped (a
/// terminal must not run them) and cut to 60 characters.
pub fn visible(value: &str) -> String {
    let cut: String = value.chars().take(60).collect();
    let mut out = escape_controls(&cut, &[]).into_owned();
    if value.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_refuses_control_characters() {
        assert_eq!(
            clean("a\nb", Lines::Single, 10),
            Err(TextProblem::ControlChar('\n'))
        );
        assert_eq!(
            clean("a\u{7f}", Lines::Single, 10),
            Err(TextProblem::ControlChar('\u{7f}'))
        );
        assert_eq!(
            clean("a\u{85}", Lines::Single, 10),
            Err(TextProblem::ControlChar('\u{85}'))
        );
        assert_eq!(clean("  Anna ", Lines::Single, 10), Ok(Some("Anna".into())));
        assert_eq!(clean("   ", Lines::Single, 10), Ok(None));
    }

    #[test]
    fn multi_line_keeps_newline_and_tab_and_normalises_crlf() {
        assert_eq!(
            clean("a\r\nb\tc", Lines::Multi, 10),
            Ok(Some("a\nb\tc".into()))
        );
        assert_eq!(
            clean("a\rb", Lines::Multi, 10),
            Err(TextProblem::ControlChar('\r'))
        );
        assert_eq!(
            clean("a\u{1b}b", Lines::Multi, 10),
            Err(TextProblem::ControlChar('\u{1b}'))
        );
    }

    #[test]
    fn limits_count_characters_and_cap_bytes() {
        assert_eq!(clean("穆安娜", Lines::Single, 3), Ok(Some("穆安娜".into())));
        assert_eq!(
            clean("abcd", Lines::Single, 3),
            Err(TextProblem::TooLong { limit: 3, chars: 4 })
        );
        let huge = "x".repeat(MAX_BYTES + 1);
        assert_eq!(
            clean(&huge, Lines::Multi, usize::MAX),
            Err(TextProblem::TooBig)
        );
    }

    #[test]
    fn folding_ignores_case_accents_and_spacing() {
        assert_eq!(fold("  Müller   Anna "), "muller anna");
        assert_eq!(fold("ŁUKASZ Søren"), "lukasz soren");
        assert_eq!(fold("José"), "jose");
        assert_eq!(fold_compact("Van der Berg"), "vanderberg");
        assert_eq!(fold("穆安娜"), "穆安娜");
        assert_eq!(fold("  Van  DER\tBerg "), "van der berg");
        // Found by fuzzing: the ASCII fast path kept a vertical tab.
        assert_eq!(
            fold("\u{b}Van\u{b}DER\u{b}"),
            fold("\u{b}Van\u{b}DER\u{b}é").trim_end_matches(" e")
        );
        assert_eq!(fold("Van\u{b}Der"), "van der");
        assert_eq!(
            fold("  Van  DER\tBerg "),
            fold("  Van  DER\tBerg \u{e9}").trim_end_matches(" e")
        );
    }

    #[test]
    fn visible_escapes_control_characters() {
        assert_eq!(visible("a\u{1b}[31m"), "a\\u{1b}[31m");
        assert_eq!(visible(&"x".repeat(70)).chars().count(), 61);
    }

    #[test]
    fn escape_controls_keeps_what_is_asked() {
        assert_eq!(escape_controls("a\u{1b}[2J\nb", &['\n']), "a\\u{1b}[2J\nb");
        assert_eq!(escape_controls("a\u{9b}", &[]), "a\\u{9b}");
        assert_eq!(ellipsize("a\u{7}b", 10), "a\\u{7}b");
    }

    #[test]
    fn ellipsize_cuts_long_text() {
        assert_eq!(ellipsize("abcdef", 4), "abc…");
        assert_eq!(ellipsize("a\nb", 4), "a b");
    }

    #[test]
    fn ellipsize_counts_cjk_as_two_columns() {
        assert_eq!(display_width("绿庭"), 4);
        // 40 columns hold 19 Chinese characters and the ellipsis.
        let subject = "电梯维修".repeat(10);
        let cut = ellipsize(&subject, 40);
        assert_eq!(cut.chars().count(), 20);
        assert!(display_width(&cut) <= 40);
        // Never a half character: 5 columns hold two and the ellipsis.
        assert_eq!(ellipsize("绿庭社区", 5), "绿庭…");
    }
}
