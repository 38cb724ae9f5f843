//! Schema migrations: an append-only list of SQL files, tracked by
//! `PRAGMA user_version`, each applied in its own IMMEDIATE transaction. A
//! database whose version is newer than this program is refused (exit 8).
use super::{Begin, Connection};

use super::Db;
use crate::error::{AppError, ErrorKind, Result};

struct Migration {
    name: &'static str,
    sql: &'static str,
    /// Data a migration seeds beyond its SQL (reference lists).
    seed: Option<fn(&Connection) -> Result<()>>,
    /// Rebuilds tables: run with foreign keys off (dropping a table would
    /// otherwise cascade) and CHECK constraints not applied to the rows it
    /// copies (rows that break a rule are kept for `check` to name).
    rebuilds: bool,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        name: "0001_init",
        sql: include_str!("migrations/0001_init.sql"),
        seed: Some(crate::refdata::seed_departments),
        rebuilds: false,
    },
    Migration {
        name: "0002_batches",
        sql: include_str!("migrations/0002_batches.sql"),
        seed: None,
        rebuilds: false,
    },
    Migration {
        name: "0003_courses",
        sql: include_str!("migrations/0003_courses.sql"),
        seed: None,
        rebuilds: false,
    },
    Migration {
        name: "0004_feedback_notices",
        sql: include_str!("migrations/0004_feedback_notices.sql"),
        seed: None,
        rebuilds: false,
    },
    Migration {
        name: "0005_privacy",
        sql: include_str!("migrations/0005_privacy.sql"),
        seed: None,
        rebuilds: false,
    },
    Migration {
        name: "0006_vocabulary_checks",
        sql: include_str!("migrations/0006_vocabulary_checks.sql"),
        seed: None,
        rebuilds: true,
    },
    Migration {
        name: "0007_list_indexes",
        sql: include_str!("migrations/0007_list_indexes.sql"),
        seed: None,
        rebuilds: false,
    },
    Migration {
        name: "0008_department_short_names",
        sql: include_str!("migrations/0008_department_short_names.sql"),
        seed: Some(crate::refdata::seed_department_short_names),
        rebuilds: false,
    },
    Migration {
        name: "0009_phones_e164",
        sql: include_str!("migrations/0009_phones_e164.sql"),
        seed: Some(crate::residents::phone_upgrade::seed),
        rebuilds: false,
    },
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// PostgreSQL's list (SPEC §10). The shared mode starts at version 9 with
/// the whole schema of that version in one file; every later migration
/// comes as a pair, `migrations/NNNN_*.sql` and `migrations/pg/NNNN_*.sql`.
struct ServerMigration {
    version: i64,
    sql: &'static str,
    seeds: &'static [fn(&Connection) -> Result<()>],
}

const SERVER_MIGRATIONS: &[ServerMigration] = &[ServerMigration {
    version: 9,
    sql: include_str!("migrations/pg/0009_schema.sql"),
    seeds: &[
        crate::refdata::seed_departments,
        crate::refdata::seed_department_short_names,
    ],
}];

/// `PRAGMA user_version` takes no parameter; the number is ours.
fn set_version(conn: &Connection, version: i64) -> Result<()> {
    Ok(conn.execute_batch(&format!("PRAGMA user_version = {version}"))?)
}

pub fn schema_version(conn: &Connection) -> Result<i64> {
    if conn.is_postgres() {
        if !has_server_schema(conn)? {
            return Ok(0);
        }
        return Ok(conn.query_row(
            "SELECT coalesce(max(version), 0) FROM schema_version",
            [],
            |row| row.get(0),
        )?);
    }
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Does the server's database have our version table?
pub(crate) fn has_server_schema(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT count(*) FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_name = 'schema_version'",
        [],
        |row| row.get::<i64>(0),
    )? > 0)
}

fn too_new(current: i64) -> AppError {
    AppError::new(
        ErrorKind::SchemaTooNew,
        crate::t!(
            "sys-db-schema-too-new",
            current = current.to_string(),
            latest = LATEST_VERSION.to_string()
        ),
    )
    .hint(crate::t!("sys-hint-upgrade-expatdesk"))
}

