//! `resident import` on arbitrary bytes: encoding detection, CRLF
//! handling, header mapping, both passes and the write into a real (in-memory)
//! database that already holds a few residents. The first two bytes pick the
//! options; the rest is the file. Properties checked: no panic, never an
//! internal error, all or nothing (a failed or dry-run import leaves the
//! database exactly as it was), and the summary adds up to the rows read and
//! to what was inserted and written to `--rejects`.
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use crate::db::Connection;

use crate::csvio::{Encoding, Input};
use crate::db::audit::Actor;
use crate::db::Db;
use crate::error::{ErrorKind, Result};
use crate::output::CsvStyle;
use crate::residents::import::{self, OnConflict, Options, Summary};

const TODAY: &str = "2026-11-27";
const AT: &str = "2026-11-27T09:00:00+08:00";

/// What the database holds before each run (the fuzzer can name these).
const STORED: &str = "\
external_id,family_name,given_name,nationality,community,birth_date,passport_number,phone,email,status,moved_out_on
S1,Okafor,Chidi,NG,Green Court,1985-04-12,A1234567,+8613812345678,chidi@example.com,,
S2,Müller,Anna,DE,Sunny Garden,,C01X00T47,,,,
S3,Dubois,Léa,FR,Green Court,1990-01-31,,,,moved-out,2025-06-30
";

/// Byte 0: bits 0–1 `--on-conflict`, 2 `--allow-duplicate`, 3 `--raw`,
/// 4 `--create-communities`, 5 `--skip-invalid --rejects`, 6 `--dry-run`,
/// 7 an empty database. Byte 1: the encoding (mod 3), bit 2 `--excel`.
pub fn csv_import(data: &[u8]) {
    let [flags, style, file @ ..] = data else {
        return;
    };
    let scratch = scratch_dir();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let input_path = scratch.join(format!("input-{n}.csv"));
    let rejects_path = scratch.join(format!("rejects-{n}.csv"));
    write_file(&input_path, file);
    let options = Options {
        on_conflict: [
            OnConflict::Error,
            OnConflict::Skip,
            OnConflict::Update,
            OnConflict::Fill,
        ][usize::from(flags & 3)],
        allow_duplicate: flags & 4 != 0,
        raw: flags & 8 != 0,
        create_communities: flags & 16 != 0,
        rejects: (flags & 32 != 0).then(|| rejects_path.clone()),
        dry_run: flags & 64 != 0,
        csv_style: CsvStyle {
            excel: style & 4 != 0,
            raw: flags & 8 != 0,
        },
    };
    let encoding = [Encoding::Auto, Encoding::Utf8, Encoding::Gb18030][usize::from(style % 3)];
    let mut db = fresh_db(flags & 128 != 0);
    let before = fingerprint(&db.conn);
    let residents_before = count(&db.conn, "residents");
    let result = run(&mut db, &input_path, encoding, &options);
    let after = fingerprint(&db.conn);
    match result {
        Err(e) => {
            assert_ne!(e.kind, ErrorKind::Internal, "internal error: {:?}", e.lines);
            // A constraint the checks should have caught first.
            assert!(
                !e.lines
                    .iter()
                    .any(|l| l.contains("refused by the database")),
                "{:?}",
                e.lines
            );
            assert_eq!(before, after, "a failed import changed the database");
            if let Ok(true) = rejects_path.try_exists() {
                panic!("a failed import left a rejects file");
            }
        }
        Ok(summary) => {
            let inserted = count(&db.conn, "residents") - residents_before;
            check_summary(&summary, &options, before == after, inserted);
            if options.rejects.is_some() && !options.dry_run && summary.rows > 0 {
                assert_eq!(
                    rejects_rows(&rejects_path),
                    summary.rejected,
                    "rows in the rejects file"
                );
            }
        }
    }
    let _ = std::fs::remove_file(&input_path);
    let _ = std::fs::remove_file(&rejects_path);
}

