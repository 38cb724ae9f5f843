//! The shared database of SPEC §10, on this test process's throw-away
//! PostgreSQL server: the demo copied SQLite → PostgreSQL gives the same
//! bytes for every export and report, and copied back gives the same
//! exports; eight desks enrolling at once never oversell a course; backup,
//! check, erase and the schema version work there as on a file. Every test
//! says plainly that it was skipped when the server binaries are absent.
use std::process::Output;

use crate::common::{stderr, TestEnv};
use crate::pgserver;

/// A new database on the test server, or `None` (skipped, said once).
fn server() -> Option<String> {
    let url = pgserver::new_database();
    if url.is_none() {
        eprintln!("skipped: no PostgreSQL server binaries");
    }
    url
}

/// Every export and report a script or a desk reads, as data.
const SCREENS: &[&[&str]] = &[
    &["resident", "list", "--format", "csv"],
    &["resident", "list", "--format", "json"],
    &["resident", "export", "--format", "csv"],
    &["resident", "export", "--format", "json"],
    &["resident", "find", "muller", "--format", "csv"],
    &["resident", "show", "1", "--format", "json"],
    &["resident", "list", "--registration-due", "--format", "csv"],
    &[
        "resident",
        "list",
        "--permit-expiring",
        "30",
        "--format",
        "csv",
    ],
    &["resident", "list", "--nationality", "KR", "--format", "csv"],
    &["resident", "list", "--language", "fr", "--format", "csv"],
    &["course", "list", "--format", "csv"],
    &["course", "show", "3", "--format", "json"],
    &["course", "show", "3", "--format", "csv"],
    &["course", "export", "--format", "csv"],
    &[
        "schedule",
        "--from",
        "2026-11-01",
        "--to",
        "2027-01-31",
        "--format",
        "csv",
    ],
    &["enrollment", "export", "--format", "csv"],
    &["attendance", "export", "--format", "csv"],
    &["feedback", "list", "--format", "csv"],
    &["feedback", "list", "--overdue", "--format", "csv"],
    &["feedback", "list", "--status", "new", "--format", "json"],
    &["feedback", "show", "1", "--format", "json"],
    &["feedback", "export", "--format", "csv"],
    &["notice", "list", "--format", "csv"],
    &["notice", "show", "1", "--format", "json"],
    &["notice", "recipients", "2", "--format", "csv"],
    &[
        "report",
        "residents",
        "--by",
        "nationality",
        "--format",
        "csv",
    ],
    &[
        "report",
        "residents",
        "--by",
        "community",
        "--format",
        "csv",
    ],
    &["report", "residents", "--by", "language", "--format", "csv"],
    &["report", "residents", "--by", "age-band", "--format", "csv"],
    &["report", "registrations", "--format", "csv"],
    &["report", "permits", "--within", "60", "--format", "csv"],
    &["report", "courses", "--format", "csv"],
    &["report", "attendance", "--course", "3", "--format", "csv"],
    &["report", "feedback", "--by", "category", "--format", "csv"],
    &[
        "report",
        "feedback",
        "--by",
        "department",
        "--format",
        "csv",
    ],
    &["report", "monthly", "--month", "2026-11", "--format", "csv"],
    &["today", "--format", "json"],
    &["today"],
    &["community", "list", "--format", "csv"],
    &["department", "list", "--format", "csv"],
    &["batch", "list", "--format", "csv"],
    &["resident", "list"],
    &["feedback", "list"],
];

/// The exports that carry a whole database's content.
const EXPORTS: &[&[&str]] = &[
    &["resident", "export", "--format", "csv"],
    &["course", "export", "--format", "csv"],
    &["enrollment", "export", "--format", "csv"],
    &["attendance", "export", "--format", "csv"],
    &["feedback", "export", "--format", "csv"],
    &["notice", "list", "--format", "csv"],
    &["community", "list", "--format", "csv"],
    &["department", "list", "--format", "csv"],
];

fn on(env: &TestEnv, db: &str, args: &[&str]) -> Output {
    env.cmd()
        .arg("--db")
        .arg(db)
        .args(args)
        .write_stdin("")
        .output()
        .expect("runs")
}

