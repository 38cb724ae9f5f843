//! SQL of a resident import: the validated rows wait in a TEMP table
//! (`stage`, private to this connection, spilled to a temporary file, so
//! memory does not grow with the input) until the whole input is checked;
//! then one IMMEDIATE transaction copies them into `residents` with
//! set-based statements.
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{Duplicate, ResidentData};
use crate::error::Result;

const CREATE: &str = "
    DROP TABLE IF EXISTS temp.stage;
    CREATE TEMP TABLE stage (
        line INTEGER PRIMARY KEY, seq INTEGER NOT NULL,
        action TEXT NOT NULL DEFAULT 'insert', incomplete INTEGER NOT NULL DEFAULT 0,
        external_id TEXT, family_name TEXT, given_name TEXT, chinese_name TEXT,
        nationality TEXT, gender TEXT, birth_date TEXT, phone TEXT, email TEXT, wechat TEXT,
        community_key TEXT, community_name TEXT, address TEXT, languages TEXT,
        arrival_date TEXT, residence_registered_on TEXT, permit_type TEXT,
        permit_number TEXT, permit_expiry TEXT, passport_number TEXT,
        consent_contact INTEGER, consent_share INTEGER, status TEXT, moved_out_on TEXT,
        notes TEXT, name_key TEXT, haystack TEXT
    );";

pub fn create(conn: &Connection) -> Result<()> {
    conn.execute_batch(CREATE)?;
    Ok(())
}

pub fn drop(conn: &Connection) -> Result<()> {
    conn.execute_batch("DROP TABLE IF EXISTS temp.stage;")?;
    Ok(())
}

/// One validated row. `community_key` is the folded community name.
pub struct StagedRow<'a> {
    pub line: u64,
    pub seq: u64,
    pub incomplete: bool,
    pub data: &'a ResidentData,
    pub community_key: &'a str,
    pub name_key: &'a str,
    pub haystack: &'a str,
}

pub fn insert(conn: &Connection, row: &StagedRow) -> Result<()> {
    let d = row.data;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO temp.stage (line, seq, incomplete, external_id, family_name, given_name,
            chinese_name, nationality, gender, birth_date, phone, email, wechat, community_key,
            community_name, address, languages, arrival_date, residence_registered_on,
            permit_type, permit_number, permit_expiry, passport_number, consent_contact,
            consent_share, status, moved_out_on, notes, name_key, haystack)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)",
    )?;
    stmt.execute(params![
        row.line as i64,
        row.seq as i64,
        row.incomplete,
        d.external_id,
        d.family_name,
        d.given_name,
        d.chinese_name,
        d.nationality,
        d.gender,
        d.birth_date,
        d.phone,
        d.email,
        d.wechat,
        row.community_key,
        d.community,
        d.address,
        d.languages,
        d.arrival_date,
        d.residence_registered_on,
        d.permit_type,
        d.permit_number,
        d.permit_expiry,
        d.passport_number,
        d.consent_contact,
        d.consent_share,
        d.status,
        d.moved_out_on,
        d.notes,
        row.name_key,
        row.haystack,
    ])?;
    Ok(())
}

