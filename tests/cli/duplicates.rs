//! The duplicate rules of SPEC §3 and §9: hard duplicates (external id,
//! passport + nationality) are always refused, likely ones (folded name,
//! nationality, birth date or community) unless `--allow-duplicate`.
use crate::common::TestEnv;

fn anna(env: &TestEnv, extra: &[&str]) -> i64 {
    let mut flags = vec![
        "--family-name",
        "Müller",
        "--given-name",
        "Anna",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--birth-date",
        "1990-05-17",
    ];
    flags.extend_from_slice(extra);
    env.add(&flags)
}

fn count(env: &TestEnv) -> usize {
    env.ids(&["resident", "list", "--status", "all"]).len()
}

#[test]
fn the_same_external_id_is_always_refused() {
    let env = TestEnv::with_community();
    env.add_resident("Tanaka", &["--external-id", "GC-0001"]);
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "Other",
            "--nationality",
            "FR",
            "--community",
            "Green Court",
            "--external-id",
            "GC-0001",
            "--allow-duplicate",
        ],
        4,
    );
    assert_eq!(
        err,
        "error: resident 1 has the same external_id\n\
         hint: see `expatdesk resident show 1`\n"
    );
    assert_eq!(count(&env), 1);
}

#[test]
fn the_same_passport_and_nationality_is_always_refused() {
    let env = TestEnv::with_community();
    env.add_resident("Tanaka", &["--passport-number", "TK1234567"]);
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "Other",
            "--nationality",
            "Germany",
            "--community",
            "Green Court",
            "--passport-number",
            "tk 1234567",
            "--allow-duplicate",
        ],
        4,
    );
    assert_eq!(
        err,
        "error: resident 1 has the same passport number and nationality\n\
         hint: see `expatdesk resident show 1`\n"
    );
    assert_eq!(count(&env), 1);
    // Another country may issue the same number.
    env.add(&[
        "--family-name",
        "Other",
        "--nationality",
        "FR",
        "--community",
        "Green Court",
        "--passport-number",
        "TK1234567",
    ]);
    assert_eq!(count(&env), 2);
}

#[test]
fn a_likely_duplicate_needs_allow_duplicate() {
    let env = TestEnv::with_community();
    anna(&env, &[]);
    let twin = [
        "resident",
        "add",
        "--family-name",
        "MULLER",
        "--given-name",
        "anna",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--birth-date",
        "1990-05-17",
    ];
    let err = env.fails(&twin, 4);
    assert!(
        err.starts_with("error: resident 1 is likely the same person"),
        "{err}"
    );
    assert!(
        err.contains("hint: see `expatdesk resident show 1`; pass --allow-duplicate"),
        "{err}"
    );
    assert_eq!(count(&env), 1);

    let mut allowed = twin.to_vec();
    allowed.push("--allow-duplicate");
    env.stdout(&allowed);
    assert_eq!(count(&env), 2);
}

#[test]
fn the_likely_rule_compares_birth_dates_else_communities() {
    let env = TestEnv::with_community();
    env.stdout(&["community", "add", "Jade Terrace"]);
    anna(&env, &[]);
    // Another birth date: another person.
    env.add(&[
        "--family-name",
        "Müller",
        "--given-name",
        "Anna",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--birth-date",
        "1991-05-17",
    ]);
    // Without a birth date the community decides.
    fn no_birth(community: &str) -> Vec<&str> {
        vec![
            "resident",
            "add",
            "--family-name",
            "Müller",
            "--given-name",
            "Anna",
            "--nationality",
            "DE",
            "--community",
            community,
        ]
    }
    env.fails(&no_birth("Green Court"), 4);
    env.stdout(&no_birth("Jade Terrace"));
    // Another nationality: another person.
    env.add(&[
        "--family-name",
        "Muller",
        "--given-name",
        "Anna",
        "--nationality",
        "AT",
        "--community",
        "Green Court",
        "--birth-date",
        "1990-05-17",
    ]);
    assert_eq!(count(&env), 4);
}

#[test]
fn an_edit_that_makes_a_duplicate_is_refused() {
    let env = TestEnv::with_community();
    env.add_resident("Tanaka", &["--external-id", "GC-0001"]);
    env.add_resident("Okafor", &["--external-id", "GC-0002"]);
    let err = env.fails(&["resident", "edit", "2", "--external-id", "GC-0001"], 4);
    assert!(
        err.starts_with("error: resident 1 has the same external_id"),
        "{err}"
    );
    assert_eq!(
        env.json(&["resident", "show", "2"])["external_id"],
        "GC-0002"
    );
}
