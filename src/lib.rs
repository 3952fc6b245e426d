//! lawrpt: a year's rule-of-law report as YAML, checked against the regulation and rendered
//! to Markdown, HTML and plain text.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! reports/2024.yaml ─load─▶ Report ─check─▶ diagnostics ─view─▶ ReportView ─render─▶ out/2024/report.*
//! ```
//!
//! (`variant` sits between view and render when a project publishes both scripts: the view
//! converted, rendered to `out/2024/report.zh-Hant.*`.)
//!
//! `pipeline` runs it for one year, `site` for every year of every project named (in
//! parallel, into a site with an index, skipping what did not change), and [`main`] for the
//! command line. The stages themselves do no I/O and print nothing.

pub mod check;
pub mod cli;
pub mod compare;
pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod draft;
pub mod error;
pub mod import;
pub mod load;
pub mod manifest;
pub mod markdown;
pub mod model;
pub mod numbering;
pub mod pdf;
pub mod pipeline;
pub mod printer;
pub mod project;
pub mod render;
pub mod rules;
pub mod script;
pub mod site;
pub mod sitemap;
pub mod skeleton;
pub mod start;
pub mod variant;
pub mod view;
pub mod write;
pub mod yaml;

use std::io::{IsTerminal, Write};
use std::path::Path;

use cli::{Cli, Command};
use error::Error;
use pipeline::Mode;
use printer::{Human, Reporter};
use project::Project;
use site::Request;

/// Runs the command line and returns the process's exit code: 0 ok, 1 the input has
/// errors (or `build --check` found differences), 2 lawrpt could not run. Messages go to
/// `err`; `out` carries the machine formats and listings.
pub fn main(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let color = cli.color.enabled(std::io::stderr().is_terminal());
    let (args, request) = match &cli.command {
        Command::Diff(args) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let result = compare::run(&cli, args, &cwd, color, out, err);
            return exit_code(result, color, err);
        }
        Command::Import(args) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let result = start::import(args, &cli.project, &cwd, color, out, err);
            return exit_code(result, color, err);
        }
        Command::New(args) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let result = start::new(args, &cli.project, &cwd, color, err);
            return exit_code(result, color, err);
        }
        Command::Rules => {
            return match list_rules(out) {
                Ok(()) => 0,
                Err(_) => 2,
            };
        }
        Command::Check(args) => (args, request(args, Mode::Check, None, false, None)),
        Command::Build(build) => {
            let mode = if build.verify {
                Mode::Verify
            } else {
                Mode::Build { force: build.force }
            };
            let request = request(
                &build.check,
                mode,
                build.out.clone(),
                build.prune,
                build.script.map(cli::ScriptChoice::scripts),
            );
            (
                &build.check,
                Request {
                    pdf: build.pdf,
                    ..request
                },
            )
        }
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let projects = match find_projects(&cli, &request, &cwd) {
        Ok(projects) => projects,
        Err(error) => {
            // Nothing more can be said if stderr itself is gone.
            let _ = Human::new(color).fatal(&error, err);
            return error.exit_code();
        }
    };
    let result = {
        let mut reporter = Reporter::new(args.format, args.quiet, color, &mut *out, &mut *err);
        site::run(&projects, &request, &mut reporter, &cwd)
    };
    match result {
        Ok(summary) => summary.exit_code(),
        Err(io_error) => {
            let error = Error::io("write to", "the terminal", io_error);
            let _ = Human::new(color).fatal(&error, err);
            error.exit_code()
        }
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

fn request(
    args: &cli::CheckArgs,
    mode: Mode,
    out: Option<std::path::PathBuf>,
    prune: bool,
    scripts: Option<Vec<script::Script>>,
) -> Request {
    Request {
        mode,
        years: (!args.all).then(|| args.years.clone()),
        strict: args.strict,
        prune,
        out,
        scripts,
        pdf: false,
    }
}

/// The projects named with `--project`, or the one around the current folder; refuses what
/// cannot be a year before anything is read.
fn find_projects(cli: &Cli, request: &Request, cwd: &Path) -> Result<Vec<Project>, Error> {
    for year in request.years.iter().flatten() {
        if !project::is_year(year) {
            return Err(Error::NotAYear {
                argument: year.clone(),
            });
        }
    }
    let projects = if cli.project.is_empty() {
        vec![Project::discover(cwd)?]
    } else {
        cli.project
            .iter()
            .map(|dir| Project::at(dir))
            .collect::<Result<Vec<_>, _>>()?
    };
    if request.out.is_some() && projects.len() > 1 {
        return Err(Error::OutWithSeveralProjects);
    }
    if let (Some(out), Some(project)) = (&request.out, projects.first())
        && request.mode != Mode::Check
    {
        write::check_output_folder(out, &cwd.join(out), &project.root)?;
    }
    Ok(projects)
}

fn list_rules(out: &mut dyn Write) -> std::io::Result<()> {
    for rule in rules::all() {
        let severity = format!("{:?}", rule.severity).to_lowercase();
        let fixed = if rule.fixed { " (fixed)" } else { "" };
        writeln!(
            out,
            "{:<20} {:<8}{fixed:<8} {}",
            rule.id, severity, rule.summary
        )?;
        if let Some(citation) = &rule.citation {
            writeln!(out, "{:<38}{citation}", "")?;
        }
    }
    Ok(())
}
