//! `report monthly --month YYYY-MM|last`: the month's figures as
//! `metric,value` rows (rules in `reports::monthly`). `-o` fills `{month}`
//! with the report's month.
use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::reports::monthly::{self, Month};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The month: YYYY-MM, or `last` for the previous calendar month
    #[arg(long, value_name = "YYYY-MM|last")]
    pub month: String,
}

pub fn run(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let today = ctx.clock.today();
    let month = if args.month.trim().eq_ignore_ascii_case("last") {
        Month::before(today)
    } else {
        Month::parse(&args.month).ok_or_else(|| {
            AppError::invalid(t!(
                "desk-report-month-invalid",
                value = crate::text::visible(&args.month).to_string()
            ))
            .hint(t!("desk-report-month-hint"))
        })?
    };
    let rows = monthly::rows(&ctx.db.conn, month, today, &ctx.clock.stamp())?;
    ctx.out.list(&rows, Some(&month.label()), "")
}
