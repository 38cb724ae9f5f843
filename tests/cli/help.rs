//! `--help` of every command (SPEC §1): examples, the global options under
//! their own heading, in English and in Chinese; `manpages DIR` writes a
//! page per command.
use crate::common::TestEnv;

/// Every command path, from `expatdesk help`'s tree, walked through the
/// binary itself.
fn commands(env: &TestEnv) -> Vec<Vec<String>> {
    fn walk(env: &TestEnv, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = env.stdout(&args);
        out.push(path.clone());
        let Some(section) = help.split("\nCommands:\n").nth(1) else {
            return;
        };
        for line in section.lines() {
            if !line.starts_with("  ") || line.starts_with("   ") {
                if line.trim().is_empty() {
                    break;
                }
                continue;
            }
            let name = line.split_whitespace().next().unwrap_or_default();
            if name.is_empty() || name == "help" {
                continue;
            }
            let mut sub = path.clone();
            sub.push(name.to_string());
            walk(env, sub, out);
        }
    }
    let mut out = Vec::new();
    walk(env, Vec::new(), &mut out);
    out
}

#[test]
fn every_command_has_examples_and_global_options() {
    let env = TestEnv::empty();
    let all = commands(&env);
    assert!(all.len() > 60, "only {} commands found", all.len());
    for path in all.iter().filter(|p| !p.is_empty()) {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = env.stdout(&args);
        let name = path.join(" ");
        assert!(help.contains("\nExamples:\n"), "{name}: no Examples");
        assert!(
            help.contains(&format!("$ expatdesk {}", path[0])),
            "{name}: examples do not show the command"
        );
        assert!(
            help.contains("\nGlobal options:\n"),
            "{name}: no Global options heading"
        );
        let options = help.split("\nGlobal options:\n").next().unwrap_or_default();
        assert!(
            !options.contains("--db <DB>"),
            "{name}: --db outside Global options"
        );
        assert!(!help.starts_with("error:"), "{name}: {help}");
    }
}

#[test]
fn help_is_in_chinese_under_lang_zh() {
    let env = TestEnv::empty();
    let help = env.stdout(&["--lang", "zh", "resident", "add", "--help"]);
    assert!(help.contains("用法："), "{help}");
    assert!(help.contains("全局选项"), "{help}");
    assert!(help.contains("示例："), "{help}");
    assert!(help.contains("$ expatdesk resident add"), "{help}");
    assert!(help.contains("姓（必填）"), "{help}");
    assert!(
        help.contains("-h, --help") && help.contains("显示帮助"),
        "{help}"
    );
    for english in ["Options:", "Print help", "Family name", "atomically"] {
        assert!(!help.contains(english), "{english} left in: {help}");
    }
    let by_env = env
        .cmd()
        .env("LANG", "zh_CN.UTF-8")
        .args(["resident", "find", "--help"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&by_env.stdout);
    assert!(text.contains("示例："), "{text}");
}

#[test]
fn manpages_writes_one_page_per_command() {
    let env = TestEnv::empty();
    let dir = env.path("man");
    std::fs::create_dir(&dir).expect("mkdir");
    let dir_arg = dir.to_string_lossy().into_owned();
    env.run(&["manpages", &dir_arg]).success();
    let count = commands(&env).len();
    let pages: Vec<_> = std::fs::read_dir(&dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(pages.len(), count, "{pages:?}");
    let page = std::fs::read_to_string(dir.join("expatdesk-resident-add.1")).expect("page");
    assert!(page.starts_with(".ie") || page.contains(".TH"), "{page}");
    assert!(page.contains("expatdesk\\-resident\\-add") || page.contains("resident-add"));
    assert!(page.contains("Examples:"), "no examples in the page");
    assert!(!env.db.exists(), "manpages opened a database");
}

#[test]
fn manpages_refuses_a_missing_folder() {
    let env = TestEnv::empty();
    let missing = env.path("no/such/dir");
    let err = env.fails(&["manpages", &missing.to_string_lossy()], 2);
    assert!(err.contains("is not a folder"), "{err}");
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn every_help_page_is_chinese_under_lang_zh() {
    let env = TestEnv::empty();
    for path in commands(&env) {
        let mut args = vec!["--lang", "zh"];
        args.extend(path.iter().map(String::as_str));
        args.push("--help");
        let help = env.stdout(&args);
        for english in [
            "Options:",
            "Print help",
            "Usage:",
            "Commands:",
            "Examples:",
            "[default:",
            "[possible values:",
            "[env:",
        ] {
            assert!(!help.contains(english), "{path:?}: {english} left in");
        }
        assert!(help.contains("示例："), "{path:?}: {help}");
    }
}

/// A desk's terminal is 80 columns: no help page, in either language, has
/// a wider line (clap breaks only at spaces; Chinese text has none).
#[test]
fn every_help_page_fits_in_80_columns() {
    let env = TestEnv::sqlite_empty();
    for path in commands(&env) {
        for lang in ["en", "zh"] {
            let out = env
                .cmd()
                .env("COLUMNS", "80")
                .args(["--lang", lang])
                .args(&path)
                .arg("--help")
                .output()
                .expect("run");
            assert!(out.status.success(), "{path:?}");
            let help = String::from_utf8(out.stdout).expect("utf-8");
            for line in help.lines() {
                let width = expatdesk::text::display_width(line);
                assert!(width <= 80, "{lang} {path:?}: {width} columns:\n{line}");
            }
        }
    }
}
