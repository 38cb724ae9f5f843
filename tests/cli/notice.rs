//! Notices (SPEC §6): the audience and each recipient's language.
use crate::common::TestEnv;

fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    env.run(&["community", "add", "Lakeside"]).success();
    let add = |family: &str, extra: &[&str]| env.add_resident(family, extra);
    add(
        "Weber",
        &["--languages", "de;en", "--consent-contact", "yes"],
    ); // 1: en (no de version)
    add(
        "Zhang",
        &["--languages", "zh;en", "--consent-contact", "yes"],
    ); // 2: zh
    env.add(&[
        "--family-name",
        "Tanaka",
        "--nationality",
        "JP",
        "--community",
        "Green Court",
        "--languages",
        "ja;en",
        "--consent-contact",
        "yes",
    ]); // 3: ja or en
    add("Quiet", &["--languages", "en", "--consent-contact", "no"]); // 4: never
    add("Gone", &["--languages", "en", "--consent-contact", "yes"]); // 5: moved out
    env.add(&[
        "--family-name",
        "Lake",
        "--nationality",
        "DE",
        "--community",
        "Lakeside",
        "--languages",
        "fr",
        "--consent-contact",
        "yes",
    ]); // 6
    env.run(&["resident", "move-out", "5", "--on", "2026-11-20"])
        .success();
    env
}

fn notice(env: &TestEnv, extra: &[&str]) -> String {
    let mut args = vec![
        "notice",
        "add",
        "--title-en",
        "Lift repair",
        "--title-zh",
        "电梯维修",
        "--body-en",
        "The lift is out of order.",
        "--body-zh",
        "电梯停用。",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let out = env.stdout(&args);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v["id"].as_i64().expect("id").to_string()
}

/// (resident_id, language) of `notice recipients`.
fn recipients(env: &TestEnv, id: &str) -> Vec<(String, String)> {
    let csv = env.csv(&["notice", "recipients", id]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("resident_id,family_name,given_name,language,phone,email,wechat,community")
    );
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].to_string(), f[3].to_string())
        })
        .collect()
}

fn pair(id: &str, lang: &str) -> (String, String) {
    (id.into(), lang.into())
}

#[test]
fn everyone_who_consented_gets_their_first_language_the_notice_has() {
    let env = desk();
    let id = notice(&env, &[]);
    assert_eq!(
        recipients(&env, &id),
        vec![
            pair("1", "en"),
            pair("2", "zh"),
            pair("3", "en"),
            pair("6", "en")
        ]
    );
    let ja = notice(
        &env,
        &["--title-ja", "エレベーター", "--body-ja", "停止中です。"],
    );
    assert_eq!(recipients(&env, &ja)[2], pair("3", "ja"));
}

#[test]
fn the_audience_narrows_by_community_and_nationality() {
    let env = desk();
    let lake = notice(&env, &["--community", "lakeside"]);
    assert_eq!(recipients(&env, &lake), vec![pair("6", "en")]);
    let both = notice(
        &env,
        &["--community", "Green Court", "--nationality", "Japan"],
    );
    assert_eq!(recipients(&env, &both), vec![pair("3", "en")]);
    let either = notice(&env, &["--nationality", "JP", "--nationality", "DE"]);
    assert_eq!(
        recipients(&env, &either).len(),
        4,
        "the consenting, active DE residents and the Japanese one"
    );
    env.fails(&["notice", "recipients", "99"], 3);
}

#[test]
fn a_notice_needs_both_languages_and_known_audiences() {
    let env = desk();
    let err = env.fails(&["notice", "add", "--title-en", "x", "--body-en", "y"], 2);
    assert!(
        err.contains("--title-zh") && err.contains("--body-zh"),
        "{err}"
    );
    env.fails(
        &[
            "notice",
            "add",
            "--title-en",
            "x",
            "--title-zh",
            "x",
            "--body-en",
            "y",
            "--body-zh",
            "y",
            "--community",
            "Nowhere",
        ],
        5,
    );
    env.fails(
        &[
            "notice",
            "add",
            "--title-en",
            "x",
            "--title-zh",
            "x",
            "--body-en",
            "y",
            "--body-zh",
            "y",
            "--title-ja",
            "x",
        ],
        2,
    );
    notice(&env, &[]);
    let list = env.csv(&["notice", "list"]);
    assert!(
        list.starts_with("id,title_en,title_zh,category,effective_on,audience,languages\n"),
        "{list}"
    );
}
