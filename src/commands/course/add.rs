//! `course add`: a course or event and its sessions, expanded from one
//! definition and refused (exit 4) when a session clashes with another in
//! the same venue or with the same instructor, unless `--allow-conflict`.
use clap::Args;

use crate::clock::{date_flag, parse_datetime};
use crate::context::Ctx;
use crate::courses::conflict::{describe, find_clashes, Slot};
use crate::courses::duration::parse_duration;
use crate::courses::recurrence::{expand, Occurrence};
use crate::courses::store::{self, CourseDef};
use crate::courses::{Category, Kind, Repeat};
use crate::db::audit;
use crate::error::{AppError, ErrorKind, Result};
use crate::refdata;
use crate::t;
use crate::text::{flag_value, required_flag, Lines};
use crate::ui;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Title (English)
    #[arg(long)]
    pub title: String,
    /// language, calligraphy, painting, tea, cuisine, music, martial-arts, festival, history, crafts or other
    #[arg(long)]
    pub category: String,
    /// First session, "YYYY-MM-DD HH:MM" (Shanghai time)
    #[arg(long, value_name = "DATE TIME")]
    pub start: String,
    /// Length of a session: 90m, 1h30m, 2h
    #[arg(long)]
    pub duration: String,
    /// How sessions repeat
    #[arg(long, value_enum, default_value = "none")]
    pub repeat: Repeat,
    /// Number of occurrences, counted before --skip dates are removed
    #[arg(long, conflicts_with = "until")]
    pub count: Option<u32>,
    /// Last date sessions may fall on (inclusive)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Dates without a session (holidays); repeatable
    #[arg(long, value_name = "DATE")]
    pub skip: Vec<String>,
    /// course or event
    #[arg(long, value_enum, default_value = "course")]
    pub kind: Kind,
    /// Where it takes place
    #[arg(long)]
    pub venue: Option<String>,
    /// Who teaches or leads it
    #[arg(long)]
    pub instructor: Option<String>,
    /// Seats (0 = unlimited)
    #[arg(long, default_value_t = 0)]
    pub capacity: u32,
    /// Language of instruction (ISO 639-1 code or name: en, English, 英语)
    #[arg(long)]
    pub language: Option<String>,
    /// Title in Chinese
    #[arg(long)]
    pub title_zh: Option<String>,
    /// A unique short code, e.g. MAN-101
    #[arg(long)]
    pub code: Option<String>,
    /// A few sentences for residents (shown in calendars)
    #[arg(long)]
    pub description: Option<String>,
    /// Create the sessions even where they clash with others
    #[arg(long)]
    pub allow_conflict: bool,
}

/// The definition from the flags, every value checked (exit 5).
fn definition(args: &AddArgs) -> Result<CourseDef> {
    let single = |flag: &str, v: &Option<String>, limit| -> Result<Option<String>> {
        v.as_deref()
            .map_or(Ok(None), |v| flag_value(flag, v, Lines::Single, limit))
    };
    let start = parse_datetime(&args.start).ok_or_else(|| {
        AppError::invalid(t!(
            "svc-not-a-datetime",
            flag = "--start",
            value = crate::text::visible(&args.start)
        ))
        .hint(t!("svc-hint-datetime"))
    })?;
    let language = match args
        .language
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        Some(l) => Some(
            refdata::language(l)
                .map(|l| l.code.clone())
                .ok_or_else(|| {
                    AppError::invalid(t!(
                        "svc-course-unknown-language",
                        flag = "--language",
                        value = l.to_string()
                    ))
                })?,
        ),
        None => None,
    };
    Ok(CourseDef {
        code: single("--code", &args.code, 32)?,
        title: required_flag("--title", &args.title, Lines::Single, 200)?,
        title_zh: single("--title-zh", &args.title_zh, 200)?,
        category: Category::parse(&args.category)?,
        kind: args.kind,
        instructor: single("--instructor", &args.instructor, 100)?,
        venue: single("--venue", &args.venue, 100)?,
        capacity: args.capacity,
        language,
        description: match &args.description {
            Some(d) => flag_value("--description", d, Lines::Multi, 4000)?,
            None => None,
        },
        start,
        duration_minutes: parse_duration(&args.duration)?,
        repeat: args.repeat,
        count: args.count,
        until: args
            .until
            .as_deref()
            .map(|u| date_flag("--until", u))
            .transpose()?,
        skip: args
            .skip
            .iter()
            .map(|d| date_flag("--skip", d))
            .collect::<Result<_>>()?,
    })
}

