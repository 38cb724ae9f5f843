//! `report residents`, `report registrations` and `report permits` on a
//! small desk whose figures were worked out by hand (now: 2026-11-27).
use crate::common::TestEnv;

/// Seven residents in two communities; resident 5 moved out, so six are
/// active (1, 2, 3, 4, 6, 7).
///
/// | id | name    | nat | community   | languages | gender | birth      | permit              |
/// |  1 | Müller  | DE  | Green Court | de;en     | female | 1990-05-01 | work 2026-11-20     |
/// |  2 | Tanaka  | JP  | Green Court | ja        | male   | 2008-11-28 | study 2026-12-27    |
/// |  3 | Smith   | US  | Blue Bay    | en        | male   | 1966-11-27 | work 2027-06-01     |
/// |  4 | Dupont  | FR  | Blue Bay    |           |        |            |                     |
/// |  5 | Schmidt | DE  | Green Court | de        |        |            | work 2026-11-25 (moved out) |
/// |  6 | Kim     | KR  | Green Court | ko;en     |        | 1996-11-27 | family 2026-11-27   |
/// |  7 | Weber   | DE  | Blue Bay    | de;en     |        | 2000-01-01 |                     |
fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    env.run(&["community", "add", "Blue Bay"]).success();
    let add = |flags: &[&str]| env.add(flags);
    add(&[
        "--family-name",
        "Müller",
        "--given-name",
        "Anna",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--languages",
        "de;en",
        "--gender",
        "female",
        "--birth-date",
        "1990-05-01",
        "--permit-type",
        "work",
        "--permit-expiry",
        "2026-11-20",
        "--phone",
        "+86 138 1234 5678",
        "--email",
        "anna@example.com",
        "--arrival-date",
        "2026-10-01",
        "--residence-registered-on",
        "2026-09-30",
    ]);
    add(&[
        "--family-name",
        "Tanaka",
        "--given-name",
        "Ken",
        "--nationality",
        "JP",
        "--community",
        "Green Court",
        "--languages",
        "ja",
        "--gender",
        "male",
        "--birth-date",
        "2008-11-28",
        "--permit-type",
        "study",
        "--permit-expiry",
        "2026-12-27",
        "--arrival-date",
        "2026-10-20",
        "--residence-registered-on",
        "2026-11-01",
    ]);
    add(&[
        "--family-name",
        "Smith",
        "--given-name",
        "Joe",
        "--nationality",
        "US",
        "--community",
        "Blue Bay",
        "--languages",
        "en",
        "--gender",
        "male",
        "--birth-date",
        "1966-11-27",
        "--permit-type",
        "work",
        "--permit-expiry",
        "2027-06-01",
        "--arrival-date",
        "2026-10-01",
        "--residence-registered-on",
        "2026-10-02",
    ]);
    add(&[
        "--family-name",
        "Dupont",
        "--given-name",
        "Léa",
        "--nationality",
        "FR",
        "--community",
        "Blue Bay",
    ]);
    add(&[
        "--family-name",
        "Schmidt",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--languages",
        "de",
        "--permit-type",
        "work",
        "--permit-expiry",
        "2026-11-25",
    ]);
    add(&[
        "--family-name",
        "Kim",
        "--given-name",
        "Minji",
        "--nationality",
        "KR",
        "--community",
        "Green Court",
        "--languages",
        "ko;en",
        "--birth-date",
        "1996-11-27",
        "--permit-type",
        "family",
        "--permit-expiry",
        "2026-11-27",
        "--permit-number",
        "P1234567",
        "--arrival-date",
        "2026-09-01",
        "--residence-registered-on",
        "2026-09-02",
    ]);
    add(&[
        "--family-name",
        "=Weber",
        "--nationality",
        "DE",
        "--community",
        "Blue Bay",
        "--languages",
        "de;en",
        "--birth-date",
        "2000-01-01",
    ]);
    env.run(&["resident", "move-out", "5", "--on", "2026-11-01"])
        .success();
    env
}

fn report(env: &TestEnv, by: &str) -> String {
    env.csv(&["report", "residents", "--by", by])
}

#[test]
fn report_residents_by_nationality_shares_of_the_active_residents() {
    let env = desk();
    // 6 active: DE 2 (33.3), the rest 1 each (16.7), ties by key.
    assert_eq!(
        report(&env, "nationality"),
        "key,label,count,share_pct\n\
         DE,Germany,2,33.3\n\
         FR,France,1,16.7\n\
         JP,Japan,1,16.7\n\
         KR,\"Korea, Republic of\",1,16.7\n\
         US,United States,1,16.7\n"
    );
}

#[test]
fn report_residents_by_language_counts_every_language_and_the_unknown() {
    let env = desk();
    // en: 1, 3, 6, 7; de: 1, 7; Dupont lists none; shares add up past 100.
    assert_eq!(
        report(&env, "language"),
        "key,label,count,share_pct\n\
         en,English,4,66.7\n\
         de,German,2,33.3\n\
         ,(unknown),1,16.7\n\
         ja,Japanese,1,16.7\n\
         ko,Korean,1,16.7\n"
    );
}

#[test]
fn report_residents_by_age_band_in_completed_years() {
    let env = desk();
    // Müller 36 and Kim 30 (birthday today) are 30-44; Tanaka turns 18
    // tomorrow; Smith turns 60 today; Weber 26; Dupont has no birth date.
    assert_eq!(
        report(&env, "age-band"),
        "key,label,count,share_pct\n\
         30-44,30-44,2,33.3\n\
         ,(unknown),1,16.7\n\
         0-17,0-17,1,16.7\n\
         18-29,18-29,1,16.7\n\
         60+,60+,1,16.7\n"
    );
}

