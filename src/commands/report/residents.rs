//! `report residents --by KEY [--chart]`: active residents grouped by one
//! attribute, `key,label,count,share_pct`, largest first.
use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::output::Format;
use crate::reports::chart;
use crate::reports::residents::{group_rows, groups, GroupBy};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to group the active residents by
    #[arg(long, value_enum)]
    pub by: GroupBy,
    /// Draw a horizontal bar chart on stdout instead of the table (plain lines when stdout is not a terminal)
    #[arg(long)]
    pub chart: bool,
}

pub fn run(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let found = groups(&ctx.db.conn, args.by, ctx.clock.today())?;
    if !args.chart {
        return ctx.out.list(
            &group_rows(&found, args.by),
            None,
            &t!("desk-report-residents-none"),
        );
    }
    if ctx.out.file.is_some() || ctx.out.format != Format::Table {
        return Err(AppError::usage(t!("desk-report-chart-stdout-only"))
            .hint(t!("desk-report-chart-stdout-only-hint")));
    }
    if found.is_empty() {
        crate::ui::note(&t!("desk-report-residents-none"));
        return Ok(());
    }
    let text = if chart::stdout_is_terminal() {
        let bars: Vec<(String, f64)> = found
            .iter()
            .map(|g| {
                (
                    format!("{} ({:.1}%)", g.shown_label(), g.share_pct),
                    g.count as f64,
                )
            })
            .collect();
        chart::bar_chart(&bars, chart::terminal_width())
    } else {
        let lines: Vec<Vec<String>> = found
            .iter()
            .map(|g| {
                vec![
                    g.shown_label(),
                    g.count.to_string(),
                    format!("{:.1}%", g.share_pct),
                ]
            })
            .collect();
        chart::plain_lines(&lines)
    };
    ctx.out.write(None, |w, _| {
        w.write_all(text.as_bytes())?;
        Ok(())
    })
}
