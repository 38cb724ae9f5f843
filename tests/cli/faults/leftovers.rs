//! What a failed or killed `backup` or `-o` export leaves beside its
//! target (issue 11.12, SPEC §8): once the next command has run, nothing
//! but the old or the new target — no temporary copy of the database, no
//! `-journal`, no half-written export.
use std::path::Path;
use std::time::Instant;

use super::full::{fill, Tmpfs};
use super::{kill_after, Ending, Rng};
use crate::common::{stderr, TestEnv};
use crate::generate;

/// Kill rounds per command.
const ROUNDS: usize = 12;

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A database of a few megabytes, so a backup or export takes a while.
fn big_desk() -> TestEnv {
    big_desk_in(TestEnv::with_community())
}

/// `big_desk`, on a SQLite file whatever the run: for the tests that look
/// at the file or write behind the program's back.
fn sqlite_big_desk() -> TestEnv {
    big_desk_in(TestEnv::sqlite_with_community())
}

fn big_desk_in(env: TestEnv) -> TestEnv {
    env.write("people.csv", generate::file(8_000));
    env.imports(&["people.csv"]);
    std::fs::create_dir(env.path("out")).expect("creates out/");
    env
}

/// Kills `args` (writing `out/NAME`) at random moments; after each kill
/// the next run of the same command completes, and then `out/` holds
/// `NAME` alone, whole. Returns how many kills left a file behind.
fn killed_then_next(env: &TestEnv, rng: &mut Rng, args: &[&str], name: &str) -> usize {
    let out = env.path("out");
    let start = Instant::now();
    let first = env.output(args);
    assert!(first.status.success(), "{args:?}: {}", stderr(&first));
    let full = start.elapsed();
    let (mut killed, mut left) = (0, 0);
    for round in 0..ROUNDS {
        let delay = rng.moment(full + full / 4);
        let mut cmd = env.std_cmd();
        cmd.args(args);
        let ending = kill_after(cmd, delay);
        killed += usize::from(ending == Ending::Killed);
        let after_kill = names(&out);
        left += usize::from(after_kill.len() > 1);
        let next = env.output(args);
        assert!(next.status.success(), "round {round}: {}", stderr(&next));
        assert_eq!(
            names(&out),
            [name],
            "round {round}, killed after {delay:?} ({ending:?}), left {after_kill:?}"
        );
    }
    eprintln!("{args:?}: {killed} of {ROUNDS} killed, {left} left files the next run removed");
    assert!(killed > 0, "no round killed {args:?}");
    left
}

#[test]
fn killed_backups_leave_no_copy_once_the_next_backup_has_run() {
    let mut rng = Rng::seeded("killed backups", 0xBAC0B);
    let env = big_desk();
    let copy = env.path("out/copy.db");
    let copy = copy.to_str().expect("utf-8");
    killed_then_next(&env, &mut rng, &["backup", copy], "copy.db");
    env.stdout(&["--db", copy, "check"]);
}

#[test]
fn killed_exports_leave_no_temporary_file_once_the_next_export_has_run() {
    let mut rng = Rng::seeded("killed exports", 0xE0E0E);
    let env = big_desk();
    let args = ["resident", "export", "-o", "out/residents.csv"];
    killed_then_next(&env, &mut rng, &args, "residents.csv");
    let written = std::fs::read_to_string(env.path("out/residents.csv")).expect("reads");
    assert_eq!(written, env.export());
}

#[test]
fn a_temporary_file_of_a_dead_run_is_removed_but_a_live_ones_is_kept() {
    let env = sqlite_big_desk();
    let out = env.path("out");
    // What a killed run leaves: its file and SQLite's journal, under the
    // pid of a process that is gone (above the kernel's pid limit).
    for name in [
        ".expatdesk-4194305-Ab12Cd.tmp",
        ".expatdesk-4194305-Ab12Cd.tmp-journal",
    ] {
        std::fs::write(out.join(name), "personal data").expect("writes");
    }
    // A file of another program with a similar name stays.
    std::fs::write(out.join(".expatdesk-notes.tmp"), "mine").expect("writes");
    env.run(&["backup", "out/copy.db"]).success();
    assert_eq!(names(&out), [".expatdesk-notes.tmp", "copy.db"]);
    // Beside the database, any command that opens it cleans up.
    let beside = env.path(".expatdesk-4194305-Zz98Yx.tmp");
    std::fs::write(&beside, "personal data").expect("writes");
    env.run(&["resident", "list", "--limit", "1"]).success();
    assert!(!beside.exists(), "left beside the database");
}

#[test]
fn a_disk_that_fills_during_a_backup_leaves_no_journal_or_copy() {
    let env = sqlite_big_desk();
    let fs = env.path("fs");
    let _tmpfs = match Tmpfs::mount(&fs, "8m") {
        Ok(tmpfs) => tmpfs,
        Err(why) => {
            eprintln!("SKIPPED a_disk_that_fills_during_a_backup_leaves_no_journal_or_copy: {why}");
            return;
        }
    };
    let size = std::fs::metadata(&env.db).expect("db").len();
    assert!(size > 2 << 20, "the database is only {size} bytes");
    std::fs::write(fs.join("copy.db"), "yesterday's copy").expect("writes");
    let filler = fill(&fs);
    // Room for a part of the copy only.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&filler)
        .expect("opens");
    let len = file.metadata().expect("meta").len();
    file.set_len(len.saturating_sub(1 << 20))
        .expect("frees 1 MiB");
    drop(file);
    let target = fs.join("copy.db");
    let target = target.to_str().expect("utf-8");
    let err = env.fails(&["backup", target], 7);
    assert!(
        err.contains("disk is full") || err.contains("No space"),
        "{err}"
    );
    assert_eq!(names(&fs), ["copy.db", "filler"]);
    assert_eq!(
        std::fs::read_to_string(fs.join("copy.db")).expect("kept"),
        "yesterday's copy"
    );
    std::fs::remove_file(&filler).expect("frees the space");
    env.run(&["backup", target]).success();
    assert_eq!(names(&fs), ["copy.db"]);
    env.stdout(&["--db", target, "check"]);
}
