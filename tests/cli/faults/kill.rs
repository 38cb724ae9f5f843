//! SIGKILL at random moments of an import, an enrollment and an `-o`
//! export. Each round starts from the same database file; afterwards the
//! database is exactly as before or exactly as after (never in between)
//! and `check` passes; an `-o` file is the old one, the complete new one,
//! or absent if there was none. `interrupt.rs` kills imports at chosen
//! points of the write pass; these rounds cover every phase.
use std::time::{Duration, Instant};

use super::{check_passes, db_bytes, kill_after, restore_db, Ending, Rng};
use crate::common::{stderr, TestEnv};
use crate::generate;

/// Kill points per command.
const ROUNDS: usize = 6;

/// Runs `args` to the end once from the current database and returns how
/// long it took; the caller restores the file afterwards.
fn timed_run(env: &TestEnv, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = env.output(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    start.elapsed()
}

/// Kills `args` at `ROUNDS` random moments between its start and a bit
/// past its uninterrupted run time, from the same database each time;
/// `state` must then be `before` or `after`. Returns how many runs were
/// killed and how many ended as after.
fn kill_rounds(
    env: &TestEnv,
    rng: &mut Rng,
    args: &[&str],
    state: impl Fn(&TestEnv) -> String,
) -> (usize, usize) {
    let pristine = db_bytes(env);
    let before = state(env);
    // The shorter of two runs: a first run slowed by a busy machine (the
    // rest of the suite runs beside it) would put every kill past the end.
    let first = timed_run(env, args);
    restore_db(env, &pristine);
    let full = first.min(timed_run(env, args));
    let after = state(env);
    assert_ne!(before, after, "{args:?} changed nothing");
    let (mut killed, mut as_after) = (0, 0);
    for round in 0..ROUNDS {
        restore_db(env, &pristine);
        let delay = rng.moment(full + full / 4);
        let mut cmd = env.std_cmd();
        cmd.args(args);
        let ending = kill_after(cmd, delay);
        killed += usize::from(ending == Ending::Killed);
        check_passes(env);
        let now = state(env);
        if now == after {
            as_after += 1;
        } else {
            // Not `assert_eq!`: the states run to megabytes.
            assert!(
                now == before,
                "{} {} killed after {delay:?} (round {round}, {ending:?}): neither before nor after",
                args[0],
                args[1]
            );
            assert_eq!(ending, Ending::Killed, "finished but not as after");
        }
    }
    restore_db(env, &pristine);
    eprintln!(
        "{} {} …: {killed} of {ROUNDS} killed, {as_after} as after",
        args[0], args[1]
    );
    (killed, as_after)
}

/// Residents, batches, communities and the audit log.
fn import_state(env: &TestEnv) -> String {
    format!("{}\n{}", env.state(), env.csv(&["audit", "list"]))
}

#[test]
fn imports_killed_at_random_moments_are_all_or_nothing() {
    let mut rng = Rng::seeded("imports", 0x1A2B_3C4D);
    // Into a populated database (WAL) and an empty one (the bulk path,
    // with a rollback journal).
    for populated in [true, false] {
        let env = TestEnv::sqlite_with_community();
        if populated {
            env.add_resident("Tanaka", &["--external-id", "T-1"]);
            env.add_resident("Lund", &["--notes", "two\nlines"]);
        }
        env.write("big.csv", generate::file(4_000));
        let (killed, _) = kill_rounds(&env, &mut rng, &["resident", "import", "big.csv"], |e| {
            import_state(e)
        });
        assert!(killed > 0, "no round killed the import");
    }
}

/// `enrollment export` rows: (resident_id, status, position).
fn roster(env: &TestEnv) -> Vec<(String, String, String)> {
    env.csv(&["enrollment", "export"])
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            (f[2].to_string(), f[4].to_string(), f[5].to_string())
        })
        .collect()
}

