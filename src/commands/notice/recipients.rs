//! `notice recipients ID`: the active residents who consented to be
//! contacted and are in the notice's audience, each with the language
//! version to send them and their contact channels; `--format csv` feeds a
//! mail merge.
use clap::Args;

use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::error::Result;
use crate::notices::store;
use crate::output::{Cell, Query, Sink};
use crate::t;

#[derive(Debug, Args)]
pub struct RecipientsArgs {
    /// Notice id
    pub id: i64,
    #[command(flatten)]
    pub limit: LimitArg,
}

const COLUMNS: [&str; 8] = [
    "resident_id",
    "family_name",
    "given_name",
    "language",
    "phone",
    "email",
    "wechat",
    "community",
];

pub fn run(ctx: &mut Ctx, args: &RecipientsArgs) -> Result<()> {
    let conn = &ctx.db.conn;
    let notice = super::load(conn, args.id)?;
    let mut each = |limit: Option<u64>, sink: &mut Sink| {
        store::each_recipient(conn, &notice, limit, &mut |r| {
            sink(vec![
                Cell::Int(r.resident_id),
                Cell::text(r.family_name),
                Cell::text(r.given_name),
                Cell::Code(r.language.code().to_string()),
                Cell::code(r.phone),
                Cell::code(r.email),
                Cell::text(r.wechat),
                Cell::Named(r.community, r.community_zh),
            ])
        })
    };
    let count = || {
        let mut n = 0;
        store::each_recipient(conn, &notice, None, &mut |_| {
            n += 1;
            Ok(())
        })?;
        Ok(n)
    };
    let mut source = Query::new(&COLUMNS, &mut each, count).expendable(&[
        "wechat",
        "email",
        "community",
        "given_name",
    ]);
    ctx.out
        .limited(args.limit.limit)
        .stream(&mut source, None, &t!("svc-notice-no-recipients"))
}
