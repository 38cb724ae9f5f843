//! SQL for notices: the only place that knows the `notices` and
//! `notice_audience` tables. An audience row holds a community id or a
//! nationality's alpha-2 code; no rows means everyone.
use std::collections::HashMap;

use crate::db::{params, Connection, OptionalExtension, Row};

use super::rules::{version_for, Audience, Version};
use super::{NewNotice, Notice};
use crate::error::Result;
use crate::residents::fields::CommunityRef;

const SELECT: &str = "SELECT id, title_en, title_zh, body_en, body_zh, title_ja, body_ja,
        category, effective_on, created_at
    FROM notices";

fn from_row(row: &Row) -> crate::db::SqlResult<Notice> {
    let title_ja: Option<String> = row.get(5)?;
    let body_ja: Option<String> = row.get(6)?;
    Ok(Notice {
        id: row.get(0)?,
        data: NewNotice {
            title_en: row.get(1)?,
            title_zh: row.get(2)?,
            body_en: row.get(3)?,
            body_zh: row.get(4)?,
            ja: title_ja.zip(body_ja),
            category: row.get(7)?,
            effective_on: row.get(8)?,
            audience: Audience::default(),
        },
        created_at: row.get(9)?,
    })
}

/// Stores a notice and its audience; returns its id.
pub fn insert(conn: &Connection, notice: &NewNotice, at: &str) -> Result<i64> {
    let (title_ja, body_ja) = notice.ja.clone().unzip();
    conn.prepare_cached(
        "INSERT INTO notices (title_en, title_zh, body_en, body_zh, title_ja, body_ja,
             category, effective_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        notice.title_en,
        notice.title_zh,
        notice.body_en,
        notice.body_zh,
        title_ja,
        body_ja,
        notice.category,
        notice.effective_on,
        at
    ])?;
    let id = conn.last_insert_rowid()?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO notice_audience (notice_id, kind, value) VALUES (?1, ?2, ?3)
         ON CONFLICT DO NOTHING",
    )?;
    for c in &notice.audience.communities {
        stmt.execute(params![id, "community", c.id.to_string()])?;
    }
    for n in &notice.audience.nationalities {
        stmt.execute(params![id, "nationality", n])?;
    }
    Ok(id)
}

/// One notice with its audience; `None` for an unknown id.
pub fn get(conn: &Connection, id: i64) -> Result<Option<Notice>> {
    let sql = format!("{SELECT} WHERE id = ?1");
    let notice = conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?;
    let Some(mut notice) = notice else {
        return Ok(None);
    };
    notice.data.audience = audiences(conn, Some(id))?.remove(&id).unwrap_or_default();
    Ok(Some(notice))
}

/// Every notice with its audience, by id.
pub fn list(conn: &Connection) -> Result<Vec<Notice>> {
    let sql = format!("{SELECT} ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut notices = stmt
        .query_map([], from_row)?
        .collect::<crate::db::SqlResult<Vec<_>>>()?;
    let mut all = audiences(conn, None)?;
    for notice in &mut notices {
        notice.data.audience = all.remove(&notice.id).unwrap_or_default();
    }
    Ok(notices)
}

/// The audiences of one notice (or of all), communities by name and
/// nationalities by code.
fn audiences(conn: &Connection, only: Option<i64>) -> Result<HashMap<i64, Audience>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.notice_id, a.kind, a.value, c.id, c.name, c.name_zh
         FROM notice_audience a
         LEFT JOIN communities c ON a.kind = 'community' AND CAST(c.id AS TEXT) = a.value
         WHERE ?1 IS NULL OR a.notice_id = ?1
         ORDER BY a.notice_id, a.kind, c.name COLLATE NOCASE, a.value",
    )?;
    let mut rows = stmt.query([only])?;
    let mut out: HashMap<i64, Audience> = HashMap::new();
    while let Some(row) = rows.next()? {
        let audience = out.entry(row.get(0)?).or_default();
        let kind: String = row.get(1)?;
        let value: String = row.get(2)?;
        match (kind.as_str(), row.get::<Option<i64>>(3)?) {
            ("community", Some(id)) => {
                audience.communities.push(CommunityRef {
                    id,
                    name: row.get(4)?,
                });
                if let Some(zh) = row.get::<Option<String>>(5)? {
                    audience.names_zh.insert(id, zh);
                }
            }
            ("nationality", _) => audience.nationalities.push(value),
            // A community id with no community: the foreign key of
            // residents keeps communities from being deleted, so never.
            _ => {}
        }
    }
    Ok(out)
}

