//! lawrpt: a year's rule-of-law report as YAML, checked against the regulation and rendered
//! to Markdown, HTML and plain text.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! reports/2024.yaml ─load─▶ Report ─check─▶ diagnostics ─view─▶ ReportView ─render─▶ out/2024/report.*
//! ```
//!
//! [`main`] drives it for the command line; the stages themselves do no I/O and print nothing.

pub mod check;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod error;
pub mod load;
pub mod markdown;
pub mod model;
pub mod numbering;
pub mod printer;
pub mod project;
pub mod render;
pub mod rules;
pub mod script;
pub mod view;
pub mod write;
pub mod yaml;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use cli::{Cli, Color, Command};
use config::Config;
use diagnostic::{Diagnostic, Tally};
use error::Error;
use printer::{Printer, Sources};
use project::Project;
use render::Templates;

/// Runs the command line and returns the process's exit code: 0 ok, 1 the input has
/// errors, 2 lawrpt could not run. Messages go to `err`; `out` is kept for machine output.
pub fn main(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    if let Command::Rules = cli.command {
        return match list_rules(out) {
            Ok(()) => 0,
            Err(_) => 2,
        };
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let project = match &cli.project {
        Some(dir) => Project::at(dir),
        None => Project::discover(&cwd),
    };
    let shown_root = project
        .as_ref()
        .map_or_else(|_| PathBuf::new(), |p| shown_root(&p.root, &cwd));
    let printer = Printer::new(color, shown_root);
    let result = project.and_then(|project| run(&cli, &project, &printer, err));
    match result {
        Ok(Outcome::Clean) => 0,
        Ok(Outcome::Failed) => 1,
        Err(error) => {
            // Nothing more can be said if stderr itself is gone.
            let _ = printer.fatal(&error, err);
            error.exit_code()
        }
    }
}

/// How a run ended when lawrpt could run at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every year passed (warnings allowed).
    Clean,
    /// Some year, lawrpt.toml or a template had errors; those years were not written.
    Failed,
}

/// The project root as the user should see it in paths: relative to where they stand when
/// they stand in or above it.
fn shown_root(root: &Path, cwd: &Path) -> PathBuf {
    root.strip_prefix(cwd)
        .map_or_else(|_| root.to_path_buf(), Path::to_path_buf)
}

fn run(
    cli: &Cli,
    project: &Project,
    printer: &Printer,
    err: &mut dyn Write,
) -> Result<Outcome, Error> {
    let io_err = |e: std::io::Error| Error::io("write to", "standard error", e);
    let mut sources = Sources::default();
    let (args, out_dir) = match &cli.command {
        // Answered in `main`, before any project is looked for.
        Command::Rules => return Ok(Outcome::Clean),
        Command::Check(args) => (args, None),
        Command::Build(build) => (
            &build.check,
            Some(
                build
                    .out
                    .clone()
                    .unwrap_or_else(|| project.root.join("out")),
            ),
        ),
    };
    for year in &args.years {
        if !project::is_year(year) {
            return Err(Error::NotAYear {
                argument: year.clone(),
            });
        }
    }
    let mut config = match load_config(project, &mut sources)? {
        Ok(config) => config,
        Err(problems) => {
            printer
                .diagnostics(&problems, &sources, err)
                .map_err(io_err)?;
            let line = format!(
                "{}: {}; no year was checked",
                project::CONFIG_FILE,
                Tally::of(&problems)
            );
            printer.status(&line, err).map_err(io_err)?;
            return Ok(Outcome::Failed);
        }
    };
    config.policy.strict |= args.strict;
    let templates = match &out_dir {
        Some(_) => match Templates::load(Some(project))? {
            Ok(templates) => Some(templates),
            Err(problems) => {
                add_template_sources(project, &mut sources);
                printer
                    .diagnostics(&problems, &sources, err)
                    .map_err(io_err)?;
                let line = format!("templates: {}; no year was built", Tally::of(&problems));
                printer.status(&line, err).map_err(io_err)?;
                return Ok(Outcome::Failed);
            }
        },
        None => None,
    };
    if let Some(templates) = &templates {
        for file in &templates.sources {
            sources.add(&file.path, &file.text);
        }
    }
    let mut outcome = Outcome::Clean;
    for year in &args.years {
        let result = year_pipeline(
            project,
            year,
            &config,
            templates.as_ref(),
            out_dir.as_deref(),
            &mut sources,
        )?;
        printer
            .diagnostics(&result.diagnostics, &sources, err)
            .map_err(io_err)?;
        let tally = Tally::of(&result.diagnostics);
        let line = match (&result.written, out_dir.as_deref()) {
            (_, Some(dir)) if tally.errors > 0 => format!(
                "{year}: not built ({tally}); {} left as it was",
                printer_path(printer, project, &dir.join(year))
            ),
            (_, None) if tally.errors > 0 => format!("{year}: {tally}"),
            (Some(files), _) => {
                let names: Vec<String> = files
                    .iter()
                    .map(|f| printer_path(printer, project, f))
                    .collect();
                format!("{year}: built {} ({tally})", names.join(", "))
            }
            (None, _) => format!("{year}: checked ({tally})"),
        };
        if tally.errors > 0 {
            outcome = Outcome::Failed;
        }
        printer.status(&line, err).map_err(io_err)?;
    }
    Ok(outcome)
}

