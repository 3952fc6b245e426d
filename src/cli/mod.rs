//! The command line, as clap reads it. Parsing only: [`commands::run`](crate::commands::run)
//! acts on it.
//!
//! Every text of `--help` (each command's summary, each flag's help, its value's name) comes
//! from the message catalogue when clap builds the command, so the language must be set
//! before [`Cli::command`](clap::CommandFactory::command) runs: [`parse`] does both, and puts
//! the words clap writes itself (`Usage:`, `Options:`, its errors) into the same language.

mod localise;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use localise::parse;

use crate::printer::{Format, Verbosity};
use crate::report::script::Script;
use crate::tr;

#[derive(Debug, Parser)]
#[command(
    name = "lawrpt",
    version,
    about = tr!("cli-about").text,
    after_help = tr!("cli-after-help").text,
    subcommand_value_name = tr!("cli-value-command").text,
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    // The options every command takes come after each command's own, in this order.
    #[arg(long, global = true, display_order = 900, value_name = tr!("cli-value-dir").text, help = tr!("cli-project").text)]
    pub project: Vec<PathBuf>,

    #[arg(long, global = true, display_order = 901, value_enum, default_value_t = Color::Auto, value_name = tr!("cli-value-color").text, help = tr!("cli-color").text)]
    pub color: Color,

    #[arg(
        long,
        global = true,
        display_order = 902,
        value_name = tr!("cli-value-lang").text,
        value_parser = ["zh-Hans", "zh-Hant", "en"],
        help = tr!("cli-lang").text
    )]
    pub lang: Option<String>,

    #[arg(long, short, global = true, display_order = 903, conflicts_with = "verbose", help = tr!("cli-quiet").text)]
    pub quiet: bool,

    #[arg(long, short, global = true, display_order = 904, help = tr!("cli-verbose").text)]
    pub verbose: bool,
}

