//! `report courses [--from DATE] [--to DATE]`: sessions held, enrollment
//! and attendance per course.
use crate::clock::date_flag;
use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::reports::courses::summary;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Count sessions starting on or after this date, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Count sessions starting on or before this date, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let from = args
        .from
        .as_deref()
        .map(|d| date_flag("--from", d))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|d| date_flag("--to", d))
        .transpose()?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(AppError::usage("--from is after --to"));
        }
    }
    let rows = summary(&ctx.db.conn, &ctx.clock.stamp(), from, to)?;
    ctx.out.list(
        &rows,
        None,
        "no courses; add one with `expatdesk course add`",
    )
}
