//! SQL for residents: the only place that knows their tables.
use crate::db::{params, Connection, OptionalExtension, Row, ToValue};

use super::fields::{CommunityRef, Refs};
use super::model::{duplicate_of, Duplicate, Resident, ResidentData};
use crate::error::Result;
use crate::text::fold;

pub(crate) const SELECT: &str =
    "SELECT r.id, r.external_id, r.family_name, r.given_name, r.chinese_name,
        r.nationality, r.gender, r.birth_date, r.phone, r.email, r.wechat, r.community_id,
        c.name, r.address, r.languages, r.arrival_date, r.residence_registered_on,
        r.permit_type, r.permit_number, r.permit_expiry, r.passport_number,
        r.consent_contact, r.consent_share, r.status, r.moved_out_on, r.notes,
        r.address_changed, r.permit_changed, r.registered_at, r.updated_at, c.name_zh
    FROM residents r JOIN communities c ON c.id = r.community_id";

pub(crate) fn from_row(row: &Row) -> crate::db::SqlResult<Resident> {
    Ok(Resident {
        id: row.get(0)?,
        data: ResidentData {
            external_id: row.get(1)?,
            family_name: row.get(2)?,
            given_name: row.get(3)?,
            chinese_name: row.get(4)?,
            nationality: row.get(5)?,
            gender: row.get(6)?,
            birth_date: row.get(7)?,
            phone: row.get(8)?,
            email: row.get(9)?,
            wechat: row.get(10)?,
            community_id: row.get(11)?,
            community: row.get(12)?,
            address: row.get(13)?,
            languages: row.get(14)?,
            arrival_date: row.get(15)?,
            residence_registered_on: row.get(16)?,
            permit_type: row.get(17)?,
            permit_number: row.get(18)?,
            permit_expiry: row.get(19)?,
            passport_number: row.get(20)?,
            consent_contact: row.get(21)?,
            consent_share: row.get(22)?,
            status: row.get(23)?,
            moved_out_on: row.get(24)?,
            notes: row.get(25)?,
        },
        address_changed: row.get(26)?,
        permit_changed: row.get(27)?,
        registered_at: row.get(28)?,
        updated_at: row.get(29)?,
        community_zh: row.get(30)?,
    })
}

