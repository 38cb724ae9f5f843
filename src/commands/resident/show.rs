//! `resident show ID [--reveal]`: one resident; `--reveal` shows passport
//! and permit numbers and is written to the audit log.
use clap::Args;

use super::rows;
use crate::context::Ctx;
use crate::db::audit;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Resident id
    pub id: i64,
    /// Show passport and permit numbers in full (recorded in the audit log)
    #[arg(long)]
    pub reveal: bool,
}

pub fn run(ctx: &mut Ctx, args: &ShowArgs) -> Result<()> {
    let resident = super::load(&ctx.db.conn, args.id)?;
    if args.reveal {
        let actor = ctx.actor();
        ctx.db.write(|tx| {
            audit::record(
                tx,
                &actor,
                "reveal",
                "resident",
                Some(args.id),
                "passport_number, permit_number",
            )
        })?;
    }
    ctx.out.record(&rows::record(&resident, args.reveal))
}

/// Prints resident `id` as `show` does, masked (after a change).
pub fn print(ctx: &Ctx, id: i64) -> Result<()> {
    let resident = super::load(&ctx.db.conn, id)?;
    ctx.out.record(&rows::record(&resident, false))
}
