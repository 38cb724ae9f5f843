//! expatdesk: the front-desk tool of an international community center.
//! `run` opens what a command needs and dispatches it; every failure comes
//! back as an `AppError` carrying its exit code.
pub mod batches;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod context;
pub mod courses;
pub mod csvio;
pub mod db;
pub mod demo;
pub mod departments;
pub mod error;
pub mod feedback;
#[doc(hidden)]
pub mod fuzzing;
pub mod help;
pub mod i18n;
pub mod notices;
pub mod output;
pub mod prompt;
pub mod refdata;
pub mod reports;
pub mod residents;
pub mod stored;
pub mod text;
pub mod ui;
pub mod vocab;

use cli::{Cli, Command};
use error::Result;

pub fn run(cli: Cli) -> Result<()> {
    ui::set_quiet(cli.global.quiet);
    match &cli.command {
        Command::Completions(args) => return commands::admin::completions::run(args),
        Command::Manpages(args) => return commands::admin::manpages::run(args),
        Command::Demo(args) => return commands::admin::demo::run(&cli.global, args),
        Command::Copy(args) => return commands::admin::copy::run(&cli.global, args),
        _ => {}
    }
    let create = matches!(cli.command, Command::Init(_));
    let mut ctx = context::Ctx::open(&cli.global, create)?;
    commands::dispatch(&mut ctx, cli.command)
}
