//! `resident export` (SPEC §3, §1 output formats): the import schema with
//! `id,registered_at,updated_at` first, ordered by id, sensitive columns
//! only on request (audited), the formula guard, `--excel`, `-o`.
use crate::common::{read, stderr, TestEnv};

const COLUMNS: &str = "id,registered_at,updated_at,external_id,family_name,given_name,\
chinese_name,nationality,gender,birth_date,phone,email,wechat,community,address,languages,\
arrival_date,residence_registered_on,permit_type,permit_expiry,consent_contact,consent_share,\
status,moved_out_on,notes";

const SENSITIVE_COLUMNS: &str = "id,registered_at,updated_at,external_id,family_name,\
given_name,chinese_name,nationality,gender,birth_date,phone,email,wechat,community,address,\
languages,arrival_date,residence_registered_on,permit_type,permit_number,permit_expiry,\
passport_number,consent_contact,consent_share,status,moved_out_on,notes";

/// Three residents: 1 active with every column, 2 moved out, 3 active
/// with formula-like free text.
fn desk() -> TestEnv {
    desk_in(TestEnv::with_community())
}

/// `desk`, on a SQLite file whatever the run: for the tests that look
/// at the file or write behind the program's back.
fn sqlite_desk() -> TestEnv {
    desk_in(TestEnv::sqlite_with_community())
}

fn desk_in(env: TestEnv) -> TestEnv {
    env.add(&[
        "--external-id",
        "A-1",
        "--family-name",
        "Müller",
        "--given-name",
        "Anna",
        "--chinese-name",
        "安娜",
        "--nationality",
        "DE",
        "--gender",
        "female",
        "--birth-date",
        "1980-05-01",
        "--phone",
        "+86 138 0000 0001",
        "--email",
        "anna@example.com",
        "--wechat",
        "anna_m",
        "--community",
        "Green Court",
        "--address",
        "Room 5, \"Block A\"\n12 Lane 3",
        "--languages",
        "de;en;zh",
        "--arrival-date",
        "2024-03-01",
        "--residence-registered-on",
        "2024-03-02",
        "--permit-type",
        "work",
        "--permit-number",
        "W1234567",
        "--permit-expiry",
        "2027-03-01",
        "--passport-number",
        "C01234567",
        "--consent-contact",
        "yes",
        "--notes",
        "likes tea, not coffee",
    ]);
    env.add_resident("Brown", &["--given-name", "Bob"]);
    env.stdout(&["resident", "move-out", "2", "--on", "2026-10-01"]);
    env.add_resident(
        "=cmd|' /C calc'!A0",
        &[
            "--given-name",
            "+x",
            "--chinese-name",
            "'q",
            "--address",
            "@x",
            "--notes=-x",
            "--phone",
            "+86 138 0000 0003",
        ],
    );
    env
}

const ANNA: &str = "1,2026-11-27T09:30:00+08:00,2026-11-27T09:30:00+08:00,A-1,Müller,Anna,安娜,\
DE,female,1980-05-01,+8613800000001,anna@example.com,anna_m,Green Court,\
\"Room 5, \"\"Block A\"\"\n12 Lane 3\",de;en;zh,2024-03-01,2024-03-02,work,2027-03-01,yes,no,\
active,,\"likes tea, not coffee\"\n";

const BROWN: &str = "2,2026-11-27T09:30:00+08:00,2026-11-27T09:30:00+08:00,,Brown,Bob,,DE,\
unspecified,,,,,Green Court,,,,,,,no,no,moved-out,2026-10-01,\n";

const RISKY: &str = "3,2026-11-27T09:30:00+08:00,2026-11-27T09:30:00+08:00,,\
'=cmd|' /C calc'!A0,'+x,''q,DE,unspecified,,+8613800000003,,,Green Court,'@x,,,,,,no,no,\
active,,'-x\n";

#[test]
fn the_default_export_is_csv_of_every_resident_without_sensitive_columns() {
    let env = desk();
    assert_eq!(
        env.stdout(&["resident", "export"]),
        format!("{COLUMNS}\n{ANNA}{BROWN}{RISKY}")
    );
    // Nothing sensitive was read: no audit entry.
    assert!(!env.csv(&["audit", "list"]).contains("export-sensitive"));
}

#[test]
fn include_sensitive_adds_the_document_numbers_in_schema_order_and_is_audited() {
    let env = desk();
    let out = env.stdout(&["resident", "export", "--include-sensitive"]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some(SENSITIVE_COLUMNS));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let first = reader.records().next().expect("a row").expect("valid");
    assert_eq!(&first[19], "W1234567");
    assert_eq!(&first[21], "C01234567");
    let audit = env.csv(&["audit", "list"]);
    let entry = audit
        .lines()
        .find(|l| l.contains("export-sensitive"))
        .expect("an audit entry");
    assert!(
        entry.ends_with(",tester,export-sensitive,resident,,\"passport_number, permit_number\""),
        "{entry}"
    );
}

