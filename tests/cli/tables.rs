//! Tables at a desk's terminal widths (SPEC §1 "table"): no line wider
//! than the terminal, in English and in Chinese, on the demo data (Chinese
//! names, long titles); the resident list pinned at 80 and 120 columns.
use crate::common::TestEnv;

fn demo() -> TestEnv {
    let env = TestEnv::empty();
    let db = env.db.to_string_lossy().into_owned();
    env.run(&["demo", "--db", &db]).success();
    env
}

fn table(env: &TestEnv, lang: &str, width: usize, args: &[&str]) -> String {
    let out = env
        .cmd()
        .env("COLUMNS", width.to_string())
        .args(["--lang", lang])
        .args(args)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

const TABLES: &[&[&str]] = &[
    &["resident", "list"],
    &["resident", "list", "--permit-expiring", "90"],
    &["resident", "list", "--registration-due"],
    &["resident", "find", "m"],
    &["resident", "show", "1"],
    &["course", "list"],
    &["course", "show", "3"],
    &["schedule", "--from", "2026-11-23", "--to", "2026-12-20"],
    &["feedback", "list"],
    &["feedback", "show", "1"],
    &["notice", "list"],
    &["notice", "recipients", "2"],
    &["community", "list"],
    &["department", "list"],
    &["audit", "list"],
    &["today"],
    &["report", "residents", "--by", "nationality", "--chart"],
    &["report", "feedback", "--by", "department", "--chart"],
    &["report", "monthly", "--month", "2026-11"],
];

#[test]
fn no_line_is_wider_than_the_terminal() {
    let env = demo();
    for lang in ["en", "zh"] {
        for width in [80, 120] {
            for args in TABLES {
                let text = table(&env, lang, width, args);
                assert!(!text.trim().is_empty(), "{lang} {width} {args:?}: empty");
                for line in text.lines() {
                    let w = expatdesk::text::display_width(line);
                    assert!(
                        w <= width,
                        "{lang} {width} {args:?}: a line of {w} columns:\n{line}\n{text}"
                    );
                }
            }
        }
    }
}

/// A Chinese table's headers and section titles are Chinese: a column
/// name without its `col-` entry would fall back to English words.
#[test]
fn chinese_tables_have_chinese_headers_and_titles() {
    let env = demo();
    for args in TABLES {
        let text = table(&env, "zh", 200, args);
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let next = lines.get(i + 1).copied().unwrap_or("");
            let header = i > 0 && lines[i - 1].starts_with('┌') && next.starts_with('╞');
            // A section title stands at the margin; an indented line is a hint.
            let title = next.starts_with('┌') && !line.is_empty() && !line.starts_with([' ', '│']);
            if !(header || title) {
                continue;
            }
            let english = line
                .split(|c: char| !c.is_ascii_alphabetic())
                .find(|w| w.len() >= 3);
            assert!(
                english.is_none(),
                "{args:?}: English {english:?} in\n{line}"
            );
        }
    }
}

#[test]
fn the_resident_list_at_80_and_120_columns() {
    let env = demo();
    for width in [80, 120] {
        let text = table(&env, "en", width, &["resident", "list", "--limit", "8"]);
        insta::assert_snapshot!(format!("resident_list_{width}"), text);
        let text = table(&env, "zh", width, &["resident", "list", "--limit", "8"]);
        insta::assert_snapshot!(format!("resident_list_{width}_zh"), text);
    }
}
