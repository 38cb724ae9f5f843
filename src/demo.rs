//! The demo data set of `data/demo/`, compiled in: communities, residents,
//! and (through `courses::demo`) a term of courses with rosters. Its dates are written
//! around the reference day 2026-11-01 and shifted to today when loaded
//! (all but birth dates), so expiring permits and due registrations stay
//! due however old the binary is.
use crate::db::Connection;
use chrono::{Days, NaiveDate};

use crate::clock::{format_date, parse_date};
use crate::db::audit::{self, Actor};
use crate::error::{AppError, Result};
use crate::residents::fields::{self, Field};
use crate::residents::store::{self, communities};
use crate::residents::ResidentData;

const COMMUNITIES: &str = include_str!("../data/demo/communities.csv");
const RESIDENTS: &str = include_str!("../data/demo/residents.csv");
const REFERENCE_DAY: (i32, u32, u32) = (2026, 11, 1);

/// What `load` added.
pub struct Loaded {
    pub communities: usize,
    pub residents: usize,
    pub courses: usize,
    pub feedback: usize,
    pub notices: usize,
}

/// Shifts a demo date by the days between the reference day and today.
fn shift(date: &str, today: NaiveDate) -> Option<String> {
    let reference = NaiveDate::from_ymd_opt(REFERENCE_DAY.0, REFERENCE_DAY.1, REFERENCE_DAY.2)?;
    let d = parse_date(date)?;
    let shifted = if today >= reference {
        d.checked_add_days(Days::new((today - reference).num_days() as u64))?
    } else {
        d.checked_sub_days(Days::new((reference - today).num_days() as u64))?
    };
    Some(format_date(shifted))
}

fn demo_error(what: &str, line: u64, detail: &str) -> AppError {
    AppError::internal(format!("demo data {what}, line {line}: {detail}"))
}

/// Loads the demo communities and residents in one transaction's `conn`.
pub fn load(conn: &Connection, actor: &Actor, today: NaiveDate) -> Result<Loaded> {
    let mut reader = csv::Reader::from_reader(COMMUNITIES.as_bytes());
    let mut community_count = 0;
    for record in reader.records() {
        let record = record?;
        let name = record.get(0).unwrap_or_default();
        communities::insert(
            conn,
            name,
            record.get(1).filter(|z| !z.is_empty()),
            &actor.at,
        )?;
        community_count += 1;
    }
    let refs = store::load_refs(conn)?;
    let mut reader = csv::Reader::from_reader(RESIDENTS.as_bytes());
    let headers: Vec<Option<Field>> = reader.headers()?.iter().map(Field::from_name).collect();
    let mut count = 0;
    for record in reader.records() {
        let record = record?;
        let line = record.position().map_or(0, |p| p.line());
        let mut data = ResidentData::new();
        for (field, raw) in headers.iter().zip(record.iter()) {
            let Some(field) = *field else { continue };
            let mut raw = raw.to_string();
            if is_shifted_date(field) && !raw.is_empty() {
                raw = shift(&raw, today).ok_or_else(|| demo_error("date", line, &raw))?;
            }
            let value = fields::parse(field, &raw, &refs)
                .map_err(|e| demo_error(field.name(), line, &e.problem))?;
            data.set(field, value);
        }
        let registered_at = match &data.arrival_date {
            Some(d) => format!("{d}T10:00:00+08:00"),
            None => actor.at.clone(),
        };
        let id = store::insert(conn, &data, &registered_at)?;
        audit::record(conn, actor, "add", "resident", Some(id), "demo")?;
        count += 1;
    }
    let courses = crate::courses::demo::load(conn, actor, today)?;
    let feedback = crate::feedback::demo::load_demo(conn, actor, today)?;
    let notices = crate::notices::demo::load_demo(conn, actor, today)?;
    Ok(Loaded {
        communities: community_count,
        residents: count,
        courses,
        feedback,
        notices,
    })
}

fn is_shifted_date(field: Field) -> bool {
    matches!(
        field,
        Field::ArrivalDate | Field::ResidenceRegisteredOn | Field::PermitExpiry | Field::MovedOutOn
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_shift_by_the_days_since_the_reference_day() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        assert_eq!(shift("2026-11-01", today).as_deref(), Some("2026-11-27"));
        let before = NaiveDate::from_ymd_opt(2026, 10, 30).expect("date");
        assert_eq!(shift("2026-11-01", before).as_deref(), Some("2026-10-30"));
    }

    #[test]
    fn the_demo_data_loads_cleanly() {
        let db = crate::db::Db::in_memory().expect("db");
        let actor = Actor {
            operator: "test".into(),
            at: "2026-11-27T09:00:00+08:00".into(),
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let loaded = load(&db.conn, &actor, today).expect("loads");
        assert!(loaded.communities >= 5);
        assert!(loaded.residents >= 150);
    }
}
