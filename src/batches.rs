//! Import batches: every import is one batch. Rows it inserted carry its
//! id; rows it updated keep their former values in `batch_changes`. Undo
//! removes the one and restores the other, refusing when any of them was
//! changed since (its revision moved on).
use crate::db::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, Result};
use crate::residents::{model::Resident, store, ResidentData};

#[derive(Debug, Clone)]
pub struct Batch {
    pub id: i64,
    pub kind: String,
    pub source: String,
    pub started_at: String,
    pub operator: String,
    pub inserted: i64,
    pub updated: i64,
    pub skipped: i64,
    pub rejected: i64,
    pub undone_at: Option<String>,
}

/// What an update overwrote, to put back on undo.
#[derive(Debug, Serialize, Deserialize)]
pub struct Before {
    pub data: ResidentData,
    pub address_changed: bool,
    pub permit_changed: bool,
}

pub fn create(
    conn: &Connection,
    kind: &str,
    source: &str,
    at: &str,
    operator: &str,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO batches (kind, source, started_at, operator) VALUES (?1, ?2, ?3, ?4)",
        params![kind, source, at, operator],
    )?;
    Ok(conn.last_insert_rowid()?)
}

pub fn finish(conn: &Connection, id: i64, counts: [u64; 4]) -> Result<()> {
    conn.execute(
        "UPDATE batches SET inserted = ?2, updated = ?3, skipped = ?4, rejected = ?5 WHERE id = ?1",
        params![
            id,
            counts[0] as i64,
            counts[1] as i64,
            counts[2] as i64,
            counts[3] as i64
        ],
    )?;
    Ok(())
}

pub fn record_update(conn: &Connection, batch: i64, before: &Resident) -> Result<()> {
    let image = Before {
        data: before.data.clone(),
        address_changed: before.address_changed,
        permit_changed: before.permit_changed,
    };
    conn.prepare_cached(
        "INSERT INTO batch_changes (batch_id, entity, entity_id, before_json, rev_after)
         VALUES (?1, 'resident', ?2, ?3,
                 (SELECT rev FROM residents WHERE id = ?2))",
    )?
    .execute(params![batch, before.id, serde_json::to_string(&image)?])?;
    Ok(())
}

pub fn record_community(conn: &Connection, batch: i64, community: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO batch_changes (batch_id, entity, entity_id) VALUES (?1, 'community', ?2)",
        params![batch, community],
    )?;
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Batch>> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, source, started_at, operator, inserted, updated, skipped, rejected,
            undone_at FROM batches ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Batch {
            id: r.get(0)?,
            kind: r.get(1)?,
            source: r.get(2)?,
            started_at: r.get(3)?,
            operator: r.get(4)?,
            inserted: r.get(5)?,
            updated: r.get(6)?,
            skipped: r.get(7)?,
            rejected: r.get(8)?,
            undone_at: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// What an undo did.
pub struct Undone {
    pub removed: u64,
    pub restored: u64,
}

/// Undoes batch `id` inside the caller's write transaction.
pub fn undo(conn: &Connection, id: i64, at: &str) -> Result<Undone> {
    let undone: Option<Option<String>> = conn
        .query_row("SELECT undone_at FROM batches WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    match undone {
        None => {
            return Err(
                AppError::not_found(crate::t!("sys-batch-not-found", id = id.to_string()))
                    .hint(crate::t!("sys-hint-batch-list")),
            )
        }
        Some(Some(when)) => {
            return Err(AppError::conflict(crate::t!(
                "sys-batch-already-undone",
                id = id.to_string(),
                when = when
            )))
        }
        Some(None) => {}
    }
    refuse_if_changed(conn, id)?;
    let updates: Vec<(i64, String, i64)> = {
        let mut stmt = conn.prepare(
            "SELECT entity_id, before_json, rev_after FROM batch_changes
             WHERE batch_id = ?1 AND entity = 'resident'",
        )?;
        let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<crate::db::SqlResult<_>>()?
    };
    for (resident_id, json, rev_after) in &updates {
        let before: Before = serde_json::from_str(json)
            .map_err(|e| AppError::internal(format!("batch {id}: unreadable before-image: {e}")))?;
        let Some(mut resident) = store::get(conn, *resident_id)? else {
            continue;
        };
        resident.data = before.data;
        resident.address_changed = before.address_changed;
        resident.permit_changed = before.permit_changed;
        store::update(conn, &resident, at)?;
        // Back at the revision before this batch's update: an earlier batch
        // that touched the resident can then be undone in turn.
        conn.execute(
            "UPDATE residents SET rev = ?2 WHERE id = ?1",
            params![resident_id, rev_after - 1],
        )?;
    }
    conn.execute(
        "DELETE FROM resident_search WHERE resident_id IN (SELECT id FROM residents WHERE batch_id = ?1)",
        [id],
    )?;
    let removed = conn.execute("DELETE FROM residents WHERE batch_id = ?1", [id])?;
    conn.execute(
        "DELETE FROM communities WHERE id IN (SELECT entity_id FROM batch_changes
             WHERE batch_id = ?1 AND entity = 'community')
           AND NOT EXISTS (SELECT 1 FROM residents r WHERE r.community_id = communities.id)",
        [id],
    )?;
    conn.execute(
        "UPDATE batches SET undone_at = ?2 WHERE id = ?1",
        params![id, at],
    )?;
    Ok(Undone {
        removed: removed as u64,
        restored: updates.len() as u64,
    })
}

/// Exit 4 naming the residents the batch touched that changed since.
fn refuse_if_changed(conn: &Connection, id: i64) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT id FROM residents WHERE batch_id = ?1 AND rev != 0
         UNION
         SELECT c.entity_id FROM batch_changes c JOIN residents r ON r.id = c.entity_id
          WHERE c.batch_id = ?1 AND c.entity = 'resident' AND r.rev != c.rev_after
         ORDER BY 1 LIMIT 11",
    )?;
    let changed: Vec<i64> = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<crate::db::SqlResult<_>>()?;
    if changed.is_empty() {
        return Ok(());
    }
    let mut shown: Vec<String> = changed.iter().take(10).map(i64::to_string).collect();
    if changed.len() > 10 {
        shown.push("…".into());
    }
    Err(AppError::conflict(crate::t!(
        "sys-batch-changed-since",
        id = id.to_string(),
        count = changed.len(),
        list = shown.join(", ")
    ))
    .hint(crate::t!("sys-hint-batch-changed")))
}
