//! The command line in the run's language. clap has no localisation of its own (clap#380), so
//! this does what uutils coreutils does: the language is chosen from the raw arguments before
//! clap runs, every text lawrpt gives clap comes from the catalogue (the derive in `cli`
//! calls `tr!`), and the few words clap writes itself — `Usage:`, `Options:`, `[default: …]`,
//! the help flag's help, its error messages — are put into the same language here.
//!
//! In English clap's words are left as clap writes them, so English help is clap's own.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgMatches, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{self, Lang, choose};
use crate::load::project::Project;
use crate::tr;

/// Parses the command line in the language it asks for: sets the run's language (see
/// `language`), then parses. `Err` carries the exit code once help, the version or an
/// error has been printed (0 for help and version, 2 for a usage error, as clap exits).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, u8> {
    let args: Vec<OsString> = args.into_iter().collect();
    let lang = language(&args);
    i18n::set(lang);
    let matched = command().try_get_matches_from(&args);
    let error = match matched.and_then(|mut m: ArgMatches| Cli::from_arg_matches_mut(&mut m)) {
        Ok(cli) => return Ok(cli),
        Err(error) => error,
    };
    let code = u8::try_from(error.exit_code()).unwrap_or(2);
    if lang == Lang::En {
        // clap's own words, coloured as clap colours them.
        let _ = error.print();
        return Err(code);
    }
    // Nothing more can be said if the stream itself is gone.
    let _ = if error.use_stderr() {
        write!(std::io::stderr(), "{}", message(&error))
    } else {
        let rendered = error.render();
        let text = if std::io::stdout().is_terminal() {
            rendered.ansi().to_string()
        } else {
            rendered.to_string()
        };
        let text = clap_words(&text);
        let end = if text.ends_with('\n') { "" } else { "\n" };
        write!(std::io::stdout(), "{text}{end}")
    };
    Err(code)
}

/// lawrpt's command, its help in the run's language (set it first). clap's help flag and
/// `help` command are clap's: their help is replaced here.
pub fn command() -> Command {
    let mut command = Cli::command();
    command.build();
    if i18n::current() == Lang::En {
        return command;
    }
    localise(command)
}

fn localise(command: Command) -> Command {
    let flags = |command: Command| {
        let command = command.usage_heading_localised();
        let help = command
            .get_arguments()
            .find(|a| a.get_id() == "help")
            .map(|a| {
                let short = a.get_help().map(ToString::to_string);
                (short, a.get_long_help().is_some())
            });
        let command = match help {
            Some((short, has_long)) => {
                let text = match short.as_deref() {
                    Some("Print help (see more with '--help')") => tr!("cli-help-short"),
                    _ => tr!("cli-help"),
                };
                command.mut_arg("help", |a| {
                    let a = a.help(text.text);
                    if has_long {
                        a.long_help(tr!("cli-help-long").text)
                    } else {
                        a
                    }
                })
            }
            None => command,
        };
        if command.get_arguments().any(|a| a.get_id() == "version") {
            command.mut_arg("version", |a| a.help(tr!("cli-version").text))
        } else {
            command
        }
    };
    let mut command = flags(command);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| {
            let sub = flags(sub);
            if sub.get_name() == "help" {
                let positionals: Vec<String> = sub
                    .get_positionals()
                    .map(|a| a.get_id().to_string())
                    .collect();
                positionals
                    .into_iter()
                    .fold(sub.about(tr!("cli-help-about").text), |sub, id| {
                        sub.mut_arg(id, |a| a.help(tr!("cli-help-command").text))
                    })
            } else {
                sub
            }
        });
    }
    command
}

/// The usage heading, through the help template (clap writes `Usage:` itself).
trait UsageHeading {
    fn usage_heading_localised(self) -> Self;
}

impl UsageHeading for Command {
    fn usage_heading_localised(self) -> Command {
        let heading = tr!("clap-usage").text;
        self.help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{heading}{{usage}}\n\n{{all-args}}{{after-help}}"
        ))
    }
}