/// One resident to send a notice to, with the version they get.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipient {
    pub resident_id: i64,
    pub family_name: Option<String>,
    pub given_name: Option<String>,
    pub language: Version,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub wechat: Option<String>,
    pub community: String,
    /// The community's Chinese name, for a Chinese table.
    pub community_zh: Option<String>,
}

/// The active residents who consented to be contacted and are in the
/// notice's audience, by resident id, handed to `f` one at a time; at most
/// `limit`. The status is `+`-prefixed so SQLite walks the table in id
/// order rather than the status index, which would need a sort.
pub fn each_recipient(
    conn: &Connection,
    notice: &Notice,
    limit: Option<u64>,
    f: &mut dyn FnMut(Recipient) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.family_name, r.given_name, r.languages, r.phone, r.email, r.wechat,
             c.name, r.community_id, r.nationality, c.name_zh
         FROM residents r JOIN communities c ON c.id = r.community_id
         WHERE +r.status = 'active' AND r.consent_contact = 1
         ORDER BY r.id",
    )?;
    let audience = &notice.data.audience;
    let has_japanese = notice.data.has_japanese();
    let mut rows = stmt.query([])?;
    let mut left = limit.unwrap_or(u64::MAX);
    while let Some(row) = rows.next()? {
        if left == 0 {
            break;
        }
        let community_id: i64 = row.get(8)?;
        let nationality: String = row.get(9)?;
        if !audience.includes(community_id, &nationality) {
            continue;
        }
        left -= 1;
        let languages: Option<String> = row.get(3)?;
        f(Recipient {
            resident_id: row.get(0)?,
            family_name: row.get(1)?,
            given_name: row.get(2)?,
            language: version_for(languages.as_deref(), has_japanese),
            phone: row.get(4)?,
            email: row.get(5)?,
            wechat: row.get(6)?,
            community: row.get(7)?,
            community_zh: row.get(10)?,
        })?;
    }
    Ok(())
}

/// How many active residents an audience holds, and how many of them
/// agreed to receive notices (the ones `notice recipients` will list).
pub fn reach(conn: &Connection, audience: &crate::notices::Audience) -> Result<(u64, u64)> {
    let mut stmt = conn.prepare_cached(
        "SELECT community_id, nationality, consent_contact FROM residents WHERE status = 'active'",
    )?;
    let mut rows = stmt.query([])?;
    let (mut all, mut reachable) = (0, 0);
    while let Some(row) = rows.next()? {
        let nationality: String = row.get(1)?;
        if audience.includes(row.get(0)?, &nationality) {
            all += 1;
            if row.get::<i64>(2)? == 1 {
                reachable += 1;
            }
        }
    }
    Ok((all, reachable))
}

