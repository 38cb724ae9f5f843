//! Feedback (SPEC §5): the status flow, history, overdue, the department
//! export with and without consent, and CSV in and out.
use crate::common::TestEnv;

/// A desk with Anna (consents to share) and Bob (does not).
fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    env.add_resident(
        "Müller",
        &[
            "--given-name",
            "Anna",
            "--external-id",
            "EX-1",
            "--consent-share",
            "yes",
            "--email",
            "anna@example.com",
        ],
    );
    env.add_resident(
        "Smith",
        &[
            "--given-name",
            "Bob",
            "--external-id",
            "EX-2",
            "--consent-share",
            "no",
            "--email",
            "bob@example.com",
        ],
    );
    env
}

fn log(env: &TestEnv, resident: &[&str], subject: &str) -> i64 {
    let mut args = vec![
        "feedback",
        "log",
        "--category",
        "housing",
        "--channel",
        "walk-in",
        "--subject",
        subject,
        "--received-at",
        "2026-11-10 10:00",
        "--format",
        "json",
    ];
    args.extend_from_slice(resident);
    let out = env.stdout(&args);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v["id"]
        .as_i64()
        .or_else(|| v["feedback"]["id"].as_i64())
        .expect("id")
}

fn status(env: &TestEnv, id: i64) -> String {
    let v = env.json(&["feedback", "show", &id.to_string()]);
    let item = if v.get("feedback").is_some() {
        &v["feedback"]
    } else {
        &v
    };
    item["status"].as_str().expect("status").to_string()
}

#[test]
fn the_status_flow_is_enforced_and_every_change_is_history() {
    let env = desk();
    let id = log(&env, &["--resident", "1"], "Lift broken");
    let id_s = id.to_string();
    // Closing a new item needs a note.
    env.fails(&["feedback", "close", &id_s], 4);
    env.run(&["feedback", "forward", &id_s, "--department", "housing"])
        .success();
    env.run(&[
        "feedback",
        "forward",
        &id_s,
        "--to",
        "town-gov",
        "--note",
        "wrong office",
    ])
    .success();
    assert_eq!(status(&env, id), "forwarded");
    env.run(&[
        "feedback",
        "respond",
        &id_s,
        "--response",
        "Repair on Monday",
    ])
    .success();
    env.run(&[
        "feedback",
        "respond",
        &id_s,
        "--response",
        "Repair on Tuesday",
    ])
    .success();
    let err = env.fails(
        &["feedback", "forward", &id_s, "--department", "housing"],
        4,
    );
    assert!(err.contains("responded"), "names the current status: {err}");
    env.fails(&["feedback", "close", &id_s], 4);
    env.run(&["feedback", "close", &id_s, "--informed-via", "phone"])
        .success();
    assert_eq!(status(&env, id), "closed");
    let err = env.fails(&["feedback", "respond", &id_s, "--response", "x"], 4);
    assert!(err.contains("closed"), "{err}");
    let shown = env.json(&["feedback", "show", &id_s]);
    let history = shown["history"].as_array().expect("history");
    assert_eq!(
        history.len(),
        6,
        "log, 2 forwards, 2 responses, close: {shown}"
    );
    assert!(history.iter().all(|h| h["operator"] == "tester"));
    assert_eq!(history[5]["to_status"], "closed");
    // new → responded is allowed; closing new/forwarded with a note too.
    let other = log(&env, &["--anonymous"], "Noise at night").to_string();
    env.run(&["feedback", "respond", &other, "--response", "Noted"])
        .success();
    let third = log(&env, &["--anonymous"], "Bins").to_string();
    env.run(&[
        "feedback",
        "close",
        &third,
        "--note",
        "withdrawn by the resident",
    ])
    .success();
    env.fails(
        &["feedback", "forward", "999", "--department", "housing"],
        3,
    );
    env.fails(
        &[
            "feedback",
            "forward",
            &log(&env, &["--anonymous"], "x").to_string(),
            "--to",
            "nowhere",
        ],
        5,
    );
}

