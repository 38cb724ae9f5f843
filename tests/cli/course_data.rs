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
    assert_eq!(shown["course"]["code"], "MAN-101");
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
