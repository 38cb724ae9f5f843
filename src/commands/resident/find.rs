//! `resident find TEXT`: search names (case- and accent-insensitive),
//! Chinese name, phone digits, e-mail, WeChat, external id, and exact
//! passport or permit numbers.
use clap::Args;

use super::rows;
use crate::context::Ctx;
use crate::error::Result;
use crate::residents::store;

#[derive(Debug, Args)]
pub struct FindArgs {
    /// What to look for; every word must match
    pub text: String,
}

pub fn run(ctx: &mut Ctx, args: &FindArgs) -> Result<()> {
    let ids = store::search_ids(&ctx.db.conn, &args.text)?;
    let residents = store::by_ids(&ctx.db.conn, &ids)?;
    let hint = format!("no resident matches {:?}", crate::text::visible(&args.text));
    ctx.out.list(&rows::list(&residents, false), None, &hint)
}