#[test]
fn overdue_starts_the_day_after_the_due_date() {
    let env = desk();
    // Received 2026-11-10, SLA 15 days: due 2026-11-25; now is 2026-11-27.
    let late = log(&env, &["--resident", "1"], "Late");
    let on_time = {
        let out = env.stdout(&[
            "feedback",
            "log",
            "--anonymous",
            "--category",
            "traffic",
            "--channel",
            "phone",
            "--subject",
            "Edge",
            "--received-at",
            "2026-11-12 09:00",
            "--format",
            "json",
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        v["id"].as_i64().expect("id")
    };
    let overdue = env.csv(&["feedback", "list", "--overdue"]);
    assert!(
        overdue.lines().any(|l| l.starts_with(&format!("{late},"))),
        "{overdue}"
    );
    // Due 2026-11-27 (today): not yet overdue.
    assert!(
        !overdue
            .lines()
            .any(|l| l.starts_with(&format!("{on_time},"))),
        "{overdue}"
    );
    env.run(&[
        "feedback",
        "respond",
        &late.to_string(),
        "--response",
        "done",
    ])
    .success();
    let overdue = env.csv(&["feedback", "list", "--overdue"]);
    assert_eq!(
        overdue.lines().count(),
        1,
        "responded items are not overdue: {overdue}"
    );
}

#[test]
fn the_department_export_names_only_residents_who_consented() {
    let env = desk();
    let anna = log(&env, &["--resident", "1"], "From Anna").to_string();
    let bob = log(&env, &["--resident", "2"], "From Bob").to_string();
    env.run(&["feedback", "forward", &anna, "--department", "housing"])
        .success();
    env.run(&["feedback", "forward", &bob, "--department", "housing"])
        .success();
    let out = env.output(&["feedback", "export", "--department", "housing"]);
    assert!(out.status.success());
    let bytes = String::from_utf8(out.stdout).expect("utf-8");
    let header = bytes.lines().next().expect("header");
    assert_eq!(
        header,
        "id,received_at,channel,category,language,subject,body,status,resident_external_id,family_name,given_name,phone,email,wechat"
    );
    assert!(
        bytes.contains("Müller") && bytes.contains("EX-1"),
        "{bytes}"
    );
    assert!(
        !bytes.contains("Smith") && !bytes.contains(",Bob,") && !bytes.contains("EX-2"),
        "{bytes}"
    );
    assert!(!bytes.contains("bob@example.com"), "{bytes}");
    let bob_line = bytes
        .lines()
        .find(|l| l.contains("From Bob"))
        .expect("bob's item");
    assert!(
        bob_line.ends_with(",,,,,,"),
        "anonymous columns empty: {bob_line}"
    );
}

#[test]
fn feedback_round_trips_through_csv_and_import_errors_are_line_numbered() {
    let env = desk();
    let a = log(&env, &["--resident", "1"], "=Formula subject").to_string();
    env.run(&["feedback", "forward", &a, "--department", "housing"])
        .success();
    log(&env, &["--anonymous"], "Plain, with a comma");
    let exported = env.stdout(&["feedback", "export"]);
    assert!(exported.contains("'=Formula subject"), "{exported}");
    let file = env.path("fb.csv");
    std::fs::write(&file, &exported).expect("written");
    let path = file.to_str().expect("utf-8");
    let other = desk();
    other.run(&["feedback", "import", path]).success();
    let again = other.stdout(&["feedback", "export"]);
    let strip = |t: &str| -> Vec<String> {
        t.lines()
            .map(|l| l.split_once(',').map_or("", |(_, r)| r).to_string())
            .collect()
    };
    assert_eq!(strip(&again), strip(&exported));
    env.write(
        "bad.csv",
        "resident_external_id,received_at,channel,category,subject\n\
         EX-1,2026-11-10 10:00,walk-in,housing,Fine\n\
         EX-9,2026-11-10 10:00,walk-in,housing,Unknown resident\n\
         ,2026-11-10 10:00,pigeon,housing,Bad channel\n",
    );
    let before = env.stdout(&["feedback", "export"]);
    let err = env.fails(&["feedback", "import", "bad.csv"], 5);
    assert!(err.contains("bad.csv:3: resident_external_id"), "{err}");
    assert!(err.contains("bad.csv:4: channel"), "{err}");
    assert_eq!(
        env.stdout(&["feedback", "export"]),
        before,
        "nothing written"
    );
}

#[test]
fn logging_without_a_terminal_names_the_missing_flags() {
    let env = desk();
    let err = env.fails(&["feedback", "log", "--anonymous"], 2);
    assert!(
        err.contains("--category") && err.contains("--subject"),
        "{err}"
    );
    env.fails(
        &[
            "feedback",
            "log",
            "--resident",
            "99",
            "--category",
            "housing",
            "--channel",
            "phone",
            "--subject",
            "x",
        ],
        3,
    );
    env.fails(
        &[
            "feedback",
            "log",
            "--anonymous",
            "--category",
            "housing",
            "--channel",
            "pigeon",
            "--subject",
            "x",
        ],
        5,
    );
}