pub fn load_refs(conn: &Connection) -> Result<Refs> {
    let mut stmt = conn.prepare("SELECT id, name, name_zh FROM communities ORDER BY id")?;
    let rows = stmt.query_map([], |row| {
        let community = CommunityRef {
            id: row.get(0)?,
            name: row.get(1)?,
        };
        Ok((community, row.get::<Option<String>>(2)?))
    })?;
    let mut refs = Refs::default();
    for row in rows {
        let (community, name_zh) = row?;
        refs.add(community, name_zh.as_deref());
    }
    Ok(refs)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Resident>> {
    let sql = format!("{SELECT} WHERE r.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

/// Residents by id, in id order, without erased ones.
pub fn by_ids(conn: &Connection, ids: &[i64]) -> Result<Vec<Resident>> {
    let sql = format!(
        "{SELECT} WHERE r.id IN (SELECT value FROM json_each(?1)) AND r.status != 'erased' ORDER BY r.id"
    );
    let json = serde_json::to_string(ids)?;
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([json], from_row)?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// The folded text `find` searches: names, Chinese name, e-mail, WeChat,
/// external id, and the phone's digits.
pub(crate) fn haystack(data: &ResidentData) -> String {
    let phone_digits: Option<String> = data
        .phone
        .as_ref()
        .map(|p| p.chars().filter(char::is_ascii_digit).collect());
    [
        data.family_name.as_deref(),
        data.given_name.as_deref(),
        data.chinese_name.as_deref(),
        data.email.as_deref(),
        data.wechat.as_deref(),
        data.external_id.as_deref(),
        phone_digits.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(fold)
    .collect::<Vec<_>>()
    .join("\n")
}

/// One new resident, its id given by SQLite.
pub fn insert(conn: &Connection, data: &ResidentData, at: &str) -> Result<i64> {
    let keys = Keys {
        name_key: &data.name_key(),
        haystack: &haystack(data),
    };
    Inserter::new(conn)?.insert(None, data, keys, at, None)
}

/// A row's derived search columns.
#[derive(Clone, Copy)]
pub struct Keys<'a> {
    pub name_key: &'a str,
    pub haystack: &'a str,
}

/// The two inserts of a new resident (the row and its search entry),
/// prepared once: an import holds one for the whole load.
pub struct Inserter<'c> {
    conn: &'c Connection,
    resident: crate::db::Statement<'c>,
    search: crate::db::Statement<'c>,
    /// A first load on PostgreSQL: rows gathered for COPY, not inserted
    /// one by one (`flush` sends them).
    copy: Option<crate::db::CopyRows>,
}

/// The columns of `INSERT INTO residents` above, in order, for COPY.
const COPY_RESIDENTS: &str = "COPY residents (id, external_id, family_name, given_name,
    chinese_name, nationality, gender, birth_date, phone, email, wechat, community_id, address,
    languages, arrival_date, residence_registered_on, permit_type, permit_number, permit_expiry,
    passport_number, consent_contact, consent_share, status, moved_out_on, notes, name_key,
    registered_at, updated_at, batch_id) FROM STDIN";

impl<'c> Inserter<'c> {
    pub fn new(conn: &'c Connection) -> Result<Self> {
        let resident = conn.prepare_cached(
            "INSERT INTO residents (id, external_id, family_name, given_name, chinese_name,
                nationality, gender, birth_date, phone, email, wechat, community_id, address,
                languages, arrival_date, residence_registered_on, permit_type, permit_number,
                permit_expiry, passport_number, consent_contact, consent_share, status,
                moved_out_on, notes, name_key, registered_at, updated_at, batch_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?27, ?28)",
        )?;
        let search = conn.prepare_cached(
            "INSERT INTO resident_search (resident_id, haystack) VALUES (?1, ?2)",
        )?;
        Ok(Inserter {
            conn,
            resident,
            search,
            copy: None,
        })
    }

    /// For a first load into an empty table: on PostgreSQL the rows go in
    /// by COPY, a batch at a time (the same transaction, so still all or
    /// nothing); on SQLite as `new`.
    pub fn bulk(conn: &'c Connection) -> Result<Self> {
        let mut inserter = Self::new(conn)?;
        if conn.is_postgres() {
            inserter.copy = Some(crate::db::CopyRows::default());
        }
        Ok(inserter)
    }

    /// Sends the rows gathered for COPY; a no-op otherwise. Called before
    /// anything reads the residents back, and at the end of the load.
    pub fn flush(&mut self) -> Result<()> {
        if let Some(copy) = &mut self.copy {
            copy.send(
                self.conn,
                COPY_RESIDENTS,
                "COPY resident_search (resident_id, haystack) FROM STDIN",
            )?;
        }
        Ok(())
    }

    /// Inserts one resident under `id` (or the next id); returns the id.
    pub fn insert(
        &mut self,
        id: Option<i64>,
        d: &ResidentData,
        keys: Keys,
        at: &str,
        batch: Option<i64>,
    ) -> Result<i64> {
        let values = params![
            id,
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
            d.community_id,
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
            keys.name_key,
            at,
            batch,
        ];
        if let (Some(copy), Some(id)) = (&mut self.copy, id) {
            // registered_at and updated_at are both `at` (?27 twice).
            let row = values[..27].iter().chain(&values[26..]);
            copy.push(
                row.map(|v| v.to_value()),
                [id.to_value(), keys.haystack.to_value()],
            );
            if copy.is_full() {
                self.flush()?;
            }
            return Ok(id);
        }
        self.resident.execute(values)?;
        let id = match id {
            Some(id) => id,
            None => self.conn.last_insert_rowid()?,
        };
        self.search.execute(params![id, keys.haystack])?;
        Ok(id)
    }
}

/// Rewrites every column of resident `id`, with the registration marks.
pub fn update(conn: &Connection, resident: &Resident, at: &str) -> Result<()> {
    let data = &resident.data;
    let mut stmt = conn.prepare_cached(
        "UPDATE residents SET external_id = ?2, family_name = ?3, given_name = ?4,
            chinese_name = ?5, nationality = ?6, gender = ?7, birth_date = ?8, phone = ?9,
            email = ?10, wechat = ?11, community_id = ?12, address = ?13, languages = ?14,
            arrival_date = ?15, residence_registered_on = ?16, permit_type = ?17,
            permit_number = ?18, permit_expiry = ?19, passport_number = ?20,
            consent_contact = ?21, consent_share = ?22, status = ?23, moved_out_on = ?24,
            notes = ?25, name_key = ?26, address_changed = ?27, permit_changed = ?28,
            updated_at = ?29, rev = rev + 1
         WHERE id = ?1",
    )?;
    stmt.execute(params![
        resident.id,
        data.external_id,
        data.family_name,
        data.given_name,
        data.chinese_name,
        data.nationality,
        data.gender,
        data.birth_date,
        data.phone,
        data.email,
        data.wechat,
        data.community_id,
        data.address,
        data.languages,
        data.arrival_date,
        data.residence_registered_on,
        data.permit_type,
        data.permit_number,
        data.permit_expiry,
        data.passport_number,
        data.consent_contact,
        data.consent_share,
        data.status,
        data.moved_out_on,
        data.notes,
        data.name_key(),
        resident.address_changed,
        resident.permit_changed,
        at,
    ])?;
    conn.prepare_cached("UPDATE resident_search SET haystack = ?2 WHERE resident_id = ?1")?
        .execute(params![resident.id, haystack(data)])?;
    Ok(())
}

/// The first stored resident (other than `except`) that `data` duplicates.
pub fn find_duplicate(
    conn: &Connection,
    data: &ResidentData,
    except: Option<i64>,
) -> Result<Option<(Duplicate, i64)>> {
    let mut candidates: Vec<i64> = Vec::new();
    if let Some(external) = &data.external_id {
        let mut stmt = conn.prepare_cached("SELECT id FROM residents WHERE external_id = ?1")?;
        candidates.extend(stmt.query_map([external], |r| r.get::<i64>(0))?.flatten());
    }
    if let Some(passport) = &data.passport_number {
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM residents WHERE passport_number = ?1 AND nationality = ?2",
        )?;
        candidates.extend(
            stmt.query_map([passport, &data.nationality], |r| r.get::<i64>(0))?
                .flatten(),
        );
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM residents WHERE name_key = ?1 AND nationality = ?2 AND status != 'erased'",
    )?;
    candidates.extend(
        stmt.query_map(params![data.name_key(), data.nationality], |r| {
            r.get::<i64>(0)
        })?
        .flatten(),
    );
    let mut found: Option<(Duplicate, i64)> = None;
    for id in candidates.into_iter().filter(|id| Some(*id) != except) {
        let Some(other) = get(conn, id)? else {
            continue;
        };
        if let Some(kind) = duplicate_of(data, &other.data) {
            // A hard duplicate outranks a likely one.
            if found.is_none_or(|(k, _)| !k.is_hard() && kind.is_hard()) {
                found = Some((kind, id));
            }
        }
    }
    Ok(found)
}

