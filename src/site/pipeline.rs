//! One year through the stages: read, load, check, then (for a build, and only without
//! errors) view, render and write. Years are independent of each other, so `site` runs this
//! on several threads at once; everything a year needs from its project is in [`Setup`],
//! shared read-only. What a year knows of the others (the script each is written in, for its
//! links to them) is the manifest's, checked by the site once every year has run.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::check;
use crate::error::Error;
use crate::load;
use crate::load::config::Config;
use crate::load::project::{Project, SourceFile};
use crate::render::Templates;
use crate::render::docx;
use crate::render::hash::hash;
use crate::render::pdf::{self, Browser};
use crate::render::variant;
use crate::render::view::{self, Nav};
use crate::report::model::Report;
use crate::report::script::{self, Script};
use crate::rules::diagnostic::{Diagnostic, Severity};
use crate::site::manifest::{Entry, FileStamp, Manifest, Stamp};
use crate::site::pairs::Ahead;
use crate::site::sitemap::{self, Around, Map};
use crate::site::write;

/// An output file: its name in the year's folder, and its content.
pub type File = (String, Vec<u8>);

/// What a run does with each year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Check only.
    Check,
    /// Check, render and write; `force` rebuilds years whose inputs did not change.
    Build { force: bool },
    /// Check and render, write nothing: for comparing with what is on disk.
    Verify,
}

/// A project as every one of its years needs it, loaded once.
pub struct Setup {
    pub project: Project,
    pub config: Config,
    /// `None` when checking only.
    pub templates: Option<Arc<Templates>>,
    /// The output folder.
    pub out: PathBuf,
    /// Every year that has a report, in order: for the links between neighbouring years.
    pub years: Vec<String>,
    /// lawrpt.toml and templates as read, for printing their lines in diagnostics.
    pub sources: Vec<SourceFile>,
    /// A hash of what every year's outputs depend on besides its own YAML.
    pub fingerprint: String,
    /// What prints the report pages to PDF, in a build of a project that publishes PDFs.
    pub browser: Option<Browser>,
    /// The script each year never built reads as, read once per run (`script_of`).
    pub guesses: Mutex<BTreeMap<String, Option<Script>>>,
    /// Comparison pages the workers made as soon as both years of a pair were built.
    pub(crate) ahead: Ahead,
}

impl Setup {
    pub(crate) fn neighbours(&self, year: &str) -> (Option<&str>, Option<&str>) {
        let at = self.years.iter().position(|y| y == year);
        let prev = at
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| self.years.get(i));
        let next = at.and_then(|i| self.years.get(i + 1));
        (prev.map(String::as_str), next.map(String::as_str))
    }

    /// What the pages of a year written in `own` link to besides themselves, and the hash of
    /// everything but its YAML that its outputs depend on. The other years' scripts are those
    /// of their last build in `manifest`, or a guess for a year not built yet.
    pub fn context(&self, manifest: &Manifest, year: &str, own: Script) -> (Around, String) {
        let published = &self.config.scripts;
        let script_of = |other: &str| {
            // With one script the links name none: nothing to read.
            if other == year || published.is_empty() {
                own
            } else {
                self.script_of(manifest, other).unwrap_or(own)
            }
        };
        let map = Map {
            published: published.clone(),
            index: match published.is_empty() {
                true => own,
                false => self.index_script(manifest),
            },
        };
        let around = Around::new(self.neighbours(year), script_of, map);
        let context = hash(&[self.fingerprint.as_bytes(), around.key().as_bytes()]);
        (around, context)
    }

    /// The script of `index.html`: the newest year's. With one script published, the newest
    /// year built; with more, the years' pages link the index by its script, so it is the
    /// newest year's as they take it: its last build's or, never built, as its YAML reads.
    pub fn index_script(&self, manifest: &Manifest) -> Script {
        let script = if self.config.scripts.is_empty() {
            let built = |year: &String| sitemap::script_in(manifest, year);
            self.years.iter().rev().find_map(built)
        } else {
            let newest = self.years.last();
            newest.and_then(|year| self.script_of(manifest, year))
        };
        script.unwrap_or(Script::Simplified)
    }

    /// The script a year is written in: its last build's, or the one its YAML reads as.
    pub fn script_of(&self, manifest: &Manifest, year: &str) -> Option<Script> {
        if let Some(script) = sitemap::script_in(manifest, year) {
            return Some(script);
        }
        let known = self.guesses.lock().ok()?.get(year).copied();
        known.unwrap_or_else(|| {
            let guess = match self.project.read_report(year) {
                Ok(Ok(file)) => Some(script::detect(&file.text)),
                _ => None,
            };
            if let Ok(mut guesses) = self.guesses.lock() {
                guesses.insert(year.to_string(), guess);
            }
            guess
        })
    }
}

