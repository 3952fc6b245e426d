//! The comparison pages, `out/diff/<old>-<new>.html`: one for each pair of consecutive years
//! built, compared (`diff`) and rendered as a page, with its copy in every other script the
//! project publishes (`2023-2024.zh-Hant.html`, named as a year's copies are). Pairs are
//! compared on all CPUs; nothing is written here.
//!
//! A page is in the script of its newer year. When the project publishes more than one script,
//! every version is in one script throughout: the page and its copies are converted where a
//! year is written in another (hanconv, as the years' copies), and link each other. Otherwise
//! the page is the two years as written, `lang` plain `zh` when they differ in script.
//!
//! Comparing is the dearest step of a site build, so it is not left to the project's end:
//! a worker that has built a year compares it with each neighbour already built ([`Ahead`]),
//! and the project's end takes those pages, comparing on its own only the pairs no worker
//! could (a year between them failed, or one of them was not built in this run).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

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

/// A page's files with their text.
type Files = Vec<(String, String)>;

/// The comparison pages made by the workers while a project's years run: each consecutive
/// pair of years compared by the worker that built the second of the two to finish.
#[derive(Default)]
pub(crate) struct Ahead {
    /// The years built so far.
    built: Mutex<BTreeMap<String, Built>>,
    /// The pages made, by the pair's file name.
    pages: Mutex<BTreeMap<String, Made>>,
}

/// A page made ahead: its pair, the two reports it compares, its files.
type Made = (Pair, [Arc<Report>; 2], Files);

/// A year built, as a comparison needs it.
#[derive(Clone)]
struct Built {
    year: String,
    report: Arc<Report>,
    script: Script,
    /// What comparing needs of the report on its own: found by its first comparison, and
    /// kept for the second (none when no neighbour is built in this run).
    prepared: Arc<OnceLock<diff::Prepared>>,
}

impl Built {
    fn prepared(&self) -> &diff::Prepared {
        self.prepared
            .get_or_init(|| diff::Prepared::of(&self.report))
    }
}

/// A lock whose holder panicked still guards whole values: each is replaced in one step.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Ahead {
    /// `year` was just built: compares it with the year before and the year after it, those of
    /// them already built. Of two neighbours finished at once, the second to get here compares.
    pub(crate) fn built(&self, setup: &Setup, year: &str, script: Script, report: &Arc<Report>) {
        let (before, after) = setup.neighbours(year);
        let this = Built {
            year: year.to_string(),
            report: Arc::clone(report),
            script,
            prepared: Arc::default(),
        };
        let ready: Vec<(Built, Built)> = {
            let mut built = lock(&self.built);
            built.insert(year.to_string(), this.clone());
            let earlier = before
                .and_then(|y| built.get(y))
                .map(|old| (old.clone(), this.clone()));
            let later = after
                .and_then(|y| built.get(y))
                .map(|new| (this, new.clone()));
            earlier.into_iter().chain(later).collect()
        };
        for (old, new) in ready {
            let pair = Pair::new(
                (&old.year, old.script),
                (&new.year, new.script),
                &setup.config.scripts,
            );
            let compared =
                diff::diff_prepared((&old.report, old.prepared()), (&new.report, new.prepared()));
            let files = pair.render(&compared);
            lock(&self.pages).insert(pair.file.clone(), (pair, [old.report, new.report], files));
        }
    }

    /// The files of `pair` made ahead, if they compare the reports the project's end has.
    fn take(&self, pair: &Pair, reports: &BTreeMap<String, Arc<Report>>) -> Option<Files> {
        let (made, compared, files) = lock(&self.pages).remove(&pair.file)?;
        let same = |year: &str, report: &Arc<Report>| {
            reports.get(year).is_some_and(|r| Arc::ptr_eq(r, report))
        };
        let [old, new] = &compared;
        (made == *pair && same(&pair.old, old) && same(&pair.new, new)).then_some(files)
    }
}

