//! Expanding a course definition (`--start`, `--duration`, `--repeat`,
//! `--count` | `--until`, `--skip`) into its sessions, with iCalendar
//! semantics (SPEC §4): `--count` counts occurrences before skipped dates are
//! removed, `--until` is an inclusive date, and a skipped date must be an
//! occurrence. Times are Shanghai local (UTC+08:00, no daylight saving), so
//! "weekly" is +7 days at the same wall-clock time.
//!
//! Invariants of a successful `expand`: at least one occurrence, at most
//! `MAX_OCCURRENCES` before skipping, in start order, each `end - start`
//! equal to the duration, and none on a skipped date.
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate};

use super::duration::MAX_MINUTES;
use super::Repeat;
use crate::clock::{format_date, shanghai};
use crate::error::{AppError, Result};
use crate::t;

/// The most occurrences one definition may produce (before skipping).
pub const MAX_OCCURRENCES: u32 = 500;

/// One session's time, in Shanghai time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
}

/// The sessions of a course definition, skipped dates removed.
pub fn expand(
    start: DateTime<FixedOffset>,
    duration_minutes: u32,
    repeat: Repeat,
    count: Option<u32>,
    until: Option<NaiveDate>,
    skip: &[NaiveDate],
) -> Result<Vec<Occurrence>> {
    let start = start.with_timezone(&shanghai());
    check_duration(duration_minutes)?;
    let n = occurrence_count(start, repeat, count, until)?;
    let all = generate(start, duration_minutes, step_days(repeat), n)?;
    remove_skipped(all, skip)
}

/// `n` occurrences `step` days apart; exit 5 past the year 9999.
fn generate(
    start: DateTime<FixedOffset>,
    minutes: u32,
    step: i64,
    n: u32,
) -> Result<Vec<Occurrence>> {
    let length = Duration::minutes(i64::from(minutes));
    (0..i64::from(n))
        .map(|i| {
            let s = start.checked_add_signed(Duration::days(step * i))?;
            let end = s.checked_add_signed(length)?;
            // Dates are stored as `YYYY-MM-DD`: a fifth year digit would break it.
            (end.year() <= 9999).then_some(Occurrence { start: s, end })
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            AppError::invalid(t!(
                "svc-recur-past-9999",
                flag = "--start",
                value = crate::clock::format_datetime(&start)
            ))
        })
}

fn check_duration(minutes: u32) -> Result<()> {
    if (1..=MAX_MINUTES).contains(&minutes) {
        return Ok(());
    }
    Err(AppError::invalid(t!(
        "svc-recur-duration-range",
        minutes = minutes.to_string()
    )))
}

fn step_days(repeat: Repeat) -> i64 {
    match repeat {
        Repeat::Weekly => 7,
        Repeat::Daily | Repeat::None => 1,
    }
}

/// How many occurrences the bounds give, before skipping.
fn occurrence_count(
    start: DateTime<FixedOffset>,
    repeat: Repeat,
    count: Option<u32>,
    until: Option<NaiveDate>,
) -> Result<u32> {
    match (repeat, count, until) {
        (_, Some(_), Some(_)) => Err(AppError::usage(t!(
            "svc-recur-count-and-until",
            count = "--count",
            until = "--until"
        ))
        .hint(t!(
            "svc-recur-count-and-until-hint",
            count = "--count N",
            until = "--until DATE"
        ))),
        (Repeat::None, None, None) => Ok(1),
        (Repeat::None, _, _) => Err(AppError::usage(t!(
            "svc-recur-needs-repeat",
            count = "--count",
            until = "--until",
            daily = "--repeat daily",
            weekly = "--repeat weekly"
        ))
        .hint(t!(
            "svc-recur-needs-repeat-hint",
            weekly = "--repeat weekly"
        ))),
        (_, None, None) => Err(AppError::usage(t!(
            "svc-recur-needs-count",
            repeat = format!("--repeat {repeat}"),
            count = "--count N",
            until = "--until DATE"
        ))
        .hint(t!(
            "svc-recur-needs-count-hint",
            count = "--repeat weekly --count 8",
            until = "--repeat weekly --until 2026-06-30"
        ))),
        (_, Some(n), None) => check_count(n),
        (_, None, Some(date)) => count_until(start, repeat, date),
    }
}

