//! The demo feedback of `data/demo/feedback.csv`, compiled in and checked
//! like an import. Its received_at values are written around the reference
//! day 2026-11-01 and shifted by (today − 2026-11-01) when loaded, so the
//! same items stay overdue however old the binary is. Needs the demo
//! residents (external ids) already loaded.
use crate::db::Connection;
use chrono::{Duration, NaiveDate};

use super::csv::{check, Refs, COLUMNS};
use super::flow::due_on;
use super::store::{self, Change};
use crate::db::audit::{self, Actor};
use crate::error::{AppError, Result};

const FEEDBACK: &str = include_str!("../../data/demo/feedback.csv");

fn reference_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default()
}

/// Loads the demo items in `conn` (a write transaction); returns how many.
pub fn load_demo(conn: &Connection, actor: &Actor, today: NaiveDate) -> Result<usize> {
    let refs = Refs::load(conn)?;
    let sla = store::default_sla(conn)?;
    let offset = Duration::days((today - reference_day()).num_days());
    let mut reader = csv::Reader::from_reader(FEEDBACK.as_bytes());
    let columns: Vec<Option<&'static str>> = reader
        .headers()?
        .iter()
        .map(|h| COLUMNS.iter().find(|c| **c == h).copied())
        .collect();
    let mut count = 0;
    for record in reader.records() {
        let record = record?;
        let line = record.position().map_or(0, |p| p.line());
        let mut checked = check("demo feedback.csv", line, false, &columns, &record, &refs)
            .map_err(|e| AppError::internal(format!("demo data: {}", e.join("; "))))?;
        let received = checked.received + offset;
        checked.item.received_at = crate::clock::format_datetime(&received);
        checked.item.due_on = due_on(received.date_naive(), sla);
        let id = store::insert(conn, &checked.item, &actor.at)?;
        let change = Change {
            action: "import",
            from: None,
            to: checked.item.status,
            department: checked.department.as_deref(),
            note: Some("demo"),
        };
        store::add_history(conn, id, actor, &change)?;
        audit::record_about(
            conn,
            actor,
            "add",
            "feedback",
            Some(id),
            checked.item.resident_id,
            "demo",
        )?;
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_feedback_loads_with_some_overdue() {
        let db = crate::db::Db::in_memory().unwrap();
        let actor = Actor {
            operator: "test".into(),
            at: "2026-11-27T09:00:00+08:00".into(),
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        crate::demo::load(&db.conn, &actor, today).unwrap();
        // Whether or not `demo::load` loads feedback itself, start empty.
        db.conn
            .execute_batch("DELETE FROM feedback_history; DELETE FROM feedback;")
            .unwrap();
        assert_eq!(load_demo(&db.conn, &actor, today).unwrap(), 25);
        let all = super::super::query::all(&db.conn, &super::super::query::ListFilter::default())
            .unwrap();
        let overdue = all
            .iter()
            .filter(|f| super::super::flow::is_overdue(f.status, f.due_on, today))
            .count();
        assert!((3..=10).contains(&overdue), "{overdue} overdue");
        assert!(all.iter().any(|f| f.resident_id.is_none()));
        assert!(all[24].received_at.starts_with("2026-11-27"));
    }
}
