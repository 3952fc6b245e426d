//! The command line, as clap reads it. Parsing only: `lib::run` acts on it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Compiles Chinese local governments' annual rule-of-law reports (法治政府建设情况报告)
/// from YAML into Markdown, HTML and plain text, and checks them against the regulation.
#[derive(Debug, Parser)]
#[command(name = "lawrpt", version, about, long_about = None)]
#[command(
    after_help = "Exit codes: 0 ok (warnings allowed), 1 a report, lawrpt.toml or template has errors, 2 lawrpt could not run (arguments, missing or unreadable files, output not writable)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// The project folder [default: the nearest folder upward holding reports/ or lawrpt.toml]
    #[arg(long, global = true, value_name = "DIR")]
    pub project: Option<PathBuf>,

    /// When to colour messages
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check reports/YEAR.yaml and render out/YEAR/report.{md,html,txt}
    Build(BuildArgs),
    /// Check reports/YEAR.yaml without writing anything
    Check(CheckArgs),
    /// List the rules lawrpt checks, with their default severity
    Rules,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The years to check, e.g. 2024
    #[arg(required = true, value_name = "YEAR")]
    pub years: Vec<String>,

    /// Treat warnings as errors (also `strict = true` in lawrpt.toml)
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub check: CheckArgs,

    /// The output folder [default: out/ in the project]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Colour when writing to a terminal and NO_COLOR is not set
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
