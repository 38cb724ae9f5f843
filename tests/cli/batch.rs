//! Import batches (SPEC §3 import): the summary line, `batch list`, and
//! `batch undo` removing what a batch inserted and restoring what it
//! updated — or refusing when that would lose a later change.
use crate::common::{stderr, TestEnv};

/// Two stored residents (ids 1 and 2) and an import file that updates
/// resident 1 (a new phone, the e-mail blanked), inserts two residents and
/// creates a community.
fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    for (ext, family, email) in [("A-1", "Alpha", "a@example.com"), ("B-1", "Beta", "")] {
        env.add(&[
            "--external-id",
            ext,
            "--family-name",
            family,
            "--nationality",
            "DE",
            "--community",
            "Green Court",
            "--phone",
            "+86 138 0000 0001",
            "--email",
            email,
            "--notes",
            "first line\nsecond, \"quoted\"",
        ]);
    }
    env.write(
        "batch.csv",
        "external_id,family_name,nationality,community,phone,email\n\
         A-1,Alpha,DE,Green Court,+86 139 0000 0009,\n\
         C-1,Gamma,FR,Green Court,,\n\
         D-1,Delta,IT,Jade Terrace,+39 06 1234567,d@example.com\n",
    );
    env
}

fn import_batch(env: &TestEnv) {
    let err = env.imports(&[
        "batch.csv",
        "--on-conflict",
        "update",
        "--create-communities",
    ]);
    assert_eq!(
        err,
        "imported batch.csv: 2 inserted, 1 updated, 0 skipped, 0 rejected; batch 1\n"
    );
}

