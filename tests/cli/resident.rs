//! The resident registry of SPEC §3: add, show, edit, move-out,
//! register-residence, unknown ids.
use crate::common::{stderr, TestEnv};

fn anna(env: &TestEnv, extra: &[&str]) -> i64 {
    let mut flags = vec![
        "--family-name",
        "Müller",
        "--given-name",
        "Anna",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--birth-date",
        "1990-05-17",
    ];
    flags.extend_from_slice(extra);
    env.add(&flags)
}

fn count(env: &TestEnv) -> usize {
    env.ids(&["resident", "list", "--status", "all"]).len()
}

#[test]
fn add_stores_normalised_values_and_prints_the_record() {
    let env = TestEnv::with_community();
    let out = env.output(&[
        "resident",
        "add",
        "--family-name",
        "  Müller ",
        "--given-name",
        "Anna",
        "--nationality",
        "germany",
        "--community",
        "GREEN COURT",
        "--gender",
        "Female",
        "--phone",
        "+86 138-1234 5678",
        "--languages",
        "German; English ;zh",
        "--consent-contact",
        "YES",
        "--passport-number",
        "c01x 00t47",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "added resident 1: Müller, Anna\n");
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(record["id"], serde_json::json!(1));
    assert_eq!(record["family_name"], "Müller");
    assert_eq!(record["nationality"], "DE");
    assert_eq!(record["community"], "Green Court");
    assert_eq!(record["gender"], "female");
    assert_eq!(record["phone"], "+8613812345678");
    assert_eq!(record["languages"], "de;en;zh");
    assert_eq!(record["consent_contact"], "yes");
    assert_eq!(record["consent_share"], "no");
    assert_eq!(record["status"], "active");
    assert_eq!(record["passport_number"], "C01****47");
    assert_eq!(record["registration_due"], "missing");
    assert_eq!(record["registered_at"], "2026-11-27T09:30:00+08:00");
    assert_eq!(env.json(&["resident", "show", "1"]), record);
}

#[test]
fn defaults_of_a_new_resident() {
    let env = TestEnv::with_community();
    let id = env.add_resident("Tanaka", &[]);
    let record = env.json(&["resident", "show", &id.to_string()]);
    assert_eq!(record["gender"], "unspecified");
    assert_eq!(record["consent_contact"], "no");
    assert_eq!(record["status"], "active");
    assert!(record["given_name"].is_null());
}

#[test]
fn show_prints_every_column_of_one_resident() {
    let env = TestEnv::with_community();
    anna(
        &env,
        &[
            "--external-id",
            "GC-0001",
            "--address",
            "Building 3\nRoom 1201",
            "--permit-type",
            "work",
            "--permit-number",
            "WK1670517",
            "--passport-number",
            "EV3047141",
        ],
    );
    insta::assert_snapshot!("show_table", env.stdout(&["resident", "show", "1"]));
}

#[test]
fn unknown_ids_are_exit_3() {
    let env = TestEnv::with_community();
    env.add_resident("Tanaka", &[]);
    for args in [
        vec!["resident", "show", "99"],
        vec!["resident", "show", "99", "--reveal"],
        vec!["resident", "edit", "99", "--notes", "x"],
        vec!["resident", "move-out", "99"],
        vec!["resident", "register-residence", "99"],
        vec!["resident", "show", "0"],
    ] {
        let err = env.fails(&args, 3);
        let id = args[2];
        assert_eq!(
            err,
            format!(
                "error: no resident with id {id}\n\
                 hint: find the id with `expatdesk resident find NAME`\n"
            ),
            "{args:?}"
        );
    }
    let audit = env.csv(&["audit", "list"]);
    assert!(!audit.contains("reveal"), "{audit}");
}

#[test]
fn edit_changes_fields_and_an_empty_value_clears_one() {
    let env = TestEnv::with_community();
    let id = anna(&env, &["--phone", "13812345678", "--notes", "first"]);
    let out = env.output(&[
        "resident",
        "edit",
        "1",
        "--phone",
        "",
        "--notes",
        "second",
        "--nationality",
        "AT",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "resident 1: changed nationality, phone, notes\n"
    );
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(record["id"], serde_json::json!(id));
    assert!(record["phone"].is_null());
    assert_eq!(record["notes"], "second");
    assert_eq!(record["nationality"], "AT");
    assert_eq!(record["family_name"], "Müller");

    let again = env.output(&["resident", "edit", "1", "--notes", "second"]);
    assert!(again.status.success());
    assert_eq!(stderr(&again), "resident 1: nothing changed\n");
}

#[test]
fn edit_refuses_to_clear_a_required_field_and_needs_a_field() {
    let env = TestEnv::with_community();
    anna(&env, &[]);
    let err = env.fails(&["resident", "edit", "1", "--family-name", " "], 5);
    assert!(
        err.starts_with("error: --family-name: is required ( )\n"),
        "{err}"
    );
    let err = env.fails(&["resident", "edit", "1"], 2);
    assert!(err.starts_with("error: nothing to change"), "{err}");
    assert_eq!(
        env.json(&["resident", "show", "1"])["family_name"],
        "Müller"
    );
}

#[test]
fn move_out_sets_the_status_and_date_once() {
    let env = TestEnv::with_community();
    let a = anna(&env, &[]);
    let b = env.add_resident("Tanaka", &[]);
    let out = env.output(&["resident", "move-out", &a.to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "resident 1 moved out on 2026-11-27\n");
    env.stdout(&["resident", "move-out", &b.to_string(), "--on", "2026-10-31"]);

    let record = env.json(&["resident", "show", "1"]);
    assert_eq!(record["status"], "moved-out");
    assert_eq!(record["moved_out_on"], "2026-11-27");
    assert!(record["registration_due"].is_null());
    assert_eq!(
        env.json(&["resident", "show", "2"])["moved_out_on"],
        "2026-10-31"
    );

    let err = env.fails(&["resident", "move-out", "1"], 4);
    assert_eq!(err, "error: resident 1 already moved out on 2026-11-27\n");
    let err = env.fails(&["resident", "move-out", "2", "--on", "2026-11-01"], 4);
    assert!(err.contains("already moved out on 2026-10-31"), "{err}");
    assert_eq!(
        env.json(&["resident", "show", "2"])["moved_out_on"],
        "2026-10-31"
    );
}

#[test]
fn move_out_refuses_a_date_that_is_not_one() {
    let env = TestEnv::with_community();
    anna(&env, &[]);
    let err = env.fails(&["resident", "move-out", "1", "--on", "2023-02-30"], 5);
    assert!(
        err.starts_with("error: --on: is not a real date (2023-02-30)\n"),
        "{err}"
    );
    assert_eq!(env.json(&["resident", "show", "1"])["status"], "active");
}

#[test]
fn a_moved_out_resident_cannot_register_a_residence() {
    let env = TestEnv::with_community();
    anna(&env, &[]);
    env.stdout(&["resident", "move-out", "1"]);
    let err = env.fails(&["resident", "register-residence", "1"], 4);
    assert!(
        err.starts_with("error: resident 1 is moved-out: only active residents"),
        "{err}"
    );
}

#[test]
fn register_residence_records_the_date() {
    let env = TestEnv::with_community();
    anna(&env, &["--arrival-date", "2026-11-20"]);
    let out = env.output(&["resident", "register-residence", "1", "--on", "2026-11-21"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "resident 1: residence registered on 2026-11-21\n"
    );
    let record = env.json(&["resident", "show", "1"]);
    assert_eq!(record["residence_registered_on"], "2026-11-21");
    assert!(record["registration_due"].is_null());

    let err = env.fails(
        &["resident", "register-residence", "1", "--on", "2026-11-28"],
        5,
    );
    assert_eq!(err, "error: --on: is in the future (2026-11-28)\n");

    // A registration before the arrival is recorded, but still due.
    let out = env.output(&["resident", "register-residence", "1", "--on", "2026-11-01"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("warning: the registration is still due (before-arrival)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn demo_data_goes_only_into_an_empty_database() {
    let env = TestEnv::with_community();
    let out = env.output(&["init", "--demo"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains("\nerror: the database already has data"),
        "{}",
        stderr(&out)
    );
    assert_eq!(count(&env), 0);

    let fresh = TestEnv::empty();
    fresh.stdout(&["init", "--demo"]);
    assert!(count(&fresh) >= 150);
}
