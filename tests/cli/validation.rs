//! Invalid data is exit 5 naming the flag, the problem and the value
//! (SPEC §1 "Text", §3 validation), and nothing is written.
use rstest::rstest;

use crate::common::{stderr, TestEnv};

/// Two communities, so the "known communities" hint lists both.
fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    env.stdout(&["community", "add", "Jade Terrace"]);
    env
}

/// `resident add` of a valid resident with `flag value` added or replaced.
fn add_with(env: &TestEnv, flag: &str, value: &str) -> std::process::Output {
    let mut args = vec!["resident", "add"];
    for (required, default) in [
        ("--family-name", "Valid"),
        ("--nationality", "DE"),
        ("--community", "Green Court"),
    ] {
        if required != flag {
            args.extend([required, default]);
        }
    }
    args.extend([flag, value]);
    env.output(&args)
}

fn residents(env: &TestEnv) -> usize {
    env.ids(&["resident", "list", "--status", "all"]).len()
}

#[rstest]
#[case::impossible_date(
    "--birth-date",
    "2023-02-30",
    "--birth-date: is not a real date (2023-02-30)"
)]
#[case::sloppy_date(
    "--arrival-date",
    "2024-2-9",
    "--arrival-date: is not a real date (2024-2-9)"
)]
#[case::future_birth(
    "--birth-date",
    "2026-11-28",
    "--birth-date: is in the future (2026-11-28)"
)]
#[case::future_registration(
    "--residence-registered-on",
    "2027-01-01",
    "--residence-registered-on: is in the future (2027-01-01)"
)]
#[case::email_without_domain(
    "--email",
    "anna@example",
    "--email: is not an e-mail address (anna@example)"
)]
#[case::email_with_space("--email", "anna m@example.com", "--email: is not an e-mail address")]
#[case::phone_letters(
    "--phone",
    "138-ABCD-5678",
    "--phone: is not a phone number (138-ABCD-5678)"
)]
#[case::phone_too_short("--phone", "+1", "--phone: is not a phone number (+1)")]
#[case::phone_two_plus("--phone", "++8613812345678", "--phone: is not a phone number")]
#[case::unknown_nationality(
    "--nationality",
    "Germny",
    "--nationality: is not a known country (Germny)\nhint: did you mean Germany?"
)]
#[case::unknown_community(
    "--community",
    "Nowhere",
    "--community: is not a known community (Nowhere)\nhint: known communities: Green Court (绿庭), Jade Terrace"
)]
#[case::unknown_language(
    "--languages",
    "de;klingon",
    "--languages: has an unknown language: klingon"
)]
#[case::gender(
    "--gender",
    "f",
    "--gender: must be one of female, male, other, unspecified (f)"
)]
#[case::permit_type(
    "--permit-type",
    "visa",
    "--permit-type: must be one of work, study, family, residence, business, other, none (visa)"
)]
#[case::status(
    "--status",
    "gone",
    "--status: must be one of active, moved-out (gone)"
)]
#[case::status_erased(
    "--status",
    "erased",
    "--status: cannot be set to erased (erased)\nhint: use `expatdesk resident erase ID`"
)]
#[case::consent(
    "--consent-share",
    "maybe",
    "--consent-share: must be yes or no (maybe)"
)]
#[case::moved_out_while_active(
    "--moved-out-on",
    "2026-11-01",
    "--moved-out-on: must be empty while status is active (2026-11-01)"
)]
#[case::escape_in_family_name(
    "--family-name",
    "Mül\u{1b}[31mler",
    "--family-name: contains the control character U+001B (Mül\\u{1b}[31mler)"
)]
#[case::delete_in_given_name(
    "--given-name",
    "An\u{7f}na",
    "--given-name: contains the control character U+007F (An\\u{7f}na)"
)]
#[case::c1_next_line_in_wechat(
    "--wechat",
    "wx\u{85}id",
    "--wechat: contains the control character U+0085 (wx\\u{85}id)"
)]
#[case::c1_at_the_end(
    "--chinese-name",
    "穆安娜\u{85}",
    "--chinese-name: contains the control character U+0085"
)]
#[case::newline_in_family_name(
    "--family-name",
    "Mül\nler",
    "--family-name: contains the control character U+000A (Mül\\u{a}ler)"
)]
#[case::tab_in_external_id(
    "--external-id",
    "GC\t1",
    "--external-id: contains the control character U+0009"
)]
#[case::escape_in_notes(
    "--notes",
    "ok\u{1b}]0;x",
    "--notes: contains the control character U+001B"
)]
#[case::lone_cr_in_notes("--notes", "a\rb", "--notes: contains the control character U+000D")]
#[case::null_like_in_address(
    "--address",
    "Room\u{1}1",
    "--address: contains the control character U+0001"
)]
fn invalid_values_are_exit_5(#[case] flag: &str, #[case] value: &str, #[case] expected: &str) {
    let env = desk();
    let out = add_with(&env, flag, value);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(out.stdout.is_empty());
    assert!(err.starts_with(&format!("error: {expected}")), "{err}");
    // Control characters are escaped, never sent to the terminal.
    assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");
    assert_eq!(residents(&env), 0);
}

#[test]
fn every_problem_is_reported_at_once() {
    let env = desk();
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "Valid",
            "--nationality",
            "Germny",
            "--community",
            "Nowhere",
            "--birth-date",
            "2023-02-30",
            "--email",
            "bad",
            "--phone",
            "12ab",
            "--languages",
            "klingon",
            "--gender",
            "f",
            "--permit-type",
            "x",
            "--status",
            "erased",
        ],
        5,
    );
    insta::assert_snapshot!("every_problem_at_once", err);
}

