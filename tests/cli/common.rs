//! The test environment: a temporary folder with a database, and the
//! binary run with a cleared environment, a fixed "now" and no terminal.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

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

    /// A folder without a database.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("desk.db");
        TestEnv { dir, db }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The binary with a clean environment: no terminal, fixed clock and
    /// operator, `--db` pointing at this test's database.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("expatdesk").expect("binary");
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
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

/// stderr of an output as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
