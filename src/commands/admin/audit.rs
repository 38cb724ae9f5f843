//! `audit list [--since DATE] [--resident ID]`: every change, oldest first.
use clap::{Args, Subcommand};

use crate::clock::parse_date;
use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::output::{Cell, Rows};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit entries
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only entries on or after this date
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only entries about this resident (their record, rosters, feedback, import)
    #[arg(long, value_name = "ID")]
    pub resident: Option<i64>,
}

pub fn dispatch(ctx: &mut Ctx, command: AuditCommand) -> Result<()> {
    match command {
        AuditCommand::List(args) => list(ctx, &args),
    }
}

fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let since = match &args.since {
        Some(s) => Some(
            parse_date(s)
                .map(crate::clock::format_date)
                .ok_or_else(|| {
                    AppError::invalid(format!(
                        "--since: is not a real date ({})",
                        crate::text::visible(s)
                    ))
                    .hint("write dates as YYYY-MM-DD")
                })?,
        ),
        None => None,
    };
    let rows = rows(audit::list(&ctx.db.conn, since.as_deref(), args.resident)?);
    ctx.out.list(&rows, None, "no audit entries match")
}

/// Audit entries as output rows (also in the subject export).
pub fn rows(entries: Vec<audit::Entry>) -> Rows {
    let mut rows = Rows::new(&[
        "id",
        "at",
        "operator",
        "action",
        "entity",
        "entity_id",
        "detail",
    ]);
    for e in entries {
        rows.push(vec![
            Cell::Int(e.id),
            Cell::Code(e.at),
            Cell::Text(e.operator),
            Cell::Code(e.action),
            Cell::Code(e.entity),
            e.entity_id.map_or(Cell::Null, Cell::Int),
            Cell::Text(e.detail),
        ]);
    }
    rows
}
