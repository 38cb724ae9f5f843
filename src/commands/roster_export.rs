//! `enrollment export`, `attendance export`: CSV unless another format is
//! asked for (or the `-o` file names one), ordered by their ids.
use clap::Subcommand;

use crate::context::Ctx;
use crate::courses::roster_store;
use crate::error::Result;
use crate::output::Query;
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

fn export(ctx: &Ctx, what: What) -> Result<()> {
    let conn = &ctx.db.conn;
    let (columns, none): (&[&str], String) = match what {
        What::Enrollments => (
            &roster_store::ENROLLMENT_COLUMNS,
            t!("svc-export-no-enrollments"),
        ),
        What::Attendance => (
            &roster_store::ATTENDANCE_COLUMNS,
            t!("svc-export-no-attendance"),
        ),
    };
    let count = || match what {
        What::Enrollments => roster_store::count_enrollments(conn, None),
        What::Attendance => roster_store::count_attendance(conn, None),
    };
    let mut source = Query::new(
        columns,
        |limit, sink| match what {
            What::Enrollments => roster_store::each_enrollment(conn, None, limit, sink),
            What::Attendance => roster_store::each_attendance(conn, None, limit, sink),
        },
        count,
    );
    ctx.out
        .for_export()
        .previewed()
        .stream(&mut source, None, &none)?;
    if let Some(file) = &ctx.out.file {
        let count = count()?;
        let path = file.display().to_string();
        crate::ui::note(&match what {
            What::Enrollments => t!("svc-exported-enrollments", count = count, path = path),
            What::Attendance => t!("svc-exported-attendance", count = count, path = path),
        });
    }
    Ok(())
}

pub fn enrollments(ctx: &mut Ctx) -> Result<()> {
    export(ctx, What::Enrollments)
}

pub fn attendance(ctx: &mut Ctx) -> Result<()> {
    export(ctx, What::Attendance)
}
