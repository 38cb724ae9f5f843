//! `init [--demo]`: create the database (or bring its schema up to date).
use clap::Args;

use crate::context::Ctx;
use crate::db::schema_version;
use crate::error::{AppError, Result};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Also load the demo data set (only into a database without residents)
    #[arg(long)]
    pub demo: bool,
}

pub fn run(ctx: &mut Ctx, args: &InitArgs) -> Result<()> {
    let version = schema_version(&ctx.db.conn)?;
    ui::note(&t!(
        "desk-init-ready",
        file = ctx.db.path.display().to_string(),
        version = version.to_string()
    ));
    if args.demo {
        let actor = ctx.actor();
        let today = ctx.clock.today();
        let loaded = ctx.db.write(|tx| {
            let residents: i64 =
                tx.query_row("SELECT count(*) FROM residents", [], |r| r.get(0))?;
            let communities: i64 =
                tx.query_row("SELECT count(*) FROM communities", [], |r| r.get(0))?;
            if residents + communities > 0 {
                return Err(AppError::conflict(t!("desk-init-demo-not-empty"))
                    .hint(t!("desk-init-demo-not-empty-hint")));
            }
            crate::demo::load(tx, &actor, today)
        })?;
        ui::note(&t!(
            "desk-init-demo-loaded",
            communities = loaded.communities.to_string(),
            residents = loaded.residents.to_string(),
            courses = loaded.courses.to_string(),
            feedback = loaded.feedback.to_string(),
            notices = loaded.notices.to_string()
        ));
    }
    Ok(())
}