#[test]
fn batch_list_shows_each_import_with_its_counts() {
    let env = desk();
    assert_eq!(
        env.csv(&["batch", "list"]),
        "id,kind,source,started_at,operator,inserted,updated,skipped,rejected,undone_at\n"
    );
    let out = env.output(&["batch", "list"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("no imports yet"), "{}", stderr(&out));
    import_batch(&env);
    env.write(
        "more.csv",
        "external_id,phone\nB-1,+86 138 0000 0001\nZ-9,\n",
    );
    env.imports(&[
        "more.csv",
        "--on-conflict",
        "fill",
        "--skip-invalid",
        "--rejects",
        "r.csv",
    ]);
    assert_eq!(
        env.csv(&["batch", "list"]),
        "id,kind,source,started_at,operator,inserted,updated,skipped,rejected,undone_at\n\
         1,resident,batch.csv,2026-11-27T09:30:00+08:00,tester,2,1,0,0,\n\
         2,resident,more.csv,2026-11-27T09:30:00+08:00,tester,0,0,1,1,\n"
    );
    let json = env.json(&["batch", "list"]);
    assert_eq!(json[0]["inserted"], 2);
    assert_eq!(json[0]["undone_at"], serde_json::Value::Null);
}

#[test]
fn undo_removes_the_inserted_and_restores_the_updated_exactly() {
    let env = desk();
    let residents = env.export();
    let communities = env.csv(&["community", "list"]);
    import_batch(&env);
    assert_ne!(env.export(), residents);
    let out = env.output(&["batch", "undo", "1", "-y"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "undid batch 1: 2 residents removed, 1 restored\n"
    );
    // Residents and communities as before; the batch is marked undone.
    assert_eq!(env.export(), residents);
    assert_eq!(env.csv(&["community", "list"]), communities);
    assert_eq!(
        env.csv(&["batch", "list"]).lines().nth(1),
        Some(
            "1,resident,batch.csv,2026-11-27T09:30:00+08:00,tester,2,1,0,0,\
             2026-11-27T09:30:00+08:00"
        )
    );
    let audit = env.csv(&["audit", "list"]);
    assert!(
        audit.contains(",tester,undo,batch,1,\"removed 2, restored 1\""),
        "{audit}"
    );
    // Twice is a conflict; an unknown batch is not found.
    let err = env.fails(&["batch", "undo", "1", "-y"], 4);
    assert_eq!(
        err,
        "error: batch 1 was already undone at 2026-11-27T09:30:00+08:00\n"
    );
    let err = env.fails(&["batch", "undo", "9", "-y"], 3);
    assert_eq!(
        err,
        "error: no batch with id 9\nhint: see `expatdesk batch list`\n"
    );
}

#[test]
fn undo_restores_the_values_though_the_clock_moved_on() {
    let env = desk();
    let before = env.export();
    let later = |args: &[&str], now: &str| {
        let out = env
            .cmd()
            .args(args)
            .env("EXPATDESK_NOW", now)
            .write_stdin("")
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    };
    later(
        &[
            "resident",
            "import",
            "batch.csv",
            "--on-conflict",
            "update",
            "--create-communities",
        ],
        "2026-12-01T10:00:00+08:00",
    );
    later(&["batch", "undo", "1", "-y"], "2026-12-02T10:00:00+08:00");
    let after = env.export();
    let from_column_4 = |csv: &str| -> Vec<String> {
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        reader
            .records()
            .map(|r| {
                r.expect("row")
                    .iter()
                    .skip(3)
                    .collect::<Vec<_>>()
                    .join("\u{1f}")
            })
            .collect()
    };
    assert_eq!(from_column_4(&after), from_column_4(&before));
    assert_eq!(after.lines().count(), before.lines().count());
}

#[test]
fn undo_is_refused_when_an_inserted_resident_was_edited_since() {
    let env = desk();
    import_batch(&env);
    env.stdout(&["resident", "edit", "3", "--given-name", "Gina"]);
    let before = env.state();
    let err = env.fails(&["batch", "undo", "1", "-y"], 4);
    assert_eq!(
        err,
        "error: batch 1 can no longer be undone: resident 3 changed since the import\n\
         hint: undo later batches first, or correct the residents with `expatdesk resident edit`\n"
    );
    assert_eq!(env.state(), before, "nothing changed");
}

#[test]
fn undo_is_refused_when_an_updated_resident_was_edited_since() {
    let env = desk();
    import_batch(&env);
    env.stdout(&["resident", "move-out", "1", "--on", "2026-11-20"]);
    let before = env.state();
    let err = env.fails(&["batch", "undo", "1", "-y"], 4);
    assert!(
        err.starts_with(
            "error: batch 1 can no longer be undone: resident 1 changed since the import\n"
        ),
        "{err}"
    );
    assert_eq!(env.state(), before, "nothing changed");
}

#[test]
fn later_batches_undone_first_let_the_earlier_one_go() {
    let env = TestEnv::with_community();
    let empty = env.export();
    env.write(
        "first.csv",
        "external_id,family_name,nationality,community,phone\n\
         X-1,Xeno,DE,Green Court,+86 138 0000 0001\n",
    );
    env.imports(&["first.csv"]);
    let after_first = env.export();
    env.write("second.csv", "external_id,phone\nX-1,+86 139 0000 0002\n");
    env.imports(&["second.csv", "--on-conflict", "update"]);
    let err = env.fails(&["batch", "undo", "1", "-y"], 4);
    assert!(err.contains("resident 1 changed since the import"), "{err}");
    env.stdout(&["batch", "undo", "2", "-y"]);
    assert_eq!(env.export(), after_first);
    // As the hint says: with the later batch undone, the earlier one goes.
    env.stdout(&["batch", "undo", "1", "-y"]);
    assert_eq!(env.export(), empty);
}

#[test]
fn undo_without_a_terminal_needs_yes_and_says_what_it_would_remove() {
    let env = desk();
    import_batch(&env);
    let imported = env.export();
    let err = env.fails(&["batch", "undo", "1"], 4);
    assert!(err.contains("refused without confirmation"), "{err}");
    assert!(
        err.contains("remove 2 residents it added and restore the one it updated"),
        "{err}"
    );
    assert!(err.contains("hint: pass -y"), "{err}");
    assert_eq!(env.export(), imported, "something was undone without -y");
    let list = env.csv(&["batch", "list"]);
    assert!(
        list.lines().nth(1).is_some_and(|l| l.ends_with(',')),
        "{list}"
    );
}
