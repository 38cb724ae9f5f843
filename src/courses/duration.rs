//! Session lengths as `--duration` takes them: `90m`, `1h30m`, `2h`.
//! Invariant: a parsed duration is a whole number of minutes in
//! `1..=MAX_MINUTES`, and `format_duration` writes the shortest spelling that
//! `parse_duration` reads back to the same number.
use crate::error::{AppError, Result};
use crate::t;

/// No session is longer than a day.
pub const MAX_MINUTES: u32 = 24 * 60;

/// `XhYm`, `Xh` or `Ym` (case-insensitive, surrounding spaces ignored) →
/// minutes. With hours given, the minutes must be under 60 (`1h90m` is
/// refused as a likely typo); a bare number is refused as ambiguous.
pub fn parse_duration(text: &str) -> Result<u32> {
    let t = text.trim().to_ascii_lowercase();
    let (hours, rest) = match t.split_once('h') {
        Some((h, rest)) => (Some(number(h, text)?), rest),
        None => (None, t.as_str()),
    };
    let minutes = match rest {
        "" => None,
        m => match m.strip_suffix('m') {
            Some(m) => Some(number(m, text)?),
            None => return Err(malformed(text)),
        },
    };
    total(hours, minutes, text)
}

/// Minutes as `parse_duration` reads them: 90 → `1h30m`, 120 → `2h`, 45 → `45m`.
pub fn format_duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m}m"),
    }
}

/// 1 to 4 ASCII digits (anything longer is out of range anyway).
fn number(digits: &str, text: &str) -> Result<u32> {
    let ok = (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        return Err(malformed(text));
    }
    digits.parse().map_err(|_| malformed(text))
}

fn total(hours: Option<u32>, minutes: Option<u32>, text: &str) -> Result<u32> {
    if hours.is_some() && minutes.is_some_and(|m| m >= 60) {
        return Err(invalid(text, t!("svc-duration-minutes-under-60")).hint(examples()));
    }
    let sum = hours.unwrap_or(0) * 60 + minutes.unwrap_or(0);
    if sum == 0 {
        return Err(invalid(text, t!("svc-duration-at-least-1")));
    }
    if sum > MAX_MINUTES {
        return Err(invalid(text, t!("svc-duration-at-most-24h"))
            .hint(t!("svc-duration-at-most-24h-hint", flag = "--repeat daily")));
    }
    Ok(sum)
}

fn malformed(text: &str) -> AppError {
    invalid(text, t!("svc-duration-not-a-duration")).hint(examples())
}

fn examples() -> String {
    t!("svc-duration-examples")
}

fn invalid(text: &str, problem: String) -> AppError {
    AppError::invalid(t!(
        "svc-duration-invalid",
        value = crate::text::visible(text),
        problem = problem
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use rstest::rstest;

    #[rstest]
    #[case("90m", 90)]
    #[case("1h30m", 90)]
    #[case("2h", 120)]
    #[case("1h", 60)]
    #[case("45m", 45)]
    #[case(" 1H30M ", 90)]
    #[case("1m", 1)]
    #[case("24h", 1440)]
    #[case("1440m", 1440)]
    #[case("23h59m", 1439)]
    #[case("0h30m", 30)]
    #[case("2h0m", 120)]
    #[case("090m", 90)]
    fn valid_durations(#[case] text: &str, #[case] minutes: u32) {
        assert_eq!(parse_duration(text).unwrap(), minutes);
    }

    #[rstest]
    #[case("")]
    #[case("   ")]
    #[case("0m")]
    #[case("0h")]
    #[case("0h0m")]
    #[case("1h90m")]
    #[case("1h60m")]
    #[case("90")]
    #[case("h")]
    #[case("m")]
    #[case("1hm")]
    #[case("h30m")]
    #[case("1h30")]
    #[case("1.5h")]
    #[case("-30m")]
    #[case("+30m")]
    #[case("1h 30m")]
    #[case("30m1h")]
    #[case("1h1h")]
    #[case("30mm")]
    #[case("90 min")]
    #[case("25h")]
    #[case("1441m")]
    #[case("99999m")]
    #[case("１h")]
    fn invalid_durations(#[case] text: &str) {
        let err = parse_duration(text).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid, "{text:?}");
        assert!(err.lines[0].starts_with("duration ("), "{:?}", err.lines);
    }

    #[test]
    fn errors_name_the_value_and_hint_the_form() {
        let err = parse_duration("1h90m").unwrap_err();
        assert_eq!(
            err.lines,
            vec!["duration (1h90m): the minutes after the hours must be under 60"]
        );
        assert_eq!(err.hints, vec![examples()]);
        let err = parse_duration("90").unwrap_err();
        assert_eq!(err.lines, vec!["duration (90): is not a duration"]);
    }

    #[rstest]
    #[case(90, "1h30m")]
    #[case(60, "1h")]
    #[case(45, "45m")]
    #[case(120, "2h")]
    #[case(1440, "24h")]
    #[case(0, "0m")]
    fn formatting(#[case] minutes: u32, #[case] text: &str) {
        assert_eq!(format_duration(minutes), text);
    }

    #[test]
    fn every_valid_duration_round_trips() {
        for minutes in 1..=MAX_MINUTES {
            assert_eq!(parse_duration(&format_duration(minutes)).unwrap(), minutes);
        }
    }
}
