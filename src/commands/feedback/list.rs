//! `feedback list`: items by received time, then id, with their due date
//! and whether overdue today (status new or forwarded and today after the
//! due date). Every filter narrows; none lists everything.
use clap::Args;

use super::show::yes_no;
use crate::clock::{date_flag, format_date};
use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::feedback::flow::is_overdue;
use crate::feedback::store::{self, ListFilter};
use crate::feedback::{Category, Status};
use crate::output::{Cell, Rows};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this status: new, forwarded, responded or closed
    #[arg(long)]
    pub status: Option<String>,
    /// Only this category (policy, visa-residence, housing, …)
    #[arg(long)]
    pub category: Option<String>,
    /// Only items currently with this department (code or name)
    #[arg(long)]
    pub department: Option<String>,
    /// Only items from this resident (id)
    #[arg(long, value_name = "ID")]
    pub resident: Option<i64>,
    /// Only items received on or after this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only items received on or before this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only overdue items: new or forwarded after their due date
    #[arg(long)]
    pub overdue: bool,
}

const COLUMNS: &[&str] = &[
    "id",
    "received_at",
    "resident_id",
    "channel",
    "category",
    "subject",
    "department",
    "status",
    "due_on",
    "overdue",
];

fn filter(ctx: &Ctx, args: &ListArgs) -> Result<ListFilter> {
    let conn = &ctx.db.conn;
    if let Some(id) = args.resident {
        if store::resident_status(conn, id)?.is_none() {
            return Err(AppError::not_found(format!("no resident with id {id}")));
        }
    }
    Ok(ListFilter {
        status: args.status.as_deref().map(Status::parse).transpose()?,
        category: args.category.as_deref().map(Category::parse).transpose()?,
        department_id: args
            .department
            .as_deref()
            .map(|d| crate::departments::lookup(conn, d).map(|d| d.id))
            .transpose()?,
        resident_id: args.resident,
        since: args
            .since
            .as_deref()
            .map(|d| date_flag("--since", d))
            .transpose()?,
        until: args
            .until
            .as_deref()
            .map(|d| date_flag("--until", d))
            .transpose()?,
    })
}

pub fn run(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let filter = filter(ctx, args)?;
    let today = ctx.clock.today();
    let mut rows = Rows::new(COLUMNS);
    for f in store::list(&ctx.db.conn, &filter)? {
        let overdue = is_overdue(f.status, f.due_on, today);
        if args.overdue && !overdue {
            continue;
        }
        rows.push(vec![
            Cell::Int(f.id),
            Cell::Code(f.received_at),
            f.resident_id.map_or(Cell::Null, Cell::Int),
            Cell::Code(f.channel),
            Cell::Code(f.category),
            Cell::Text(f.subject),
            Cell::code(f.department),
            Cell::Code(f.status.as_str().into()),
            Cell::Code(format_date(f.due_on)),
            yes_no(overdue),
        ]);
    }
    ctx.out.list(
        &rows,
        None,
        "no feedback found: log one with expatdesk feedback log",
    )
}
