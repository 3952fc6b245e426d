//! A run over many years: every selected year of every project named, in parallel, into a
//! static site per project (`out/<year>/…`, `out/index.html`), with the manifest that lets an
//! unchanged year be skipped, stale outputs reported or pruned, and `build --check` comparing
//! what a build would write with what is on disk.
//!
//! Years run on worker threads; their results are handled here, on one thread, in the order
//! of the years, so messages and files come out the same whatever the timing. A year's result
//! is printed and dropped as soon as its turn comes, so memory does not grow with the number
//! of years.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use crate::config::{self, Config};
use crate::diagnostic::{Diagnostic, Tally};
use crate::error::Error;
use crate::manifest;
use crate::pdf::{self, Browser};
use crate::pipeline::{self, Mode, Outcome, Setup, YearResult};
use crate::printer::Reporter;
use crate::printer::json::YearRecord;
use crate::project::{self, Project, SourceFile};
use crate::render::{INDEX, OUTPUTS, TemplateCache, Templates};
use crate::script::Script;
mod finish;
mod index;
mod pairs;
mod relink;
mod stale;

pub use finish::Difference;
use finish::{ProjectRun, Slot, finish, shared};

/// What the command line asked for.
pub struct Request {
    pub mode: Mode,
    /// `None` for every year.
    pub years: Option<Vec<String>>,
    pub strict: bool,
    pub prune: bool,
    /// The output folder the user named, if any.
    pub out: Option<PathBuf>,
    /// `--script`: the scripts to publish, in place of lawrpt.toml's `scripts`.
    pub scripts: Option<Vec<Script>>,
    /// `--pdf`: print the report pages to PDF, whatever lawrpt.toml says.
    pub pdf: bool,
}

/// How the run went, for the exit code.
#[derive(Debug, Default)]
pub struct Summary {
    pub built: usize,
    pub unchanged: usize,
    pub checked: usize,
    pub failed: usize,
    pub fatal: usize,
    pub warnings: usize,
    /// Files `build --check` found missing, changed or stale.
    pub differences: usize,
}

impl Summary {
    pub fn exit_code(&self) -> u8 {
        if self.fatal > 0 {
            2
        } else if self.failed > 0 || self.differences > 0 {
            1
        } else {
            0
        }
    }
}