fn check_count(n: u32) -> Result<u32> {
    if n == 0 {
        return Err(AppError::invalid(t!(
            "svc-recur-count-zero",
            flag = "--count (0)"
        )));
    }
    if n > MAX_OCCURRENCES {
        return Err(too_many(&format!("--count ({n})")));
    }
    Ok(n)
}

/// Occurrences from the start date to `until`, inclusive.
fn count_until(start: DateTime<FixedOffset>, repeat: Repeat, until: NaiveDate) -> Result<u32> {
    let first = start.date_naive();
    let days = (until - first).num_days();
    if days < 0 {
        return Err(AppError::invalid(t!(
            "svc-recur-until-before",
            flag = "--until",
            until = format_date(until),
            first = format_date(first)
        )));
    }
    let n = days / step_days(repeat) + 1;
    match u32::try_from(n) {
        Ok(n) if n <= MAX_OCCURRENCES => Ok(n),
        _ => Err(too_many(&format!("--until ({})", format_date(until)))),
    }
}

fn too_many(what: &str) -> AppError {
    AppError::invalid(t!(
        "svc-recur-too-many",
        what = what,
        max = MAX_OCCURRENCES.to_string()
    ))
    .hint(t!(
        "svc-recur-too-many-hint",
        until = "--until",
        count = "--count"
    ))
}

/// Drops the occurrences on skipped dates; each skipped date must be one.
fn remove_skipped(all: Vec<Occurrence>, skip: &[NaiveDate]) -> Result<Vec<Occurrence>> {
    let on = |d: &NaiveDate| all.iter().any(|o| o.start.date_naive() == *d);
    let strays: Vec<String> = skip
        .iter()
        .filter(|d| !on(d))
        .map(|d| format_date(*d))
        .collect();
    if !strays.is_empty() {
        return Err(AppError::invalid(t!(
            "svc-recur-skip-stray",
            flag = "--skip",
            dates = strays.join(", ")
        ))
        .hint(session_dates_hint(&all)));
    }
    let kept: Vec<Occurrence> = all
        .into_iter()
        .filter(|o| !skip.contains(&o.start.date_naive()))
        .collect();
    if kept.is_empty() {
        return Err(AppError::invalid(t!("svc-recur-skip-all", flag = "--skip"))
            .hint(t!("svc-recur-skip-all-hint")));
    }
    Ok(kept)
}

