//! The command line: global flags (accepted before or after the
//! subcommand) and the top-level commands.
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::{
    admin, batch, community, course, department, feedback, notice, report, resident, roster_export,
    schedule,
};
use crate::output::Format;

/// Front-desk tool of an international community center: residents and
/// their residence registration, culture courses, feedback to the
/// authorities, bilingual notices and CSV reports, in one SQLite file.
#[derive(Debug, Parser)]
#[command(
    name = "expatdesk",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address
    #[arg(long, global = true, env = "EXPATDESK_DB", value_name = "DB")]
    pub db: Option<PathBuf>,
    /// Output format of records [default: table, or from the -o file's extension]
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Write records to FILE atomically; {date} and {month} are filled in
    #[arg(short = 'o', long = "output", global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for Excel: UTF-8 BOM and CRLF line ends
    #[arg(long, global = true)]
    pub excel: bool,
    /// No formula guard on CSV output; on import, keep a leading `'`
    #[arg(long, global = true)]
    pub raw: bool,
    /// Never prompt: missing values are an error, confirmations need -y
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Answer yes to confirmations
    #[arg(short = 'y', long = "yes", global = true)]
    pub yes: bool,
    /// Who is at the desk, for the audit log [default: the login name]
    #[arg(long, global = true, env = "EXPATDESK_OPERATOR", value_name = "NAME")]
    pub operator: Option<String>,
    /// Fewer messages on stderr (errors and warnings still show)
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
    /// Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// `--lang` as given on the command line, read before clap parses it: the
/// help and clap's own messages are made in the chosen language.
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<crate::i18n::Lang> {
    let mut given = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => iter.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => continue,
        };
        given = match value.as_deref().map(str::trim) {
            Some("zh") => Some(crate::i18n::Lang::Zh),
            Some("en") => Some(crate::i18n::Lang::En),
            _ => given,
        };
    }
    given
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run
pub enum Command {
    /// Register, find, view and edit residents
    #[command(subcommand)]
    Resident(resident::ResidentCommand),
    /// Culture courses and events: sessions, enrollment, attendance
    #[command(subcommand)]
    Course(course::CourseCommand),
    /// Every session in a date range, as an agenda or an iCalendar file
    Schedule(schedule::ScheduleArgs),
    /// Enrollments of every course
    #[command(subcommand)]
    Enrollment(roster_export::ExportCommand),
    /// Attendance marks of every session
    #[command(subcommand)]
    Attendance(roster_export::ExportCommand),
    /// Residents' comments and demands: forward, answer, close
    #[command(subcommand)]
    Feedback(feedback::FeedbackCommand),
    /// Bilingual notices and who receives them
    #[command(subcommand)]
    Notice(notice::NoticeCommand),
    /// Reports for the town office, in fixed CSV columns
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// The front-desk dashboard: today's sessions, permits, registrations, feedback
    Today(admin::today::TodayArgs),
    /// Manage the residential communities
    #[command(subcommand)]
    Community(community::CommunityCommand),
    /// Manage the departments feedback is forwarded to
    #[command(subcommand)]
    Department(department::DepartmentCommand),
    /// Past imports, and undoing one
    #[command(subcommand)]
    Batch(batch::BatchCommand),
    /// The audit log of every change
    #[command(subcommand)]
    Audit(admin::audit::AuditCommand),
    /// Create (or upgrade) a database
    Init(admin::init::InitArgs),
    /// Build a database of realistic sample data to try everything
    Demo(admin::demo::DemoArgs),
    /// Copy the database to FILE, a consistent SQLite snapshot
    Backup(admin::backup::BackupArgs),
    /// Copy a whole database between SQLite and PostgreSQL
    Copy(admin::copy::CopyArgs),
    /// Check the database's integrity, foreign keys and schema version
    Check,
    /// Print shell completions
    Completions(admin::completions::CompletionsArgs),
    /// Write a manual page for every command into DIR
    Manpages(admin::manpages::ManpagesArgs),
}
