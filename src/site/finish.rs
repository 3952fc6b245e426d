//! The end of a project's run: stale outputs reported or pruned, the index written, the
//! manifest saved, and for `build --check` the listing of what differs. Also the slot through
//! which the workers share a project while its years run, released here.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::{Request, Summary, shown_in, shown_path, shown_prefix};
use crate::diff;
use crate::load;
use crate::manifest;
use crate::manifest::{Entry, Manifest};
use crate::model::Date;
use crate::model::Report;
use crate::pipeline::{Mode, Setup};
use crate::printer::Reporter;
use crate::project::{self, Project};
use crate::render::{INDEX, OUTPUTS};
use crate::script::Script;
use crate::variant;
use crate::view::{self, DateView, VariantLink, YearLink};
use crate::write;

/// A file that differs from what a build would write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    Missing,
    Changed,
    Stale,
}

/// A project's setup and the manifest it had, as the workers share them.
pub(super) type Shared = (Arc<Setup>, Arc<Manifest>);

/// A project through the run: set up, then (from its first year on) with its manifest
/// loaded, then finished and released.
pub(super) enum Slot {
    Waiting(Arc<Setup>),
    Running(Shared),
    Done,
}

/// What the workers share of a project, its manifest loaded on first use; `None` once the
/// project is finished.
pub(super) fn shared(slot: &Mutex<Slot>, mode: Mode) -> Option<Shared> {
    let mut slot = slot.lock().ok()?;
    if let Slot::Waiting(setup) = &*slot {
        let manifest = match mode {
            Mode::Check => Manifest::new(),
            _ => Manifest::load(&setup.out),
        };
        *slot = Slot::Running((Arc::clone(setup), Arc::new(manifest)));
    }
    match &*slot {
        Slot::Running(shared) => Some(shared.clone()),
        _ => None,
    }
}

/// What the run found of a project so far: the manifest entries of the years it built (or
/// found unchanged), and the differences `build --check` has found.
#[derive(Default)]
pub(super) struct ProjectRun {
    pub(super) updates: BTreeMap<String, Entry>,
    /// The reports built in this run, so their comparison pages need not parse them again.
    pub(super) reports: BTreeMap<String, Report>,
    pub(super) differences: Vec<(PathBuf, Difference)>,
}

/// Finishes a project (stale outputs, index, manifest; `--check`'s listing) and releases
/// what the workers shared of it.
pub(super) fn finish(
    slot: &Mutex<Slot>,
    run: &mut ProjectRun,
    request: &Request,
    summary: &mut Summary,
    reporter: &mut Reporter,
    cwd: &Path,
) -> io::Result<()> {
    let Some((setup, before)) = shared(slot, request.mode) else {
        return Ok(());
    };
    if let Ok(mut slot) = slot.lock() {
        *slot = Slot::Done;
    }
    let run = std::mem::take(run);
    let mut differences = run.differences;
    let mut manifest = (*before).clone();
    manifest.years.extend(run.updates);
    finish_project(
        &setup,
        request,
        &mut manifest,
        &before,
        &run.reports,
        &mut differences,
        summary,
        reporter,
        cwd,
    )?;
    if request.mode == Mode::Verify {
        report_differences(&differences, cwd, reporter)?;
    }
    Ok(())
}

