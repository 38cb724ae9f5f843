//! Thin command handlers, one file per verb. Each parses nothing itself
//! (clap did) and holds no rules (the domain modules do): it wires input,
//! domain, store and output together.
pub mod admin;
mod agenda;
pub mod batch;
pub mod community;
pub mod course;
pub mod department;
pub mod feedback;
mod ics_file;
pub mod notice;
pub mod report;
pub mod resident;
pub mod roster_export;
pub mod schedule;

use clap::Args;

use crate::cli::Command;
use crate::context::Ctx;
use crate::error::Result;

pub fn dispatch(ctx: &mut Ctx, command: Command) -> Result<()> {
    match command {
        Command::Resident(cmd) => resident::dispatch(ctx, cmd),
        Command::Community(cmd) => community::dispatch(ctx, cmd),
        Command::Course(cmd) => course::dispatch(ctx, cmd),
        Command::Schedule(args) => schedule::run(ctx, &args),
        Command::Enrollment(roster_export::ExportCommand::Export) => {
            roster_export::enrollments(ctx)
        }
        Command::Attendance(roster_export::ExportCommand::Export) => roster_export::attendance(ctx),
        Command::Department(cmd) => department::dispatch(ctx, cmd),
        Command::Feedback(cmd) => feedback::dispatch(ctx, cmd),
        Command::Notice(cmd) => notice::dispatch(ctx, cmd),
        Command::Report(cmd) => report::dispatch(ctx, cmd),
        Command::Today(args) => admin::today::run(ctx, &args),
        Command::Audit(cmd) => admin::audit::dispatch(ctx, cmd),
        Command::Batch(cmd) => batch::dispatch(ctx, cmd),
        Command::Init(args) => admin::init::run(ctx, &args),
        Command::Backup(args) => admin::backup::run(ctx, &args),
        Command::Check => admin::check::run(ctx),
        // Dispatched before a database is opened.
        Command::Demo(_) | Command::Copy(_) | Command::Completions(_) | Command::Manpages(_) => {
            Ok(())
        }
    }
}

/// `--limit` of every list command.
#[derive(Debug, Clone, Copy, Args)]
pub struct LimitArg {
    /// Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}
