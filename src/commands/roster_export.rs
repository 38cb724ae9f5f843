//! `enrollment export`, `attendance export`: CSV unless another format is
//! asked for (or the `-o` file names one), ordered by their ids.
use clap::Subcommand;

use crate::context::Ctx;
use crate::courses::roster_store;
use crate::error::Result;
use crate::output::Rows;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Export as CSV
    Export,
}

fn export(ctx: &Ctx, rows: &Rows, what: &str) -> Result<()> {
    ctx.out
        .for_export()
        .previewed()
        .list(rows, None, &format!("no {what} to export"))?;
    if let Some(file) = &ctx.out.file {
        crate::ui::note(&format!(
            "exported {} {what} to {}",
            rows.rows.len(),
            file.display()
        ));
    }
    Ok(())
}

pub fn enrollments(ctx: &mut Ctx) -> Result<()> {
    let rows = roster_store::enrollment_rows(&ctx.db.conn, None)?;
    export(ctx, &rows, "enrollments")
}

pub fn attendance(ctx: &mut Ctx) -> Result<()> {
    let rows = roster_store::attendance_rows(&ctx.db.conn, None)?;
    export(ctx, &rows, "attendance marks")
}