/// Runs the request over the projects.
pub fn run(
    projects: &[Project],
    request: &Request,
    reporter: &mut Reporter,
    cwd: &Path,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut setups = Vec::new();
    let mut templates = TemplateCache::new();
    for project in projects {
        match setup(project, request, &mut templates) {
            Ok(Ok(setup)) => setups.push(setup),
            Ok(Err((problems, sources, what))) => {
                summary.failed += 1;
                for file in &sources {
                    let in_file: Vec<Diagnostic> = problems
                        .iter()
                        .filter(|d| d.file == file.path)
                        .map(|d| shown_in(d, project, cwd))
                        .collect();
                    reporter.diagnostics(&in_file, Some(&file.text))?;
                }
                let unsourced: Vec<Diagnostic> = problems
                    .iter()
                    .filter(|d| !sources.iter().any(|s| s.path == d.file))
                    .map(|d| shown_in(d, project, cwd))
                    .collect();
                reporter.diagnostics(&unsourced, None)?;
                reporter.status(&format!("{}{what}", shown_prefix(project, cwd)))?;
            }
            Err(error) => {
                summary.fatal += 1;
                reporter.fatal(&error)?;
            }
        }
    }

    // The jobs: every selected year of every project that could be set up.
    let mut jobs: Vec<(usize, String)> = Vec::new();
    for (index, setup) in setups.iter().enumerate() {
        let years = match &request.years {
            None => setup.years.clone(),
            Some(years) => years.clone(),
        };
        for year in years {
            if setup.years.contains(&year) || request.years.is_none() {
                jobs.push((index, year));
            } else {
                summary.fatal += 1;
                reporter.fatal(&Error::NoReport {
                    path: shown(
                        project_root(&setup.project, cwd),
                        &Project::report_path(&year),
                    ),
                    year,
                    available: setup.years.clone(),
                })?;
            }
        }
    }
    // What the workers share of each project while its years run; released once the
    // project is finished, so memory holds the projects in flight, not all of them.
    let mut last_job: Vec<Option<usize>> = vec![None; setups.len()];
    for (at, (project, _)) in jobs.iter().enumerate() {
        last_job[*project] = Some(at);
    }
    let slots: Vec<Mutex<Slot>> = setups
        .into_iter()
        .map(|setup| Mutex::new(Slot::Waiting(Arc::new(setup))))
        .collect();
    let mut runs: Vec<ProjectRun> = (0..slots.len()).map(|_| ProjectRun::default()).collect();
    // Projects with no year to run are finished first (their index, their stale outputs).
    for (project, last) in last_job.iter().enumerate() {
        if last.is_none() {
            finish(
                &slots[project],
                &mut runs[project],
                request,
                &mut summary,
                reporter,
                cwd,
            )?;
        }
    }

    reporter.start_progress(jobs.len());
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len())
        .max(1);
    // One year of the list, on whichever thread takes it.
    let run_job = |at: usize| -> Option<YearResult> {
        let (project, year) = jobs.get(at)?;
        // A project's slot is emptied only after its last year was handled.
        let (setup, manifest) = shared(&slots[*project], request.mode)?;
        Some(pipeline::run(&setup, &manifest, year, request.mode))
    };
    // Results are handled in the order of the jobs: the few that run ahead wait for their turn.
    let mut waiting: BTreeMap<usize, YearResult> = BTreeMap::new();
    let mut turn = 0;
    let mut consume = |at: usize, result: YearResult| -> io::Result<()> {
        waiting.insert(at, result);
        while let Some(result) = waiting.remove(&turn) {
            let project = jobs[turn].0;
            if let Some((setup, _)) = shared(&slots[project], request.mode) {
                handle(
                    &setup,
                    result,
                    &mut runs[project],
                    &mut summary,
                    reporter,
                    cwd,
                )?;
            }
            if last_job[project] == Some(turn) {
                finish(
                    &slots[project],
                    &mut runs[project],
                    request,
                    &mut summary,
                    reporter,
                    cwd,
                )?;
            }
            turn += 1;
        }
        Ok(())
    };
    if workers == 1 {
        // One year, or one CPU: no thread to start.
        for at in 0..jobs.len() {
            if let Some(result) = run_job(at) {
                consume(at, result)?;
            }
        }
    } else {
        let next = AtomicUsize::new(0);
        // Bounded: workers that run ahead of the results being handled wait, so memory holds a
        // few years in flight, not every year built while a project's pages were compared.
        let (sender, receiver) = mpsc::sync_channel::<(usize, YearResult)>(workers * 8);
        let count = jobs.len();
        let handled: io::Result<()> = std::thread::scope(|scope| {
            for _ in 0..workers {
                let (sender, next, run_job) = (sender.clone(), &next, &run_job);
                scope.spawn(move || {
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        if at >= count {
                            break;
                        }
                        let Some(result) = run_job(at) else {
                            continue;
                        };
                        if sender.send((at, result)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(sender);
            for (at, result) in receiver {
                consume(at, result)?;
            }
            Ok(())
        });
        handled?;
    }

    let line = summary_line(&summary, request.mode);
    if jobs.len() > 1 || slots.len() > 1 {
        reporter.status(&line)?;
    }
    reporter.finish()?;
    Ok(summary)
}

/// A project whose lawrpt.toml or templates have errors: the problems, the files they are
/// in, and a line saying what is skipped.
type Unusable = (Vec<Diagnostic>, Vec<SourceFile>, String);

/// Loads what every year of a project needs. `Ok(Err(..))`: lawrpt.toml or a template has
/// errors.
fn setup(
    project: &Project,
    request: &Request,
    cache: &mut TemplateCache,
) -> Result<Result<Setup, Unusable>, Error> {
    let mut sources = Vec::new();
    let mut config = match project.read_config()? {
        None => Config::default(),
        Some(Err(diagnostic)) => {
            return Ok(Err((
                vec![diagnostic],
                sources,
                format!(
                    "{}: cannot be read; no year was checked",
                    project::CONFIG_FILE
                ),
            )));
        }
        Some(Ok(file)) => {
            let parsed = config::parse(&file.text);
            let path = file.path.clone();
            sources.push(file);
            match parsed {
                Ok(config) => config,
                Err(mut problems) => {
                    for d in &mut problems {
                        d.file.clone_from(&path);
                    }
                    let tally = Tally::of(&problems);
                    return Ok(Err((
                        problems,
                        sources,
                        format!("{}: {tally}; no year was checked", project::CONFIG_FILE),
                    )));
                }
            }
        }
    };
    config.policy.strict |= request.strict;
    if let Some(scripts) = &request.scripts {
        config.scripts.clone_from(scripts);
    }
    config.pdf |= request.pdf;
    // A build that prints needs its browser; one that is missing stops the project before
    // any year is written. `--check` reads the PDFs' stamps and prints nothing.
    let browser = match request.mode {
        Mode::Build { .. } if config.pdf => Some(Browser::find()?),
        _ => None,
    };
    let templates = match request.mode {
        Mode::Check => None,
        _ => match Templates::load(Some(project), cache)? {
            Ok(templates) => Some(templates),
            Err(problems) => {
                for output in OUTPUTS.into_iter().chain([INDEX]) {
                    if let Ok(Some(Ok(file))) = project.read_template(output.template) {
                        sources.push(file);
                    }
                }
                let tally = Tally::of(&problems);
                return Ok(Err((
                    problems,
                    sources,
                    format!("templates: {tally}; no year was built"),
                )));
            }
        },
    };
    if let Some(templates) = &templates {
        sources.extend(templates.sources.iter().cloned());
    }
    let config_text = sources
        .iter()
        .find(|s| s.path == Path::new(project::CONFIG_FILE))
        .map_or("", |s| s.text.as_str());
    let fingerprint = manifest::hash(&[
        env!("CARGO_PKG_VERSION").as_bytes(),
        env!("LAWRPT_BUILD_ID").as_bytes(),
        config_text.as_bytes(),
        templates
            .as_ref()
            .map_or("", |t| t.fingerprint.as_str())
            .as_bytes(),
        if config.policy.strict { b"strict" } else { b"" },
        // `--script` overrides lawrpt.toml: what is published is an input of its own.
        config
            .scripts
            .iter()
            .map(|s| s.lang())
            .collect::<Vec<_>>()
            .join(",")
            .as_bytes(),
        if config.pdf { b"pdf" } else { b"" },
    ]);
    let out = request
        .out
        .clone()
        .unwrap_or_else(|| project.root.join("out"));
    if browser.is_some() {
        pdf::sweep(&out);
    }
    Ok(Ok(Setup {
        browser,
        guesses: Default::default(),
        years: project.years(),
        project: project.clone(),
        config,
        templates,
        out,
        sources,
        fingerprint,
    }))
}

fn handle(
    setup: &Setup,
    result: YearResult,
    run: &mut ProjectRun,
    summary: &mut Summary,
    reporter: &mut Reporter,
    cwd: &Path,
) -> io::Result<()> {
    let project = &setup.project;
    let year = result.year.as_str();
    reporter.tick(year);
    // Most diagnostics are in the report; a render error is in a template of the project's.
    let (in_report, elsewhere): (Vec<&Diagnostic>, Vec<&Diagnostic>) = result
        .diagnostics
        .iter()
        .partition(|d| d.file == result.file);
    let in_report: Vec<Diagnostic> = in_report
        .iter()
        .map(|d| shown_in(d, project, cwd))
        .collect();
    reporter.diagnostics(&in_report, result.source.as_deref())?;
    for d in elsewhere {
        let source = setup
            .sources
            .iter()
            .find(|s| s.path == d.file)
            .map(|s| s.text.as_str());
        reporter.diagnostics(&[shown_in(d, project, cwd)], source)?;
    }
    let tally = Tally::of(&result.diagnostics);
    let file = shown(project_root(project, cwd), &result.file);
    let mut record = YearRecord {
        project: match project_root(project, cwd) {
            root if root.as_os_str().is_empty() => ".".to_string(),
            root => root.display().to_string(),
        },
        year: year.to_string(),
        file: file.to_string_lossy().replace('\\', "/"),
        status: "ok",
        errors: tally.errors,
        warnings: tally.warnings,
        error: None,
    };
    let year_dir = shown_path(&setup.out.join(year), cwd);
    let prefix = shown_prefix(project, cwd);
    let line = match result.outcome {
        Outcome::Checked => {
            summary.checked += 1;
            summary.warnings += tally.warnings;
            Some(format!("{prefix}{year}: checked ({tally})"))
        }
        Outcome::Built {
            files,
            entry,
            report,
        } => {
            run.reports.insert(year.to_string(), *report);
            summary.built += 1;
            summary.warnings += tally.warnings;
            run.updates.insert(year.to_string(), *entry);
            let names: Vec<String> = files.iter().map(|f| shown_path(f, cwd)).collect();
            Some(format!(
                "{prefix}{year}: built {} ({tally})",
                names.join(", ")
            ))
        }
        Outcome::Unchanged { entry } => {
            summary.unchanged += 1;
            record.status = "unchanged";
            record.warnings = entry.warnings;
            summary.warnings += entry.warnings;
            run.updates.insert(year.to_string(), *entry);
            None
        }
        Outcome::Rendered {
            files,
            unprinted,
            entry,
            report,
        } => {
            run.reports.insert(year.to_string(), *report);
            summary.checked += 1;
            summary.warnings += tally.warnings;
            let dir = setup.out.join(year);
            finish::compare_year(&dir, &files, &unprinted, &mut run.differences);
            run.updates.insert(year.to_string(), *entry);
            None
        }
        Outcome::Failed => {
            summary.failed += 1;
            record.status = "failed";
            Some(match setup.templates {
                Some(_) => {
                    format!("{prefix}{year}: not built ({tally}); {year_dir} left as it was")
                }
                None => format!("{prefix}{year}: {tally}"),
            })
        }
        Outcome::Fatal(error) => {
            summary.fatal += 1;
            record.status = "fatal";
            record.error = Some(error.to_string());
            reporter.fatal(&error)?;
            None
        }
    };
    reporter.year(record);
    if let Some(line) = line {
        reporter.status(&line)?;
    }
    Ok(())
}

fn summary_line(summary: &Summary, mode: Mode) -> String {
    let tally = Tally {
        errors: 0,
        warnings: summary.warnings,
    };
    let warnings = tally.to_string();
    let warnings = warnings.trim_start_matches("0 errors, ");
    match mode {
        Mode::Check => format!(
            "checked {} years: {} failed ({warnings})",
            summary.checked + summary.failed + summary.fatal,
            summary.failed + summary.fatal
        ),
        Mode::Build { .. } => format!(
            "{} built, {} unchanged, {} failed ({warnings})",
            summary.built,
            summary.unchanged,
            summary.failed + summary.fatal
        ),
        Mode::Verify => format!(
            "{} files differ from what a build would write",
            summary.differences
        ),
    }
}

/// A diagnostic with its file shown as the user should see it.
fn shown_in(d: &Diagnostic, project: &Project, cwd: &Path) -> Diagnostic {
    let mut d = d.clone();
    d.file = shown(project_root(project, cwd), &d.file);
    d
}

/// The project root as the user should see it: relative to where they stand when they stand
/// in or above it.
fn project_root(project: &Project, cwd: &Path) -> PathBuf {
    project
        .root
        .strip_prefix(cwd)
        .map_or_else(|_| project.root.clone(), Path::to_path_buf)
}

fn shown(root: PathBuf, relative: &Path) -> PathBuf {
    if root.as_os_str().is_empty() {
        relative.to_path_buf()
    } else {
        root.join(relative)
    }
}

fn shown_path(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

/// Nothing for the project the user stands in; its folder otherwise, to tell projects apart.
fn shown_prefix(project: &Project, cwd: &Path) -> String {
    let root = project_root(project, cwd);
    if root.as_os_str().is_empty() {
        String::new()
    } else {
        format!("{}: ", root.display())
    }
}
