//! `report feedback --by …`: received, open, responded, closed, overdue and
//! the median response time per group (rules in `reports::feedback`).
use crate::clock::date_range;
use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::feedback::flow::MAX_SLA_DAYS;
use crate::output::Format;
use crate::reports::feedback::{self, By, Query};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to group by
    #[arg(long, value_enum)]
    pub by: By,
    /// Only items received on or after this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only items received on or before this date (YYYY-MM-DD); overdue is counted at its end
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Count overdue with this SLA (received date + N days) instead of the stored due dates
    #[arg(long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_SLA_DAYS)))]
    pub sla_days: Option<u32>,
    /// Draw a bar chart of the items received under the table (table format only)
    #[arg(long)]
    pub chart: bool,
}

pub fn run(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let query = query(ctx, args)?;
    if args.chart && ctx.out.format != Format::Table {
        return Err(AppError::usage(t!("desk-report-chart-table-only"))
            .hint(t!("desk-report-chart-table-only-hint")));
    }
    let (rows, groups) = feedback::rows(&ctx.db.conn, &query)?;
    let hint = &t!("desk-report-feedback-none");
    if !args.chart || rows.rows.is_empty() {
        return ctx.out.list(&rows, None, hint);
    }
    let bars: Vec<(String, f64)> = rows
        .rows
        .iter()
        .zip(&groups)
        .map(|(row, g)| (row[1].display(), g.received as f64))
        .collect();
    ctx.out.write(None, |w, _| {
        let chart =
            crate::reports::chart::bar_chart(&bars, crate::reports::chart::terminal_width());
        writeln!(w, "{chart}")?;
        Ok(())
    })
}

fn query(ctx: &Ctx, args: &Args) -> Result<Query> {
    let (from, to) = date_range(args.from.as_deref(), args.to.as_deref())?;
    let today = ctx.clock.today();
    Ok(Query {
        by: args.by,
        from,
        to,
        sla_days: args.sla_days,
        as_of: to.map_or(today, |t| t.min(today)),
    })
}
