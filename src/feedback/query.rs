//! `feedback list` and the exports' SQL: the filters as a WHERE clause of
//! fixed fragments (values always parameters), items handed over one at a
//! time, and the count of all that match. Open items by due date come
//! from the `feedback_open_due` index (migration 0007).
use crate::db::Value as Sql;
use crate::db::{params_from_iter, Connection};
use chrono::NaiveDate;

use super::store::{from_row, Feedback, SELECT};
use super::{Category, Status};
use crate::clock::format_date;
use crate::error::Result;

/// `feedback list` filters; `None` means any. Dates are of `received_at`,
/// inclusive.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: Option<Status>,
    pub category: Option<Category>,
    pub department_id: Option<i64>,
    pub resident_id: Option<i64>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Only items open (new or forwarded) and due before this day: overdue
    /// on it.
    pub overdue_on: Option<NaiveDate>,
    /// Only items open and due on or before this day (overdue included).
    pub open_due_by: Option<NaiveDate>,
}

/// An open item, as the partial index `feedback_open_due` states it.
const OPEN: &str = "f.status IN ('new', 'forwarded')";

impl ListFilter {
    fn clause(&self) -> (String, Vec<Sql>) {
        let mut parts: Vec<&'static str> = vec!["TRUE"];
        let mut params: Vec<Sql> = Vec::new();
        let mut param = |part: &'static str, value: Sql| {
            parts.push(part);
            params.push(value);
        };
        let text = |s: &str| Sql::Text(s.to_string());
        let date = |d: NaiveDate| Sql::Text(format_date(d));
        if let Some(status) = self.status {
            param("f.status = ?", text(status.as_str()));
        }
        if let Some(category) = self.category {
            param("f.category = ?", text(category.as_str()));
        }
        if let Some(id) = self.department_id {
            param("f.department_id = ?", Sql::Integer(id));
        }
        if let Some(id) = self.resident_id {
            param("f.resident_id = ?", Sql::Integer(id));
        }
        if let Some(d) = self.since {
            param("substr(f.received_at, 1, 10) >= ?", date(d));
        }
        if let Some(d) = self.until {
            param("substr(f.received_at, 1, 10) <= ?", date(d));
        }
        if let Some(d) = self.overdue_on {
            param("f.due_on < ?", date(d));
        }
        if let Some(d) = self.open_due_by {
            param("f.due_on <= ?", date(d));
        }
        if self.overdue_on.is_some() || self.open_due_by.is_some() {
            parts.push(OPEN);
        }
        (parts.join(" AND "), params)
    }

    /// Open items by due date, most urgent first; the rest as received.
    fn order(&self) -> &'static str {
        if self.overdue_on.is_some() || self.open_due_by.is_some() {
            "f.due_on, f.id"
        } else {
            "f.received_at, f.id"
        }
    }
}

/// Hands every matching item to `f`, in list order, at most `limit`.
pub fn each(
    conn: &Connection,
    filter: &ListFilter,
    limit: Option<u64>,
    f: &mut dyn FnMut(Feedback) -> Result<()>,
) -> Result<()> {
    let (clause, mut params) = filter.clause();
    params.push(Sql::Integer(crate::output::sql_limit(limit)));
    // Fragments are ours, never input: building the text is safe.
    let sql = format!(
        "{SELECT} WHERE {clause} ORDER BY {} LIMIT ?",
        filter.order()
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(params))?;
    while let Some(row) = rows.next()? {
        f(from_row(&row)?)?;
    }
    Ok(())
}

/// How many items match.
pub fn count(conn: &Connection, filter: &ListFilter) -> Result<u64> {
    let (clause, params) = filter.clause();
    let sql = format!("SELECT count(*) FROM feedback f WHERE {clause}");
    let n: i64 = conn.query_row(&sql, params_from_iter(params), |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Every matching item, for callers that need them all at once (a
/// resident's own items in the subject export, tests).
pub fn all(conn: &Connection, filter: &ListFilter) -> Result<Vec<Feedback>> {
    let mut out = Vec::new();
    each(conn, filter, None, &mut |f| {
        out.push(f);
        Ok(())
    })?;
    Ok(out)
}

/// What an export needs of an item's resident.
#[derive(Debug, Clone, Default)]
pub struct ResidentRef {
    pub external_id: Option<String>,
    pub family_name: Option<String>,
    pub given_name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub wechat: Option<String>,
    pub consent_share: bool,
}

/// Every item (or those whose current department is `department_id`) with
/// its resident, by id, handed to `f` one at a time; at most `limit`.
pub fn with_residents(
    conn: &Connection,
    department_id: Option<i64>,
    limit: Option<u64>,
    f: &mut dyn FnMut(Feedback, Option<ResidentRef>) -> Result<()>,
) -> Result<()> {
    let sql = "SELECT f.id, f.resident_id, f.received_at, f.channel, f.category,
            f.language, f.subject, f.body, d.code, f.status, f.response, f.responded_at,
            f.closed_at, f.informed_via, f.due_on, f.created_at, f.updated_at,
            r.external_id, r.family_name, r.given_name, r.phone, r.email, r.wechat,
            r.consent_share, r.id
        FROM feedback f
        LEFT JOIN departments d ON d.id = f.department_id
        LEFT JOIN residents r ON r.id = f.resident_id
        WHERE ?1 IS NULL OR f.department_id = ?1
        ORDER BY f.id LIMIT ?2";
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query(crate::params![
        department_id,
        crate::output::sql_limit(limit)
    ])?;
    while let Some(row) = rows.next()? {
        let item = from_row(&row)?;
        let resident = match row.get::<Option<i64>>(24)? {
            None => None,
            Some(_) => Some(ResidentRef {
                external_id: row.get(17)?,
                family_name: row.get(18)?,
                given_name: row.get(19)?,
                phone: row.get(20)?,
                email: row.get(21)?,
                wechat: row.get(22)?,
                consent_share: row.get(23)?,
            }),
        };
        f(item, resident)?;
    }
    Ok(())
}

/// How many items `with_residents` hands over.
pub fn count_with_residents(conn: &Connection, department_id: Option<i64>) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM feedback WHERE ?1 IS NULL OR department_id = ?1",
        [department_id],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}
