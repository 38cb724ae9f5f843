//! Reports on residents (SPEC §7, §9): active residents grouped by one
//! attribute, residence registrations due, and permits about to expire.
use std::collections::{BTreeMap, BTreeSet};

use crate::db::{params, Connection};
use chrono::{Datelike, NaiveDate};

use crate::clock::{format_date, parse_date};
use crate::error::Result;
use crate::output::{sql_limit, Cell, Rows, Sink};
use crate::refdata;
use crate::residents::model::registration_due;
use crate::residents::query::{self, ListFilter};

/// Residents active on day `?1` (SPEC §9): registered on or before it, and
/// neither moved out nor erased on or before it. An erased resident has
/// only nationality and community left: other groupings count them as
/// `(unknown)` for days before the erasure.
const ACTIVE_ON: &str = "substr(r.registered_at, 1, 10) <= ?1
    AND (r.erased_on IS NULL OR r.erased_on > ?1)
    AND (r.moved_out_on IS NULL OR r.moved_out_on > ?1)";

/// What `report residents --by` groups on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    Nationality,
    Community,
    Language,
    Gender,
    PermitType,
    AgeBand,
}

/// One group of the residents report.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub key: String,
    pub label: String,
    /// The label in Chinese, for a Chinese table or chart.
    pub label_zh: Option<String>,
    pub count: i64,
    pub share_pct: f64,
}

impl Group {
    /// The label as a person reads it, in the interface's language.
    pub fn shown_label(&self) -> String {
        Cell::Named(self.label.clone(), self.label_zh.clone()).shown()
    }
}

pub const GROUP_COLUMNS: &[&str] = &["key", "label", "count", "share_pct"];

/// The label of a resident without the grouped value (key ``).
pub const UNKNOWN: &str = "(unknown)";

/// `count / total × 100`, rounded to one decimal once, so table, CSV and
/// JSON agree; 0 when the total is 0.
pub fn percent(count: i64, total: i64) -> f64 {
    percent_of(count, total).unwrap_or(0.0)
}

/// `count / total × 100` to one decimal, `None` when the total is 0.
pub fn percent_of(count: i64, total: i64) -> Option<f64> {
    (total != 0).then(|| (count as f64 * 1000.0 / total as f64).round() / 10.0)
}

/// The age band of someone born on `birth` at `today`, in completed years.
pub fn age_band(birth: NaiveDate, today: NaiveDate) -> &'static str {
    let mut age = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    match age {
        i32::MIN..=17 => "0-17",
        18..=29 => "18-29",
        30..=44 => "30-44",
        45..=59 => "45-59",
        _ => "60+",
    }
}

