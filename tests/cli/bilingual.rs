//! The interface in both languages (SPEC §1 "Language"): the same screens
//! pinned as snapshots under `--lang en` and `--lang zh` — errors with
//! their hints, notes, tables, the dashboard, the monthly report, help.
//! A change of wording shows up here as a reviewed snapshot diff.
use crate::common::TestEnv;

fn demo() -> TestEnv {
    let env = TestEnv::empty();
    let db = env.db.to_string_lossy().into_owned();
    env.run(&["demo", "--db", &db]).success();
    env
}

/// What a run shows a person, at a terminal of 80 columns: stdout, then
/// stderr, then the exit code.
fn screen(env: &TestEnv, lang: &str, args: &[&str]) -> String {
    let mut cmd = env.cmd();
    if args.contains(&"--help") {
        // Help shows EXPATDESK_DB's value, a temporary path: not set here.
        cmd.env_remove("EXPATDESK_DB");
    }
    let out = cmd
        .env("COLUMNS", "80")
        .args(["--lang", lang])
        .args(args)
        .write_stdin("")
        .output()
        .expect("run");
    format!(
        "$ expatdesk {}\n{}{}[exit {}]\n",
        args.join(" "),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status.code().unwrap_or(-1)
    )
}

/// Each screen in both languages, as `NAME_en` and `NAME_zh`.
fn both(env: &TestEnv, name: &str, args: &[&str]) {
    for lang in ["en", "zh"] {
        insta::assert_snapshot!(format!("{name}_{lang}"), screen(env, lang, args));
    }
}

#[test]
fn errors_with_their_hints() {
    let env = demo();
    both(&env, "not_found", &["resident", "show", "999"]);
    both(
        &env,
        "missing_values",
        &["resident", "add", "--family-name", "Kim"],
    );
    both(
        &env,
        "bad_value",
        &["resident", "list", "--permit-expiring", "soon"],
    );
    both(
        &env,
        "reversed_range",
        &[
            "feedback",
            "list",
            "--from",
            "2026-12-01",
            "--to",
            "2026-11-01",
        ],
    );
    both(&env, "unknown_flag", &["course", "add", "--weekly"]);
    both(&env, "unknown_command", &["resident", "lsit"]);
    // A bad row named with its line, and the known communities once after
    // the rows (found by the problem's kind, in either language).
    env.write(
        "new.csv",
        "family_name,nationality,community\nKim,KR,Nowhere Gardens\nLee,XX,Green Court\n",
    );
    both(&env, "import_refused", &["resident", "import", "new.csv"]);
}

#[test]
fn notes_after_a_change() {
    for (name, args) in [
        (
            "course_added",
            &[
                "course",
                "add",
                "--title",
                "Tai chi",
                "--category",
                "martial-arts",
                "--start",
                "2026-12-02 09:00",
                "--duration",
                "60m",
                "--capacity",
                "5",
                "--repeat",
                "weekly",
                "--count",
                "3",
                "--format",
                "csv",
            ][..],
        ),
        (
            "resident_added",
            &[
                "resident",
                "add",
                "--family-name",
                "Kim",
                "--given-name",
                "Minji",
                "--nationality",
                "KR",
                "--community",
                "Green Court",
                "--format",
                "csv",
            ][..],
        ),
    ] {
        // A fresh demo per language, so the two runs add the same ids.
        for lang in ["en", "zh"] {
            let env = demo();
            insta::assert_snapshot!(format!("{name}_{lang}"), screen(&env, lang, args));
        }
    }
}

#[test]
fn the_desk_screens() {
    let env = demo();
    both(&env, "today", &["today"]);
    both(
        &env,
        "report_monthly",
        &["report", "monthly", "--month", "2026-11"],
    );
    both(&env, "resident_show", &["resident", "show", "1"]);
    both(&env, "course_show", &["course", "show", "3"]);
    both(&env, "feedback_show", &["feedback", "show", "3"]);
    // Chinese names in Chinese tables: countries, communities, departments,
    // report groups, a notice's audience.
    both(
        &env,
        "report_by_nationality",
        &["report", "residents", "--by", "nationality"],
    );
    both(
        &env,
        "report_by_department",
        &["report", "feedback", "--by", "department"],
    );
    both(&env, "notice_list", &["notice", "list"]);
    both(
        &env,
        "registrations",
        &["report", "registrations", "--limit", "5"],
    );
}

#[test]
fn help_pages() {
    let env = demo();
    both(&env, "resident_add_help", &["resident", "add", "--help"]);
    both(&env, "top_help", &["--help"]);
}