#[test]
fn cross_field_rules() {
    let env = desk();
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "Valid",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
            "--birth-date",
            "1990-01-01",
            "--arrival-date",
            "1989-12-31",
        ],
        5,
    );
    assert!(
        err.starts_with("error: --arrival-date: is before the birth date (1989-12-31)"),
        "{err}"
    );
    let err = add_with(&env, "--status", "moved-out");
    assert_eq!(err.status.code(), Some(5));
    assert!(stderr(&err).contains("--moved-out-on: is required when status is moved-out"));
    assert_eq!(residents(&env), 0);
}

#[test]
fn a_birth_date_of_today_is_fine() {
    let env = desk();
    let out = add_with(&env, "--birth-date", "2026-11-27");
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn multi_line_fields_keep_newlines_and_tabs_and_store_crlf_as_lf() {
    let env = desk();
    let id = env.add_resident(
        "Valid",
        &[
            "--notes",
            "line one\r\nline two\n\tindented",
            "--address",
            "Building 3\r\nRoom 1201",
        ],
    );
    let record = env.json(&["resident", "show", &id.to_string()]);
    assert_eq!(record["notes"], "line one\nline two\n\tindented");
    assert_eq!(record["address"], "Building 3\nRoom 1201");
    let csv = env.csv(&["resident", "show", &id.to_string()]);
    assert!(
        csv.contains(",\"line one\nline two\n\tindented\","),
        "{csv}"
    );
}

#[test]
fn values_over_the_length_limit_are_refused() {
    let env = desk();
    let hundred = "x".repeat(100);
    env.add_resident(&hundred, &[]);
    let err = stderr(&add_with(&env, "--family-name", &"x".repeat(101)));
    assert!(
        err.starts_with("error: --family-name: is 101 characters long; the limit is 100 (xxx"),
        "{err}"
    );
    // The value is quoted cut short, not in full.
    assert!(
        err.contains('…') && !err.contains(&"x".repeat(101)),
        "{err}"
    );
    // Limits count characters, not bytes.
    env.add_resident(&"穆".repeat(100), &[]);
    assert_eq!(residents(&env), 2);
}

#[test]
fn a_70_kib_value_is_refused_in_any_field() {
    let env = desk();
    let huge = "x".repeat(70 * 1024);
    for flag in ["--notes", "--family-name", "--address", "--email"] {
        let out = add_with(&env, flag, &huge);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(5), "{flag}: {err}");
        let first = err.lines().next().unwrap_or_default();
        assert!(first.starts_with(&format!("error: {flag}: ")), "{err}");
        assert!(err.len() < 1000, "the whole value was echoed for {flag}");
    }
    let err = stderr(&add_with(&env, "--notes", &huge));
    assert!(
        err.starts_with("error: --notes: is larger than 64 KiB"),
        "{err}"
    );
    assert_eq!(residents(&env), 0);
}

#[test]
fn edits_are_validated_like_additions() {
    let env = desk();
    let id = env.add_resident("Valid", &["--email", "valid@example.com"]);
    let id = id.to_string();
    for (flag, value, expected) in [
        (
            "--email",
            "bad",
            "error: --email: is not an e-mail address (bad)",
        ),
        (
            "--birth-date",
            "2023-02-30",
            "error: --birth-date: is not a real date",
        ),
        (
            "--community",
            "nowhere",
            "error: --community: is not a known community",
        ),
        (
            "--status",
            "erased",
            "error: --status: cannot be set to erased",
        ),
        (
            "--family-name",
            "A\u{85}",
            "error: --family-name: contains the control",
        ),
    ] {
        let err = env.fails(&["resident", "edit", &id, flag, value], 5);
        assert!(err.starts_with(expected), "{flag}: {err}");
    }
    let record = env.json(&["resident", "show", &id]);
    assert_eq!(record["email"], "valid@example.com");
    assert_eq!(record["status"], "active");
    let audit = env.csv(&["audit", "list", "--resident", &id]);
    assert_eq!(audit.lines().count(), 2, "only the add: {audit}");
}

#[test]
fn list_filters_with_unknown_names_are_exit_5() {
    let env = desk();
    let err = env.fails(&["resident", "list", "--nationality", "Germani"], 5);
    assert_eq!(
        err,
        "error: --nationality: is not known (Germani)\nhint: did you mean Germany?\n"
    );
    let err = env.fails(&["resident", "list", "--language", "klingon"], 5);
    assert!(
        err.starts_with("error: --language: is not known (klingon)\n"),
        "{err}"
    );
    let err = env.fails(&["resident", "list", "--community", "nowhere"], 5);
    assert_eq!(
        err,
        "error: --community: is not a known community (nowhere)\n\
         hint: known communities: Green Court (绿庭), Jade Terrace\n"
    );
}

#[test]
fn a_reversed_date_range_is_a_usage_error() {
    let env = desk();
    let reversed = ["--from", "2026-12-31", "--to", "2026-12-01"];
    for command in [
        &["course", "list"][..],
        &["feedback", "list"][..],
        &["audit", "list"][..],
        &["report", "feedback", "--by", "category"][..],
        &["report", "courses"][..],
    ] {
        let args: Vec<&str> = command.iter().chain(&reversed).copied().collect();
        let err = env.fails(&args, 2);
        assert_eq!(
            err, "error: --from is after --to\nhint: swap the two dates\n",
            "{command:?}"
        );
    }
    let args: Vec<&str> = ["schedule"].iter().chain(&reversed).copied().collect();
    let err = env.fails(&args, 2);
    assert!(
        err.starts_with("error: --to (2026-12-01) is before --from (2026-12-31)\n"),
        "{err}"
    );
}
