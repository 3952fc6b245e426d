//! The end of a project's run: years that linked their neighbours by a wrong guess built again
//! (`relink`), stale outputs reported or pruned, the comparison pages (`pairs`) and the index
//! in each script (`index`) written, the manifest saved, and for `build --check` the listing
//! of what differs. Also the slot through which the workers share a project while its years
//! run, released here.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::differences::{Difference, compare, report_differences};
use super::pairs::{self, DIFF_DIR, Pair};
use super::shown::{shown_in, shown_path, shown_prefix};
use super::stale::{
    every_output_name, stale_site_variants, stale_variants, stale_years, unexpected_files,
    why_stale,
};
use super::{Request, Summary, index, relink};
use crate::printer::Reporter;
use crate::report::model::Report;
use crate::site::manifest::{Entry, Manifest};
use crate::site::pipeline::{Mode, Setup};
use crate::tr;

use crate::report::script::Script;
use crate::site::sitemap::Map;
use crate::site::write;

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
    pub(super) reports: BTreeMap<String, Arc<Report>>,
    pub(super) differences: Vec<(PathBuf, Difference)>,
    /// Years whose folder this run made: no file of an earlier build is in it.
    pub(super) fresh: BTreeSet<String>,
    /// Years this run could not write (a full disk): said once, not tried again by a relink.
    pub(super) unwritten: BTreeSet<String>,
}