/// Ids of residents matching a `find` query: every word of it within the
/// folded names, e-mail, WeChat or external id, a phone's digits, or the
/// exact passport or permit number.
pub fn search_ids(conn: &Connection, query: &str) -> Result<Vec<i64>> {
    let folded = fold(query);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let Some((first, rest)) = words.split_first() else {
        return Ok(Vec::new());
    };
    let phone_digits = super::phone::search_digits(query);
    let mut stmt = conn.prepare_cached(
        "SELECT resident_id, haystack FROM resident_search
         WHERE instr(haystack, ?1) > 0 OR instr(haystack, ?2) > 0",
    )?;
    let mut ids = Vec::new();
    let mut rows = stmt.query(params![first, phone_digits])?;
    while let Some(row) = rows.next()? {
        let hay: String = row.get(1)?;
        let phone_hit = phone_digits.as_deref().is_some_and(|d| hay.contains(d));
        if phone_hit || rest.iter().all(|w| hay.contains(w)) {
            ids.push(row.get(0)?);
        }
    }
    let document: String = query
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM residents WHERE passport_number = ?1 OR permit_number = ?1",
    )?;
    ids.extend(stmt.query_map([document], |r| r.get::<i64>(0))?.flatten());
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Community lookups and changes.
pub mod communities {
    use super::*;