/// Brings the server's schema up to date, all in one transaction under
/// the writers' lock: two desks starting at once apply it once.
/// `found` is the version the caller read on opening (no second query).
pub(super) fn migrate_server(conn: &Connection, found: i64) -> Result<()> {
    if found == LATEST_VERSION {
        return Ok(());
    }
    conn.transaction(Begin::Immediate, |tx| {
        let current = schema_version(tx)?;
        if current > LATEST_VERSION {
            return Err(too_new(current));
        }
        for migration in SERVER_MIGRATIONS.iter().filter(|m| m.version > current) {
            let pg = tx
                .pg()
                .ok_or_else(|| AppError::internal("not on PostgreSQL"))?;
            pg.batch_native(migration.sql).map_err(|e| {
                AppError::internal(format!("migration {} failed: {e}", migration.version))
            })?;
            for seed in migration.seeds {
                seed(tx)?;
            }
            tx.execute("DELETE FROM schema_version", [])?;
            tx.execute(
                "INSERT INTO schema_version (version) VALUES (?1)",
                [migration.version],
            )?;
        }
        Ok(())
    })
}

pub fn migrate(db: &mut Db) -> Result<()> {
    if db.conn.is_postgres() {
        return migrate_server(&db.conn, schema_version(&db.conn)?);
    }
    let current = schema_version(&db.conn)?;
    if current > LATEST_VERSION {
        return Err(too_new(current));
    }
    refuse_foreign(&db.conn)?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        if migration.rebuilds {
            // Outside the transaction: SQLite ignores it inside one.
            db.conn.execute_batch(
                "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;",
            )?;
        }
        let applied = apply(&db.conn, index, migration);
        if migration.rebuilds {
            db.conn.execute_batch(
                "PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF;",
            )?;
        }
        if applied? && migration.rebuilds {
            warn_kept_values(&db.conn)?;
        }
    }
    Ok(())
}

/// Applies `migration` (number `index`) in its own IMMEDIATE transaction;
/// `false` when another process applied it while we waited for the lock.
fn apply(conn: &Connection, index: usize, migration: &Migration) -> Result<bool> {
    conn.transaction(Begin::Immediate, |tx| apply_in(tx, index, migration))
}

fn apply_in(tx: &Connection, index: usize, migration: &Migration) -> Result<bool> {
    if schema_version(tx)? > index as i64 {
        return Ok(false);
    }
    tx.execute_batch(migration.sql).map_err(|e| {
        // A read-only or full database is the user's to fix (exit 7);
        // anything else is ours.
        let mapped = super::map_error(e);
        if mapped.kind == ErrorKind::Internal {
            return AppError::internal(format!("migration {} failed: {mapped}", migration.name));
        }
        let mut err = mapped;
        err.lines
            .insert(0, crate::t!("sys-db-needs-upgrade", name = migration.name));
        err
    })?;
    if let Some(seed) = migration.seed {
        seed(tx)?;
    }
    set_version(tx, index as i64 + 1)?;
    Ok(true)
}

/// After a rebuild that kept rows breaking the new constraints: say so
/// once, and where to see them.
fn warn_kept_values(conn: &Connection) -> Result<()> {
    let found = super::values::check(conn, 0)?;
    if found.total > 0 {
        crate::ui::warn(&crate::t!(
            "sys-db-upgraded-kept-values",
            count = found.total
        ));
    }
    Ok(())
}

