//! What the first pass checked is checked again under the write lock
//! (SPEC §3): another desk changes a community or erases a resident while
//! an import waits for its turn to write. The import then fails as the
//! first pass would have (exit 5, the rows named), with nothing written —
//! never a row silently left out, never an item linked to an erased
//! resident.
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::common::TestEnv;

/// Starts `args` with phase tracing on; returns once its first pass is
/// done (it is then waiting for the write lock the caller holds), with
/// the child and the rest of its stderr.
fn past_first_pass(env: &TestEnv, args: &[&str]) -> (Child, mpsc::Receiver<String>) {
    let mut child = env
        .std_cmd()
        .args(args)
        .env("EXPATDESK_TRACE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let stderr = child.stderr.take().expect("stderr");
    let (lines, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    loop {
        match receiver.recv_timeout(Duration::from_secs(60)) {
            Ok(line) if line.contains("trace: validated") => return (child, receiver),
            Ok(_) => {}
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the first pass did not end: {e}");
            }
        }
    }
}

/// The child's exit code and everything else it wrote to stderr.
fn finish(mut child: Child, rest: mpsc::Receiver<String>) -> (Option<i32>, String) {
    let code = child.wait().expect("waits").code();
    let err: Vec<String> = rest.iter().collect();
    (code, err.join("\n"))
}

#[test]
fn a_community_renamed_while_an_import_waits_fails_it_with_nothing_written() {
    let env = TestEnv::sqlite_with_community();
    let mut csv = String::from("family_name,nationality,community\n");
    for i in 0..2_000 {
        csv.push_str(&format!("Fam{i},DE,Green Court\n"));
    }
    env.write("people.csv", csv);
    let mut desk = env.sql();
    let tx = desk
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .expect("holds the write lock");
    let (child, rest) = past_first_pass(&env, &["resident", "import", "people.csv"]);
    tx.execute(
        "UPDATE communities SET name = 'Jade Court', name_key = 'jade court'",
        [],
    )
    .expect("renames");
    tx.commit().expect("commits");
    let (code, err) = finish(child, rest);
    assert_eq!(code, Some(5), "{err}");
    assert!(err.contains("people.csv:2: community:"), "{err}");
    assert!(err.contains("… and 1950 more"), "{err}");
    assert!(err.contains("changed while the import waited"), "{err}");
    assert!(env.ids(&["resident", "list"]).is_empty(), "nothing written");
    assert!(env.csv(&["batch", "list"]).lines().count() == 1, "no batch");
}

#[test]
fn a_row_invalid_since_goes_to_the_rejects_file_with_skip_invalid() {
    let env = TestEnv::sqlite_with_community();
    env.run(&["community", "add", "Jade Terrace"]).success();
    env.write(
        "people.csv",
        "family_name,nationality,community\nA,DE,Green Court\nB,DE,Jade Terrace\n",
    );
    let mut desk = env.sql();
    let tx = desk
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .expect("holds the write lock");
    let args = [
        "resident",
        "import",
        "people.csv",
        "--skip-invalid",
        "--rejects",
        "rejects.csv",
    ];
    let (child, rest) = past_first_pass(&env, &args);
    tx.execute(
        "UPDATE communities SET name = 'Jade Court', name_key = 'jade court' WHERE name = 'Green Court'",
        [],
    )
    .expect("renames");
    tx.commit().expect("commits");
    let (code, err) = finish(child, rest);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("1 inserted") && err.contains("1 rejected"),
        "{err}"
    );
    let rejects = std::fs::read_to_string(env.path("rejects.csv")).expect("rejects");
    assert!(
        rejects.starts_with("family_name,nationality,community,error\nA,DE,Green Court,"),
        "{rejects}"
    );
    assert_eq!(env.ids(&["resident", "list"]), vec![1]);
}

#[test]
fn a_resident_erased_while_a_feedback_import_waits_fails_it() {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Müller", &["--external-id", "GC-1"]);
    env.write(
        "feedback.csv",
        "resident_external_id,received_at,channel,category,subject\n\
         GC-1,2026-11-20 10:00,phone,housing,Lift\n",
    );
    let mut desk = env.sql();
    let tx = desk
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .expect("holds the write lock");
    let (child, rest) = past_first_pass(&env, &["feedback", "import", "feedback.csv"]);
    // What `resident erase` does to the columns the import resolves by.
    tx.execute(
        "UPDATE residents SET status = 'erased', erased_on = '2026-11-27', external_id = NULL,
             family_name = NULL WHERE id = 1",
        [],
    )
    .expect("erases");
    tx.commit().expect("commits");
    let (code, err) = finish(child, rest);
    assert_eq!(code, Some(5), "{err}");
    assert!(
        err.contains("feedback.csv:2: resident_external_id:"),
        "{err}"
    );
    let items: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM feedback", [], |r| r.get(0))
        .expect("counts");
    assert_eq!(items, 0, "nothing linked to the erased resident");
}
