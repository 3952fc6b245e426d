//! The command line, as clap reads it. Parsing only: [`commands::run`](crate::commands::run)
//! acts on it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::printer::Format;
use crate::report::script::Script;

/// Compiles Chinese local governments' annual rule-of-law reports (法治政府建设情况报告)
/// from YAML into Markdown, HTML and plain text, and checks them against the regulation.
#[derive(Debug, Parser)]
#[command(name = "lawrpt", version, about, long_about = None)]
#[command(
    after_help = "Exit codes: 0 ok (warnings allowed), 1 a report, lawrpt.toml or template has errors (or --check found differences), 2 lawrpt could not run (arguments, missing or unreadable files, output not writable)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// The project folder; repeat it to work on several projects in one run
    /// [default: the nearest folder upward holding reports/ or lawrpt.toml]
    #[arg(long, global = true, value_name = "DIR")]
    pub project: Vec<PathBuf>,

    /// When to colour messages
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,

    /// The language of messages [default: LAWRPT_LANG, then `lang` in lawrpt.toml, then the
    /// locale (LC_ALL, LC_MESSAGES, LANG), else English]
    #[arg(long, global = true, value_name = "LANG", value_parser = ["zh-Hans", "zh-Hant", "en"])]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check reports/YEAR.yaml and render out/YEAR/report.{md,html,txt} and out/index.html
    Build(BuildArgs),
    /// Check reports/YEAR.yaml without writing anything
    Check(CheckArgs),
    /// Show what changed between two years' reports
    Diff(DiffArgs),
    /// Turn a published report (web text or a Word .docx file) into reports/YEAR.yaml
    Import(ImportArgs),
    /// Start reports/YEAR.yaml from an earlier year's structure, its text left to be written
    New(NewArgs),
    /// List the rules lawrpt checks, with their default severity
    Rules,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier report: a year of the project (2023) or a YAML file
    #[arg(value_name = "OLD")]
    pub old: String,

    /// The later report: a year of the project (2024) or a YAML file
    #[arg(value_name = "NEW")]
    pub new: String,

    /// How to show it
    #[arg(long, value_enum, default_value_t = DiffFormat::Terminal)]
    pub format: DiffFormat,

    /// Only a summary: parts, sections and points added, removed, changed; figures changed
    #[arg(long)]
    pub stat: bool,

    /// Exit 1 when the reports differ (as `git diff --exit-code`)
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The published report: text (UTF-8, GB18030 or UTF-16; one paragraph a line, or
    /// paragraphs between blank lines) or a Word .docx file
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,

    /// The year it reports on [default: the year in its title or first heading]
    #[arg(long, value_name = "YEAR")]
    pub year: Option<String>,

    /// The government or department that issued it [default: the issuer line at its end]
    #[arg(long, value_name = "NAME")]
    pub authority: Option<String>,

    /// Where to write the YAML, `-` for standard output [default: reports/YEAR.yaml in the
    /// project, or in the current folder when there is no project yet]
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<std::path::PathBuf>,

    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,

    /// Print only the summary line, not each note
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The year to start, e.g. 2025
    #[arg(value_name = "YEAR")]
    pub year: String,

    /// The year whose structure to carry over [default: the latest year before YEAR]
    #[arg(long, value_name = "YEAR")]
    pub from: Option<String>,

    /// Replace reports/YEAR.yaml if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For reading in a terminal (colour on a terminal only)
    Terminal,
    /// Markdown, for a review comment
    Md,
    /// One self-contained HTML page
    Html,
    /// JSON for other tools (schema: docs/diff.md)
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The years to work on, e.g. 2024
    #[arg(
        value_name = "YEAR",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub years: Vec<String>,

    /// Every year that has a reports/YEAR.yaml
    #[arg(long)]
    pub all: bool,

    /// Treat warnings as errors (also `strict = true` in lawrpt.toml)
    #[arg(long)]
    pub strict: bool,

    /// How to print diagnostics: for people, as one JSON document, or as GitHub Actions
    /// workflow commands that annotate the lines of a pull request
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Print only errors
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub check: CheckArgs,

    /// The output folder [default: out/ in the project]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Write nothing; exit 1 listing every file under the output folder that differs from
    /// what a build would write (missing, changed or stale)
    #[arg(long = "check", conflicts_with_all = ["force", "prune"])]
    pub verify: bool,

    /// Rebuild every year, even those whose inputs did not change
    #[arg(long)]
    pub force: bool,

    /// Remove the outputs of years whose reports/YEAR.yaml is gone, and variants no longer
    /// published
    #[arg(long)]
    pub prune: bool,

    /// The scripts to publish, overriding `scripts` in lawrpt.toml: each report in its own
    /// script, plus a converted variant (out/YEAR/report.zh-Hant.html, …) in any other named
    #[arg(long, value_enum, value_name = "SCRIPTS")]
    pub script: Option<ScriptChoice>,

    /// Also print each report page to PDF beside it (out/YEAR/report.pdf), A4 as the page's
    /// print stylesheet lays it out, with headless Chromium or Chrome (LAWRPT_BROWSER names
    /// one); also `pdf = true` in lawrpt.toml
    #[arg(long)]
    pub pdf: bool,
}

/// `--script`: which scripts a build publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScriptChoice {
    /// Simplified: a Traditional report gets a Simplified variant
    Hans,
    /// Traditional: a Simplified report gets a Traditional variant
    Hant,
    /// Both: every report gets a variant in the other script
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
    /// Colour when writing to a terminal and NO_COLOR is not set
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
