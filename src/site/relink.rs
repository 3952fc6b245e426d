//! After a project's years ran: the years whose pages link their neighbours by a wrong guess
//! of the neighbours' scripts are built again. A year runs in parallel with the others and
//! links them by the scripts the manifest held when the run began (`sitemap`); a neighbour
//! built in the same run may have turned out to be in another script (it is new, or was
//! rewritten in the other script), and its page in the script of the link is then another
//! file. Once every year of the run is known, each year's context is computed again from what
//! the run found; a year whose pages were made with another is built again, with the right one.
//! Rare: only next to a year whose script is new or changed, and only in a project publishing
//! more than one script.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Summary;
use super::differences::{Difference, compare_year};
use super::shown::{shown_path, shown_prefix};
use crate::printer::Reporter;
use crate::report::model::Report;
use crate::site::manifest::Manifest;
use crate::site::pipeline::{self, Mode, Outcome, Setup};
use crate::site::sitemap;
use crate::tr;

/// What a project's run has found so far that building a year again changes.
pub(super) struct Found<'a> {
    pub(super) manifest: &'a mut Manifest,
    pub(super) reports: &'a mut BTreeMap<String, Arc<Report>>,
    pub(super) differences: &'a mut Vec<(PathBuf, Difference)>,
    /// Years whose files this run could not write: their error was said once.
    pub(super) unwritten: &'a std::collections::BTreeSet<String>,
}

/// Builds again (or, for `--check`, renders again) every year of the project whose pages link
/// a neighbour or the index by a script it turned out not to be in: a year of this run
/// (`ran`), or one built before, beside a year whose script this run changed.
pub(super) fn relink(
    setup: &Setup,
    ran: &[String],
    found: Found,
    mode: Mode,
    summary: &mut Summary,
    reporter: &mut Reporter,
    cwd: &Path,
) -> io::Result<()> {
    let again = match mode {
        Mode::Check => return Ok(()),
        // Its context changed, so the year is built again; pages that did not change keep
        // their PDFs (unless the run was asked to `--force`).
        build @ Mode::Build { .. } => build,
        Mode::Verify => Mode::Verify,
    };
    for year in setup.years.iter().filter(|y| !found.unwritten.contains(*y)) {
        let Some(entry) = found.manifest.years.get(year) else {
            continue;
        };
        let Some(own) = sitemap::script_in(found.manifest, year) else {
            continue;
        };
        if setup.context(found.manifest, year, own).1 == entry.context {
            continue;
        }
        let result = pipeline::run(setup, found.manifest, year, again);
        match result.outcome {
            Outcome::Built {
                files,
                entry,
                report,
                ..
            } => {
                // It was counted unchanged when its first run found nothing to do.
                if !found.reports.contains_key(year) {
                    if ran.contains(year) {
                        summary.unchanged = summary.unchanged.saturating_sub(1);
                    }
                    summary.built += 1;
                }
                if !summary.rebuilt.contains(year) {
                    summary.rebuilt.push(year.clone());
                }
                found.reports.insert(year.clone(), report);
                found.manifest.years.insert(year.clone(), *entry);
                let names: Vec<String> = files.iter().map(|f| shown_path(f, cwd)).collect();
                let text = tr!("year-relinked", files = names.join(", "));
                reporter.status(&format!(
                    "{}{year}: {}",
                    shown_prefix(&setup.project, cwd),
                    text.text
                ))?;
            }
            Outcome::Rendered {
                files,
                unprinted,
                entry,
                report,
            } => {
                let dir = setup.out.join(year);
                found
                    .differences
                    .retain(|(path, _)| path.parent() != Some(&dir));
                compare_year(&dir, &files, &unprinted, found.differences);
                found.reports.insert(year.clone(), report);
                found.manifest.years.insert(year.clone(), *entry);
            }
            Outcome::Fatal(error) => {
                summary.fatal += 1;
                reporter.fatal(&error)?;
            }
            // The report changed under the run (it was built a moment ago): what is on disk
            // stays as the first run left it, and the next build sees the change.
            Outcome::Checked | Outcome::Unchanged { .. } | Outcome::Failed => {}
        }
    }
    Ok(())
}
