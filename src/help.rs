//! Help in the interface's language (SPEC §1). The English texts are the
//! `///` comments of the derive definitions; the Chinese catalogue holds a
//! translation of each, keyed by the command's path (`help-resident-add`),
//! the argument's id (`help-resident-add--family_name`; global options
//! `help-global--db`). Both catalogues hold the `Examples:` section of
//! every command (`examples-resident-add`) and the headings.
use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::Cli;

/// The command tree with help in the chosen language and an `Examples:`
/// section under every command.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    if crate::i18n::lang() == crate::i18n::Lang::Zh {
        cmd = cmd
            .disable_help_subcommand(true)
            .help_template(template())
            .subcommand_help_heading(crate::t!("help-heading-commands"))
            .disable_version_flag(true)
            .arg(own_flag(
                "version",
                'V',
                ArgAction::Version,
                crate::t!("help-flag-version"),
            ));
    }
    localize(cmd, "")
}

/// clap's `-h`/`-V` in the chosen language, under the same heading as
/// the command's other options.
fn own_flag(name: &'static str, short: char, action: ArgAction, help: String) -> Arg {
    Arg::new(name)
        .short(short)
        .long(name)
        .action(action)
        .help(help)
        .help_heading(crate::t!("help-heading-options"))
}

/// clap's layout with the `Usage:` heading from the catalogue.
fn template() -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        crate::t!("help-heading-usage")
    )
}

/// The catalogue key of the command at `path` (`resident-add`).
fn key(path: &str) -> String {
    if path.is_empty() {
        "expatdesk".to_string()
    } else {
        path.to_string()
    }
}

fn localize(mut cmd: Command, path: &str) -> Command {
    let name = key(path);
    let zh = crate::i18n::lang() == crate::i18n::Lang::Zh;
    if zh {
        // clap's own -h, under the same heading as the other options.
        cmd = cmd.disable_help_flag(true).arg(own_flag(
            "help",
            'h',
            ArgAction::Help,
            crate::t!("help-flag-help"),
        ));
        if let Some(about) = crate::i18n::lookup(&format!("help-{name}")) {
            cmd = cmd.about(about);
        }
    }
    if let Some(examples) = crate::i18n::lookup(&format!("examples-{name}")) {
        cmd = cmd.after_help(examples_section(&examples));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id.as_str(), |arg| localize_arg(arg, &name, zh));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let sub_path = if path.is_empty() {
            sub.clone()
        } else {
            format!("{path}-{sub}")
        };
        cmd = cmd.mut_subcommand(sub.as_str(), |s| {
            let s = if zh {
                s.help_template(template())
                    .subcommand_help_heading(crate::t!("help-heading-commands"))
            } else {
                s
            };
            localize(s, &sub_path)
        });
    }
    cmd
}

fn localize_arg(mut arg: Arg, path: &str, zh: bool) -> Arg {
    let id = arg.get_id().to_string();
    let global = arg.is_global_set();
    if global {
        arg = arg.help_heading(crate::t!("help-heading-global"));
    } else if zh {
        let positional = arg.is_positional();
        arg = arg.help_heading(if positional {
            crate::t!("help-heading-arguments")
        } else {
            crate::t!("help-heading-options")
        });
    }
    if !zh {
        return arg;
    }
    let key = if global {
        format!("help-global--{id}")
    } else {
        format!("help-{path}--{id}")
    };
    let help = crate::i18n::lookup(&key)
        .or_else(|| arg.get_help().map(ToString::to_string))
        .unwrap_or_default();
    if !arg.get_action().takes_values() {
        return arg.help(help);
    }
    let notes = value_notes(&arg);
    arg.help(format!("{help}{notes}"))
        .hide_default_value(true)
        .hide_possible_values(true)
        .hide_env(true)
}

/// clap's `[default: …] [possible values: …] [env: …]` notes, in the
/// catalogue's words (shown in place of clap's English ones).
fn value_notes(arg: &Arg) -> String {
    let mut notes = String::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        let list = defaults.join(", ");
        notes.push_str(&format!(
            " {}",
            crate::t!("value-note-default", list = list)
        ));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !possible.is_empty() {
        let list = possible.join(", ");
        notes.push_str(&format!(
            " {}",
            crate::t!("value-note-possible", list = list)
        ));
    }
    if let Some(var) = arg.get_env() {
        let var = var.to_string_lossy().into_owned();
        notes.push_str(&format!(" {}", crate::t!("value-note-env", var = var)));
    }
    notes
}

