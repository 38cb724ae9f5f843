//! Another process holding the write lock (SPEC §8): every writing command
//! waits the 5 s busy timeout, then exits 6 with the same message and
//! writes nothing; reading commands go on working meanwhile (WAL). All
//! the writers wait at once, so the test takes one timeout, not twenty.
//! `database.rs` has the single-command version with the reveal.
use super::{dump, run_all, sqlite_desk, READING, WRITING};

const BUSY: &str =
    "error: the database is busy: another process is still writing to it after 5 s\n\
                    hint: try again in a moment; nothing was changed\n";

#[test]
fn while_another_process_writes_writers_exit_6_and_readers_work() {
    let env = sqlite_desk();
    let before = dump(&env);
    let holder = env.sql();
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .expect("takes the write lock");
    let (writers, readers) = std::thread::scope(|s| {
        let writers = s.spawn(|| {
            run_all(WRITING, |args| {
                let mut cmd = env.std_cmd();
                cmd.args(args);
                cmd
            })
        });
        // Readers run while the writers wait for the lock.
        let readers = run_all(READING, |args| {
            let mut cmd = env.std_cmd();
            cmd.args(args);
            cmd
        });
        (writers.join().expect("writers"), readers)
    });
    holder.execute_batch("ROLLBACK").expect("releases");
    drop(holder);
    for (args, code, stdout, stderr) in &readers {
        assert_eq!(*code, Some(0), "{args} while locked: {stderr}");
        assert!(!stderr.contains("error"), "{args}: {stderr}");
        let _ = stdout;
    }
    for (args, code, stdout, stderr) in &writers {
        assert_eq!(*code, Some(6), "{args}: {stderr}");
        assert_eq!(stderr, BUSY, "{args}");
        assert!(stdout.is_empty(), "{args} printed {stdout}");
    }
    assert_eq!(dump(&env), before, "a busy command wrote something");
    // The lock gone, the same commands work.
    let out = env.output(WRITING[0]);
    assert_eq!(out.status.code(), Some(0), "{:?}", out);
}
