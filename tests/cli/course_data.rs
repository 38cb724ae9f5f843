//! Course lists, the agenda, and courses in and out of CSV.
use crate::common::TestEnv;

fn with_courses() -> TestEnv {
    let env = TestEnv::new();
    env.run(&[
        "course",
        "add",
        "--title",
        "Mandarin",
        "--category",
        "language",
        "--start",
        "2026-12-01 18:30",
        "--duration",
        "90m",
        "--repeat",
        "weekly",
        "--count",
        "3",
        "--venue",
        "Room 2",
        "--instructor",
        "Wang Li",
        "--capacity",
        "12",
        "--code",
        "MAN-101",
    ])
    .success();
    env.run(&[
        "course",
        "add",
        "--title",
        "=Dumplings",
        "--category",
        "cuisine",
        "--kind",
        "event",
        "--start",
        "2026-11-28 18:00",
        "--duration",
        "2h",
        "--venue",
        "Hall",
    ])
    .success();
    env
}

#[test]
fn the_agenda_has_the_spec_columns_in_time_order() {
    let env = with_courses();
    let csv = env.csv(&["schedule", "--from", "2026-11-27", "--to", "2026-12-08"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "session_id,course_id,code,title,kind,category,starts_at,ends_at,venue,instructor,status,enrolled,capacity"
    );
    assert_eq!(
        lines[1],
        "4,2,,'=Dumplings,event,cuisine,2026-11-28T18:00:00+08:00,2026-11-28T20:00:00+08:00,Hall,,scheduled,0,0"
    );
    assert!(lines[2].starts_with("1,1,MAN-101,Mandarin,course,language,2026-12-01T18:30:00+08:00"));
    assert_eq!(lines.len(), 4, "{csv}");
}

#[test]
fn course_list_shows_the_next_session_and_seats() {
    let env = with_courses();
    let csv = env.csv(&["course", "list"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,code,title,category,kind,status,next_session,sessions,enrolled,capacity,venue,instructor"
    );
    assert!(
        lines[1]
            .starts_with("2,,'=Dumplings,cuisine,event,scheduled,2026-11-28T18:00:00+08:00,1,0,0,"),
        "{csv}"
    );
    assert!(
        lines[2].starts_with(
            "1,MAN-101,Mandarin,language,course,scheduled,2026-12-01T18:30:00+08:00,3,0,12,"
        ),
        "{csv}"
    );
    env.fails(&["course", "show", "9"], 3);
    let shown = env.json(&["course", "show", "1"]);
    assert_eq!(shown["sessions"].as_array().map(Vec::len), Some(3));
    // One object: the course's columns at the top, its lists nested.
    assert_eq!(shown["code"], "MAN-101");
    assert_eq!(shown["roster"].as_array().map(Vec::len), Some(0));
}

#[test]
fn courses_round_trip_through_csv() {
    let env = with_courses();
    let exported = env.stdout(&["course", "export"]);
    assert!(exported.starts_with(
        "id,code,title,title_zh,category,kind,instructor,venue,capacity,language,start,duration_minutes,repeat,count,until,skip,description\n"
    ));
    // Pinned bytes: `start` is RFC 3339 with the offset (SPEC §1).
    assert_eq!(
        exported.lines().nth(1),
        Some(
            "1,MAN-101,Mandarin,,language,course,Wang Li,Room 2,12,,\
             2026-12-01T18:30:00+08:00,90,weekly,3,,,"
        ),
        "{exported}"
    );
    let json = env.json(&["course", "export"]);
    assert_eq!(json[1]["start"], "2026-11-28T18:00:00+08:00");
    let file = env.path("courses.csv");
    std::fs::write(&file, &exported).expect("written");
    let other = TestEnv::new();
    let path = file.to_str().expect("utf-8");
    other.run(&["course", "import", path]).success();
    let again = other.stdout(&["course", "export"]);
    let strip = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| l.split_once(',').map_or("", |(_, rest)| rest).to_string())
            .collect()
    };
    assert_eq!(strip(&again), strip(&exported));
    // Importing the same courses again clashes with the first copy: all or nothing.
    let before = other.stdout(&["course", "export"]);
    other.fails(&["course", "import", path], 4);
    assert_eq!(other.stdout(&["course", "export"]), before);
}

