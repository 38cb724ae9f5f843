//! What every stored value must be (SPEC §8, `check`): for each column of
//! each table, the rule its values follow, taken from the domain's own
//! validators and vocabularies (`residents::fields`, the course and
//! feedback vocabularies, `clock`, `refdata`) so there is one copy of each
//! rule. A value passes when the validator accepts it *and* gives it back
//! unchanged: stored values are in their one stored form (`DE`, not `de`).
//! Pure: `db::values` reads the rows and asks here.
use crate::clock::{format_datetime, parse_date, parse_datetime};
use crate::residents::fields::{self, Field, Refs, Value};
use crate::text::{self, Lines};
use crate::{courses, departments, refdata};

mod columns;
pub use columns::{columns, resident_statuses, vocabularies};

/// How one column's values are judged.
#[derive(Debug, Clone)]
pub enum Rule {
    /// One of these exact spellings.
    Vocab(Vec<&'static str>),
    /// A resident column, by its validator (`fields::parse`).
    Resident(Field),
    /// `YYYY-MM-DD`.
    Date,
    /// RFC 3339 with `+08:00`, as `clock::format_datetime` writes it.
    DateTime,
    /// An integer from `min` to `max`.
    Int { min: i64, max: i64 },
    /// An ISO 639-1 code.
    Language,
    /// A department code.
    DepartmentCode,
    /// Text under the rules of SPEC §1 "Text", at most `limit` characters.
    Text(Lines, usize),
}

/// A column and its rule; `key` is the SQL expression that names a row
/// (`id`, or the columns of a composite key).
#[derive(Debug, Clone)]
pub struct Column {
    pub table: &'static str,
    pub key: &'static str,
    pub column: &'static str,
    pub nullable: bool,
    pub rule: Rule,
}

/// A stored value as SQLite hands it over.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob,
}

impl Stored {
    /// The value as a message quotes it.
    pub fn shown(&self) -> String {
        match self {
            Stored::Null => "NULL".into(),
            Stored::Int(n) => n.to_string(),
            Stored::Real(x) => x.to_string(),
            Stored::Text(s) => text::visible(s),
            Stored::Blob => crate::t!("sys-stored-blob"),
        }
    }
}

/// What is wrong with `value` in `column`, in words; `None` when it passes.
pub fn problem(column: &Column, value: &Stored) -> Option<String> {
    let text = match value {
        Stored::Null if column.nullable => return None,
        Stored::Null => return Some(crate::t!("sys-stored-null")),
        Stored::Text(s) => s.as_str(),
        Stored::Int(n) => return int_problem(&column.rule, *n),
        Stored::Real(_) | Stored::Blob => return Some(crate::t!("sys-stored-not-text")),
    };
    let ok = match &column.rule {
        Rule::Vocab(allowed) => {
            if allowed.contains(&text) {
                return None;
            }
            return Some(crate::t!("sys-csv-not-one-of", list = allowed.join(", ")));
        }
        Rule::Resident(field) => return resident_problem(*field, text),
        Rule::Date => parse_date(text).is_some_and(|d| crate::clock::format_date(d) == text),
        Rule::DateTime => parse_datetime(text).is_some_and(|t| format_datetime(&t) == text),
        Rule::Language => refdata::language(text).is_some_and(|l| l.code == text),
        Rule::DepartmentCode => departments::valid_code(text),
        Rule::Text(lines, limit) => {
            text::clean(text, *lines, *limit).ok() == Some(Some(text.into()))
        }
        Rule::Int { .. } => false,
    };
    (!ok).then(|| describe(&column.rule))
}

fn int_problem(rule: &Rule, n: i64) -> Option<String> {
    match rule {
        Rule::Int { min, max } if (*min..=*max).contains(&n) => None,
        Rule::Int { min, max } => Some(crate::t!(
            "sys-stored-int-range",
            min = min.to_string(),
            max = max.to_string()
        )),
        Rule::Resident(Field::ConsentContact | Field::ConsentShare) if n == 0 || n == 1 => None,
        Rule::Resident(Field::ConsentContact | Field::ConsentShare) => {
            Some(crate::t!("sys-stored-not-flag"))
        }
        _ => Some(crate::t!("sys-stored-number-not-text")),
    }
}

/// A resident value through its validator: it must come back unchanged.
fn resident_problem(field: Field, text: &str) -> Option<String> {
    match fields::parse(field, text, &Refs::default()) {
        Ok(Value::Text(v)) if v == text => None,
        Ok(Value::Text(v)) => Some(format!(
            "{} ({})",
            crate::t!("sys-stored-not-stored-form"),
            text::visible(&v)
        )),
        Ok(_) => Some(crate::t!("sys-stored-not-stored-form")),
        Err(e) => Some(e.problem),
    }
}

