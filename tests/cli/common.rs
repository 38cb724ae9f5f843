//! The test environment: a temporary folder with a database, and the
//! binary run with a cleared environment, a fixed "now" and no terminal.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, ExitStatus, Output};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use tempfile::TempDir;

/// "Now" in every test: Friday 2026-11-27, 09:30 in Shanghai.
pub const NOW: &str = "2026-11-27T09:30:00+08:00";

pub struct TestEnv {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl TestEnv {
    /// A folder with an initialised, empty database.
    pub fn new() -> Self {
        let env = Self::empty();
        env.run(&["init"]).success();
        env
    }

    /// An initialised database with one community, "Green Court".
    pub fn with_community() -> Self {
        let env = Self::new();
        env.run(&["community", "add", "Green Court", "--name-zh", "绿庭"])
            .success();
        env
    }

    /// A folder without a database. Under `EXPATDESK_TEST_PG=1` the
    /// database is a new, empty one on the test server instead (SPEC §10:
    /// the suite runs against both backends).
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = match crate::pgserver::requested()
            .then(crate::pgserver::new_database)
            .flatten()
        {
            Some(url) => PathBuf::from(url),
            None => dir.path().join("desk.db"),
        };
        TestEnv { dir, db }
    }

    /// A folder without a database, which will be a SQLite file whatever
    /// the run: for the tests about the file itself (its modes, journal,
    /// locks, damage) or that write behind the program's back.
    pub fn sqlite_empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("desk.db");
        TestEnv { dir, db }
    }

    /// `new`, on a SQLite file whatever the run.
    pub fn sqlite() -> Self {
        let env = Self::sqlite_empty();
        env.run(&["init"]).success();
        env
    }

    /// `with_community`, on a SQLite file whatever the run.
    pub fn sqlite_with_community() -> Self {
        let env = Self::sqlite();
        env.run(&["community", "add", "Green Court", "--name-zh", "绿庭"])
            .success();
        env
    }

    /// Is this test's database on the PostgreSQL server?
    pub fn on_postgres(&self) -> bool {
        self.db.to_string_lossy().starts_with("postgres://")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The binary with a clean environment: no terminal, fixed clock and
    /// operator, `--db` pointing at this test's database.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// `cmd` as a plain `std::process::Command`, for tests that manage the
    /// child's pipes themselves.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_expatdesk"));
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("xdg"))
            .env("EXPATDESK_NOW", NOW)
            .env("EXPATDESK_OPERATOR", "tester")
            .env("EXPATDESK_DB", &self.db)
            .current_dir(self.dir.path());
        cmd
    }

    /// Runs with these arguments and closed stdin.
    pub fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd().args(args).write_stdin("").assert()
    }

    pub fn output(&self, args: &[&str]) -> Output {
        self.cmd()
            .args(args)
            .write_stdin("")
            .output()
            .expect("runs")
    }

    /// stdout of a successful run.
    pub fn stdout(&self, args: &[&str]) -> String {
        let out = self.output(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// `resident add` with exactly these flags; returns the new id.
    pub fn add(&self, flags: &[&str]) -> i64 {
        let mut args = vec!["resident", "add", "--format", "json"];
        args.extend_from_slice(flags);
        let value: serde_json::Value = serde_json::from_str(&self.stdout(&args)).expect("json");
        value["id"].as_i64().expect("id")
    }

    /// Adds a resident with the given extra flags; returns the new id.
    pub fn add_resident(&self, family: &str, extra: &[&str]) -> i64 {
        let mut args = vec![
            "resident",
            "add",
            "--family-name",
            family,
            "--nationality",
            "DE",
            "--community",
            "Green Court",
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        let out = self.stdout(&args);
        let value: serde_json::Value = serde_json::from_str(&out).expect("json");
        value["id"].as_i64().expect("id")
    }

    /// Adds "Mandarin" (language, Room 2): three weekly sessions of 90
    /// minutes from `start` ("YYYY-MM-DD HH:MM"), with `capacity` seats.
    pub fn add_weekly_course(&self, start: &str, capacity: &str) {
        self.run(&[
            "course",
            "add",
            "--title",
            "Mandarin",
            "--title-zh",
            "汉语",
            "--category",
            "language",
            "--start",
            start,
            "--duration",
            "90m",
            "--repeat",
            "weekly",
            "--count",
            "3",
            "--venue",
            "Room 2",
            "--capacity",
            capacity,
        ])
        .success();
    }

    /// Runs a command that must fail with exit `code`: nothing on stdout,
    /// and stderr an error the spec's way (no panic, no backtrace). Returns
    /// stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.output(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert_error_shape(&err);
        assert!(
            out.stdout.is_empty(),
            "{args:?} failed but wrote to stdout: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        err
    }

    /// stdout of a successful run with `--format csv`.
    pub fn csv(&self, args: &[&str]) -> String {
        let mut all = args.to_vec();
        all.extend(["--format", "csv"]);
        self.stdout(&all)
    }

    /// stdout of a successful run with `--format json`, parsed.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.stdout(&all)).expect("json")
    }

    /// The ids of a CSV listing, in order.
    pub fn ids(&self, args: &[&str]) -> Vec<i64> {
        let csv = self.csv(args);
        csv.lines()
            .skip(1)
            .map(|line| line.split(',').next().unwrap_or("").parse().expect("id"))
            .collect()
    }

    /// A direct SQLite connection to this test's database. On the
    /// PostgreSQL run: to a fresh `backup` of it (the same schema), for
    /// reading; a test that writes behind the program's back or holds a
    /// lock runs on a SQLite file in both runs (`TestEnv::sqlite`).
    pub fn sql(&self) -> rusqlite::Connection {
        if self.on_postgres() {
            use std::sync::atomic::{AtomicU32, Ordering};
            static SNAPSHOTS: AtomicU32 = AtomicU32::new(0);
            // Outside the test's folder, which some tests list; the open
            // connection keeps the file after its folder is removed.
            let n = SNAPSHOTS.fetch_add(1, Ordering::Relaxed);
            let dir = tempfile::tempdir().expect("temp dir");
            let copy = dir.path().join(format!("snapshot-{n}.db"));
            self.cmd()
                .arg("backup")
                .arg(&copy)
                .write_stdin("")
                .assert()
                .success();
            return rusqlite::Connection::open(copy).expect("opens the snapshot");
        }
        rusqlite::Connection::open(&self.db).expect("opens")
    }

    /// Writes `contents` to `name` in the test folder.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) {
        std::fs::write(self.path(name), contents).expect("writes");
    }

    /// Copies `tests/fixtures/NAME` into the test folder, so messages name
    /// it as `NAME`.
    pub fn fixture(&self, name: &str) {
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        std::fs::copy(&source, self.path(name)).expect("fixture copied");
    }

    /// `resident export` (every status, no sensitive columns): the bytes.
    pub fn export(&self) -> String {
        self.stdout(&["resident", "export"])
    }

    /// What an import may change, for "nothing was written": every
    /// resident, every batch and every community.
    pub fn state(&self) -> String {
        [
            self.export(),
            self.csv(&["batch", "list"]),
            self.csv(&["community", "list"]),
        ]
        .join("\n")
    }

    /// Runs with these arguments and `input` on stdin.
    pub fn output_with_stdin(&self, args: &[&str], input: &[u8]) -> Output {
        self.cmd()
            .args(args)
            .write_stdin(input.to_vec())
            .output()
            .expect("runs")
    }

    /// `resident import ARGS…` that must succeed with nothing on stdout;
    /// returns stderr (the summary line).
    pub fn imports(&self, args: &[&str]) -> String {
        let mut all = vec!["resident", "import"];
        all.extend_from_slice(args);
        let out = self.output(&all);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{all:?}: {err}");
        assert_no_panic(&err);
        assert!(out.stdout.is_empty(), "an import prints nothing on stdout");
        err
    }

    /// `resident import ARGS…` that must fail with exit `code` and change
    /// nothing (residents, batches, communities); returns stderr.
    pub fn import_refused(&self, args: &[&str], code: i32) -> String {
        let before = self.state();
        let mut all = vec!["resident", "import"];
        all.extend_from_slice(args);
        let err = self.fails(&all, code);
        assert_eq!(self.state(), before, "{all:?} wrote something");
        err
    }

    /// This folder's path as it shows in messages, for snapshots.
    pub fn redact(&self, text: &str) -> String {
        text.replace(&self.dir.path().display().to_string(), "[DIR]")
    }
}

/// An error on stderr: `error: …` lines first, never a Rust panic.
pub fn assert_error_shape(err: &str) {
    assert!(err.starts_with("error: "), "not an error message: {err}");
    assert_no_panic(err);
}

pub fn assert_no_panic(text: &str) {
    assert!(
        !text.contains("panicked") && !text.contains("RUST_BACKTRACE"),
        "a panic reached the user: {text}"
    );
}

/// Waits for `child` at most `limit`; kills it and returns `None` if it
/// is still running then (a command that waits on stdin would).
pub fn wait_at_most(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("waits") {
            return Some(status);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

/// stderr of an output as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
