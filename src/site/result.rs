//! A year's result, as its worker sends it back, handled on the site's one thread in the
//! order of the years: its diagnostics printed with paths as the user sees them, its files
//! written (or, for `build --check`, compared with those on disk), the manifest updated, and
//! its line of the summary.

use std::io;
use std::path::Path;

use super::Summary;
use super::differences;
use super::finish::ProjectRun;
use super::shown::{project_root, shown, shown_in, shown_path, shown_prefix};
use crate::printer::Reporter;
use crate::printer::json::YearRecord;
use crate::rules::diagnostic::{Diagnostic, Tally};
use crate::site::pipeline::{Outcome, Setup, YearResult};
use crate::tr;

pub(super) fn handle(
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
    let took = result.took;
    if reporter.verbose() && matches!(result.outcome, Outcome::Unchanged { .. }) {
        let text = tr!("detail-unchanged", ms = crate::printer::milliseconds(took));
        reporter.detail(&format!("{prefix}{year}: {}", text.text))?;
    }
    let line = match result.outcome {
        Outcome::Checked => {
            summary.checked += 1;
            summary.warnings += tally.warnings;
            Some(format!(
                "{prefix}{year}: {}",
                tr!("year-checked", tally = tally.to_string())
            ))
        }
        Outcome::Built {
            files,
            fresh,
            entry,
            report,
        } => {
            if fresh {
                run.fresh.insert(year.to_string());
            }
            run.reports.insert(year.to_string(), report);
            summary.built += 1;
            summary.rebuilt.push(year.to_string());
            summary.warnings += tally.warnings;
            run.updates.insert(year.to_string(), *entry);
            let names: Vec<String> = files.iter().map(|f| shown_path(f, cwd)).collect();
            let text = tr!(
                "year-built",
                files = names.join(", "),
                tally = tally.to_string()
            );
            Some(format!("{prefix}{year}: {text}"))
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
            run.reports.insert(year.to_string(), report);
            summary.checked += 1;
            summary.warnings += tally.warnings;
            let dir = setup.out.join(year);
            differences::compare_year(&dir, &files, &unprinted, &mut run.differences);
            run.updates.insert(year.to_string(), *entry);
            None
        }
        Outcome::Failed => {
            summary.failed += 1;
            record.status = "failed";
            Some(match setup.templates {
                Some(_) => {
                    let text = tr!(
                        "year-not-built",
                        tally = tally.to_string(),
                        folder = year_dir
                    );
                    format!("{prefix}{year}: {text}")
                }
                None => format!("{prefix}{year}: {tally}"),
            })
        }
        Outcome::Fatal(error) => {
            summary.fatal += 1;
            run.unwritten.insert(year.to_string());
            record.status = "fatal";
            record.error = Some(error.to_string());
            reporter.fatal(&error)?;
            None
        }
    };
    reporter.year(record)?;
    if let Some(mut line) = line {
        if reporter.verbose() {
            line = tr!(
                "detail-took",
                line = line,
                ms = crate::printer::milliseconds(took)
            )
            .text;
        }
        reporter.status(&line)?;
    }
    Ok(())
}