fn describe(rule: &Rule) -> String {
    match rule {
        Rule::Date => crate::t!("sys-stored-not-date"),
        Rule::DateTime => crate::t!("sys-stored-not-datetime"),
        Rule::Language => crate::t!("sys-stored-not-language"),
        Rule::DepartmentCode => crate::t!("sys-stored-not-department-code"),
        Rule::Text(..) => crate::t!("sys-stored-text-rules"),
        _ => crate::t!("sys-stored-not-valid"),
    }
}

/// Waitlist positions of one course, as stored: they must be 1..n.
pub fn positions_problem(mut positions: Vec<Option<i64>>) -> Option<String> {
    positions.sort();
    let expected: Vec<Option<i64>> = (1..=positions.len() as i64).map(Some).collect();
    (positions != expected).then(|| {
        let shown: Vec<String> = positions
            .iter()
            .map(|p| p.map_or("NULL".into(), |p| p.to_string()))
            .collect();
        crate::t!(
            "sys-stored-waitlist-positions",
            positions = shown.join(","),
            count = expected.len().to_string()
        )
    })
}

/// A session's length: from 1 minute to `MAX_MINUTES` (the clash check
/// relies on it).
pub fn session_problem(starts_at: &str, ends_at: &str) -> Option<String> {
    let (Some(start), Some(end)) = (parse_datetime(starts_at), parse_datetime(ends_at)) else {
        return None; // the column rules report those
    };
    let minutes = (end - start).num_minutes();
    let max = i64::from(courses::duration::MAX_MINUTES);
    (!(1..=max).contains(&minutes)).then(|| {
        crate::t!(
            "sys-stored-session-length",
            minutes = minutes.to_string(),
            max = max.to_string()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(table: &str, column: &str) -> Column {
        columns()
            .into_iter()
            .find(|c| c.table == table && c.column == column)
            .expect("a rule")
    }

    fn text(s: &str) -> Stored {
        Stored::Text(s.into())
    }

    #[test]
    fn stored_values_must_be_valid_and_in_their_stored_form() {
        let gender = find("residents", "gender");
        assert_eq!(problem(&gender, &text("female")), None);
        assert!(problem(&gender, &text("banana")).is_some());
        assert!(problem(&gender, &text("Female")).is_some());
        let nationality = find("residents", "nationality");
        assert_eq!(problem(&nationality, &text("DE")), None);
        assert!(problem(&nationality, &text("de"))
            .expect("a problem")
            .contains("stored form"));
        assert!(problem(&nationality, &Stored::Null).is_some());
        let consent = find("residents", "consent_share");
        assert_eq!(problem(&consent, &Stored::Int(1)), None);
        assert!(problem(&consent, &Stored::Int(2)).is_some());
        let phone = find("residents", "phone");
        assert_eq!(problem(&phone, &text("+8613812345678")), None);
        assert!(problem(&phone, &text("138 1234 5678")).is_some());
        let start = find("sessions", "starts_at");
        assert_eq!(problem(&start, &text("2026-12-01T18:30:00+08:00")), None);
        assert!(problem(&start, &text("2026-12-01 18:30")).is_some());
        assert!(problem(&find("residents", "birth_date"), &text("2026-02-30")).is_some());
        assert!(problem(&find("courses", "duration_minutes"), &Stored::Int(0)).is_some());
        assert!(problem(&find("feedback", "status"), &text("bogus")).is_some());
    }

    #[test]
    fn waitlists_run_from_one_without_gaps() {
        assert_eq!(positions_problem(vec![Some(2), Some(1)]), None);
        assert_eq!(positions_problem(vec![]), None);
        assert!(positions_problem(vec![Some(-5)]).is_some());
        assert!(positions_problem(vec![Some(1), Some(3)]).is_some());
        assert!(positions_problem(vec![None]).is_some());
    }

    #[test]
    fn sessions_last_one_minute_to_a_day() {
        let at = |t: &str| format!("2026-12-01T{t}:00+08:00");
        assert_eq!(session_problem(&at("10:00"), &at("11:00")), None);
        assert!(session_problem(&at("10:00"), &at("10:00")).is_some());
        assert!(session_problem(&at("10:00"), "2026-12-03T10:00:00+08:00").is_some());
    }
}
