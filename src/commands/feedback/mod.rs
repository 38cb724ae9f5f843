//! `expatdesk feedback …`: residents' comments and demands to the
//! authorities and their answers (SPEC §5).
mod close;
mod export;
mod forward;
mod import;
mod list;
mod log;
mod respond;
pub(crate) mod show;
mod sla;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum FeedbackCommand {
    /// Log a comment or demand; at a terminal, asks for what is missing
    Log(log::LogArgs),
    /// Show, or set, the default number of days to answer (SLA)
    Sla(sla::SlaArgs),
    /// List feedback items (all by default), oldest first
    List(list::ListArgs),
    /// One item, all its fields, and its history
    Show(show::ShowArgs),
    /// Forward an item to a department (again: re-forward)
    Forward(forward::ForwardArgs),
    /// Record the answer (again: replace it)
    Respond(respond::RespondArgs),
    /// Close an item (final)
    Close(close::CloseArgs),
    /// Import items from CSV: validated, all or nothing
    Import(import::ImportArgs),
    /// Export items as CSV; with --department, what is sent to it
    Export(export::ExportArgs),
}

pub fn dispatch(ctx: &mut Ctx, command: FeedbackCommand) -> Result<()> {
    match command {
        FeedbackCommand::Log(args) => log::run(ctx, &args),
        FeedbackCommand::Sla(args) => sla::run(ctx, &args),
        FeedbackCommand::List(args) => list::run(ctx, &args),
        FeedbackCommand::Show(args) => show::run(ctx, &args),
        FeedbackCommand::Forward(args) => forward::run(ctx, &args),
        FeedbackCommand::Respond(args) => respond::run(ctx, &args),
        FeedbackCommand::Close(args) => close::run(ctx, &args),
        FeedbackCommand::Import(args) => import::run(ctx, &args),
        FeedbackCommand::Export(args) => export::run(ctx, &args),
    }
}

/// Longest `--note` of a history line, in characters.
const NOTE_LIMIT: usize = 2000;
