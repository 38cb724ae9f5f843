//! `audit list [--since DATE] [--resident ID]`: every change, oldest first.
use clap::{Args, Subcommand};
use rusqlite::params;

use crate::clock::parse_date;
use crate::context::Ctx;
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
    /// Only entries about this resident
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
    let mut stmt = ctx.db.conn.prepare(
        "SELECT id, at, operator, action, entity, entity_id, detail FROM audit
         WHERE (?1 IS NULL OR at >= ?1)
           AND (?2 IS NULL OR (entity = 'resident' AND entity_id = ?2))
         ORDER BY id",
    )?;
    let mut rows = Rows::new(&[
        "id",
        "at",
        "operator",
        "action",
        "entity",
        "entity_id",
        "detail",
    ]);
    let mut found = stmt.query(params![since, args.resident])?;
    while let Some(r) = found.next()? {
        rows.push(vec![
            Cell::Int(r.get(0)?),
            Cell::Code(r.get(1)?),
            Cell::Text(r.get(2)?),
            Cell::Code(r.get(3)?),
            Cell::Code(r.get(4)?),
            r.get::<_, Option<i64>>(5)?.map_or(Cell::Null, Cell::Int),
            Cell::Text(r.get(6)?),
        ]);
    }
    ctx.out.list(&rows, None, "no audit entries match")
}
