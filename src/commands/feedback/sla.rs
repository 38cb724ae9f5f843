//! `feedback sla [DAYS]`: the number of days new items get to be answered
//! (their due date is the received date plus these days). Without DAYS it
//! is shown; with DAYS it is stored (audited). `feedback log --sla-days`
//! overrides it for one item; existing items keep their due dates.
use clap::Args;

use crate::context::Ctx;
use crate::db::audit;
use crate::error::Result;
use crate::feedback::flow::{DEFAULT_SLA_DAYS, MAX_SLA_DAYS};
use crate::feedback::store;
use crate::output::{Cell, Rows};

#[derive(Debug, Args)]
pub struct SlaArgs {
    /// Set the default to this many days (0–365)
    #[arg(value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_SLA_DAYS)))]
    pub days: Option<u32>,
}

pub fn run(ctx: &mut Ctx, args: &SlaArgs) -> Result<()> {
    if let Some(days) = args.days {
        let actor = ctx.actor();
        let before = store::stored_sla(&ctx.db.conn)?;
        ctx.db.write(|tx| {
            store::set_sla(tx, days)?;
            let from = before.map_or("default".to_string(), |d| d.to_string());
            let detail = format!("feedback_sla_days {from} → {days}");
            audit::record(tx, &actor, "set", "setting", None, &detail)
        })?;
        crate::ui::note(&crate::t!("svc-fb-sla-set", days = days));
    }
    let stored = store::stored_sla(&ctx.db.conn)?;
    let mut rows = Rows::new(&["sla_days", "source"]);
    rows.push(vec![
        Cell::Int(i64::from(stored.unwrap_or(DEFAULT_SLA_DAYS))),
        Cell::Code(
            if stored.is_some() {
                "setting"
            } else {
                "default"
            }
            .into(),
        ),
    ]);
    ctx.out.record(&rows)
}