/// A staged row back as a record (for updates of stored residents).
pub fn load(conn: &Connection, line: u64) -> Result<Option<(ResidentData, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT external_id, family_name, given_name, chinese_name, nationality, gender,
            birth_date, phone, email, wechat, community_name, address, languages, arrival_date,
            residence_registered_on, permit_type, permit_number, permit_expiry, passport_number,
            consent_contact, consent_share, status, moved_out_on, notes, community_key
         FROM temp.stage WHERE line = ?1",
    )?;
    let row = stmt
        .query_row([line as i64], |r| {
            let data = ResidentData {
                external_id: r.get(0)?,
                family_name: r.get(1)?,
                given_name: r.get(2)?,
                chinese_name: r.get(3)?,
                nationality: r.get(4)?,
                gender: r.get(5)?,
                birth_date: r.get(6)?,
                phone: r.get(7)?,
                email: r.get(8)?,
                wechat: r.get(9)?,
                community_id: 0,
                community: r.get(10)?,
                address: r.get(11)?,
                languages: r.get(12)?,
                arrival_date: r.get(13)?,
                residence_registered_on: r.get(14)?,
                permit_type: r.get(15)?,
                permit_number: r.get(16)?,
                permit_expiry: r.get(17)?,
                passport_number: r.get(18)?,
                consent_contact: r.get(19)?,
                consent_share: r.get(20)?,
                status: r.get(21)?,
                moved_out_on: r.get(22)?,
                notes: r.get(23)?,
            };
            Ok((data, r.get::<_, String>(24)?))
        })
        .optional()?;
    Ok(row)
}

/// Pairs of lines of the input that duplicate each other: (earlier line,
/// later line, how). Likely pairs only when `likely` is asked for.
pub fn duplicates_in_file(conn: &Connection, likely: bool) -> Result<Vec<(u64, u64, Duplicate)>> {
    let mut pairs = Vec::new();
    let queries: [(&str, Duplicate); 2] = [
        (
            "SELECT min(line), group_concat(line) FROM temp.stage WHERE external_id IS NOT NULL
             GROUP BY external_id HAVING count(*) > 1",
            Duplicate::ExternalId,
        ),
        (
            "SELECT min(line), group_concat(line) FROM temp.stage WHERE passport_number IS NOT NULL
             GROUP BY passport_number, nationality HAVING count(*) > 1",
            Duplicate::Passport,
        ),
    ];
    for (sql, kind) in queries {
        let mut stmt = conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let first: i64 = row.get(0)?;
            let all: String = row.get(1)?;
            for later in all
                .split(',')
                .filter_map(|l| l.parse::<i64>().ok())
                .filter(|l| *l != first)
            {
                pairs.push((first as u64, later as u64, kind));
            }
        }
    }
    if likely {
        conn.execute_batch("CREATE INDEX temp.stage_name ON stage(name_key, nationality);")?;
        let mut stmt = conn.prepare(
            "SELECT a.line, b.line FROM temp.stage a JOIN temp.stage b
               ON b.name_key = a.name_key AND b.nationality = a.nationality AND b.line > a.line
             WHERE CASE WHEN a.birth_date IS NOT NULL AND b.birth_date IS NOT NULL
                        THEN a.birth_date = b.birth_date
                        ELSE a.community_key = b.community_key END",
        )?;
        let found = stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64))
        })?;
        for pair in found {
            let (a, b) = pair?;
            pairs.push((a, b, Duplicate::Likely));
        }
    }
    pairs.sort_by_key(|p| (p.1, p.0));
    Ok(pairs)
}

/// Staged rows matching a stored resident: (line, resident id, how).
pub fn matches(conn: &Connection, likely: bool) -> Result<Vec<(u64, i64, Duplicate)>> {
    let mut found = Vec::new();
    let mut queries = vec![
        (
            "SELECT s.line, r.id FROM temp.stage s JOIN main.residents r ON r.external_id = s.external_id",
            Duplicate::ExternalId,
        ),
        (
            "SELECT s.line, r.id FROM temp.stage s JOIN main.residents r
               ON r.passport_number = s.passport_number AND r.nationality = s.nationality",
            Duplicate::Passport,
        ),
    ];
    if likely {
        queries.push((
            "SELECT s.line, r.id FROM temp.stage s
               JOIN main.residents r ON r.name_key = s.name_key AND r.nationality = s.nationality
               JOIN main.communities c ON c.id = r.community_id
             WHERE r.status != 'erased'
               AND CASE WHEN s.birth_date IS NOT NULL AND r.birth_date IS NOT NULL
                        THEN s.birth_date = r.birth_date
                        ELSE c.name_key = s.community_key END
             ORDER BY s.line, r.id",
            Duplicate::Likely,
        ));
    }
    for (sql, kind) in queries {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (line, id) = row?;
            found.push((line, id, kind));
        }
    }
    Ok(found)
}

