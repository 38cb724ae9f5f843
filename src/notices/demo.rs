//! The demo notices of `data/demo/notices.csv`, compiled in: a lift
//! renovation for one community, a residence-registration policy with a
//! Japanese version, a Spring Festival event for everyone and a consular
//! day for three nationalities. Effective dates are days after today, so
//! they stay ahead however old the binary is.
use crate::db::Connection;
use chrono::{Days, NaiveDate};

use super::{store, Audience, NewNotice};
use crate::clock::format_date;
use crate::db::audit::{self, Actor};
use crate::error::{AppError, Result};
use crate::residents::store::load_refs;

const NOTICES: &str = include_str!("../../data/demo/notices.csv");

fn demo_error(line: u64, detail: &str) -> AppError {
    AppError::internal(format!("demo notices, line {line}: {detail}"))
}

fn optional(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_string())
}

/// Loads the demo notices; the demo communities must be loaded already.
pub fn load_demo(conn: &Connection, actor: &Actor, today: NaiveDate) -> Result<usize> {
    let refs = load_refs(conn)?;
    let mut reader = csv::Reader::from_reader(NOTICES.as_bytes());
    let mut count = 0;
    for record in reader.records() {
        let record = record?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or_default();
        let mut audience = Audience::default();
        for name in field(7).split(';').filter(|s| !s.is_empty()) {
            let community = refs
                .community(name)
                .ok_or_else(|| demo_error(line, &format!("unknown community {name}")))?;
            audience.communities.push(community.clone());
        }
        audience.nationalities = field(8)
            .split(';')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let days: u64 = field(9)
            .parse()
            .map_err(|_| demo_error(line, "bad effective_in_days"))?;
        let notice = NewNotice {
            title_en: field(0).to_string(),
            title_zh: field(1).to_string(),
            body_en: field(2).to_string(),
            body_zh: field(3).to_string(),
            ja: optional(field(4)).zip(optional(field(5))),
            category: optional(field(6)),
            effective_on: today.checked_add_days(Days::new(days)).map(format_date),
            audience,
        };
        let id = store::insert(conn, &notice, &actor.at)?;
        audit::record(conn, actor, "add", "notice", Some(id), "demo")?;
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_notices_load_after_the_demo_residents() {
        let db = crate::db::Db::in_memory().expect("db");
        let actor = Actor {
            operator: "test".into(),
            at: "2026-11-27T09:00:00+08:00".into(),
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        crate::demo::load(&db.conn, &actor, today).expect("residents");
        assert_eq!(load_demo(&db.conn, &actor, today).expect("notices"), 4);
        let notices = store::list(&db.conn).expect("list");
        assert!(notices.iter().any(|n| n.data.has_japanese()));
        assert!(notices
            .iter()
            .any(|n| !n.data.audience.communities.is_empty()));
        assert!(notices
            .iter()
            .any(|n| !n.data.audience.nationalities.is_empty()));
        for n in &notices {
            assert!(!store::recipients(&db.conn, n)
                .expect("recipients")
                .is_empty());
        }
    }
}
