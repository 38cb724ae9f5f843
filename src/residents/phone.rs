//! Phone numbers: what a desk types, one stored form (E.164, SPEC §3).
//!
//! Accepted: digits (full-width ones too) with an optional leading `+`,
//! spaces, hyphens, dots and parentheses. `+CC…` and `00CC…` are
//! international; an 11-digit number starting with 1 is a mainland mobile
//! and a number with a leading 0 is a mainland area code, both given `+86`
//! (without the 0). Anything else is refused: a local number without its
//! area code cannot be stored as one number. Pure, no I/O.
use std::fmt;

/// Why a value is not a phone number; each says how to write one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneProblem {
    /// A character other than digits, `+` first, and separators.
    Characters,
    /// Digits only, but neither international, mobile nor area code.
    NoCountryCode,
    /// Too few or too many digits for the country code given.
    Length,
}

impl PhoneProblem {
    pub fn hint(self) -> String {
        match self {
            PhoneProblem::Characters => crate::t!("sys-phone-hint-characters"),
            PhoneProblem::NoCountryCode => crate::t!("sys-phone-hint-country-code"),
            PhoneProblem::Length => crate::t!("sys-phone-hint-length"),
        }
    }
}

impl fmt::Display for PhoneProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("sys-phone-invalid"))
    }
}

const SEPARATORS: &[char] = &[' ', '-', '.', '(', ')'];

/// Full-width forms (`０`-`９`, `＋`, `（`, `－`, the ideographic space) as
/// their ASCII twins; other characters unchanged.
pub fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// `(021) 5555-1234` → `+862155551234`.
pub fn normalise(text: &str) -> Result<String, PhoneProblem> {
    let text = half_width(text);
    let text = text.trim();
    let (plus, rest) = match text.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let starts_right = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '(');
    if !starts_right
        || !rest
            .chars()
            .all(|c| c.is_ascii_digit() || SEPARATORS.contains(&c))
    {
        return Err(PhoneProblem::Characters);
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let international = if plus {
        // `+44 (0)20 …`: the trunk 0 some write after the country code.
        rest.replacen("(0)", "", 1)
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    } else if let Some(after) = digits.strip_prefix("00") {
        after.to_string()
    } else if let Some(national) = digits.strip_prefix('0') {
        format!("86{national}")
    } else if digits.len() == 11 && digits.starts_with('1') {
        format!("86{digits}")
    } else {
        return Err(PhoneProblem::NoCountryCode);
    };
    e164(&international)
}

/// `+` and the digits after it, checked for length; a `0` right after
/// `86` (`+86 021 …`) is the trunk prefix and dropped.
fn e164(international: &str) -> Result<String, PhoneProblem> {
    if let Some(national) = international.strip_prefix("86") {
        let national = national.strip_prefix('0').unwrap_or(national);
        if !(9..=11).contains(&national.len()) || national.starts_with('0') {
            return Err(PhoneProblem::Length);
        }
        return Ok(format!("+86{national}"));
    }
    if !(7..=15).contains(&international.len()) || international.starts_with('0') {
        return Err(PhoneProblem::Length);
    }
    Ok(format!("+{international}"))
}

/// The digits `find` looks for in the stored form when `query` looks like
/// (part of) a phone number: the whole number as stored when it parses,
/// else its digits, a leading area-code 0 read as `86`.
pub fn search_digits(query: &str) -> Option<String> {
    let q = half_width(query);
    let q = q.trim();
    let phone_like = q
        .chars()
        .all(|c| c.is_ascii_digit() || c == '+' || SEPARATORS.contains(&c));
    let digits: String = q.chars().filter(char::is_ascii_digit).collect();
    if !phone_like || digits.len() < 3 {
        return None;
    }
    if let Ok(full) = normalise(q) {
        return Some(full.trim_start_matches('+').to_string());
    }
    if q.starts_with('+') {
        return Some(digits);
    }
    Some(match digits.strip_prefix("00") {
        Some(after) => after.to_string(),
        None => match digits.strip_prefix('0') {
            Some(national) => format!("86{national}"),
            None => digits,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> String {
        normalise(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    #[test]
    fn one_stored_form_for_every_way_of_typing_a_number() {
        for (input, stored) in [
            ("+86 138-1234 5678", "+8613812345678"),
            ("13812345678", "+8613812345678"),
            ("138 1234 5678", "+8613812345678"),
            ("138.1234.5678", "+8613812345678"),
            ("0086 138 1234 5678", "+8613812345678"),
            ("+86 (0)21 5555 1234", "+862155551234"),
            ("+86 021 5555 1234", "+862155551234"),
            ("(021) 5555-1234", "+862155551234"),
            ("021 6234 5678", "+862162345678"),
            ("0512-6878 1234", "+8651268781234"),
            ("１３８１２３４５６７８", "+8613812345678"),
            ("＋８６ １３８－１２３４－５６７８", "+8613812345678"),
            ("（０２１）５５５５　１２３４", "+862155551234"),
            ("+44 20 7946 0958", "+442079460958"),
            ("+44 (0)20 7946 0958", "+442079460958"),
            ("0044 20 7946 0958", "+442079460958"),
            ("+1 (212) 555-0100", "+12125550100"),
            ("+8613812345678", "+8613812345678"),
        ] {
            assert_eq!(ok(input), stored, "{input}");
            assert_eq!(ok(stored), stored, "stored form is stable: {stored}");
        }
    }

    #[test]
    fn anything_else_is_refused_with_its_reason() {
        for (input, problem) in [
            ("12ab", PhoneProblem::Characters),
            ("++8613812345678", PhoneProblem::Characters),
            ("-138 1234 5678", PhoneProblem::Characters),
            ("138 1234 5678 ext 2", PhoneProblem::Characters),
            ("86+13812345678", PhoneProblem::Characters),
            ("+1", PhoneProblem::Length),
            ("+0044 20 7946 0958", PhoneProblem::Length),
            ("+86 138 1234 5678 9", PhoneProblem::Length),
            ("6234 5678", PhoneProblem::NoCountryCode),
            ("2125550100", PhoneProblem::NoCountryCode),
            ("8613812345678", PhoneProblem::NoCountryCode),
            ("021 555", PhoneProblem::Length),
            ("+1234567890123456", PhoneProblem::Length),
        ] {
            assert_eq!(normalise(input), Err(problem), "{input}");
        }
    }

    #[test]
    fn find_reads_a_query_the_way_the_number_is_stored() {
        assert_eq!(
            search_digits("+86 138 1234 5678").as_deref(),
            Some("8613812345678")
        );
        assert_eq!(
            search_digits("13812345678").as_deref(),
            Some("8613812345678")
        );
        assert_eq!(search_digits("138 1234").as_deref(), Some("1381234"));
        assert_eq!(search_digits("(021) 5555").as_deref(), Some("86215555"));
        assert_eq!(search_digits("１３８").as_deref(), Some("138"));
        assert_eq!(search_digits("anna"), None);
        assert_eq!(search_digits("12"), None);
    }
}