/// The words clap writes into help and usage itself, in the run's language.
fn clap_words(text: &str) -> String {
    let words = [
        ("Usage: ", tr!("clap-usage").text),
        ("Commands:", tr!("clap-commands").text),
        ("Arguments:", tr!("clap-arguments").text),
        ("Options:", tr!("clap-options").text),
        ("Possible values:", tr!("clap-possible-values").text),
        ("[OPTIONS]", tr!("clap-options-placeholder").text),
    ];
    let text = words
        .iter()
        .fold(text.to_string(), |text, (english, ours)| {
            text.replace(english, ours)
        });
    let brackets = [
        ("[default: ", tr!("clap-default").text),
        (
            "[possible values: ",
            tr!("clap-possible-values-inline").text,
        ),
        ("[aliases: ", tr!("clap-aliases").text),
    ];
    brackets.iter().fold(text, |text, (english, ours)| {
        bracketed(&text, english, ours, &tr!("clap-bracket-close").text)
    })
}

/// `text` with each `[name: …]` clap writes (`open` is `[name: `) opened by `ours` and closed
/// by `close`, the values between left as they are.
fn bracketed(text: &str, open: &str, ours: &str, close: &str) -> String {
    let mut done = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(open) {
        let after = &rest[at + open.len()..];
        let Some(end) = after.find(']') else { break };
        done.push_str(&rest[..at]);
        done.push_str(ours);
        done.push_str(&after[..end]);
        done.push_str(close);
        rest = &after[end + 1..];
    }
    done.push_str(rest);
    done
}

/// A usage error in the run's language: what is wrong, clap's tip if it has one, the usage,
/// and where to read more.
fn message(error: &clap::Error) -> String {
    let value = |kind: ContextKind| -> String {
        match error.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(s)) => s.join(tr!("clap-list-separator").text.as_str()),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::Number(n)) => n.to_string(),
            Some(ContextValue::Bool(b)) => b.to_string(),
            _ => String::new(),
        }
    };
    let argument = value(ContextKind::InvalidArg);
    let what = match error.kind() {
        ErrorKind::UnknownArgument => tr!("clap-unknown-argument", argument = argument),
        ErrorKind::InvalidSubcommand => tr!(
            "clap-unknown-command",
            command = value(ContextKind::InvalidSubcommand)
        ),
        // An option written last with nothing after it (`--out`).
        ErrorKind::InvalidValue if value(ContextKind::InvalidValue).is_empty() => {
            tr!("clap-value-required", argument = argument)
        }
        ErrorKind::InvalidValue if value(ContextKind::ValidValue).is_empty() => tr!(
            "clap-invalid-value-free",
            value = value(ContextKind::InvalidValue),
            argument = argument
        ),
        ErrorKind::InvalidValue => tr!(
            "clap-invalid-value",
            value = value(ContextKind::InvalidValue),
            argument = argument,
            valid = value(ContextKind::ValidValue)
        ),
        ErrorKind::MissingRequiredArgument => tr!("clap-missing-argument", argument = argument),
        ErrorKind::MissingSubcommand => tr!("clap-missing-command"),
        ErrorKind::ArgumentConflict => tr!(
            "clap-conflict",
            argument = argument,
            other = value(ContextKind::PriorArg)
        ),
        ErrorKind::NoEquals => tr!("clap-no-equals", argument = argument),
        ErrorKind::TooManyValues => tr!(
            "clap-too-many-values",
            value = value(ContextKind::InvalidValue),
            argument = argument
        ),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            tr!("clap-wrong-number-of-values", argument = argument)
        }
        _ => tr!("clap-other", detail = first_line(error)),
    };
    let mut text = format!("{}{}\n", tr!("clap-error").text, what.text);
    let suggested = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .map(value)
    .concat();
    let mut tips: Vec<String> = Vec::new();
    if !suggested.is_empty() {
        tips.push(tr!("clap-did-you-mean", name = suggested).text);
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        tips.extend(suggestions.iter().map(|tip| clap_tip(&tip.to_string())));
    }
    if !tips.is_empty() {
        text += "\n";
        for tip in tips {
            text += &format!("  {tip}\n");
        }
    }
    let usage = value(ContextKind::Usage);
    if !usage.is_empty() {
        text += &format!("\n{}\n", clap_words(&usage));
    }
    text + "\n" + &tr!("clap-more").text + "\n"
}