    pub struct Community {
        pub id: i64,
        pub name: String,
        pub name_zh: Option<String>,
        pub active_residents: i64,
    }

    pub fn list(conn: &Connection) -> Result<Vec<Community>> {
        let mut stmt = conn.prepare(
            "SELECT c.id, c.name, c.name_zh,
                (SELECT count(*) FROM residents r WHERE r.community_id = c.id AND r.status = 'active')
             FROM communities c ORDER BY c.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(Community {
                id: row.get(0)?,
                name: row.get(1)?,
                name_zh: row.get(2)?,
                active_residents: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<crate::db::SqlResult<_>>()?)
    }

    pub fn insert(conn: &Connection, name: &str, name_zh: Option<&str>, at: &str) -> Result<i64> {
        conn.prepare_cached(
            "INSERT INTO communities (name, name_zh, name_key, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![name, name_zh, fold(name), at])?;
        Ok(conn.last_insert_rowid()?)
    }

    pub fn rename(conn: &Connection, id: i64, name: &str, name_zh: Option<&str>) -> Result<()> {
        conn.prepare_cached(
            "UPDATE communities SET name = ?2, name_key = ?3, name_zh = coalesce(?4, name_zh)
             WHERE id = ?1",
        )?
        .execute(params![id, name, fold(name), name_zh])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    fn resident(family: &str, given: &str) -> ResidentData {
        ResidentData {
            family_name: Some(family.into()),
            given_name: Some(given.into()),
            nationality: "DE".into(),
            community_id: 1,
            phone: Some("+8613812345678".into()),
            passport_number: Some("C01X00T47".into()),
            ..ResidentData::new()
        }
    }

    fn db() -> Db {
        let db = Db::in_memory().expect("db");
        communities::insert(&db.conn, "Green Court", None, "t").expect("community");
        db
    }

    #[test]
    fn insert_get_round_trip() {
        let db = db();
        let data = resident("Müller", "Anna");
        let id = insert(&db.conn, &data, "2026-11-27T09:00:00+08:00").expect("insert");
        let back = get(&db.conn, id).expect("get").expect("found");
        assert_eq!(back.data.family_name.as_deref(), Some("Müller"));
        assert_eq!(back.data.community, "Green Court");
        assert_eq!(back.registered_at, "2026-11-27T09:00:00+08:00");
    }

    #[test]
    fn search_folds_accents_and_matches_phone_and_passport() {
        let db = db();
        let id = insert(&db.conn, &resident("Müller", "Anna"), "t").expect("insert");
        insert(
            &db.conn,
            &ResidentData {
                passport_number: None,
                phone: None,
                ..resident("Smith", "Bob")
            },
            "t",
        )
        .expect("insert");
        for query in [
            "muller",
            "MÜLLER anna",
            "anna mull",
            "138 1234",
            "c01x00t47",
        ] {
            assert_eq!(
                search_ids(&db.conn, query).expect("search"),
                vec![id],
                "{query}"
            );
        }
        assert!(search_ids(&db.conn, "C01X00").expect("search").is_empty());
    }

    #[test]
    fn duplicates_are_found_in_the_database() {
        let db = db();
        let id = insert(&db.conn, &resident("Müller", "Anna"), "t").expect("insert");
        let twin = ResidentData {
            passport_number: None,
            ..resident("MULLER", "anna")
        };
        assert_eq!(
            find_duplicate(&db.conn, &twin, None).expect("q"),
            Some((Duplicate::Likely, id))
        );
        assert_eq!(find_duplicate(&db.conn, &twin, Some(id)).expect("q"), None);
        let same_passport = resident("Other", "Person");
        assert_eq!(
            find_duplicate(&db.conn, &same_passport, None).expect("q"),
            Some((Duplicate::Passport, id))
        );
    }
}