fn session_dates_hint(all: &[Occurrence]) -> String {
    let date = |o: Option<&Occurrence>| o.map(|o| format_date(o.start.date_naive()));
    match (date(all.first()), date(all.last())) {
        (Some(first), Some(last)) if all.len() > 1 => {
            let weekday = all[0].start.format("%A").to_string();
            if all[1].start - all[0].start == Duration::days(7) {
                t!(
                    "svc-recur-dates-weekly",
                    weekday = weekday,
                    first = first,
                    last = last
                )
            } else {
                t!("svc-recur-dates-daily", first = first, last = last)
            }
        }
        (Some(first), _) => t!("svc-recur-dates-one", first = first),
        _ => t!("svc-recur-dates-none"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{format_datetime, parse_date, parse_datetime};
    use crate::error::ErrorKind;

    fn at(text: &str) -> DateTime<FixedOffset> {
        parse_datetime(text).unwrap()
    }
    fn day(text: &str) -> NaiveDate {
        parse_date(text).unwrap()
    }
    fn starts(occ: &[Occurrence]) -> Vec<String> {
        occ.iter().map(|o| format_datetime(&o.start)).collect()
    }
    fn dates(occ: &[Occurrence]) -> Vec<String> {
        occ.iter()
            .map(|o| format_date(o.start.date_naive()))
            .collect()
    }
    fn weekly(count: Option<u32>, until: Option<&str>, skip: &[&str]) -> Result<Vec<Occurrence>> {
        let skip: Vec<NaiveDate> = skip.iter().map(|s| day(s)).collect();
        expand(
            at("2026-03-03 19:00"),
            90,
            Repeat::Weekly,
            count,
            until.map(day),
            &skip,
        )
    }

    #[test]
    fn repeat_none_gives_exactly_one_session() {
        let occ = expand(at("2026-03-03 19:00"), 90, Repeat::None, None, None, &[]).unwrap();
        assert_eq!(occ.len(), 1);
        assert_eq!(format_datetime(&occ[0].start), "2026-03-03T19:00:00+08:00");
        assert_eq!(format_datetime(&occ[0].end), "2026-03-03T20:30:00+08:00");
    }

    #[test]
    fn weekly_keeps_the_local_time_and_lasts_the_duration() {
        let occ = weekly(Some(3), None, &[]).unwrap();
        assert_eq!(
            starts(&occ),
            vec![
                "2026-03-03T19:00:00+08:00",
                "2026-03-10T19:00:00+08:00",
                "2026-03-17T19:00:00+08:00",
            ]
        );
        assert!(occ.iter().all(|o| o.end - o.start == Duration::minutes(90)));
    }

    #[test]
    fn count_is_taken_before_skipping() {
        let occ = weekly(Some(8), None, &["2026-03-17"]).unwrap();
        assert_eq!(occ.len(), 7);
        assert!(!dates(&occ).contains(&"2026-03-17".to_string()));
        assert_eq!(dates(&occ).last().unwrap(), "2026-04-21");
    }

    #[test]
    fn until_is_inclusive() {
        let occ = weekly(None, Some("2026-03-24"), &[]).unwrap();
        assert_eq!(
            dates(&occ),
            vec!["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24"]
        );
        let occ = weekly(None, Some("2026-03-23"), &[]).unwrap();
        assert_eq!(occ.len(), 3);
    }

    #[test]
    fn until_on_the_start_date_gives_one_session() {
        let occ = weekly(None, Some("2026-03-03"), &[]).unwrap();
        assert_eq!(dates(&occ), vec!["2026-03-03"]);
    }

    #[test]
    fn until_with_a_skip_removes_the_skipped_date() {
        let occ = weekly(None, Some("2026-03-24"), &["2026-03-24"]).unwrap();
        assert_eq!(dates(&occ), vec!["2026-03-03", "2026-03-10", "2026-03-17"]);
    }

    #[test]
    fn duplicate_skips_count_once() {
        let occ = weekly(Some(4), None, &["2026-03-10", "2026-03-10"]).unwrap();
        assert_eq!(occ.len(), 3);
    }

    #[test]
    fn seven_daily_sessions_cross_a_month_boundary() {
        let occ = expand(
            at("2026-01-28 09:30"),
            45,
            Repeat::Daily,
            Some(7),
            None,
            &[],
        )
        .unwrap();
        assert_eq!(
            dates(&occ),
            vec![
                "2026-01-28",
                "2026-01-29",
                "2026-01-30",
                "2026-01-31",
                "2026-02-01",
                "2026-02-02",
                "2026-02-03",
            ]
        );
        assert!(occ
            .iter()
            .all(|o| o.start.format("%H:%M").to_string() == "09:30"));
    }

    #[test]
    fn seven_weekly_sessions_cross_a_month_boundary() {
        let occ = expand(
            at("2026-04-20 14:00"),
            60,
            Repeat::Weekly,
            Some(7),
            None,
            &[],
        )
        .unwrap();
        assert_eq!(dates(&occ).first().unwrap(), "2026-04-20");
        assert_eq!(dates(&occ)[2], "2026-05-04");
        assert_eq!(dates(&occ).last().unwrap(), "2026-06-01");
    }

    #[test]
    fn a_leap_day_is_an_occurrence() {
        let occ = expand(
            at("2028-02-27 10:00"),
            60,
            Repeat::Daily,
            Some(4),
            None,
            &[],
        )
        .unwrap();
        assert_eq!(
            dates(&occ),
            vec!["2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01"]
        );
        let occ = expand(
            at("2028-02-22 10:00"),
            60,
            Repeat::Weekly,
            None,
            Some(day("2028-03-07")),
            &[day("2028-02-29")],
        )
        .unwrap();
        assert_eq!(dates(&occ), vec!["2028-02-22", "2028-03-07"]);
    }

    #[test]
    fn a_session_may_end_after_midnight() {
        let occ = expand(at("2026-12-31 23:00"), 120, Repeat::None, None, None, &[]).unwrap();
        assert_eq!(format_datetime(&occ[0].end), "2027-01-01T01:00:00+08:00");
    }

    #[test]
    fn an_rfc3339_start_is_read_as_shanghai_time() {
        let utc = DateTime::parse_from_rfc3339("2026-03-03T11:00:00Z").unwrap();
        let occ = expand(utc, 60, Repeat::Daily, Some(2), None, &[day("2026-03-04")]).unwrap();
        assert_eq!(starts(&occ), vec!["2026-03-03T19:00:00+08:00"]);
    }

    #[test]
    fn count_and_until_together_is_a_usage_error() {
        let err = weekly(Some(3), Some("2026-03-24"), &[]).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Usage);
        assert!(err.lines[0].contains("--count") && err.lines[0].contains("--until"));
    }

    #[test]
    fn count_or_until_with_repeat_none_is_a_usage_error() {
        let start = at("2026-03-03 19:00");
        for (count, until) in [(Some(1), None), (None, Some(day("2026-03-10")))] {
            let err = expand(start, 60, Repeat::None, count, until, &[]).unwrap_err();
            assert_eq!(err.kind, ErrorKind::Usage);
        }
    }

    #[test]
    fn repeating_without_an_end_is_a_usage_error_naming_the_flags() {
        for repeat in [Repeat::Daily, Repeat::Weekly] {
            let err = expand(at("2026-03-03 19:00"), 60, repeat, None, None, &[]).unwrap_err();
            assert_eq!(err.kind, ErrorKind::Usage);
            assert_eq!(
                err.lines,
                vec![format!("--repeat {repeat} needs --count N or --until DATE")]
            );
        }
    }

    #[test]
    fn a_skip_that_is_not_an_occurrence_is_invalid_naming_it() {
        let err = weekly(Some(8), None, &["2026-03-10", "2026-03-11"]).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(err.lines, vec!["--skip (2026-03-11): not a session date"]);
        assert_eq!(
            err.hints,
            vec!["the sessions fall every Tuesday from 2026-03-03 to 2026-04-21"]
        );
        // Beyond the last occurrence counts as "not an occurrence" too.
        let err = weekly(Some(2), None, &["2026-03-17"]).unwrap_err();
        assert_eq!(err.lines, vec!["--skip (2026-03-17): not a session date"]);
    }

    #[test]
    fn skipping_every_session_is_invalid() {
        let err = expand(
            at("2026-03-03 19:00"),
            60,
            Repeat::None,
            None,
            None,
            &[day("2026-03-03")],
        )
        .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(err.lines, vec!["--skip: every session is skipped"]);
    }

    #[test]
    fn until_before_the_start_is_invalid() {
        let err = weekly(None, Some("2026-03-02"), &[]).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(
            err.lines,
            vec!["--until (2026-03-02): is before the first session on 2026-03-03"]
        );
    }

    #[test]
    fn count_zero_is_invalid() {
        assert_eq!(
            weekly(Some(0), None, &[]).unwrap_err().kind,
            ErrorKind::Invalid
        );
    }

    #[test]
    fn at_most_500_occurrences() {
        assert_eq!(weekly(Some(500), None, &[]).unwrap().len(), 500);
        let err = weekly(Some(501), None, &[]).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert_eq!(
            err.lines,
            vec!["--count (501): gives more than 500 sessions"]
        );
        let start = at("2026-01-01 08:00");
        let until = start.date_naive() + Duration::days(499);
        let ok = expand(start, 30, Repeat::Daily, None, Some(until), &[]).unwrap();
        assert_eq!(ok.len(), 500);
        let err = expand(
            start,
            30,
            Repeat::Daily,
            None,
            Some(until + Duration::days(1)),
            &[],
        )
        .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
        let far = expand(start, 30, Repeat::Daily, None, Some(day("9999-12-31")), &[]);
        assert_eq!(far.unwrap_err().kind, ErrorKind::Invalid);
    }

    #[test]
    fn the_end_of_the_calendar_is_an_error_not_a_panic() {
        let start = at("9999-12-20 10:00");
        let err = expand(start, 60, Repeat::Weekly, Some(10), None, &[]).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
    }

    #[test]
    fn a_duration_outside_one_minute_to_a_day_is_invalid() {
        let start = at("2026-03-03 19:00");
        for minutes in [0, MAX_MINUTES + 1] {
            let err = expand(start, minutes, Repeat::None, None, None, &[]).unwrap_err();
            assert_eq!(err.kind, ErrorKind::Invalid);
        }
    }
}
