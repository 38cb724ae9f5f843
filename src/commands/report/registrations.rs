//! `report registrations`: active residents whose residence registration
//! with the police is due, with the first reason that applies.
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Query;
use crate::reports::residents::{count_registrations, registrations, REGISTRATION_COLUMNS};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub limit: LimitArg,
}

pub fn run(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let conn = &ctx.db.conn;
    let mut source = Query::new(
        REGISTRATION_COLUMNS,
        |limit, sink| registrations(conn, limit, sink),
        || count_registrations(conn),
    )
    .expendable(&[
        "phone",
        "residence_registered_on",
        "given_name",
        "community",
    ]);
    ctx.out.limited(args.limit.limit).stream(
        &mut source,
        None,
        &t!("desk-report-registrations-none"),
    )
}
