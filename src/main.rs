//! The `lawrpt` binary: parse the command line, run, exit with the code `lawrpt::commands::run` picks.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = lawrpt::cli::Cli::parse();
    ExitCode::from(lawrpt::commands::run(
        cli,
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    ))
}
