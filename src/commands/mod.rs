//! The subcommands, one module each: what it takes from the command line ([`cli`](crate::cli))
//! and which areas it calls. [`run`] dispatches; each command returns its exit code or a fatal
//! [`Error`], printed here, so every exit code is chosen in one place per command.
//!
//! Commands hold no stage logic of their own: reading a report is `load`, writing into `out/`
//! is `site`, printing is `printer`.

pub mod build;
pub mod diff;
pub mod import;
pub mod new;
pub mod rules;
pub mod schema;
pub mod serve;
pub mod shell;
mod start;

use std::io::{IsTerminal, Write};

use crate::cli::{Cli, Command};
use crate::error::Error;
use crate::printer::Human;

/// Runs the command line and returns the process's exit code: 0 ok, 1 the input has
/// errors (or `build --check` found differences), 2 lawrpt could not run. Messages go to
/// `err`; `out` carries the machine formats and listings.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let color = cli.color.enabled(std::io::stderr().is_terminal());
    match &cli.command {
        Command::Diff(args) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let result = diff::run(&cli, args, &cwd, color, out, err);
            exit_code(result, color, err)
        }
        Command::Import(args) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let result =
                import::import(args, &cli.project, &cwd, (color, cli.verbosity()), out, err);
            exit_code(result, color, err)
        }
        Command::New(args) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let result = new::new(args, &cli.project, &cwd, (color, cli.verbosity()), err);
            exit_code(result, color, err)
        }
        Command::Serve(args) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let result = serve::serve(args, &cli.project, &cwd, (color, cli.verbosity()), err);
            exit_code(result, color, err)
        }
        Command::Rules(args) => match rules::list(args.format, out) {
            Ok(()) => 0,
            Err(_) => 2,
        },
        Command::Schema(args) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let result = schema::schema(args, &cwd, out);
            exit_code(result, color, err)
        }
        Command::Completions(args) => match shell::completions(args.shell, out) {
            Ok(()) => 0,
            Err(_) => 2,
        },
        Command::Man(args) => match shell::man(args.command.as_deref(), out) {
            Ok(()) => 0,
            Err(_) => 2,
        },
        Command::Check(args) => build::check(&cli, args, color, out, err),
        Command::Build(args) => build::build(&cli, args, color, out, err),
    }
}

/// A command's exit code; a fatal error is printed first.
fn exit_code(result: Result<u8, Error>, color: bool, err: &mut dyn Write) -> u8 {
    match result {
        Ok(code) => code,
        Err(error) => {
            // Nothing more can be said if stderr itself is gone.
            let _ = Human::new(color).fatal(&error, err);
            error.exit_code()
        }
    }
}
