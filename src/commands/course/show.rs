//! `course show ID`: the course with its enrolled and waitlisted counts,
//! its sessions (with the ids `reschedule`, `cancel` and `attend` take) and
//! its roster, enrolled residents first, then the waitlist by position.
//!
//! Three record sets in one command, so each format gets its own shape:
//! a table prints the course, then its sessions and roster; JSON one
//! object, the course's columns at the top with `sessions` and `roster`
//! nested (SPEC §1); CSV, being one flat table, only the sessions
//! (`course list`, `enrollment export` give the rest). With `--ics FILE`
//! the course's sessions are written as a calendar instead, as `schedule
//! --ics` writes them.
use std::path::PathBuf;

use clap::Args;

use crate::clock::format_datetime;
use crate::context::Ctx;
use crate::courses::calendar_store;
use crate::courses::store::{self, Course};
use crate::error::Result;
use crate::output::{Cell, CsvPart, Rows};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Course id
    pub id: i64,
    /// Write the course's sessions as an iCalendar (.ics) file instead of printing the course
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: &ShowArgs) -> Result<()> {
    match &args.ics {
        Some(path) => {
            // Not found is exit 3, as for `show` itself.
            let course = store::course(&ctx.db.conn, args.id)?;
            let lines = calendar_store::course_agenda(&ctx.db.conn, course.id)?;
            let nothing = crate::t!("svc-course-no-sessions", id = course.id.to_string());
            crate::commands::ics_file::write(ctx, path, &lines, &nothing)
        }
        None => print(ctx, args.id),
    }
}

/// Prints course `id` as `show` does (also after `add`, `drop`, `cancel`).
pub fn print(ctx: &Ctx, id: i64) -> Result<()> {
    let conn = &ctx.db.conn;
    let course = store::course(conn, id)?;
    let counts = calendar_store::counts(conn, course.id)?;
    let sessions = session_rows(conn, &course)?;
    let roster = roster_rows(conn, course.id)?;
    ctx.out.document(
        &course_record(&course, counts),
        &[("sessions", &sessions), ("roster", &roster)],
        CsvPart::Related(0),
    )
}

fn course_record(c: &Course, (enrolled, waitlisted): (i64, i64)) -> Rows {
    let d = &c.def;
    let mut rows = Rows::new(&[
        "id",
        "code",
        "title",
        "title_zh",
        "category",
        "kind",
        "status",
        "instructor",
        "venue",
        "capacity",
        "language",
        "description",
        "enrolled",
        "waitlisted",
    ]);
    rows.push(vec![
        Cell::Int(c.id),
        Cell::text(d.code.clone()),
        Cell::Text(d.title.clone()),
        Cell::text(d.title_zh.clone()),
        Cell::Vocab("course-category", d.category.as_str().into()),
        Cell::Vocab("course-kind", d.kind.as_str().into()),
        Cell::Vocab("course-status", c.status.as_str().into()),
        Cell::text(d.instructor.clone()),
        Cell::text(d.venue.clone()),
        Cell::Seats(i64::from(d.capacity)),
        Cell::code(d.language.clone()),
        Cell::text(d.description.clone()),
        Cell::Int(enrolled),
        Cell::Int(waitlisted),
    ]);
    rows
}

fn session_rows(conn: &crate::db::Connection, c: &Course) -> Result<Rows> {
    let mut rows = Rows::new(&["session_id", "starts_at", "ends_at", "venue", "status"]);
    for s in store::sessions_of(conn, c.id)? {
        rows.push(vec![
            Cell::Int(s.id),
            Cell::Time(format_datetime(&s.start)),
            Cell::Time(format_datetime(&s.end)),
            Cell::text(s.venue.or_else(|| c.def.venue.clone())),
            Cell::Vocab("course-status", s.status.as_str().into()),
        ]);
    }
    Ok(rows)
}

fn roster_rows(conn: &crate::db::Connection, course_id: i64) -> Result<Rows> {
    let mut rows = Rows::new(&[
        "resident_id",
        "family_name",
        "given_name",
        "status",
        "position",
        "enrolled_at",
    ]);
    for r in calendar_store::roster(conn, course_id)? {
        rows.push(vec![
            Cell::Int(r.resident_id),
            Cell::text(r.family_name),
            Cell::text(r.given_name),
            Cell::Vocab("enrollment", r.status),
            r.position.map_or(Cell::Null, Cell::Int),
            Cell::Time(r.enrolled_at),
        ]);
    }
    Ok(rows)
}
