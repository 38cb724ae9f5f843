//! `report permits --within DAYS`: active residents whose permit expires
//! within DAYS (expired ones too, with negative days_left), most urgent
//! first.
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Query;
use crate::reports::residents::{count_permits, permits, PERMIT_COLUMNS};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Permits expiring on or before today + DAYS (expired ones included)
    #[arg(long, value_name = "DAYS")]
    pub within: u32,
    #[command(flatten)]
    pub limit: LimitArg,
}

pub fn run(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let conn = &ctx.db.conn;
    let today = ctx.clock.today();
    let mut source = Query::new(
        PERMIT_COLUMNS,
        |limit, sink| permits(conn, today, args.within, limit, sink),
        || count_permits(conn, today, args.within),
    )
    .expendable(&["email", "phone", "permit_type", "community", "given_name"]);
    ctx.out.limited(args.limit.limit).stream(
        &mut source,
        None,
        &t!("desk-report-permits-none", days = args.within),
    )
}
