//! `course import FILE [--dry-run] [--allow-conflict]`: course definitions
//! in the `course export` schema (headers by name, any order, `id`
//! ignored). Every row is checked first (`FILE:LINE: column: problem
//! (value)`, exit 5, nothing written); then one write transaction creates
//! each course and its sessions, refusing clashes (exit 4 naming the
//! line) unless `--allow-conflict`. All or nothing.
use std::path::PathBuf;

use clap::Args;
use csv::StringRecord;

use super::clashes;
use crate::clock::parse_datetime;
use crate::context::Ctx;
use crate::courses::recurrence::expand;
use crate::courses::store::{self, CourseDef};
use crate::courses::{Category, Kind, Repeat};
use crate::csvio::{read_rows, row_error, Encoding, Input, RowCheck};
use crate::db::audit::{self, Actor};
use crate::error::Result;
use crate::output::{Cell, Rows};
use crate::t;
use crate::text::Lines;
use crate::ui;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV file (`-` for stdin)
    pub file: PathBuf,
    /// Check everything, clashes included, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Create the sessions even where they clash with others
    #[arg(long)]
    pub allow_conflict: bool,
    /// The file's encoding
    #[arg(long, value_enum, default_value = "auto")]
    pub encoding: Encoding,
}

/// The import schema: `course export` without `id`.
pub(super) const COLUMNS: [&str; 16] = [
    "code",
    "title",
    "title_zh",
    "category",
    "kind",
    "instructor",
    "venue",
    "capacity",
    "language",
    "start",
    "duration_minutes",
    "repeat",
    "count",
    "until",
    "skip",
    "description",
];
const REQUIRED: [&str; 4] = ["title", "category", "start", "duration_minutes"];
/// Free text: written with the formula guard by exports, unguarded here.
const FREE_TEXT: [&str; 6] = [
    "code",
    "title",
    "title_zh",
    "instructor",
    "venue",
    "description",
];

/// The row's definition, or one report line per problem.
fn definition(
    file: &str,
    line: u64,
    raw: bool,
    columns: &[Option<&'static str>],
    record: &StringRecord,
) -> std::result::Result<CourseDef, Vec<String>> {
    let mut r = RowCheck::new(file, line, raw, &FREE_TEXT, columns, record)?;
    let code = r.text("code", Lines::Single, 32);
    let title = r.required("title", 200);
    let title_zh = r.text("title_zh", Lines::Single, 200);
    let category = r.vocab("category", Category::parse);
    let kind = if r.cell("kind").trim().is_empty() {
        Some(Kind::Course)
    } else {
        r.vocab("kind", Kind::parse)
    };
    let instructor = r.text("instructor", Lines::Single, 100);
    let venue = r.text("venue", Lines::Single, 100);
    let capacity = r.number("capacity").unwrap_or(0);
    let language = match r.cell("language").trim() {
        "" => None,
        l => {
            let found = crate::refdata::language(l).map(|l| l.code.clone());
            if found.is_none() {
                r.error("language", &t!("svc-import-unknown-language"), l);
            }
            found
        }
    };
    let start_text = r.cell("start");
    let start = parse_datetime(start_text.trim());
    if start.is_none() {
        r.error("start", &t!("svc-import-not-a-datetime"), start_text);
    }
    let duration_text = r.cell("duration_minutes").trim();
    let duration = match duration_text.parse::<u32>() {
        Ok(n) if (1..=crate::courses::duration::MAX_MINUTES).contains(&n) => Some(n),
        _ => {
            r.error(
                "duration_minutes",
                &t!("svc-import-bad-minutes"),
                duration_text,
            );
            None
        }
    };
    let repeat = if r.cell("repeat").trim().is_empty() {
        Some(Repeat::None)
    } else {
        r.vocab("repeat", Repeat::parse)
    };
    let count = r.number("count");
    let until_text = r.cell("until").trim();
    let until = if until_text.is_empty() {
        None
    } else {
        r.date("until", until_text)
    };
    if count.is_some() && until.is_some() {
        r.error("until", &t!("svc-import-until-and-count"), until_text);
    }
    let mut skip = Vec::new();
    for d in r
        .cell("skip")
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        if let Some(d) = r.date("skip", d) {
            skip.push(d);
        }
    }
    let description = r.text("description", Lines::Multi, 4000);
    let (Some(title), Some(category), Some(kind), Some(start), Some(duration), Some(repeat), true) = (
        title,
        category,
        kind,
        start,
        duration,
        repeat,
        r.errors.is_empty(),
    ) else {
        return Err(r.errors);
    };
    let def = CourseDef {
        code,
        title,
        title_zh,
        category,
        kind,
        instructor,
        venue,
        capacity,
        language,
        description,
        start,
        duration_minutes: duration,
        repeat,
        count,
        until,
        skip,
    };
    if let Err(e) = expand(
        def.start,
        def.duration_minutes,
        def.repeat,
        def.count,
        def.until,
        &def.skip,
    ) {
        return Err(e
            .lines
            .iter()
            .map(|l| schedule_error(file, line, l))
            .collect());
    }
    Ok(def)
}

