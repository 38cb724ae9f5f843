//! Everything that talks to the person at the terminal: messages, warnings
//! and errors on stderr, and prompts only when stdin and stderr are both
//! terminals and `--no-input` was not given.
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{AppError, ErrorKind, Result};
use crate::text::escape_controls;

static QUIET: AtomicBool = AtomicBool::new(false);

pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Writes one line to stderr. A stderr that cannot be written (a full
/// disk, a closed pipe) loses the line but never ends the program: what
/// the command did stands, and its exit code is still the spec's.
pub fn stderr_line(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err
        .write_all(line.as_bytes())
        .and_then(|()| err.write_all(b"\n"));
}

/// A message for the person (stderr), silenced by `-q`.
pub fn note(message: &str) {
    if !QUIET.load(Ordering::Relaxed) {
        for line in message.lines() {
            stderr_line(&for_terminal(line));
        }
    }
}

/// A warning (stderr); `-q` does not hide warnings.
pub fn warn(message: &str) {
    stderr_line(&format!("warning: {}", for_terminal(message)));
}

/// Prints the error the spec's way and returns its exit code.
pub fn report_error(err: &AppError) -> u8 {
    if err.kind == ErrorKind::BrokenPipe {
        return 0;
    }
    // Messages quote paths and values as given: a terminal must not run
    // the escape sequences they may hold.
    // The program's own multi-line texts print as lines; values from data
    // were escaped (`text::visible`) when the message was made.
    for line in err.lines.iter().flat_map(|l| l.lines()) {
        stderr_line(&format!("error: {}", for_terminal(line)));
    }
    for hint in err.hints.iter().flat_map(|h| h.lines()) {
        stderr_line(&format!("hint: {}", for_terminal(hint)));
    }
    err.kind.exit_code()
}

/// One line of a message as the terminal gets it: control characters
/// escaped, and a line made huge by a value (a 100 KB path or id) cut in
/// its middle, keeping what the message says about it at the end.
fn for_terminal(line: &str) -> String {
    const KEEP: usize = 200;
    let line = escape_controls(line, &[]);
    if line.chars().count() <= 3 * KEEP {
        return line.into_owned();
    }
    let head: String = line.chars().take(KEEP).collect();
    let tail: Vec<char> = line.chars().rev().take(KEEP).collect();
    let tail: String = tail.into_iter().rev().collect();
    format!("{head}…{tail}")
}

/// clap's own output: help and version as clap prints them; a usage
/// error quotes the user's values, so it is printed with control
/// characters escaped.
pub fn report_clap_error(err: &clap::Error) -> u8 {
    if !err.use_stderr() {
        // clap breaks help lines only at spaces: a Chinese text is one long
        // word to it. A page with a line too wide is fitted here instead.
        let page = err.to_string();
        let width = crate::output::terminal_width();
        if page.lines().any(|l| crate::text::display_width(l) > width) {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(crate::help::fit(&page, width).as_bytes());
        } else {
            let _ = err.print();
        }
        return 0;
    }
    let width = crate::output::terminal_width();
    for line in crate::help::error_lines(err) {
        for piece in crate::help::fit_line(&line, width) {
            stderr_line(&for_terminal(&piece));
        }
    }
    u8::try_from(err.exit_code()).unwrap_or(2)
}

/// Whether this run may ask questions.
#[derive(Debug, Clone, Copy)]
pub struct Prompting {
    pub allowed: bool,
    pub assume_yes: bool,
}

impl Prompting {
    pub fn detect(no_input: bool, assume_yes: bool) -> Self {
        let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Prompting {
            allowed: terminal && !no_input,
            assume_yes,
        }
    }

    /// Asks to go ahead; `-y` answers yes, no terminal answers no (exit 4).
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.assume_yes {
            return Ok(());
        }
        if !self.allowed {
            return Err(AppError::conflict(crate::t!(
                "sys-refused-unconfirmed",
                question = question
            ))
            .hint(crate::t!("sys-hint-pass-y")));
        }
        let yes = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(prompt_error)?;
        if yes {
            Ok(())
        } else {
            Err(AppError::conflict(crate::t!("sys-cancelled-unconfirmed")))
        }
    }
}

/// A prompt that failed (terminal closed, Ctrl-C) ends the command cleanly.
pub fn prompt_error(err: dialoguer::Error) -> AppError {
    match err {
        dialoguer::Error::IO(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            AppError::conflict(crate::t!("sys-cancelled"))
        }
        dialoguer::Error::IO(e) => AppError::io(crate::t!(
            "sys-cannot-prompt",
            reason = crate::error::plain_io(&e)
        )),
    }
}

/// The exit-2 error for values that would be prompted for on a terminal.
pub fn missing_flags(flags: &[&str]) -> AppError {
    AppError::usage(crate::t!(
        "sys-missing-values",
        count = flags.len(),
        list = flags.join(", ")
    ))
    .hint(crate::t!("sys-hint-missing-values"))
}

/// With `EXPATDESK_TRACE` set, prints how long since the start of the run
/// each named phase ended (for benchmarks; off by default).
pub fn trace(phase: &str) {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let start = *START.get_or_init(std::time::Instant::now);
    if std::env::var_os("EXPATDESK_TRACE").is_some() {
        stderr_line(&format!(
            "trace: {phase} at {:.3}s",
            start.elapsed().as_secs_f64()
        ));
    }
}
