//! The audit log: who changed what, when. Written in the same transaction
//! as the change it records. It names entities and fields, never a
//! sensitive value.
use crate::db::{params, Connection};

use crate::error::Result;

/// Who acts and when: the `--operator` and the run's clock.
#[derive(Debug, Clone)]
pub struct Actor {
    pub operator: String,
    pub at: String,
}

/// One audit entry as read back.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub operator: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: String,
}

/// Records a change. An entry about a resident is linked to them.
pub fn record(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    detail: &str,
) -> Result<()> {
    let resident = if entity == "resident" {
        entity_id
    } else {
        None
    };
    record_about(conn, actor, action, entity, entity_id, resident, detail)
}

/// Records a change to another entity that concerns `resident` (a roster
/// entry, a feedback item), so `audit list --resident` finds it.
pub fn record_about(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    resident: Option<i64>,
    detail: &str,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO audit (at, operator, action, entity, entity_id, resident_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    stmt.execute(params![
        actor.at,
        actor.operator,
        action,
        entity,
        entity_id,
        resident,
        detail
    ])?;
    Ok(())
}

/// Which entries `audit list` shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// On or after this date (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Before this date (`YYYY-MM-DD`): the day after `--to`.
    pub before: Option<String>,
    /// About this resident; the batch that imported them counts as about
    /// them.
    pub resident: Option<i64>,
}

const WHERE: &str = "WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR at < ?2)
    AND (?3 IS NULL OR resident_id = ?3
         OR (entity = 'batch' AND action = 'import'
             AND entity_id = (SELECT batch_id FROM residents WHERE id = ?3)))";

/// Hands the matching entries to `f`, oldest first, at most `limit`.
pub fn each(
    conn: &Connection,
    filter: &Filter,
    limit: Option<u64>,
    f: &mut dyn FnMut(Entry) -> Result<()>,
) -> Result<()> {
    let sql = format!(
        "SELECT id, at, operator, action, entity, entity_id, detail FROM audit {WHERE}
         ORDER BY id LIMIT ?4"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params![
        filter.from,
        filter.before,
        filter.resident,
        crate::output::sql_limit(limit)
    ])?;
    while let Some(r) = rows.next()? {
        f(Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            operator: r.get(2)?,
            action: r.get(3)?,
            entity: r.get(4)?,
            entity_id: r.get(5)?,
            detail: r.get(6)?,
        })?;
    }
    Ok(())
}

/// How many entries match.
pub fn count(conn: &Connection, filter: &Filter) -> Result<u64> {
    let sql = format!("SELECT count(*) FROM audit {WHERE}");
    let n: i64 = conn.query_row(
        &sql,
        params![filter.from, filter.before, filter.resident],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}
