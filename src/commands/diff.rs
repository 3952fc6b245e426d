//! `lawrpt diff OLD NEW`: reads the two reports (years of the project, or YAML files), loads
//! them, compares them (`diff`) and prints the comparison in the format asked for. A report
//! that does not load is reported as `check` would and nothing is compared.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::cli::{Cli, DiffArgs, DiffFormat};
use crate::diff::{self, render};
use crate::error::Error;
use crate::load;
use crate::load::project::{self, Project, SourceFile};
use crate::printer::Human;
use crate::report::model::Report;
use crate::rules::diagnostic::Diagnostic;

/// Runs the command; the exit code is 1 for a report that does not load, or for changes
/// with `--exit-code`.
pub fn run(
    cli: &Cli,
    args: &DiffArgs,
    cwd: &Path,
    color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8, Error> {
    let io = |e: std::io::Error| Error::io("write-stdout", "", e);
    let mut reports = Vec::new();
    let mut failed = false;
    for side in [&args.old, &args.new] {
        let file = read(cli, side, cwd)?;
        let file = match file {
            Ok(file) => file,
            Err(diagnostic) => {
                Human::new(color)
                    .diagnostic(&diagnostic, None, err)
                    .map_err(io)?;
                failed = true;
                continue;
            }
        };
        let loaded = load::load(&file.text);
        let errors: Vec<Diagnostic> = loaded
            .diagnostics
            .into_iter()
            .filter(Diagnostic::is_error)
            .map(|mut d| {
                d.file.clone_from(&file.path);
                d
            })
            .collect();
        for d in &errors {
            Human::new(color)
                .diagnostic(d, Some(&file.text), err)
                .map_err(io)?;
        }
        match loaded.report {
            Some(report) if errors.is_empty() => reports.push(report),
            _ => failed = true,
        }
    }
    let [old, new]: [Report; 2] = match reports.try_into() {
        Ok(pair) if !failed => pair,
        _ => return Ok(1),
    };
    let diff = diff::diff(&old, &new);
    let text = if args.stat {
        render::stat(&diff)
    } else {
        match args.format {
            DiffFormat::Terminal => {
                render::terminal(&diff, cli.color.enabled(std::io::stdout().is_terminal()))
            }
            DiffFormat::Md => render::markdown(&diff),
            DiffFormat::Html => render::html(
                &diff,
                &format!("{} → {}", diff.old_year, diff.new_year),
                &render::Page::as_written(old.script(), new.script()),
            ),
            DiffFormat::Json => render::json(&diff),
        }
    };
    out.write_all(text.as_bytes()).map_err(io)?;
    Ok(u8::from(args.exit_code && diff.has_changes()))
}

/// A side of the comparison: a year of the project, or a file.
fn read(cli: &Cli, side: &str, cwd: &Path) -> Result<Result<SourceFile, Diagnostic>, Error> {
    if project::is_year(side) {
        let project = match cli.project.first() {
            Some(dir) => Project::at(dir)?,
            None => Project::discover(cwd)?,
        };
        project.read_report(side)
    } else {
        project::read_path(Path::new(side))
    }
}
