//! Course recurrence on text of the form
//! `start|duration|repeat|count|until|skip;skip…` (as `course add` and
//! `course import` take those values). A successful expansion must keep the
//! invariants `courses::recurrence` promises.
use chrono::{Datelike, Duration, NaiveDate};

use crate::clock::{format_datetime, parse_date, parse_datetime};
use crate::courses::duration::parse_duration;
use crate::courses::recurrence::{self, MAX_OCCURRENCES};
use crate::courses::Repeat;
use crate::error::ErrorKind;

pub fn expand(text: &str) {
    let mut parts = text.split('|');
    let mut next = || parts.next().unwrap_or("");
    let (start, duration, repeat, count, until, skip) =
        (next(), next(), next(), next(), next(), next());
    let Some(start) = parse_datetime(start) else {
        return;
    };
    let Some(minutes) = parse_duration(duration)
        .ok()
        .or_else(|| duration.trim().parse().ok())
    else {
        return;
    };
    let repeat = Repeat::parse(repeat).unwrap_or(Repeat::None);
    let count: Option<u32> = count.trim().parse().ok();
    let until = parse_date(until);
    let skip: Vec<NaiveDate> = skip.split(';').filter_map(parse_date).collect();
    let occurrences = match recurrence::expand(start, minutes, repeat, count, until, &skip) {
        Ok(o) => o,
        Err(e) => {
            assert!(
                matches!(e.kind, ErrorKind::Invalid | ErrorKind::Usage),
                "{:?}",
                e.lines
            );
            return;
        }
    };
    let n = occurrences.len();
    assert!((1..=MAX_OCCURRENCES as usize).contains(&n), "{n} sessions");
    if let Some(count) = count {
        let mut skipped = skip.clone();
        skipped.sort();
        skipped.dedup();
        assert_eq!(n + skipped.len(), count as usize, "--count {count}");
    }
    let length = Duration::minutes(i64::from(minutes));
    for (i, o) in occurrences.iter().enumerate() {
        assert_eq!(o.end - o.start, length);
        assert!(
            !skip.contains(&o.start.date_naive()),
            "a skipped date is kept"
        );
        assert!(
            until.is_none_or(|u| o.start.date_naive() <= u),
            "after --until"
        );
        assert!((0..=9999).contains(&o.start.year()) && o.end.year() <= 9999);
        for t in [o.start, o.end] {
            let written = format_datetime(&t);
            assert_eq!(parse_datetime(&written), Some(t), "{written:?}");
        }
        if i > 0 {
            assert!(occurrences[i - 1].start < o.start, "not in start order");
        }
    }
}
