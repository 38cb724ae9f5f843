//! Safety and upkeep (SPEC §8): file mode, init, check, damage, schema
//! version, busy database, backup, the audit log, the demo database.
use crate::common::{stderr, TestEnv};

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn new_database_files_are_private() {
    let env = TestEnv::sqlite();
    assert_eq!(mode(&env.db), 0o600);
    let demo = env.path("demo.db");
    env.stdout(&["demo", "--db", demo.to_str().expect("utf-8")]);
    assert_eq!(mode(&demo), 0o600);
    env.stdout(&["backup", "copy.db"]);
    assert_eq!(mode(&env.path("copy.db")), 0o600);
    #[cfg(target_os = "linux")]
    private_default_database();
}

#[cfg(target_os = "linux")]
fn private_default_database() {
    let default = TestEnv::empty();
    let out = default
        .cmd()
        .env_remove("EXPATDESK_DB")
        .arg("init")
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&default.path("xdg/expatdesk/expatdesk.db")), 0o600);
}

#[test]
fn init_twice_keeps_the_data() {
    let env = TestEnv::with_community();
    env.add_resident("Tanaka", &[]);
    let out = env.output(&["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).starts_with("database ready at "));
    assert_eq!(env.ids(&["resident", "list"]), vec![1]);
}

#[test]
fn check_passes_on_a_good_database_and_names_the_schema_version() {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Tanaka", &[]);
    let version: i64 = env
        .sql()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert!(version >= 1);
    let out = env.output(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(
        env.redact(&stderr(&out)),
        format!(
            "[DIR]/desk.db: integrity ok, foreign keys ok, stored values ok, \
             schema version {version} of {version}\n"
        )
    );
}

/// A populated demo database at `name` in the test folder.
fn demo(env: &TestEnv, name: &str) -> std::path::PathBuf {
    let path = env.path(name);
    env.stdout(&["demo", "--db", path.to_str().expect("utf-8")]);
    path
}

#[test]
fn check_finds_a_damaged_database() {
    let env = TestEnv::empty();
    let path = demo(&env, "damaged.db");
    let mut bytes = std::fs::read(&path).expect("reads");
    let len = bytes.len();
    assert!(len >= 16 * 4096, "the demo database is only {len} bytes");
    // Keep the first pages (header, schema), wreck the middle of the file.
    for b in &mut bytes[len / 4..len * 3 / 4] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).expect("writes");
    let err = env.fails(&["--db", path.to_str().expect("utf-8"), "check"], 7);
    assert!(err.contains("backup"), "{err}");
}

#[test]
fn a_file_that_is_not_a_database_is_exit_7() {
    let env = TestEnv::empty();
    let path = env.path("notes.db");
    std::fs::write(
        &path,
        "these are not the residents you are looking for\n".repeat(200),
    )
    .expect("writes");
    let before = std::fs::read(&path).expect("reads");
    let name = path.to_str().expect("utf-8");
    for args in [
        vec!["--db", name, "check"],
        vec!["--db", name, "resident", "list"],
        vec!["--db", name, "init"],
    ] {
        let err = env.fails(&args, 7);
        assert!(err.contains("notes.db"), "{err}");
        assert!(
            err.contains("damaged or not an expatdesk database"),
            "{err}"
        );
        assert!(err.contains("backup"), "{err}");
    }
    assert_eq!(std::fs::read(&path).expect("reads"), before);
}

#[test]
fn a_newer_schema_is_exit_8_for_every_command() {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Tanaka", &[]);
    env.sql()
        .pragma_update(None, "user_version", 99)
        .expect("sets version");
    for args in [
        vec!["resident", "list"],
        vec!["resident", "show", "1"],
        vec!["resident", "find", "tanaka"],
        vec![
            "resident",
            "add",
            "--family-name",
            "New",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
        ],
        vec!["resident", "edit", "1", "--notes", "x"],
        vec!["community", "list"],
        vec!["department", "list"],
        vec!["audit", "list"],
        vec!["backup", "copy.db"],
        vec!["check"],
        vec!["init"],
    ] {
        let err = env.fails(&args, 8);
        assert!(
            err.starts_with("error: the database schema is version 99, newer than this program"),
            "{args:?}: {err}"
        );
        assert!(err.contains("hint: upgrade expatdesk"), "{err}");
    }
    let version: i64 = env
        .sql()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(version, 99);
    assert!(!env.path("copy.db").exists());
}

#[test]
fn a_database_locked_by_another_writer_is_exit_6_and_nothing_is_written() {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Tanaka", &[]);
    let holder = env.sql();
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .expect("takes the write lock");
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "Blocked",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
        ],
        6,
    );
    assert_eq!(
        err,
        "error: the database is busy: another process is still writing to it after 5 s\n\
         hint: try again in a moment; nothing was changed\n"
    );
    // Readers are not blocked by a writer; a reveal, which must be
    // audited, is refused and shows nothing.
    assert_eq!(env.ids(&["resident", "list"]), vec![1]);
    env.fails(&["resident", "show", "1", "--reveal"], 6);
    holder.execute_batch("ROLLBACK").expect("releases");
    drop(holder);
    assert_eq!(env.ids(&["resident", "list", "--status", "all"]), vec![1]);
    let audit = env.csv(&["audit", "list"]);
    assert_eq!(
        audit.lines().count(),
        3,
        "community and one resident: {audit}"
    );
}

