//! `lawrpt diff OLD NEW`: reads the two reports (years of the project, YAML files, or Word
//! files), loads them, compares them (`diff`) and prints the comparison in the format asked
//! for. A report that does not load is reported as `check` would and nothing is compared.
//!
//! A Word file — a report.docx the leaders reviewed — is imported as `lawrpt import` would,
//! tracked changes accepted; its comments are listed on standard error with the paragraph
//! each is on. A Word file holds no indicators, so it is compared with the other side's.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::cli::{Cli, DiffArgs, DiffFormat};
use crate::diff::{self, render};
use crate::error::Error;
use crate::import;
use crate::load;
use crate::load::project::{self, Project, SourceFile};
use crate::load::yaml;
use crate::printer::{Human, Verbosity};
use crate::report::model::{LineIndex, Report};
use crate::rules::diagnostic::Diagnostic;
use crate::tr;

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
    let verbosity = cli.verbosity();
    let started = std::time::Instant::now();
    let mut reports = Vec::new();
    let mut failed = false;
    let mut from_word = [false; 2];
    for (i, side) in [&args.old, &args.new].into_iter().enumerate() {
        let other = if i == 0 { &args.new } else { &args.old };
        let file = if is_word(side) {
            from_word[i] = true;
            read_word(Path::new(side), other, (color, verbosity), err)?
        } else {
            read(cli, side, cwd)?
        };
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
        if verbosity == Verbosity::Verbose {
            let kind = match from_word[i] {
                true => tr!("detail-diff-kind-word"),
                false => tr!("detail-diff-kind-yaml"),
            };
            let line = tr!(
                "detail-diff-side",
                side = side.as_str(),
                file = file.path.display().to_string(),
                kind = kind.text
            );
            writeln!(err, "{}", line.text).map_err(io)?;
        }
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
        let lines = LineIndex::new(&file.text);
        for d in &errors {
            Human::new(color)
                .diagnostic(d, Some(&lines), err)
                .map_err(io)?;
        }
        match loaded.report {
            Some(report) if errors.is_empty() => reports.push(report),
            _ => failed = true,
        }
    }
    let [mut old, mut new]: [Report; 2] = match reports.try_into() {
        Ok(pair) if !failed => pair,
        _ => return Ok(1),
    };
    if from_word[1] && new.indicators.is_empty() {
        new.indicators.clone_from(&old.indicators);
    } else if from_word[0] && old.indicators.is_empty() {
        old.indicators.clone_from(&new.indicators);
    }
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
    if verbosity == Verbosity::Verbose {
        let took = tr!(
            "detail-diff-took",
            ms = crate::printer::milliseconds(started.elapsed())
        );
        writeln!(err, "{}", took.text).map_err(io)?;
    }
    Ok(u8::from(args.exit_code && diff.has_changes()))
}

/// A side named by a Word file's name.
fn is_word(side: &str) -> bool {
    Path::new(side)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// A Word file as the YAML `lawrpt import` writes of it, its comments listed on `err`. Its
/// year is the one its title names, else the other side's when that is a year.
fn read_word(
    path: &Path,
    other: &str,
    (color, verbosity): (bool, Verbosity),
    err: &mut dyn Write,
) -> Result<Result<SourceFile, Diagnostic>, Error> {
    let bytes = super::import::read_input(path)?;
    let (paragraphs, source, comments) = super::import::word_paragraphs(&bytes, path)?;
    let refused = |r| super::import::refused(path, r);
    let options = import::Options::default();
    let imported = match import::import(&paragraphs, &source, &options) {
        Err(import::Refused::NoYear) if project::is_year(other) => {
            let options = import::Options {
                year: other.parse().ok(),
                ..options
            };
            import::import(&paragraphs, &source, &options).map_err(refused)?
        }
        imported => imported.map_err(refused)?,
    };
    // Of the import's notes only the comments are the reviewers': the others say how the
    // file was read, which the comparison shows.
    let shown = if verbosity == Verbosity::Quiet {
        Vec::new()
    } else {
        import::comment_notes(&comments, &source)
    };
    let lines = LineIndex::new(&source);
    for note in shown {
        let note = super::import::located(note, path, true);
        Human::new(color)
            .diagnostic(&note, Some(&lines), err)
            .map_err(|e| Error::io("write-terminal", "", e))?;
    }
    let text = yaml::write(&imported.draft, &[]).map_err(|message| Error::WriteYaml { message })?;
    Ok(Ok(SourceFile {
        path: path.to_path_buf(),
        text,
    }))
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
