//! Finding residents (SPEC §3 `resident find`) and the filters of
//! `resident list`, including residence registrations due and why.
use crate::common::TestEnv;

/// Three residents in two communities with the fields `find` searches.
fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    env.stdout(&["community", "add", "Jade Terrace", "--name-zh", "玉台"]);
    env.add(&[
        "--family-name",
        "Müller",
        "--given-name",
        "Anna",
        "--chinese-name",
        "穆安娜",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--phone",
        "+86 138 1234 5678",
        "--email",
        "anna.mueller@example.com",
        "--wechat",
        "wxid_anna77",
        "--external-id",
        "GC-2024-0001",
        "--passport-number",
        "C01X00T47",
        "--permit-number",
        "WK1670517",
        "--languages",
        "de;en",
    ]);
    env.add(&[
        "--family-name",
        "Smith",
        "--given-name",
        "Bob",
        "--nationality",
        "GB",
        "--community",
        "Jade Terrace",
        "--phone",
        "021-6234-5678",
        "--email",
        "bob@example.org",
        "--languages",
        "en",
    ]);
    env.add(&[
        "--family-name",
        "Tanaka",
        "--given-name",
        "Yuki",
        "--nationality",
        "JP",
        "--community",
        "Jade Terrace",
        "--languages",
        "ja;zh",
    ]);
    env
}

fn find(env: &TestEnv, text: &str) -> Vec<i64> {
    env.ids(&["resident", "find", text])
}

#[test]
fn find_ignores_case_and_accents_in_names() {
    let env = desk();
    for query in ["muller", "MÜLLER", "Muller anna", "anna mül", "ANNA"] {
        assert_eq!(find(&env, query), vec![1], "{query}");
    }
    assert_eq!(find(&env, "穆安娜"), vec![1]);
    assert_eq!(find(&env, "smith bob"), vec![2]);
    assert_eq!(find(&env, "smith anna"), Vec::<i64>::new());
}

#[test]
fn find_matches_phone_digits() {
    let env = desk();
    assert_eq!(find(&env, "138 1234"), vec![1]);
    assert_eq!(find(&env, "13812345678"), vec![1]);
    assert_eq!(find(&env, "+86 138-1234-5678"), vec![1]);
    assert_eq!(find(&env, "6234"), vec![2]);
    // Both phones end in 5678.
    assert_eq!(find(&env, "5678"), vec![1, 2]);
}

#[test]
fn find_matches_email_wechat_and_external_id() {
    let env = desk();
    assert_eq!(find(&env, "anna.mueller@"), vec![1]);
    assert_eq!(find(&env, "example.org"), vec![2]);
    assert_eq!(find(&env, "example"), vec![1, 2]);
    assert_eq!(find(&env, "wxid_anna77"), vec![1]);
    assert_eq!(find(&env, "GC-2024-0001"), vec![1]);
    assert_eq!(find(&env, "gc-2024"), vec![1]);
}

#[test]
fn find_matches_only_exact_passport_and_permit_numbers() {
    let env = desk();
    assert_eq!(find(&env, "C01X00T47"), vec![1]);
    assert_eq!(find(&env, "c01x00t47"), vec![1]);
    assert_eq!(find(&env, "WK1670517"), vec![1]);
    for partial in ["C01X00", "00T47", "WK16705", "1670517"] {
        assert_eq!(find(&env, partial), Vec::<i64>::new(), "{partial}");
    }
}

