//! Output formats of SPEC §1: exact CSV bytes, Excel CSV, the formula
//! guard, JSON types, atomic `-o` files with placeholders, broken pipes.
use std::io::Read;
use std::process::Stdio;

use crate::common::{assert_no_panic, read, stderr, TestEnv};

const LIST_HEADER: &str = "id,family_name,given_name,chinese_name,nationality,community,\
                           phone,email,languages,permit_expiry,status";

/// Two residents: one with most list columns filled, one whose names need
/// CSV quoting.
fn two_residents() -> TestEnv {
    let env = TestEnv::with_community();
    env.add_resident(
        "Müller",
        &[
            "--given-name",
            "Anna",
            "--chinese-name",
            "穆安娜",
            "--phone",
            "+86 138-1234 5678",
            "--email",
            "anna@example.com",
            "--languages",
            "German;en",
            "--permit-expiry",
            "2027-03-31",
        ],
    );
    env.add(&[
        "--family-name",
        "Smith, Jr",
        "--given-name",
        "Bob \"B\"",
        "--nationality",
        "GB",
        "--community",
        "Green Court",
    ]);
    env
}

#[test]
fn csv_is_exact_rfc4180_with_newline_line_ends() {
    let env = two_residents();
    let out = env.csv(&["resident", "list"]);
    let expected = format!(
        "{LIST_HEADER}\n\
         1,Müller,Anna,穆安娜,DE,Green Court,+8613812345678,anna@example.com,de;en,2027-03-31,active\n\
         2,\"Smith, Jr\",\"Bob \"\"B\"\"\",,GB,Green Court,,,,,active\n"
    );
    assert_eq!(out, expected);
}

#[test]
fn excel_csv_has_a_bom_and_crlf() {
    let env = two_residents();
    let plain = env.csv(&["resident", "list"]);
    let out = env.output(&["resident", "list", "--format", "csv", "--excel"]);
    assert!(out.status.success());
    let mut expected = vec![0xEF, 0xBB, 0xBF];
    // The phone in Excel's text form, so Excel keeps its `+` and digits.
    let plain = plain.replace(",+8613812345678,", ",\"=\"\"+8613812345678\"\"\",");
    expected.extend(plain.replace('\n', "\r\n").into_bytes());
    assert_eq!(out.stdout, expected);
}

fn risky_resident() -> TestEnv {
    let env = TestEnv::with_community();
    env.add_resident(
        "+Plus",
        &[
            "--given-name=-minus",
            "--phone",
            "+8613812345678",
            "--notes",
            "=SUM(A1)",
            "--wechat",
            "@wx",
            "--address",
            "'quoted",
        ],
    );
    env
}

#[test]
fn formula_guard_prefixes_free_text_but_not_phones() {
    let env = risky_resident();
    let list = env.csv(&["resident", "list"]);
    assert_eq!(
        list.lines().nth(1),
        Some("1,'+Plus,'-minus,,DE,Green Court,+8613812345678,,,,active")
    );
    let show = env.csv(&["resident", "show", "1"]);
    let header: Vec<&str> = show.lines().next().expect("header").split(',').collect();
    let row: Vec<&str> = show.lines().nth(1).expect("row").split(',').collect();
    let cell = |name: &str| row[header.iter().position(|h| *h == name).expect(name)];
    assert_eq!(cell("family_name"), "'+Plus");
    assert_eq!(cell("notes"), "'=SUM(A1)");
    assert_eq!(cell("wechat"), "'@wx");
    assert_eq!(cell("address"), "''quoted");
    assert_eq!(cell("phone"), "+8613812345678");
    assert_eq!(cell("registered_at"), "2026-11-27T09:30:00+08:00");
}

