//! `report feedback` and `report monthly` (SPEC §7, §9): exact CSV on small
//! databases built through the CLI, every figure worked out by hand in the
//! comments. Commands that stamp a time run with their own "now".
use crate::common::TestEnv;

/// Runs `args` with "now" at `now` (RFC 3339); returns stdout.
pub fn at(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let out = env
        .cmd()
        .env("EXPATDESK_NOW", now)
        .args(args)
        .write_stdin("")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Logs an item; returns its id as text.
fn log(env: &TestEnv, who: &[&str], category: &str, channel: &str, received: &str) -> String {
    let mut args = vec![
        "feedback",
        "log",
        "--category",
        category,
        "--channel",
        channel,
        "--subject",
        "Subject",
        "--received-at",
        received,
        "--format",
        "json",
    ];
    args.extend_from_slice(who);
    let v: serde_json::Value = serde_json::from_str(&env.stdout(&args)).expect("json");
    let id = v["id"].as_i64().or_else(|| v["feedback"]["id"].as_i64());
    id.expect("id").to_string()
}

fn respond(env: &TestEnv, id: &str, now: &str) {
    at(env, now, &["feedback", "respond", id, "--response", "Done"]);
}

/// Anna (DE, id 1) and Bob (FR, id 2), and six items:
/// 1 Anna housing walk-in 11-01 10:00, forwarded to housing (due 11-16)
/// 2 Bob housing phone 11-02 10:00, responded 11-04 10:00 (2.0 days)
/// 3 anonymous traffic email 11-03 08:00, responded 11-04 20:00 (1.5), closed
/// 4 Anna housing wechat 11-20 10:00, new (due 12-05)
/// 5 Bob traffic walk-in 10-20 09:00, new (due 11-04)
/// 6 anonymous housing phone 11-05 10:00, responded 11-10 12:00 (5.083…)
fn desk() -> TestEnv {
    let env = TestEnv::with_community();
    env.add_resident("Müller", &["--given-name", "Anna"]);
    env.add(&[
        "--family-name",
        "Martin",
        "--given-name",
        "Bob",
        "--nationality",
        "FR",
        "--community",
        "Green Court",
    ]);
    let anna = ["--resident", "1"];
    let bob = ["--resident", "2"];
    let anon = ["--anonymous"];
    let one = log(&env, &anna, "housing", "walk-in", "2026-11-01 10:00");
    let two = log(&env, &bob, "housing", "phone", "2026-11-02 10:00");
    let three = log(&env, &anon, "traffic", "email", "2026-11-03 08:00");
    log(&env, &anna, "housing", "wechat", "2026-11-20 10:00");
    log(&env, &bob, "traffic", "walk-in", "2026-10-20 09:00");
    let six = log(&env, &anon, "housing", "phone", "2026-11-05 10:00");
    at(
        &env,
        "2026-11-02T09:00:00+08:00",
        &["feedback", "forward", &one, "--to", "housing"],
    );
    respond(&env, &two, "2026-11-04T10:00:00+08:00");
    respond(&env, &three, "2026-11-04T20:00:00+08:00");
    at(
        &env,
        "2026-11-05T09:00:00+08:00",
        &["feedback", "close", &three, "--informed-via", "phone"],
    );
    respond(&env, &six, "2026-11-10T12:00:00+08:00");
    env
}

const HEADER: &str = "key,label,received,open,responded,closed,overdue,median_response_days\n";

fn report(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["report", "feedback"];
    all.extend_from_slice(args);
    let csv = env.csv(&all);
    csv.strip_prefix(HEADER).expect("header").to_string()
}

#[test]
fn feedback_by_category_in_a_range_with_an_even_median() {
    let env = desk();
    // --to in the future: overdue as of today (11-27). Housing: items
    // 1, 2, 4, 6; open 1 and 4; item 1 overdue; median of 2.0 and 5.08.
    assert_eq!(
        report(
            &env,
            &[
                "--by",
                "category",
                "--from",
                "2026-11-01",
                "--to",
                "2026-12-31"
            ]
        ),
        "housing,housing,4,2,2,0,1,3.5\ntraffic,traffic,1,0,0,1,0,1.5\n"
    );
}

#[test]
fn feedback_by_department_groups_items_without_one_under_none() {
    let env = desk();
    // (none): 2, 3, 4, 5, 6; open 4, 5; overdue 5; median of 1.5, 2.0, 5.08.
    assert_eq!(
        report(&env, &["--by", "department"]),
        ",(none),5,2,2,1,1,2.0\nhousing,Housing Administration,1,1,0,0,1,\n"
    );
}

#[test]
fn feedback_by_nationality_puts_anonymous_items_under_none() {
    let env = desk();
    // Ties of two ordered by key: "" < DE < FR.
    assert_eq!(
        report(&env, &["--by", "nationality"]),
        ",(none),2,0,1,1,0,3.3\nDE,Germany,2,2,0,0,1,\nFR,France,2,1,1,0,1,2.0\n"
    );
}

#[test]
fn feedback_overdue_is_counted_at_the_end_of_to_with_the_given_sla() {
    let env = desk();
    // Items received up to 11-09: 1, 2, 3, 5, 6; due = received + 3 days.
    // Overdue at the end of 11-09: 1 (due 11-04), 5 (10-23) and 6 (due
    // 11-08, answered only on 11-10); 2 and 3 were answered in time.
    assert_eq!(
        report(
            &env,
            &["--by", "status", "--to", "2026-11-09", "--sla-days", "3"]
        ),
        "responded,responded,2,0,2,0,1,3.5\nclosed,closed,1,0,0,1,0,1.5\n\
         forwarded,forwarded,1,1,0,0,1,\nnew,new,1,1,0,0,1,\n"
    );
    // With the stored due dates (15 days) only item 5 is overdue then.
    assert_eq!(
        report(&env, &["--by", "channel", "--to", "2026-11-09"]),
        "phone,phone,2,0,2,0,0,3.5\nwalk-in,walk-in,2,2,0,0,1,\nemail,email,1,0,0,1,0,1.5\n"
    );
}

#[test]
fn feedback_report_refuses_bad_flags() {
    let env = desk();
    env.fails(&["report", "feedback", "--by", "colour"], 2);
    env.fails(
        &[
            "report",
            "feedback",
            "--by",
            "status",
            "--from",
            "2026-02-30",
        ],
        5,
    );
    env.fails(
        &[
            "report", "feedback", "--by", "status", "--chart", "--format", "csv",
        ],
        2,
    );
}

/// A month to report on, October 2026, as of 2026-11-27:
/// residents A (09-15, DE), B (10-05, FR), C (10-20, DE, moved out 10-25),
/// D (11-03, JP), E (09-01, US, moved out 11-05);
/// Tai Chi weekly from 09-29 10:00 ×5, the 10-20 session cancelled; the
/// Lantern event on 10-31 18:00; feedback f1..f5 (see the test).
fn october() -> TestEnv {
    let env = TestEnv::with_community();
    let add = |now: &str, family: &str, nat: &str| {
        let args = [
            "resident",
            "add",
            "--family-name",
            family,
            "--nationality",
            nat,
            "--community",
            "Green Court",
            "--format",
            "json",
        ];
        let v: serde_json::Value = serde_json::from_str(&at(&env, now, &args)).expect("json");
        v["id"].as_i64().expect("id").to_string()
    };
    let a = add("2026-09-15T10:00:00+08:00", "Alpha", "DE");
    let b = add("2026-10-05T10:00:00+08:00", "Beta", "FR");
    let c = add("2026-10-20T10:00:00+08:00", "Gamma", "DE");
    add("2026-11-03T10:00:00+08:00", "Delta", "JP");
    let e = add("2026-09-01T10:00:00+08:00", "Epsilon", "US");
    let course = |title: &str, start: &str, extra: &[&str]| {
        let mut args = vec![
            "course",
            "add",
            "--title",
            title,
            "--category",
            "other",
            "--start",
            start,
            "--duration",
            "90m",
        ];
        args.extend_from_slice(extra);
        at(&env, "2026-09-01T10:00:00+08:00", &args);
    };
    course(
        "Tai Chi",
        "2026-09-29 10:00",
        &["--repeat", "weekly", "--count", "5"],
    );
    course("Lantern", "2026-10-31 18:00", &["--kind", "event"]);
    let session = |day: &str| -> String {
        let id: i64 = env
            .sql()
            .query_row(
                "SELECT id FROM sessions WHERE substr(starts_at, 1, 10) = ?1",
                [day],
                |r| r.get(0),
            )
            .expect("session");
        id.to_string()
    };
    let now = "2026-11-01T10:00:00+08:00";
    at(&env, now, &["course", "enroll", "1", &a, &b, &e]);
    at(
        &env,
        now,
        &[
            "course",
            "cancel",
            "1",
            "--session",
            &session("2026-10-20"),
            "-y",
        ],
    );
    at(&env, now, &["course", "attend", &session("2026-09-29"), &a]);
    at(
        &env,
        now,
        &["course", "attend", &session("2026-10-06"), &a, &b],
    );
    at(&env, now, &["course", "attend", &session("2026-10-13"), &a]);
    at(
        &env,
        now,
        &["course", "attend", &session("2026-10-13"), &b, "--absent"],
    );
    at(
        &env,
        now,
        &["course", "attend", &session("2026-10-31"), &e, "--walk-in"],
    );
    // Moved out after the course steps: a moved-out resident cannot enroll.
    at(
        &env,
        "2026-10-25T10:00:00+08:00",
        &["resident", "move-out", &c, "--on", "2026-10-25"],
    );
    at(
        &env,
        "2026-11-05T10:00:00+08:00",
        &["resident", "move-out", &e, "--on", "2026-11-05"],
    );
    let anon = ["--anonymous"];
    let f1 = log(&env, &anon, "housing", "phone", "2026-09-20 10:00");
    log(&env, &anon, "housing", "phone", "2026-10-01 09:00");
    let f3 = log(&env, &anon, "housing", "phone", "2026-10-10 12:00");
    let f4 = log(&env, &anon, "housing", "phone", "2026-10-15 08:00");
    log(&env, &anon, "housing", "phone", "2026-10-28 10:00");
    respond(&env, &f1, "2026-10-02T10:00:00+08:00");
    at(
        &env,
        "2026-10-03T10:00:00+08:00",
        &["feedback", "close", &f1, "--informed-via", "phone"],
    );
    respond(&env, &f3, "2026-10-12T06:00:00+08:00");
    respond(&env, &f4, "2026-11-02T08:00:00+08:00");
    env
}

/// new: B, C; moved out: C; active on 10-31: A, B, E (DE, FR, US);
/// held: Tai Chi 10-06, 10-13, 10-27 and the event; present: A, B on
/// 10-06, A on 10-13, E at the event; feedback received f2..f5, closed f1,
/// overdue on 10-31 f2 (due 10-16) and f4 (due 10-30, answered 11-02);
/// responded in October f1 (12 days) and f3 (1.75): median 6.875.
const OCTOBER: &str = "metric,value\nnew_registrations,2\nmoved_out,1\nactive_residents,3\n\
nationalities,3\nsessions_held,4\nevents_held,1\nparticipants,3\nattendances,4\n\
feedback_received,4\nfeedback_closed,1\nfeedback_overdue,2\nmedian_response_days,6.9\n";

#[test]
fn monthly_counts_every_metric_of_a_past_month() {
    let env = october();
    assert_eq!(
        env.csv(&["report", "monthly", "--month", "2026-10"]),
        OCTOBER
    );
    // `last` is the calendar month before today's (2026-11-27).
    assert_eq!(env.csv(&["report", "monthly", "--month", "last"]), OCTOBER);
    env.run(&[
        "report",
        "monthly",
        "--month",
        "last",
        "-o",
        "m-{month}.csv",
    ])
    .success();
    let file = std::fs::read_to_string(env.path("m-2026-10.csv")).expect("file");
    assert_eq!(file, OCTOBER);
}

#[test]
fn monthly_counts_the_current_month_as_of_today() {
    let env = october();
    // November so far: D registered, E moved out; active today A, B, D
    // (DE, FR, JP); nothing held; f1..f5 received earlier; f4 responded on
    // 11-02 after 18 days; overdue today f2 and f5 (due 11-12).
    assert_eq!(
        env.csv(&["report", "monthly", "--month", "2026-11"]),
        "metric,value\nnew_registrations,1\nmoved_out,1\nactive_residents,3\nnationalities,3\n\
         sessions_held,0\nevents_held,0\nparticipants,0\nattendances,0\nfeedback_received,0\n\
         feedback_closed,0\nfeedback_overdue,2\nmedian_response_days,18.0\n"
    );
    env.fails(&["report", "monthly", "--month", "2026-13"], 5);
}