/// Every recipient, for callers that need them all (tests, the demo).
pub fn recipients(conn: &Connection, notice: &Notice) -> Result<Vec<Recipient>> {
    let mut out = Vec::new();
    each_recipient(conn, notice, None, &mut |r| {
        out.push(r);
        Ok(())
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;
    use crate::residents::store::communities;

    const AT: &str = "2026-11-27T09:00:00+08:00";

    fn notice(audience: Audience, ja: bool) -> NewNotice {
        NewNotice {
            title_en: "Lift renovation".into(),
            title_zh: "电梯改造".into(),
            body_en: "The lift is closed.".into(),
            body_zh: "电梯停用。".into(),
            ja: ja.then(|| ("エレベーター改修".to_string(), "停止します。".to_string())),
            category: Some("building".into()),
            effective_on: Some("2026-12-01".into()),
            audience,
        }
    }

    fn resident(
        conn: &Connection,
        family: &str,
        community: i64,
        nationality: &str,
        languages: &str,
        consent: bool,
        status: &str,
    ) -> i64 {
        conn.execute(
            "INSERT INTO residents (family_name, given_name, nationality, community_id,
                 languages, consent_contact, status, phone, registered_at, updated_at)
             VALUES (?1, 'A', ?2, ?3, ?4, ?5, ?6, '+8613800000000', ?7, ?7)",
            params![
                family,
                nationality,
                community,
                languages,
                consent,
                status,
                AT
            ],
        )
        .expect("resident");
        conn.last_insert_rowid().expect("id")
    }

    fn setup() -> (Db, CommunityRef, CommunityRef) {
        let db = Db::in_memory().expect("db");
        let green = communities::insert(&db.conn, "Green Court", None, AT).expect("c");
        let orchid = communities::insert(&db.conn, "Orchid Park", None, AT).expect("c");
        let c = |id, name: &str| CommunityRef {
            id,
            name: name.into(),
        };
        (db, c(green, "Green Court"), c(orchid, "Orchid Park"))
    }

    #[test]
    fn a_notice_round_trips_with_its_audience() {
        let (db, green, orchid) = setup();
        let audience = Audience {
            communities: vec![orchid.clone(), green.clone()],
            nationalities: vec!["FR".into(), "DE".into()],
            ..Default::default()
        };
        let id = insert(&db.conn, &notice(audience, true), AT).expect("insert");
        let stored = get(&db.conn, id).expect("get").expect("found");
        assert_eq!(stored.data.audience.communities, vec![green, orchid]);
        assert_eq!(stored.data.audience.nationalities, vec!["DE", "FR"]);
        assert_eq!(stored.data.languages(), "en;zh;ja");
        assert_eq!(stored.created_at, AT);
        assert!(get(&db.conn, id + 1).expect("get").is_none());
    }

    #[test]
    fn list_gives_every_notice_in_id_order_with_its_own_audience() {
        let (db, green, _) = setup();
        let everyone = insert(&db.conn, &notice(Audience::default(), false), AT).expect("a");
        let by_green = Audience {
            communities: vec![green],
            nationalities: vec![],
            ..Default::default()
        };
        let targeted = insert(&db.conn, &notice(by_green, false), AT).expect("b");
        let all = list(&db.conn).expect("list");
        assert_eq!(
            all.iter().map(|n| n.id).collect::<Vec<_>>(),
            [everyone, targeted]
        );
        assert!(all[0].data.audience.is_everyone());
        assert_eq!(all[1].data.audience.describe(), "communities: Green Court");
        assert_eq!(all[1].data.languages(), "en;zh");
    }

    #[test]
    fn recipients_are_active_consenting_residents_in_the_audience() {
        let (db, green, orchid) = setup();
        let c = &db.conn;
        let de_green = resident(c, "Müller", green.id, "DE", "de;zh;en", true, "active");
        let jp_green = resident(c, "Sato", green.id, "JP", "ja;en", true, "active");
        let _no_consent = resident(c, "Weber", green.id, "DE", "de", false, "active");
        let _moved = resident(c, "Klein", green.id, "DE", "de", true, "moved-out");
        let _erased = resident(c, "Roth", green.id, "DE", "de", true, "erased");
        let fr_orchid = resident(c, "Martin", orchid.id, "FR", "fr", true, "active");

        let everyone = insert(c, &notice(Audience::default(), true), AT).expect("n");
        let everyone = get(c, everyone).expect("get").expect("found");
        let all = recipients(c, &everyone).expect("recipients");
        let ids: Vec<i64> = all.iter().map(|r| r.resident_id).collect();
        assert_eq!(ids, [de_green, jp_green, fr_orchid]);
        let langs: Vec<&str> = all.iter().map(|r| r.language.code()).collect();
        assert_eq!(langs, ["zh", "ja", "en"]);
        assert_eq!(all[0].community, "Green Court");

        let both = Audience {
            communities: vec![green],
            nationalities: vec!["DE".into(), "FR".into()],
            ..Default::default()
        };
        let both = insert(c, &notice(both, false), AT).expect("n");
        let both = get(c, both).expect("get").expect("found");
        let ids: Vec<i64> = recipients(c, &both)
            .expect("recipients")
            .iter()
            .map(|r| r.resident_id)
            .collect();
        assert_eq!(ids, [de_green]);
    }
}
