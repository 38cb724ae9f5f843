//! The wizards driven at a real terminal (SPEC §3): the binary runs under
//! `script`, which gives it a pseudo-terminal, and the test types into it
//! key by key. Skipped, saying so, where `script` (util-linux) is absent.
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::{TestEnv, NOW};

/// Runs `expatdesk ARGS` on a terminal of 80 columns, typing `keys` (each
/// after a pause, so every prompt is up before its answer comes), and
/// returns the exit code and what the terminal showed.
fn at_terminal(env: &TestEnv, args: &[&str], keys: &[&str]) -> Option<(i32, String)> {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return None;
    }
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    let line = format!(
        "stty cols 80 rows 40; exec '{}' {}",
        env!("CARGO_BIN_EXE_expatdesk"),
        quoted.join(" ")
    );
    let mut child = Command::new("script")
        .args(["-qefc", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("HOME", env.path(""))
        .env("EXPATDESK_NOW", NOW)
        .env("EXPATDESK_OPERATOR", "tester")
        .env("EXPATDESK_DB", &env.db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script");
    let mut stdin = child.stdin.take().expect("stdin");
    std::thread::sleep(Duration::from_millis(700));
    for key in keys {
        let _ = stdin.write_all(key.as_bytes());
        let _ = stdin.flush();
        std::thread::sleep(Duration::from_millis(350));
    }
    std::thread::sleep(Duration::from_millis(500));
    drop(stdin);
    let out = child.wait_with_output().expect("wait");
    let screen = String::from_utf8_lossy(&out.stdout).into_owned();
    Some((out.status.code().unwrap_or(-1), screen))
}

/// Kim Minji at the wizard: korea is an alias of KR; the community by its
/// Chinese name; languages kept in the order typed; no optional details;
/// confirm.
const KIM: [&str; 7] = [
    "Kim\r",
    "Minji\r",
    "korea\r",
    "绿庭\r",
    "German, en\r",
    "n",
    "y",
];

fn residents(env: &TestEnv) -> String {
    env.csv(&["resident", "list", "--status", "all"])
}

#[test]
fn a_resident_registered_through_the_wizard() {
    let env = TestEnv::with_community();
    env.run(&[
        "community",
        "rename",
        "Green Court",
        "Green Court",
        "--name-zh",
        "绿庭",
    ])
    .success();
    let Some((code, screen)) = at_terminal(&env, &["resident", "add"], &KIM) else {
        return;
    };
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Korea, Republic of (KR)"), "{screen}");
    let list = residents(&env);
    assert!(
        list.contains("Kim,Minji,,KR,Green Court,,,de;en,"),
        "{list}"
    );
}

#[test]
fn a_wrong_flag_and_a_wrong_answer_are_asked_again() {
    let env = TestEnv::with_community();
    let args = [
        "resident",
        "add",
        "--family-name",
        "Ng",
        "--given-name",
        "Ada",
        "--community",
        "Green Court",
        "--languages",
        "en",
        "--birth-date",
        "1990-02-30",
    ];
    // the wrong --birth-date is set aside at once and asked again with
    // the other details; a wrong answer there is refused on the spot
    let mut keys = vec![
        "Germany\r",
        "y",
        "\r",
        "\r",
        "\r",
        "1990-02-31\r",
        "1990-02-03\r",
    ];
    keys.extend(std::iter::repeat_n("\r", 10));
    keys.extend(["n", "n", "y"]);
    let Some((code, screen)) = at_terminal(&env, &args, &keys) else {
        return;
    };
    assert!(screen.contains("--birth-date 1990-02-30"), "{screen}");
    assert!(screen.contains("asking again"), "{screen}");
    assert!(screen.contains("is not a real date"), "{screen}");
    assert_eq!(code, 0, "{screen}");
    let csv = env.csv(&["resident", "export"]);
    assert!(csv.contains(",Ng,Ada,,DE,unspecified,1990-02-03,"), "{csv}");
}

#[test]
fn esc_at_a_question_writes_nothing_and_shows_the_cursor() {
    let env = TestEnv::with_community();
    let before = residents(&env);
    let Some((code, screen)) = at_terminal(&env, &["resident", "add"], &["Lee\r", "\x1b"]) else {
        return;
    };
    assert_eq!(code, 4, "{screen}");
    assert!(
        screen.contains("cancelled: nothing was written"),
        "{screen}"
    );
    assert!(
        screen.contains("\x1b[?25h"),
        "cursor not shown again: {screen:?}"
    );
    assert_eq!(residents(&env), before);
}

#[test]
fn ctrl_c_in_a_list_writes_nothing_and_shows_the_cursor() {
    let env = TestEnv::with_community();
    let before = residents(&env);
    // up to the gender list (after "more details? y"), then Ctrl-C
    let keys = ["Lee\r", "\r", "FR\r", "Green Court\r", "fr\r", "y", "\x03"];
    let Some((code, screen)) = at_terminal(&env, &["resident", "add"], &keys) else {
        return;
    };
    assert_eq!(code, 4, "{screen}");
    assert!(
        screen.contains("cancelled: nothing was written"),
        "{screen}"
    );
    assert!(
        screen.rfind("\x1b[?25h") > screen.rfind("\x1b[?25l"),
        "{screen:?}"
    );
    assert_eq!(residents(&env), before);
}

#[test]
fn feedback_log_finds_the_resident_by_name() {
    let env = TestEnv::with_community();
    env.add_resident("Müller", &["--given-name", "Anna"]);
    // resident by name, category and channel lists (first entries), a
    // subject, a two-line text ended by an empty line, confirm
    let keys = [
        "nobody\r",
        "muller\r",
        "\r",
        "\r",
        "Heating broken\r",
        "No heating since Monday.\r",
        "Two children.\r",
        "\r",
        "y",
    ];
    let Some((code, screen)) = at_terminal(&env, &["feedback", "log"], &keys) else {
        return;
    };
    assert!(
        screen.contains("no active resident matches nobody"),
        "{screen}"
    );
    assert_eq!(code, 0, "{screen}");
    let items = env.json(&["feedback", "show", "1"]);
    assert_eq!(items["resident_id"], 1, "{items}");
    assert_eq!(items["subject"], "Heating broken", "{items}");
    assert_eq!(
        items["body"], "No heating since Monday.\nTwo children.",
        "{items}"
    );
}

#[test]
fn notice_add_asks_the_audience_and_shows_its_reach() {
    let env = TestEnv::with_community();
    env.add_resident("Kim", &["--consent-contact", "yes"]);
    env.add_resident("Ng", &[]);
    let keys = [
        "Water cut\r",
        "停水通知\r",
        "No water on Friday.\r",
        "\r",
        "周五停水。\r",
        "\r",
        "Nowhere\r",
        "Green Court\r",
        "Deutschland\r",
        "y",
    ];
    let Some((code, screen)) = at_terminal(&env, &["notice", "add"], &keys) else {
        return;
    };
    assert!(
        screen.contains("is not a known community (Nowhere)"),
        "{screen}"
    );
    assert!(
        screen.contains("nationalities: DE: 2 active residents"),
        "{screen}"
    );
    assert!(screen.contains("1 of them agreed"), "{screen}");
    assert_eq!(code, 0, "{screen}");
    let notice = env.json(&["notice", "show", "1"]);
    assert_eq!(notice["title_zh"], "停水通知", "{notice}");
    let recipients = env.csv(&["notice", "recipients", "1"]);
    assert_eq!(recipients.lines().count(), 2, "{recipients}");
}

/// The screen without terminal control sequences and carriage returns.
fn plain(screen: &str) -> String {
    let mut out = String::new();
    let mut chars = screen.chars();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                // CSI: ESC [ parameters, then a final letter.
                for next in chars.by_ref() {
                    if next.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// The block the wizard shows before its last question: the values about
/// to be registered, between two empty lines.
fn summary(screen: &str) -> String {
    let text = plain(screen);
    let end = text.rfind("\n\n?").expect("a question after the summary");
    let start = text[..end].rfind("\n\n").expect("an empty line before it") + 2;
    text[start..end].to_string()
}

#[test]
fn the_wizard_summary_in_both_languages() {
    for lang in ["en", "zh"] {
        let env = TestEnv::with_community();
        let args = ["--lang", lang, "resident", "add"];
        let Some((code, screen)) = at_terminal(&env, &args, &KIM) else {
            return;
        };
        assert_eq!(code, 0, "{screen}");
        insta::assert_snapshot!(format!("wizard_summary_{lang}"), summary(&screen));
        let answers = plain(&screen);
        let (yes, no) = if lang == "zh" {
            ("是", "否")
        } else {
            ("yes", "no")
        };
        assert!(answers.contains(&format!("· {no}")), "{answers}");
        assert!(answers.contains(&format!("· {yes}")), "{answers}");
        assert!(residents(&env).contains("Kim,Minji,,KR,Green Court"));
    }
}
