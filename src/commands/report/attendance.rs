//! `report attendance --course ID`: a row per enrolled resident, a column
//! per held session (its start), each cell present, absent or empty.
use crate::context::Ctx;
use crate::error::Result;
use crate::reports::courses::grid;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Course id (see `expatdesk course list`)
    #[arg(long, value_name = "ID")]
    pub course: i64,
}

pub fn run(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let rows = grid(&ctx.db.conn, args.course, &ctx.clock.stamp())?;
    ctx.out.list(
        &rows,
        None,
        &format!("no one is enrolled in course {}", args.course),
    )
}
