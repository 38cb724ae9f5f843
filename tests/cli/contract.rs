//! The output shapes scripts depend on, pinned word for word against the
//! lists of SPEC.md: every CSV header, the JSON keys of lists (the CSV
//! columns), and the one-object shape of records with nested lists. Run on
//! the demo database, where every list has rows.
use serde_json::Value;

use crate::common::TestEnv;

/// A demo database at `env.db`.
fn demo() -> TestEnv {
    let env = TestEnv::empty();
    let db = env.db.to_str().expect("utf-8").to_string();
    env.stdout(&["demo", "--db", &db]);
    env
}

const RESIDENT_EXPORT: &str = "id,registered_at,updated_at,external_id,family_name,given_name,\
chinese_name,nationality,gender,birth_date,phone,email,wechat,community,address,languages,\
arrival_date,residence_registered_on,permit_type,permit_number,permit_expiry,passport_number,\
consent_contact,consent_share,status,moved_out_on,notes";

/// (command, SPEC header) for every CSV the spec fixes.
fn headers(env: &TestEnv) -> Vec<(Vec<String>, String)> {
    let first_course = env.ids(&["course", "list", "--limit", "0"])[0].to_string();
    let first_notice = env.ids(&["notice", "list"])[0].to_string();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["resident", "export", "--include-sensitive"], RESIDENT_EXPORT),
        (
            vec!["schedule", "--from", "2000-01-01", "--to", "2100-01-01"],
            "session_id,course_id,code,title,kind,category,starts_at,ends_at,venue,instructor,status,enrolled,capacity",
        ),
        (
            vec!["course", "export"],
            "id,code,title,title_zh,category,kind,instructor,venue,capacity,language,start,duration_minutes,repeat,count,until,skip,description",
        ),
        (
            vec!["enrollment", "export"],
            "course_id,code,resident_id,external_id,status,position,enrolled_at",
        ),
        (
            vec!["attendance", "export"],
            "session_id,course_id,resident_id,external_id,status,marked_at",
        ),
        (
            vec!["feedback", "export"],
            "id,resident_external_id,received_at,channel,category,language,subject,body,department,status,response",
        ),
        (
            vec!["feedback", "export", "--department", "housing"],
            "id,received_at,channel,category,language,subject,body,status,resident_external_id,family_name,given_name,phone,email,wechat",
        ),
        (
            vec!["notice", "recipients", &first_notice],
            "resident_id,family_name,given_name,language,phone,email,wechat,community",
        ),
        (
            vec!["report", "residents", "--by", "nationality"],
            "key,label,count,share_pct",
        ),
        (
            vec!["report", "registrations"],
            "id,family_name,given_name,nationality,community,phone,arrival_date,residence_registered_on,reason",
        ),
        (
            vec!["report", "permits", "--within", "365"],
            "id,family_name,given_name,nationality,community,phone,email,permit_type,permit_expiry,days_left",
        ),
        (
            vec!["report", "courses"],
            "course_id,code,title,category,kind,sessions_held,enrolled,waitlisted,capacity,attendances,attendance_rate_pct,unique_attendees",
        ),
        (
            vec!["report", "feedback", "--by", "category"],
            "key,label,received,open,responded,closed,overdue,median_response_days",
        ),
        (vec!["report", "monthly", "--month", "last"], "metric,value"),
        (
            vec!["report", "attendance", "--course", &first_course],
            "resident_id,family_name,given_name",
        ),
    ];
    cases
        .into_iter()
        .map(|(args, header)| {
            (
                args.into_iter().map(String::from).collect(),
                header.to_string(),
            )
        })
        .collect()
}

#[test]
fn every_csv_header_is_the_specs() {
    let env = demo();
    for (args, header) in headers(&env) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let csv = env.csv(&args);
        let first = csv.lines().next().unwrap_or_default();
        if args[..2] == ["report", "attendance"] {
            // Then one column per held session, `YYYY-MM-DD HH:MM`.
            assert!(first.starts_with(&header), "{args:?}: {first}");
        } else {
            assert_eq!(first, header, "{args:?}");
        }
        assert!(csv.lines().count() > 1, "{args:?}: the demo has rows");
    }
}