/// What became of one year.
#[derive(Debug)]
pub struct YearResult {
    pub year: String,
    /// The report's path, relative to the project.
    pub file: PathBuf,
    /// The report's text, kept only when there are diagnostics to print with it.
    pub source: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    pub outcome: Outcome,
    /// How long its worker took, for `-v`.
    pub took: std::time::Duration,
}

#[derive(Debug)]
pub enum Outcome {
    /// Checked; nothing to write in this mode.
    Checked,
    /// Written; the manifest entry describes it. The report is kept for the comparison pages.
    Built {
        files: Vec<PathBuf>,
        /// Its folder was made for these files by this run.
        fresh: bool,
        entry: Box<Entry>,
        report: Arc<Report>,
    },
    /// Inputs unchanged since the last build; nothing done.
    Unchanged { entry: Box<Entry> },
    /// Rendered for comparison, not written: each file's name and content. A PDF is known
    /// without printing only when the one on disk is the print of the page: then it is here;
    /// otherwise its name is in `unprinted`.
    Rendered {
        files: Vec<File>,
        unprinted: Vec<String>,
        entry: Box<Entry>,
        report: Arc<Report>,
    },
    /// The report has errors; nothing was written.
    Failed,
    /// lawrpt could not work on this year at all.
    Fatal(Error),
}

/// Runs one year of a project.
pub fn run(setup: &Setup, manifest: &Manifest, year: &str, mode: Mode) -> YearResult {
    let file = Project::report_path(year);
    let result = |outcome| YearResult {
        year: year.to_string(),
        file: file.clone(),
        source: None,
        diagnostics: Vec::new(),
        outcome,
        took: std::time::Duration::ZERO,
    };
    // Whether the year is as it was is judged by its last build's script; once it is loaded,
    // its pages are linked by the script it is in.
    // A year never built has no last build to compare with.
    let previous = manifest.years.get(year).filter(|entry| {
        let last_script = sitemap::script_in(manifest, year).unwrap_or(Script::Simplified);
        entry.context == setup.context(manifest, year, last_script).1
            && Manifest::outputs_present(entry, &setup.out.join(year))
    });
    let path = setup.project.root.join(&file);
    let stamp = Stamp::of(&path).unwrap_or_default();
    if let (Mode::Build { force: false }, Some(entry)) = (mode, previous)
        && entry.stamp == stamp
    {
        return result(Outcome::Unchanged {
            entry: Box::new(entry.clone()),
        });
    }
    let source_file = match setup.project.read_report(year) {
        Ok(Ok(source)) => source,
        Ok(Err(diagnostic)) => {
            let mut failed = result(Outcome::Failed);
            failed.diagnostics.push(diagnostic);
            return failed;
        }
        Err(error) => return result(Outcome::Fatal(error)),
    };
    let source_hash = hash(&[source_file.text.as_bytes()]);
    if let (Mode::Build { force: false }, Some(entry)) = (mode, previous)
        && entry.source == source_hash
    {
        let mut entry = entry.clone();
        entry.stamp = stamp;
        return result(Outcome::Unchanged {
            entry: Box::new(entry),
        });
    }

    let (report, mut diagnostics) = load_and_check(&source_file.text, year, &setup.config);
    for d in &mut diagnostics {
        d.file.clone_from(&file);
    }
    let warnings = diagnostics.len();
    let failed = diagnostics.iter().any(Diagnostic::is_error);
    let mut finished = |outcome| {
        let mut done = result(outcome);
        if !diagnostics.is_empty() {
            done.source = Some(source_file.text.clone());
        }
        done.diagnostics = std::mem::take(&mut diagnostics);
        done
    };
    let (Some(report), Some(templates), false) = (report, &setup.templates, failed) else {
        return finished(if failed {
            Outcome::Failed
        } else {
            Outcome::Checked
        });
    };
    if mode == Mode::Check {
        return finished(Outcome::Checked);
    }
    let own = report.script();
    let (around, context) = setup.context(manifest, year, own);
    // Its links to the index and the years around it are each version's (`variant::versions`).
    let view = view::build(&report, setup.config.title.as_deref(), Nav::default());
    let (title, authority, lang) = (view.title.clone(), view.authority.clone(), view.lang);
    let issued = view.issued.as_ref().map(|d| d.iso.clone());
    // The report as written, then its variants in the other scripts the project publishes.
    let others = variant::others(own, &setup.config.scripts);
    let mut files: Vec<File> = Vec::new();
    for (script, mut page) in variant::versions(view, own, &others, |script| around.nav(script)) {
        if setup.config.pdf {
            page.pdf = Some(variant::version_file("report.pdf", script));
        }
        if setup.config.docx {
            page.docx = Some(variant::version_file(docx::FILE, script));
        }
        let texts = match templates.render(&page) {
            Ok(texts) => texts,
            Err(problem) => {
                let mut done = finished(Outcome::Failed);
                done.diagnostics.push(problem);
                return done;
            }
        };
        files.extend(
            texts
                .into_iter()
                .map(|(output, text)| (variant::version_file(output.file, script), text)),
        );
        if setup.config.docx {
            match docx::render(&page) {
                Ok(bytes) => files.push((variant::version_file(docx::FILE, script), bytes)),
                Err(detail) => return finished(Outcome::Fatal(Error::WriteDocx { detail })),
            }
        }
    }
    let mut unprinted = Vec::new();
    if setup.config.pdf {
        let details = pdf::Details {
            authority: authority.as_deref(),
            issued: issued.as_deref(),
        };
        let force = mode == Mode::Build { force: true };
        match pdfs(setup, year, &files, details, force) {
            Ok((printed, missing)) => {
                files.extend(printed);
                unprinted = missing;
            }
            Err(error) => return finished(Outcome::Fatal(error)),
        }
    }
    let entry = Box::new(Entry {
        context,
        source: source_hash,
        stamp,
        files: files
            .iter()
            .map(|(name, bytes)| (name.clone(), FileStamp::of(bytes)))
            .chain(
                unprinted
                    .iter()
                    .map(|name| (name.clone(), FileStamp::of(&[]))),
            )
            .collect(),
        title,
        authority,
        issued,
        lang: lang.to_string(),
        warnings,
    });
    if mode == Mode::Verify {
        return finished(Outcome::Rendered {
            files,
            unprinted,
            entry,
            report: Arc::new(report),
        });
    }
    match write::write_year(&setup.out, year, &files) {
        Ok(written) => finished(Outcome::Built {
            files: written.files,
            fresh: written.fresh,
            entry,
            report: Arc::new(report),
        }),
        Err(error) => finished(Outcome::Fatal(error)),
    }
}

