//! `notice show ID`: one notice with its texts in every language.
use clap::Args;

use super::rows;
use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Notice id
    pub id: i64,
}

pub fn run(ctx: &mut Ctx, args: &ShowArgs) -> Result<()> {
    let notice = super::load(&ctx.db.conn, args.id)?;
    ctx.out.record(&rows::record(&notice))
}
