//! `resident export`: the import schema with `id,registered_at,updated_at`
//! first, CSV unless another format is asked for; passport and permit
//! numbers only with `--include-sensitive` (audited).
use clap::Args;

use crate::context::Ctx;
use crate::db::audit;
use crate::error::Result;
use crate::output::{Format, Query};
use crate::residents::export;
use crate::residents::query::StatusFilter;
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Which residents [default: all; erased residents are never exported]
    #[arg(long, value_enum, conflicts_with = "subject")]
    pub status: Option<StatusFilter>,
    /// Include passport and permit numbers (recorded in the audit log)
    #[arg(long)]
    pub include_sensitive: bool,
    /// Everything held about one resident, as one JSON document (audited)
    #[arg(long, value_name = "ID")]
    pub subject: Option<i64>,
}

pub fn run(ctx: &mut Ctx, args: &ExportArgs) -> Result<()> {
    if let Some(id) = args.subject {
        return super::subject::run(ctx, id, args.include_sensitive);
    }
    let status = args.status.unwrap_or(StatusFilter::All);
    let sensitive = args.include_sensitive;
    if sensitive {
        let actor = ctx.actor();
        ctx.db.write(|tx| {
            audit::record(
                tx,
                &actor,
                "export-sensitive",
                "resident",
                None,
                "passport_number, permit_number",
            )
        })?;
    }
    let format = ctx.out.for_export().format;
    let conn = &ctx.db.conn;
    let count = match format {
        Format::Table => {
            let columns = export::columns(sensitive);
            let mut source = Query::new(
                &columns,
                |limit, sink| export::each(conn, status, sensitive, limit, sink),
                || export::count(conn, status),
            );
            ctx.out
                .previewed()
                .stream(&mut source, None, &t!("desk-export-none"))?;
            export::count(conn, status)?
        }
        Format::Csv => {
            let mut n = 0;
            ctx.out.write(None, |w, out| {
                n = export::csv(conn, w, out.csv, status, sensitive)?;
                Ok(())
            })?;
            n
        }
        Format::Json => {
            let mut n = 0;
            ctx.out.write(None, |w, _| {
                n = export::json(conn, w, status, sensitive)?;
                Ok(())
            })?;
            n
        }
    };
    if let Some(file) = &ctx.out.file {
        ui::note(&t!(
            "desk-exported",
            count = count,
            file = file.display().to_string()
        ));
    }
    Ok(())
}