#[test]
fn status_selects_active_moved_out_or_all() {
    let env = desk();
    let ids = |status: &str| -> Vec<String> {
        env.stdout(&["resident", "export", "--status", status])
            .lines()
            .skip(1)
            .filter_map(|l| l.split_once(',').map(|(id, _)| id.to_string()))
            .filter(|id| id.parse::<i64>().is_ok())
            .collect()
    };
    assert_eq!(ids("active"), ["1", "3"]);
    assert_eq!(ids("moved-out"), ["2"]);
    assert_eq!(ids("all"), ["1", "2", "3"]);
}

#[test]
fn erased_residents_are_never_exported_and_rows_stay_in_id_order() {
    let env = sqlite_desk();
    env.stdout(&["resident", "edit", "1", "--given-name", "Anne"]);
    // `resident erase` is not built yet: its outcome, as the spec has it.
    env.sql()
        .execute("UPDATE residents SET status = 'erased' WHERE id = 2", [])
        .expect("updates");
    let out = env.stdout(&["resident", "export"]);
    let ids: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_once(',').map(|(id, _)| id))
        .filter(|id| id.parse::<i64>().is_ok())
        .collect();
    assert_eq!(ids, ["1", "3"]);
}

#[test]
fn raw_leaves_free_text_unguarded() {
    let env = desk();
    let out = env.stdout(&["resident", "export", "--raw", "--status", "active"]);
    assert!(out.ends_with(
        "3,2026-11-27T09:30:00+08:00,2026-11-27T09:30:00+08:00,,=cmd|' /C calc'!A0,+x,'q,DE,\
         unspecified,,+8613800000003,,,Green Court,@x,,,,,,no,no,active,,-x\n"
    ));
}

#[test]
fn excel_adds_a_bom_and_crlf_line_ends() {
    let env = desk();
    let out = env.output(&["resident", "export", "--excel"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = format!("\u{feff}{COLUMNS}\r\n{ANNA}{BROWN}{RISKY}")
        .replace(
            ",active,,\"likes tea, not coffee\"\n",
            ",active,,\"likes tea, not coffee\"\r\n",
        )
        .replace(",moved-out,2026-10-01,\n", ",moved-out,2026-10-01,\r\n")
        .replace(",active,,'-x\n", ",active,,'-x\r\n")
        // Phones in Excel's text form, so Excel keeps the `+` and digits.
        .replace(",+86138000000", ",\"=\"\"+86138000000")
        .replace("0001,anna@", "0001\"\"\",anna@")
        .replace("0003,,,Green", "0003\"\"\",,,Green");
    // The newline inside the quoted address stays as it is.
    assert!(expected.contains("\"Room 5, \"\"Block A\"\"\n12 Lane 3\""));
    assert_eq!(String::from_utf8(out.stdout).expect("utf-8"), expected);
}

#[test]
fn json_export_has_the_same_columns_with_nulls_and_numbers() {
    let env = desk();
    let json = env.json(&["resident", "export"]);
    let rows = json.as_array().expect("array");
    assert_eq!(rows.len(), 3);
    let keys: Vec<&str> = rows[0]
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.join(","), COLUMNS);
    assert_eq!(rows[0]["id"], 1);
    assert_eq!(rows[1]["email"], serde_json::Value::Null);
    assert_eq!(
        rows[2]["family_name"], "=cmd|' /C calc'!A0",
        "JSON is never guarded"
    );
}

fn leftovers(env: &TestEnv) -> Vec<String> {
    std::fs::read_dir(env.dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".expatdesk"))
        .collect()
}

#[test]
fn an_export_file_is_written_whole_and_replaced_atomically() {
    let env = desk();
    let target = env.path("residents.csv");
    std::fs::write(&target, "previous export\n").expect("writes");
    std::fs::hard_link(&target, env.path("held.csv")).expect("links");
    let out = env.output(&["resident", "export", "-o", "residents.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(stderr(&out), "exported 3 residents to residents.csv\n");
    assert_eq!(read(&target), env.export());
    assert_eq!(read(&env.path("held.csv")), "previous export\n");
    assert_eq!(leftovers(&env), Vec::<String>::new());
    // A failing export leaves the file as it was.
    env.fails(
        &[
            "resident",
            "export",
            "--subject",
            "1",
            "-o",
            "residents.csv",
        ],
        2,
    );
    assert_eq!(read(&target), env.export());
    assert_eq!(leftovers(&env), Vec::<String>::new());
}

#[test]
fn community_names_get_the_formula_guard_and_come_back_unchanged() {
    let env = TestEnv::new();
    env.stdout(&["community", "add", "=Eq Court"]);
    env.add(&[
        "--family-name",
        "Eq",
        "--nationality",
        "FR",
        "--community",
        "=Eq Court",
    ]);
    let out = env.export();
    assert!(out.ends_with(",'=Eq Court,,,,,,,no,no,active,,\n"), "{out}");
    let raw = env.stdout(&["resident", "export", "--raw"]);
    assert!(raw.ends_with(",=Eq Court,,,,,,,no,no,active,,\n"), "{raw}");
    // Imported again (with its own id column ignored), it names the same community.
    env.write("again.csv", out.replace(",Eq,", ",Eq2,"));
    env.imports(&["again.csv"]);
    assert_eq!(
        env.json(&["resident", "show", "2"])["community"],
        "=Eq Court"
    );
}