/// An output path as the user should see it: under the project when it is, else as given.
fn printer_path(printer: &Printer, project: &Project, path: &Path) -> String {
    match path.strip_prefix(&project.root) {
        Ok(inside) => printer.shown(inside),
        Err(_) => path.display().to_string(),
    }
}

struct YearResult {
    diagnostics: Vec<Diagnostic>,
    /// The files written, when the year was built.
    written: Option<Vec<PathBuf>>,
}

/// One year through the stages: read, load, check, then (for build, and only without errors)
/// view, render and write.
fn year_pipeline(
    project: &Project,
    year: &str,
    config: &Config,
    templates: Option<&Templates>,
    out_dir: Option<&Path>,
    sources: &mut Sources,
) -> Result<YearResult, Error> {
    let file = match project.read_report(year)? {
        Ok(file) => file,
        Err(diagnostic) => {
            return Ok(YearResult {
                diagnostics: vec![diagnostic],
                written: None,
            });
        }
    };
    sources.add(&file.path, &file.text);
    let loaded = load::load(&file.text);
    let mut diagnostics = loaded.diagnostics;
    if let Some(report) = &loaded.report {
        let context = check::Context {
            source: &file.text,
            file_year: year.parse().ok(),
        };
        // One message per place: where loading found a problem, what the checks say about
        // the stand-in value there is an echo of it.
        let loaded_at: Vec<(usize, usize)> = diagnostics
            .iter()
            .map(|d| (d.span.line, d.span.col))
            .collect();
        diagnostics.extend(
            check::check(report, &context)
                .into_iter()
                .filter(|d| !loaded_at.contains(&(d.span.line, d.span.col))),
        );
    }
    let mut diagnostics = config.policy.apply(diagnostics);
    for d in &mut diagnostics {
        d.file.clone_from(&file.path);
    }
    diagnostics.sort_by_key(|d| (d.span.line, d.span.col));
    let failed = diagnostics.iter().any(Diagnostic::is_error);
    let (Some(report), Some(templates), Some(out_dir), false) =
        (loaded.report, templates, out_dir, failed)
    else {
        return Ok(YearResult {
            diagnostics,
            written: None,
        });
    };
    let view = view::build(&report, config.title.as_deref());
    let rendered = match templates.render(&view) {
        Ok(rendered) => rendered,
        Err(problem) => {
            diagnostics.push(problem);
            return Ok(YearResult {
                diagnostics,
                written: None,
            });
        }
    };
    let written = write::write_year(out_dir, year, &rendered)?;
    Ok(YearResult {
        diagnostics,
        written: Some(written),
    })
}

fn load_config(
    project: &Project,
    sources: &mut Sources,
) -> Result<Result<Config, Vec<Diagnostic>>, Error> {
    let Some(file) = project.read_config()? else {
        return Ok(Ok(Config::default()));
    };
    let file = match file {
        Ok(file) => file,
        Err(diagnostic) => return Ok(Err(vec![diagnostic])),
    };
    sources.add(&file.path, &file.text);
    Ok(config::parse(&file.text).map_err(|problems| {
        problems
            .into_iter()
            .map(|mut d| {
                d.file.clone_from(&file.path);
                d
            })
            .collect()
    }))
}

fn add_template_sources(project: &Project, sources: &mut Sources) {
    for output in render::OUTPUTS {
        if let Ok(Some(Ok(file))) = project.read_template(output.template) {
            sources.add(&file.path, &file.text);
        }
    }
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
