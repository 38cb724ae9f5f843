//! Passport and permit numbers (SPEC §3 "Sensitive fields"): masked in
//! every table, list and `show`, whatever the format, unless `show
//! --reveal`, which is audited; the audit log never holds the numbers.
use crate::common::{stderr, TestEnv};

const PASSPORT: &str = "C01X00T47";
const PERMIT: &str = "WK1670517";

fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    env.add_resident(
        "Müller",
        &[
            "--passport-number",
            PASSPORT,
            "--permit-number",
            PERMIT,
            "--permit-type",
            "work",
        ],
    );
    env
}

/// stdout and stderr of a successful run, as raw bytes.
fn bytes(env: &TestEnv, args: &[&str]) -> Vec<u8> {
    let out = env.output(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let mut all = out.stdout;
    all.extend(out.stderr);
    all
}

fn holds(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn numbers_are_masked_in_every_format_and_command() {
    let env = desk();
    for format in ["table", "csv", "json"] {
        for command in [
            vec!["resident", "list"],
            vec!["resident", "list", "--status", "all", "--search", "muller"],
            vec!["resident", "find", "muller"],
            vec!["resident", "find", PASSPORT],
            vec!["resident", "find", PERMIT],
            vec!["resident", "show", "1"],
            vec!["resident", "edit", "1", "--notes", format],
        ] {
            let mut args = command.clone();
            args.extend(["--format", format]);
            let out = bytes(&env, &args);
            assert!(!out.is_empty(), "{args:?} printed nothing");
            for number in [PASSPORT, PERMIT] {
                assert!(!holds(&out, number), "{args:?} shows {number}");
            }
        }
        let show = bytes(&env, &["resident", "show", "1", "--format", format]);
        assert!(holds(&show, "C01****47"), "{format}");
        assert!(holds(&show, "WK1****17"), "{format}");
    }
}

#[test]
fn the_added_record_is_masked_too() {
    let env = TestEnv::with_community();
    let out = bytes(
        &env,
        &[
            "resident",
            "add",
            "--family-name",
            "Müller",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
            "--passport-number",
            PASSPORT,
            "--format",
            "csv",
        ],
    );
    assert!(!holds(&out, PASSPORT));
    assert!(holds(&out, "C01****47"));
}

#[test]
fn short_numbers_are_masked_entirely() {
    let env = TestEnv::with_community();
    env.add_resident("Short", &["--passport-number", "AB123"]);
    let record = env.json(&["resident", "show", "1"]);
    assert_eq!(record["passport_number"], "****");
}

#[test]
fn a_duplicate_passport_error_does_not_echo_the_number() {
    let env = desk();
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "Other",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
            "--passport-number",
            PASSPORT,
        ],
        4,
    );
    assert!(!err.contains(PASSPORT), "{err}");
}

#[test]
fn the_demo_numbers_never_appear_in_lists() {
    let env = TestEnv::empty();
    env.stdout(&["demo", "--db", env.db.to_str().expect("utf-8")]);
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/demo/residents.csv");
    let mut reader = csv::Reader::from_path(demo).expect("demo csv");
    let headers = reader.headers().expect("headers").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (passport, permit) = (column("passport_number"), column("permit_number"));
    let mut numbers = Vec::new();
    for record in reader.records() {
        let record = record.expect("record");
        numbers.extend(
            [&record[passport], &record[permit]]
                .into_iter()
                .filter(|n| !n.is_empty())
                .map(String::from),
        );
    }
    assert!(numbers.len() > 300, "{}", numbers.len());
    for format in ["table", "csv", "json"] {
        let out = bytes(
            &env,
            &["resident", "list", "--status", "all", "--format", format],
        );
        let text = String::from_utf8_lossy(&out);
        for number in &numbers {
            assert!(!text.contains(number.as_str()), "{format} shows {number}");
        }
    }
}

#[test]
fn reveal_shows_the_numbers_and_is_audited() {
    let env = desk();
    for format in ["table", "csv", "json"] {
        let out = bytes(
            &env,
            &["resident", "show", "1", "--reveal", "--format", format],
        );
        assert!(holds(&out, PASSPORT), "{format}");
        assert!(holds(&out, PERMIT), "{format}");
    }
    let record = env.json(&["resident", "show", "1", "--reveal"]);
    assert_eq!(record["passport_number"], PASSPORT);
    assert_eq!(record["permit_number"], PERMIT);

    let audit = env.csv(&["audit", "list", "--resident", "1"]);
    let reveals: Vec<&str> = audit
        .lines()
        .filter(|line| line.contains(",reveal,"))
        .collect();
    assert_eq!(reveals.len(), 4, "{audit}");
    assert!(
        reveals[0].ends_with(",tester,reveal,resident,1,\"passport_number, permit_number\""),
        "{audit}"
    );
    env.stdout(&["resident", "edit", "1", "--passport-number", "X99887766"]);
    for format in ["table", "csv", "json"] {
        let out = bytes(&env, &["audit", "list", "--format", format]);
        assert!(holds(&out, "passport_number"), "{format}");
        assert!(
            !holds(&out, "X99887766"),
            "audit {format} shows the new number"
        );
        for number in [PASSPORT, PERMIT] {
            assert!(!holds(&out, number), "audit {format} shows {number}");
        }
    }
}

#[test]
fn show_without_reveal_writes_no_audit_entry() {
    let env = desk();
    env.stdout(&["resident", "show", "1"]);
    env.stdout(&["resident", "find", PASSPORT]);
    let audit = env.csv(&["audit", "list", "--resident", "1"]);
    assert!(!audit.contains("reveal"), "{audit}");
}
