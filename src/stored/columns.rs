//! Which rule each stored column follows: the closed vocabularies (also
//! listed by the CHECK constraints of migration 0006) and the other
//! columns, each with the SQL expression that names its rows.
use super::{Column, Rule};
use crate::residents::fields::{self, Field};
use crate::text::Lines;
use crate::{courses, feedback};

fn spellings<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| as_str(*v)).collect()
}

/// The resident statuses as stored: those a user may set, and `erased`.
pub fn resident_statuses() -> Vec<&'static str> {
    let mut all = fields::STATUSES.to_vec();
    all.push("erased");
    all
}

/// The closed vocabularies: (table, column, spellings). Also what the
/// `CHECK` constraints of migration 0006 list (a test compares them).
pub fn vocabularies() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    use courses::{AttendanceStatus as A, Category as C, CourseStatus as CS, Kind as K};
    use courses::{EnrollmentStatus as E, Repeat as R, SessionStatus as S};
    use feedback::{Category as FC, Channel as CH, Status as FS};
    vec![
        ("residents", "gender", fields::GENDERS.to_vec()),
        ("residents", "permit_type", fields::PERMIT_TYPES.to_vec()),
        ("residents", "status", resident_statuses()),
        ("courses", "category", spellings(C::ALL, C::as_str)),
        ("courses", "kind", spellings(K::ALL, K::as_str)),
        ("courses", "repeat", spellings(R::ALL, R::as_str)),
        ("courses", "status", spellings(CS::ALL, CS::as_str)),
        ("sessions", "status", spellings(S::ALL, S::as_str)),
        ("enrollments", "status", spellings(E::ALL, E::as_str)),
        ("attendance", "status", spellings(A::ALL, A::as_str)),
        ("feedback", "channel", spellings(CH::ALL, CH::as_str)),
        ("feedback", "category", spellings(FC::ALL, FC::as_str)),
        ("feedback", "status", spellings(FS::ALL, FS::as_str)),
        ("feedback", "informed_via", spellings(CH::ALL, CH::as_str)),
        (
            "feedback_history",
            "to_status",
            spellings(FS::ALL, FS::as_str),
        ),
        (
            "feedback_history",
            "from_status",
            spellings(FS::ALL, FS::as_str),
        ),
        ("notice_audience", "kind", vec!["community", "nationality"]),
    ]
}

/// Whether a vocabulary column may be empty.
fn vocab_nullable(table: &str, column: &str) -> bool {
    matches!(
        (table, column),
        ("residents", "permit_type")
            | ("feedback", "informed_via")
            | ("feedback_history", "from_status")
    )
}

fn key_of(table: &str) -> &'static str {
    match table {
        "enrollments" => "'course ' || course_id || ', resident ' || resident_id",
        "attendance" => "'session ' || session_id || ', resident ' || resident_id",
        "notice_audience" => "'notice ' || notice_id || ', ' || kind || ' ' || value",
        _ => "id",
    }
}

fn col(table: &'static str, column: &'static str, nullable: bool, rule: Rule) -> Column {
    Column {
        table,
        key: key_of(table),
        column,
        nullable,
        rule,
    }
}

/// Every column with a rule.
pub fn columns() -> Vec<Column> {
    use Rule::*;
    let mut all: Vec<Column> = vocabularies()
        .into_iter()
        .map(|(t, c, v)| col(t, c, vocab_nullable(t, c), Vocab(v)))
        .collect();
    let flag = || Int { min: 0, max: 1 };
    for field in Field::ALL {
        let skip = matches!(
            field,
            Field::Gender | Field::PermitType | Field::Status | Field::Community
        );
        if !skip {
            let required = matches!(
                field,
                Field::Nationality | Field::ConsentContact | Field::ConsentShare
            );
            all.push(col("residents", field.name(), !required, Resident(field)));
        }
    }
    let max_minutes = i64::from(courses::duration::MAX_MINUTES);
    all.extend([
        col("residents", "address_changed", false, flag()),
        col("residents", "permit_changed", false, flag()),
        col("residents", "registered_at", false, DateTime),
        col("residents", "updated_at", false, DateTime),
        col("residents", "erased_on", true, Date),
        col("communities", "name", false, Text(Lines::Single, 100)),
        col("departments", "code", false, DepartmentCode),
        col("courses", "title", false, Text(Lines::Single, 200)),
        col(
            "courses",
            "capacity",
            false,
            Int {
                min: 0,
                max: i64::from(u32::MAX),
            },
        ),
        col("courses", "language", true, Language),
        col("courses", "start", false, DateTime),
        col(
            "courses",
            "duration_minutes",
            false,
            Int {
                min: 1,
                max: max_minutes,
            },
        ),
        col("courses", "count", true, Int { min: 1, max: 500 }),
        col("courses", "until", true, Date),
        col("sessions", "starts_at", false, DateTime),
        col("sessions", "ends_at", false, DateTime),
        col("enrollments", "enrolled_at", false, DateTime),
        col("attendance", "marked_at", false, DateTime),
        col("feedback", "received_at", false, DateTime),
        col("feedback", "responded_at", true, DateTime),
        col("feedback", "closed_at", true, DateTime),
        col("feedback", "due_on", false, Date),
        col("feedback", "language", true, Language),
        col("feedback", "subject", false, Text(Lines::Single, 200)),
        col("feedback_history", "at", false, DateTime),
        col("notices", "effective_on", true, Date),
        col("audit", "at", false, DateTime),
    ]);
    all
}