#[test]
fn finding_nothing_is_not_an_error() {
    let env = desk();
    let csv = env.csv(&["resident", "find", "nobody-at-all"]);
    assert_eq!(
        csv,
        "id,family_name,given_name,chinese_name,nationality,community,\
         phone,email,languages,permit_expiry,status\n"
    );
    assert_eq!(
        env.json(&["resident", "find", "nobody-at-all"]),
        serde_json::json!([])
    );
    let out = env.output(&["resident", "find", "nobody-at-all"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "no resident matches \"nobody-at-all\"\n"
    );
}

#[test]
fn find_includes_moved_out_residents() {
    let env = desk();
    env.stdout(&["resident", "move-out", "2"]);
    assert_eq!(find(&env, "smith"), vec![2]);
}

#[test]
fn list_shows_active_residents_by_default() {
    let env = desk();
    env.stdout(&["resident", "move-out", "2"]);
    let ids = |status: Option<&str>| {
        let mut args = vec!["resident", "list"];
        if let Some(s) = status {
            args.extend(["--status", s]);
        }
        env.ids(&args)
    };
    assert_eq!(ids(None), vec![1, 3]);
    assert_eq!(ids(Some("active")), vec![1, 3]);
    assert_eq!(ids(Some("moved-out")), vec![2]);
    assert_eq!(ids(Some("all")), vec![1, 2, 3]);
}

#[test]
fn list_filters_by_community_nationality_and_language() {
    let env = desk();
    let list = |args: &[&str]| {
        let mut all = vec!["resident", "list"];
        all.extend_from_slice(args);
        env.ids(&all)
    };
    assert_eq!(list(&["--community", "jade terrace"]), vec![2, 3]);
    assert_eq!(list(&["--community", "Green Court"]), vec![1]);
    assert_eq!(list(&["--nationality", "Japan"]), vec![3]);
    assert_eq!(list(&["--nationality", "gbr"]), vec![2]);
    assert_eq!(list(&["--nationality", "FR"]), Vec::<i64>::new());
    assert_eq!(list(&["--language", "en"]), vec![1, 2]);
    assert_eq!(list(&["--language", "Chinese"]), vec![3]);
    assert_eq!(list(&["--language", "ja"]), vec![3]);
    assert_eq!(
        list(&["--community", "Jade Terrace", "--language", "English"]),
        vec![2]
    );
}

#[test]
fn list_search_and_limit() {
    let env = desk();
    let list = |args: &[&str]| {
        let mut all = vec!["resident", "list"];
        all.extend_from_slice(args);
        env.ids(&all)
    };
    assert_eq!(list(&["--search", "muller"]), vec![1]);
    assert_eq!(list(&["--search", "example"]), vec![1, 2]);
    assert_eq!(list(&["--search", "nobody"]), Vec::<i64>::new());
    assert_eq!(list(&["--limit", "2"]), vec![1, 2]);
    assert_eq!(list(&["--limit", "1", "--search", "example"]), vec![1]);
    // 0 means all (SPEC §1), in every format.
    let all = list(&[]);
    assert!(all.len() > 2, "{all:?}");
    assert_eq!(list(&["--limit", "0"]), all);
    assert_eq!(list(&["--limit", "0", "--search", "example"]), vec![1, 2]);
}

#[test]
fn list_permits_expiring_within_days_includes_expired_ones() {
    let env = TestEnv::with_community();
    for (name, expiry) in [
        ("Expired", "2026-10-01"),
        ("Today", "2026-11-27"),
        ("InThirty", "2026-12-27"),
        ("InThirtyOne", "2026-12-28"),
        ("NextYear", "2027-11-27"),
    ] {
        env.add_resident(name, &["--permit-expiry", expiry]);
    }
    env.add_resident("NoPermit", &[]);
    let expiring = |days: &str| env.ids(&["resident", "list", "--permit-expiring", days]);
    assert_eq!(expiring("30"), vec![1, 2, 3]);
    assert_eq!(expiring("0"), vec![1, 2]);
    assert_eq!(expiring("31"), vec![1, 2, 3, 4]);
    env.stdout(&["resident", "move-out", "1"]);
    assert_eq!(expiring("30"), vec![2, 3]);
}

/// Residents in every registration state; all arrived 2026-11-01.
fn registrations() -> TestEnv {
    let env = TestEnv::with_community();
    let arrived = ["--arrival-date", "2026-11-01"];
    env.add_resident("Missing", &arrived);
    env.add_resident(
        "Early",
        &[
            arrived[0],
            arrived[1],
            "--residence-registered-on",
            "2026-10-20",
        ],
    );
    for name in ["Moved", "Permit", "Fine"] {
        env.add_resident(
            name,
            &[
                arrived[0],
                arrived[1],
                "--residence-registered-on",
                "2026-11-02",
                "--permit-type",
                "work",
            ],
        );
    }
    env.add_resident("Gone", &[]);
    env.stdout(&["resident", "move-out", "6"]);
    env
}

fn due(env: &TestEnv) -> String {
    env.csv(&["resident", "list", "--registration-due"])
}

#[test]
fn registration_due_lists_the_reason() {
    let env = registrations();
    env.stdout(&["resident", "edit", "3", "--address", "Building 9, Room 901"]);
    env.stdout(&["resident", "edit", "4", "--permit-number", "WK1670517"]);
    insta::assert_snapshot!("registration_due", due(&env));
    let rows: Vec<String> = due(&env).lines().skip(1).map(String::from).collect();
    let reasons: Vec<&str> = rows
        .iter()
        .map(|r| r.rsplit(',').next().unwrap_or_default())
        .collect();
    assert_eq!(
        reasons,
        [
            "missing",
            "before-arrival",
            "address-changed",
            "permit-changed"
        ]
    );
    assert_eq!(
        env.json(&["resident", "show", "3"])["registration_due"],
        "address-changed"
    );
    // Without --registration-due there is no reason column.
    let plain = env.csv(&["resident", "list"]);
    assert!(!plain.lines().next().unwrap_or_default().contains("reason"));
}

#[test]
fn every_permit_field_marks_the_registration_due() {
    let env = registrations();
    env.stdout(&["resident", "edit", "3", "--permit-type", "study"]);
    env.stdout(&["resident", "edit", "4", "--permit-expiry", "2027-06-30"]);
    env.stdout(&["resident", "edit", "5", "--notes", "no registration needed"]);
    let ids = env.ids(&["resident", "list", "--registration-due"]);
    assert_eq!(ids, vec![1, 2, 3, 4]);
    assert!(due(&env).contains("\n3,Moved,,,DE,Green Court,,,,,active,permit-changed\n"));
}

#[test]
fn an_edit_that_changes_nothing_marks_nothing() {
    let env = registrations();
    env.stdout(&["resident", "edit", "5", "--permit-type", "WORK"]);
    assert_eq!(
        env.ids(&["resident", "list", "--registration-due"]),
        vec![1, 2]
    );
}

#[test]
fn recording_a_registration_clears_the_marks() {
    let env = registrations();
    env.stdout(&["resident", "edit", "3", "--address", "Building 9"]);
    env.stdout(&["resident", "edit", "4", "--permit-number", "WK1670517"]);
    env.stdout(&["resident", "register-residence", "3"]);
    env.stdout(&[
        "resident",
        "edit",
        "4",
        "--residence-registered-on",
        "2026-11-26",
    ]);
    env.stdout(&["resident", "register-residence", "1", "--on", "2026-11-02"]);
    assert_eq!(
        env.ids(&["resident", "list", "--registration-due"]),
        vec![2]
    );
    let record = env.json(&["resident", "show", "3"]);
    assert_eq!(record["residence_registered_on"], "2026-11-27");
    assert!(record["registration_due"].is_null());
}

#[test]
fn an_edit_that_changes_the_address_and_records_a_registration_is_not_due() {
    let env = registrations();
    env.stdout(&[
        "resident",
        "edit",
        "3",
        "--address",
        "Building 9",
        "--residence-registered-on",
        "2026-11-27",
    ]);
    assert_eq!(
        env.ids(&["resident", "list", "--registration-due"]),
        vec![1, 2]
    );
}
