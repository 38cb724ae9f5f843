//! `expatdesk course …`: culture courses and events (SPEC §4).
mod add;
mod attend;
mod cancel;
mod clashes;
pub(crate) mod drop;
mod enroll;
mod export;
mod import;
mod list;
mod reschedule;
mod show;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run
pub enum CourseCommand {
    /// Create a course or event and its sessions
    Add(add::AddArgs),
    /// List courses with their next session and enrolled/capacity
    List(list::ListArgs),
    /// A course, its sessions (with ids) and its roster with waitlist positions
    Show(show::ShowArgs),
    /// Move one session (checked for clashes)
    Reschedule(reschedule::RescheduleArgs),
    /// Cancel a whole course, or one session of it
    Cancel(cancel::CancelArgs),
    /// Enroll residents: a seat while seats remain, then the waitlist
    Enroll(enroll::EnrollArgs),
    /// Drop a resident; the first on the waitlist gets the seat
    Drop(drop::DropArgs),
    /// Mark attendance at a session
    Attend(attend::AttendArgs),
    /// Import courses from CSV: validated, all or nothing
    Import(import::ImportArgs),
    /// Export course definitions as CSV
    Export,
}

pub fn dispatch(ctx: &mut Ctx, command: CourseCommand) -> Result<()> {
    match command {
        CourseCommand::Add(args) => add::run(ctx, &args),
        CourseCommand::List(args) => list::run(ctx, &args),
        CourseCommand::Show(args) => show::run(ctx, &args),
        CourseCommand::Reschedule(args) => reschedule::run(ctx, &args),
        CourseCommand::Cancel(args) => cancel::run(ctx, &args),
        CourseCommand::Enroll(args) => enroll::run(ctx, &args),
        CourseCommand::Drop(args) => drop::run(ctx, &args),
        CourseCommand::Attend(args) => attend::run(ctx, &args),
        CourseCommand::Import(args) => import::run(ctx, &args),
        CourseCommand::Export => export::run(ctx),
    }
}