/// After a project's years: stale outputs, the index, the manifest; for `--check`, the files
/// a build would not write.
#[allow(clippy::too_many_arguments)]
fn finish_project(
    setup: &Setup,
    request: &Request,
    manifest: &mut Manifest,
    before: &Manifest,
    reports: &BTreeMap<String, Report>,
    differences: &mut Vec<(PathBuf, Difference)>,
    summary: &mut Summary,
    reporter: &mut Reporter,
    cwd: &Path,
) -> io::Result<()> {
    if request.mode == Mode::Check {
        return Ok(());
    }
    let current: BTreeSet<&str> = setup.years.iter().map(String::as_str).collect();
    let stale = stale_years(&setup.out, manifest, &current);
    let prefix = shown_prefix(&setup.project, cwd);
    for year in &stale {
        let dir = shown_path(&setup.out.join(year), cwd);
        if request.prune {
            let files = every_output_name();
            let files: Vec<&str> = files.iter().map(String::as_str).collect();
            match write::remove_year(&setup.out, year, &files) {
                Ok(()) => reporter.status(&format!(
                    "{prefix}{year}: removed {dir} (reports/{year}.yaml is gone)"
                ))?,
                Err(error) => {
                    summary.fatal += 1;
                    reporter.fatal(&error)?;
                }
            }
            manifest.years.remove(year);
        } else if request.mode != Mode::Verify {
            reporter.status(&format!("{prefix}{year}: {dir} is stale: reports/{year}.yaml is gone (remove it with --prune)"))?;
        }
    }
    // Variants of a year that a build no longer writes (the project stopped publishing that
    // script): looked for in the years built now, or in every year when pruning.
    if request.mode != Mode::Verify {
        let years = current
            .iter()
            .copied()
            .filter(|year| request.prune || manifest.years.get(*year) != before.years.get(*year));
        for path in stale_variants(&setup.out, years, manifest) {
            let shown = shown_path(&path, cwd);
            if request.prune {
                match fs::remove_file(&path) {
                    Ok(()) => reporter.status(&format!(
                        "{prefix}removed {shown} (its script is no longer published)"
                    ))?,
                    Err(error) => {
                        summary.fatal += 1;
                        reporter.fatal(&crate::error::Error::io("remove", &path, error))?;
                    }
                }
            } else {
                reporter.status(&format!("{prefix}{shown} is stale: its script is no longer published (remove it with --prune)"))?;
            }
        }
    }
    // Nothing changed since the last build: the index on disk is the one it wrote (and a
    // thousand-project rebuild stays a matter of file dates).
    let unchanged = manifest == before && stale.is_empty() && !request.prune;
    if request.mode != Mode::Verify && unchanged && setup.out.join(INDEX.file).is_file() {
        return Ok(());
    }
    // The index lists what is built of the years that still have a report, in the script of
    // the newest.
    let built: Vec<(&String, &Entry)> = manifest
        .years
        .iter()
        .filter(|(year, _)| current.contains(year.as_str()))
        .collect();
    let lang = match built.last() {
        Some((_, entry)) if entry.lang == "zh-Hant" => "zh-Hant",
        _ => "zh-Hans",
    };
    let pairs = diff_pairs(&built);
    let mut links: Vec<YearLink> = built
        .iter()
        .map(|(year, entry)| year_link(year, entry))
        .collect();
    for link in &mut links {
        link.diff = pairs
            .iter()
            .find(|(_, new)| *new == link.year)
            .map(|(old, new)| format!("{DIFF_DIR}/{}", diff_file(old, new)));
    }
    // Pages of pairs one of whose years was built in this run, or whose page is missing;
    // every pair for `--check`.
    let rebuilt = |year: &String| manifest.years.get(year) != before.years.get(year);
    let needed: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(old, new)| {
            request.mode == Mode::Verify
                || rebuilt(old)
                || rebuilt(new)
                || !setup.out.join(DIFF_DIR).join(diff_file(old, new)).is_file()
        })
        .collect();
    let pages = diff_pages(setup, reports, &needed, reporter, summary)?;
    let site = view::site(links, lang);
    let Some(templates) = &setup.templates else {
        return Ok(());
    };
    let index = match templates.render_index(&site) {
        Ok(index) => index,
        Err(problem) => {
            summary.failed += 1;
            let source = setup
                .sources
                .iter()
                .find(|s| s.path == problem.file)
                .map(|s| s.text.clone());
            let problem = shown_in(&problem, &setup.project, cwd);
            reporter.diagnostics(&[problem], source.as_deref())?;
            return Ok(());
        }
    };
    if request.mode == Mode::Verify {
        let path = setup.out.join(INDEX.file);
        match fs::read(&path) {
            Err(_) => differences.push((path, Difference::Missing)),
            Ok(old) if old != index.as_bytes() => differences.push((path, Difference::Changed)),
            Ok(_) => {}
        }
        for (name, page) in &pages {
            let path = setup.out.join(DIFF_DIR).join(name);
            match fs::read(&path) {
                Err(_) => differences.push((path, Difference::Missing)),
                Ok(old) if old != page.as_bytes() => differences.push((path, Difference::Changed)),
                Ok(_) => {}
            }
        }
        let expected: BTreeSet<String> = pairs.iter().map(|(a, b)| diff_file(a, b)).collect();
        for path in unexpected_files(&setup.out, &current, manifest, &expected) {
            differences.push((path, Difference::Stale));
        }
        summary.differences += differences.len();
        return Ok(());
    }
    // The output folder could not be made: the year that tried has said why, once.
    if summary.fatal > 0 && !setup.out.is_dir() {
        return Ok(());
    }
    write::sweep_temporaries(&setup.out, &[INDEX.file, crate::manifest::FILE]);
    write::sweep_temporaries(&setup.out.join(DIFF_DIR), &[]);
    for (name, page) in &pages {
        let written = write::year_dir(&setup.out, DIFF_DIR)
            .and_then(|dir| write::write_file(&dir, name, page));
        if let Err(error) = written {
            summary.fatal += 1;
            reporter.fatal(&error)?;
        }
    }
    if request.prune {
        let expected: BTreeSet<String> = pairs.iter().map(|(a, b)| diff_file(a, b)).collect();
        for path in unexpected_files(&setup.out, &current, manifest, &expected) {
            if path.parent() == Some(&setup.out.join(DIFF_DIR)) {
                let _ = fs::remove_file(&path);
            }
        }
    }
    if let Err(error) = write::write_file(&setup.out, INDEX.file, &index) {
        summary.fatal += 1;
        reporter.fatal(&error)?;
    }
    if manifest != before
        && let Err(error) = manifest.save(&setup.out)
    {
        summary.fatal += 1;
        reporter.fatal(&error)?;
    }
    Ok(())
}

