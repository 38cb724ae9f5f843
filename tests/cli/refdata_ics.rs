//! Issue 16.4: languages go by their common names (the inverted and older
//! catalog names stay accepted), `sh` is known and the withdrawn `bh` is
//! not; and `schedule --ics` over a range without sessions writes no
//! calendar (RFC 5545 wants at least one component) and says so.
use crate::common::{stderr, TestEnv};

#[test]
fn languages_are_accepted_by_their_common_and_their_old_names() {
    let env = TestEnv::with_community();
    let id = env.add_resident(
        "Hansen",
        &[
            "--languages",
            "Norwegian Bokmål;khmer;Scottish Gaelic;Serbo-Croatian;Farsi",
        ],
    );
    let shown = env.json(&["resident", "show", &id.to_string()]);
    assert_eq!(shown["languages"], "nb;km;gd;sh;fa");
    // A list splits on commas too, so an inverted name is for one value.
    let id = env.add_resident("Berg", &["--languages", "Central Khmer;Mandarin;Gaelic"]);
    let shown = env.json(&["resident", "show", &id.to_string()]);
    assert_eq!(shown["languages"], "km;zh;gd");
    let course = [
        "course",
        "add",
        "--title",
        "Tur",
        "--category",
        "other",
        "--start",
        "2026-12-01 10:00",
        "--duration",
        "1h",
        "--language",
        "Bokmål, Norwegian",
    ];
    env.run(&course).success();
    assert!(env.csv(&["course", "export"]).contains(",nb,"));
    let err = env.fails(
        &[
            "resident",
            "add",
            "--family-name",
            "Singh",
            "--nationality",
            "IN",
            "--community",
            "Green Court",
            "--languages",
            "bh",
        ],
        5,
    );
    assert!(err.contains("(bh)"), "{err}");
    // Reports label the codes with the common names.
    let report = env.csv(&["report", "residents", "--by", "language"]);
    assert!(report.contains("\nnb,Norwegian Bokmål,1,"), "{report}");
    assert!(report.contains("\nkm,Khmer,2,"), "{report}");
}

#[test]
fn an_empty_range_writes_no_calendar_and_says_so() {
    let env = TestEnv::new();
    env.add_weekly_course("2026-12-01 18:30", "5");
    let args = [
        "schedule",
        "--from",
        "2027-03-01",
        "--to",
        "2027-03-31",
        "--ics",
        "spring.ics",
    ];
    let out = env.output(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "no sessions from 2027-03-01 to 2027-03-31: no calendar written\n"
    );
    assert!(!env.path("spring.ics").exists());
    // A calendar written before stays as it was.
    env.write("spring.ics", "BEGIN:VCALENDAR\r\n");
    let out = env.output(&args);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("(spring.ics left as it was)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(env.path("spring.ics")).expect("reads"),
        "BEGIN:VCALENDAR\r\n"
    );
    // A range with sessions still gets its calendar.
    let winter = [
        "schedule",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--ics",
        "w.ics",
    ];
    env.run(&winter).success();
    let ics = std::fs::read_to_string(env.path("w.ics")).expect("written");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
}
