//! The seed of migration 0009: stored phone numbers rewritten in their
//! E.164 form (`phone::normalise`), and the search entries that hold their
//! digits. Numbers the rules cannot read are left as they are and counted.
use crate::db::{params, Connection};

use super::phone;
use super::store;
use crate::error::Result;

/// Rewrites every readable stored phone; returns (rewritten, unreadable).
pub fn normalise_stored(conn: &Connection) -> Result<(u64, u64)> {
    let mut read = conn.prepare("SELECT id, phone FROM residents WHERE phone IS NOT NULL")?;
    let mut write = conn.prepare("UPDATE residents SET phone = ?2 WHERE id = ?1")?;
    let mut search =
        conn.prepare("UPDATE resident_search SET haystack = ?2 WHERE resident_id = ?1")?;
    let mut changed = Vec::new();
    let mut unreadable = 0;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let (id, stored): (i64, String) = (row.get(0)?, row.get(1)?);
        match phone::normalise(&stored) {
            Ok(e164) if e164 != stored => changed.push((id, e164)),
            Ok(_) => {}
            Err(_) => unreadable += 1,
        }
    }
    for (id, e164) in &changed {
        write.execute(params![id, e164])?;
        if let Some(resident) = store::get(conn, *id)? {
            search.execute(params![id, store::haystack(&resident.data)])?;
        }
    }
    Ok((changed.len() as u64, unreadable))
}

/// Migration 0009's seed: `normalise_stored`, and a word when some numbers
/// could not be read.
pub fn seed(conn: &Connection) -> Result<()> {
    let (_, unreadable) = normalise_stored(conn)?;
    if unreadable > 0 {
        crate::ui::warn(&crate::t!("sys-phones-unreadable", count = unreadable));
    }
    Ok(())
}