/// The folder of the comparison pages, `out/diff/`.
const DIFF_DIR: &str = "diff";

/// `2023-2024.html`
fn diff_file(old: &str, new: &str) -> String {
    format!("{old}-{new}.html")
}

/// Consecutive built years, each pair compared on a page of its own.
fn diff_pairs(built: &[(&String, &Entry)]) -> Vec<(String, String)> {
    built
        .windows(2)
        .map(|pair| (pair[0].0.clone(), pair[1].0.clone()))
        .collect()
}

/// The comparison pages of the pairs needed (to write, or for `--check` to compare).
fn diff_pages(
    setup: &Setup,
    reports: &BTreeMap<String, Report>,
    needed: &[&(String, String)],
    reporter: &mut Reporter,
    summary: &mut Summary,
) -> io::Result<Vec<(String, String)>> {
    // Comparing is the dearest step of a site build: the pairs are shared among the CPUs.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(needed.len())
        .max(1);
    let chunk = needed.len().div_ceil(threads).max(1);
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = needed
            .chunks(chunk)
            .map(|pairs| {
                scope.spawn(move || {
                    pairs
                        .iter()
                        .map(|(old, new)| {
                            (
                                diff_file(old, new),
                                compare_years(&setup.project, reports, old, new),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap_or_default())
            .collect()
    });
    let mut pages = Vec::new();
    for (name, result) in results {
        match result {
            Ok(Some(page)) => pages.push((name, page)),
            Ok(None) => {}
            Err(error) => {
                summary.fatal += 1;
                reporter.fatal(&error)?;
            }
        }
    }
    Ok(pages)
}

/// The comparison page of two years that both load (they were just built, or were before).
fn compare_years(
    project: &Project,
    built: &BTreeMap<String, Report>,
    old: &str,
    new: &str,
) -> Result<Option<String>, crate::error::Error> {
    // A year built in this run is at hand; one that was not (unchanged) is read again.
    let read = |year: &str| -> Result<Option<Cow<'_, Report>>, crate::error::Error> {
        if let Some(report) = built.get(year) {
            return Ok(Some(Cow::Borrowed(report)));
        }
        Ok(project
            .read_report(year)?
            .ok()
            .and_then(|file| load::load(&file.text).report)
            .map(Cow::Owned))
    };
    let (Some(old_report), Some(new_report)) = (read(old)?, read(new)?) else {
        return Ok(None);
    };
    let diff = diff::diff(&old_report, &new_report);
    Ok(Some(diff::render::html(
        &diff,
        &format!("{old}年 → {new}年"),
    )))
}

fn year_link(year: &str, entry: &Entry) -> YearLink {
    let issued = entry
        .issued
        .as_deref()
        .and_then(Date::parse_iso)
        .map(|d| DateView {
            iso: d.iso(),
            display: d.chinese(),
        });
    let mut link = YearLink::new(
        year,
        entry.title.clone(),
        entry.authority.clone(),
        issued,
        entry.warnings,
    );
    // The variants a year has are the ones its last build wrote.
    let path =
        |output: &str, script: Script| format!("{year}/{}", variant::file_name(output, script));
    link.variants = Script::ALL
        .into_iter()
        .filter(|script| {
            entry
                .files
                .contains_key(&variant::file_name("report.html", *script))
        })
        .map(|script| VariantLink {
            lang: script.lang(),
            label: script.label(),
            html: path("report.html", script),
            md: path("report.md", script),
            txt: path("report.txt", script),
        })
        .collect();
    link
}

/// Every file name lawrpt may write in a year's folder: the outputs and their variants.
fn every_output_name() -> Vec<String> {
    OUTPUTS
        .iter()
        .flat_map(|o| {
            std::iter::once(o.file.to_string())
                .chain(Script::ALL.map(|script| variant::file_name(o.file, script)))
        })
        .collect()
}

fn output_files() -> Vec<&'static str> {
    OUTPUTS.iter().map(|o| o.file).collect()
}

/// Variant files in the given years' folders that the manifest says the last build of the
/// year did not write.
fn stale_variants<'a>(
    out: &Path,
    years: impl Iterator<Item = &'a str>,
    manifest: &Manifest,
) -> Vec<PathBuf> {
    let outputs = output_files();
    let mut found = Vec::new();
    for year in years {
        let Some(entry) = manifest.years.get(year) else {
            continue;
        };
        for file in fs::read_dir(out.join(year)).into_iter().flatten().flatten() {
            if let Ok(name) = file.file_name().into_string()
                && variant::is_variant_file(&name, &outputs)
                && !entry.files.contains_key(&name)
                && file.file_type().is_ok_and(|t| t.is_file())
            {
                found.push(file.path());
            }
        }
    }
    found.sort();
    found
}

/// Years with outputs (in the manifest or as a `out/<year>/` folder) but no report any more.
fn stale_years(out: &Path, manifest: &Manifest, current: &BTreeSet<&str>) -> Vec<String> {
    let mut stale: BTreeSet<String> = manifest
        .years
        .keys()
        .filter(|y| !current.contains(y.as_str()))
        .cloned()
        .collect();
    for entry in fs::read_dir(out).into_iter().flatten().flatten() {
        if let Ok(name) = entry.file_name().into_string()
            && project::is_year(&name)
            && !current.contains(name.as_str())
            && entry.path().is_dir()
        {
            stale.insert(name);
        }
    }
    stale.into_iter().collect()
}

/// Files under the output folder that a build would not write (the manifest aside): the
/// outputs of a year are those its manifest entry lists (with the variants its build wrote),
/// or the three outputs of a year that has none.
fn unexpected_files(
    out: &Path,
    current: &BTreeSet<&str>,
    manifest: &Manifest,
    diff_pages: &BTreeSet<String>,
) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
                continue;
            }
            let Ok(relative) = path.strip_prefix(out) else {
                continue;
            };
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let expected = match parts.as_slice() {
                [name] => name == INDEX.file || name == manifest::FILE,
                [dir, name] if dir == DIFF_DIR => diff_pages.contains(name),
                [year, name] => {
                    current.contains(year.as_str())
                        && match manifest.years.get(year) {
                            Some(entry) => entry.files.contains_key(name),
                            None => OUTPUTS.iter().any(|o| o.file == name),
                        }
                }
                _ => false,
            };
            if !expected {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// `build --check`'s listing, one file a line, on standard output.
fn report_differences(
    differences: &[(PathBuf, Difference)],
    cwd: &Path,
    reporter: &mut Reporter,
) -> io::Result<()> {
    let mut sorted: Vec<&(PathBuf, Difference)> = differences.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, difference) in sorted {
        let word = match difference {
            Difference::Missing => "missing",
            Difference::Changed => "changed",
            Difference::Stale => "stale",
        };
        reporter.listing(&format!("{word}: {}", shown_path(path, cwd)))?;
    }
    Ok(())
}
