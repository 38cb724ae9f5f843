//! `report registrations`: active residents whose residence registration
//! with the police is due, with the first reason that applies.
use crate::context::Ctx;
use crate::error::Result;
use crate::reports::residents::registrations;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: &Args) -> Result<()> {
    ctx.out.list(
        &registrations(&ctx.db.conn)?,
        None,
        "no residence registration is due",
    )
}
