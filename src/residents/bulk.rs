//! SQL of a resident import's write pass: probing stored residents for
//! matches, inserting rows one prepared statement at a time, rebuilding
//! indexes after a bulk load, and finding the duplicates a bulk load let
//! in (so the import can name them and roll back).
use crate::db::{params, Connection, OptionalExtension};

use super::model::{Duplicate, ResidentData};
use crate::error::Result;

/// What a row matches among stored residents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    None,
    Found(i64, Duplicate),
    /// external_id and passport point at two different residents.
    Split {
        by_external_id: i64,
        by_passport: i64,
    },
}

/// The stored resident a row matches: by external_id, else passport and
/// nationality, else (when `likely`) the likely-duplicate rule.
pub fn probe(conn: &Connection, data: &ResidentData, likely: bool) -> Result<Probe> {
    let by_external = match &data.external_id {
        Some(ext) => conn
            .prepare_cached("SELECT id FROM residents WHERE external_id = ?1")?
            .query_row([ext], |r| r.get::<i64>(0))
            .optional()?,
        None => None,
    };
    let by_passport = match &data.passport_number {
        Some(passport) => conn
            .prepare_cached(
                "SELECT id FROM residents WHERE passport_number = ?1 AND nationality = ?2",
            )?
            .query_row([passport, &data.nationality], |r| r.get::<i64>(0))
            .optional()?,
        None => None,
    };
    match (by_external, by_passport) {
        (Some(a), Some(b)) if a != b => {
            return Ok(Probe::Split {
                by_external_id: a,
                by_passport: b,
            })
        }
        (Some(a), _) => return Ok(Probe::Found(a, Duplicate::ExternalId)),
        (None, Some(b)) => return Ok(Probe::Found(b, Duplicate::Passport)),
        (None, None) => {}
    }
    if !likely {
        return Ok(Probe::None);
    }
    let found = conn
        .prepare_cached(
            "SELECT id FROM residents
             WHERE name_key = ?1 AND nationality = ?2 AND status != 'erased'
               AND CASE WHEN ?3 IS NOT NULL AND birth_date IS NOT NULL THEN birth_date = ?3
                        ELSE community_id = ?4 END
             ORDER BY id LIMIT 1",
        )?
        .query_row(
            params![
                data.name_key(),
                data.nationality,
                data.birth_date,
                data.community_id
            ],
            |r| r.get::<i64>(0),
        )
        .optional()?;
    Ok(found.map_or(Probe::None, |id| Probe::Found(id, Duplicate::Likely)))
}

/// The id after which this import numbers its rows: never below an id
/// given before (AUTOINCREMENT's counter).
pub fn id_base(conn: &Connection) -> Result<i64> {
    crate::db::copy::last_id(conn, "residents")
}

/// Drops the residents' secondary indexes, returning (name, definition).
/// (On PostgreSQL too: DDL is part of the transaction there.)
pub fn drop_indexes(conn: &Connection) -> Result<Vec<(String, String)>> {
    let sql = if conn.is_postgres() {
        "SELECT indexname, indexdef FROM pg_indexes
         WHERE schemaname = current_schema() AND tablename = 'residents'
           AND indexname != 'residents_pkey' ORDER BY indexname"
    } else {
        "SELECT name, sql FROM main.sqlite_master
         WHERE type = 'index' AND tbl_name = 'residents' AND sql IS NOT NULL ORDER BY name"
    };
    let mut stmt = conn.prepare(sql)?;
    let indexes: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::db::SqlResult<_>>()?;
    let schema = if conn.is_postgres() { "" } else { "main." };
    for (name, _) in &indexes {
        // Index names come from our own schema, never from input.
        conn.execute_batch(&format!("DROP INDEX {schema}\"{name}\";"))?;
    }
    Ok(indexes)
}

/// Lets SQLite sort with a second thread while it builds indexes (about a
/// third faster on a million rows); memory stays SQLite's page cache.
pub fn sort_in_parallel(conn: &Connection) -> Result<()> {
    if conn.is_postgres() {
        return Ok(());
    }
    conn.query_row("PRAGMA threads = 2", [], |_| Ok(()))?;
    Ok(())
}

