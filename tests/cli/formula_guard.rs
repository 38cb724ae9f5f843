//! The formula guard, data-driven (issue 16.2, SPEC §1 and §9): a
//! formula-like value goes into every free-text field a report, export,
//! list or rejects file can show; every CSV output, with and without
//! `--excel`, is parsed with the csv crate, and no cell may begin with a
//! formula trigger unless it is a number or a validated phone number.
//! The same outputs as CSV and JSON also show every date-time as RFC 3339
//! with `+08:00` (issue 11.17).
use crate::common::{stderr, TestEnv};

/// A desk where every free-text field starts with a formula trigger.
fn hostile_desk() -> TestEnv {
    let env = TestEnv::new();
    let steps: &[&[&str]] = &[
        &[
            "--operator=@op",
            "community",
            "add",
            "=1+1 Court",
            "--name-zh=+1 庭",
        ],
        &[
            "department",
            "add",
            "xdept",
            "--name=@x Dept",
            "--name-zh=-1 部门",
        ],
        &[
            "resident",
            "add",
            "--family-name==1+1 Fam",
            "--given-name=+1 Giv",
            "--chinese-name=-1 中",
            "--nationality=DE",
            "--community==1+1 court",
            "--address=@x addr",
            "--notes='quoted",
            "--wechat==wx1",
            "--external-id=-E1",
            "--phone=+8613812345678",
            "--email=a@b.cn",
            "--consent-contact=yes",
            "--consent-share=yes",
            "--languages=de;en",
            "--permit-type=work",
            "--permit-number=-P12345",
            "--permit-expiry=2026-12-01",
            "--passport-number=E1234567",
            "--arrival-date=2026-11-01",
        ],
        &[
            "course",
            "add",
            "--title==1+1 Tea",
            "--title-zh=+1 茶",
            "--code=-C1",
            "--venue=@x Hall",
            "--instructor=-1 Li",
            "--description=+1 desc",
            "--category=tea",
            "--start=2026-11-20 18:00",
            "--duration=1h",
            "--repeat=weekly",
            "--count=3",
        ],
        &["course", "enroll", "1", "1"],
        &["course", "attend", "1", "1"],
        &[
            "feedback",
            "log",
            "--resident=1",
            "--category=housing",
            "--channel=walk-in",
            "--subject==1+1 Lift",
            "--body=-1 body",
            "--received-at=2026-11-02 10:00",
        ],
        &["feedback", "forward", "1", "--to=xdept", "--note=@x note"],
        &["feedback", "respond", "1", "--response=+1 answer"],
        &[
            "notice",
            "add",
            "--title-en==1+1 Title",
            "--title-zh=+1 标题",
            "--body-en=-1 body",
            "--body-zh=@x 正文",
            "--title-ja==ja",
            "--body-ja=+ja",
            "--category=-cat",
        ],
    ];
    for args in steps {
        let out = env.output(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    // Rejects: rows as read, every cell a trigger, plus the error column.
    env.write(
        "bad.csv",
        "external_id,family_name,given_name,nationality,community,notes\n\
         =E2,=1+1,+1,XX,-1 Court,\"\tnote\"\n\
         @E3,\t-1,'x,@@,=1+1 Court,\"\r\"\n",
    );
    env.imports(&["bad.csv", "--skip-invalid", "--rejects", "rejects.csv"]);
    env
}

/// Every command with CSV output over `hostile_desk`.
const OUTPUTS: &[&[&str]] = &[
    &["resident", "list", "--status", "all"],
    &["resident", "find", "fam"],
    &["resident", "show", "1"],
    &["resident", "export"],
    &["resident", "export", "--include-sensitive"],
    &["course", "list"],
    &["course", "show", "1"],
    &["course", "export"],
    &["enrollment", "export"],
    &["attendance", "export"],
    &["schedule", "--from", "2026-11-01", "--to", "2026-12-31"],
    &["feedback", "list"],
    &["feedback", "show", "1"],
    &["feedback", "export"],
    &["feedback", "export", "--department", "xdept"],
    &["notice", "list"],
    &["notice", "show", "1"],
    &["notice", "recipients", "1"],
    &["report", "residents", "--by", "nationality"],
    &["report", "residents", "--by", "community"],
    &["report", "residents", "--by", "language"],
    &["report", "residents", "--by", "gender"],
    &["report", "residents", "--by", "permit-type"],
    &["report", "residents", "--by", "age-band"],
    &["report", "registrations"],
    &["report", "permits", "--within", "3650"],
    &["report", "courses"],
    &["report", "attendance", "--course", "1"],
    &["report", "feedback", "--by", "category"],
    &["report", "feedback", "--by", "department"],
    &["report", "feedback", "--by", "status"],
    &["report", "feedback", "--by", "channel"],
    &["report", "feedback", "--by", "nationality"],
    &["report", "monthly", "--month", "2026-11"],
    &["audit", "list"],
    &["batch", "list"],
    &["community", "list"],
    &["department", "list"],
];

/// A cell a spreadsheet would run or change: it starts with a trigger and
/// is neither a number, a validated phone number (SPEC §9) nor `--excel`'s
/// text form of a number-like value (`="+8613812345678"`: a formula that
/// only shows its digits).
fn unguarded(cell: &str) -> bool {
    let Some(first) = cell.chars().next() else {
        return false;
    };
    let number = cell.parse::<f64>().is_ok();
    let phone = first == '+' && cell.len() > 6 && cell.bytes().skip(1).all(|b| b.is_ascii_digit());
    let excel_text = cell
        .strip_prefix("=\"")
        .and_then(|c| c.strip_suffix('"'))
        .is_some_and(|v| {
            v.bytes().any(|b| b.is_ascii_digit())
                && v.bytes()
                    .all(|b| b.is_ascii_digit() || b"+-/.eE".contains(&b))
        });
    matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r') && !number && !phone && !excel_text
}

/// The problems in one CSV output: unguarded cells, date-times not in
/// RFC 3339 with `+08:00`.
fn problems(what: &str, bytes: &[u8]) -> Vec<String> {
    let text = std::str::from_utf8(bytes).expect("utf-8");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let mut found = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.unwrap_or_else(|e| panic!("{what}: not CSV: {e}"));
        for cell in record.iter() {
            if unguarded(cell) {
                found.push(format!("{what}: row {}: unguarded {cell:?}", n + 1));
            }
            if let Some(bad) = not_rfc3339(cell) {
                found.push(format!("{what}: row {}: date-time {bad:?}", n + 1));
            }
        }
    }
    found
}

/// `text` if it looks like a date-time but is not `YYYY-MM-DDTHH:MM:SS+08:00`.
fn not_rfc3339(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let shape = |i: usize, c: u8| b.get(i) == Some(&c);
    let looks = b.len() >= 16 && shape(4, b'-') && shape(7, b'-') && shape(13, b':');
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let looks = looks && digits(0..4) && (b[10] == b' ' || b[10] == b'T');
    let good = b.len() == 25
        && b[10] == b'T'
        && shape(16, b':')
        && text.ends_with("+08:00")
        && chrono::DateTime::parse_from_rfc3339(text).is_ok();
    (looks && !good).then_some(text)
}

/// Every string in a JSON value that is a date-time not in RFC 3339.
fn json_times(what: &str, value: &serde_json::Value, found: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => {
            if let Some(bad) = not_rfc3339(s) {
                found.push(format!("{what}: JSON date-time {bad:?}"));
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_times(what, v, found)),
        serde_json::Value::Object(map) => map.values().for_each(|v| json_times(what, v, found)),
        _ => {}
    }
}

#[test]
fn no_free_text_cell_comes_out_unguarded_and_every_date_time_is_rfc3339() {
    let env = hostile_desk();
    let mut found = Vec::new();
    for args in OUTPUTS {
        for excel in [false, true] {
            let mut all = args.to_vec();
            all.extend(["--format", "csv"]);
            if excel {
                all.push("--excel");
            }
            let out = env.output(&all);
            assert!(out.status.success(), "{all:?}: {}", stderr(&out));
            found.extend(problems(&format!("{all:?}"), &out.stdout));
        }
        let json = env.json(args);
        json_times(&format!("{args:?}"), &json, &mut found);
    }
    for excel in [false, true] {
        let mut args = vec!["bad.csv", "--skip-invalid"];
        args.extend(["--rejects", "r.csv"]);
        if excel {
            args.push("--excel");
        }
        env.imports(&args);
        let bytes = std::fs::read(env.path("r.csv")).expect("rejects");
        found.extend(problems(&format!("rejects, excel {excel}"), &bytes));
    }
    let bytes = std::fs::read(env.path("rejects.csv")).expect("rejects");
    found.extend(problems("rejects.csv", &bytes));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_planted_values_do_come_out_guarded() {
    // The sweep above would pass vacuously if the values never showed.
    let env = hostile_desk();
    let report = env.csv(&["report", "residents", "--by", "community", "--excel"]);
    assert!(
        report.contains("\r\n'=1+1 Court,'=1+1 Court,1,100.0\r\n"),
        "{report}"
    );
    let list = env.csv(&["resident", "list"]);
    assert!(list.contains("'=1+1 Fam,'+1 Giv"), "{list}");
    let export = env.csv(&["course", "export"]);
    assert!(export.contains("'-C1,'=1+1 Tea,'+1 茶"), "{export}");
    let audit = env.csv(&["audit", "list"]);
    assert!(audit.contains(",'@op,"), "{audit}");
    let rejects = std::fs::read_to_string(env.path("rejects.csv")).expect("rejects");
    assert!(rejects.contains("'=E2,'=1+1,'+1,XX,'-1 Court"), "{rejects}");
    // --raw leaves them as they are.
    let raw = env.csv(&["report", "residents", "--by", "community", "--raw"]);
    assert!(raw.contains("\n=1+1 Court,=1+1 Court,1,"), "{raw}");
}
