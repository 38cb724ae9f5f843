//! Damaged database files of several kinds: `check` exits 7 and says to
//! restore from a backup; every other command exits 7 with an `error:`
//! message (never a panic), and none of them changes the file.
//! `database.rs` has the basic cases (middle pages, not a database).
use std::path::Path;

use super::{run_all, READING, WRITING};
use crate::common::{assert_error_shape, stderr, TestEnv};

/// The demo database: every table populated, 300 KB or so.
fn demo(env: &TestEnv) -> Vec<u8> {
    let path = env.path("demo.db");
    env.stdout(&["demo", "--db", path.to_str().expect("utf-8")]);
    std::fs::read(&path).expect("reads the demo database")
}

/// Ways a file gets damaged: a copy cut short, one cut to nothing,
/// garbage over the middle pages, garbage over the header.
fn damages(good: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    let len = good.len();
    let mut middle = good.to_vec();
    middle[len / 4..len * 3 / 4].fill(0xA5);
    let mut header = good.to_vec();
    header[..100].copy_from_slice(&[0x5A; 100]);
    vec![
        ("truncated", good[..len / 2].to_vec()),
        ("truncated to nothing", Vec::new()),
        ("garbage over the middle", middle),
        ("garbage over the header", header),
    ]
}

/// Runs `commands` on `path` at once; each exits 7 with an error that
/// says the file is damaged (or empty) and never panics, and the file is
/// unchanged.
fn all_refused(env: &TestEnv, path: &Path, kind: &str, commands: &[&[&str]]) {
    let before = std::fs::read(path).expect("reads");
    let db = path.to_str().expect("utf-8");
    let results = run_all(commands, |args| {
        let mut cmd = env.std_cmd();
        cmd.args(["--db", db]).args(args);
        cmd
    });
    for (args, code, stdout, stderr) in results {
        assert_eq!(code, Some(7), "{kind}: {args}: {stderr}");
        assert_error_shape(&stderr);
        assert!(stdout.is_empty(), "{kind}: {args} printed {stdout}");
        assert!(
            stderr.contains("damaged") || stderr.contains("empty"),
            "{kind}: {args}: {stderr}"
        );
        assert!(stderr.contains("backup"), "{kind}: {args}: {stderr}");
    }
    assert!(
        std::fs::read(path).expect("reads") == before,
        "{kind}: the file was changed"
    );
}

/// `check` on `path`: exit 7, and the way out is a backup.
fn check_says_restore(env: &TestEnv, path: &Path, kind: &str) {
    let out = env.output(&["--db", path.to_str().expect("utf-8"), "check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(7), "check, {kind}: {err}");
    assert_error_shape(&err);
    assert!(
        err.contains("restore") && err.contains("expatdesk backup"),
        "check, {kind}: {err}"
    );
}

#[test]
fn damaged_files_are_exit_7_for_every_command() {
    let env = TestEnv::empty();
    let good = demo(&env);
    env.write(
        "new.csv",
        "family_name,nationality,community\nNovak,CZ,Green Court\n",
    );
    let path = env.path("damaged.db");
    let mut commands: Vec<&[&str]> = READING.to_vec();
    commands.extend_from_slice(WRITING);
    for (kind, bytes) in damages(&good) {
        std::fs::write(&path, &bytes).expect("writes the damaged file");
        check_says_restore(&env, &path, kind);
        all_refused(&env, &path, kind, &commands);
        assert!(
            !env.path("copy.db").exists(),
            "{kind}: a backup of a damaged file"
        );
        assert!(!env.path("residents.csv").exists(), "{kind}: an export");
    }
}

#[test]
fn a_wrecked_table_page_is_found_by_check_and_by_the_commands_that_read_it() {
    let env = TestEnv::empty();
    let mut bytes = demo(&env);
    let demo_db = env.path("demo.db");
    let (root, page_size): (usize, usize) = rusqlite::Connection::open(&demo_db)
        .expect("opens")
        .query_row(
            "SELECT rootpage, (SELECT page_size FROM pragma_page_size) \
             FROM sqlite_master WHERE name = 'residents'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the residents table's root page");
    // The file may have changed when the connection closed.
    bytes = std::fs::read(&demo_db).map_or(bytes, |b| b);
    bytes[(root - 1) * page_size..root * page_size].fill(0xA5);
    let path = env.path("damaged.db");
    std::fs::write(&path, &bytes).expect("writes");
    check_says_restore(&env, &path, "a wrecked page");
    // The file still opens: `check` names it and what it found, and
    // `backup` will not pass the damage on as a good copy.
    let db = path.to_str().expect("utf-8");
    let err = env.fails(&["--db", db, "check"], 7);
    // One complete line per finding, each naming the file; no line is a
    // heading for the next (it used to read "error: … error: integrity").
    assert!(
        err.contains("damaged.db: the integrity check stopped: "),
        "{err}"
    );
    for line in err.lines() {
        assert!(
            line.starts_with("error: ") || line.starts_with("hint: "),
            "{err}"
        );
        assert_eq!(
            line.matches("error:").count(),
            line.starts_with("error:") as usize,
            "{err}"
        );
        assert!(!line.ends_with(':'), "a heading line: {err}");
    }
    let err = env.fails(&["--db", db, "backup", "copy.db"], 7);
    assert!(err.contains("no backup was written"), "{err}");
    assert!(!env.path("copy.db").exists(), "a backup of a damaged file");
    env.write(
        "new.csv",
        "family_name,nationality,community\nNovak,CZ,Green Court\n",
    );
    // A sensitive export records its audit entry before reading (the
    // attempt is audited), so it is the one command that writes here.
    let sensitive: &[&str] = &["resident", "export", "--include-sensitive"];
    let residents: Vec<&[&str]> = READING
        .iter()
        .chain(WRITING)
        .filter(|args| args[0] == "resident" || args.starts_with(&["report", "residents"]))
        .filter(|args| **args != sensitive)
        .copied()
        .collect();
    assert!(residents.len() >= 10, "{residents:?}");
    all_refused(&env, &path, "a wrecked page", &residents);
    let mut args = vec!["--db", path.to_str().expect("utf-8")];
    args.extend_from_slice(sensitive);
    env.fails(&args, 7);
}
