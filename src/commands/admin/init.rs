//! `init [--demo]`: create the database (or bring its schema up to date).
use clap::Args;

use crate::context::Ctx;
use crate::db::schema_version;
use crate::error::{AppError, Result};
use crate::ui;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Also load the demo data set (only into a database without residents)
    #[arg(long)]
    pub demo: bool,
}

pub fn run(ctx: &mut Ctx, args: &InitArgs) -> Result<()> {
    let version = schema_version(&ctx.db.conn)?;
    ui::note(&format!(
        "database ready at {} (schema version {version})",
        ctx.db.path.display()
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
                return Err(AppError::conflict(
                    "the database already has data: the demo goes only into an empty one",
                )
                .hint("use `expatdesk demo --db NEW_FILE` for a separate demo database"));
            }
            crate::demo::load(tx, &actor, today)
        })?;
        ui::note(&format!(
            "loaded the demo: {} communities, {} residents, {} courses, {} feedback items, {} notices",
            loaded.communities, loaded.residents, loaded.courses, loaded.feedback, loaded.notices
        ));
    }
    Ok(())
}
