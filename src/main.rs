//! The `lawrpt` binary: parse the command line in its language, run, exit with the code
//! `lawrpt::commands::run` picks.

use std::process::ExitCode;

/// mimalloc in place of the system allocator: a build allocates many small strings and
/// vectors on several threads and frees them on others, where glibc's malloc spent a third
/// of the CPU and returned memory to the system only to fault it in again (README, Speed).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
