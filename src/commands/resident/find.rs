//! `resident find TEXT`: search names (case- and accent-insensitive),
//! Chinese name, phone digits, e-mail, WeChat, external id, and exact
//! passport or permit numbers.
use clap::Args;

use super::rows::{self, Extras};
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::error::Result;
use crate::residents::query::{ListFilter, StatusFilter};
use crate::residents::store;
use crate::t;

#[derive(Debug, Args)]
pub struct FindArgs {
    /// What to look for; every word must match
    pub text: String,
    #[command(flatten)]
    pub limit: LimitArg,
}

pub fn run(ctx: &mut Ctx, args: &FindArgs) -> Result<()> {
    let ids = store::search_ids(&ctx.db.conn, &args.text)?;
    let conn = &ctx.db.conn;
    let filter = ListFilter {
        status: Some(StatusFilter::All),
        ids: Some(ids),
        ..ListFilter::default()
    };
    let extras = Extras::default();
    let mut source = rows::list_source(conn, &filter, extras);
    let text = format!("{:?}", crate::text::visible(&args.text));
    let hint = t!("desk-find-none", text = text);
    ctx.out
        .limited(args.limit.limit)
        .stream(&mut source, None, &hint)
}