/// At most this many clashes are named; the rest are counted.
pub const SHOWN_CLASHES: usize = 50;

/// Exit 4 naming both sessions of every clash, unless allowed.
pub fn refuse_clashes(new: &[Slot], existing: &[Slot], allow: bool) -> Result<()> {
    let clashes = find_clashes(new, existing);
    if clashes.is_empty() {
        return Ok(());
    }
    if allow {
        warn_allowed(clashes.len());
        return Ok(());
    }
    let lines = clashes.iter().take(SHOWN_CLASHES).map(describe).collect();
    Err(clash_error(lines, clashes.len()))
}

/// The warning for clashes let through by `--allow-conflict`.
pub fn warn_allowed(count: usize) {
    ui::warn(&t!(
        "svc-clashes-allowed",
        count = count,
        flag = "--allow-conflict"
    ));
}

/// Exit 4 with the `shown` clash lines of `total`, and the way out.
pub fn clash_error(mut shown: Vec<String>, total: usize) -> AppError {
    if total > shown.len() {
        shown.push(t!("svc-clashes-more", count = (total - shown.len())));
    }
    AppError::with_lines(ErrorKind::Conflict, shown)
        .hint(t!("svc-clashes-hint", flag = "--allow-conflict"))
}

pub fn slots(def: &CourseDef, occurrences: &[Occurrence]) -> Vec<Slot> {
    occurrences
        .iter()
        .map(|o| Slot {
            session_id: None,
            line: None,
            course_title: def.title.clone(),
            start: o.start,
            end: o.end,
            venue: def.venue.clone(),
            instructor: def.instructor.clone(),
        })
        .collect()
}

/// Stores a checked definition and its sessions; returns the course id.
pub fn create(
    conn: &crate::db::Connection,
    def: &CourseDef,
    allow_conflict: bool,
    at: &str,
) -> Result<(i64, Vec<i64>)> {
    let occurrences = expand(
        def.start,
        def.duration_minutes,
        def.repeat,
        def.count,
        def.until,
        &def.skip,
    )?;
    let new = slots(def, &occurrences);
    let windows: Vec<_> = occurrences.iter().map(|o| (o.start, o.end)).collect();
    let existing = store::slots_near(conn, &windows)?;
    refuse_clashes(&new, &existing, allow_conflict)?;
    let id = store::insert_course(conn, def, at)?;
    let sessions = occurrences
        .iter()
        .map(|o| store::insert_session(conn, id, &o.start, &o.end))
        .collect::<Result<Vec<i64>>>()?;
    Ok((id, sessions))
}

pub fn run(ctx: &mut Ctx, args: &AddArgs) -> Result<()> {
    let def = definition(args)?;
    let actor = ctx.actor();
    let (id, sessions) = ctx.db.write(|tx| {
        let created = create(tx, &def, args.allow_conflict, &actor.at)?;
        let detail = format!("{} session(s)", created.1.len());
        audit::record(tx, &actor, "add", "course", Some(created.0), &detail)?;
        Ok(created)
    })?;
    ui::note(&t!(
        "svc-course-added",
        kind = def.kind.to_string(),
        id = id.to_string(),
        title = def.title.clone(),
        sessions = sessions.len()
    ));
    super::show::print(ctx, id)
}