/// The PDFs of a year's pages (`report.html` → `report.pdf`, and each variant's): the one on
/// disk when it is the print of the page (unless `force`), else, in a build (which has the
/// browser), printed anew; in `--check` (which has none), its name, for the second list.
fn pdfs(
    setup: &Setup,
    year: &str,
    files: &[File],
    details: pdf::Details,
    force: bool,
) -> Result<(Vec<File>, Vec<String>), Error> {
    let dir = setup.out.join(year);
    let (mut printed, mut unprinted) = (Vec::new(), Vec::new());
    for (page, bytes) in files {
        let Some(name) = pdf::file_name(page) else {
            continue;
        };
        let html = String::from_utf8_lossy(bytes);
        let stamp = pdf::stamp(&html);
        let on_disk = match force {
            true => None,
            false => std::fs::read(dir.join(&name))
                .ok()
                .filter(|old| pdf::stamp_of(old).as_deref() == Some(stamp.as_str())),
        };
        match (on_disk, &setup.browser) {
            (Some(old), _) => printed.push((name, old)),
            (None, Some(browser)) => {
                std::fs::create_dir_all(&setup.out)
                    .map_err(|e| Error::io("create-output", &setup.out, e))?;
                let pdf = pdf::print(browser, &html, details, &setup.out, &dir.join(page))?;
                printed.push((name, pdf));
            }
            (None, _) => unprinted.push(name),
        }
    }
    Ok((printed, unprinted))
}

/// Loads and checks a report's text, with the project's policy applied: the report if it
/// could be read, and every problem found, in the order of the file.
pub fn load_and_check(
    source: &str,
    year: &str,
    config: &Config,
) -> (Option<Report>, Vec<Diagnostic>) {
    let loaded = load::load(source);
    let mut diagnostics = loaded.diagnostics;
    if let Some(report) = &loaded.report {
        let context = check::Context::new(source, year.parse().ok());
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
    diagnostics.sort_by_key(|d| (d.span.line, d.span.col, d.severity == Severity::Warning));
    (loaded.report, diagnostics)
}
