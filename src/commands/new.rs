//! `lawrpt new YEAR [--from YEAR]`: next year's skeleton, its structure carried over from an
//! earlier year by `report::skeleton`.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::start::{
    counts, modeline_for, project_around, read_config, shown, write_new, write_schema,
};
use crate::cli::NewArgs;
use crate::error::Error;
use crate::load::project::{self, Project};
use crate::load::yaml;
use crate::printer::{Human, Verbosity};
use crate::report::model::LineIndex;
use crate::report::skeleton;
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::site::pipeline;
use crate::tr;

/// Runs `lawrpt new`: exit 0 when the skeleton was written, 1 when the earlier year does not
/// load.
pub fn new(
    args: &NewArgs,
    project_dirs: &[PathBuf],
    cwd: &Path,
    (color, verbosity): (bool, Verbosity),
    err: &mut dyn Write,
) -> Result<u8, Error> {
    let io = |e: std::io::Error| Error::io("write-terminal", "", e);
    for year in std::iter::once(&args.year).chain(&args.from) {
        if !project::is_year(year) {
            return Err(Error::NotAYear {
                argument: year.clone(),
            });
        }
    }
    if args.from.as_ref() == Some(&args.year) {
        return Err(Error::FromItself {
            year: args.year.clone(),
        });
    }
    // No project yet: the current folder becomes one.
    let project = project_around(project_dirs, cwd)?.unwrap_or(Project {
        root: cwd.to_path_buf(),
    });
    let config = read_config(&project);
    let from = match &args.from {
        Some(from) => Some(from.clone()),
        None => project.years().into_iter().rfind(|y| y < &args.year),
    };
    let year: i64 = args.year.parse().unwrap_or_default();
    let (draft, from_words) = match &from {
        Some(from) => {
            let file = match project.read_report(from)? {
                Ok(file) => file,
                Err(mut d) => {
                    d.file = project.root.join(Project::report_path(from));
                    Human::new(color).diagnostic(&d, None, err).map_err(io)?;
                    return Ok(1);
                }
            };
            let (report, diagnostics) = pipeline::load_and_check(&file.text, from, &config);
            let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
            let report = match report {
                Some(report) if errors.iter().all(|d| d.rule == id::PLACEHOLDER) => report,
                _ => {
                    let lines = LineIndex::new(&file.text);
                    for d in errors {
                        let mut d = d.clone();
                        d.file.clone_from(&file.path);
                        Human::new(color)
                            .diagnostic(&d, Some(&lines), err)
                            .map_err(io)?;
                    }
                    writeln!(
                        err,
                        "{}",
                        tr!("new-from-has-errors", year = from.as_str()).text
                    )
                    .map_err(io)?;
                    return Ok(1);
                }
            };
            let words = tr!(
                "new-from-structure",
                year = from.as_str(),
                indicators = report.indicators.len()
            );
            (skeleton::from_report(&report, year), words.text)
        }
        None => (skeleton::blank(year, None), tr!("new-from-regulation").text),
    };
    let body = yaml::write(&draft, &[]).map_err(|message| Error::WriteYaml { message })?;
    let (left, mark) = skeleton::PLACEHOLDERS
        .iter()
        .map(|mark| (body.matches(mark).count(), *mark))
        .max()
        .unwrap_or_default();
    let header = tr!(
        "new-header",
        year = year,
        from = from.as_deref().unwrap_or("none"),
        mark = mark
    );
    let path = project.root.join(Project::report_path(&args.year));
    let modeline = modeline_for(&project.root, &path);
    let mut text: String = modeline
        .iter()
        .chain([&header.text])
        .map(|line| format!("{line}\n"))
        .collect();
    text.push_str(&body);
    write_new(&path, &text, args.force, cwd)?;
    let schema = write_schema(&project.root, cwd)?;
    let summary = tr!(
        "new-summary",
        path = shown(&path, cwd),
        from = from_words,
        counts = counts(&draft),
        left = left
    );
    if verbosity == Verbosity::Quiet {
        return Ok(0);
    }
    writeln!(err, "{}", summary.text).map_err(io)?;
    if let Some(schema) = schema {
        writeln!(err, "{}", tr!("schema-written", path = schema).text).map_err(io)?;
    }
    if verbosity == Verbosity::Verbose {
        let path = shown(&path, cwd);
        for (line, column, mark) in places(&text) {
            let place = tr!(
                "detail-new-place",
                path = path.as_str(),
                line = line,
                column = column,
                mark = mark
            );
            writeln!(err, "{}", place.text).map_err(io)?;
        }
    }
    Ok(0)
}

/// Each place left to write: line and column (1-based, in characters), and its mark.
fn places(text: &str) -> Vec<(usize, usize, &'static str)> {
    let mut places = Vec::new();
    // The header comment names the mark; it is no place to write.
    for (at, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'))
    {
        for mark in skeleton::PLACEHOLDERS {
            for (offset, _) in line.match_indices(mark) {
                places.push((at + 1, line[..offset].chars().count() + 1, mark));
            }
        }
    }
    places.sort_unstable();
    places
}