#[test]
fn raw_turns_the_formula_guard_off() {
    let env = risky_resident();
    let list = env.stdout(&["resident", "list", "--format", "csv", "--raw"]);
    assert_eq!(
        list.lines().nth(1),
        Some("1,+Plus,-minus,,DE,Green Court,+8613812345678,,,,active")
    );
    let show = env.stdout(&["resident", "show", "1", "--format", "csv", "--raw"]);
    assert!(show.contains(",=SUM(A1),"), "{show}");
    assert!(show.contains(",'quoted,"), "{show}");
    let excel = env.output(&["resident", "list", "--format", "csv", "--raw", "--excel"]);
    assert!(String::from_utf8_lossy(&excel.stdout).contains("\r\n1,+Plus,-minus,"));
}

#[test]
fn json_and_tables_are_never_guarded() {
    let env = risky_resident();
    let record = env.json(&["resident", "show", "1"]);
    assert_eq!(record["family_name"], "+Plus");
    assert_eq!(record["notes"], "=SUM(A1)");
    let table = env.stdout(&["resident", "list"]);
    assert!(table.contains(" +Plus "), "{table}");
    assert!(!table.contains("'+Plus"), "{table}");
}

#[test]
fn json_lists_are_arrays_of_objects_keyed_by_the_csv_columns() {
    let env = two_residents();
    let list = env.json(&["resident", "list"]);
    let items = list.as_array().expect("array");
    assert_eq!(items.len(), 2);
    let columns: Vec<&str> = LIST_HEADER.split(',').collect();
    for item in items {
        let object = item.as_object().expect("object");
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let mut wanted = columns.clone();
        keys.sort_unstable();
        wanted.sort_unstable();
        assert_eq!(keys, wanted);
    }
    assert_eq!(items[0]["id"], serde_json::json!(1));
    assert!(items[0]["id"].is_i64());
    assert_eq!(items[0]["phone"], "+8613812345678");
    assert_eq!(items[0]["languages"], "de;en");
    assert!(items[1]["chinese_name"].is_null());
    assert!(items[1]["phone"].is_null());
    assert!(items[1]["permit_expiry"].is_null());
    assert_eq!(items[1]["family_name"], "Smith, Jr");
}

#[test]
fn show_as_json_is_one_object_with_the_show_csv_columns() {
    let env = two_residents();
    let record = env.json(&["resident", "show", "2"]);
    let object = record.as_object().expect("one object, not an array");
    let csv = env.csv(&["resident", "show", "2"]);
    let mut header: Vec<&str> = csv.lines().next().expect("header").split(',').collect();
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    header.sort_unstable();
    keys.sort_unstable();
    assert_eq!(keys, header);
    assert_eq!(record["id"], serde_json::json!(2));
    assert_eq!(record["nationality"], "GB");
    assert!(record["birth_date"].is_null());
    assert!(record["notes"].is_null());
    assert_eq!(record["consent_contact"], "no");
    assert_eq!(record["registered_at"], "2026-11-27T09:30:00+08:00");
}

#[test]
fn empty_lists_print_the_header_or_an_empty_array() {
    let env = TestEnv::with_community();
    assert_eq!(env.csv(&["resident", "list"]), format!("{LIST_HEADER}\n"));
    assert_eq!(env.json(&["resident", "list"]), serde_json::json!([]));
    let out = env.output(&["resident", "list"]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("resident add"), "{}", stderr(&out));
}

#[test]
fn an_empty_list_still_writes_its_output_file() {
    let env = TestEnv::with_community();
    env.stdout(&["resident", "list", "-o", "empty.csv"]);
    assert_eq!(read(&env.path("empty.csv")), format!("{LIST_HEADER}\n"));
    env.stdout(&["resident", "list", "-o", "empty.json"]);
    assert_eq!(read(&env.path("empty.json")), "[]\n");
}

