//! The wizards' prompts (SPEC §3): every question can be left with Esc or
//! Ctrl-C, which ends the command without writing and leaves the cursor
//! visible; a text answer is checked as soon as it is given and asked
//! again when invalid. Lists use dialoguer; the one-line text prompt is
//! our own, because dialoguer's ignores Esc.
use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Confirm, FuzzySelect, Select};

use crate::error::{AppError, Result};

/// The error that ends a wizard left with Esc or Ctrl-C: nothing written.
pub fn cancelled() -> AppError {
    AppError::conflict(crate::t!("wizard-cancelled"))
}

/// What a Ctrl-C during a list prompt prints before the program ends
/// with the cancel's exit code: the cursor shown again, then the error.
static ON_INTERRUPT: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();

extern "C" fn interrupted(_: libc::c_int) {
    // Only async-signal-safe calls: write(2) and _exit(2).
    if let Some(bytes) = ON_INTERRUPT.get() {
        unsafe {
            libc::write(2, bytes.as_ptr().cast(), bytes.len());
        }
    }
    unsafe { libc::_exit(i32::from(crate::error::ErrorKind::Conflict.exit_code())) }
}

/// While a prompt is up: Ctrl-C (which dialoguer's lists turn into a
/// SIGINT) shows the cursor and ends the command as a cancel, not as a
/// killed process with a hidden cursor. Dropped: the cursor is shown and
/// the previous SIGINT disposition is back.
struct CursorGuard {
    previous: libc::sighandler_t,
}

impl CursorGuard {
    fn new() -> Self {
        ON_INTERRUPT.get_or_init(|| {
            format!("\x1b[?25h\nerror: {}\n", crate::t!("wizard-cancelled")).into_bytes()
        });
        let handler = interrupted as extern "C" fn(libc::c_int);
        let previous = unsafe { libc::signal(libc::SIGINT, handler as libc::sighandler_t) };
        CursorGuard { previous }
    }
}

impl Drop for CursorGuard {
    fn drop(&mut self) {
        let _ = Term::stderr().show_cursor();
        unsafe {
            libc::signal(libc::SIGINT, self.previous);
        }
    }
}

fn theme() -> ColorfulTheme {
    ColorfulTheme::default()
}

/// dialoguer's colourful yes/no question, with its default and the answer
/// shown in the interface's language (the keys stay y and n).
struct ConfirmTheme(ColorfulTheme);

fn yes_no(answer: bool) -> String {
    if answer {
        crate::t!("prompt-yes")
    } else {
        crate::t!("prompt-no")
    }
}

impl Theme for ConfirmTheme {
    fn format_confirm_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> std::fmt::Result {
        self.0.format_confirm_prompt(f, prompt, None)?;
        match default {
            Some(d) => write!(f, " {}", self.0.defaults_style.apply_to(yes_no(d))),
            None => Ok(()),
        }
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> std::fmt::Result {
        self.0.format_confirm_prompt_selection(f, prompt, None)?;
        match selection {
            Some(answer) => write!(f, " {}", self.0.values_style.apply_to(yes_no(answer))),
            None => Ok(()),
        }
    }
}

/// A dialoguer outcome: Esc (None) and Ctrl-C are a cancel.
fn settle<T>(answer: dialoguer::Result<Option<T>>) -> Result<T> {
    match answer {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(cancelled()),
        Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
            Err(cancelled())
        }
        Err(e) => Err(crate::ui::prompt_error(e)),
    }
}

/// Pick one of `items`; `default` is highlighted first.
pub fn select(question: &str, items: &[String], default: usize) -> Result<usize> {
    let _guard = CursorGuard::new();
    settle(
        Select::with_theme(&theme())
            .with_prompt(question)
            .items(items)
            .default(default)
            .interact_opt(),
    )
}

/// Pick one of `items` by typing part of it; `initial` is typed already.
pub fn fuzzy(question: &str, items: &[String], initial: &str) -> Result<usize> {
    let _guard = CursorGuard::new();
    settle(
        FuzzySelect::with_theme(&theme())
            .with_prompt(question)
            .items(items)
            .with_initial_text(initial)
            .interact_opt(),
    )
}

/// Yes or no; Esc and Ctrl-C cancel the whole command.
pub fn confirm(question: &str, default: bool) -> Result<bool> {
    let _guard = CursorGuard::new();
    settle(
        Confirm::with_theme(&ConfirmTheme(theme()))
            .with_prompt(question)
            .default(default)
            .interact_opt(),
    )
}

/// One line of text, checked by `check` when Enter is pressed: an
/// invalid answer prints the reason under the prompt and asks again. An
/// empty answer is given to `check` too (optional questions accept it).
pub fn line<T>(
    question: &str,
    hint: &str,
    mut check: impl FnMut(&str) -> std::result::Result<T, String>,
) -> Result<T> {
    let term = Term::stderr();
    let _guard = CursorGuard::new();
    let mut hint = hint;
    loop {
        let answer = read_line(&term, question, hint)?;
        hint = "";
        match check(answer.trim()) {
            Ok(value) => return Ok(value),
            Err(problem) => {
                let _ = term.write_line(&format!("  {} {problem}", console::style("✘").red()));
            }
        }
    }
}

