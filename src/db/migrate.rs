//! Schema migrations: an append-only list of SQL files, tracked by
//! `PRAGMA user_version`, each applied in its own IMMEDIATE transaction. A
//! database whose version is newer than this program is refused (exit 8).
use rusqlite::{Connection, TransactionBehavior};

use super::Db;
use crate::error::{AppError, ErrorKind, Result};

struct Migration {
    name: &'static str,
    sql: &'static str,
    /// Data a migration seeds beyond its SQL (reference lists).
    seed: Option<fn(&Connection) -> Result<()>>,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        name: "0001_init",
        sql: include_str!("migrations/0001_init.sql"),
        seed: Some(crate::refdata::seed_departments),
    },
    Migration {
        name: "0002_batches",
        sql: include_str!("migrations/0002_batches.sql"),
        seed: None,
    },
    Migration {
        name: "0003_courses",
        sql: include_str!("migrations/0003_courses.sql"),
        seed: None,
    },
    Migration {
        name: "0004_feedback_notices",
        sql: include_str!("migrations/0004_feedback_notices.sql"),
        seed: None,
    },
    Migration {
        name: "0005_privacy",
        sql: include_str!("migrations/0005_privacy.sql"),
        seed: None,
    },
    Migration {
        name: "0006_list_indexes",
        sql: include_str!("migrations/0006_list_indexes.sql"),
        seed: None,
    },
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

