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

pub fn record(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    detail: &str,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO audit (at, operator, action, entity, entity_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    stmt.execute(params![
        actor.at,
        actor.operator,
        action,
        entity,
        entity_id,
        detail
    ])?;
    Ok(())
}