impl Cli {
    /// What `-q` and `-v` ask for, the same for every command.
    pub fn verbosity(&self) -> Verbosity {
        match (self.quiet, self.verbose) {
            (true, _) => Verbosity::Quiet,
            (_, true) => Verbosity::Verbose,
            _ => Verbosity::Normal,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = tr!("cli-build-about").text)]
    Build(BuildArgs),
    #[command(about = tr!("cli-check-about").text)]
    Check(CheckArgs),
    #[command(about = tr!("cli-diff-about").text)]
    Diff(DiffArgs),
    #[command(about = tr!("cli-import-about").text)]
    Import(ImportArgs),
    #[command(about = tr!("cli-new-about").text)]
    New(NewArgs),
    #[command(about = tr!("cli-rules-about").text)]
    Rules(RulesArgs),
    #[command(about = tr!("cli-schema-about").text)]
    Schema(SchemaArgs),
    #[command(about = tr!("cli-serve-about").text)]
    Serve(ServeArgs),
    #[command(about = tr!("cli-completions-about").text)]
    Completions(CompletionsArgs),
    #[command(about = tr!("cli-man-about").text)]
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct ManArgs {
    #[arg(
        value_name = tr!("cli-value-command").text,
        value_parser = ["build", "check", "diff", "import", "new", "rules", "schema", "serve", "completions", "man"],
        help = tr!("cli-man-command").text
    )]
    pub command: Option<String>,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    #[arg(long, short, value_name = tr!("cli-value-file").text, help = tr!("cli-schema-output").text)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum, value_name = tr!("cli-value-shell").text, help = tr!("cli-completions-shell").text)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[arg(value_name = tr!("cli-value-year").text, help = tr!("cli-serve-year").text)]
    pub year: Option<String>,

    #[arg(long, short, value_name = tr!("cli-value-port").text, help = tr!("cli-serve-port").text)]
    pub port: Option<u16>,

    #[arg(long, value_name = tr!("cli-value-address").text, default_value = "127.0.0.1", hide_default_value = true, help = tr!("cli-serve-bind").text)]
    pub bind: std::net::IpAddr,

    #[arg(long, help = tr!("cli-serve-open").text)]
    pub open: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[arg(value_name = tr!("cli-value-old").text, help = tr!("cli-diff-old").text)]
    pub old: String,

    #[arg(value_name = tr!("cli-value-new").text, help = tr!("cli-diff-new").text)]
    pub new: String,

    #[arg(long, value_enum, default_value_t = DiffFormat::Terminal, value_name = tr!("cli-value-format").text, help = tr!("cli-diff-format").text)]
    pub format: DiffFormat,

    #[arg(long, help = tr!("cli-diff-stat").text)]
    pub stat: bool,

    #[arg(long, help = tr!("cli-diff-exit-code").text)]
    pub exit_code: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(value_name = tr!("cli-value-file").text, help = tr!("cli-import-file").text)]
    pub file: std::path::PathBuf,

    #[arg(long, value_name = tr!("cli-value-year").text, help = tr!("cli-import-year").text)]
    pub year: Option<String>,

    #[arg(long, value_name = tr!("cli-value-name").text, help = tr!("cli-import-authority").text)]
    pub authority: Option<String>,

    #[arg(long, short, value_name = tr!("cli-value-path").text, help = tr!("cli-import-output").text)]
    pub output: Option<std::path::PathBuf>,

    #[arg(long, help = tr!("cli-import-force").text)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    #[arg(value_name = tr!("cli-value-year").text, help = tr!("cli-new-year").text)]
    pub year: String,

    #[arg(long, value_name = tr!("cli-value-year").text, help = tr!("cli-new-from").text)]
    pub from: Option<String>,

    #[arg(long, help = tr!("cli-new-force").text)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t = RulesFormat::Human, value_name = tr!("cli-value-format").text, help = tr!("cli-rules-format").text)]
    pub format: RulesFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    #[value(help = tr!("cli-rules-format-human").text)]
    Human,
    #[value(help = tr!("cli-rules-format-json").text)]
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    #[value(help = tr!("cli-diff-format-terminal").text)]
    Terminal,
    #[value(help = tr!("cli-diff-format-md").text)]
    Md,
    #[value(help = tr!("cli-diff-format-html").text)]
    Html,
    #[value(help = tr!("cli-diff-format-json").text)]
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(
        value_name = tr!("cli-value-year").text,
        required_unless_present = "all",
        conflicts_with = "all",
        help = tr!("cli-years").text
    )]
    pub years: Vec<String>,

    #[arg(long, help = tr!("cli-all").text)]
    pub all: bool,

    #[arg(long, help = tr!("cli-strict").text)]
    pub strict: bool,

    #[arg(long, value_enum, default_value_t = Format::Human, value_name = tr!("cli-value-format").text, help = tr!("cli-format").text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub check: CheckArgs,

    #[arg(long, value_name = tr!("cli-value-dir").text, help = tr!("cli-build-out").text)]
    pub out: Option<PathBuf>,

    #[arg(long = "check", conflicts_with_all = ["force", "prune"], help = tr!("cli-build-check").text)]
    pub verify: bool,

    #[arg(long, help = tr!("cli-build-force").text)]
    pub force: bool,

    #[arg(long, help = tr!("cli-build-prune").text)]
    pub prune: bool,

    #[arg(long, value_enum, value_name = tr!("cli-value-scripts").text, help = tr!("cli-build-script").text)]
    pub script: Option<ScriptChoice>,

    #[arg(long, help = tr!("cli-build-pdf").text)]
    pub pdf: bool,

    #[arg(long, help = tr!("cli-build-docx").text)]
    pub docx: bool,

    #[arg(long, conflicts_with = "verify", help = tr!("cli-build-no-wait").text)]
    pub no_wait: bool,
}

/// `--script`: which scripts a build publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScriptChoice {
    #[value(help = tr!("cli-script-hans").text)]
    Hans,
    #[value(help = tr!("cli-script-hant").text)]
    Hant,
    #[value(help = tr!("cli-script-both").text)]
    Both,
}

impl ScriptChoice {
    pub fn scripts(self) -> Vec<Script> {
        match self {
            ScriptChoice::Hans => vec![Script::Simplified],
            ScriptChoice::Hant => vec![Script::Traditional],
            ScriptChoice::Both => Script::ALL.to_vec(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    #[value(help = tr!("cli-color-auto").text)]
    Auto,
    Always,
    Never,
}

impl Color {
    /// Whether to colour what goes to a stream that is (or is not) a terminal: `auto` colours
    /// a terminal unless NO_COLOR is set to something (no-color.org).
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn years_or_all_but_not_both() {
        assert!(Cli::try_parse_from(["lawrpt", "check"]).is_err());
        assert!(Cli::try_parse_from(["lawrpt", "check", "--all"]).is_ok());
        assert!(Cli::try_parse_from(["lawrpt", "check", "2024", "--all"]).is_err());
        assert!(Cli::try_parse_from(["lawrpt", "build", "--all", "--check", "--prune"]).is_err());
        assert!(Cli::try_parse_from(["lawrpt", "build", "--all", "--script", "both"]).is_ok());
        assert!(Cli::try_parse_from(["lawrpt", "build", "--all", "--script", "tw"]).is_err());
    }
}
