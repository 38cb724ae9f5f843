//! SQL for feedback: the only place that knows the `feedback` and
//! `feedback_history` tables and the `feedback_sla_days` setting. Stored
//! values are the vocabularies' spellings; departments are joined in as
//! their codes.
use crate::db::{params, Connection, OptionalExtension, Row};
use chrono::NaiveDate;

use super::flow::DEFAULT_SLA_DAYS;
use super::{Category, Channel, Status};
use crate::clock::parse_date;
use crate::db::audit::Actor;
use crate::error::{AppError, Result};
use crate::t;

const SLA_KEY: &str = "feedback_sla_days";

/// One stored item, department as its code.
#[derive(Debug, Clone)]
pub struct Feedback {
    pub id: i64,
    pub resident_id: Option<i64>,
    pub received_at: String,
    pub channel: String,
    pub category: String,
    pub language: Option<String>,
    pub subject: String,
    pub body: Option<String>,
    pub department: Option<String>,
    pub status: Status,
    pub response: Option<String>,
    pub responded_at: Option<String>,
    pub closed_at: Option<String>,
    pub informed_via: Option<String>,
    pub due_on: NaiveDate,
    pub created_at: String,
    pub updated_at: String,
}

/// A new item as `log`, `import` and the demo write it.
#[derive(Debug, Clone)]
pub struct NewFeedback {
    pub resident_id: Option<i64>,
    pub received_at: String,
    pub channel: Channel,
    pub category: Category,
    pub language: Option<String>,
    pub subject: String,
    pub body: Option<String>,
    pub department_id: Option<i64>,
    pub status: Status,
    pub response: Option<String>,
    pub due_on: NaiveDate,
}

pub(super) const SELECT: &str = "SELECT f.id, f.resident_id, f.received_at, f.channel, f.category,
        f.language, f.subject, f.body, d.code, f.status, f.response, f.responded_at,
        f.closed_at, f.informed_via, f.due_on, f.created_at, f.updated_at
    FROM feedback f LEFT JOIN departments d ON d.id = f.department_id";

pub(super) fn from_row(row: &Row) -> crate::db::SqlResult<Feedback> {
    let status: String = row.get(9)?;
    let due: String = row.get(14)?;
    Ok(Feedback {
        id: row.get(0)?,
        resident_id: row.get(1)?,
        received_at: row.get(2)?,
        channel: row.get(3)?,
        category: row.get(4)?,
        language: row.get(5)?,
        subject: row.get(6)?,
        body: row.get(7)?,
        department: row.get(8)?,
        status: Status::parse(&status).unwrap_or(Status::New),
        response: row.get(10)?,
        responded_at: row.get(11)?,
        closed_at: row.get(12)?,
        informed_via: row.get(13)?,
        due_on: parse_date(&due).unwrap_or(NaiveDate::MAX),
        created_at: row.get(15)?,
        updated_at: row.get(16)?,
    })
}

/// The item, or exit 3.
pub fn get(conn: &Connection, id: i64) -> Result<Feedback> {
    let sql = format!("{SELECT} WHERE f.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| {
            AppError::not_found(t!("svc-fb-not-found", id = id.to_string()))
                .hint(t!("svc-fb-not-found-hint"))
        })
}

pub fn insert(conn: &Connection, f: &NewFeedback, at: &str) -> Result<i64> {
    let answered = f.response.as_ref().map(|_| at);
    let closed = (f.status == Status::Closed).then_some(at);
    conn.prepare_cached(
        "INSERT INTO feedback (resident_id, received_at, channel, category, language, subject,
            body, department_id, status, response, responded_at, closed_at, due_on,
            created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)
         RETURNING id",
    )?
    .query_row(
        params![
            f.resident_id,
            f.received_at,
            f.channel.as_str(),
            f.category.as_str(),
            f.language,
            f.subject,
            f.body,
            f.department_id,
            f.status.as_str(),
            f.response,
            answered,
            closed,
            crate::clock::format_date(f.due_on),
            at
        ],
        |r| r.get(0),
    )
    .map_err(Into::into)
}

/// One line of an item's history.
#[derive(Debug, Clone)]
pub struct Change<'a> {
    pub action: &'a str,
    pub from: Option<Status>,
    pub to: Status,
    pub department: Option<&'a str>,
    pub note: Option<&'a str>,
}

pub fn add_history(conn: &Connection, id: i64, actor: &Actor, c: &Change) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO feedback_history
            (feedback_id, at, operator, action, from_status, to_status, department, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        id,
        actor.at,
        actor.operator,
        c.action,
        c.from.map(Status::as_str),
        c.to.as_str(),
        c.department,
        c.note
    ])?;
    Ok(())
}

/// A stored history line.
#[derive(Debug, Clone)]
pub struct HistoryLine {
    pub at: String,
    pub operator: String,
    pub action: String,
    pub from_status: Option<String>,
    pub to_status: String,
    pub department: Option<String>,
    pub note: Option<String>,
}

pub fn history(conn: &Connection, id: i64) -> Result<Vec<HistoryLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT at, operator, action, from_status, to_status, department, note
         FROM feedback_history WHERE feedback_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id], |row| {
        Ok(HistoryLine {
            at: row.get(0)?,
            operator: row.get(1)?,
            action: row.get(2)?,
            from_status: row.get(3)?,
            to_status: row.get(4)?,
            department: row.get(5)?,
            note: row.get(6)?,
        })
    })?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

