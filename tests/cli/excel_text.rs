//! Issue 15: `--excel` writes the values Excel would turn into numbers or
//! dates (phones, ids with leading zeros, long digit strings) as `="…"`,
//! which Excel shows as that text; every importer reads the form back, so
//! export --excel → import → export --excel gives the same bytes.
use crate::common::{stderr, TestEnv};

const PHONE: &str = "+8613812345678";
const PHONE_CELL: &str = "\"=\"\"+8613812345678\"\"\"";

/// Residents whose cells Excel would change, next to ones the formula
/// guard protects.
fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    env.add_resident(
        "Müller",
        &[
            "--given-name",
            "Anna",
            "--external-id",
            "007123",
            "--phone",
            PHONE,
            "--passport-number",
            "123456789012345678",
            "--wechat",
            "013812345678",
            "--notes",
            "=SUM(A1) and 0123",
        ],
    );
    env.add_resident(
        "+Plus",
        &[
            "--given-name",
            "0042",
            "--external-id",
            "3-12",
            "--phone",
            "021 5555 0101",
            "--notes",
            "12345678901234567890",
        ],
    );
    env.add_resident("Brown", &["--external-id", "A-1"]);
    env
}

fn excel_export(env: &TestEnv, what: &[&str]) -> Vec<u8> {
    let mut args = what.to_vec();
    args.extend(["--format", "csv", "--excel"]);
    let out = env.output(&args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out.stdout
}

/// The cells of one CSV file as parsed (the BOM left out).
fn cells(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).expect("a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.expect("CSV").iter().map(String::from).collect())
        .collect()
}

fn column(rows: &[Vec<String>], name: &str) -> Vec<String> {
    let i = rows[0].iter().position(|c| c == name).expect("column");
    rows[1..].iter().map(|r| r[i].clone()).collect()
}

#[test]
fn phones_and_number_like_ids_are_written_as_excel_text() {
    let env = desk();
    let bytes = excel_export(&env, &["resident", "export", "--include-sensitive"]);
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    assert!(text.contains(&format!(",{PHONE_CELL},")), "{text}");
    let rows = cells(&bytes);
    assert_eq!(
        column(&rows, "phone"),
        vec![
            format!("=\"{PHONE}\""),
            "=\"+862155550101\"".into(),
            String::new()
        ]
    );
    assert_eq!(
        column(&rows, "external_id"),
        vec!["=\"007123\"", "=\"3-12\"", "A-1"]
    );
    assert_eq!(
        column(&rows, "passport_number")[0],
        "=\"123456789012345678\""
    );
    assert_eq!(column(&rows, "wechat")[0], "=\"013812345678\"");
    // Free text: the formula guard as before, Excel text for digits.
    assert_eq!(column(&rows, "family_name")[1], "'+Plus");
    assert_eq!(column(&rows, "given_name")[1], "=\"0042\"");
    assert_eq!(
        column(&rows, "notes"),
        vec!["'=SUM(A1) and 0123", "=\"12345678901234567890\"", ""]
    );
    // Ids, dates and times stay what they are.
    assert_eq!(column(&rows, "id"), vec!["1", "2", "3"]);
    assert!(column(&rows, "registered_at")[0].starts_with("2026-"));
    // Lists go through the same writer.
    let list = cells(&excel_export(&env, &["resident", "list"]));
    assert_eq!(column(&list, "phone")[0], format!("=\"{PHONE}\""));
    // Without --excel, and with --raw, the values are written as stored.
    let plain = env.csv(&["resident", "export"]);
    assert!(plain.contains(&format!(",{PHONE},")) && !plain.contains("=\""));
    let raw = env.stdout(&["resident", "export", "--excel", "--raw"]);
    assert!(raw.contains(&format!(",{PHONE},")) && raw.contains(",=SUM(A1) and 0123"));
}

#[test]
fn resident_export_import_export_is_byte_identical() {
    let env = desk();
    let first = excel_export(&env, &["resident", "export", "--include-sensitive"]);
    let other = TestEnv::with_community();
    other.write("residents.csv", &first);
    let summary = other.imports(&["residents.csv"]);
    assert!(summary.contains('3'), "{summary}");
    let second = excel_export(&other, &["resident", "export", "--include-sensitive"]);
    assert_eq!(
        String::from_utf8(second).expect("utf-8"),
        String::from_utf8(first).expect("utf-8")
    );
    // The values themselves came back, not their text form.
    let shown = other.json(&["resident", "show", "1", "--reveal"]);
    assert_eq!(shown["phone"], PHONE);
    assert_eq!(shown["external_id"], "007123");
    assert_eq!(shown["passport_number"], "123456789012345678");
    assert_eq!(shown["notes"], "=SUM(A1) and 0123");
    assert_eq!(other.json(&["resident", "show", "2"])["given_name"], "0042");
}

#[test]
fn course_and_feedback_imports_read_the_text_form_back() {
    let env = desk();
    env.run(&[
        "course",
        "add",
        "--title",
        "Tea",
        "--code",
        "007",
        "--category",
        "tea",
        "--instructor",
        "013812345678",
        "--start",
        "2026-12-01 18:30",
        "--duration",
        "1h",
    ])
    .success();
    env.run(&[
        "feedback",
        "log",
        "--resident",
        "1",
        "--category",
        "housing",
        "--channel",
        "phone",
        "--subject",
        "+8613812345678 cannot be reached",
        "--body",
        "0571 88 00",
        "--received-at",
        "2026-11-10 10:00",
    ])
    .success();
    let courses = excel_export(&env, &["course", "export"]);
    assert_eq!(column(&cells(&courses), "code"), vec!["=\"007\""]);
    let feedback = excel_export(&env, &["feedback", "export"]);
    let rows = cells(&feedback);
    assert_eq!(column(&rows, "resident_external_id"), vec!["=\"007123\""]);
    assert_eq!(
        column(&rows, "subject"),
        vec!["'+8613812345678 cannot be reached"]
    );

    let other = TestEnv::with_community();
    other.write(
        "residents.csv",
        excel_export(&env, &["resident", "export", "--include-sensitive"]),
    );
    other.imports(&["residents.csv"]);
    other.write("courses.csv", &courses);
    other.run(&["course", "import", "courses.csv"]).success();
    other.write("feedback.csv", &feedback);
    other.run(&["feedback", "import", "feedback.csv"]).success();
    assert_eq!(excel_export(&other, &["course", "export"]), courses);
    assert_eq!(excel_export(&other, &["feedback", "export"]), feedback);
    let course = other.json(&["course", "show", "1"]);
    assert_eq!(
        (course["code"].as_str(), course["instructor"].as_str()),
        (Some("007"), Some("013812345678"))
    );
}

#[test]
fn import_raw_leaves_the_text_form_alone() {
    let env = TestEnv::with_community();
    env.write(
        "in.csv",
        "family_name,nationality,community,external_id,notes\n\
         Lee,KR,Green Court,\"=\"\"0099\"\"\",\"=\"\"0099\"\"\"\n",
    );
    env.imports(&["in.csv", "--raw"]);
    let shown = env.json(&["resident", "show", "1"]);
    assert_eq!(shown["external_id"], "=\"0099\"");
    assert_eq!(shown["notes"], "=\"0099\"");
    // Without --raw the same cells are read as the values they show.
    let other = TestEnv::with_community();
    other.write("in.csv", std::fs::read(env.path("in.csv")).expect("reads"));
    other.imports(&["in.csv"]);
    let shown = other.json(&["resident", "show", "1"]);
    assert_eq!(shown["external_id"], "0099");
    assert_eq!(shown["notes"], "0099");
}