#[test]
fn a_backup_opens_with_the_same_residents() {
    let env = TestEnv::with_community();
    env.add_resident("Tanaka", &["--notes", "first"]);
    env.add_resident("Okafor", &["--passport-number", "A12345678"]);
    env.stdout(&["resident", "move-out", "1"]);
    let out = env.output(&["backup", "copy-{date}.db"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let copy = env.path("copy-2026-11-27.db");
    assert!(copy.is_file());
    let copy = copy.to_str().expect("utf-8");
    for args in [
        ["resident", "list", "--status", "all", "--format", "csv"],
        ["resident", "show", "2", "--reveal", "--format", "json"],
    ] {
        let original = env.stdout(&args);
        let mut from_copy = vec!["--db", copy];
        from_copy.extend(args);
        assert_eq!(env.stdout(&from_copy), original, "{args:?}");
    }
    env.stdout(&["--db", copy, "check"]);
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".expatdesk"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_backup_into_a_missing_folder_is_exit_7() {
    let env = TestEnv::new();
    let err = env.fails(&["backup", "nowhere/copy.db"], 7);
    assert!(err.contains("nowhere/copy.db"), "{err}");
}

#[test]
fn the_audit_log_records_every_change_with_the_operator() {
    let env = TestEnv::with_community();
    env.add_resident("Tanaka", &[]);
    env.stdout(&[
        "resident",
        "edit",
        "1",
        "--address",
        "Building 9",
        "--phone",
        "13800000000",
    ]);
    env.stdout(&["resident", "register-residence", "1"]);
    env.stdout(&["resident", "move-out", "1"]);
    // The flag, before or after the subcommand, beats EXPATDESK_OPERATOR.
    env.add_resident("Okafor", &["--operator", "Wang Fang"]);
    let out = env
        .cmd()
        .env("EXPATDESK_OPERATOR", "li.na")
        .args(["--operator", "zhou", "resident", "show", "2", "--reveal"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let out = env
        .cmd()
        .env("EXPATDESK_OPERATOR", "li.na")
        .args(["resident", "edit", "2", "--notes", "by li.na"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    insta::assert_snapshot!("audit_log", env.csv(&["audit", "list"]));
    assert_eq!(env.ids(&["audit", "list", "--resident", "1"]), [2, 3, 4, 5]);
    assert_eq!(env.ids(&["audit", "list", "--resident", "2"]), [6, 7, 8]);
    assert_eq!(
        env.csv(&["audit", "list", "--since", "2026-11-28"]),
        "id,at,operator,action,entity,entity_id,detail\n"
    );
    assert_eq!(
        env.ids(&["audit", "list", "--since", "2026-11-27"]).len(),
        8
    );
}

#[test]
fn the_operator_defaults_to_the_login_name() {
    let env = TestEnv::with_community();
    let mut cmd = env.cmd();
    cmd.env_remove("EXPATDESK_OPERATOR")
        .env("USER", "front-desk-1")
        .args(["community", "add", "Jade Terrace"]);
    assert!(cmd.output().expect("runs").status.success());
    let mut cmd = env.cmd();
    cmd.env_remove("EXPATDESK_OPERATOR")
        .args(["community", "add", "Lakeside"]);
    assert!(cmd.output().expect("runs").status.success());
    let audit = env.csv(&["audit", "list"]);
    let operators: Vec<&str> = audit
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap_or_default())
        .collect();
    assert_eq!(operators[..2], ["tester", "front-desk-1"]);
    // Without USER or LOGNAME it still works: the OS user, else `unknown`.
    assert!(!operators[2].is_empty(), "{audit}");
}

fn resident_count(env: &TestEnv, db: &str) -> usize {
    env.ids(&["--db", db, "resident", "list", "--status", "all"])
        .len()
}

#[test]
fn demo_builds_about_200_residents_and_a_second_run_replaces_it() {
    let env = TestEnv::empty();
    let path = demo(&env, "demo.db");
    let name = path.to_str().expect("utf-8");
    let count = resident_count(&env, name);
    assert!((180..=220).contains(&count), "{count} residents");
    let communities = env.csv(&["--db", name, "community", "list"]);
    assert!(communities.lines().count() > 5, "{communities}");
    assert!(!env
        .ids(&["--db", name, "resident", "list", "--registration-due"])
        .is_empty());
    assert!(!env
        .ids(&["--db", name, "resident", "list", "--permit-expiring", "30"])
        .is_empty());
    assert!(!env
        .ids(&["--db", name, "resident", "find", "muller"])
        .is_empty());

    env.stdout(&[
        "--db",
        name,
        "resident",
        "add",
        "--family-name",
        "Extra",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
    ]);
    assert_eq!(resident_count(&env, name), count + 1);
    let out = env.output(&["demo", "--db", name]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(resident_count(&env, name), count);
    env.stdout(&["--db", name, "check"]);
}

#[test]
fn demo_refuses_to_replace_a_real_database() {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Tanaka", &[]);
    let before = std::fs::read(&env.db).expect("reads");
    let name = env.db.to_str().expect("utf-8");
    let err = env.fails(&["demo", "--db", name], 4);
    assert!(
        err.contains("is not a demo database: not replacing it"),
        "{err}"
    );
    assert_eq!(std::fs::read(&env.db).expect("reads"), before);
    assert_eq!(env.ids(&["resident", "list"]), vec![1]);

    let text = env.path("notes.txt");
    std::fs::write(&text, "keep me\n").expect("writes");
    env.fails(&["demo", "--db", text.to_str().expect("utf-8")], 4);
    assert_eq!(std::fs::read_to_string(&text).expect("reads"), "keep me\n");
}

#[test]
fn another_programs_sqlite_file_is_left_alone() {
    let env = TestEnv::empty();
    let path = env.path("photos.db");
    rusqlite::Connection::open(&path)
        .expect("creates")
        .execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);")
        .expect("their table");
    let before = std::fs::read(&path).expect("reads");
    let err = env.fails(
        &["--db", path.to_str().expect("utf-8"), "resident", "list"],
        7,
    );
    assert!(err.contains("belongs to another program"), "{err}");
    assert_eq!(
        std::fs::read(&path).expect("reads"),
        before,
        "tables were added"
    );
}

/// `--db postgres://…` (SPEC §10) is a server address, never a local file
/// name, by flag or by `EXPATDESK_DB`: a server that cannot be reached is
/// exit 7 naming the host, an address with a password, or one that checks
/// the server's certificate with no root certificate to check it against,
/// is refused (exit 2) before anything is tried, and no file is made.
#[test]
fn a_postgres_address_is_never_a_file_and_its_faults_are_named() {
    let env = TestEnv::empty();
    // Port 1 on the loopback: nothing listens there.
    let unreachable = "postgres://desk@127.0.0.1:1/center";
    for args in [&["init"][..], &["today"][..]] {
        let out = env
            .cmd()
            .arg("--db")
            .arg(unreachable)
            .args(args)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(7), "{args:?}");
        let err = crate::common::stderr(&out);
        assert!(
            err.starts_with("error: cannot reach the database server desk@127.0.0.1:1/center"),
            "{err}"
        );
        assert!(err.contains("hint: check that the server runs"), "{err}");
    }
    let out = env
        .cmd()
        .env("EXPATDESK_DB", unreachable)
        .arg("init")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(7), "from the environment");
    for (url, said) in [
        (
            "postgres://desk:s3cret@127.0.0.1:1/center",
            "error: --db: the address carries a password",
        ),
        (
            "postgresql://desk@127.0.0.1:1/center?sslmode=verify-full",
            "error: --db: sslmode=verify-full checks the server's certificate",
        ),
    ] {
        let out = env
            .cmd()
            .arg("--db")
            .arg(url)
            .arg("today")
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{url}");
        let err = crate::common::stderr(&out);
        assert!(err.starts_with(said), "{err}");
        assert!(
            !err.contains("s3cret"),
            "the password is never shown: {err}"
        );
    }
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "files made: {left:?}");
}
