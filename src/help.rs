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
    match crate::i18n::lookup(&key) {
        Some(help) => arg.help(help),
        None => arg,
    }
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
}
