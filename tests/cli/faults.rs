//! Faults with real processes and files (issue 7): kills, races, locks,
//! a full disk, a read-only file, a damaged file, backup under load.
//! Shared here: a seeded random source for kill points, SIGKILL at a
//! moment, and the database file restored between rounds.
#![cfg(unix)]

mod backup;
mod busy;
mod damaged;
pub mod full;
mod hang;
mod kill;
mod leftovers;
mod race;
mod readonly;
mod readonly_mount;
mod recheck;
mod stderr;

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::TestEnv;

/// SplitMix64: a small seeded generator, so a failing run can be replayed
/// with `EXPATDESK_FAULT_SEED`.
pub struct Rng(u64);

impl Rng {
    /// `EXPATDESK_FAULT_SEED` if set, else `seed`; printed either way.
    pub fn seeded(test: &str, seed: u64) -> Self {
        let seed = std::env::var("EXPATDESK_FAULT_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(seed);
        eprintln!("{test}: seed {seed} (replay with EXPATDESK_FAULT_SEED={seed})");
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A moment in `0..=limit`, to the microsecond.
    pub fn moment(&mut self, limit: Duration) -> Duration {
        let micros = u64::try_from(limit.as_micros()).unwrap_or(u64::MAX).max(1);
        Duration::from_micros(self.next() % (micros + 1))
    }
}

/// How a run that was to be killed ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Killed,
    /// It finished (successfully) before the kill.
    Finished,
}

/// Runs `cmd` (no stdin, output discarded), SIGKILLs it after `delay` if
/// it is still running, and reaps it. A run that ended first must have
/// succeeded.
pub fn kill_after(mut cmd: Command, delay: Duration) -> Ending {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    std::thread::sleep(delay);
    if let Some(status) = child.try_wait().expect("waits") {
        assert!(
            status.success(),
            "{cmd:?} ended with {status} before the kill"
        );
        return Ending::Finished;
    }
    child.kill().expect("SIGKILL");
    let status = child.wait().expect("reaped");
    if status.signal() == Some(9) {
        Ending::Killed
    } else {
        // It ended between the check and the kill.
        assert!(status.success(), "{cmd:?} ended with {status}");
        Ending::Finished
    }
}

/// The database file as it is with no process attached: every
/// connection closed, so the WAL has been checkpointed into the file.
pub fn db_bytes(env: &TestEnv) -> Vec<u8> {
    assert!(
        !sidecar(&env.db, "-wal").exists(),
        "a WAL is left: a process still has the database open"
    );
    std::fs::read(&env.db).expect("reads the database")
}

/// Puts `bytes` back as the database, without WAL, index or journal.
pub fn restore_db(env: &TestEnv, bytes: &[u8]) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(sidecar(&env.db, suffix));
    }
    std::fs::write(&env.db, bytes).expect("restores the database");
}