#[test]
fn course_import_takes_both_date_time_forms() {
    let env = TestEnv::new();
    env.write(
        "both.csv",
        "title,category,start,duration_minutes\n\
         Tea,tea,2026-12-01 10:00,60\n\
         Ink,painting,2026-12-02T10:00:00+08:00,60\n\
         Qin,music,2026-12-03T02:00:00Z,60\n",
    );
    env.run(&["course", "import", "both.csv"]).success();
    let starts: Vec<String> = env
        .csv(&["course", "export"])
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(10).unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        starts,
        [
            "2026-12-01T10:00:00+08:00",
            "2026-12-02T10:00:00+08:00",
            "2026-12-03T10:00:00+08:00"
        ]
    );
}

#[test]
fn course_import_names_every_bad_line() {
    let env = TestEnv::new();
    env.write(
        "bad.csv",
        "title,category,start,duration_minutes\n\
         Tea,tea,2026-12-01 10:00,60\n\
         Ink,inkwash,2026-12-02 10:00,60\n\
         Tai chi,martial-arts,2026-12-40 07:00,60\n",
    );
    let err = env.fails(&["course", "import", "bad.csv"], 5);
    assert!(err.contains("bad.csv:3: category"), "{err}");
    assert!(err.contains("bad.csv:4: start"), "{err}");
    let courses: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM courses", [], |r| r.get(0))
        .expect("count");
    assert_eq!(courses, 0, "nothing written");
}

#[test]
fn course_import_finds_every_kind_of_clash_in_one_sweep() {
    let env = with_courses();
    // Stored: Mandarin in Room 2 with Wang Li on Tuesdays 18:30–20:00 from
    // 2026-12-01; its 2026-12-08 session is cancelled below.
    let sessions = env.json(&["course", "show", "1"]);
    let second = sessions["sessions"][1]["session_id"]
        .as_i64()
        .expect("a session id")
        .to_string();
    env.run(&["course", "cancel", "1", "--session", &second])
        .success();
    env.write(
        "clash.csv",
        "title,category,venue,instructor,start,duration_minutes\n\
         Touching,tea,ROOM 2,,2026-12-01 20:00,60\n\
         Cancelled slot,tea,Room 2,,2026-12-08 18:30,60\n\
         Ink,painting,Hall B,wáng li,2026-12-15 19:00,60\n\
         Qin,music,hall b,,2026-12-20 10:00,60\n\
         Erhu,music,Hall B,,2026-12-20 10:30,60\n",
    );
    let err = env.fails(&["course", "import", "clash.csv"], 4);
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(
        lines,
        [
            "error: clash.csv:4: \"Ink\" on 2026-12-15 19:00–20:00 overlaps session 3 \
             \"Mandarin\" on 2026-12-15 18:30–20:00 with the same instructor (Wang Li)",
            "error: clash.csv:6: \"Erhu\" on 2026-12-20 10:30–11:30 overlaps \"Qin\" (line 5) \
             on 2026-12-20 10:00–11:00 in the same venue (hall b)",
        ],
        "{err}"
    );
    assert!(err.contains("hint: "), "{err}");
    // All or nothing; with --allow-conflict everything goes in.
    assert_eq!(env.csv(&["course", "export"]).lines().count(), 3);
    let out = env.output(&["course", "import", "clash.csv", "--allow-conflict"]);
    assert!(out.status.success());
    assert!(crate::common::stderr(&out).contains("2 clashes allowed"));
    assert_eq!(env.csv(&["course", "export"]).lines().count(), 8);
}

#[test]
fn course_import_counts_the_clashes_past_fifty() {
    let env = TestEnv::new();
    let mut csv = String::from("title,category,venue,start,duration_minutes,repeat,count\n");
    for name in ["Tea", "Ink"] {
        csv.push_str(&format!("{name},tea,Room 1,2027-01-04 10:00,60,daily,60\n"));
    }
    env.write("many.csv", csv);
    let err = env.fails(&["course", "import", "many.csv"], 4);
    let errors = err.lines().filter(|l| l.starts_with("error:")).count();
    assert_eq!(errors, 51, "{err}");
    assert!(err.contains("error: … and 10 more clashes"), "{err}");
}