/// Exit 7 for a file with tables at schema version 0: it is not a new
/// database, nor one of ours, and must not get our tables added (nor be
/// switched to WAL: `Db::open` asks before configuring the connection).
pub fn refuse_foreign(conn: &Connection) -> Result<()> {
    if conn.is_postgres() || schema_version(conn)? != 0 {
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
    Err(AppError::io(crate::t!("sys-db-foreign")).hint(crate::t!("sys-hint-db-foreign")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An in-memory database with the first `version` migrations applied
    /// (their SQL only), then `data`, at that schema version.
    fn at_version(version: usize, data: &str) -> Db {
        let conn = Connection::sqlite(rusqlite::Connection::open_in_memory().expect("db"));
        for m in &MIGRATIONS[..version] {
            conn.execute_batch(m.sql).expect("earlier migration");
        }
        conn.execute_batch(data).expect("data");
        set_version(&conn, version as i64).expect("version");
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
            .collect::<crate::db::SqlResult<_>>()
            .expect("read");
        assert_eq!(linked, vec![Some(7), Some(7), Some(7), None]);
        assert_eq!(count(&db, RESIDENT_COLUMN, "erased_on"), 1);
    }

    /// Rows written behind our back at version 5.
    const BAD_ROWS: &str = "INSERT INTO communities VALUES (1, 'C', NULL, 'c', 't');
        INSERT INTO residents (id, nationality, community_id, gender, registered_at, updated_at)
            VALUES (7, 'DE', 1, 'banana', 't', 't'), (8, 'FR', 1, 'female', 't', 't');
        INSERT INTO courses (id, title, category, start, duration_minutes, created_at, updated_at)
            VALUES (2, 'Tea', 'tea', '2026-12-01T10:00:00+08:00', 60, 't', 't');
        INSERT INTO enrollments VALUES (2, 7, 'bogus', -5, 't'), (2, 8, 'enrolled', NULL, 't');
        INSERT INTO sqlite_sequence (name, seq) VALUES ('feedback', 41);
        UPDATE sqlite_sequence SET seq = 90 WHERE name = 'residents';";

    #[test]
    fn migration_0006_keeps_every_row_and_counter_and_refuses_new_bad_values() {
        let mut db = at_version(5, BAD_ROWS);
        migrate(&mut db).expect("0006 applies");
        let count = |sql: &str| -> i64 { db.conn.query_row(sql, [], |r| r.get(0)).expect(sql) };
        assert_eq!(count("SELECT count(*) FROM residents"), 2);
        assert_eq!(
            count("SELECT count(*) FROM residents WHERE gender = 'banana'"),
            1
        );
        assert_eq!(
            count("SELECT count(*) FROM enrollments WHERE position = -5"),
            1
        );
        assert_eq!(
            count("SELECT seq FROM sqlite_sequence WHERE name = 'residents'"),
            90
        );
        assert_eq!(
            count("SELECT seq FROM sqlite_sequence WHERE name = 'feedback'"),
            41
        );
        assert_eq!(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
        assert_eq!(count("PRAGMA foreign_keys"), 1);
        assert_eq!(count("PRAGMA ignore_check_constraints"), 0);
        for index in [
            "residents_external_id",
            "residents_name_key",
            "sessions_time",
            // (0007 replaces feedback_status.)
            "feedback_received",
        ] {
            assert_eq!(
                count(&format!(
                    "SELECT count(*) FROM sqlite_master WHERE name = '{index}'"
                )),
                1
            );
        }
        // Kept, but named by the value check …
        let found = super::super::values::check(&db.conn, 10).expect("check");
        let text = found.shown.join("\n");
        assert!(
            text.contains("table residents, id 7, column gender"),
            "{text}"
        );
        assert!(
            text.contains("table enrollments, id course 2, resident 7, column status"),
            "{text}"
        );
        // … and refused from now on.
        for bad in [
            "UPDATE residents SET gender = 'banana' WHERE id = 8",
            "UPDATE residents SET consent_share = 2 WHERE id = 8",
            "UPDATE enrollments SET position = -5 WHERE resident_id = 8",
            "UPDATE enrollments SET status = 'bogus' WHERE resident_id = 8",
            "UPDATE courses SET kind = 'party' WHERE id = 2",
        ] {
            let err = db.conn.execute(bad, []).expect_err(bad);
            assert!(
                err.to_string().contains("CHECK constraint failed"),
                "{bad}: {err}"
            );
        }
        db.conn
            .execute("UPDATE residents SET gender = 'male' WHERE id = 8", [])
            .expect("a good value");
    }

    #[test]
    fn the_check_constraints_list_the_domain_vocabularies() {
        let db = Db::in_memory().expect("migrates");
        for (table, column, values) in crate::stored::vocabularies() {
            let sql: String = db
                .conn
                .query_row(
                    "SELECT sql FROM sqlite_master WHERE name = ?1",
                    [table],
                    |r| r.get(0),
                )
                .expect("schema");
            let listed: Vec<String> = values.iter().map(|v| format!("{column} = '{v}'")).collect();
            let check = format!("CHECK ({})", listed.join(" OR "));
            assert!(sql.contains(&check), "{table}: no {check}");
        }
    }

    #[test]
    fn migration_0007_indexes_serve_the_lists_and_the_dashboard() {
        let mut db = at_version(6, "");
        migrate(&mut db).expect("0007 applies");
        let plan = |sql: &str| -> String {
            let mut stmt = db
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .expect("plan");
            let rows = stmt
                .query_map([], |r| r.get::<String>(3))
                .expect("rows")
                .collect::<crate::db::SqlResult<Vec<_>>>()
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
    fn migration_0008_gives_the_shipped_departments_their_short_names() {
        let mut db = at_version(
            7,
            "INSERT INTO departments (code, name_en, name_zh) VALUES
                ('housing', 'Housing Administration', '房屋管理局'),
                ('tax', 'Tax Bureau', '税务局'),
                ('parks', 'Parks', '园林局');",
        );
        migrate(&mut db).expect("0008 applies");
        let short = |code: &str| -> Option<String> {
            db.conn
                .query_row(
                    "SELECT short_name_zh FROM departments WHERE code = ?1",
                    [code],
                    |r| r.get(0),
                )
                .expect("department")
        };
        assert_eq!(short("housing").as_deref(), Some("住房"));
        assert_eq!(short("tax").as_deref(), Some("税务"));
        assert_eq!(short("parks"), None, "added on site: left alone");
    }

    #[test]
    fn migration_0009_stores_phones_as_e164_and_keeps_what_it_cannot_read() {
        let mut db = at_version(
            8,
            "INSERT INTO communities (id, name, name_key, created_at) VALUES (1, 'G', 'g', 't');
             INSERT INTO residents (id, family_name, nationality, community_id, phone,
                registered_at, updated_at) VALUES
                (1, 'A', 'DE', 1, '021 6234 5678', 't', 't'),
                (2, 'B', 'DE', 1, '138-1234-5678', 't', 't'),
                (3, 'C', 'DE', 1, '6234 5678', 't', 't'),
                (4, 'D', 'DE', 1, '+8613900000000', 't', 't'),
                (5, 'E', 'DE', 1, NULL, 't', 't');
             INSERT INTO resident_search (resident_id, haystack) VALUES
                (1, 'a
02162345678'), (2, 'b
13812345678'), (3, 'c
62345678'),
                (4, 'd
8613900000000'), (5, 'e');",
        );
        migrate(&mut db).expect("0009 applies");
        let row = |id: i64| -> (Option<String>, String, String) {
            db.conn
                .query_row(
                    "SELECT r.phone, s.haystack, r.updated_at FROM residents r
                     JOIN resident_search s ON s.resident_id = r.id WHERE r.id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .expect("resident")
        };
        assert_eq!(
            row(1),
            (
                Some("+862162345678".into()),
                "a\n862162345678".into(),
                "t".into()
            )
        );
        assert_eq!(row(2).0.as_deref(), Some("+8613812345678"));
        assert!(row(2).1.ends_with("8613812345678"));
        assert_eq!(row(3).0.as_deref(), Some("6234 5678"), "unreadable: kept");
        assert_eq!(row(3).1, "c\n62345678");
        assert_eq!(row(4).0.as_deref(), Some("+8613900000000"));
        assert_eq!(row(5).0, None);
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
        set_version(&db.conn, LATEST_VERSION + 1).expect("set");
        let err = migrate(&mut db).expect_err("refused");
        assert_eq!(err.kind.exit_code(), 8);
    }
}