/// `Examples:` and the catalogue's lines: a description, then its command
/// lines starting with `$`, indented the way `git` and `gh` do.
fn examples_section(text: &str) -> String {
    let mut out = format!("{}\n", crate::t!("help-heading-examples"));
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            out.push('\n');
        } else if line.starts_with(' ') {
            out.push_str(&format!("        {}\n", line.trim_start()));
        } else if line.starts_with('$') {
            out.push_str(&format!("    {line}\n"));
        } else {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out.trim_end().to_string()
}

/// Every command path of the tree (`""` is the top), for the tests that
/// check each has its examples and translations.
pub fn paths() -> Vec<(String, Vec<(String, bool)>)> {
    fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, Vec<(String, bool)>)>) {
        let args = cmd
            .get_arguments()
            .map(|a| (a.get_id().to_string(), a.is_global_set()))
            .collect();
        out.push((key(path), args));
        for sub in cmd.get_subcommands() {
            let sub_path = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path}-{}", sub.get_name())
            };
            walk(sub, &sub_path, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "", &mut out);
    out
}

/// A usage error of clap's, as lines for stderr: clap's own text in
/// English; in Chinese the common kinds (unknown flag or command, bad or
/// missing value, conflicting flags) rebuilt from the error's context, and
/// clap's text for the rare rest.
pub fn error_lines(err: &clap::Error) -> Vec<String> {
    if crate::i18n::lang() == crate::i18n::Lang::Zh {
        if let Some(lines) = chinese_error(err) {
            return lines;
        }
    }
    err.to_string().lines().map(str::to_string).collect()
}

