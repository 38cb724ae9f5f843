//! Everyday input (issue 12): communities by their Chinese name, departments
//! by their short Chinese name, countries and languages by the names a desk
//! types, phones in any spacing or width stored as E.164 — through flags,
//! filters and imports alike, with "did you mean" for what matches nothing.
use crate::common::TestEnv;

fn show(env: &TestEnv, id: i64) -> serde_json::Value {
    env.json(&["resident", "show", &id.to_string()])
}

fn add(env: &TestEnv, family: &str, flags: &[&str]) -> i64 {
    let mut all = vec!["--family-name", family];
    all.extend_from_slice(flags);
    env.add(&all)
}

#[test]
fn communities_go_by_their_chinese_name_in_add_edit_list_and_import() {
    let env = TestEnv::with_community();
    env.stdout(&[
        "community",
        "add",
        "Lakeside Villas",
        "--name-zh",
        "湖畔别墅",
    ]);
    let id = add(&env, "Kim", &["--nationality", "KR", "--community", "绿庭"]);
    assert_eq!(show(&env, id)["community"], "Green Court");
    env.stdout(&[
        "resident",
        "edit",
        &id.to_string(),
        "--community",
        "湖畔别墅",
    ]);
    assert_eq!(show(&env, id)["community"], "Lakeside Villas");
    assert_eq!(
        env.ids(&["resident", "list", "--community", "湖畔别墅"]),
        vec![id]
    );
    assert!(env
        .ids(&["resident", "list", "--community", "绿庭"])
        .is_empty());

    env.write(
        "people.csv",
        "family_name,nationality,community\nLee,韩国,绿庭\n",
    );
    env.imports(&["people.csv"]);
    let green = env.csv(&["resident", "list", "--community", "绿庭"]);
    assert!(green.contains(",Lee,"), "{green}");
    assert!(green.contains(",KR,"), "{green}");
}

#[test]
fn an_unknown_community_gets_did_you_mean_and_both_names() {
    let env = TestEnv::with_community();
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "K",
            "--nationality",
            "DE",
            "--community",
            "Gren Court",
        ],
        5,
    );
    assert_eq!(
        err,
        "error: --community: is not a known community (Gren Court)\n\
         hint: did you mean Green Court (绿庭)?\n\
         hint: known communities: Green Court (绿庭)\n"
    );
    let err = env.fails(&["resident", "list", "--community", "绿亭"], 5);
    assert!(
        err.contains("hint: did you mean Green Court (绿庭)?"),
        "{err}"
    );

    env.write(
        "people.csv",
        "family_name,nationality,community\nLee,KR,绿亭\n",
    );
    let err = env.import_refused(&["people.csv"], 5);
    assert!(
        err.contains("people.csv:2: community: is not a known community; did you mean Green Court (绿庭)? (绿亭)"),
        "{err}"
    );
    assert!(
        err.contains("known communities: Green Court (绿庭);"),
        "{err}"
    );
}

#[test]
fn departments_by_short_chinese_name_with_did_you_mean() {
    let env = TestEnv::with_community();
    let logged = env.json(&[
        "feedback",
        "log",
        "--anonymous",
        "--category",
        "housing",
        "--channel",
        "walk-in",
        "--subject",
        "Lift broken",
    ]);
    let id = logged["id"].as_i64().expect("id").to_string();
    env.run(&["feedback", "forward", &id, "--department", "住房"])
        .success();
    let item = env.json(&["feedback", "show", &id]);
    let item = item.get("feedback").unwrap_or(&item);
    assert_eq!(item["department"], "housing");
    assert_eq!(
        env.ids(&["feedback", "list", "--department", "住房"]),
        vec![id.parse::<i64>().expect("id")]
    );
    assert!(env
        .ids(&["feedback", "list", "--department", "税务"])
        .is_empty());

    env.write(
        "feedback.csv",
        "received_at,channel,category,subject,department,status\n\
         2026-11-20 10:00,walk-in,policy,Tax form,税务,forwarded\n",
    );
    env.run(&["feedback", "import", "feedback.csv"]).success();
    assert_eq!(
        env.ids(&["feedback", "list", "--department", "tax"]).len(),
        1
    );
    env.write(
        "bad.csv",
        "received_at,channel,category,subject,department,status\n\
         2026-11-20 10:00,walk-in,policy,Tax form,税,forwarded\n",
    );
    let err = env.fails(&["feedback", "import", "bad.csv"], 5);
    assert!(err.contains("did you mean tax (税务)?"), "{err}");

    let err = env.fails(&["feedback", "forward", &id, "--department", "housng"], 5);
    assert!(
        err.starts_with("error: unknown department (housng)\nhint: did you mean housing (住房)?\n"),
        "{err}"
    );
    assert!(
        err.contains("hint: known departments: civil-affairs (民政),"),
        "{err}"
    );
}

