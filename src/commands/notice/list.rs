//! `notice list`: every notice, by id, with its audience and languages.
use super::rows;
use crate::context::Ctx;
use crate::error::Result;
use crate::notices::store;
use crate::output::Rows;

pub fn run(ctx: &mut Ctx) -> Result<()> {
    let mut rows = Rows::new(&rows::LIST);
    for notice in store::list(&ctx.db.conn)? {
        rows.push(rows::list_row(&notice));
    }
    ctx.out.list(
        &rows,
        None,
        "no notices yet; publish one with `expatdesk notice add`",
    )
}
