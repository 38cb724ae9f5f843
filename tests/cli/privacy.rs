//! Privacy (issue 7): erase, the subject export, the audit log.
use std::path::Path;

use serde_json::Value;

use crate::common::{stderr, TestEnv};

/// Values that exist only in Anna's record: none may survive her erasure.
const ANNA: &[&str] = &[
    "Quixwellanna",
    "Zorbathea",
    "QX-7731",
    "E91827364",
    "WPX5566778",
    "13957246810",
    "anna.qx@example.org",
    "wxid_quixwell",
    "Quillstreet 88",
    "1981-04-17",
    "allergic to peanuts",
];

/// A desk with Anna (every personal field set, two feedback items, on the
/// roster of a course still to come, present at a past session) and Bob.
fn desk() -> TestEnv {
    desk_in(TestEnv::with_community())
}

/// `desk`, on a SQLite file whatever the run: for the tests that look
/// at the file or write behind the program's back.
fn sqlite_desk() -> TestEnv {
    desk_in(TestEnv::sqlite_with_community())
}

fn desk_in(env: TestEnv) -> TestEnv {
    env.add_resident(
        "Quixwellanna",
        &[
            "--given-name",
            "Zorbathea",
            "--chinese-name",
            "安娜",
            "--external-id",
            "QX-7731",
            "--passport-number",
            "E91827364",
            "--permit-type",
            "work",
            "--permit-number",
            "WPX5566778",
            "--permit-expiry",
            "2027-06-30",
            "--phone",
            "+86 139 5724 6810",
            "--email",
            "anna.qx@example.org",
            "--wechat",
            "wxid_quixwell",
            "--address",
            "Quillstreet 88",
            "--birth-date",
            "1981-04-17",
            "--gender",
            "female",
            "--languages",
            "de;en",
            "--arrival-date",
            "2026-10-01",
            "--residence-registered-on",
            "2026-10-01",
            "--consent-share",
            "yes",
            "--notes",
            "allergic to peanuts",
        ],
    );
    env.add_resident("Brown", &["--given-name", "Bob"]);
    // A past session (marked) and one still to come, capacity 1 with Bob
    // on the waitlist.
    env.add_weekly_course("2026-11-20 18:30", "1");
    env.run(&["course", "enroll", "1", "1", "2"]).success();
    env.run(&["course", "attend", "1", "1"]).success();
    for subject in ["Noise at night", "Water bill"] {
        env.run(&[
            "feedback",
            "log",
            "--resident",
            "1",
            "--channel",
            "email",
            "--category",
            "housing",
            "--subject",
            subject,
            "--received-at",
            "2026-11-10 10:00",
        ])
        .success();
    }
    env
}