#[test]
fn json_lists_are_arrays_keyed_by_the_csv_columns() {
    let env = demo();
    for (args, header) in headers(&env) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        if args[..2] == ["report", "attendance"] {
            continue;
        }
        let json = env.json(&args);
        let first = &json.as_array().expect("an array")[0];
        let keys: Vec<&str> = first
            .as_object()
            .expect("objects")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.join(","), header, "{args:?}");
    }
}

/// The keys of a JSON object, in order.
fn keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .expect("one object")
        .keys()
        .cloned()
        .collect()
}

#[test]
fn a_record_is_one_object_with_its_lists_nested() {
    let env = demo();
    let course = env.ids(&["course", "list", "--limit", "0"])[0].to_string();
    let shown = env.json(&["course", "show", &course]);
    let k = keys(&shown);
    assert_eq!(k[0], "id");
    assert!(
        k.ends_with(&["sessions".to_string(), "roster".to_string()]),
        "{k:?}"
    );
    let feedback = env.json(&["feedback", "show", "1"]);
    let k = keys(&feedback);
    assert_eq!(
        (k[0].as_str(), k.last().map(String::as_str)),
        ("id", Some("history"))
    );
    let resident = env.json(&["resident", "show", "1"]);
    assert_eq!(keys(&resident)[0], "id");
    let today = env.json(&["today"]);
    assert_eq!(
        keys(&today),
        ["sessions", "permits", "registrations", "feedback", "counts"]
    );
}

#[test]
fn every_command_that_changes_one_record_prints_it() {
    let env = demo();
    let json = |args: &[&str]| env.json(args);
    let course = env.ids(&["course", "list", "--limit", "0"])[0].to_string();
    let added = json(&[
        "course",
        "add",
        "--title",
        "Tea",
        "--category",
        "tea",
        "--start",
        "2030-01-07 10:00",
        "--duration",
        "1h",
        "--repeat",
        "weekly",
        "--count",
        "2",
    ]);
    assert_eq!(added["title"], "Tea");
    assert_eq!(added["sessions"].as_array().map(Vec::len), Some(2));
    let id = added["id"].as_i64().expect("id").to_string();
    let cancelled = json(&["course", "cancel", &id]);
    assert_eq!(
        (cancelled["id"].as_i64(), cancelled["status"].as_str()),
        (added["id"].as_i64(), Some("cancelled"))
    );
    let roster = env.json(&["course", "show", &course])["roster"].clone();
    let on_roster = roster[0]["resident_id"]
        .as_i64()
        .expect("someone")
        .to_string();
    let dropped = json(&["course", "drop", &course, &on_roster]);
    assert_eq!(dropped["id"].to_string(), course);
    let logged = json(&[
        "feedback",
        "log",
        "--anonymous",
        "--category",
        "housing",
        "--channel",
        "phone",
        "--subject",
        "Lift",
    ]);
    let item = logged["id"].as_i64().expect("id").to_string();
    let forwarded = json(&["feedback", "forward", &item, "--department", "housing"]);
    assert_eq!(
        (
            forwarded["status"].as_str(),
            forwarded["department"].as_str()
        ),
        (Some("forwarded"), Some("housing"))
    );
    assert_eq!(forwarded["history"].as_array().map(Vec::len), Some(2));
    let responded = json(&["feedback", "respond", &item, "--response", "Fixed"]);
    assert_eq!(responded["status"], "responded");
    let closed = json(&["feedback", "close", &item, "--informed-via", "phone"]);
    assert_eq!(closed["status"], "closed");
    let moved = json(&["resident", "move-out", "2", "--on", "2026-11-20"]);
    assert_eq!(
        (moved["id"].as_i64(), moved["status"].as_str()),
        (Some(2), Some("moved-out"))
    );
    let registered = json(&["resident", "register-residence", "3", "--on", "2026-11-20"]);
    assert_eq!(registered["residence_registered_on"], "2026-11-20");
    let community = json(&["community", "add", "Pine Yard", "--name-zh", "松园"]);
    assert_eq!(
        keys(&community),
        ["id", "name", "name_zh", "active_residents"]
    );
    let renamed = json(&["community", "rename", "Pine Yard", "Pine Court"]);
    assert_eq!(
        (renamed["id"].clone(), renamed["name"].as_str()),
        (community["id"].clone(), Some("Pine Court"))
    );
    let department = json(&[
        "department",
        "add",
        "sports",
        "--name",
        "Sports bureau",
        "--name-zh",
        "体育局",
    ]);
    assert_eq!(
        keys(&department),
        ["id", "code", "name_en", "name_zh", "short_name_zh"]
    );
}