/// The comparison pages of the pairs needed (to write, or for `--check` to compare): each
/// file's name under `out/diff/` and its text.
pub(super) fn pages(
    setup: &Setup,
    reports: &BTreeMap<String, Arc<Report>>,
    needed_in_order: &[&Pair],
    reporter: &mut Reporter,
    summary: &mut Summary,
) -> io::Result<Vec<(String, String)>> {
    // Each needed page as made ahead, or as compared here: what no worker compared is shared
    // among the CPUs.
    let mut made: BTreeMap<&str, Result<Option<Files>, Error>> = BTreeMap::new();
    let mut left: Vec<&Pair> = Vec::new();
    for pair in needed_in_order {
        match setup.ahead.take(pair, reports) {
            Some(files) => {
                made.insert(&pair.file, Ok(Some(files)));
            }
            None => left.push(pair),
        }
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(left.len())
        .max(1);
    let chunk = left.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = left
            .chunks(chunk)
            .map(|pairs| {
                scope.spawn(move || {
                    pairs
                        .iter()
                        .map(|pair| {
                            let files =
                                compare_years(&setup.project, reports, &pair.old, &pair.new)
                                    .map(|diff| diff.map(|diff| pair.render(&diff)));
                            (pair.file.as_str(), files)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            made.extend(handle.join().unwrap_or_default());
        }
    });
    let mut pages = Vec::new();
    for pair in needed_in_order {
        match made.remove(pair.file.as_str()).unwrap_or(Ok(None)) {
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
    built: &BTreeMap<String, Arc<Report>>,
    old: &str,
    new: &str,
) -> Result<Option<diff::Diff>, Error> {
    // A year built in this run is at hand; one that was not (unchanged) is read again.
    let read = |year: &str| -> Result<Option<Cow<'_, Report>>, Error> {
        if let Some(report) = built.get(year) {
            return Ok(Some(Cow::Borrowed(&**report)));
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

    fn setup(years: &[&str]) -> Setup {
        Setup {
            project: Project {
                root: std::path::PathBuf::from("."),
            },
            config: Default::default(),
            templates: None,
            out: std::path::PathBuf::from("out"),
            years: years.iter().map(|y| y.to_string()).collect(),
            sources: Vec::new(),
            fingerprint: String::new(),
            browser: None,
            guesses: Default::default(),
            ahead: Ahead::default(),
        }
    }

    fn report(year: i64, said: &str) -> Arc<Report> {
        let source = format!(
            "year: {year}\npreamble: {year}年，{said}\nparts:\n  - role: measures\n    heading: {year}年度推进法治政府建设的主要举措和成效\n    body: {said}\n"
        );
        Arc::new(load::load(&source).report.expect("the report loads"))
    }

    #[test]
    fn a_pair_is_compared_ahead_once_both_years_are_built_and_only_for_those_reports() {
        let setup = setup(&["2022", "2023", "2024"]);
        let (a, b, c) = (
            report(2022, "某区坚持依法行政。"),
            report(2023, "某区全面依法行政。"),
            report(2024, "某区持续依法行政。"),
        );
        // 2024 first: its neighbour 2023 is not built, so nothing is compared yet.
        setup.ahead.built(&setup, "2024", Hans, &c);
        assert!(lock(&setup.ahead.pages).is_empty());
        // 2023 has both neighbours once 2022 is built: two pages, each made once.
        setup.ahead.built(&setup, "2022", Hans, &a);
        setup.ahead.built(&setup, "2023", Hans, &b);
        let made: Vec<String> = lock(&setup.ahead.pages).keys().cloned().collect();
        assert_eq!(made, ["2022-2023.html", "2023-2024.html"]);

        let reports: BTreeMap<String, Arc<Report>> = [("2022", &a), ("2023", &b), ("2024", &c)]
            .into_iter()
            .map(|(year, report)| (year.to_string(), Arc::clone(report)))
            .collect();
        let pair = Pair::new(("2022", Hans), ("2023", Hans), &[]);
        let files = setup.ahead.take(&pair, &reports).expect("made ahead");
        let at_the_end = pair.render(&diff::diff(&a, &b));
        assert_eq!(files, at_the_end, "the same page, whoever compares");
        // A report read again since (the year built anew at the end) is compared again.
        let mut changed = reports.clone();
        changed.insert("2024".to_string(), report(2024, "某区持续依法行政。"));
        let pair = Pair::new(("2023", Hans), ("2024", Hans), &[]);
        assert_eq!(setup.ahead.take(&pair, &changed), None);
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