#[test]
fn report_residents_by_community_gender_and_permit_type() {
    let env = desk();
    assert_eq!(
        report(&env, "community"),
        "key,label,count,share_pct\n\
         Blue Bay,Blue Bay,3,50.0\n\
         Green Court,Green Court,3,50.0\n"
    );
    assert_eq!(
        report(&env, "gender"),
        "key,label,count,share_pct\n\
         unspecified,unspecified,3,50.0\n\
         male,male,2,33.3\n\
         female,female,1,16.7\n"
    );
    assert_eq!(
        report(&env, "permit-type"),
        "key,label,count,share_pct\n\
         ,(unknown),2,33.3\n\
         work,work,2,33.3\n\
         family,family,1,16.7\n\
         study,study,1,16.7\n"
    );
    let json = env.json(&["report", "residents", "--by", "gender"]);
    assert_eq!(
        json[1],
        serde_json::json!({"key": "male", "label": "male", "count": 2, "share_pct": 33.3})
    );
}

#[test]
fn report_residents_share_rounds_to_one_decimal() {
    let env = TestEnv::with_community();
    for (name, nat) in [
        ("A", "DE"),
        ("B", "DE"),
        ("C", "FR"),
        ("D", "FR"),
        ("E", "FR"),
        ("F", "JP"),
        ("G", "JP"),
        ("H", "JP"),
    ] {
        env.add(&[
            "--family-name",
            name,
            "--nationality",
            nat,
            "--community",
            "Green Court",
        ]);
    }
    // A resident moved out today counts nowhere (moved_out_on <= today).
    env.run(&["resident", "move-out", "8", "--on", "2026-11-27"])
        .success();
    // Now 7 active: FR 3/7 = 42.857…, DE 2/7 = 28.571…, JP 2/7.
    assert_eq!(
        report(&env, "nationality"),
        "key,label,count,share_pct\n\
         FR,France,3,42.9\n\
         DE,Germany,2,28.6\n\
         JP,Japan,2,28.6\n"
    );
}

#[test]
fn report_residents_chart_degrades_to_plain_lines_off_a_terminal() {
    let env = desk();
    let out = env.stdout(&["report", "residents", "--by", "nationality", "--chart"]);
    assert_eq!(
        out,
        "Germany  2  33.3%\n\
         France  1  16.7%\n\
         Japan  1  16.7%\n\
         Korea, Republic of  1  16.7%\n\
         United States  1  16.7%\n"
    );
    assert!(!out.contains('█'));
    env.fails(
        &[
            "report",
            "residents",
            "--by",
            "nationality",
            "--chart",
            "--format",
            "csv",
        ],
        2,
    );
    env.fails(&["report", "residents", "--by", "religion"], 2);
}

#[test]
fn report_residents_with_no_active_residents_is_a_header_only() {
    let env = TestEnv::with_community();
    assert_eq!(report(&env, "language"), "key,label,count,share_pct\n");
}

#[test]
fn report_registrations_lists_due_residents_with_the_first_reason() {
    let env = desk();
    // 2 and 6 were registered; an address change and a permit change make
    // them due again. 3 stays registered; 5 moved out.
    env.run(&["resident", "edit", "2", "--address", "Building 3"])
        .success();
    env.run(&["resident", "edit", "6", "--permit-number", "P7654321"])
        .success();
    // Longest waiting first: by arrival date, unknown arrivals last.
    assert_eq!(
        env.csv(&["report", "registrations"]),
        "id,family_name,given_name,nationality,community,phone,arrival_date,residence_registered_on,reason\n\
         6,Kim,Minji,KR,Green Court,,2026-09-01,2026-09-02,permit-changed\n\
         1,Müller,Anna,DE,Green Court,+8613812345678,2026-10-01,2026-09-30,before-arrival\n\
         2,Tanaka,Ken,JP,Green Court,,2026-10-20,2026-11-01,address-changed\n\
         4,Dupont,Léa,FR,Blue Bay,,,,missing\n\
         7,'=Weber,,DE,Blue Bay,,,,missing\n"
    );
}

#[test]
fn report_permits_most_urgent_first_with_negative_days_left() {
    let env = desk();
    // Schmidt's permit (2026-11-25) is not listed: moved out. Smith's is
    // beyond 30 days.
    assert_eq!(
        env.csv(&["report", "permits", "--within", "30"]),
        "id,family_name,given_name,nationality,community,phone,email,permit_type,permit_expiry,days_left\n\
         1,Müller,Anna,DE,Green Court,+8613812345678,anna@example.com,work,2026-11-20,-7\n\
         6,Kim,Minji,KR,Green Court,,,family,2026-11-27,0\n\
         2,Tanaka,Ken,JP,Green Court,,,study,2026-12-27,30\n"
    );
    assert_eq!(
        env.csv(&["report", "permits", "--within", "0"]),
        "id,family_name,given_name,nationality,community,phone,email,permit_type,permit_expiry,days_left\n\
         1,Müller,Anna,DE,Green Court,+8613812345678,anna@example.com,work,2026-11-20,-7\n\
         6,Kim,Minji,KR,Green Court,,,family,2026-11-27,0\n"
    );
    let json = env.json(&["report", "permits", "--within", "29"]);
    assert_eq!(json.as_array().map(Vec::len), Some(2));
    assert_eq!(json[0]["days_left"], serde_json::json!(-7));
    env.fails(&["report", "permits", "--within", "-1"], 2);
}
