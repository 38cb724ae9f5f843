//! `enrollment export`, `attendance export`: CSV unless another format is
//! asked for (or the `-o` file names one), ordered by their ids.
use clap::Subcommand;

use crate::context::Ctx;
use crate::courses::roster_store;
use crate::error::Result;
use crate::output::Rows;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Export as CSV
    Export,
}

/// What is exported: enrollments or attendance marks.
#[derive(Clone, Copy)]
enum What {
    Enrollments,
    Attendance,
}

fn export(ctx: &Ctx, rows: &Rows, what: What) -> Result<()> {
    let none = match what {
        What::Enrollments => t!("svc-export-no-enrollments"),
        What::Attendance => t!("svc-export-no-attendance"),
    };
    ctx.out.for_export().previewed().list(rows, None, &none)?;
    if let Some(file) = &ctx.out.file {
        let count = rows.rows.len();
        let path = file.display().to_string();
        crate::ui::note(&match what {
            What::Enrollments => t!("svc-exported-enrollments", count = count, path = path),
            What::Attendance => t!("svc-exported-attendance", count = count, path = path),
        });
    }
    Ok(())
}

pub fn enrollments(ctx: &mut Ctx) -> Result<()> {
    let rows = roster_store::enrollment_rows(&ctx.db.conn, None)?;
    export(ctx, &rows, What::Enrollments)
}

pub fn attendance(ctx: &mut Ctx) -> Result<()> {
    let rows = roster_store::attendance_rows(&ctx.db.conn, None)?;
    export(ctx, &rows, What::Attendance)
}