/// SPEC §9 enrollment: at most `capacity` seats, each resident once,
/// enrolled rows without a position, waitlist positions 1..n.
fn assert_roster_invariants(env: &TestEnv, capacity: usize) {
    let rows = roster(env);
    let mut residents: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    residents.sort_unstable();
    residents.dedup();
    assert_eq!(
        residents.len(),
        rows.len(),
        "a resident twice on the roster"
    );
    let enrolled: Vec<_> = rows.iter().filter(|r| r.1 == "enrolled").collect();
    assert!(enrolled.len() <= capacity, "{} seats taken", enrolled.len());
    assert!(
        enrolled.iter().all(|r| r.2.is_empty()),
        "enrolled with a position"
    );
    let mut positions: Vec<usize> = rows
        .iter()
        .filter(|r| r.1 == "waitlisted")
        .map(|r| r.2.parse().expect("a position"))
        .collect();
    positions.sort_unstable();
    assert!(
        positions.iter().copied().eq(1..=positions.len()),
        "waitlist positions {positions:?}"
    );
}

#[test]
fn enrollments_killed_at_random_moments_are_all_or_nothing() {
    const CAPACITY: usize = 20;
    let mut rng = Rng::seeded("enrollments", 0x5EA7_5EA7);
    let env = TestEnv::sqlite_with_community();
    env.write("people.csv", generate::file(1_500));
    env.imports(&["people.csv"]);
    env.add_weekly_course("2026-12-01 18:30", &CAPACITY.to_string());
    // Seats taken and a waitlist already: 20 enrolled, 5 waiting.
    let first: Vec<String> = (1..=25).map(|i| i.to_string()).collect();
    let mut args = vec!["course", "enroll", "1"];
    args.extend(first.iter().map(String::as_str));
    env.run(&args).success();
    let rest: Vec<String> = (26..=1_500).map(|i| i.to_string()).collect();
    let mut args = vec!["course", "enroll", "1"];
    args.extend(rest.iter().map(String::as_str));
    let state = |e: &TestEnv| {
        assert_roster_invariants(e, CAPACITY);
        format!(
            "{}\n{}",
            e.csv(&["enrollment", "export"]),
            e.csv(&["audit", "list"])
        )
    };
    let (killed, _) = kill_rounds(&env, &mut rng, &args, state);
    assert!(killed > 0, "no round killed the enrollment");
}

/// What is in the test folder besides the database and the input.
fn leftovers(env: &TestEnv) -> Vec<String> {
    std::fs::read_dir(env.dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".expatdesk"))
        .collect()
}

#[test]
fn exports_killed_at_random_moments_leave_the_old_file_or_the_whole_new_one() {
    let mut rng = Rng::seeded("exports", 0xE0_0E);
    let env = TestEnv::with_community();
    env.write("people.csv", generate::file(5_000));
    env.imports(&["people.csv"]);
    let args = ["resident", "export", "-o", "out.csv"];
    let full = timed_run(&env, &args);
    let out = env.path("out.csv");
    let new = std::fs::read(&out).expect("exported");
    assert_eq!(new, env.export().into_bytes(), "the same export as stdout");
    let old = b"id,family_name\n1,Yesterday\n".to_vec();
    let (mut killed, mut absent, mut kept) = (0, 0, 0);
    for round in 0..ROUNDS * 2 {
        // Every other round over an existing file.
        let had_file = round % 2 == 1;
        if had_file {
            std::fs::write(&out, &old).expect("writes the old file");
        } else {
            let _ = std::fs::remove_file(&out);
        }
        let delay = rng.moment(full + full / 4);
        let mut cmd = env.std_cmd();
        cmd.args(args);
        let ending = kill_after(cmd, delay);
        killed += usize::from(ending == Ending::Killed);
        match std::fs::read(&out) {
            Ok(bytes) if bytes == new => {}
            Ok(bytes) if had_file && bytes == old => kept += 1,
            Ok(bytes) => panic!(
                "round {round}, killed after {delay:?}: out.csv is {} bytes of {}, had_file {had_file}",
                bytes.len(),
                new.len()
            ),
            Err(_) if !had_file && ending == Ending::Killed => absent += 1,
            Err(e) => panic!("round {round}: out.csv is gone ({e}), had_file {had_file}"),
        }
    }
    eprintln!(
        "exports: {killed} killed, {absent} left no file, {kept} kept the old one, \
         temporary files left by SIGKILL: {:?}",
        leftovers(&env)
    );
    assert!(killed > 0, "no round killed the export");
    check_passes(&env);
}