/// Finishes a project (years linked by a wrong guess built again, stale outputs, index,
/// manifest; `--check`'s listing) and releases what the workers shared of it.
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
    let ProjectRun {
        updates,
        mut reports,
        mut differences,
        fresh,
        unwritten,
    } = std::mem::take(run);
    let ran: Vec<String> = updates.keys().cloned().collect();
    let mut manifest = (*before).clone();
    manifest.years.extend(updates);
    let found = relink::Found {
        manifest: &mut manifest,
        reports: &mut reports,
        differences: &mut differences,
        unwritten: &unwritten,
    };
    relink::relink(&setup, &ran, found, request.mode, summary, reporter, cwd)?;
    finish_project(
        &setup,
        request,
        &mut manifest,
        &before,
        &reports,
        &mut differences,
        &fresh,
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
    reports: &BTreeMap<String, Arc<Report>>,
    differences: &mut Vec<(PathBuf, Difference)>,
    fresh: &BTreeSet<String>,
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
                    "{prefix}{year}: {}",
                    tr!("year-removed", folder = dir.as_str(), year = year.as_str()).text
                ))?,
                Err(error) => {
                    summary.fatal += 1;
                    reporter.fatal(&error)?;
                }
            }
            manifest.years.remove(year);
        } else if request.mode != Mode::Verify {
            let text = tr!("year-stale", folder = dir.as_str(), year = year.as_str());
            reporter.status(&format!("{prefix}{year}: {}", text.text))?;
        }
    }
    // What the site is made of: the years built that still have a report, the index in each
    // script, and a comparison page for each pair of consecutive years.
    let built: Vec<(&String, &Entry)> = manifest
        .years
        .iter()
        .filter(|(year, _)| current.contains(year.as_str()))
        .collect();
    let published = &setup.config.scripts;
    let map = Map {
        published: published.clone(),
        index: setup.index_script(manifest),
    };
    let index_files: Vec<String> = map
        .index_scripts()
        .into_iter()
        .map(|script| map.index_file(script))
        .collect();
    let script_of = |entry: &Entry| Script::from_lang(&entry.lang).unwrap_or(Script::Simplified);
    let pairs: Vec<Pair> = built
        .windows(2)
        .map(|w| {
            let old = (w[0].0.as_str(), script_of(w[0].1));
            let new = (w[1].0.as_str(), script_of(w[1].1));
            Pair::new(old, new, published)
        })
        .collect();
    let diff_files: BTreeSet<String> = pairs
        .iter()
        .flat_map(|pair| pair.files().map(str::to_string))
        .collect();
    let unchanged = manifest == before && stale.is_empty() && !request.prune;
    // Copies a build no longer writes (the project stopped publishing that script): looked for
    // in the years built now, or in every year when pruning, and beside the index and the
    // comparison pages unless nothing changed.
    if request.mode != Mode::Verify {
        let years = current
            .iter()
            .copied()
            .filter(|year| request.prune || manifest.years.get(*year) != before.years.get(*year))
            .filter(|year| !fresh.contains(*year));
        let mut copies = stale_variants(&setup.out, years, manifest);
        if !unchanged {
            copies.extend(stale_site_variants(&setup.out, &index_files, &pairs));
        }
        for path in copies {
            let shown = shown_path(&path, cwd);
            let why = why_stale(
                &path,
                setup.config.pdf,
                setup.config.docx,
                &setup.config.scripts,
            );
            if request.prune {
                match fs::remove_file(&path) {
                    Ok(()) => {
                        let text = tr!("copy-removed", path = shown.as_str(), why = why.as_str());
                        reporter.status(&format!("{prefix}{}", text.text))?;
                    }
                    Err(error) => {
                        summary.fatal += 1;
                        reporter.fatal(&crate::error::Error::io("remove", &path, error))?;
                    }
                }
            } else {
                let text = tr!("copy-stale", path = shown.as_str(), why = why.as_str());
                reporter.status(&format!("{prefix}{}", text.text))?;
            }
        }
    }
    // Nothing changed since the last build: the index and the comparison pages on disk are the
    // ones it wrote (and a thousand-project rebuild stays a matter of file dates), unless one
    // was deleted since.
    if request.mode != Mode::Verify
        && unchanged
        && index_files
            .iter()
            .all(|name| setup.out.join(name).is_file())
        && diff_files
            .iter()
            .all(|name| setup.out.join(DIFF_DIR).join(name).is_file())
    {
        return Ok(());
    }
    // Pages of pairs one of whose years was built in this run, or with a file missing; every
    // pair for `--check`.
    let rebuilt = |year: &String| manifest.years.get(year) != before.years.get(year);
    let needed: Vec<&Pair> = pairs
        .iter()
        .filter(|pair| {
            request.mode == Mode::Verify
                || rebuilt(&pair.old)
                || rebuilt(&pair.new)
                || pair
                    .files()
                    .any(|name| !setup.out.join(DIFF_DIR).join(name).is_file())
        })
        .collect();
    let pages = pairs::pages(setup, reports, &needed, reporter, summary)?;
    let Some(templates) = &setup.templates else {
        return Ok(());
    };
    let mut indexes = Vec::new();
    for (name, site) in index::views(&built, &pairs, &map) {
        match templates.render_index(&site) {
            Ok(text) => indexes.push((name, text)),
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
        }
    }
    if request.mode == Mode::Verify {
        for (name, index) in &indexes {
            compare(setup.out.join(name), index, differences);
        }
        for (name, page) in &pages {
            compare(setup.out.join(DIFF_DIR).join(name), page, differences);
        }
        for path in unexpected_files(&setup.out, &current, manifest, &index_files, &diff_files) {
            differences.push((path, Difference::Stale));
        }
        summary.differences += differences.len();
        return Ok(());
    }
    // The output folder could not be made: the year that tried has said why, once.
    if summary.fatal > 0 && !setup.out.is_dir() {
        return Ok(());
    }
    let mut top: Vec<&str> = index_files.iter().map(String::as_str).collect();
    top.push(crate::site::manifest::FILE);
    write::sweep_temporaries(&setup.out, &top);
    write::sweep_temporaries(&setup.out.join(DIFF_DIR), &[]);
    // The folder of the comparison pages, made once; when it cannot be, it says why once.
    let folder = match pages.is_empty() {
        true => None,
        false => match write::year_dir(&setup.out, DIFF_DIR) {
            Ok(folder) => Some(folder),
            Err(error) => {
                summary.fatal += 1;
                reporter.fatal(&error)?;
                None
            }
        },
    };
    if let Some(folder) = &folder {
        for (name, page) in &pages {
            match folder.write(name, page) {
                Ok(()) => wrote(reporter, &folder.path.join(name), cwd)?,
                Err(error) => {
                    summary.fatal += 1;
                    reporter.fatal(&error)?;
                }
            }
        }
    }
    if request.prune {
        for path in unexpected_files(&setup.out, &current, manifest, &index_files, &diff_files) {
            if path.parent() == Some(&setup.out.join(DIFF_DIR)) {
                let _ = fs::remove_file(&path);
            }
        }
    }
    for (name, index) in &indexes {
        match write::write_file(&setup.out, name, index) {
            Ok(()) => wrote(reporter, &setup.out.join(name), cwd)?,
            Err(error) => {
                summary.fatal += 1;
                reporter.fatal(&error)?;
            }
        }
    }
    if manifest != before
        && let Err(error) = manifest.save(&setup.out)
    {
        summary.fatal += 1;
        reporter.fatal(&error)?;
    }
    Ok(())
}

/// `-v`: a page of the site written (the years' files are named in their status lines).
fn wrote(reporter: &mut Reporter, path: &Path, cwd: &Path) -> io::Result<()> {
    if reporter.verbose() {
        let path = shown_path(path, cwd);
        reporter.detail(&tr!("detail-wrote", path = path.as_str()).text)?;
    }
    Ok(())
}
