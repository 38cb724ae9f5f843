//! The feedback CSV row schema (`feedback import`, the demo data):
//! `resident_external_id,received_at,channel,category,language,subject,
//! body,department,status,response`; `feedback export` adds `id` first,
//! which importers ignore. Checks one row into a `NewFeedback` (due date
//! left to the caller) or one `FILE:LINE: column: problem (value)` per
//! problem.
use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};
use csv::StringRecord;

use super::store::NewFeedback;
use super::{Category, Channel, Status};
use crate::csvio::RowCheck;
use crate::departments::Department;
use crate::t;
use crate::text::Lines;

pub const COLUMNS: [&str; 10] = [
    "resident_external_id",
    "received_at",
    "channel",
    "category",
    "language",
    "subject",
    "body",
    "department",
    "status",
    "response",
];
pub const REQUIRED: [&str; 4] = ["received_at", "channel", "category", "subject"];
/// Written with the formula guard by exports, so unguarded here.
const FREE_TEXT: [&str; 4] = ["resident_external_id", "subject", "body", "response"];

pub const SUBJECT_LIMIT: usize = 200;
pub const BODY_LIMIT: usize = 10_000;

/// What rows are checked against: residents by external id (with whether
/// erased) and the departments.
pub struct Refs {
    pub residents: HashMap<String, (i64, bool)>,
    pub departments: Vec<Department>,
}

impl Refs {
    pub fn load(conn: &crate::db::Connection) -> crate::error::Result<Refs> {
        Ok(Refs {
            residents: super::store::residents_by_external_id(conn)?,
            departments: crate::departments::list(conn)?,
        })
    }

    fn department(&self, input: &str) -> Option<&Department> {
        crate::departments::find(&self.departments, input)
    }
}

/// A checked row: the item and its department's code (for history).
#[derive(Debug)]
pub struct Checked {
    pub item: NewFeedback,
    pub received: DateTime<FixedOffset>,
    pub department: Option<String>,
}

/// Checks one row; `columns` maps the file's columns to the schema's.
pub fn check(
    file: &str,
    line: u64,
    raw: bool,
    columns: &[Option<&'static str>],
    record: &StringRecord,
    refs: &Refs,
) -> Result<Checked, Vec<String>> {
    let mut r = RowCheck::new(file, line, raw, &FREE_TEXT, columns, record)?;
    let resident_id = resident(&mut r, refs);
    let received_text = r.cell("received_at");
    let received = crate::clock::parse_datetime(received_text);
    if received.is_none() {
        let problem = if received_text.trim().is_empty() {
            t!("svc-csv-required")
        } else {
            t!("svc-csv-not-a-datetime")
        };
        r.error("received_at", &problem, received_text);
    }
    let channel = r.vocab("channel", Channel::parse);
    let category = r.vocab("category", Category::parse);
    let language = match r.cell("language").trim() {
        "" => None,
        l => {
            let found = crate::refdata::language(l).map(|l| l.code.clone());
            if found.is_none() {
                r.error("language", &t!("svc-import-unknown-language"), l);
            }
            found
        }
    };
    let subject = r.text("subject", Lines::Single, SUBJECT_LIMIT);
    if subject.is_none() && r.cell("subject").trim().is_empty() {
        r.error("subject", &t!("svc-csv-required"), "");
    }
    let body = r.text("body", Lines::Multi, BODY_LIMIT);
    let department = match r.cell("department").trim() {
        "" => None,
        d => {
            let found = refs.department(d).map(|d| (d.id, d.code.clone()));
            if found.is_none() {
                let problem = match crate::departments::did_you_mean(&refs.departments, d) {
                    Some(hint) => t!("svc-csv-unknown-department-hint", hint = hint),
                    None => t!("svc-csv-unknown-department"),
                };
                r.error("department", &problem, d);
            }
            found
        }
    };
    let status = if r.cell("status").trim().is_empty() {
        Some(Status::New)
    } else {
        r.vocab("status", Status::parse)
    };
    let response = r.text("response", Lines::Multi, BODY_LIMIT);
    consistency(&mut r, status, department.is_some(), response.is_some());
    let (Some(received), Some(channel), Some(category), Some(subject), Some(status), true) = (
        received,
        channel,
        category,
        subject,
        status,
        r.errors.is_empty(),
    ) else {
        return Err(r.errors);
    };
    let (department_id, department) = department.unzip();
    Ok(Checked {
        item: NewFeedback {
            resident_id,
            received_at: crate::clock::format_datetime(&received),
            channel,
            category,
            language,
            subject,
            body,
            department_id,
            status,
            response,
            due_on: received.date_naive(),
        },
        received,
        department,
    })
}

fn resident(r: &mut RowCheck, refs: &Refs) -> Option<i64> {
    let external = r.cell("resident_external_id").trim();
    if external.is_empty() {
        return None;
    }
    match refs.residents.get(external) {
        Some((id, false)) => Some(*id),
        Some((_, true)) => {
            r.error(
                "resident_external_id",
                &t!("svc-csv-erased-resident"),
                external,
            );
            None
        }
        None => {
            r.error(
                "resident_external_id",
                &t!("svc-csv-unknown-resident"),
                external,
            );
            None
        }
    }
}

/// A forwarded item has a department; a responded one has a response.
fn consistency(r: &mut RowCheck, status: Option<Status>, department: bool, response: bool) {
    match status {
        Some(Status::Forwarded) if !department => {
            r.error("department", &t!("svc-csv-needs-department"), "")
        }
        Some(Status::Responded) if !response => {
            r.error("response", &t!("svc-csv-needs-response"), "")
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs() -> Refs {
        let db = crate::db::Db::in_memory().unwrap();
        Refs {
            residents: HashMap::from([("A-1".to_string(), (1, false)), ("E-1".into(), (2, true))]),
            departments: crate::departments::list(&db.conn).unwrap(),
        }
    }

    fn run(row: &[&str]) -> Result<Checked, Vec<String>> {
        let columns: Vec<Option<&'static str>> = COLUMNS.iter().map(|c| Some(*c)).collect();
        check(
            "f.csv",
            2,
            false,
            &columns,
            &StringRecord::from(row.to_vec()),
            &refs(),
        )
    }

    #[test]
    fn a_good_row_checks() {
        let c = run(&[
            "A-1",
            "2026-11-01 10:00",
            "Walk-in",
            "traffic",
            "en",
            "'=Bus",
            "b",
            "TAX",
            "forwarded",
            "",
        ])
        .unwrap();
        assert_eq!(c.item.resident_id, Some(1));
        assert_eq!(c.item.subject, "=Bus");
        assert_eq!(c.department.as_deref(), Some("tax"));
        assert_eq!(c.item.received_at, "2026-11-01T10:00:00+08:00");
    }

    #[test]
    fn every_problem_is_reported_with_line_and_column() {
        let errs = run(&[
            "X-9", "soon", "fax", "x", "zz", "", "", "nowhere", "done", "",
        ])
        .unwrap_err();
        assert_eq!(errs.len(), 8, "{errs:#?}");
        assert!(errs[0].starts_with("f.csv:2: resident_external_id: is not a known resident"));
        let errs = run(&[
            "E-1",
            "2026-11-01 10:00",
            "phone",
            "other",
            "",
            "s",
            "",
            "",
            "responded",
            "",
        ])
        .unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:#?}");
    }
}
