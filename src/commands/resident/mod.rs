//! `expatdesk resident …`
mod add;
mod edit;
mod erase;
mod export;
mod find;
mod flags;
mod import;
mod list;
mod move_out;
mod register;
mod rows;
mod show;
mod subject;
mod wizard;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::{AppError, Result};
use crate::residents::{store, Resident};
use crate::t;

pub use flags::FieldArgs;

#[derive(Debug, Subcommand)]
pub enum ResidentCommand {
    /// Register a new resident (asks for what is missing at a terminal)
    Add(add::AddArgs),
    /// List residents, active ones by default
    List(list::ListArgs),
    /// Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number
    Find(find::FindArgs),
    /// Show one resident (passport and permit numbers masked unless --reveal)
    Show(show::ShowArgs),
    /// Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)
    Edit(edit::EditArgs),
    /// Record that a resident moved out
    MoveOut(move_out::MoveOutArgs),
    /// Record a residence registration with the police
    RegisterResidence(register::RegisterArgs),
    /// Erase a resident's personal data for good (an anonymous record stays)
    Erase(erase::EraseArgs),
    /// Import residents from CSV: validated, all or nothing
    Import(import::ImportArgs),
    /// Export residents as CSV in the import schema
    Export(export::ExportArgs),
}

pub fn dispatch(ctx: &mut Ctx, command: ResidentCommand) -> Result<()> {
    match command {
        ResidentCommand::Add(args) => add::run(ctx, &args),
        ResidentCommand::List(args) => list::run(ctx, &args),
        ResidentCommand::Find(args) => find::run(ctx, &args),
        ResidentCommand::Show(args) => show::run(ctx, &args),
        ResidentCommand::Edit(args) => edit::run(ctx, &args),
        ResidentCommand::MoveOut(args) => move_out::run(ctx, &args),
        ResidentCommand::RegisterResidence(args) => register::run(ctx, &args),
        ResidentCommand::Erase(args) => erase::run(ctx, &args),
        ResidentCommand::Import(args) => {
            let raw = ctx.out.csv.raw;
            import::run(ctx, &args, raw)
        }
        ResidentCommand::Export(args) => export::run(ctx, &args),
    }
}

/// The resident `id`, or exit 3.
pub fn load(conn: &crate::db::Connection, id: i64) -> Result<Resident> {
    store::get(conn, id)?.ok_or_else(|| {
        AppError::not_found(t!("desk-resident-not-found", id = id.to_string()))
            .hint(t!("desk-hint-find-id"))
    })
}

/// The resident `id` if it may still change, else exit 4.
pub fn load_changeable(conn: &crate::db::Connection, id: i64, action: &str) -> Result<Resident> {
    let resident = load(conn, id)?;
    if resident.data.status == "erased" {
        let id = id.to_string();
        return Err(AppError::conflict(match action {
            "be edited" => t!("desk-resident-erased-edit", id = id),
            "move out" => t!("desk-resident-erased-move-out", id = id),
            "register a residence" => t!("desk-resident-erased-register", id = id),
            "be erased again" => t!("desk-resident-erased-erase", id = id),
            _ => t!("desk-resident-erased-cannot", id = id, action = action),
        }));
    }
    Ok(resident)
}