/// The bytes of the database and, if there is one, its write-ahead log.
fn stored_bytes(db: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).expect("database readable");
    let wal = db.with_extension("db-wal");
    if let Ok(log) = std::fs::read(wal) {
        bytes.extend(log);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn erase_needs_a_confirmation_and_changes_nothing_without_it() {
    let env = desk();
    let before = env.export();
    let err = env.fails(&["resident", "erase", "1"], 4);
    assert!(err.contains("pass -y"), "{err}");
    assert_eq!(env.export(), before);
    env.fails(&["resident", "erase", "99", "-y"], 3);
}

fn assert_stored(env: &TestEnv, wanted: bool) {
    let bytes = stored_bytes(&env.db);
    for value in ANNA {
        assert_eq!(
            contains(&bytes, value),
            wanted,
            "{value}: stored should be {wanted}"
        );
    }
}

fn wal_len(env: &TestEnv) -> u64 {
    std::fs::metadata(env.db.with_extension("db-wal")).map_or(0, |m| m.len())
}

#[test]
fn erased_values_are_in_neither_the_database_file_nor_its_wal() {
    let env = sqlite_desk();
    // Another connection keeps the database open, so the last change
    // stays in the write-ahead log.
    let reader = env.sql();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM residents", [], |r| r.get(0))
        .expect("reads");
    env.run(&["resident", "edit", "1", "--notes", "allergic to peanuts!"])
        .success();
    assert!(wal_len(&env) > 0, "the change is in the WAL");
    assert_stored(&env, true);

    let out = env.output(&["resident", "erase", "1", "-y"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    assert_eq!(wal_len(&env), 0, "the WAL was emptied");
    assert_stored(&env, false);
    // Bob is untouched.
    assert!(contains(&stored_bytes(&env.db), "Brown"));
    drop(reader);
}

#[test]
fn a_reader_in_the_way_is_warned_about_and_the_next_run_finishes_the_job() {
    let env = sqlite_desk();
    let reader = env.sql();
    env.run(&["resident", "edit", "1", "--notes", "allergic to peanuts!"])
        .success();
    // A read transaction on the old snapshot: the checkpoint cannot pass it.
    reader
        .execute_batch("BEGIN; SELECT count(*) FROM residents;")
        .expect("read transaction");
    let out = env.output(&["resident", "erase", "1", "-y"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: another process has the database open"),
        "{}",
        stderr(&out)
    );
    drop(reader);
    // The next command to close the database checkpoints it.
    env.run(&["resident", "list"]).success();
    assert_stored(&env, false);
}

#[test]
fn an_erased_resident_keeps_only_what_statistics_need() {
    let env = desk();
    env.run(&["resident", "erase", "1", "-y"]).success();
    let shown = env.json(&["resident", "show", "1"]);
    assert_eq!(shown["status"], "erased");
    assert_eq!(shown["nationality"], "DE");
    assert_eq!(shown["community"], "Green Court");
    assert_eq!(shown["registered_at"], "2026-11-27T09:30:00+08:00");
    for field in [
        "family_name",
        "given_name",
        "chinese_name",
        "external_id",
        "passport_number",
        "permit_number",
        "permit_type",
        "phone",
        "email",
        "wechat",
        "address",
        "birth_date",
        "languages",
        "notes",
    ] {
        assert_eq!(shown[field], Value::Null, "{field} survived");
    }
    assert_eq!(shown["consent_share"], "no");
    // Not listed, found, exported or counted as active any more.
    assert_eq!(env.ids(&["resident", "list", "--status", "all"]), [2]);
    assert!(env.ids(&["resident", "find", "quixwell"]).is_empty());
    assert!(env.ids(&["resident", "find", "E91827364"]).is_empty());
    assert_eq!(env.ids(&["resident", "export"]), [2]);
    // A second erase changes nothing and says so.
    let out = env.output(&["resident", "erase", "1", "-y"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("already erased"), "{}", stderr(&out));
    // Other changes are refused.
    env.fails(&["resident", "edit", "1", "--notes", "x"], 4);
}

#[test]
fn feedback_stays_anonymous_and_attendance_stays_counted() {
    let env = desk();
    env.run(&["resident", "erase", "1", "-y"]).success();
    let items = env.json(&["feedback", "list"]);
    let items = items.as_array().expect("list");
    assert_eq!(items.len(), 2, "feedback kept");
    for item in items {
        assert_eq!(item["resident_id"], Value::Null, "{item}");
    }
    // The past attendance mark stays, on the anonymous record.
    let marks = env.csv(&["attendance", "export"]);
    assert_eq!(marks.lines().count(), 2, "{marks}");
    assert!(
        marks
            .lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("1,1,1,,present")),
        "{marks}"
    );
    // The course still to come lost her seat, which went to Bob.
    let roster = env.csv(&["enrollment", "export"]);
    assert_eq!(
        roster
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(2).unwrap_or(""))
            .collect::<Vec<_>>(),
        ["2"],
        "{roster}"
    );
    assert!(roster.contains(",2,,enrolled,,"), "{roster}");
}

#[test]
fn an_erased_resident_counts_as_active_in_the_months_before() {
    let env = TestEnv::sqlite_with_community();
    env.add_resident("Early", &[]);
    env.sql()
        .execute(
            "UPDATE residents SET registered_at = '2026-09-15T10:00:00+08:00'",
            [],
        )
        .expect("backdated");
    env.run(&["resident", "erase", "1", "-y"]).success();
    let october = env.csv(&["report", "monthly", "--month", "2026-10"]);
    assert!(october.contains("active_residents,1\n"), "{october}");
    let november = env.csv(&["report", "monthly", "--month", "2026-11"]);
    assert!(november.contains("active_residents,0\n"), "{november}");
}

#[test]
fn an_imported_resident_once_erased_blocks_the_undo_of_their_batch() {
    let env = TestEnv::with_community();
    env.write(
        "in.csv",
        "family_name,nationality,community,passport_number\nImported,FR,Green Court,F1234567\n",
    );
    env.imports(&["in.csv"]);
    env.run(&["resident", "erase", "1", "-y"]).success();
    let err = env.fails(&["batch", "undo", "1", "-y"], 4);
    assert!(err.contains("resident 1 changed"), "{err}");
}

#[test]
fn erasure_is_audited_without_the_erased_values() {
    let env = desk();
    env.run(&["resident", "erase", "1", "-y"]).success();
    let audit = env.csv(&["audit", "list", "--resident", "1"]);
    let erase = audit
        .lines()
        .find(|l| l.contains(",erase,resident,1,"))
        .unwrap_or_else(|| panic!("no erase entry: {audit}"));
    assert!(
        erase.contains("2 feedback item(s) detached; left 1 upcoming course(s)"),
        "{erase}"
    );
    assert!(
        audit.contains(",drop,course,1,resident 1 (erased)"),
        "{audit}"
    );
    let everything = env.csv(&["audit", "list"]);
    for value in ANNA {
        assert!(!everything.contains(value), "{value} in the audit log");
    }
}

fn subject(env: &TestEnv, extra: &[&str]) -> Value {
    let mut args = vec!["resident", "export", "--subject", "1"];
    args.extend_from_slice(extra);
    serde_json::from_str(&env.stdout(&args)).expect("one JSON document")
}

#[test]
fn the_subject_export_holds_everything_about_one_resident() {
    let env = desk();
    let doc = subject(&env, &[]);
    let keys: Vec<&str> = doc
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "exported_at",
            "resident",
            "enrollments",
            "attendance",
            "feedback",
            "audit"
        ]
    );
    assert_eq!(doc["resident"]["family_name"], "Quixwellanna");
    assert_eq!(doc["resident"]["notes"], "allergic to peanuts");
    // Without --include-sensitive the numbers are left out entirely.
    assert!(doc["resident"].get("passport_number").is_none(), "{doc}");
    assert!(doc["resident"].get("permit_number").is_none(), "{doc}");
    assert!(!doc.to_string().contains("E91827364"));
    assert_eq!(doc["enrollments"][0]["course_id"], 1);
    assert_eq!(doc["enrollments"][0]["status"], "enrolled");
    assert_eq!(doc["attendance"][0]["status"], "present");
    let feedback = doc["feedback"].as_array().expect("feedback");
    assert_eq!(feedback.len(), 2);
    assert_eq!(feedback[0]["subject"], "Noise at night");
    assert_eq!(feedback[0]["history"][0]["action"], "log");
    // Only entries about her: her record, her roster entry, her
    // attendance, her feedback, and this export.
    let actions: Vec<&str> = doc["audit"]
        .as_array()
        .expect("audit")
        .iter()
        .map(|e| e["action"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        actions,
        ["add", "enroll", "attend", "log", "log", "export-subject"]
    );
    // Bob appears nowhere.
    assert!(!doc.to_string().contains("Brown"));
}

#[test]
fn sensitive_numbers_only_on_request_and_audited() {
    let env = desk();
    let doc = subject(&env, &["--include-sensitive"]);
    assert_eq!(doc["resident"]["passport_number"], "E91827364");
    assert_eq!(doc["resident"]["permit_number"], "WPX5566778");
    let audit = env.csv(&["audit", "list", "--resident", "1"]);
    assert!(
        audit.contains(
            "export-subject,resident,1,\"subject export with passport_number, permit_number\""
        ),
        "{audit}"
    );
    assert!(!audit.contains("E91827364"), "{audit}");
}

#[test]
fn the_subject_export_is_json_only_and_refusals_write_nothing() {
    let env = desk();
    let audit = env.csv(&["audit", "list"]);
    for args in [
        vec!["resident", "export", "--subject", "1", "--format", "csv"],
        vec!["resident", "export", "--subject", "1", "--format", "table"],
        vec!["resident", "export", "--subject", "1", "-o", "anna.csv"],
        vec!["resident", "export", "--subject", "1", "--status", "all"],
    ] {
        env.fails(&args, 2);
    }
    env.fails(&["resident", "export", "--subject", "42"], 3);
    assert!(!env.path("anna.csv").exists());
    assert_eq!(env.csv(&["audit", "list"]), audit, "a refusal was audited");

    env.run(&["resident", "export", "--subject", "1", "-o", "anna.json"])
        .success()
        .stdout("");
    let doc: Value =
        serde_json::from_str(&crate::common::read(&env.path("anna.json"))).expect("json file");
    assert_eq!(doc["resident"]["id"], 1);
}

#[test]
fn the_subject_export_of_an_erased_resident_is_the_anonymous_record() {
    let env = desk();
    env.run(&["resident", "erase", "1", "-y"]).success();
    let doc = subject(&env, &["--include-sensitive"]);
    assert_eq!(doc["resident"]["status"], "erased");
    assert_eq!(doc["feedback"], Value::Array(vec![]));
    let text = doc.to_string();
    for value in ANNA {
        assert!(!text.contains(value), "{value} in the export");
    }
}

/// Every command that changes data writes at least one audit entry, and
/// the log never holds a passport or permit number.
#[test]
fn every_change_is_audited_and_no_sensitive_value_is() {
    let env = desk();
    env.write(
        "residents.csv",
        "family_name,nationality,community,passport_number,permit_number\n\
         Imported,FR,Green Court,F7654321,PF998877\n",
    );
    env.write(
        "courses.csv",
        "title,title_zh,category,start,duration_minutes\nCalligraphy,书法,calligraphy,2027-01-05 10:00,60\n",
    );
    env.write(
        "feedback.csv",
        "received_at,channel,category,subject\n2026-11-20 10:00,email,housing,Lift broken\n",
    );
    let changes: &[&[&str]] = &[
        &["community", "add", "Blue Bay"],
        &["community", "rename", "Blue Bay", "Blue Harbour"],
        &[
            "department",
            "add",
            "tea",
            "--name",
            "Tea office",
            "--name-zh",
            "茶办",
        ],
        &[
            "resident",
            "add",
            "--family-name",
            "Chen",
            "--nationality",
            "SG",
            "--community",
            "Green Court",
            "--passport-number",
            "K5550001",
        ],
        &["resident", "edit", "2", "--passport-number", "K5550002"],
        &["resident", "register-residence", "2"],
        &["resident", "show", "2", "--reveal"],
        &["resident", "export", "--include-sensitive"],
        &["resident", "import", "residents.csv"],
        &["batch", "undo", "1", "-y"],
        &["course", "import", "courses.csv"],
        &["course", "reschedule", "3", "--start", "2026-12-04 19:00"],
        &["course", "drop", "1", "2"],
        &["course", "enroll", "1", "2"],
        &["course", "attend", "1", "2", "--walk-in"],
        &["course", "cancel", "1", "--session", "3"],
        &["course", "cancel", "2"],
        &["feedback", "forward", "1", "--to", "housing"],
        &["feedback", "respond", "1", "--response", "Fixed"],
        &["feedback", "close", "1", "--informed-via", "email"],
        &["feedback", "import", "feedback.csv"],
        &["feedback", "sla", "10"],
        &[
            "notice",
            "add",
            "--title-en",
            "Water",
            "--title-zh",
            "停水",
            "--body-en",
            "Off",
            "--body-zh",
            "停",
        ],
        &["resident", "move-out", "2"],
        &["resident", "erase", "1", "-y"],
    ];
    for args in changes {
        let before = env.ids(&["audit", "list"]).len();
        let out = env.output(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let after = env.ids(&["audit", "list"]).len();
        assert!(after > before, "{args:?} left no audit entry");
    }
    let log = env.csv(&["audit", "list"]);
    for secret in [
        "E91827364",
        "WPX5566778",
        "F7654321",
        "PF998877",
        "K5550001",
        "K5550002",
    ] {
        assert!(!log.contains(secret), "{secret} in the audit log:\n{log}");
    }
}
