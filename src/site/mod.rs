//! A run over many years: every selected year of every project named, in parallel, into a
//! static site per project (`out/<year>/…`, `out/index.html`), with the manifest that lets an
//! unchanged year be skipped, stale outputs reported or pruned, and `build --check` comparing
//! what a build would write with what is on disk.
//!
//! [`pipeline`] runs one year (load, check, render); [`manifest`] remembers what was built;
//! [`write`](mod@write) is the only place that writes into the output folder (atomically, never outside
//! it); [`sitemap`] names the file of each page in each script so links land. What a run
//! shares is read once (`setup`); at its end come relinks, stale files, comparison pages and
//! the index (`finish`).
//!
//! Years run on worker threads; their results are handled here, on one thread, in the order
//! of the years, so messages and files come out the same whatever the timing. A year's result
//! is printed and dropped as soon as its turn comes, so memory does not grow with the number
//! of years. Printing goes through `printer::Reporter`, never straight to a stream.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

use crate::error::Error;
use crate::load::project::Project;
use crate::printer::Reporter;
use crate::render::TemplateCache;
use crate::report::script::Script;
use crate::rules::diagnostic::Diagnostic;
use crate::tr;
use pipeline::{Mode, YearResult};
mod differences;
mod finish;
mod index;
pub mod lock;
pub mod manifest;
pub(crate) mod pairs;
pub mod pipeline;
mod relink;
mod result;
mod setup;
mod shown;
pub mod sitemap;
mod stale;
pub mod write;

pub use differences::Difference;
use finish::{ProjectRun, Slot, finish, shared};
use result::handle;
use setup::setup;
use shown::{project_root, shown, shown_in, shown_path, shown_prefix};

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
    /// `--docx`: write each report as a Word file too, whatever lawrpt.toml says.
    pub docx: bool,
    /// A preview (`lawrpt serve`): pages only, no PDF, whatever lawrpt.toml or `pdf` says,
    /// so that a save is on the page in a moment.
    pub preview: bool,
    /// Wait for another build writing the same output folder to finish (`false`: `--no-wait`,
    /// stop at once).
    pub wait: bool,
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
    /// The years whose pages this run wrote, in order.
    pub rebuilt: Vec<String>,
    /// Ctrl-C or SIGTERM stopped the run.
    pub interrupted: bool,
}

impl Summary {
    pub fn exit_code(&self) -> u8 {
        if self.interrupted {
            crate::interrupt::EXIT_CODE
        } else if self.fatal > 0 {
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
    let started = Instant::now();
    let mut summary = Summary::default();
    // Held to the end of the run: dropped, they release the output folders.
    let _locks = match lock_outputs(projects, request, reporter, cwd)? {
        Ok(locks) => locks,
        Err(error) => {
            match error {
                Error::Interrupted => summary.interrupted = true,
                _ => summary.fatal += 1,
            }
            reporter.fatal(&error)?;
            return Ok(summary);
        }
    };
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
        if crate::interrupt::requested() {
            return None;
        }
        let (project, year) = jobs.get(at)?;
        // A project's slot is emptied only after its last year was handled.
        let (setup, manifest) = shared(&slots[*project], request.mode)?;
        let started = Instant::now();
        let mut result = pipeline::run(&setup, &manifest, year, request.mode);
        result.took = started.elapsed();
        // Its comparison with the years around it, while the other workers go on.
        if let pipeline::Outcome::Built { entry, report, .. }
        | pipeline::Outcome::Rendered { entry, report, .. } = &result.outcome
        {
            let script = Script::from_lang(&entry.lang).unwrap_or(Script::Simplified);
            setup.ahead.built(&setup, year, script, report);
        }
        Some(result)
    };
    // Results are handled in the order of the jobs: the few that run ahead wait for their turn.
    let mut waiting: BTreeMap<usize, YearResult> = BTreeMap::new();
    let mut turn = 0;
    let mut consume = |at: usize, result: YearResult| -> io::Result<()> {
        waiting.insert(at, result);
        while let Some(result) = waiting.remove(&turn) {
            let project = jobs[turn].0;
            // Stopped by a signal: nothing more is written (a year already on disk is whole).
            if crate::interrupt::requested() {
                turn += 1;
                continue;
            }
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

    if crate::interrupt::requested() {
        summary.interrupted = true;
        reporter.fatal(&Error::Interrupted)?;
        reporter.finish()?;
        return Ok(summary);
    }
    let line = summary_line(&summary, request.mode);
    if jobs.len() > 1 || slots.len() > 1 {
        reporter.status(&line)?;
    }
    let took = tr!(
        "detail-run",
        years = jobs.len(),
        ms = crate::printer::milliseconds(started.elapsed()),
        threads = workers
    );
    reporter.detail(&took.text)?;
    reporter.finish()?;
    Ok(summary)
}

/// Locks the output folder of each project a build writes (`lock`), in the order of their
/// paths, so that two runs naming the same projects in another order cannot wait for each
/// other. `check`, `build --check` and a preview (whose folder is its own) take none.
fn lock_outputs(
    projects: &[Project],
    request: &Request,
    reporter: &mut Reporter,
    cwd: &Path,
) -> io::Result<Result<Vec<lock::Lock>, Error>> {
    if !matches!(request.mode, Mode::Build { .. }) || request.preview {
        return Ok(Ok(Vec::new()));
    }
    let mut outs: Vec<(PathBuf, PathBuf)> = projects
        .iter()
        .map(|project| {
            let out = setup::output_folder(project, request);
            (
                std::path::absolute(&out).unwrap_or_else(|_| out.clone()),
                out,
            )
        })
        .collect();
    outs.sort();
    outs.dedup_by(|a, b| a.0 == b.0);
    let mut locks = Vec::new();
    for (_, out) in outs {
        let shown = format!("{}/", shown_path(&out, cwd).trim_end_matches('/'));
        let waiting = || reporter.status(&tr!("build-waiting", out = shown.as_str()).text);
        match lock::lock(&out, request.wait, waiting) {
            Ok(lock::Held::Locked(lock)) => locks.push(lock),
            Ok(lock::Held::Unsupported(lock, error)) => {
                let detail = error.to_string();
                let text = tr!(
                    "lock-unsupported",
                    out = shown.as_str(),
                    detail = detail.as_str()
                );
                reporter.status(&text.text)?;
                locks.push(lock);
            }
            Err(Error::Locked { .. }) => {
                return Ok(Err(Error::Locked { out: shown.into() }));
            }
            Err(error) => return Ok(Err(error)),
        }
    }
    Ok(Ok(locks))
}

fn summary_line(summary: &Summary, mode: Mode) -> String {
    let failed = summary.failed + summary.fatal;
    let text = match mode {
        Mode::Check => tr!(
            "summary-checked",
            years = summary.checked + failed,
            failed = failed,
            warnings = summary.warnings
        ),
        Mode::Build { .. } => tr!(
            "summary-built",
            built = summary.built,
            unchanged = summary.unchanged,
            failed = failed,
            warnings = summary.warnings
        ),
        Mode::Verify => tr!("summary-differ", files = summary.differences),
    };
    text.text
}
