//! Shanghai local time (UTC+08:00, no daylight saving) and the injectable
//! "now": `EXPATDESK_NOW` (RFC 3339) fixes the moment for tests and for
//! reproducing a report as of a given time.
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, SecondsFormat, TimeZone, Utc};

use crate::error::{AppError, Result};

pub const NOW_ENV: &str = "EXPATDESK_NOW";

pub fn shanghai() -> FixedOffset {
    // 8 hours is always a valid offset.
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC"))
}

/// The moment every command of one run agrees on.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    now: DateTime<FixedOffset>,
}

impl Clock {
    /// Reads `EXPATDESK_NOW`, else the system clock. Either must fall in
    /// the years 0000–9999 in Shanghai time (exit 2 otherwise): every
    /// stamp we store is `YYYY-…` text that must read back and sort.
    pub fn from_env() -> Result<Self> {
        match std::env::var(NOW_ENV) {
            Ok(text) if !text.trim().is_empty() => {
                let now = DateTime::parse_from_rfc3339(text.trim()).map_err(|_| {
                    AppError::usage(crate::t!(
                        "sys-now-not-rfc3339",
                        var = NOW_ENV,
                        value = crate::text::visible(&text)
                    ))
                    .hint(crate::t!("sys-hint-now-example"))
                })?;
                Clock::within_range(now).ok_or_else(|| {
                    AppError::usage(crate::t!(
                        "sys-now-out-of-range",
                        var = NOW_ENV,
                        value = crate::text::visible(text.trim())
                    ))
                    .hint(crate::t!("sys-hint-now-range"))
                })
            }
            _ => Clock::within_range(Utc::now().fixed_offset()).ok_or_else(|| {
                AppError::usage(crate::t!("sys-clock-out-of-range"))
                    .hint(crate::t!("sys-hint-set-clock"))
            }),
        }
    }

    /// `now` in Shanghai time, if its year is 0000–9999.
    fn within_range(now: DateTime<FixedOffset>) -> Option<Self> {
        let now = now.with_timezone(&shanghai());
        (0..=9999).contains(&now.year()).then_some(Clock { now })
    }

    pub fn fixed(now: DateTime<FixedOffset>) -> Self {
        Clock {
            now: now.with_timezone(&shanghai()),
        }
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        self.now
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// "now" as stored and exported: RFC 3339 with `+08:00`, whole seconds.
    pub fn stamp(&self) -> String {
        format_datetime(&self.now)
    }
}

pub fn format_datetime(t: &DateTime<FixedOffset>) -> String {
    t.with_timezone(&shanghai())
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

pub fn format_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A strict `YYYY-MM-DD` calendar date.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let b = t.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    // By hand: chrono's format parser is the slowest part of a bulk import.
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// A date given on the command line as `flag`; exit 5 naming it otherwise.
pub fn date_flag(flag: &str, text: &str) -> crate::error::Result<NaiveDate> {
    parse_date(text).ok_or_else(|| {
        AppError::invalid(format!(
            "{flag}: {} ({})",
            crate::t!("sys-field-bad-date"),
            crate::text::visible(text)
        ))
        .hint(crate::t!("sys-hint-date-format"))
    })
}

/// The days `--from` and `--to` name, each optional; exit 5 for a date that
/// is not real, exit 2 when `--from` comes after `--to`.
pub fn date_range(
    from: Option<&str>,
    to: Option<&str>,
) -> crate::error::Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let from = from.map(|d| date_flag("--from", d)).transpose()?;
    let to = to.map(|d| date_flag("--to", d)).transpose()?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(AppError::usage(crate::t!("sys-from-after-to"))
                .hint(crate::t!("sys-hint-swap-dates")));
        }
    }
    Ok((from, to))
}

/// `YYYY-MM-DD HH:MM` (Shanghai time) or RFC 3339, in Shanghai time. Both
/// forms are strict, and the result's year is 0000–9999: stored as RFC 3339
/// text, a time must read back and sort as text (an offset of up to ±23:59
/// could otherwise move `0000-01-01T00:00` into the year −1).
pub fn parse_datetime(text: &str) -> Option<DateTime<FixedOffset>> {
    let t = text.trim();
    let time = match DateTime::parse_from_rfc3339(t) {
        Ok(dt) => dt.with_timezone(&shanghai()),
        Err(_) => {
            let b = t.as_bytes();
            if b.len() != 16 || b[10] != b' ' || b[13] != b':' {
                return None;
            }
            let date = parse_date(t.get(..10)?)?;
            let number = |d: &[u8]| {
                d.iter().try_fold(0u32, |n, &c| {
                    c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
                })
            };
            let naive = date.and_hms_opt(number(&b[11..13])?, number(&b[14..16])?, 0)?;
            shanghai().from_local_datetime(&naive).single()?
        }
    };
    (0..=9999).contains(&time.year()).then_some(time)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock_at(text: &str) -> Option<Clock> {
        Clock::within_range(DateTime::parse_from_rfc3339(text).expect("rfc 3339"))
    }

    #[test]
    fn the_clock_stays_within_four_digit_years_in_shanghai() {
        // 9999-12-31 20:00 at -05:00 is 10000-01-01 09:00 in Shanghai: its
        // stamps (`+10000-…`) would not read back.
        assert!(clock_at("9999-12-31T20:00:00-05:00").is_none());
        assert!(clock_at("0000-01-01T00:00:00+09:00").is_none());
        assert!(clock_at("0000-01-01T00:00:00Z").is_some());
        let last = clock_at("9999-12-31T15:59:59Z").expect("in range");
        assert_eq!(last.stamp(), "9999-12-31T23:59:59+08:00");
        assert!(parse_datetime(&last.stamp()).is_some());
    }

    #[test]
    fn dates_are_strict_calendar_dates() {
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2023-02-29").is_none());
        assert!(parse_date("2024-2-9").is_none());
        assert!(parse_date("2024/02/09").is_none());
        assert!(parse_date("").is_none());
    }

    #[test]
    fn datetimes_are_shanghai_local() {
        let t = parse_datetime("2026-03-01 18:30").expect("parses");
        assert_eq!(format_datetime(&t), "2026-03-01T18:30:00+08:00");
        let u = parse_datetime("2026-03-01T10:30:00Z").expect("parses");
        assert_eq!(format_datetime(&u), "2026-03-01T18:30:00+08:00");
        assert!(parse_datetime("2026-03-01 25:00").is_none());
    }

    #[test]
    fn datetimes_stay_within_four_digit_years() {
        // Found by fuzzing: each used to parse and then fail to read back.
        assert!(parse_datetime("0000-01-01T00:00:00+23:59").is_none());
        assert!(parse_datetime("9999-12-31T23:59:00-23:59").is_none());
        assert!(parse_datetime("+12345-01-01 1:1").is_none());
        assert!(parse_datetime("2026-3-01  8:30").is_none());
        assert!(parse_datetime("0000-01-01 08:00").is_some());
        assert!(parse_datetime("9999-12-31 23:59").is_some());
    }
}