/// Builds one index again; `false` when a UNIQUE index met duplicates.
/// On PostgreSQL inside a savepoint: a failed statement there would end
/// the whole transaction.
pub fn create_index(conn: &Connection, sql: &str) -> Result<bool> {
    let server = conn.is_postgres();
    if server {
        conn.execute_batch("SAVEPOINT expatdesk_index")?;
    }
    match conn.execute_batch(sql) {
        Ok(()) => {
            if server {
                conn.execute_batch("RELEASE SAVEPOINT expatdesk_index")?;
            }
            Ok(true)
        }
        Err(e) if e.is_constraint() => {
            if server {
                conn.execute_batch("ROLLBACK TO SAVEPOINT expatdesk_index")?;
            }
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

/// Pairs (earlier id, later id) of this batch's rows sharing an
/// external_id, or a passport number and nationality.
pub fn hard_duplicates(conn: &Connection, batch: i64) -> Result<Vec<(i64, i64, Duplicate)>> {
    let queries = [
        (
            "SELECT group_concat(id) FROM (SELECT id, external_id FROM residents
               WHERE batch_id = ?1 AND external_id IS NOT NULL ORDER BY external_id, id) AS d
             GROUP BY external_id HAVING count(*) > 1",
            Duplicate::ExternalId,
        ),
        (
            "SELECT group_concat(id) FROM (SELECT id, passport_number, nationality FROM residents
               WHERE batch_id = ?1 AND passport_number IS NOT NULL
               ORDER BY passport_number, nationality, id) AS d
             GROUP BY passport_number, nationality HAVING count(*) > 1",
            Duplicate::Passport,
        ),
    ];
    let mut pairs = Vec::new();
    for (sql, kind) in queries {
        let mut stmt = conn.prepare(sql)?;
        let groups = stmt.query_map([batch], |r| r.get::<String>(0))?;
        for group in groups {
            let ids: Vec<i64> = group?.split(',').filter_map(|i| i.parse().ok()).collect();
            pairs.extend(ids.iter().skip(1).map(|&later| (ids[0], later, kind)));
        }
    }
    Ok(pairs)
}

/// Pairs of residents (at least one with an id above `base`, i.e. of this
/// import) that are likely the same person: one ordered pass over the
/// covering name index. Erased residents have no name key.
pub fn likely_duplicates(conn: &Connection, base: i64) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT name_key, nationality, birth_date, community_id, id, id > ?1
         FROM residents INDEXED BY residents_name_key
         WHERE name_key != '' ORDER BY name_key, nationality",
    )?;
    let mut rows = stmt.query([base])?;
    let mut pairs = Vec::new();
    let mut group: Vec<(Option<String>, i64, i64, bool)> = Vec::new();
    let mut key: (String, String) = (String::new(), String::new());
    loop {
        let next = rows.next()?;
        let row_key = match next {
            Some(r) => Some((r.get::<String>(0)?, r.get::<String>(1)?)),
            None => None,
        };
        if row_key.as_ref() != Some(&key) {
            pairs.extend(pairs_in(&group));
            group.clear();
            match &row_key {
                Some(k) => key = k.clone(),
                None => break,
            }
        }
        if let Some(r) = next {
            group.push((r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?));
        }
    }
    Ok(pairs)
}

/// Likely pairs within one name group, at least one side new.
fn pairs_in(group: &[(Option<String>, i64, i64, bool)]) -> Vec<(i64, i64)> {
    let mut pairs = Vec::new();
    for (i, a) in group.iter().enumerate() {
        for b in &group[i + 1..] {
            let same = match (&a.0, &b.0) {
                (Some(x), Some(y)) => x == y,
                _ => a.1 == b.1,
            };
            if same && (a.3 || b.3) {
                pairs.push((a.2.min(b.2), a.2.max(b.2)));
            }
        }
    }
    pairs
}

/// Removes rows of this import again (rejected after the load).
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM resident_search WHERE resident_id = ?1")?
        .execute([id])?;
    conn.prepare_cached("DELETE FROM residents WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}
