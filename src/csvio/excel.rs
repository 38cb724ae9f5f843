//! The `--excel` text form (SPEC §1): a cell that Excel would read as a
//! number or a date, and so change, is written as the formula `="VALUE"`,
//! which Excel shows as the text VALUE, unchanged; every importer reads
//! `="VALUE"` back as VALUE. The form is used only for values of the shapes
//! below, so reading it back is the exact inverse of writing it: a free
//! text that really begins with `=` is written with the formula guard's
//! `'` instead, and a stored value can never itself be `="…"` of such a
//! shape and reach the file unguarded (except with `--raw`, whose files
//! are read back with `import --raw`, which leaves both forms alone).
//!
//! Fragile values (digits only unless said otherwise):
//! - a leading `+` (`+8613812345678`: Excel drops the `+` and shows
//!   8.61381E+12);
//! - a leading zero (`007`, `0571…`: Excel drops the zeros);
//! - 12 digits or more (Excel shows them in scientific notation and keeps
//!   only 15 significant digits);
//! - a number in scientific notation (`1E5` becomes 100000);
//! - day-like fragments such as `3-12`, `1/2` or `12-03-2026`, which Excel
//!   turns into dates. A full ISO date (`2026-03-12`) is a date and stays
//!   one: it is not wrapped.

/// Digits from which a digit string is shown in scientific notation.
const LONG_DIGITS: usize = 12;

/// Whether Excel would turn `value` into a number or date and lose it.
pub fn is_fragile(value: &[u8]) -> bool {
    let digits = value.strip_prefix(b"+").unwrap_or(value);
    if digits.is_empty() {
        return false;
    }
    if digits.iter().all(u8::is_ascii_digit) {
        return digits.len() < value.len()
            || (digits.len() > 1 && digits[0] == b'0')
            || digits.len() >= LONG_DIGITS;
    }
    digits.len() == value.len() && (scientific(value) || day_like(value))
}

/// `12E3`, `1.5e-7`: digits, an optional fraction, `e`, a signed exponent.
fn scientific(value: &[u8]) -> bool {
    let Some(e) = value.iter().position(|b| matches!(b, b'e' | b'E')) else {
        return false;
    };
    let (mantissa, exponent) = (&value[..e], &value[e + 1..]);
    let exponent = exponent
        .strip_prefix(b"+")
        .or_else(|| exponent.strip_prefix(b"-"))
        .unwrap_or(exponent);
    let mut parts = mantissa.splitn(2, |b| *b == b'.');
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next().unwrap_or(b"0");
    [whole, fraction, exponent]
        .iter()
        .all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit))
}

/// Two or three groups of 1 to 4 digits joined by one kind of `-` or `/`,
/// other than a full ISO date.
fn day_like(value: &[u8]) -> bool {
    let Some(&sep) = value.iter().find(|b| matches!(b, b'-' | b'/')) else {
        return false;
    };
    let groups: Vec<&[u8]> = value.split(|b| *b == sep).collect();
    let shaped = (2..=3).contains(&groups.len())
        && groups
            .iter()
            .all(|g| (1..=4).contains(&g.len()) && g.iter().all(u8::is_ascii_digit));
    let iso = sep == b'-' && groups.iter().map(|g| g.len()).eq([4, 2, 2]);
    shaped && !iso
}

/// `="VALUE"` when `value` is fragile; `None` when it can stay as it is.
pub fn wrap(value: &str) -> Option<String> {
    is_fragile(value.as_bytes()).then(|| format!("=\"{value}\""))
}

/// VALUE when `cell` is `="VALUE"` of a fragile value (as `wrap` writes).
pub fn unwrap(cell: &str) -> Option<&str> {
    let inner = cell.strip_prefix("=\"")?.strip_suffix('"')?;
    is_fragile(inner.as_bytes()).then_some(inner)
}

/// A cell as an importer reads it: the text form unwrapped unless `raw`.
pub fn read(cell: &str, raw: bool) -> &str {
    if raw {
        return cell;
    }
    unwrap(cell).unwrap_or(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_excel_would_change_are_fragile() {
        for v in [
            "+8613812345678",
            "+1",
            "007",
            "00",
            "0571",
            "123456789012",
            "12345678901234567890",
            "1E5",
            "1.5e-7",
            "2e+10",
            "3-12",
            "1/2",
            "12/03/2026",
            "2026-3-1",
        ] {
            assert!(is_fragile(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn everything_else_is_left_alone() {
        for v in [
            "",
            "+",
            "0",
            "42",
            "12345678901",
            "-5",
            "1.5",
            "2026-03-12",
            "E5",
            "1E",
            "1e5x",
            "A12345678",
            "+86 138",
            "3-12-1-1",
            "12345-1",
            "1-2/3",
            "Tea",
            "=1",
            "'007",
        ] {
            assert!(!is_fragile(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn unwrap_is_the_inverse_of_wrap() {
        for v in ["+8613812345678", "007", "3-12", "123456789012"] {
            let cell = wrap(v).expect("wrapped");
            assert_eq!(cell, format!("=\"{v}\""));
            assert_eq!(unwrap(&cell), Some(v));
            assert_eq!(read(&cell, false), v);
            assert_eq!(read(&cell, true), cell);
        }
        assert_eq!(wrap("42"), None);
        // Only our own shapes are read as the text form.
        for cell in [
            "=\"Tea\"",
            "=\"42\"",
            "=\"007",
            "=007",
            "'=\"007\"",
            "=\"0\"7\"",
        ] {
            assert_eq!(unwrap(cell), None, "{cell}");
            assert_eq!(read(cell, false), cell);
        }
    }
}