pub fn migrate(db: &mut Db) -> Result<()> {
    let current = schema_version(&db.conn)?;
    if current > LATEST_VERSION {
        return Err(AppError::new(
            ErrorKind::SchemaTooNew,
            format!(
                "the database schema is version {current}, newer than this program knows ({LATEST_VERSION})"
            ),
        )
        .hint("upgrade expatdesk to open this database"));
    }
    refuse_foreign(&db.conn)?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = db
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        if schema_version(&tx)? > index as i64 {
            continue;
        }
        tx.execute_batch(migration.sql)
            .map_err(|e| AppError::internal(format!("migration {} failed: {e}", migration.name)))?;
        if let Some(seed) = migration.seed {
            seed(&tx)?;
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Exit 7 for a file with tables at schema version 0: it is not a new
/// database, nor one of ours, and must not get our tables added (nor be
/// switched to WAL: `Db::open` asks before configuring the connection).
pub fn refuse_foreign(conn: &Connection) -> Result<()> {
    if schema_version(conn)? != 0 {
        return Ok(());
    }
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        [],
        |r| r.get(0),
    )?;
    if tables == 0 {
        return Ok(());
    }
    Err(AppError::io(
        "this SQLite file belongs to another program: it has tables but no expatdesk schema",
    )
    .hint("name an expatdesk database with --db, or run `expatdesk --db NEW.db init`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An in-memory database with the first `version` migrations applied
    /// (their SQL only), then `data`, at that schema version.
    fn at_version(version: usize, data: &str) -> Db {
        let conn = Connection::open_in_memory().expect("db");
        for m in &MIGRATIONS[..version] {
            conn.execute_batch(m.sql).expect("earlier migration");
        }
        conn.execute_batch(data).expect("data");
        conn.pragma_update(None, "user_version", version as i64)
            .expect("version");
        Db {
            conn,
            path: ":memory:".into(),
        }
    }

    /// What `sql` (one of the queries below) counts for `name`: 1 when the
    /// table or column exists.
    fn count(db: &Db, sql: &str, name: &str) -> i64 {
        db.conn
            .query_row(sql, [name], |r| r.get(0))
            .expect("schema query")
    }

    const TABLE: &str = "SELECT count(*) FROM sqlite_master WHERE name = ?1";
    const RESIDENT_COLUMN: &str =
        "SELECT count(*) FROM pragma_table_info('residents') WHERE name = ?1";

    #[test]
    fn every_migration_applies_to_an_empty_database() {
        let db = Db::in_memory().expect("migrates");
        assert_eq!(schema_version(&db.conn).expect("version"), LATEST_VERSION);
        let departments: i64 = db
            .conn
            .query_row("SELECT count(*) FROM departments", [], |r| r.get(0))
            .expect("departments");
        assert_eq!(departments, 13);
    }

    #[test]
    fn migration_0002_adds_batches_to_a_version_1_database() {
        let mut db = at_version(1, "");
        migrate(&mut db).expect("0002 applies");
        assert_eq!(count(&db, RESIDENT_COLUMN, "batch_id"), 1);
        assert_eq!(schema_version(&db.conn).expect("version"), LATEST_VERSION);
    }

    #[test]
    fn migration_0003_adds_courses_to_a_version_2_database() {
        let mut db = at_version(2, "");
        migrate(&mut db).expect("0003 applies");
        for table in ["courses", "sessions", "enrollments", "attendance"] {
            assert_eq!(count(&db, TABLE, table), 1, "{table}");
        }
    }

    #[test]
    fn migration_0004_adds_feedback_and_notices_to_a_version_3_database() {
        let mut db = at_version(3, "");
        migrate(&mut db).expect("0004 applies");
        for table in ["feedback", "feedback_history", "notices", "notice_audience"] {
            assert_eq!(count(&db, TABLE, table), 1, "{table}");
        }
    }

    #[test]
    fn migration_0005_links_old_audit_entries_to_their_resident() {
        let mut db = at_version(
            4,
            "INSERT INTO communities VALUES (1, 'C', NULL, 'c', 't');
             INSERT INTO residents (id, nationality, community_id, registered_at, updated_at)
                 VALUES (7, 'DE', 1, 't', 't');
             INSERT INTO feedback (id, resident_id, received_at, channel, category, subject,
                                   due_on, created_at, updated_at)
                 VALUES (3, 7, 't', 'email', 'other', 's', 'd', 't', 't');
             INSERT INTO audit (at, operator, action, entity, entity_id, detail) VALUES
                 ('t', 'o', 'waitlist', 'course', 1, 'resident 7 at position 2'),
                 ('t', 'o', 'log', 'feedback', 3, 'email'),
                 ('t', 'o', 'edit', 'resident', 7, 'fields: phone'),
                 ('t', 'o', 'add', 'community', 1, '');",
        );
        migrate(&mut db).expect("0005 applies");
        let linked: Vec<Option<i64>> = db
            .conn
            .prepare("SELECT resident_id FROM audit ORDER BY id")
            .expect("query")
            .query_map([], |r| r.get(0))
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("read");
        assert_eq!(linked, vec![Some(7), Some(7), Some(7), None]);
        assert_eq!(count(&db, RESIDENT_COLUMN, "erased_on"), 1);
    }

    #[test]
    fn migration_0006_indexes_serve_the_lists_and_the_dashboard() {
        let mut db = at_version(5, "");
        migrate(&mut db).expect("0006 applies");
        let plan = |sql: &str| -> String {
            let mut stmt = db
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .expect("plan");
            let rows = stmt
                .query_map([], |r| r.get::<_, String>(3))
                .expect("rows")
                .collect::<rusqlite::Result<Vec<_>>>()
                .expect("read");
            rows.join("; ")
        };
        let due = format!(
            "SELECT r.id FROM residents r WHERE {} ORDER BY coalesce(r.arrival_date, '9999-12-31'), r.id LIMIT 10",
            crate::residents::query::DUE
        );
        let p = plan(&due);
        assert!(
            p.contains("residents_due") && !p.contains("TEMP B-TREE"),
            "{p}"
        );
        let open = "SELECT id FROM feedback WHERE status IN ('new', 'forwarded') AND due_on <= '2026-12-01' ORDER BY due_on, id LIMIT 10";
        assert!(plan(open).contains("feedback_open_due"), "{}", plan(open));
        assert!(
            !plan(open).contains("TEMP B-TREE"),
            "no sort: {}",
            plan(open)
        );
        let active = "SELECT count(*) FROM residents r WHERE r.status = 'active'";
        assert!(
            plan(active).contains("residents_status"),
            "{}",
            plan(active)
        );
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut db = Db::in_memory().expect("migrates");
        migrate(&mut db).expect("second run is a no-op");
        assert_eq!(schema_version(&db.conn).expect("version"), LATEST_VERSION);
    }

    #[test]
    fn another_programs_database_is_left_alone() {
        let mut db = at_version(
            0,
            "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);",
        );
        let err = migrate(&mut db).expect_err("refused");
        assert_eq!(err.kind.exit_code(), 7);
        let tables: i64 = db
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .expect("schema");
        assert_eq!(tables, 1, "nothing was added");
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let mut db = Db::in_memory().expect("migrates");
        db.conn
            .pragma_update(None, "user_version", LATEST_VERSION + 1)
            .expect("set");
        let err = migrate(&mut db).expect_err("refused");
        assert_eq!(err.kind.exit_code(), 8);
    }
}
