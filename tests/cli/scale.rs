//! Lists at scale (SPEC §1 "table", §8 `today`): csv and json stream in
//! flat memory, a table shows `--limit` rows and says how many more, and
//! the dashboard shows each section's count and its most urgent rows. The
//! database holds 100,000 residents and 50,000 feedback items, written
//! with SQL; each command runs under a 300 MB address-space limit
//! (`ulimit -v`), which loading every row (about 600 MB here) would break.
use std::process::Output;

use crate::common::{stderr, TestEnv};

const RESIDENTS: u32 = 100_000;
const FEEDBACK: u32 = 50_000;

/// A database of `RESIDENTS` residents (none registered with the police,
/// permits expiring over the next 400 days) and `FEEDBACK` open items.
/// On a SQLite file whatever the run: the rows are written into the file
/// directly.
fn sqlite_big() -> TestEnv {
    let env = TestEnv::sqlite();
    env.sql()
        .execute_batch(&format!(
            "BEGIN;
             INSERT INTO communities (id, name, name_zh, name_key, created_at)
                 VALUES (1, 'Green Court', '绿庭', 'green court', '2026-01-01T00:00:00+08:00');
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {RESIDENTS})
             INSERT INTO residents (family_name, given_name, nationality, community_id,
                     registered_at, updated_at, name_key, permit_type, permit_expiry, arrival_date)
                 SELECT 'Family' || i, 'Given' || i, 'DE', 1, '2026-01-01T00:00:00+08:00',
                     '2026-01-01T00:00:00+08:00', 'family' || i || ' given' || i, 'work',
                     date('2026-11-20', '+' || (i % 400) || ' days'), '2026-01-01'
                 FROM n;
             INSERT INTO resident_search (resident_id, haystack)
                 SELECT id, lower(family_name) FROM residents;
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {FEEDBACK})
             INSERT INTO feedback (received_at, channel, category, subject, status, due_on,
                     created_at, updated_at)
                 SELECT '2026-11-01T10:00:00+08:00', 'phone', 'housing', 'Subject ' || i, 'new',
                     date('2026-11-20', '+' || (i % 30) || ' days'),
                     '2026-11-01T10:00:00+08:00', '2026-11-01T10:00:00+08:00'
                 FROM n;
             COMMIT;"
        ))
        .expect("fills the database");
    env
}

/// Runs the binary with these arguments under a 300 MB address-space limit.
fn bounded(env: &TestEnv, args: &[&str]) -> Output {
    let cmd = env.std_cmd();
    let program = cmd.get_program().to_owned();
    let mut shell = std::process::Command::new("sh");
    shell
        .env_clear()
        .envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
        .current_dir(env.dir.path())
        .arg("-c")
        .arg("ulimit -v 300000 && exec \"$@\"")
        .arg("sh")
        .arg(&program)
        .args(args)
        .stdin(std::process::Stdio::null());
    let out = shell.output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?} within 300 MB: {:?} {}",
        out.status,
        stderr(&out)
    );
    out
}

#[test]
fn csv_and_json_stream_every_row_in_flat_memory() {
    let env = sqlite_big();
    let lines = |out: &Output| {
        out.stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count()
    };
    let csv = bounded(&env, &["resident", "list", "--format", "csv"]);
    assert_eq!(lines(&csv), RESIDENTS as usize + 1);
    let json = bounded(&env, &["resident", "list", "--format", "json"]);
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(parsed.as_array().map(Vec::len), Some(RESIDENTS as usize));
    let due = bounded(&env, &["report", "registrations", "--format", "csv"]);
    assert_eq!(lines(&due), RESIDENTS as usize + 1);
    let feedback = bounded(&env, &["feedback", "list", "--format", "csv"]);
    assert_eq!(lines(&feedback), FEEDBACK as usize + 1);
    let export = bounded(&env, &["feedback", "export", "--format", "json"]);
    assert!(export.stdout.ends_with(b"}\n]\n"));
    let export = bounded(&env, &["resident", "export", "--format", "csv"]);
    assert_eq!(lines(&export), RESIDENTS as usize + 1);
}

#[test]
fn a_table_shows_the_limit_and_says_how_many_more() {
    let env = sqlite_big();
    let table = bounded(&env, &["resident", "list"]);
    let text = String::from_utf8_lossy(&table.stdout).into_owned();
    // Header, borders and 50 rows.
    assert_eq!(text.lines().count(), 50 + 4, "{text}");
    let err = stderr(&table);
    assert!(err.contains("99950 more"), "{err}");
    assert!(err.contains("--limit 0"), "{err}");
    let ten = bounded(&env, &["resident", "list", "--limit", "10"]);
    assert_eq!(String::from_utf8_lossy(&ten.stdout).lines().count(), 14);
    assert!(stderr(&ten).contains("99990 more"));
    let permits = bounded(&env, &["report", "permits", "--within", "30"]);
    assert!(stderr(&permits).contains("more"), "{}", stderr(&permits));
}