fn chinese_error(err: &clap::Error) -> Option<Vec<String>> {
    use crate::t;
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind as E};
    let text = |kind: K| match err.get(kind)? {
        V::String(s) => Some(s.clone()),
        V::Strings(list) => Some(list.join(", ")),
        V::StyledStr(s) => Some(s.to_string()),
        V::StyledStrs(list) => Some(
            list.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let reason = || match std::error::Error::source(err) {
        Some(e) if e.is::<std::num::ParseIntError>() => t!("sys-clap-not-whole-number"),
        Some(e) => e.to_string(),
        None => String::new(),
    };
    let message = match err.kind() {
        E::UnknownArgument => t!("sys-clap-unknown-argument", arg = text(K::InvalidArg)?),
        E::InvalidSubcommand => t!(
            "sys-clap-unknown-command",
            command = text(K::InvalidSubcommand)?
        ),
        E::InvalidValue => t!(
            "sys-clap-invalid-value",
            value = text(K::InvalidValue).unwrap_or_default(),
            arg = text(K::InvalidArg)?
        ),
        E::ValueValidation => t!(
            "sys-clap-value-refused",
            value = text(K::InvalidValue).unwrap_or_default(),
            arg = text(K::InvalidArg)?,
            reason = reason()
        ),
        E::MissingRequiredArgument => {
            t!("sys-clap-missing-argument", list = text(K::InvalidArg)?)
        }
        E::ArgumentConflict => {
            let arg = text(K::InvalidArg)?;
            match text(K::PriorArg) {
                Some(prior) if prior != arg => t!("sys-clap-conflict", arg = arg, prior = prior),
                _ => t!("sys-clap-used-twice", arg = arg),
            }
        }
        _ => return None,
    };
    let mut lines = vec![format!("error: {message}")];
    if let Some(valid) = text(K::ValidValue) {
        lines.push(format!(
            "  {}",
            t!("sys-clap-possible-values", list = valid)
        ));
    }
    if let Some(similar) = text(K::SuggestedArg) {
        lines.push(String::new());
        lines.push(format!(
            "  {}",
            t!("sys-clap-similar-argument", arg = similar)
        ));
    }
    if let Some(similar) = text(K::SuggestedSubcommand) {
        lines.push(String::new());
        lines.push(format!(
            "  {}",
            t!("sys-clap-similar-command", command = similar)
        ));
    }
    if let Some(usage) = text(K::Usage) {
        let usage = usage.trim_start_matches("Usage:").trim_start();
        lines.push(String::new());
        lines.push(format!("{}{usage}", t!("help-heading-usage")));
    }
    lines.push(String::new());
    lines.push(t!("sys-clap-more-help"));
    Some(lines)
}

/// A help page with every line at most `width` columns: a line too wide
/// is broken at a space or between two CJK characters, never inside a
/// Latin word, before a closing mark (，。、）) or after an opening one, and
/// continues under the column its text started in (an option's description, the usage).
pub fn fit(page: &str, width: usize) -> String {
    let mut out = String::new();
    for line in page.lines() {
        for piece in fit_line(line, width) {
            out.push_str(&piece);
            out.push('\n');
        }
    }
    out
}

pub(crate) fn fit_line(line: &str, width: usize) -> Vec<String> {
    use crate::text::display_width;
    if display_width(line) <= width {
        return vec![line.to_string()];
    }
    let start = text_column(line);
    let indent = display_width(&line[..start]);
    let room = width.saturating_sub(indent).max(20);
    let mut lines = Vec::new();
    let mut current = line[..start].to_string();
    let mut used = 0;
    for token in tokens(&line[start..]) {
        let w = display_width(token);
        if used > 0 && used + w > room {
            // A closing mark stays with the character before it, an opening
            // one with the character after it.
            let mut carried = String::new();
            if is_closing(token) {
                if let Some(last) = current.chars().last().filter(|c| !c.is_ascii()) {
                    current.truncate(current.len() - last.len_utf8());
                    carried.insert(0, last);
                }
            }
            if let Some(last) = current
                .chars()
                .last()
                .filter(|c| "（「『【《“".contains(*c))
            {
                current.truncate(current.len() - last.len_utf8());
                carried.insert(0, last);
            }
            lines.push(current.trim_end().to_string());
            current = " ".repeat(indent);
            used = display_width(&carried);
            current.push_str(&carried);
            if token == " " {
                continue;
            }
        }
        current.push_str(token);
        used += w;
    }
    lines.push(current.trim_end().to_string());
    lines
}

/// Where a line's text starts: after `Usage:`/`用法：` or `error:`, after the gap
/// between an option and its description, else after the indentation.
fn text_column(line: &str) -> usize {
    let heading = crate::t!("help-heading-usage");
    for usage in [heading.as_str(), "Usage:", "error:"] {
        if let Some(rest) = line.strip_prefix(usage) {
            return line.len() - rest.trim_start().len();
        }
    }
    let lead = line.len() - line.trim_start().len();
    match line[lead..].find("  ") {
        Some(gap) if crate::text::display_width(&line[..lead + gap]) < 40 => {
            let after = &line[lead + gap..];
            line.len() - after.trim_start().len()
        }
        _ => lead,
    }
}

/// A Latin word, a value name, a space, or one wide character: the places
/// a line may break are between tokens.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut word_start: Option<usize> = None;
    // A value name (`<DATE TIME>`) is one word, space and all.
    let mut in_value_name = false;
    for (i, c) in text.char_indices() {
        match c {
            '<' => in_value_name = true,
            '>' => in_value_name = false,
            _ => {}
        }
        let alone = !in_value_name
            && (c == ' ' || crate::text::display_width(c.encode_utf8(&mut [0; 4])) > 1);
        if alone {
            if let Some(s) = word_start.take() {
                out.push(&text[s..i]);
            }
            out.push(&text[i..i + c.len_utf8()]);
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    if let Some(s) = word_start {
        out.push(&text[s..]);
    }
    out
}

fn is_closing(token: &str) -> bool {
    matches!(
        token,
        "，" | "。" | "、" | "；" | "：" | "）" | "」" | "』" | "】" | "》" | "！" | "？"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(lang: &str) -> Vec<String> {
        let path = format!(
            "{}/locales/{lang}/expatdesk.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).expect("catalogue");
        text.lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string()))
            .filter(|k| !k.starts_with('#') && !k.starts_with(' ') && !k.is_empty())
            .collect()
    }

    /// Prints the English help texts as catalogue entries, the starting
    /// point of their translation (`--ignored --nocapture`).
    #[test]
    #[ignore]
    fn dump() {
        fn walk(cmd: &Command, path: &str, globals: &mut Vec<String>) {
            let name = key(path);
            if let Some(about) = cmd.get_about() {
                println!("help-{name} = {about}");
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().to_string();
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                if arg.is_global_set() {
                    if !globals.contains(&id) {
                        globals.push(id.clone());
                        println!("help-global--{id} = {help}");
                    }
                } else {
                    println!("help-{name}--{id} = {help}");
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path = if path.is_empty() {
                    sub.get_name().to_string()
                } else {
                    format!("{path}-{}", sub.get_name())
                };
                walk(sub, &sub_path, globals);
            }
        }
        walk(&Cli::command(), "", &mut Vec::new());
    }

    #[test]
    fn every_command_has_examples_in_both_languages() {
        for lang in ["en", "zh-CN"] {
            let keys = catalogue(lang);
            for (name, _) in paths() {
                if name == "expatdesk" {
                    continue;
                }
                assert!(
                    keys.contains(&format!("examples-{name}")),
                    "{lang}: examples-{name} missing"
                );
            }
        }
    }

    #[test]
    fn every_help_text_is_translated_and_none_is_stale() {
        let zh = catalogue("zh-CN");
        let mut wanted = Vec::new();
        for (name, args) in paths() {
            wanted.push(format!("help-{name}"));
            for (id, global) in args {
                wanted.push(if global {
                    format!("help-global--{id}")
                } else {
                    format!("help-{name}--{id}")
                });
            }
        }
        for key in &wanted {
            assert!(zh.contains(key), "zh-CN: {key} missing");
        }
        for key in zh
            .iter()
            .filter(|k| k.starts_with("help-") && k.contains("--"))
        {
            assert!(wanted.contains(key), "zh-CN: {key} names no option");
        }
    }

    #[test]
    fn every_option_has_a_description() {
        fn walk(cmd: &Command) {
            for arg in cmd.get_arguments() {
                assert!(
                    arg.get_help().is_some(),
                    "{} --{} has no description",
                    cmd.get_name(),
                    arg.get_id()
                );
            }
            cmd.get_subcommands().for_each(walk);
        }
        walk(&Cli::command());
    }

    /// The `Examples:` of every command, as both catalogues hold them:
    /// message id → its text (unindented, Fluent's `{"{"}` unescaped).
    fn examples(lang: &str) -> Vec<(String, String)> {
        let path = format!(
            "{}/locales/{lang}/expatdesk.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).expect("catalogue");
        let mut out: Vec<(String, String)> = Vec::new();
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =").filter(|_| !line.starts_with(' ')) {
                out.push((id.to_string(), String::new()));
            } else if let (Some(body), Some((id, text))) =
                (line.strip_prefix("    "), out.last_mut())
            {
                if id.starts_with("examples-") {
                    text.push_str(&body.replace("{\"{\"}", "{").replace("{\"}\"}", "}"));
                    text.push('\n');
                }
            }
        }
        out.retain(|(id, _)| id.starts_with("examples-"));
        out
    }

    /// An example wider than the desk's 80 columns is wrapped by clap in
    /// the middle of the command, which then cannot be copied as it is.
    #[test]
    fn every_example_fits_in_80_columns() {
        for lang in ["en", "zh-CN"] {
            let found = examples(lang);
            assert!(found.len() > 40, "{lang}: {} examples", found.len());
            for (id, text) in found {
                for line in examples_section(&text).lines() {
                    let width = crate::text::display_width(line);
                    assert!(width <= 80, "{lang} {id}: {width} columns:\n{line}");
                }
            }
        }
    }

    #[test]
    fn fit_breaks_chinese_between_characters_under_the_description() {
        let line = "      --db <PATH>        数据库文件；指定的文件必须已存在（见 `init`）";
        let fitted = fit(line, 50);
        for piece in fitted.lines() {
            assert!(crate::text::display_width(piece) <= 50, "{fitted}");
        }
        assert_eq!(
            fitted,
            "      --db <PATH>        数据库文件；指定的文件必\n                         须已存在（见 `init`）\n"
        );
    }

    #[test]
    fn fit_keeps_latin_words_and_closing_marks_whole() {
        // `，` never starts a line: it is carried with the character before.
        let fitted = fit("  x  一二三四五六七八九十，next-word", 23);
        assert_eq!(fitted, "  x  一二三四五六七八九\n     十，next-word\n");
        // A line that fits is left alone, spaces and all.
        assert_eq!(fit("a  b   c", 80), "a  b   c\n");
    }

    #[test]
    fn fit_continues_a_usage_line_after_its_heading() {
        let fitted = fit(
            "Usage: expatdesk course add --title <TITLE> --start <DATE>",
            40,
        );
        assert_eq!(
            fitted,
            "Usage: expatdesk course add --title\n       <TITLE> --start <DATE>\n"
        );
    }
}
