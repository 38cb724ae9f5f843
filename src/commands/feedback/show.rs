//! `feedback show ID`: every field of the item (department as its code;
//! a Chinese table shows its short Chinese name; overdue as of today) and its history, oldest first.
//!
//! Two record sets, so each format gets its own shape: a table prints the
//! item and then its history; JSON one object, the item's columns at the
//! top and `history` beside them (SPEC §1); CSV, being one flat table, the
//! item only.
use clap::Args;

use crate::context::Ctx;
use crate::departments::Names;
use crate::error::Result;
use crate::feedback::flow::is_overdue;
use crate::feedback::store::{self, Feedback};
use crate::output::{Cell, CsvPart, Rows};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Feedback id
    pub id: i64,
}

pub fn run(ctx: &mut Ctx, args: &ShowArgs) -> Result<()> {
    print(ctx, args.id)
}

/// Prints item `id` as `show` does (also after `log`, `forward`, `respond`
/// and `close`).
pub fn print(ctx: &Ctx, id: i64) -> Result<()> {
    let conn = &ctx.db.conn;
    let departments = Names::load(conn)?;
    let item = record(&store::get(conn, id)?, ctx.clock.today(), &departments);
    let history = history_rows(conn, id, &departments)?;
    ctx.out
        .document(&item, &[("history", &history)], CsvPart::Record)
}

/// The item as one record (also printed by `feedback log`).
pub fn record(f: &Feedback, today: chrono::NaiveDate, departments: &Names) -> Rows {
    let mut rows = Rows::new(&[
        "id",
        "resident_id",
        "received_at",
        "channel",
        "category",
        "language",
        "subject",
        "body",
        "department",
        "status",
        "response",
        "responded_at",
        "closed_at",
        "informed_via",
        "due_on",
        "overdue",
        "created_at",
        "updated_at",
    ]);
    rows.push(vec![
        Cell::Int(f.id),
        f.resident_id.map_or(Cell::Null, Cell::Int),
        Cell::Time(f.received_at.clone()),
        Cell::Vocab("channel", f.channel.clone()),
        Cell::Vocab("feedback-category", f.category.clone()),
        Cell::code(f.language.clone()),
        Cell::Text(f.subject.clone()),
        Cell::text(f.body.clone()),
        departments.cell(f.department.clone()),
        Cell::Vocab("feedback-status", f.status.as_str().into()),
        Cell::text(f.response.clone()),
        Cell::time(f.responded_at.clone()),
        Cell::time(f.closed_at.clone()),
        Cell::vocab("channel", f.informed_via.clone()),
        Cell::date(Some(f.due_on)),
        yes_no(is_overdue(f.status, f.due_on, today)),
        Cell::Time(f.created_at.clone()),
        Cell::Time(f.updated_at.clone()),
    ]);
    rows
}

pub fn yes_no(value: bool) -> Cell {
    Cell::Vocab("yes-no", if value { "yes" } else { "no" }.into())
}

pub(crate) fn history_rows(
    conn: &crate::db::Connection,
    id: i64,
    departments: &Names,
) -> Result<Rows> {
    let mut rows = Rows::new(&[
        "at",
        "operator",
        "action",
        "from_status",
        "to_status",
        "department",
        "note",
    ]);
    for h in store::history(conn, id)? {
        rows.push(vec![
            Cell::Time(h.at),
            Cell::Text(h.operator),
            Cell::Vocab("feedback-action", h.action),
            Cell::vocab("feedback-status", h.from_status),
            Cell::Vocab("feedback-status", h.to_status),
            departments.cell(h.department),
            Cell::text(h.note),
        ]);
    }
    Ok(rows)
}