#[test]
fn the_output_file_extension_sets_the_format() {
    let env = two_residents();
    let csv = env.csv(&["resident", "list"]);
    let out = env.output(&["resident", "list", "-o", "out.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(read(&env.path("out.csv")), csv);

    env.stdout(&["resident", "show", "1", "--output", "one.JSON"]);
    let one: serde_json::Value = serde_json::from_str(&read(&env.path("one.JSON"))).expect("json");
    assert_eq!(one["family_name"], "Müller");

    env.stdout(&["resident", "list", "-o", "forced.txt", "--format", "csv"]);
    assert_eq!(read(&env.path("forced.txt")), csv);
}

#[test]
fn an_output_file_without_a_known_extension_is_a_usage_error() {
    let env = two_residents();
    let err = env.fails(&["resident", "list", "-o", "out.txt"], 2);
    assert!(err.contains("out.txt"), "{err}");
    assert!(err.contains("--format"), "{err}");
    assert!(!env.path("out.txt").exists());
    env.fails(&["resident", "list", "-o", "noextension"], 2);
}

/// Names in the test folder that look like leftover temporary files.
fn leftovers(env: &TestEnv) -> Vec<String> {
    std::fs::read_dir(env.dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".expatdesk"))
        .collect()
}

#[test]
fn a_failing_command_leaves_the_previous_output_file_untouched() {
    let env = two_residents();
    let target = env.path("out.csv");
    std::fs::write(&target, "previous report\n").expect("writes");
    let err = env.fails(
        &[
            "resident",
            "list",
            "--nationality",
            "Nowhere",
            "-o",
            "out.csv",
        ],
        5,
    );
    assert!(err.contains("--nationality"), "{err}");
    env.fails(&["resident", "show", "99", "-o", "out.csv"], 3);
    assert_eq!(read(&target), "previous report\n");
    assert_eq!(leftovers(&env), Vec::<String>::new());

    env.stdout(&["resident", "list", "-o", "out.csv"]);
    assert!(read(&target).starts_with("id,family_name,"));
    assert_eq!(leftovers(&env), Vec::<String>::new());
}

#[test]
fn an_output_file_is_replaced_not_rewritten_in_place() {
    // A reader still holding the old file (here: a second hard link to it)
    // keeps seeing the old report whole: the new one is written beside it
    // and renamed over it.
    let env = two_residents();
    let target = env.path("out.csv");
    std::fs::write(&target, "previous report\n").expect("writes");
    std::fs::hard_link(&target, env.path("held-by-a-reader.csv")).expect("links");
    env.stdout(&["resident", "list", "-o", "out.csv"]);
    assert_eq!(read(&env.path("held-by-a-reader.csv")), "previous report\n");
    assert_eq!(read(&target), env.csv(&["resident", "list"]));
    assert_eq!(leftovers(&env), Vec::<String>::new());
}

#[test]
fn an_output_file_in_a_missing_folder_is_an_io_error() {
    let env = two_residents();
    let err = env.fails(&["resident", "list", "-o", "nowhere/out.csv"], 7);
    assert!(err.contains("nowhere/out.csv"), "{err}");
    assert!(!env.path("nowhere").exists());
}

#[test]
fn placeholders_in_the_output_name_are_filled_in() {
    let env = two_residents();
    env.stdout(&["resident", "list", "-o", "residents-{date}.csv"]);
    assert!(read(&env.path("residents-2026-11-27.csv")).starts_with("id,"));
    env.stdout(&["resident", "list", "-o", "residents-{month}.json"]);
    assert!(read(&env.path("residents-2026-11.json")).starts_with('['));
    assert!(!env.path("residents-{date}.csv").exists());
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    let env = TestEnv::empty();
    let demo = env.path("demo.db");
    let demo = demo.to_str().expect("utf-8");
    env.stdout(&["demo", "--db", demo]);
    for format in ["csv", "json", "table"] {
        let mut child = env
            .std_cmd()
            .args(["--db", demo, "resident", "list", "--status", "all"])
            .args(["--format", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns");
        // The reader closes its end before the program writes a byte.
        drop(child.stdout.take());
        let mut err = String::new();
        child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut err)
            .expect("reads");
        let status = child.wait().expect("waits");
        assert_eq!(status.code(), Some(0), "{format}: {err}");
        assert_no_panic(&err);
        assert!(!err.contains("error"), "{format}: {err}");
    }
}