fn run(db: &mut Db, path: &Path, encoding: Encoding, options: &Options) -> Result<Summary> {
    let input = Input::open(path, encoding)?;
    let actor = Actor {
        operator: "fuzz".into(),
        at: AT.into(),
    };
    import::run(db, &input, options, &actor, TODAY, &mut |_, _| {})
}

fn check_summary(s: &Summary, options: &Options, unchanged: bool, inserted: i64) {
    if s.rows == 0 {
        assert!(unchanged, "a file without rows changed the database");
        return;
    }
    assert_eq!(
        s.rows,
        s.inserted + s.updated + s.skipped + s.rejected,
        "rows read vs. the summary {s:?}"
    );
    if options.rejects.is_none() {
        assert_eq!(s.rejected, 0, "rejected rows without --skip-invalid");
    }
    if options.dry_run {
        assert!(unchanged, "a dry run changed the database");
        assert!(s.batch.is_none(), "a dry run reported a batch");
    } else {
        assert_eq!(
            inserted,
            i64::try_from(s.inserted).unwrap_or(i64::MAX),
            "residents inserted vs. the summary {s:?}"
        );
        assert!(s.batch.is_some(), "an import without a batch id");
    }
}

/// Data rows of the rejects file (it must be CSV we can read back).
fn rejects_rows(path: &Path) -> u64 {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(path)
        .expect("the rejects file exists");
    let mut rows = 0;
    for record in reader.byte_records() {
        record.expect("the rejects file is well-formed CSV");
        rows += 1;
    }
    rows
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn scratch_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("a scratch directory"))
        .path()
}

fn write_file(path: &PathBuf, bytes: &[u8]) {
    let mut file = std::fs::File::create(path).expect("create the input");
    file.write_all(bytes).expect("write the input");
}

/// A copy of the template database (with or without stored residents).
fn fresh_db(empty: bool) -> Db {
    static TEMPLATES: OnceLock<[Mutex<Connection>; 2]> = OnceLock::new();
    let templates =
        TEMPLATES.get_or_init(|| [Mutex::new(template(false)), Mutex::new(template(true))]);
    let template = templates[usize::from(empty)]
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let mut conn = rusqlite::Connection::open_in_memory().expect("an in-memory database");
    rusqlite::backup::Backup::new(template.lite().expect("a SQLite template"), &mut conn)
        .and_then(|b| b.run_to_completion(1000, std::time::Duration::ZERO, None))
        .expect("copy the template");
    conn.execute_batch("PRAGMA foreign_keys=ON;")
        .expect("pragmas");
    Db {
        conn: crate::db::Connection::sqlite(conn),
        path: PathBuf::from(":memory:"),
    }
}

fn template(empty: bool) -> Connection {
    let mut db = Db::in_memory().expect("the schema");
    for name in ["Green Court", "Sunny Garden", "湖畔 Lakeside"] {
        crate::residents::store::communities::insert(&db.conn, name, None, AT)
            .expect("a community");
    }
    if !empty {
        let path = scratch_dir().join("stored.csv");
        write_file(&path, STORED.as_bytes());
        let options = Options {
            on_conflict: OnConflict::Error,
            allow_duplicate: false,
            raw: false,
            create_communities: false,
            rejects: None,
            dry_run: false,
            csv_style: CsvStyle::default(),
        };
        let summary = run(&mut db, &path, Encoding::Auto, &options).expect("stored residents");
        assert_eq!(summary.inserted, 3);
    }
    db.conn
}

fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

/// The tables an import may write to.
const WRITTEN: [&str; 6] = [
    "residents",
    "resident_search",
    "communities",
    "batches",
    "batch_changes",
    "audit",
];

/// A hash of every row of the tables an import writes: equal means nothing
/// was written.
fn fingerprint(conn: &Connection) -> u64 {
    let mut hasher = DefaultHasher::new();
    for name in WRITTEN {
        name.hash(&mut hasher);
        let mut stmt = conn
            .prepare_cached(&format!("SELECT * FROM {name}"))
            .expect("select");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(row) = rows.next().expect("a row") {
            for i in 0..columns {
                format!("{:?}", row.get_ref(i).expect("a value")).hash(&mut hasher);
            }
        }
    }
    hasher.finish()
}
