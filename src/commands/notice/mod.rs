//! `expatdesk notice …`: bilingual notices and who receives them (SPEC §6).
mod add;
mod list;
mod recipients;
mod rows;
mod show;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::notices::{store, Notice};
use crate::t;

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run
pub enum NoticeCommand {
    /// Publish a bilingual notice (English and Chinese, optionally Japanese)
    Add(add::AddArgs),
    /// List the notices with their audience and languages
    List(list::ListArgs),
    /// One notice with its texts
    Show(show::ShowArgs),
    /// Who to send a notice to, in which language, by which channels
    Recipients(recipients::RecipientsArgs),
}

pub fn dispatch(ctx: &mut Ctx, command: NoticeCommand) -> Result<()> {
    match command {
        NoticeCommand::Add(args) => add::run(ctx, &args),
        NoticeCommand::List(args) => list::run(ctx, &args),
        NoticeCommand::Show(args) => show::run(ctx, &args),
        NoticeCommand::Recipients(args) => recipients::run(ctx, &args),
    }
}

/// The notice `id`, or exit 3.
fn load(conn: &crate::db::Connection, id: i64) -> Result<Notice> {
    store::get(conn, id)?.ok_or_else(|| {
        AppError::not_found(t!("svc-notice-not-found", id = id.to_string()))
            .hint(t!("svc-notice-not-found-hint"))
    })
}
