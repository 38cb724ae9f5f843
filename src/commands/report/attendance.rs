//! `report attendance --course ID`: a row per enrolled resident, a column
//! per held session (its start), each cell present, absent or empty.
use crate::context::Ctx;
use crate::error::Result;
use crate::reports::courses::grid;
use crate::t;

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
        &t!(
            "desk-report-attendance-none",
            course = args.course.to_string()
        ),
    )
}
