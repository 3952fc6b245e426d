//! `lawrpt completions SHELL` and `lawrpt man`: the command line described for the shell
//! (clap_complete) and for `man` (clap_mangen), from the same definition clap parses, in the
//! language of the run.

use std::io::Write;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The completion script for `shell`, for every subcommand, flag and value lawrpt takes.
pub fn completions(shell: Shell, out: &mut dyn Write) -> std::io::Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "lawrpt", &mut script);
    out.write_all(&script)
}

/// The manual page of lawrpt (`lawrpt(1)`, which lists the commands), or of one of its
/// commands (`lawrpt-build(1)`, as git names its commands' pages).
pub fn man(command: Option<&str>, out: &mut dyn Write) -> std::io::Result<()> {
    let lawrpt = Cli::command();
    let page = match command.and_then(|name| lawrpt.find_subcommand(name)) {
        Some(sub) => {
            // Titled lawrpt-build, its synopsis as typed: `lawrpt build …`.
            let typed = format!("lawrpt {}", sub.get_name());
            sub.clone()
                .name(format!("lawrpt-{}", sub.get_name()))
                .bin_name(typed)
        }
        None => lawrpt,
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .source(format!("lawrpt {}", env!("CARGO_PKG_VERSION")))
        .render(&mut roff)?;
    out.write_all(&roff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn man_takes_every_command_and_only_those() {
        let lawrpt = Cli::command();
        let commands: Vec<&str> = lawrpt.get_subcommands().map(|s| s.get_name()).collect();
        let man = lawrpt.find_subcommand("man").unwrap();
        let argument = man
            .get_arguments()
            .find(|a| a.get_id() == "command")
            .unwrap();
        let accepted: Vec<String> = argument
            .get_possible_values()
            .iter()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(accepted, commands);
    }
}
