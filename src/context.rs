//! What every command gets: the open database, the output settings, the
//! prompting rule, the clock and the operator for the audit log.
use crate::cli::GlobalArgs;
use crate::clock::Clock;
use crate::db::audit::Actor;
use crate::db::{Create, Db, Location};
use crate::error::{AppError, Result};
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
            operator: operator(global)?,
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
/// `LOGNAME`), else the OS user, else `unknown`. A name given by the flag
/// or its variable goes into the audit log as typed, so one holding a
/// control character or an invisible mark (bidi controls, zero-width
/// characters) is refused (exit 2) rather than replaced or stored; a
/// login name that holds one is passed over.
pub fn operator(global: &GlobalArgs) -> Result<String> {
    if let Some(given) = global.operator.as_deref().map(str::trim) {
        if let Some(c) = given.chars().find(|&c| hidden(c)) {
            return Err(AppError::usage(crate::t!(
                "sys-operator-invisible",
                code = format!("U+{:04X}", c as u32),
                value = shown(given)
            ))
            .hint(crate::t!("sys-hint-operator-plain")));
        }
        if !given.is_empty() {
            return Ok(given.to_string());
        }
    }
    Ok(["USER", "LOGNAME", "USERNAME"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .chain(whoami::fallible::username().ok())
        .map(|name| name.trim().to_string())
        .find(|name| !name.is_empty() && !name.chars().any(hidden))
        .unwrap_or_else(|| "unknown".to_string()))
}

/// A control character (C0, DEL, C1) or a format character that changes
/// how text shows without showing itself: bidi embeddings, overrides and
/// isolates, zero-width characters, the BOM, soft hyphen, tags.
pub fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
        )
}

/// `value` quoted with every hidden character written `\u{…}`.
fn shown(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars().take(60) {
        if hidden(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_controls_and_invisible_marks() {
        for c in [
            '\n', '\u{7F}', '\u{85}', '\u{202E}', '\u{2067}', '\u{200B}', '\u{FEFF}',
        ] {
            assert!(hidden(c), "{c:?}");
        }
        for c in ['a', 'é', '李', ' ', '-', '\u{3000}'] {
            assert!(!hidden(c), "{c:?}");
        }
        assert_eq!(shown("a\u{202E}b\n"), "\"a\\u{202e}b\\u{a}\"");
    }
}