pub fn forward(conn: &Connection, id: i64, department_id: i64, at: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE feedback SET status = 'forwarded', department_id = ?2, updated_at = ?3
         WHERE id = ?1",
    )?
    .execute(params![id, department_id, at])?;
    Ok(())
}

pub fn respond(conn: &Connection, id: i64, response: &str, at: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE feedback SET status = 'responded', response = ?2, responded_at = ?3,
            updated_at = ?3
         WHERE id = ?1",
    )?
    .execute(params![id, response, at])?;
    Ok(())
}

pub fn close(conn: &Connection, id: i64, informed_via: Option<Channel>, at: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE feedback SET status = 'closed', informed_via = ?2, closed_at = ?3,
            updated_at = ?3
         WHERE id = ?1",
    )?
    .execute(params![id, informed_via.map(Channel::as_str), at])?;
    Ok(())
}

/// The stored default SLA, if one was set.
pub fn stored_sla(conn: &Connection) -> Result<Option<u32>> {
    let value: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([SLA_KEY], |r| r.get(0))
        .optional()?;
    Ok(value.and_then(|v| v.trim().parse().ok()))
}

/// The SLA new items get: the stored setting, else 15 days.
pub fn default_sla(conn: &Connection) -> Result<u32> {
    Ok(stored_sla(conn)?.unwrap_or(DEFAULT_SLA_DAYS))
}

pub fn set_sla(conn: &Connection, days: u32) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![SLA_KEY, days.to_string()])?;
    Ok(())
}

/// A resident as feedback refers to it: id and whether erased.
pub fn resident_status(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT status FROM residents WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// External id → (resident id, erased?), for imports.
pub fn residents_by_external_id(
    conn: &Connection,
) -> Result<std::collections::HashMap<String, (i64, bool)>> {
    let mut stmt = conn
        .prepare("SELECT external_id, id, status FROM residents WHERE external_id IS NOT NULL")?;
    let rows = stmt.query_map([], |r| {
        let status: String = r.get(2)?;
        Ok((r.get::<String>(0)?, (r.get(1)?, status == "erased")))
    })?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::super::query::{all, count, with_residents, ListFilter};
    use super::*;

    fn actor() -> Actor {
        Actor {
            operator: "test".into(),
            at: "2026-11-27T09:00:00+08:00".into(),
        }
    }

    fn item() -> NewFeedback {
        NewFeedback {
            resident_id: None,
            received_at: "2026-11-01T10:00:00+08:00".into(),
            channel: Channel::WalkIn,
            category: Category::Traffic,
            language: Some("en".into()),
            subject: "Bus stop".into(),
            body: None,
            department_id: None,
            status: Status::New,
            response: None,
            due_on: NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(),
        }
    }

    #[test]
    fn items_go_through_the_flow_with_history() {
        let db = crate::db::Db::in_memory().unwrap();
        let c = &db.conn;
        let id = insert(c, &item(), &actor().at).unwrap();
        let dept = crate::departments::lookup(c, "transport").unwrap();
        forward(c, id, dept.id, &actor().at).unwrap();
        let change = Change {
            action: "forward",
            from: Some(Status::New),
            to: Status::Forwarded,
            department: Some("transport"),
            note: Some("urgent"),
        };
        add_history(c, id, &actor(), &change).unwrap();
        respond(c, id, "Moved", &actor().at).unwrap();
        close(c, id, Some(Channel::Phone), &actor().at).unwrap();
        let f = get(c, id).unwrap();
        assert_eq!(f.status, Status::Closed);
        assert_eq!(f.department.as_deref(), Some("transport"));
        assert_eq!(f.response.as_deref(), Some("Moved"));
        assert_eq!(f.informed_via.as_deref(), Some("phone"));
        assert_eq!(history(c, id).unwrap().len(), 1);
        assert_eq!(get(c, id + 1).unwrap_err().kind.exit_code(), 3);
    }

    #[test]
    fn lists_filter_by_department_and_dates() {
        let db = crate::db::Db::in_memory().unwrap();
        let c = &db.conn;
        let a = insert(c, &item(), "x").unwrap();
        let mut later = item();
        later.received_at = "2026-11-05T10:00:00+08:00".into();
        insert(c, &later, "x").unwrap();
        let dept = crate::departments::lookup(c, "tax").unwrap();
        forward(c, a, dept.id, "x").unwrap();
        let filter = ListFilter {
            department_id: Some(dept.id),
            ..ListFilter::default()
        };
        assert_eq!(all(c, &filter).unwrap().len(), 1);
        assert_eq!(count(c, &filter).unwrap(), 1);
        let filter = ListFilter {
            since: NaiveDate::from_ymd_opt(2026, 11, 2),
            ..ListFilter::default()
        };
        assert_eq!(all(c, &filter).unwrap().len(), 1);
        let mut with = 0;
        with_residents(c, Some(dept.id), None, &mut |_, _| {
            with += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(with, 1);
    }

    #[test]
    fn the_sla_setting_defaults_to_fifteen_days() {
        let db = crate::db::Db::in_memory().unwrap();
        assert_eq!(default_sla(&db.conn).unwrap(), 15);
        set_sla(&db.conn, 10).unwrap();
        set_sla(&db.conn, 20).unwrap();
        assert_eq!(default_sla(&db.conn).unwrap(), 20);
    }
}
