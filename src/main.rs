//! The `lawrpt` binary: parse the command line in its language, run, exit with the code
//! `lawrpt::commands::run` picks.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match lawrpt::cli::parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    ExitCode::from(lawrpt::commands::run(
        cli,
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    ))
}
