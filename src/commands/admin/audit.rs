//! `audit list [--from DATE] [--to DATE] [--resident ID]`: every change,
//! oldest first.
use clap::{Args, Subcommand};

use crate::clock::{date_range, format_date};
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::db::audit;
use crate::error::Result;
use crate::output::{Cell, Query, Rows};
use crate::t;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit entries
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only entries on or after this date (YYYY-MM-DD)
    #[arg(long = "from", alias = "since", value_name = "DATE")]
    pub from: Option<String>,
    /// Only entries on or before this date (YYYY-MM-DD)
    #[arg(long = "to", alias = "until", value_name = "DATE")]
    pub to: Option<String>,
    /// Only entries about this resident (their record, rosters, feedback, import)
    #[arg(long, value_name = "ID")]
    pub resident: Option<i64>,
    #[command(flatten)]
    pub limit: LimitArg,
}

pub fn dispatch(ctx: &mut Ctx, command: AuditCommand) -> Result<()> {
    match command {
        AuditCommand::List(args) => list(ctx, &args),
    }
}

fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let (from, to) = date_range(args.from.as_deref(), args.to.as_deref())?;
    let filter = audit::Filter {
        from: from.map(format_date),
        before: to.and_then(|d| d.succ_opt()).map(format_date),
        resident: args.resident,
    };
    let conn = &ctx.db.conn;
    let mut source = Query::new(
        COLUMNS,
        |limit, sink| audit::each(conn, &filter, limit, &mut |e| sink(row(e))),
        || audit::count(conn, &filter),
    )
    .expendable(&["entity_id", "entity", "operator"]);
    let empty = if args.from.is_some() || args.to.is_some() || args.resident.is_some() {
        t!("desk-audit-none-match")
    } else {
        t!("desk-audit-empty")
    };
    ctx.out
        .limited(args.limit.limit)
        .stream(&mut source, None, &empty)
}

const COLUMNS: &[&str] = &[
    "id",
    "at",
    "operator",
    "action",
    "entity",
    "entity_id",
    "detail",
];

fn row(e: audit::Entry) -> Vec<Cell> {
    vec![
        Cell::Int(e.id),
        Cell::Time(e.at),
        Cell::Text(e.operator),
        Cell::Code(e.action),
        Cell::Code(e.entity),
        e.entity_id.map_or(Cell::Null, Cell::Int),
        Cell::Text(e.detail),
    ]
}

/// A resident's audit entries as output rows (the subject export).
pub fn rows_about(conn: &crate::db::Connection, resident: i64) -> Result<Rows> {
    let mut rows = Rows::new(COLUMNS);
    let filter = audit::Filter {
        resident: Some(resident),
        ..audit::Filter::default()
    };
    audit::each(conn, &filter, None, &mut |e| {
        rows.push(row(e));
        Ok(())
    })?;
    Ok(rows)
}