/// One of clap's tips in the run's language: the two clap 4 words ("to pass 'x' as a value,
/// use '-- x'"; "subcommand 'x' exists; to use it, remove the '--' before it") said from the
/// catalogue, any other quoted as clap wrote it.
fn clap_tip(tip: &str) -> String {
    let quoted = |text: &str| -> Option<(String, String)> {
        let (first, rest) = text.split_once("' as a value, use '")?;
        let first = first.strip_prefix("to pass '")?;
        let second = rest.strip_suffix('\'')?;
        Some((first.to_string(), second.to_string()))
    };
    if let Some((argument, written)) = quoted(tip) {
        return tr!("clap-tip-as-value", argument = argument, written = written).text;
    }
    if let Some(command) = tip
        .strip_prefix("subcommand '")
        .and_then(|rest| rest.strip_suffix("' exists; to use it, remove the '--' before it"))
    {
        return tr!("clap-tip-remove-dashes", command = command).text;
    }
    tr!("clap-tip", tip = tip).text
}

/// What clap says is wrong, without its `error: ` and the rest.
fn first_line(error: &clap::Error) -> String {
    let rendered = error.render().to_string();
    let line = rendered.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

/// The language of this run, from the raw arguments before clap reads them: `--lang`, then
/// `LAWRPT_LANG`, then `lang` in the project's lawrpt.toml (the project `--project` names,
/// or the nearest above the current folder), then the locale (`i18n::choose`). The
/// lawrpt.toml is read only when neither the flag nor the variable decides.
fn language(args: &[OsString]) -> Lang {
    let env = |name: &str| std::env::var(name).ok();
    let flag = option(args, "--lang");
    let decided = flag
        .as_deref()
        .and_then(Lang::from_tag)
        .or_else(|| env("LAWRPT_LANG").and_then(|v| Lang::from_tag(&v)));
    if let Some(lang) = decided {
        return lang;
    }
    let project = match option(args, "--project") {
        Some(dir) => Project::at(std::path::Path::new(&dir)).ok(),
        None => std::env::current_dir()
            .ok()
            .and_then(|cwd| Project::discover(&cwd).ok()),
    };
    let config = project
        .and_then(|p| p.read_config().ok().flatten())
        .and_then(Result::ok)
        .and_then(|file| choose::lang_in_config(&file.text));
    choose::choose(&choose::Sources {
        flag: None,
        env: &env,
        config: config.as_deref(),
    })
}

/// The first value of a long option in `args` (`--name value` or `--name=value`), before any
/// `--` that ends the options.
fn option(args: &[OsString], name: &str) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == name {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(value.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn an_option_is_found_in_either_spelling_and_not_after_a_double_dash() {
        let named = |list: &[&str]| option(&args(list), "--lang");
        assert_eq!(
            named(&["lawrpt", "--lang", "en", "rules"]).as_deref(),
            Some("en")
        );
        assert_eq!(
            named(&["lawrpt", "rules", "--lang=zh-Hans"]).as_deref(),
            Some("zh-Hans")
        );
        assert_eq!(named(&["lawrpt", "diff", "--", "--lang", "en"]), None);
        assert_eq!(named(&["lawrpt", "--language", "en"]), None);
        assert_eq!(named(&["lawrpt", "--lang"]), None);
    }
}