#[test]
fn nationality_by_everyday_names_alpha3_and_chinese() {
    let env = TestEnv::with_community();
    for (input, code) in [
        ("韩国", "KR"),
        ("korea", "KR"),
        ("deu", "DE"),
        ("UK", "GB"),
        ("美国", "US"),
        ("Holland", "NL"),
    ] {
        let id = add(
            &env,
            input,
            &["--nationality", input, "--community", "Green Court"],
        );
        assert_eq!(show(&env, id)["nationality"], code, "{input}");
    }
    assert_eq!(
        env.ids(&["resident", "list", "--nationality", "South Korea"]),
        vec![1, 2]
    );
    let err = env.fails(&["resident", "list", "--nationality", "Germny"], 5);
    assert!(err.contains("hint: did you mean Germany?"), "{err}");
}

#[test]
fn languages_by_common_names_are_stored_as_codes_in_the_order_given() {
    let env = TestEnv::with_community();
    let id = env.add_resident("Wang", &["--languages", "普通话;English"]);
    assert_eq!(show(&env, id)["languages"], "zh;en");
    let id = env.add_resident("Tanaka", &["--languages", "日语, 粤语, Farsi"]);
    assert_eq!(show(&env, id)["languages"], "ja;zh;fa");
    assert_eq!(
        env.ids(&["resident", "list", "--language", "波斯语"]),
        vec![id]
    );
}

#[test]
fn phones_are_stored_as_e164_and_found_however_typed() {
    let env = TestEnv::with_community();
    let wide = env.add_resident("Wide", &["--phone", "１３８ ００１３ ８０００"]);
    let area = env.add_resident("Area", &["--phone", "(021) 5555-1234"]);
    let mobile = env.add_resident("Mobile", &["--phone", "139-0000-1111"]);
    assert_eq!(show(&env, wide)["phone"], "+8613800138000");
    assert_eq!(show(&env, area)["phone"], "+862155551234");
    assert_eq!(show(&env, mobile)["phone"], "+8613900001111");
    for (query, id) in [
        ("+86 138 0013 8000", wide),
        ("13800138000", wide),
        ("138 0013", wide),
        ("021 5555 1234", area),
        ("+86 21 5555 1234", area),
        ("（０２１）５５５５－１２３４", area),
        ("0086 139 0000 1111", mobile),
    ] {
        assert_eq!(env.ids(&["resident", "find", query]), vec![id], "{query}");
    }
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "Local",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
            "--phone",
            "6234 5678",
        ],
        5,
    );
    assert!(
        err.starts_with(
            "error: --phone: is not a phone number (6234 5678)\nhint: add the country code"
        ),
        "{err}"
    );

    env.write(
        "people.csv",
        "family_name,nationality,community,phone\nPark,KR,Green Court,０２１－６２３４ ５６７８\n",
    );
    env.imports(&["people.csv"]);
    assert!(env.export().contains(",+862162345678,"));
}

#[test]
fn the_upgrade_stores_old_phones_as_e164_and_find_matches_them() {
    let env = TestEnv::sqlite_with_community();
    let id = env.add_resident("Old", &["--phone", "+8613812345678"]);
    {
        // A database from before 0009, with a phone in the old form.
        let sql = env.sql();
        sql.execute_batch(
            "UPDATE residents SET phone = '021 6234 5678' WHERE id = 1;
             UPDATE resident_search SET haystack = 'old' || char(10) || '02162345678';
             PRAGMA user_version = 8;",
        )
        .expect("old form");
    }
    assert_eq!(show(&env, id)["phone"], "+862162345678");
    assert_eq!(env.ids(&["resident", "find", "021 6234 5678"]), vec![id]);
    assert_eq!(env.ids(&["resident", "find", "+86 21 6234"]), vec![id]);
    let version: i64 = env
        .sql()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(version, 9);
}
