//! `expatdesk report …`: the reports of SPEC §7, fixed columns, unattended.
mod attendance;
mod courses;
mod feedback;
mod monthly;
mod permits;
mod registrations;
mod residents;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Active residents grouped by nationality, community, language, gender, permit type or age band
    Residents(residents::Args),
    /// Active residents whose residence registration is due, with the reason
    Registrations(registrations::Args),
    /// Permits expiring within DAYS (expired ones too), most urgent first
    Permits(permits::Args),
    /// Sessions held, enrollment and attendance per course
    Courses(courses::Args),
    /// One course's attendance: a row per enrolled resident, a column per held session
    Attendance(attendance::Args),
    /// Feedback received, open, responded, closed, overdue and median response time
    Feedback(feedback::Args),
    /// The month's figures as metric,value rows
    Monthly(monthly::Args),
}

pub fn dispatch(ctx: &mut Ctx, command: ReportCommand) -> Result<()> {
    match command {
        ReportCommand::Residents(args) => residents::run(ctx, &args),
        ReportCommand::Registrations(args) => registrations::run(ctx, &args),
        ReportCommand::Permits(args) => permits::run(ctx, &args),
        ReportCommand::Courses(args) => courses::run(ctx, &args),
        ReportCommand::Attendance(args) => attendance::run(ctx, &args),
        ReportCommand::Feedback(args) => feedback::run(ctx, &args),
        ReportCommand::Monthly(args) => monthly::run(ctx, &args),
    }
}
