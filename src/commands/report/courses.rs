//! `report courses [--from DATE] [--to DATE]`: sessions held, enrollment
//! and attendance per course.
use crate::clock::date_range;
use crate::context::Ctx;
use crate::error::Result;
use crate::reports::courses::summary;
use crate::t;

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
    let (from, to) = date_range(args.from.as_deref(), args.to.as_deref())?;
    let rows = summary(&ctx.db.conn, &ctx.clock.stamp(), from, to)?;
    ctx.out.list(&rows, None, &t!("desk-report-courses-none"))
}
