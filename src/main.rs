//! Entry point: parse the command line, run it, map the outcome to an exit code.
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = expatdesk::cli::Cli::parse();
    match expatdesk::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(expatdesk::ui::report_error(&err)),
    }
}
