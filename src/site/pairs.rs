//! The comparison pages, `out/diff/<old>-<new>.html`: one for each pair of consecutive years
//! built, compared (`diff`) and rendered as a page, with its copy in every other script the
//! project publishes (`2023-2024.zh-Hant.html`, named as a year's copies are). Pairs are
//! compared on all CPUs; nothing is written here.
//!
//! A page is in the script of its newer year. When the project publishes more than one script,
//! every version is in one script throughout: the page and its copies are converted where a
//! year is written in another (hanconv, as the years' copies), and link each other. Otherwise
//! the page is the two years as written, `lang` plain `zh` when they differ in script.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io;

use crate::diff;
use crate::diff::render::Page;
use crate::error::Error;
use crate::load;
use crate::load::project::Project;
use crate::printer::Reporter;
use crate::render::variant;
use crate::render::view::ScriptLink;
use crate::report::model::Report;
use crate::report::script::Script;
use crate::site::pipeline::Setup;
use crate::site::sitemap::Map;

use super::Summary;

/// The folder of the comparison pages, `out/diff/`.
pub(super) const DIFF_DIR: &str = "diff";

/// A pair of consecutive years built, and the files of its comparison page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Pair {
    pub(super) old: String,
    pub(super) new: String,
    /// The page as written (`2023-2024.html`), in its script.
    file: String,
    written: Script,
    /// Each file of the page: the page as written first, then its copies.
    versions: Vec<Version>,
    map: Map,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Version {
    file: String,
    lang: &'static str,
    /// The script its text is converted into, when a year is written in another.
    convert: Option<Script>,
}

impl Pair {
    /// The pair of years `old` and `new`, each with the script it is written in, on a site
    /// that publishes `published`.
    pub(super) fn new(old: (&str, Script), new: (&str, Script), published: &[Script]) -> Pair {
        let file = format!("{}-{}.html", old.0, new.0);
        let written = new.1;
        let map = Map {
            published: published.to_vec(),
            index: written,
        };
        let versions = if published.is_empty() {
            vec![Version {
                file: file.clone(),
                lang: Page::as_written(old.1, new.1).lang,
                convert: None,
            }]
        } else {
            std::iter::once(written)
                .chain(variant::others(written, published))
                .map(|script| Version {
                    file: map.file(&file, written, script),
                    lang: script.lang(),
                    convert: (script != written || old.1 != written).then_some(script),
                })
                .collect()
        };
        Pair {
            old: old.0.to_string(),
            new: new.0.to_string(),
            file,
            written,
            versions,
            map,
        }
    }

    /// Every file of the page, the page as written first.
    pub(super) fn files(&self) -> impl Iterator<Item = &str> {
        self.versions.iter().map(|v| v.file.as_str())
    }

    /// The page as read in `want` (linked from the index in that script).
    pub(super) fn file_in(&self, want: Script) -> String {
        self.map.file(&self.file, self.written, want)
    }

    /// Every file of the page with its text.
    fn render(&self, diff: &diff::Diff) -> Vec<(String, String)> {
        let title = format!("{}年 → {}年", self.old, self.new);
        self.versions
            .iter()
            .map(|version| {
                let scripts: Vec<ScriptLink> = if self.versions.len() > 1 {
                    self.versions
                        .iter()
                        .filter_map(|other| {
                            let script = Script::from_lang(other.lang)?;
                            Some(ScriptLink {
                                lang: other.lang,
                                label: script.label(),
                                href: other.file.clone(),
                                current: other.file == version.file,
                            })
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                let page = Page {
                    lang: version.lang,
                    scripts: &scripts,
                    convert: version.convert,
                };
                (
                    version.file.clone(),
                    diff::render::html(diff, &title, &page),
                )
            })
            .collect()
    }
}

/// The comparison pages of the pairs needed (to write, or for `--check` to compare): each
/// file's name under `out/diff/` and its text.
pub(super) fn pages(
    setup: &Setup,
    reports: &BTreeMap<String, Report>,
    needed: &[&Pair],
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
                        .map(|pair| {
                            compare_years(&setup.project, reports, &pair.old, &pair.new)
                                .map(|diff| diff.map(|diff| pair.render(&diff)))
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
    for result in results {
        match result {
            Ok(Some(files)) => pages.extend(files),
            Ok(None) => {}
            Err(error) => {
                summary.fatal += 1;
                reporter.fatal(&error)?;
            }
        }
    }
    Ok(pages)
}

/// The comparison of two years that both load (they were just built, or were before).
fn compare_years(
    project: &Project,
    built: &BTreeMap<String, Report>,
    old: &str,
    new: &str,
) -> Result<Option<diff::Diff>, Error> {
    // A year built in this run is at hand; one that was not (unchanged) is read again.
    let read = |year: &str| -> Result<Option<Cow<'_, Report>>, Error> {
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
    Ok(Some(diff::diff(&old_report, &new_report)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Script::{Simplified as Hans, Traditional as Hant};

    fn versions(pair: &Pair) -> Vec<(&str, &str, Option<Script>)> {
        pair.versions
            .iter()
            .map(|v| (v.file.as_str(), v.lang, v.convert))
            .collect()
    }

    #[test]
    fn with_one_script_a_page_is_the_years_as_written() {
        let same = Pair::new(("2023", Hant), ("2024", Hant), &[]);
        assert_eq!(versions(&same), [("2023-2024.html", "zh-Hant", None)]);
        let mixed = Pair::new(("2023", Hant), ("2024", Hans), &[]);
        assert_eq!(versions(&mixed), [("2023-2024.html", "zh", None)]);
        assert_eq!(mixed.file_in(Hant), "2023-2024.html");
    }

    #[test]
    fn with_both_scripts_every_version_is_in_one_script_and_named_like_a_years_copy() {
        let same = Pair::new(("2023", Hant), ("2024", Hant), &[Hans, Hant]);
        assert_eq!(
            versions(&same),
            [
                ("2023-2024.html", "zh-Hant", None),
                ("2023-2024.zh-Hans.html", "zh-Hans", Some(Hans))
            ]
        );
        // The older year in the other script: the page as written is converted too.
        let mixed = Pair::new(("2023", Hant), ("2024", Hans), &[Hans, Hant]);
        assert_eq!(
            versions(&mixed),
            [
                ("2023-2024.html", "zh-Hans", Some(Hans)),
                ("2023-2024.zh-Hant.html", "zh-Hant", Some(Hant))
            ]
        );
        assert_eq!(mixed.file_in(Hant), "2023-2024.zh-Hant.html");
        assert_eq!(mixed.file_in(Hans), "2023-2024.html");
    }
}
