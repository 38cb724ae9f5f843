//! Erasure (SPEC §3 `resident erase`): a resident's personal fields are
//! removed for good; an anonymous record stays so that counts by
//! nationality, community and date stay right.
//!
//! Kept: id, nationality, community, `registered_at`, `moved_out_on` (and
//! the roster and attendance rows, now of an anonymous record). Removed:
//! every other field, the search entry, the before-images a batch kept for
//! `batch undo`, and the link from their feedback (which stays, anonymous).
//! `secure_delete` zeroes the freed bytes; [`scrub_wal`] then moves the new
//! pages into the database file and empties the write-ahead log.
use crate::db::{params, Connection};

use crate::error::Result;

/// What an erasure changed besides the record.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Erased {
    /// Feedback items detached (now anonymous).
    pub feedback: usize,
}

/// Erases resident `id` inside the caller's write transaction, dated
/// `today` (a date) and `at` (a timestamp).
pub fn erase(conn: &Connection, id: i64, today: &str, at: &str) -> Result<Erased> {
    conn.execute(
        "UPDATE residents SET external_id = NULL, family_name = NULL, given_name = NULL,
            chinese_name = NULL, gender = 'unspecified', birth_date = NULL, phone = NULL,
            email = NULL, wechat = NULL, address = NULL, languages = NULL,
            arrival_date = NULL, residence_registered_on = NULL, address_changed = 0,
            permit_changed = 0, permit_type = NULL, permit_number = NULL,
            permit_expiry = NULL, passport_number = NULL, consent_contact = 0,
            consent_share = 0, notes = NULL, name_key = '', status = 'erased',
            erased_on = ?2, updated_at = ?3, rev = rev + 1
         WHERE id = ?1",
        params![id, today, at],
    )?;
    conn.execute(
        "UPDATE resident_search SET haystack = '' WHERE resident_id = ?1",
        [id],
    )?;
    // A batch's before-image holds the old values; the bumped revision
    // already makes `batch undo` refuse this resident.
    conn.execute(
        "UPDATE batch_changes SET before_json = NULL
         WHERE entity = 'resident' AND entity_id = ?1",
        [id],
    )?;
    let feedback = conn.execute(
        "UPDATE feedback SET resident_id = NULL, updated_at = ?2 WHERE resident_id = ?1",
        params![id, at],
    )?;
    Ok(Erased { feedback })
}

/// Whether the write-ahead log could be emptied.
#[derive(Debug, PartialEq, Eq)]
pub enum Scrub {
    Done,
    /// Another connection still reads an older snapshot: the log keeps old
    /// pages until it closes and the next checkpoint runs.
    Busy,
}

/// The tables an erasure rewrites rows of.
const TOUCHED: &str = "residents, resident_search, audit, feedback, feedback_history, \
                       enrollments, attendance, batch_changes";

/// Copies the committed pages into the database file and truncates the
/// write-ahead log, so that old page images (with erased values) are gone.
/// On PostgreSQL: vacuums the touched tables, so no old row version keeps
/// the values (README, "Shared database", says what the server's own WAL
/// archives and base backups keep); busy when another session's snapshot
/// still holds old versions.
pub fn scrub_wal(conn: &Connection) -> Result<Scrub> {
    if conn.is_postgres() {
        conn.execute_batch(&format!("VACUUM {TOUCHED}"))?;
        let others: i64 = conn.query_row(
            "SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid()
               AND backend_xmin IS NOT NULL",
            [],
            |r| r.get(0),
        )?;
        return Ok(if others == 0 {
            Scrub::Done
        } else {
            Scrub::Busy
        });
    }
    let (busy, _log, _done): (i64, i64, i64) =
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    Ok(if busy == 0 { Scrub::Done } else { Scrub::Busy })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    fn db_with_resident() -> Db {
        let db = Db::in_memory().expect("db");
        db.conn
            .execute_batch(
                "INSERT INTO communities VALUES (1, 'Green Court', NULL, 'green court', 't');
                 INSERT INTO residents (id, external_id, family_name, given_name, nationality,
                     gender, birth_date, phone, email, community_id, passport_number,
                     permit_number, consent_share, moved_out_on, notes, name_key,
                     registered_at, updated_at)
                 VALUES (5, 'X-1', 'Müller', 'Anna', 'DE', 'female', '1990-01-02',
                     '+8613800000000', 'anna@example.org', 1, 'E1234', 'P99', 1,
                     '2026-10-01', 'note', 'muller anna', '2026-01-01T09:00:00+08:00', 't');
                 INSERT INTO resident_search VALUES (5, 'muller anna x-1');
                 INSERT INTO feedback (id, resident_id, received_at, channel, category,
                     subject, due_on, created_at, updated_at)
                 VALUES (3, 5, 't', 'email', 'other', 'noise', 'd', 't', 't');",
            )
            .expect("data");
        db
    }

    #[test]
    fn erasure_keeps_only_the_statistical_fields() {
        let db = db_with_resident();
        let erased = erase(&db.conn, 5, "2026-11-27", "now").expect("erases");
        assert_eq!(erased, Erased { feedback: 1 });
        let row: (
            String,
            i64,
            String,
            Option<String>,
            String,
            Option<String>,
            String,
        ) = db
            .conn
            .query_row(
                "SELECT nationality, community_id, registered_at, moved_out_on, status,
                        erased_on, name_key FROM residents WHERE id = 5",
                [],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                    ))
                },
            )
            .expect("row");
        assert_eq!(
            row,
            (
                "DE".into(),
                1,
                "2026-01-01T09:00:00+08:00".into(),
                Some("2026-10-01".into()),
                "erased".into(),
                Some("2026-11-27".into()),
                String::new()
            )
        );
        let personal: i64 = db
            .conn
            .query_row(
                "SELECT count(*) FROM residents WHERE id = 5 AND coalesce(external_id,
                   family_name, given_name, birth_date, phone, email, passport_number,
                   permit_number, notes) IS NULL AND consent_share = 0
                   AND gender = 'unspecified'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(personal, 1, "a personal field survived");
        let haystack: String = db
            .conn
            .query_row(
                "SELECT haystack FROM resident_search WHERE resident_id = 5",
                [],
                |r| r.get(0),
            )
            .expect("search row");
        assert_eq!(haystack, "");
        let owner: Option<i64> = db
            .conn
            .query_row("SELECT resident_id FROM feedback WHERE id = 3", [], |r| {
                r.get(0)
            })
            .expect("feedback kept");
        assert_eq!(owner, None);
    }
}
