//! `report permits --within DAYS`: active residents whose permit expires
//! within DAYS (expired ones too, with negative days_left), most urgent
//! first.
use crate::context::Ctx;
use crate::error::Result;
use crate::reports::residents::permits;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Permits expiring on or before today + DAYS (expired ones included)
    #[arg(long, value_name = "DAYS")]
    pub within: u32,
}

pub fn run(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let rows = permits(&ctx.db.conn, ctx.clock.today(), args.within)?;
    ctx.out.list(
        &rows,
        None,
        &format!("no permit expires within {} days", args.within),
    )
}