/// A recurrence error written for flags (`--skip (D): problem`) as a row
/// error (`FILE:LINE: skip: problem (D)`).
fn schedule_error(file: &str, line: u64, message: &str) -> String {
    let column = |flag: &str| flag.trim_start_matches("--").replace('-', "_");
    // Chinese messages write `--skip（D）：problem`.
    let parts = message
        .split_once(": ")
        .or_else(|| message.split_once('：'));
    if let Some((head, problem)) = parts {
        if let Some((flag, value)) = head.split_once(" (").or_else(|| head.split_once('（')) {
            return row_error(
                file,
                line,
                &column(flag),
                problem,
                value.trim_end_matches([')', '）']),
            );
        }
        if !head.contains(' ') {
            return format!("{file}:{line}: {}: {problem}", column(head));
        }
    }
    format!("{file}:{line}: {}", message.replace("--", ""))
}

/// Every row checked: the definitions with their line numbers, or exit 5.
fn read(input: &Input, raw: bool) -> Result<Vec<(u64, CourseDef)>> {
    read_rows(input, &COLUMNS, &REQUIRED, |line, columns, record| {
        definition(&input.name, line, raw, columns, record)
    })
}

/// Creates every course in `conn`; an error names the file and line.
/// Every session of the file is checked for clashes first, in one sweep
/// with the stored sessions of the file's time span, so the cost grows
/// with the sessions, not with their pairs.
fn create_all(
    conn: &crate::db::Connection,
    file: &str,
    defs: &[(u64, CourseDef)],
    allow_conflict: bool,
    actor: &Actor,
) -> Result<Vec<(i64, usize)>> {
    let planned = defs
        .iter()
        .map(|(_, d)| {
            expand(
                d.start,
                d.duration_minutes,
                d.repeat,
                d.count,
                d.until,
                &d.skip,
            )
        })
        .collect::<Result<Vec<_>>>()?;
    clashes::refuse(conn, file, defs, &planned, allow_conflict)?;
    let mut created = Vec::with_capacity(defs.len());
    for ((line, def), sessions) in defs.iter().zip(&planned) {
        let id = store::insert_course(conn, def, &actor.at).map_err(|mut e| {
            e.lines = e
                .lines
                .iter()
                .map(|l| format!("{file}:{line}: {l}"))
                .collect();
            e
        })?;
        for o in sessions {
            store::insert_session(conn, id, &o.start, &o.end)?;
        }
        let detail = format!("{} session(s)", sessions.len());
        audit::record(conn, actor, "import", "course", Some(id), &detail)?;
        created.push((id, sessions.len()));
    }
    Ok(created)
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<()> {
    let input = Input::open(&args.file, args.encoding)?;
    let defs = read(&input, ctx.out.csv.raw)?;
    let actor = ctx.actor();
    // 600,000 sessions go into two indexes in time order across courses,
    // not in insert order: a larger page cache keeps their pages in memory
    // instead of reading them back (SQLite's default is 2 MB).
    if !ctx.db.conn.is_postgres() {
        ctx.db.conn.execute_batch("PRAGMA cache_size = -32768")?;
    }
    let created = if args.dry_run {
        ctx.db
            .conn
            .rolled_back(|tx| create_all(tx, &input.name, &defs, args.allow_conflict, &actor))?
    } else {
        ctx.db
            .write(|tx| create_all(tx, &input.name, &defs, args.allow_conflict, &actor))?
    };
    let sessions: usize = created.iter().map(|(_, n)| n).sum();
    if args.dry_run {
        ui::note(&t!(
            "svc-import-dry-run",
            courses = created.len(),
            sessions = sessions
        ));
        return Ok(());
    }
    ui::note(&t!(
        "svc-import-done",
        courses = created.len(),
        sessions = sessions
    ));
    let mut rows = Rows::new(&["line", "course_id", "code", "title", "sessions"]);
    for ((line, def), (id, n)) in defs.iter().zip(&created) {
        rows.push(vec![
            Cell::Int(*line as i64),
            Cell::Int(*id),
            Cell::text(def.code.clone()),
            Cell::Text(def.title.clone()),
            Cell::Int(*n as i64),
        ]);
    }
    ctx.out.list(&rows, None, &t!("svc-import-empty"))
}
