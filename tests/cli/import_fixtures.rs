//! `resident import` of the files in `tests/fixtures/` (SPEC §3 import):
//! encodings, BOM, line ends, quoting, and files refused before or while
//! reading rows — each with its exact outcome.
use serde_json::Value;

use crate::common::TestEnv;

/// A desk with "Green Court" and the fixture `name` copied in.
fn desk_with(name: &str) -> TestEnv {
    let env = TestEnv::with_community();
    env.fixture(name);
    env
}

fn show(env: &TestEnv, id: &str) -> Value {
    env.json(&["resident", "show", id])
}

#[test]
fn gb18030_from_excel_is_detected_and_stored_as_unicode() {
    let env = desk_with("gb18030.csv");
    env.stdout(&["community", "add", "碧云国际社区"]);
    let err = env.imports(&["gb18030.csv", "--encoding", "auto"]);
    assert_eq!(
        err,
        "imported gb18030.csv: 2 inserted, 0 updated, 0 skipped, 0 rejected; batch 1\n"
    );
    let yamada = show(&env, "1");
    assert_eq!(yamada["external_id"], "GB1");
    assert_eq!(yamada["family_name"], "山田");
    assert_eq!(yamada["given_name"], "太郎");
    assert_eq!(yamada["chinese_name"], "山田太郎");
    assert_eq!(yamada["nationality"], "JP");
    assert_eq!(yamada["community"], "碧云国际社区");
    assert_eq!(yamada["address"], "浦东新区碧云路88号");
    assert_eq!(yamada["notes"], "喜欢书法，周末有空");
    let schmidt = show(&env, "2");
    assert_eq!(schmidt["chinese_name"], "施密特·安娜");
    assert_eq!(schmidt["nationality"], "DE");
    // The last column: a CRLF line end must not leave a `\r` behind.
    assert_eq!(schmidt["notes"], "需要中文课程");
}

#[test]
fn gb18030_named_explicitly_reads_the_same() {
    let env = desk_with("gb18030.csv");
    env.stdout(&["community", "add", "碧云国际社区"]);
    env.imports(&["gb18030.csv", "--encoding", "gbk"]);
    assert_eq!(show(&env, "1")["family_name"], "山田");
}

#[test]
fn gb18030_read_as_utf8_names_each_undecodable_line() {
    let env = desk_with("gb18030.csv");
    env.stdout(&["community", "add", "碧云国际社区"]);
    let err = env.import_refused(&["gb18030.csv", "--encoding", "utf-8"], 5);
    assert_eq!(
        err,
        "error: gb18030.csv:2: is not valid UTF-8 (try --encoding gb18030)\n\
         error: gb18030.csv:3: is not valid UTF-8 (try --encoding gb18030)\n\
         hint: nothing was imported\n"
    );
}

#[test]
fn a_utf8_bom_does_not_hide_the_first_column() {
    let env = desk_with("bom.csv");
    env.imports(&["bom.csv"]);
    let record = show(&env, "1");
    assert_eq!(record["external_id"], "BOM1");
    assert_eq!(record["family_name"], "Kowalski");
    assert_eq!(record["given_name"], "Łukasz");
    // Matched by external_id: the first column was recognised.
    let err = env.import_refused(&["bom.csv"], 4);
    assert_eq!(
        err,
        "error: bom.csv:2: matches resident 1: has the same external_id\n\
         hint: nothing was imported\n\
         hint: choose what to do with matching residents: --on-conflict skip|update|fill\n"
    );
}

#[test]
fn crlf_line_ends_leave_no_carriage_return_in_values() {
    let env = desk_with("crlf.csv");
    env.imports(&["crlf.csv"]);
    let all = env.json(&["resident", "export"]);
    let rows = all.as_array().expect("array");
    assert_eq!(rows.len(), 3);
    for row in rows {
        for (column, value) in row.as_object().expect("object") {
            if let Some(text) = value.as_str() {
                assert!(!text.contains('\r'), "{column}: {text:?}");
            }
        }
    }
    assert_eq!(rows[0]["notes"], "plain");
    assert_eq!(rows[1]["notes"], "first line\nsecond line");
    assert_eq!(rows[2]["given_name"], Value::Null);
    assert_eq!(rows[2]["notes"], Value::Null);
}

#[test]
fn crlf_files_name_the_physical_line() {
    let env = TestEnv::with_community();
    env.write(
        "excel.csv",
        "external_id,family_name,nationality,community,notes\r\n\
         X1,Fine,DE,Green Court,\"two\r\nlines\"\r\n\
         X2,Bad,Atlantis,Green Court,\r\n",
    );
    let err = env.import_refused(&["excel.csv"], 5);
    assert_eq!(
        err,
        "error: excel.csv:4: nationality: is not a known country; did you mean Albania? (Atlantis)\n\
         hint: nothing was imported\n"
    );
}

