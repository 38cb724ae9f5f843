//! Entry point: parse the command line, run it, map the outcome to an exit code.
use std::process::ExitCode;

use clap::FromArgMatches;

fn main() -> ExitCode {
    // `EXPATDESK_DB=` (empty) means "not set"; clap would refuse an empty
    // path as a missing `--db` value. Still single-threaded here.
    if std::env::var_os(expatdesk::db::DB_ENV).is_some_and(|v| v.is_empty()) {
        std::env::remove_var(expatdesk::db::DB_ENV);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    expatdesk::i18n::choose(expatdesk::i18n::detect(expatdesk::cli::lang_flag(&args)));
    let parsed = expatdesk::help::command()
        .try_get_matches_from(&args)
        .and_then(|matches| expatdesk::cli::Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(expatdesk::ui::report_clap_error(&err)),
    };
    match expatdesk::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(expatdesk::ui::report_error(&err)),
    }
}
