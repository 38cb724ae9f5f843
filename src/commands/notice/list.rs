//! `notice list`: every notice, by id, with its audience and languages.
use super::rows;
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::error::Result;
use crate::notices::store;
use crate::output::Rows;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub limit: LimitArg,
}

pub fn run(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let mut rows = Rows::new(&rows::LIST);
    for notice in store::list(&ctx.db.conn)? {
        rows.push(rows::list_row(&notice));
    }
    ctx.out
        .limited(args.limit.limit)
        .list(&rows, None, &t!("svc-notice-none"))
}
