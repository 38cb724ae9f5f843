//! The audit log: who changed what, when. Written in the same transaction
//! as the change it records. It names entities and fields, never a
//! sensitive value.
use rusqlite::{params, Connection};

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

/// Entries on or after `since` (a date), about `resident` if given,
/// oldest first. The batch that imported a resident counts as about them.
pub fn list(conn: &Connection, since: Option<&str>, resident: Option<i64>) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, operator, action, entity, entity_id, detail FROM audit
         WHERE (?1 IS NULL OR at >= ?1)
           AND (?2 IS NULL OR resident_id = ?2
                OR (entity = 'batch' AND action = 'import'
                    AND entity_id = (SELECT batch_id FROM residents WHERE id = ?2)))
         ORDER BY id",
    )?;
    let rows = stmt.query_map(params![since, resident], |r| {
        Ok(Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            operator: r.get(2)?,
            action: r.get(3)?,
            entity: r.get(4)?,
            entity_id: r.get(5)?,
            detail: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