pub fn set_action(conn: &Connection, line: u64, action: &str) -> Result<()> {
    conn.prepare_cached("UPDATE temp.stage SET action = ?2 WHERE line = ?1")?
        .execute(params![line as i64, action])?;
    Ok(())
}

/// Lines still to insert that lack required values.
pub fn incomplete_inserts(conn: &Connection) -> Result<Vec<u64>> {
    let mut stmt = conn.prepare(
        "SELECT line FROM temp.stage WHERE incomplete AND action = 'insert' ORDER BY line",
    )?;
    let lines = stmt.query_map([], |r| r.get::<_, i64>(0))?;
    Ok(lines
        .map(|l| l.map(|l| l as u64))
        .collect::<rusqlite::Result<_>>()?)
}

pub fn count_inserts(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM temp.stage WHERE action = 'insert'",
        [],
        |r| r.get(0),
    )?;
    Ok(n as u64)
}

/// The id after which inserted residents are numbered: never below an id
/// given before (AUTOINCREMENT's counter).
pub fn id_base(conn: &Connection) -> Result<i64> {
    let seq: Option<i64> = conn
        .query_row(
            "SELECT seq FROM sqlite_sequence WHERE name = 'residents'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let max: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM residents", [], |r| {
        r.get(0)
    })?;
    Ok(seq.unwrap_or(0).max(max))
}

/// Copies the rows to insert into `residents` and `resident_search`.
/// Large imports rebuild the residents' indexes once afterwards rather
/// than update them row by row.
pub fn insert_all(
    conn: &Connection,
    base: i64,
    at: &str,
    batch: i64,
    rebuild_indexes: bool,
) -> Result<u64> {
    let indexes = if rebuild_indexes {
        drop_indexes(conn)?
    } else {
        Vec::new()
    };
    let inserted = conn.execute(
        "INSERT INTO main.residents (id, external_id, family_name, given_name, chinese_name,
            nationality, gender, birth_date, phone, email, wechat, community_id, address,
            languages, arrival_date, residence_registered_on, permit_type, permit_number,
            permit_expiry, passport_number, consent_contact, consent_share, status,
            moved_out_on, notes, name_key, registered_at, updated_at, batch_id)
         SELECT ?1 + s.seq, s.external_id, s.family_name, s.given_name, s.chinese_name,
            s.nationality, s.gender, s.birth_date, s.phone, s.email, s.wechat,
            (SELECT c.id FROM main.communities c WHERE c.name_key = s.community_key),
            s.address, s.languages, s.arrival_date, s.residence_registered_on, s.permit_type,
            s.permit_number, s.permit_expiry, s.passport_number, s.consent_contact,
            s.consent_share, s.status, s.moved_out_on, s.notes, s.name_key, ?2, ?2, ?3
         FROM temp.stage s WHERE s.action = 'insert' ORDER BY s.line",
        params![base, at, batch],
    )?;
    conn.execute(
        "INSERT INTO main.resident_search (resident_id, haystack)
         SELECT ?1 + seq, haystack FROM temp.stage WHERE action = 'insert' ORDER BY line",
        [base],
    )?;
    for sql in indexes {
        conn.execute_batch(&sql)?;
    }
    Ok(inserted as u64)
}

/// Drops the residents' secondary indexes, returning their definitions.
fn drop_indexes(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM main.sqlite_master
         WHERE type = 'index' AND tbl_name = 'residents' AND sql IS NOT NULL",
    )?;
    let indexes: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &indexes {
        // Index names come from our own schema, never from input.
        conn.execute_batch(&format!("DROP INDEX main.\"{name}\";"))?;
    }
    Ok(indexes.into_iter().map(|(_, sql)| sql).collect())
}
