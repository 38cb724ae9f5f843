//! Reference data (SPEC §2): countries as typed at the desk, languages,
//! communities and departments.
use crate::common::TestEnv;

#[test]
fn nationality_is_stored_as_the_alpha2_code() {
    let env = TestEnv::with_community();
    for (i, input) in ["Germany", "DEU", "de", "德国", " germany ", "DE"]
        .into_iter()
        .enumerate()
    {
        let family = format!("Person{i}");
        let id = env.add(&[
            "--family-name",
            &family,
            "--nationality",
            input,
            "--community",
            "Green Court",
        ]);
        let record = env.json(&["resident", "show", &id.to_string()]);
        assert_eq!(record["nationality"], "DE", "{input}");
    }
    assert_eq!(
        env.ids(&["resident", "list", "--nationality", "德国"])
            .len(),
        6
    );
    let id = env.add(&[
        "--family-name",
        "Li",
        "--nationality",
        "united kingdom",
        "--community",
        "Green Court",
    ]);
    assert_eq!(
        env.json(&["resident", "show", &id.to_string()])["nationality"],
        "GB"
    );
}

#[test]
fn languages_are_stored_as_iso_639_1_codes() {
    let env = TestEnv::with_community();
    let id = env.add_resident("Polyglot", &["--languages", "Japanese;ZH; english,de;ja"]);
    let record = env.json(&["resident", "show", &id.to_string()]);
    assert_eq!(record["languages"], "ja;zh;en;de");
}

fn communities(env: &TestEnv) -> String {
    env.csv(&["community", "list"])
}

#[test]
fn communities_are_listed_with_their_active_residents() {
    let env = TestEnv::with_community();
    env.stdout(&["community", "add", "Jade Terrace", "--name-zh", "玉台"]);
    env.add_resident("A", &[]);
    env.add_resident("B", &[]);
    env.stdout(&["resident", "move-out", "2"]);
    assert_eq!(
        communities(&env),
        "id,name,name_zh,active_residents\n1,Green Court,绿庭,1\n2,Jade Terrace,玉台,0\n"
    );
}

#[test]
fn a_community_that_exists_in_another_case_is_a_conflict() {
    let env = TestEnv::with_community();
    for name in ["Green Court", "green court", "GREEN  COURT ", "Grëen Court"] {
        let err = env.fails(&["community", "add", name], 4);
        assert_eq!(
            err, "error: community \"Green Court\" already exists (id 1)\n",
            "{name}"
        );
    }
    assert_eq!(communities(&env).lines().count(), 2);
}

#[test]
fn community_names_follow_the_text_rules() {
    let env = TestEnv::new();
    let err = env.fails(&["community", "add", " "], 5);
    assert_eq!(err, "error: name: is required\n");
    let err = env.fails(&["community", "add", "Green\u{1b}Court"], 5);
    assert!(
        err.starts_with("error: name: contains the control character U+001B"),
        "{err}"
    );
}

#[test]
fn rename_a_community_by_name_or_id() {
    let env = TestEnv::with_community();
    env.stdout(&["community", "add", "Jade Terrace"]);
    env.add_resident("A", &[]);
    let out = env.output(&["community", "rename", "green court", "Green Court Phase I"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "renamed community \"Green Court\" to \"Green Court Phase I\"\n"
    );
    env.stdout(&[
        "community",
        "rename",
        "2",
        "Jade Terrace",
        "--name-zh",
        "玉台",
    ]);
    assert_eq!(
        communities(&env),
        "id,name,name_zh,active_residents\n\
         1,Green Court Phase I,绿庭,1\n\
         2,Jade Terrace,玉台,0\n"
    );
    // Residents follow the new name; the old one is no longer known.
    let record = env.json(&["resident", "show", "1"]);
    assert_eq!(record["community"], "Green Court Phase I");
    env.add(&[
        "--family-name",
        "B",
        "--nationality",
        "DE",
        "--community",
        "green court phase i",
    ]);
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "C",
            "--nationality",
            "DE",
            "--community",
            "Green Court",
        ],
        5,
    );
    assert!(
        err.contains("known communities: Green Court Phase I (绿庭), Jade Terrace (玉台)"),
        "{err}"
    );
    let audit = env.csv(&["audit", "list"]);
    assert_eq!(audit.matches(",rename,community,").count(), 2, "{audit}");
}

#[test]
fn rename_conflicts_and_unknown_communities() {
    let env = TestEnv::with_community();
    env.stdout(&["community", "add", "Jade Terrace"]);
    let err = env.fails(&["community", "rename", "Jade Terrace", "GREEN COURT"], 4);
    assert_eq!(
        err,
        "error: community \"Green Court\" already exists (id 1)\n"
    );
    let err = env.fails(&["community", "rename", "Nowhere", "Somewhere"], 3);
    assert!(
        err.starts_with("error: no community \"Nowhere\"\n"),
        "{err}"
    );
    assert!(
        err.contains("hint: known communities: Green Court (绿庭), Jade Terrace"),
        "{err}"
    );
    env.fails(&["community", "rename", "42", "Somewhere"], 3);
    // A new spelling of its own name is fine.
    env.stdout(&["community", "rename", "jade terrace", "JADE TERRACE"]);
    assert!(communities(&env).contains("\n2,JADE TERRACE,,0\n"));
}

#[test]
fn the_thirteen_default_departments() {
    let env = TestEnv::new();
    let csv = env.csv(&["department", "list"]);
    assert_eq!(csv.lines().count(), 14, "{csv}");
    insta::assert_snapshot!("departments", csv);
}

#[test]
fn department_add_and_its_errors() {
    let env = TestEnv::new();
    let out = env.output(&[
        "department",
        "add",
        "sports",
        "--name",
        "Sports Bureau",
        "--name-zh",
        "体育局",
    ]);
    assert!(out.status.success());
    let csv = env.csv(&["department", "list"]);
    assert_eq!(csv.lines().count(), 15);
    assert!(csv.contains(",sports,Sports Bureau,体育局,\n"), "{csv}");

    let err = env.fails(
        &[
            "department",
            "add",
            "tax",
            "--name",
            "Tax 2",
            "--name-zh",
            "税务",
        ],
        4,
    );
    assert_eq!(err, "error: department tax already exists\n");
    env.fails(
        &[
            "department",
            "add",
            "sports",
            "--name",
            "Again",
            "--name-zh",
            "再",
        ],
        4,
    );
    for bad in ["Tax", "x", "a b", "tax_office", "税务", &"a".repeat(33)] {
        let err = env.fails(
            &["department", "add", bad, "--name", "N", "--name-zh", "名"],
            5,
        );
        assert!(
            err.starts_with("error: code: must be 2-32 lower-case letters, digits or hyphens"),
            "{bad}: {err}"
        );
    }
    let err = env.fails(
        &[
            "department",
            "add",
            "parks",
            "--name",
            " ",
            "--name-zh",
            "公园",
        ],
        5,
    );
    assert_eq!(err, "error: --name: is required\n");
    env.fails(&["department", "add", "parks", "--name", "Parks"], 2);
    assert_eq!(env.csv(&["department", "list"]).lines().count(), 15);
}