#[test]
fn csv_and_json_are_the_same_under_every_limit_default() {
    let env = demo();
    // The table's default cut never touches csv/json.
    let all = env.ids(&["resident", "list"]);
    assert!(
        all.len() > 50,
        "the demo has more residents than a table shows"
    );
    let json = env.json(&["resident", "list"]);
    assert_eq!(json.as_array().map(Vec::len), Some(all.len()));
    assert_eq!(env.ids(&["resident", "list", "--limit", "7"]).len(), 7);
}

#[test]
fn limit_zero_means_all_in_every_command_that_takes_it() {
    let env = demo();
    let notice = env.ids(&["notice", "list"])[0].to_string();
    let community = env
        .csv(&["community", "list"])
        .lines()
        .nth(1)
        .expect("one")
        .split(',')
        .nth(1)
        .expect("name")
        .to_string();
    for n in 0..2 {
        env.write(
            "in.csv",
            format!("family_name,nationality,community\nImported{n},DE,{community}\n"),
        );
        env.run(&["resident", "import", "in.csv"]).success();
    }
    let lists: Vec<Vec<&str>> = vec![
        vec!["resident", "list"],
        vec!["resident", "find", "a"],
        vec!["feedback", "list"],
        vec!["audit", "list"],
        vec!["batch", "list"],
        vec!["notice", "list"],
        vec!["notice", "recipients", &notice],
        vec!["course", "list"],
        vec!["schedule", "--from", "2000-01-01", "--to", "2100-01-01"],
        vec!["report", "registrations"],
        vec!["report", "permits", "--within", "3650"],
    ];
    for args in lists {
        let rows = |extra: &[&str]| {
            let mut all = args.clone();
            all.extend_from_slice(extra);
            env.csv(&all).lines().count() - 1
        };
        let every = rows(&[]);
        assert!(every > 0, "{args:?}: the demo has rows");
        assert_eq!(rows(&["--limit", "0"]), every, "{args:?}: 0 is all");
        assert_eq!(rows(&["--limit", "1"]), 1, "{args:?}");
    }
    let board = env.json(&["today", "--limit", "0"]);
    let counts = &board["counts"];
    for section in ["permits", "registrations", "feedback"] {
        assert_eq!(
            board[section].as_array().map(|a| a.len() as u64),
            counts[section].as_u64(),
            "today --limit 0 shows every {section} row"
        );
    }
}

/// SPEC §1: what machines read never changes with the language. Every
/// CSV the spec fixes, and the same lists as JSON, are byte for byte the
/// same under `--lang zh` as under `--lang en`.
#[test]
fn csv_and_json_are_the_same_bytes_in_both_languages() {
    let env = demo();
    for (args, _) in headers(&env) {
        for format in ["csv", "json"] {
            let run = |lang: &str| {
                let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
                all.extend(["--format", format, "--lang", lang]);
                let out = env.output(&all);
                assert_eq!(out.status.code(), Some(0), "{all:?}");
                out.stdout
            };
            let en = run("en");
            assert!(!en.is_empty(), "{args:?} {format}: no output");
            assert!(
                en == run("zh"),
                "{args:?} as {format} differs under --lang zh"
            );
        }
    }
}