#[test]
fn today_shows_counts_and_the_most_urgent_rows() {
    let env = sqlite_big();
    let out = bounded(&env, &["today", "--format", "json"]);
    let board: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(board["counts"]["registrations"], RESIDENTS);
    assert_eq!(board["registrations"].as_array().map(Vec::len), Some(10));
    // Permits expire from 2026-11-20 (7 days ago) over 400 days: 38 days'
    // worth (expired ones and the next 30 days) of 250 residents each.
    assert_eq!(board["counts"]["permits"], 38 * 250);
    let permits = board["permits"].as_array().expect("rows");
    assert_eq!(permits.len(), 10);
    assert_eq!(permits[0]["days_left"], -7, "most urgent first");
    // Due from 2026-11-20 over 30 days: about half are due by 12-04.
    let open = board["counts"]["feedback"].as_u64().expect("n");
    let by_sql: u64 = env
        .sql()
        .query_row(
            "SELECT count(*) FROM feedback WHERE due_on <= '2026-12-04'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(open, by_sql);
    assert!(open > u64::from(FEEDBACK) / 3 && open < u64::from(FEEDBACK));
    assert_eq!(board["feedback"][0]["due_on"], "2026-11-20");
    let table = bounded(&env, &["today", "--limit", "3"]);
    let text = String::from_utf8(table.stdout).expect("utf-8");
    assert!(
        text.contains("Residence registrations due: 100000"),
        "{text}"
    );
    assert!(
        text.contains("and 99997 more: `expatdesk report registrations`"),
        "{text}"
    );
    let more = format!(
        "and {} more: `expatdesk feedback list --due-within 7`",
        open - 3
    );
    assert!(text.contains(&more), "{text}");
    let due = bounded(
        &env,
        &["feedback", "list", "--due-within", "7", "--format", "csv"],
    );
    let count = String::from_utf8_lossy(&due.stdout).lines().count() - 1;
    assert_eq!(count as u64, open);
}

/// Peak resident memory (KiB) of one run, as GNU time reports it: the
/// command is started by `time`, a small process, so its figure is its own
/// (a child forked from this test binary would start out with the binary's
/// memory counted). `None` when `/usr/bin/time` is not installed.
fn peak_kib(env: &TestEnv, args: &[&str]) -> Option<i64> {
    let time = std::path::Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let report = env.path("peak.txt");
    let cmd = env.std_cmd();
    let out = std::process::Command::new(time)
        .env_clear()
        .envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
        .current_dir(env.dir.path())
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(cmd.get_program())
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("runs");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let text = std::fs::read_to_string(&report).expect("time's report");
    Some(text.trim().parse().expect("KiB"))
}

/// A file of `rows` residents, with the stored residents it matches.
fn matching(env: &TestEnv, rows: usize) -> &'static str {
    let mut csv = String::from(crate::generate::HEADER);
    csv.push_str(&crate::generate::rows(0..rows));
    env.write("people.csv", csv);
    env.run(&["resident", "import", "people.csv"]).success();
    "people.csv"
}

#[test]
fn re_importing_matching_rows_and_rejecting_rows_take_flat_memory() {
    // Two sizes, four times apart: peak memory must not follow the rows
    // (it grew by about 1.3 KB a matching row, 200 bytes a rejected one).
    let mut peaks = Vec::new();
    for rows in [5_000, 20_000] {
        let env = TestEnv::with_community();
        let file = matching(&env, rows);
        let mut peak = Vec::new();
        for extra in [
            &["--on-conflict", "skip"][..],
            &["--on-conflict", "update"],
            &["--on-conflict", "fill", "--dry-run"],
        ] {
            let mut args = vec!["resident", "import", file];
            args.extend_from_slice(extra);
            let Some(kib) = peak_kib(&env, &args) else {
                eprintln!("SKIPPED re_importing_…_take_flat_memory: no /usr/bin/time");
                return;
            };
            peak.push(kib);
        }
        let mut bad = String::from("family_name,nationality,community,birth_date\n");
        for i in 0..rows * 8 {
            bad.push_str(&format!("Bad{i},DE,Green Court,2020-02-30\n"));
        }
        env.write("bad.csv", bad);
        let rejects = [
            "resident",
            "import",
            "bad.csv",
            "--skip-invalid",
            "--rejects",
            "rejects.csv",
        ];
        peak.extend(peak_kib(&env, &rejects));
        peaks.push(peak);
    }
    for (small, large) in peaks[0].iter().zip(&peaks[1]) {
        assert!(
            large - small < 8 * 1024,
            "peak memory grew with the rows: {:?} KiB at 5,000 rows, {:?} KiB at 20,000",
            peaks[0],
            peaks[1]
        );
    }
}