/// The demo in a SQLite file, copied onto the server database `url`.
fn demo_on(url: &str) -> (TestEnv, String) {
    let env = TestEnv::sqlite_empty();
    env.run(&["demo"]).success();
    let file = env.db.to_string_lossy().into_owned();
    let out = on(&env, &file, &["copy", "--from", &file, "--to", url]);
    assert!(out.status.success(), "{}", stderr(&out));
    (env, file)
}

fn same_output(env: &TestEnv, a: &str, b: &str, screens: &[&[&str]]) {
    for args in screens {
        let (x, y) = (on(env, a, args), on(env, b, args));
        assert!(x.status.success(), "{args:?} on {a}: {}", stderr(&x));
        assert_eq!(x.status.code(), y.status.code(), "{args:?}: {}", stderr(&y));
        assert!(
            x.stdout == y.stdout,
            "{args:?} differs between {a} and {b}:\n{}\n---\n{}",
            String::from_utf8_lossy(&x.stdout),
            String::from_utf8_lossy(&y.stdout)
        );
    }
}

#[test]
fn the_demo_copied_to_postgres_reads_byte_for_byte_the_same_and_copies_back() {
    let Some(url) = server() else { return };
    let env = TestEnv::sqlite_empty();
    env.run(&["demo"]).success();
    let file = env.db.to_string_lossy().into_owned();
    let out = on(&env, &file, &["copy", "--from", &file, "--to", &url]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("copied "),
        "the copy says what it did: {}",
        stderr(&out)
    );
    same_output(&env, &file, &url, SCREENS);
    // The calendar file too.
    for (db, name) in [(&file, "file.ics"), (&url, "server.ics")] {
        let ics = env.path(name).to_string_lossy().into_owned();
        let out = on(
            &env,
            db,
            &[
                "schedule",
                "--from",
                "2026-11-01",
                "--to",
                "2027-01-31",
                "--ics",
                &ics,
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert_eq!(
        std::fs::read(env.path("file.ics")).expect("ics"),
        std::fs::read(env.path("server.ics")).expect("ics")
    );
    // The copy is audited on the server, and only there.
    let audit = String::from_utf8(on(&env, &url, &["audit", "list", "--format", "csv"]).stdout)
        .expect("utf-8");
    let last = audit.lines().last().expect("an entry");
    assert!(last.contains(",copy,database,,from "), "{last}");
    // And back: a new SQLite file with the same content.
    let back = env.path("back.db").to_string_lossy().into_owned();
    let out = on(&env, &url, &["copy", "--from", &url, "--to", &back]);
    assert!(out.status.success(), "{}", stderr(&out));
    same_output(&env, &file, &back, EXPORTS);
}

#[test]
fn copy_refuses_a_target_with_content_and_leaves_it_as_it_was() {
    let Some(url) = server() else { return };
    let (env, file) = demo_on(&url);
    let before = on(&env, &url, &["resident", "export", "--format", "csv"]).stdout;
    let again = on(&env, &file, &["copy", "--from", &file, "--to", &url]);
    assert_eq!(again.status.code(), Some(4), "{}", stderr(&again));
    assert!(
        stderr(&again).starts_with("error: the target database already holds "),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        on(&env, &url, &["resident", "export", "--format", "csv"]).stdout,
        before
    );
    // Nor onto itself, nor into a SQLite file that has content.
    let same = on(&env, &file, &["copy", "--from", &file, "--to", &file]);
    assert_eq!(same.status.code(), Some(2), "{}", stderr(&same));
    let full = on(&env, &file, &["copy", "--from", &url, "--to", &file]);
    assert_eq!(full.status.code(), Some(4), "{}", stderr(&full));
}

/// SPEC §10: 8 desks enrolling 40 residents into a course of 5 places at
/// once: 5 enrolled, 35 waiting in positions 1..35; then 3 drops at once
/// promote exactly 3.
#[test]
fn eight_desks_at_once_never_oversell_and_each_drop_promotes_one() {
    let Some(url) = server() else { return };
    let env = TestEnv::sqlite_empty();
    let run = |args: &[&str]| on(&env, &url, args);
    assert!(run(&["init"]).status.success());
    assert!(run(&["community", "add", "Green Court"]).status.success());
    assert!(run(&[
        "course",
        "add",
        "--title",
        "Tea",
        "--category",
        "tea",
        "--start",
        "2026-12-01 18:30",
        "--duration",
        "90m",
        "--capacity",
        "5",
    ])
    .status
    .success());
    for n in 0..40 {
        let name = format!("Desk{n}");
        let out = run(&[
            "resident",
            "add",
            "--family-name",
            &name,
            "--nationality",
            "DE",
            "--community",
            "Green Court",
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    std::thread::scope(|scope| {
        for desk in 0..8 {
            let run = &run;
            scope.spawn(move || {
                for k in 1..=5 {
                    let id = (desk * 5 + k).to_string();
                    let out = run(&["course", "enroll", "1", &id]);
                    assert!(out.status.success(), "{}", stderr(&out));
                }
            });
        }
    });
    let roster = |env: &TestEnv| -> (usize, Vec<i64>) {
        let csv =
            String::from_utf8(on(env, &url, &["enrollment", "export", "--format", "csv"]).stdout)
                .expect("utf-8");
        let mut enrolled = 0;
        let mut positions = Vec::new();
        for line in csv.lines().skip(1) {
            let cells: Vec<&str> = line.split(',').collect();
            match cells[4] {
                "enrolled" => enrolled += 1,
                "waitlisted" => positions.push(cells[5].parse().expect("position")),
                other => panic!("status {other}"),
            }
        }
        positions.sort_unstable();
        (enrolled, positions)
    };
    let (enrolled, waiting) = roster(&env);
    assert_eq!(enrolled, 5, "no seat oversold");
    assert_eq!(waiting, (1..=35).collect::<Vec<i64>>());
    // Three of the enrolled drop at once, from three desks.
    let csv =
        String::from_utf8(run(&["enrollment", "export", "--format", "csv"]).stdout).expect("utf-8");
    let dropping: Vec<String> = csv
        .lines()
        .skip(1)
        .filter(|l| l.split(',').nth(4) == Some("enrolled"))
        .take(3)
        .map(|l| l.split(',').nth(2).expect("resident").to_string())
        .collect();
    std::thread::scope(|scope| {
        for id in &dropping {
            let run = &run;
            scope.spawn(move || {
                let out = run(&["course", "drop", "1", id]);
                assert!(out.status.success(), "{}", stderr(&out));
            });
        }
    });
    let (enrolled, waiting) = roster(&env);
    assert_eq!(enrolled, 5, "exactly one promoted per drop");
    assert_eq!(waiting, (1..=32).collect::<Vec<i64>>());
    assert!(run(&["check"]).status.success());
}

#[test]
fn backup_on_postgres_is_a_sqlite_snapshot_that_opens_anywhere() {
    let Some(url) = server() else { return };
    let (env, _) = demo_on(&url);
    let snapshot = env.path("snapshot.db");
    let out = on(&env, &url, &["backup", &snapshot.to_string_lossy()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let conn = rusqlite::Connection::open(&snapshot).expect("a SQLite file");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("mode");
    assert_eq!(mode, "delete", "no WAL: it opens on read-only media");
    drop(conn);
    let snap = snapshot.to_string_lossy().into_owned();
    same_output(&env, &url, &snap, EXPORTS);
    let check = on(&env, &url, &["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stderr(&check).contains("schema version 9"),
        "{}",
        stderr(&check)
    );
}

#[test]
fn erase_on_postgres_leaves_no_value_and_vacuums() {
    let Some(url) = server() else { return };
    let env = TestEnv::sqlite_empty();
    let run = |args: &[&str]| on(&env, &url, args);
    assert!(run(&["init"]).status.success());
    assert!(run(&["community", "add", "Green Court"]).status.success());
    let out = run(&[
        "resident",
        "add",
        "--family-name",
        "Vanishing",
        "--given-name",
        "Ada",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--passport-number",
        "X9938271",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&["resident", "erase", "1", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connects");
    let left: i64 = client
        .query_one(
            "SELECT count(*) FROM residents
             WHERE family_name = 'Vanishing' OR passport_number = 'X9938271'",
            &[],
        )
        .expect("counts")
        .get(0);
    assert_eq!(left, 0);
    let vacuumed: bool = client
        .query_one(
            "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'residents'",
            &[],
        )
        .expect("stats")
        .get(0);
    assert!(vacuumed, "the residents' old row versions were vacuumed");
}

#[test]
fn an_uninitialised_or_newer_server_database_is_named() {
    let Some(url) = server() else { return };
    let env = TestEnv::sqlite_empty();
    let out = on(&env, &url, &["today"]);
    assert_eq!(out.status.code(), Some(7));
    assert!(
        stderr(&out).contains("has no expatdesk tables yet") && stderr(&out).contains("init"),
        "{}",
        stderr(&out)
    );
    assert!(on(&env, &url, &["init"]).status.success());
    let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connects");
    client
        .batch_execute("UPDATE schema_version SET version = 99")
        .expect("newer");
    let out = on(&env, &url, &["today"]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
}

/// A self-signed certificate for `localhost` and 127.0.0.1, made with the
/// `openssl` command: (certificate, key), or `None` without the command.
fn self_signed(
    dir: &std::path::Path,
    name: &str,
) -> Option<(std::path::PathBuf, std::path::PathBuf)> {
    let (crt, key) = (
        dir.join(format!("{name}.crt")),
        dir.join(format!("{name}.key")),
    );
    let made = std::process::Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args(["-subj", "/CN=localhost"])
        .args(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&crt)
        .output()
        .ok()?;
    made.status.success().then_some((crt, key))
}

/// sslmode as libpq reads it: `require` encrypts, `verify-full` also
/// checks the certificate against the root in PGSSLROOTCERT and the host
/// name, and a certificate signed by another root is refused (exit 7).
#[test]
fn tls_encrypts_and_verify_full_checks_the_certificate() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let Some(url) = server() else { return };
    let env = TestEnv::sqlite_empty();
    let Some((crt, key)) = self_signed(env.dir.path(), "server") else {
        eprintln!("skipped: no openssl command");
        return;
    };
    let (other, _) = self_signed(env.dir.path(), "other").expect("a second certificate");
    // The server's TLS files, in its data folder, owned by its user.
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("connects");
    let data: String = admin
        .query_one("SHOW data_directory", &[])
        .expect("data dir")
        .get(0);
    let owner = std::fs::metadata(&data).expect("data dir");
    for (from, to) in [(&crt, "server.crt"), (&key, "server.key")] {
        let target = std::path::Path::new(&data).join(to);
        std::fs::copy(from, &target).expect("copies");
        std::os::unix::fs::chown(&target, Some(owner.uid()), Some(owner.gid())).expect("chown");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).expect("mode");
    }
    admin
        .batch_execute("ALTER SYSTEM SET ssl = on")
        .expect("ssl on");
    admin
        .batch_execute("SELECT pg_reload_conf()")
        .expect("reload");
    std::thread::sleep(std::time::Duration::from_millis(500));
    let local = url.replace("127.0.0.1", "localhost");
    let with = |mode: &str, root: &std::path::Path| {
        env.cmd()
            .arg("--db")
            .arg(format!("{local}?sslmode={mode}"))
            .arg("init")
            .env("PGSSLROOTCERT", root)
            .write_stdin("")
            .output()
            .expect("runs")
    };
    let required = with("require", &other);
    assert!(required.status.success(), "{}", stderr(&required));
    let verified = with("verify-full", &crt);
    assert!(verified.status.success(), "{}", stderr(&verified));
    let refused = with("verify-full", &other);
    assert_eq!(refused.status.code(), Some(7), "{}", stderr(&refused));
    assert!(
        stderr(&refused).starts_with("error: cannot reach the database server"),
        "{}",
        stderr(&refused)
    );
    // The other tests on this server go on without TLS handshakes.
    admin
        .batch_execute("ALTER SYSTEM RESET ssl")
        .expect("ssl off");
    admin
        .batch_execute("SELECT pg_reload_conf()")
        .expect("reload");
}
