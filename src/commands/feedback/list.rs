//! `feedback list`: items by received time, then id, with their due date
//! and whether overdue today (status new or forwarded and today after the
//! due date). Every filter narrows; none lists everything.
use clap::Args;

use super::show::yes_no;
use crate::clock::{date_range, format_date};
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::feedback::flow::is_overdue;
use crate::feedback::query::{self, ListFilter};
use crate::feedback::store;
use crate::feedback::{Category, Status};
use crate::output::{Cell, Query};
use crate::t;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this status: new, forwarded, responded or closed
    #[arg(long)]
    pub status: Option<String>,
    /// Only this category (policy, visa-residence, housing, …)
    #[arg(long)]
    pub category: Option<String>,
    /// Only items currently with this department (code, name or short name: tax, 税务)
    #[arg(long)]
    pub department: Option<String>,
    /// Only items from this resident (id)
    #[arg(long, value_name = "ID")]
    pub resident: Option<i64>,
    /// Only items received on or after this date (YYYY-MM-DD)
    #[arg(long = "from", alias = "since", value_name = "DATE")]
    pub from: Option<String>,
    /// Only items received on or before this date (YYYY-MM-DD)
    #[arg(long = "to", alias = "until", value_name = "DATE")]
    pub to: Option<String>,
    /// Only overdue items: new or forwarded after their due date
    #[arg(long)]
    pub overdue: bool,
    /// Only open items due within DAYS from today, overdue ones included, most urgent first
    #[arg(long, value_name = "DAYS", conflicts_with = "overdue")]
    pub due_within: Option<u32>,
    #[command(flatten)]
    pub limit: LimitArg,
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
    let (since, until) = date_range(args.from.as_deref(), args.to.as_deref())?;
    if let Some(id) = args.resident {
        if store::resident_status(conn, id)?.is_none() {
            return Err(AppError::not_found(t!(
                "svc-fb-no-resident",
                id = id.to_string()
            )));
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
        since,
        until,
        overdue_on: args.overdue.then(|| ctx.clock.today()),
        open_due_by: args
            .due_within
            .map(|days| crate::reports::residents::days_ahead(ctx.clock.today(), days)),
    })
}

pub fn run(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let filter = filter(ctx, args)?;
    let today = ctx.clock.today();
    let conn = &ctx.db.conn;
    let departments = crate::departments::Names::load(conn)?;
    let mut source = Query::new(
        COLUMNS,
        |limit, sink| {
            query::each(conn, &filter, limit, &mut |f| {
                let overdue = is_overdue(f.status, f.due_on, today);
                sink(vec![
                    Cell::Int(f.id),
                    Cell::Time(f.received_at),
                    f.resident_id.map_or(Cell::Null, Cell::Int),
                    Cell::Vocab("channel", f.channel),
                    Cell::Vocab("feedback-category", f.category),
                    Cell::Text(f.subject),
                    departments.cell(f.department),
                    Cell::Vocab("feedback-status", f.status.as_str().into()),
                    Cell::Code(format_date(f.due_on)),
                    yes_no(overdue),
                ])
            })
        },
        || query::count(conn, &filter),
    )
    .expendable(&[
        "channel",
        "resident_id",
        "category",
        "received_at",
        "department",
    ]);
    let filtered = args.status.is_some()
        || args.category.is_some()
        || args.department.is_some()
        || args.resident.is_some()
        || args.from.is_some()
        || args.to.is_some()
        || args.overdue
        || args.due_within.is_some();
    let empty = if filtered {
        t!("svc-fb-list-no-match")
    } else {
        t!("svc-fb-list-none")
    };
    ctx.out
        .limited(args.limit.limit)
        .stream(&mut source, None, &empty)
}