/// Reads one line with editing (←, →, Home, End, Backspace, Delete);
/// Esc and Ctrl-C cancel. A hint goes on its own dimmed line above the
/// question; an answer longer than the terminal wraps and is redrawn
/// whole on every key.
fn read_line(term: &Term, question: &str, hint: &str) -> Result<String> {
    let io = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::Interrupted {
            cancelled()
        } else {
            AppError::io(crate::t!(
                "sys-cannot-prompt",
                reason = crate::error::plain_io(&e)
            ))
        }
    };
    if !hint.is_empty() {
        term.write_line(&format!("  {}", console::style(hint).dim()))
            .map_err(io)?;
    }
    let mark = format!("{} ", console::style("?").yellow());
    let plain = format!("? {question} ");
    let prompt = format!("{mark}{} ", console::style(question).bold());
    let mut text: Vec<char> = Vec::new();
    let mut at = 0;
    // The row of the drawn block the cursor is on, to go back to its top.
    let mut cursor_row = 0;
    loop {
        let cols = usize::from(term.size().1).max(20);
        if cursor_row > 0 {
            term.move_cursor_up(cursor_row).map_err(io)?;
        }
        term.write_str("\r").map_err(io)?;
        term.clear_to_end_of_screen().map_err(io)?;
        let shown: String = text.iter().collect();
        term.write_str(&format!("{prompt}{shown}")).map_err(io)?;
        let total = crate::text::display_width(&plain) + crate::text::display_width(&shown);
        let before: String = text[..at].iter().collect();
        let target = crate::text::display_width(&plain) + crate::text::display_width(&before);
        // where the terminal left the cursor: at the end, or at the last
        // column of the row when the text filled it exactly
        let end_row = if total > 0 && total % cols == 0 {
            total / cols - 1
        } else {
            total / cols
        };
        let (target_row, target_col) = (target / cols, target % cols);
        if end_row > target_row {
            term.move_cursor_up(end_row - target_row).map_err(io)?;
        } else if target_row > end_row {
            // the cursor sits after a full last row: start the next one
            term.write_str("\r\n").map_err(io)?;
        }
        term.write_str("\r").map_err(io)?;
        if target_col > 0 {
            term.move_cursor_right(target_col).map_err(io)?;
        }
        cursor_row = target_row;
        match term.read_key_raw().map_err(io)? {
            Key::Enter => {
                let rows_below = end_row.saturating_sub(cursor_row);
                if rows_below > 0 {
                    term.move_cursor_down(rows_below).map_err(io)?;
                }
                term.write_line("").map_err(io)?;
                return Ok(text.into_iter().collect());
            }
            Key::Escape | Key::CtrlC => {
                term.write_line("").map_err(io)?;
                return Err(cancelled());
            }
            Key::Char(c) if !c.is_control() => {
                text.insert(at, c);
                at += 1;
            }
            Key::Backspace if at > 0 => {
                at -= 1;
                text.remove(at);
            }
            Key::Del if at < text.len() => {
                text.remove(at);
            }
            Key::ArrowLeft if at > 0 => at -= 1,
            Key::ArrowRight if at < text.len() => at += 1,
            Key::Home => at = 0,
            Key::End => at = text.len(),
            _ => {}
        }
    }
}

/// Several lines of text: in `$VISUAL`/`$EDITOR` when one is set, else
/// typed line by line until an empty line. `None` when left empty.
pub fn text_block(question: &str) -> Result<Option<String>> {
    let editor = std::env::var_os("VISUAL")
        .or_else(|| std::env::var_os("EDITOR"))
        .filter(|e| !e.is_empty());
    if let Some(editor) = editor {
        return edit_in(&editor, question);
    }
    let term = Term::stderr();
    let _guard = CursorGuard::new();
    let _ = term.write_line(&format!(
        "{} {} {}",
        console::style("?").yellow(),
        console::style(question).bold(),
        console::style(crate::t!("prompt-lines-hint")).dim()
    ));
    let mut lines = Vec::new();
    loop {
        let line = read_line(&term, "›", "")?;
        if line.trim().is_empty() {
            break;
        }
        lines.push(line);
    }
    Ok((!lines.is_empty()).then(|| lines.join("\n")))
}

/// Opens `editor` on a scratch file holding a comment line; the text
/// without comment lines is the answer.
fn edit_in(editor: &std::ffi::OsStr, question: &str) -> Result<Option<String>> {
    let mut file = tempfile::Builder::new()
        .prefix("expatdesk-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| {
            AppError::io(crate::t!(
                "sys-cannot-open-editor",
                reason = crate::error::plain_io(&e)
            ))
        })?;
    use std::io::Write;
    writeln!(
        file,
        "\n# {question}\n# {}",
        crate::t!("prompt-editor-hint")
    )
    .map_err(|e| AppError::io(crate::error::plain_io(&e)))?;
    let path = file.path().to_path_buf();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{} \"$1\"", editor.to_string_lossy()))
        .arg("sh")
        .arg(&path)
        .status()
        .map_err(|e| {
            AppError::io(crate::t!(
                "sys-cannot-run-editor",
                reason = crate::error::plain_io(&e)
            ))
        })?;
    if !status.success() {
        return Err(cancelled());
    }
    let text = std::fs::read_to_string(&path).map_err(|e| AppError::io_at(&path, "read", &e))?;
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    let answer = kept.join("\n").trim().to_string();
    Ok((!answer.is_empty()).then_some(answer))
}