/// Active residents on `today` grouped `by`: largest count first, ties by
/// key; groups without residents are not listed.
pub fn groups(conn: &Connection, by: GroupBy, today: NaiveDate) -> Result<Vec<Group>> {
    let sql = format!(
        "SELECT r.nationality, c.name, r.languages, r.gender, r.permit_type, r.birth_date,
                c.name_zh
         FROM residents r JOIN communities c ON c.id = r.community_id
         WHERE {ACTIVE_ON}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([format_date(today)])?;
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let mut community_zh: BTreeMap<String, String> = BTreeMap::new();
    let mut active = 0i64;
    while let Some(row) = rows.next()? {
        active += 1;
        if by == GroupBy::Community {
            if let Some(zh) = row.get::<Option<String>>(6)? {
                community_zh.insert(row.get(1)?, zh);
            }
        }
        let keys: Vec<String> = match by {
            GroupBy::Nationality => vec![row.get(0)?],
            GroupBy::Community => vec![row.get(1)?],
            GroupBy::Language => {
                let list: Option<String> = row.get(2)?;
                let set: BTreeSet<String> = list
                    .unwrap_or_default()
                    .split(';')
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect();
                if set.is_empty() {
                    vec![String::new()]
                } else {
                    set.into_iter().collect()
                }
            }
            GroupBy::Gender => vec![row.get(3)?],
            GroupBy::PermitType => vec![row.get::<Option<String>>(4)?.unwrap_or_default()],
            GroupBy::AgeBand => {
                let birth: Option<String> = row.get(5)?;
                vec![birth
                    .as_deref()
                    .and_then(parse_date)
                    .map(|b| age_band(b, today).to_string())
                    .unwrap_or_default()]
            }
        };
        for key in keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    let mut groups: Vec<Group> = counts
        .into_iter()
        .map(|(key, count)| Group {
            label: label(by, &key),
            label_zh: label_zh(by, &key, &community_zh),
            share_pct: percent(count, active),
            key,
            count,
        })
        .collect();
    // The map gave key order; a stable sort keeps it within equal counts.
    groups.sort_by_key(|g| std::cmp::Reverse(g.count));
    Ok(groups)
}

fn label(by: GroupBy, key: &str) -> String {
    if key.is_empty() {
        return UNKNOWN.to_string();
    }
    match by {
        GroupBy::Nationality => refdata::country_by_code(key).map(|c| c.name_en.clone()),
        GroupBy::Language => refdata::language(key).map(|l| l.name_en.clone()),
        _ => None,
    }
    .unwrap_or_else(|| key.to_string())
}

/// The Chinese label of a group, where there is one.
fn label_zh(by: GroupBy, key: &str, community_zh: &BTreeMap<String, String>) -> Option<String> {
    if key.is_empty() {
        return Some(crate::t!("report-unknown"));
    }
    match by {
        GroupBy::Nationality => refdata::country_by_code(key).map(|c| c.name_zh.clone()),
        GroupBy::Language => refdata::language(key).map(|l| l.name_zh.clone()),
        GroupBy::Community => community_zh.get(key).cloned(),
        GroupBy::Gender => Some(crate::i18n::label("gender", key)),
        GroupBy::PermitType => Some(crate::i18n::label("permit", key)),
        GroupBy::AgeBand => None,
    }
}

/// The groups as report rows `key,label,count,share_pct`. The key is a
/// code, except a community's, which is its name: free text (SPEC §9).
pub fn group_rows(groups: &[Group], by: GroupBy) -> Rows {
    let mut rows = Rows::new(GROUP_COLUMNS);
    for g in groups {
        let key = g.key.clone();
        rows.push(vec![
            if by == GroupBy::Community {
                Cell::Text(key)
            } else {
                Cell::Code(key)
            },
            Cell::Named(g.label.clone(), g.label_zh.clone()),
            Cell::Int(g.count),
            Cell::Dec1(g.share_pct),
        ]);
    }
    rows
}

pub const REGISTRATION_COLUMNS: &[&str] = &[
    "id",
    "family_name",
    "given_name",
    "nationality",
    "community",
    "phone",
    "arrival_date",
    "residence_registered_on",
    "reason",
];

/// Active residents whose residence registration is due, by id, with the
/// first reason that applies (SPEC §9), streamed to `sink`.
pub fn registrations(conn: &Connection, limit: Option<u64>, sink: &mut Sink) -> Result<()> {
    query::each(conn, &due_filter(), limit, &mut |r| {
        let Some(reason) = registration_due(&r) else {
            return Ok(());
        };
        let d = &r.data;
        sink(vec![
            Cell::Int(r.id),
            Cell::text(d.family_name.clone()),
            Cell::text(d.given_name.clone()),
            Cell::country(Some(d.nationality.clone())),
            Cell::Named(d.community.clone(), r.community_zh.clone()),
            Cell::code(d.phone.clone()),
            Cell::code(d.arrival_date.clone()),
            Cell::code(d.residence_registered_on.clone()),
            Cell::Vocab("reason", reason.to_string()),
        ])
    })
}

/// How many residents `registrations` lists.
pub fn count_registrations(conn: &Connection) -> Result<u64> {
    query::count(conn, &due_filter())
}

fn due_filter() -> ListFilter {
    ListFilter {
        registration_due: true,
        ..ListFilter::default()
    }
}

/// `today + days`, held at 9999-12-31: dates are stored as `YYYY-MM-DD`
/// text, and a huge `--within` must not overflow.
pub fn days_ahead(today: NaiveDate, days: u32) -> NaiveDate {
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    today
        .checked_add_days(chrono::Days::new(u64::from(days)))
        .map_or(last, |d| d.min(last))
}

pub const PERMIT_COLUMNS: &[&str] = &[
    "id",
    "family_name",
    "given_name",
    "nationality",
    "community",
    "phone",
    "email",
    "permit_type",
    "permit_expiry",
    "days_left",
];

/// Active residents whose permit expires on or before `today + within`
/// days, expired ones included: most urgent first (expiry, then id).
pub fn permits(
    conn: &Connection,
    today: NaiveDate,
    within: u32,
    limit: Option<u64>,
    sink: &mut Sink,
) -> Result<()> {
    let until = days_ahead(today, within);
    let sql = format!(
        "SELECT r.id, r.family_name, r.given_name, r.nationality, c.name, r.phone, r.email,
                r.permit_type, r.permit_expiry, c.name_zh
         FROM residents r JOIN communities c ON c.id = r.community_id
         WHERE {ACTIVE_ON} AND r.permit_expiry IS NOT NULL AND r.permit_expiry <= ?2
         ORDER BY r.permit_expiry, r.id LIMIT ?3"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut found = stmt.query(params![
        format_date(today),
        format_date(until),
        sql_limit(limit)
    ])?;
    while let Some(row) = found.next()? {
        let expiry: String = row.get(8)?;
        let days_left = parse_date(&expiry).map_or(Cell::Null, |d| {
            Cell::Int(d.signed_duration_since(today).num_days())
        });
        sink(vec![
            Cell::Int(row.get(0)?),
            Cell::text(row.get::<Option<String>>(1)?),
            Cell::text(row.get::<Option<String>>(2)?),
            Cell::country(Some(row.get::<String>(3)?)),
            Cell::Named(row.get(4)?, row.get(9)?),
            Cell::code(row.get::<Option<String>>(5)?),
            Cell::code(row.get::<Option<String>>(6)?),
            Cell::vocab("permit", row.get::<Option<String>>(7)?),
            Cell::Code(expiry),
            days_left,
        ])?;
    }
    Ok(())
}

/// How many residents `permits` lists.
pub fn count_permits(conn: &Connection, today: NaiveDate, within: u32) -> Result<u64> {
    let until = days_ahead(today, within);
    let sql = format!(
        "SELECT count(*) FROM residents r
         WHERE {ACTIVE_ON} AND r.permit_expiry IS NOT NULL AND r.permit_expiry <= ?2"
    );
    let n: i64 = conn.query_row(&sql, params![format_date(today), format_date(until)], |r| {
        r.get(0)
    })?;
    Ok(u64::try_from(n).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        parse_date(text).expect("date")
    }

    #[test]
    fn age_is_in_completed_years() {
        let today = day("2026-11-27");
        assert_eq!(age_band(day("2008-11-27"), today), "18-29");
        assert_eq!(age_band(day("2008-11-28"), today), "0-17");
        assert_eq!(age_band(day("1996-11-28"), today), "18-29");
        assert_eq!(age_band(day("1996-11-27"), today), "30-44");
        assert_eq!(age_band(day("1966-11-27"), today), "60+");
        assert_eq!(age_band(day("1966-11-28"), today), "45-59");
    }

    #[test]
    fn percent_rounds_once_to_one_decimal() {
        assert_eq!(percent(1, 3), 33.3);
        assert_eq!(percent(2, 3), 66.7);
        assert_eq!(percent(1, 8), 12.5);
        assert_eq!(percent(1, 0), 0.0);
    }
}