#[test]
fn quoted_cells_keep_newlines_quotes_and_commas_and_later_lines_stay_right() {
    let env = desk_with("quoted_newline.csv");
    // QN3 starts on physical line 8, after two multi-line records.
    let err = env.import_refused(&["quoted_newline.csv"], 5);
    assert_eq!(
        err,
        "error: quoted_newline.csv:8: birth_date: is not a real date; \
         write dates as YYYY-MM-DD (2023-02-30)\n\
         hint: nothing was imported\n"
    );
    let err = env.imports(&[
        "quoted_newline.csv",
        "--skip-invalid",
        "--rejects",
        "rejects.csv",
    ]);
    assert_eq!(
        err,
        "imported quoted_newline.csv: 3 inserted, 0 updated, 0 skipped, 1 rejected; batch 1\n"
    );
    let okafor = show(&env, "1");
    assert_eq!(okafor["address"], "Room 5, \"Block A\"\n12 Lane 3, Jinqiao");
    assert_eq!(okafor["notes"], "plain");
    let ng = show(&env, "2");
    assert_eq!(
        ng["notes"],
        "He said \"hi, there\"\nthen left,\n\n\"twice\", at 9"
    );
    let haddad = show(&env, "3");
    assert_eq!(haddad["external_id"], "QN4");
    assert_eq!(haddad["address"], "=1+2, \"quoted\"");
}

#[test]
fn a_row_with_too_few_or_too_many_fields_is_named() {
    let env = desk_with("ragged.csv");
    let err = env.import_refused(&["ragged.csv"], 5);
    assert_eq!(
        err,
        "error: ragged.csv:3: has 3 fields, the header has 5\n\
         error: ragged.csv:5: has 6 fields, the header has 5\n\
         hint: nothing was imported\n"
    );
}

const KNOWN_COLUMNS: &str = "hint: known columns: external_id,family_name,given_name,\
chinese_name,nationality,gender,birth_date,phone,email,wechat,community,address,languages,\
arrival_date,residence_registered_on,permit_type,permit_number,permit_expiry,passport_number,\
consent_contact,consent_share,status,moved_out_on,notes\n";

#[test]
fn a_duplicate_header_is_refused_before_any_row_is_read() {
    let env = desk_with("duplicate_header.csv");
    let err = env.import_refused(&["duplicate_header.csv"], 5);
    // Line 3's unknown nationality is never reached.
    assert_eq!(
        err,
        format!("error: duplicate_header.csv:1: duplicate column \"Family_Name\"\n{KNOWN_COLUMNS}")
    );
}

#[test]
fn an_unknown_header_is_refused_with_the_known_columns() {
    let env = desk_with("unknown_header.csv");
    let err = env.import_refused(&["unknown_header.csv"], 5);
    assert_eq!(
        err,
        format!("error: unknown_header.csv:1: unknown column \"shoe_size\"\n{KNOWN_COLUMNS}")
    );
}

#[test]
fn a_nul_byte_in_a_name_is_a_control_character() {
    let env = desk_with("nul_byte.csv");
    let err = env.import_refused(&["nul_byte.csv"], 5);
    assert_eq!(
        err,
        "error: nul_byte.csv:3: family_name: contains the control character U+0000 \
         (Mül\\u{0}ler)\n\
         hint: nothing was imported\n"
    );
}

#[test]
fn a_field_over_64_kib_is_refused() {
    let env = desk_with("big_field.csv");
    let err = env.import_refused(&["big_field.csv"], 5);
    let first = err.lines().next().expect("a line");
    assert!(
        first.starts_with("error: big_field.csv:2: notes: is larger than 64 KiB (xxxx"),
        "{err}"
    );
    // The value is quoted cut short, not 70 KiB of it.
    assert!(first.ends_with("…)"), "{first}");
    assert!(err.len() < 300, "{err}");
}

#[test]
fn a_header_without_rows_imports_nothing_with_a_warning() {
    let env = desk_with("header_only.csv");
    let err = env.imports(&["header_only.csv"]);
    assert_eq!(
        err,
        "warning: header_only.csv: the file has a header but no rows; nothing imported\n\
         imported header_only.csv: 0 inserted, 0 updated, 0 skipped, 0 rejected; batch none\n"
    );
    assert_eq!(env.export().lines().count(), 1, "only the header");
    assert_eq!(
        env.stdout(&["batch", "list", "--format", "csv"])
            .lines()
            .count(),
        1,
        "no batch"
    );
}

#[test]
fn an_empty_file_is_invalid() {
    let env = desk_with("empty.csv");
    let err = env.import_refused(&["empty.csv"], 5);
    assert_eq!(err, "error: empty.csv: the file is empty (no header row)\n");
}
