//! A database file its user may not write, in a folder they may (SPEC §8):
//! reading commands work, writing ones exit 7 saying the database is
//! read-only, and nothing is written. Root ignores file modes, so as root
//! the binary runs as `nobody` (setpriv); otherwise a 0444 file is enough.
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{dump, run_all, sqlite_desk, READING, WRITING};
use crate::common::TestEnv;

const NOBODY: u32 = 65534;

/// How to run the binary as a user the file mode applies to.
pub(super) enum Runner {
    /// Not root: the binary as it is.
    Me,
    /// Root: `setpriv` to nobody, running this copy of the binary.
    Nobody(PathBuf),
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Every folder above `path` lets others through.
fn reachable(path: &Path) -> bool {
    path.ancestors()
        .skip(1)
        .all(|dir| std::fs::metadata(dir).is_ok_and(|m| m.permissions().mode() & 0o001 != 0))
}

impl Runner {
    /// The way to run `env`'s binary, with the test folder handed to
    /// nobody when root; `Err` says why the test cannot run here.
    pub(super) fn for_env(env: &TestEnv) -> Result<Runner, String> {
        if !is_root() {
            return Ok(Runner::Me);
        }
        let dir = env.dir.path();
        if !reachable(dir) {
            return Err(format!("nobody cannot reach {}", dir.display()));
        }
        let built = PathBuf::from(env!("CARGO_BIN_EXE_expatdesk"));
        let binary = if reachable(&built) {
            built
        } else {
            let copy = env.path("expatdesk");
            std::fs::copy(&built, &copy).map_err(|e| format!("cannot copy the binary: {e}"))?;
            copy
        };
        for entry in walk(dir) {
            std::os::unix::fs::chown(&entry, Some(NOBODY), Some(NOBODY))
                .map_err(|e| format!("cannot chown {}: {e}", entry.display()))?;
        }
        let runner = Runner::Nobody(binary);
        let probe = runner
            .command(env, &["--version"])
            .output()
            .map_err(|e| format!("cannot run setpriv: {e}"))?;
        if !probe.status.success() {
            return Err(format!(
                "the binary does not run as nobody: {}",
                String::from_utf8_lossy(&probe.stderr)
            ));
        }
        Ok(runner)
    }

    /// `env.std_cmd()` with `args`, as this runner's user.
    pub(super) fn command(&self, env: &TestEnv, args: &[&str]) -> Command {
        let mut base = env.std_cmd();
        base.args(args);
        let Runner::Nobody(binary) = self else {
            return base;
        };
        let mut cmd = Command::new("setpriv");
        let id = NOBODY.to_string();
        cmd.args(["--reuid", &id, "--regid", &id, "--clear-groups", "--"])
            .arg(binary)
            .args(base.get_args())
            .env_clear();
        for (key, value) in base.get_envs() {
            if let Some(value) = value {
                cmd.env(key, value);
            }
        }
        cmd.env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        if let Some(dir) = base.get_current_dir() {
            cmd.current_dir(dir);
        }
        cmd
    }
}

/// `dir` and everything in it.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut all = vec![dir.to_path_buf()];
    for entry in std::fs::read_dir(dir).expect("lists") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            all.extend(walk(&path));
        } else {
            all.push(path);
        }
    }
    all
}

pub(super) fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn a_read_only_database_reads_and_refuses_writes_with_exit_7() {
    let env = sqlite_desk();
    let runner = match Runner::for_env(&env) {
        Ok(runner) => runner,
        Err(why) => {
            eprintln!("SKIPPED a_read_only_database_reads_and_refuses_writes_with_exit_7: {why}");
            return;
        }
    };
    let before = dump(&env);
    set_mode(&env.db, 0o444);
    if matches!(runner, Runner::Me)
        && std::fs::OpenOptions::new()
            .write(true)
            .open(&env.db)
            .is_ok()
    {
        eprintln!(
            "SKIPPED a_read_only_database_reads_and_refuses_writes_with_exit_7: \
             a 0444 file is still writable for this user"
        );
        return;
    }
    let cmd = |args: &[&str]| runner.command(&env, args);
    for (args, code, _, stderr) in run_all(READING, cmd) {
        assert_eq!(code, Some(0), "{args} on a read-only file: {stderr}");
    }
    assert!(env.path("residents.csv").is_file() && env.path("copy.db").is_file());
    for (args, code, stdout, stderr) in run_all(WRITING, cmd) {
        assert_eq!(code, Some(7), "{args}: {stderr}");
        crate::common::assert_error_shape(&stderr);
        assert!(
            stderr.starts_with("error: the database is read-only"),
            "{args}: {stderr}"
        );
        assert!(stderr.contains("permissions"), "{args}: {stderr}");
        assert!(stdout.is_empty(), "{args}: {stdout}");
    }
    assert_eq!(dump(&env), before, "a refused command wrote something");

    // Writable again, writing works again: nothing the read-only runs
    // left beside the file (its WAL, its index) stands in the way.
    set_mode(&env.db, 0o600);
    let out = runner.command(&env, WRITING[0]).output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
