//! What every command gets: the open database, the output settings, the
//! prompting rule, the clock and the operator for the audit log.
use crate::cli::GlobalArgs;
use crate::clock::Clock;
use crate::db::audit::Actor;
use crate::db::{Create, Db, Location};
use crate::error::Result;
use crate::output::{CsvStyle, Output};
use crate::ui::Prompting;

pub struct Ctx {
    pub db: Db,
    pub out: Output,
    pub prompt: Prompting,
    pub clock: Clock,
    pub operator: String,
}

impl Ctx {
    pub fn open(global: &GlobalArgs, create: bool) -> Result<Ctx> {
        let clock = Clock::from_env()?;
        let mut out = output(global, &clock)?;
        let location = Location::resolve(non_empty(global.db.clone()))?;
        let db = Db::open(
            &location,
            if create {
                Create::Allowed
            } else {
                Create::Never
            },
        )?;
        out.database = Some(db.path.clone());
        // Before the command does anything (an audit entry, a change), so a
        // refused `-o` file leaves everything as it was.
        if let Some(file) = &out.file {
            out.check_target(&crate::output::fill_placeholders(file, out.today, None))?;
        }
        Ok(Ctx {
            db,
            out,
            prompt: Prompting::detect(global.no_input, global.yes),
            clock,
            operator: operator(global),
        })
    }

    /// The operator and the time, for the audit log and `updated_at`.
    pub fn actor(&self) -> Actor {
        Actor {
            operator: self.operator.clone(),
            at: self.clock.stamp(),
        }
    }

    pub fn today(&self) -> String {
        crate::clock::format_date(self.clock.today())
    }
}

pub fn output(global: &GlobalArgs, clock: &Clock) -> Result<Output> {
    Output::new(
        global.format,
        global.output.clone(),
        CsvStyle {
            excel: global.excel,
            raw: global.raw,
        },
        clock.today(),
    )
}

/// An empty `EXPATDESK_DB=` counts as unset.
pub fn non_empty(path: Option<std::path::PathBuf>) -> Option<std::path::PathBuf> {
    path.filter(|p| !p.as_os_str().is_empty())
}

/// `--operator`/`EXPATDESK_OPERATOR`, else the login name (`USER`,
/// `LOGNAME`), else the OS user, else `unknown`; never fails.
pub fn operator(global: &GlobalArgs) -> String {
    global
        .operator
        .clone()
        .into_iter()
        .chain(
            ["USER", "LOGNAME", "USERNAME"]
                .iter()
                .filter_map(|v| std::env::var(v).ok()),
        )
        .chain(whoami::fallible::username().ok())
        .map(|name| name.trim().to_string())
        .find(|name| !name.is_empty() && !name.chars().any(char::is_control))
        .unwrap_or_else(|| "unknown".to_string())
}
