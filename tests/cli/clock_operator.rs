//! The clock and the operator as the run gets them (issue 11.14): a "now"
//! whose stamps could not be stored and read back, and an operator name
//! with control characters or invisible marks, are refused (exit 2)
//! before anything is written.
use crate::common::{stderr, TestEnv};

/// Audit entries so far: a refused run must not add one.
fn audit_rows(env: &TestEnv) -> i64 {
    env.sql()
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn a_now_outside_four_digit_years_in_shanghai_is_refused() {
    let env = TestEnv::with_community();
    let before = audit_rows(&env);
    // The first is 10000-01-01 09:00 in Shanghai, the second -0001-12-31.
    for now in ["9999-12-31T20:00:00-05:00", "0000-01-01T00:00:00+09:00"] {
        let out = env
            .cmd()
            .env("EXPATDESK_NOW", now)
            .args(["community", "add", "Blue Court"])
            .write_stdin("")
            .output()
            .expect("runs");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{now}: {err}");
        assert!(
            err.starts_with("error: EXPATDESK_NOW (")
                && err.contains(now)
                && err.contains("0000–9999"),
            "{err}"
        );
        assert!(err.contains("\nhint: "), "{err}");
    }
    assert_eq!(audit_rows(&env), before, "nothing was written");
    // The last second that Shanghai still counts as 9999 works, and reads back.
    let out = env
        .cmd()
        .env("EXPATDESK_NOW", "9999-12-31T15:59:59Z")
        .args(["community", "add", "Late Court", "--format", "csv"])
        .write_stdin("")
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env
        .csv(&["audit", "list"])
        .contains("9999-12-31T23:59:59+08:00"));
}

#[test]
fn an_operator_with_hidden_characters_is_refused_and_named() {
    let env = TestEnv::with_community();
    let before = audit_rows(&env);
    let cases = [
        ("li\u{1}wei", "li\\u{1}wei", "U+0001"),
        ("li\u{7f}wei", "li\\u{7f}wei", "U+007F"),
        ("admin\u{202E}nimda", "admin\\u{202e}nimda", "U+202E"),
        ("li\u{200B}wei", "li\\u{200b}wei", "U+200B"),
    ];
    for (name, escaped, code) in cases {
        let err = env.fails(&["--operator", name, "community", "add", "Blue Court"], 2);
        assert!(
            err.contains("--operator") && err.contains(escaped) && err.contains(code),
            "{err}"
        );
        assert!(
            !err.contains(name),
            "the raw value reached the terminal: {err}"
        );
        // The variable is the flag's: the same rule.
        let out = env
            .cmd()
            .env("EXPATDESK_OPERATOR", name)
            .args(["community", "add", "Blue Court"])
            .write_stdin("")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains(escaped), "{}", stderr(&out));
    }
    assert_eq!(audit_rows(&env), before, "nothing was written");
    // A plain name, CJK and accents included, is stored as given.
    env.run(&["--operator", " 李 Wéi ", "community", "add", "Blue Court"])
        .success();
    let operator: String = env
        .sql()
        .query_row(
            "SELECT operator FROM audit ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("operator");
    assert_eq!(operator, "李 Wéi");
}