/// `desk.db` → `desk.db-wal` and the like.
pub fn sidecar(db: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// A desk with some of everything: residents 1–2 added, 3–4 imported
/// (batch 1), course 1 (three weekly sessions, five seats) with resident 1
/// enrolled, feedback 1 from resident 1, notice 1; `new.csv` holds two
/// residents not yet imported. On a SQLite file whatever the run: the
/// fault tests hold locks on it, make it read-only, fill its disk.
pub fn sqlite_desk() -> TestEnv {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Tanaka", &["--passport-number", "E12345678"]);
    env.add_resident("Okafor", &["--given-name", "Chidi"]);
    let header = "external_id,family_name,nationality,community\n";
    env.write(
        "batch.csv",
        format!("{header}B-1,Weber,DE,Green Court\nB-2,Rossi,IT,Green Court\n"),
    );
    env.imports(&["batch.csv"]);
    env.write(
        "new.csv",
        format!("{header}N-1,Novak,CZ,Green Court\nN-2,Silva,BR,Green Court\n"),
    );
    env.add_weekly_course("2026-12-01 18:30", "5");
    for args in [
        &["course", "enroll", "1", "1"][..],
        &[
            "feedback",
            "log",
            "--resident",
            "1",
            "--category",
            "housing",
            "--channel",
            "walk-in",
            "--subject",
            "Broken lift",
        ],
        &[
            "notice",
            "add",
            "--title-en",
            "Lift repair",
            "--title-zh",
            "电梯维修",
            "--body-en",
            "The lift is out of order.",
            "--body-zh",
            "电梯停用。",
        ],
    ] {
        env.run(args).success();
    }
    env
}

/// Commands that only read the database (some write a file of their own
/// into the working folder: `-o`, `backup`).
pub const READING: &[&[&str]] = &[
    &["resident", "list"],
    &["resident", "show", "1"],
    &["resident", "find", "tanaka"],
    &["resident", "export"],
    &["resident", "export", "-o", "residents.csv"],
    &["course", "list"],
    &["course", "show", "1"],
    &["schedule", "--from", "2026-12-01", "--to", "2026-12-31"],
    &["enrollment", "export"],
    &["attendance", "export"],
    &["feedback", "list"],
    &["feedback", "show", "1"],
    &["feedback", "export"],
    &["notice", "list"],
    &["notice", "show", "1"],
    &["notice", "recipients", "1"],
    &["report", "residents", "--by", "nationality"],
    &["report", "courses"],
    &["report", "feedback", "--by", "status"],
    &["report", "monthly", "--month", "2026-11"],
    &["report", "registrations"],
    &["today"],
    &["audit", "list"],
    &["batch", "list"],
    &["community", "list"],
    &["department", "list"],
    &["check"],
    &["backup", "copy.db"],
];

/// Commands that write to the database, each of which would succeed on
/// `desk()` (a reveal and the sensitive and subject exports write to the
/// audit log).
pub const WRITING: &[&[&str]] = &[
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
    &["resident", "edit", "1", "--notes", "changed"],
    &["resident", "move-out", "2"],
    &["resident", "register-residence", "1"],
    &["resident", "erase", "2", "-y"],
    &["resident", "import", "new.csv"],
    &["resident", "show", "1", "--reveal"],
    &["resident", "export", "--include-sensitive"],
    &["resident", "export", "--subject", "1"],
    &["batch", "undo", "1", "-y"],
    &[
        "course",
        "add",
        "--title",
        "Tea",
        "--category",
        "tea",
        "--start",
        "2026-12-02 18:30",
        "--duration",
        "1h",
    ],
    &["course", "enroll", "1", "2"],
    &["course", "drop", "1", "1"],
    &["course", "attend", "1", "1"],
    &["course", "reschedule", "3", "--start", "2026-12-15 20:00"],
    &["course", "cancel", "1", "--session", "2"],
    &[
        "feedback",
        "log",
        "--anonymous",
        "--category",
        "traffic",
        "--channel",
        "phone",
        "--subject",
        "Bus stop",
    ],
    &["feedback", "forward", "1", "--to", "housing"],
    &["feedback", "respond", "1", "--response", "Repaired"],
    &[
        "notice",
        "add",
        "--title-en",
        "Tea",
        "--title-zh",
        "茶",
        "--body-en",
        "Tea at three.",
        "--body-zh",
        "三点喝茶。",
    ],
    &["community", "add", "Lakeside"],
    &[
        "department",
        "add",
        "parks",
        "--name",
        "Parks office",
        "--name-zh",
        "园林局",
    ],
];

/// Every row of every table, as text: "nothing was written" compares two.
/// Read through a read-only connection, which leaves the files beside the
/// database (WAL, index) as it found them.
pub fn dump(env: &TestEnv) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(&env.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("opens read-only");
    let mut tables = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .expect("lists tables");
    let names: Vec<String> = tables
        .query_map([], |r| r.get(0))
        .expect("queries")
        .collect::<rusqlite::Result<_>>()
        .expect("names");
    let mut out = String::new();
    for name in names {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{name}\""))
            .expect("prepares");
        let width = stmt.column_count();
        let mut rows = stmt.query([]).expect("queries");
        out.push_str(&format!("[{name}]\n"));
        while let Some(row) = rows.next().expect("reads") {
            let cells: Vec<String> = (0..width)
                .map(|i| format!("{:?}", row.get_ref(i).expect("cell")))
                .collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    out
}

/// Runs every command of `commands` at once, each in its own process;
/// returns (arguments, exit code, stdout, stderr) in the same order.
pub fn run_all(
    commands: &[&[&str]],
    mut cmd: impl FnMut(&[&str]) -> Command,
) -> Vec<(String, Option<i32>, String, String)> {
    let children: Vec<_> = commands
        .iter()
        .map(|args| {
            let child = cmd(args)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("starts");
            (args.join(" "), child)
        })
        .collect();
    children
        .into_iter()
        .map(|(args, child)| {
            let out = child.wait_with_output().expect("waits");
            (
                args,
                out.status.code(),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        })
        .collect()
}

/// `check` exits 0 on `env`'s database.
pub fn check_passes(env: &TestEnv) {
    let out = env.output(&["check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "check: {}",
        crate::common::stderr(&out)
    );
}

/// The lists are what they say: on a free, writable, whole `desk()`, every
/// command of them succeeds, so a fault test's exit code is the fault's.
#[test]
fn every_listed_command_succeeds_on_a_healthy_desk() {
    let env = sqlite_desk();
    let pristine = db_bytes(&env);
    for args in WRITING {
        restore_db(&env, &pristine);
        let out = env.output(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            crate::common::stderr(&out)
        );
    }
    restore_db(&env, &pristine);
    let before = dump(&env);
    for (args, code, _, stderr) in run_all(READING, |args| {
        let mut cmd = env.std_cmd();
        cmd.args(args);
        cmd
    }) {
        assert_eq!(code, Some(0), "{args}: {stderr}");
    }
    assert_eq!(dump(&env), before, "a reading command wrote");
}
