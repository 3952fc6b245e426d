//! Outputs a build no longer writes: years whose report is gone, copies in a script no longer
//! published (or that became a page's own script), PDFs after PDF output was turned off, and,
//! for `build --check`, any file under the output folder a build would not write. Reads the
//! output folder; writes nothing (`finish` reports and prunes what is found here).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::pairs::{DIFF_DIR, Pair};
use crate::load::project;
use crate::render::variant;
use crate::render::{INDEX, OUTPUTS};
use crate::render::{docx, pdf};
use crate::report::script::Script;
use crate::site::lock;
use crate::site::manifest::{self, Manifest};
use crate::tr;

/// Why a build no longer writes a file it wrote before: the project stopped publishing PDFs or
/// the file's script, or the page is now in another file (its year, or the newest year, is
/// written in another script than before).
/// `pdf` and `published` are the project's settings for this run.
pub(super) fn why_stale(path: &Path, pdf: bool, docx: bool, published: &[Script]) -> String {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let script = Script::ALL
        .into_iter()
        .find(|script| name.contains(&format!(".{}.", script.lang())));
    let why = if name.ends_with(".pdf") && !pdf {
        "pdf-off"
    } else if name.ends_with(".docx") && !docx {
        "docx-off"
    } else if script.is_some_and(|s| !published.contains(&s)) {
        "script-unpublished"
    } else {
        "now-original"
    };
    tr!("stale-why", why = why).text
}

/// Every file name lawrpt may write in a year's folder: the outputs, the PDFs of the pages,
/// and their variants.
pub(super) fn every_output_name() -> Vec<String> {
    let outputs = OUTPUTS.iter().map(|o| o.file.to_string());
    let pdfs = OUTPUTS.iter().filter_map(|o| pdf::file_name(o.file));
    outputs
        .chain(pdfs)
        .chain([docx::FILE.to_string()])
        .flat_map(|file| {
            let variants = Script::ALL.map(|script| variant::file_name(&file, script));
            std::iter::once(file).chain(variants)
        })
        .collect()
}

/// Files of the given years' folders that lawrpt writes (variants, PDFs) and the manifest says
/// the last build of the year did not: the project stopped publishing a script, or PDFs.
pub(super) fn stale_variants<'a>(
    out: &Path,
    years: impl Iterator<Item = &'a str>,
    manifest: &Manifest,
) -> Vec<PathBuf> {
    let ours = every_output_name();
    let mut found = Vec::new();
    for year in years {
        let Some(entry) = manifest.years.get(year) else {
            continue;
        };
        for file in fs::read_dir(out.join(year)).into_iter().flatten().flatten() {
            if let Ok(name) = file.file_name().into_string()
                && ours.contains(&name)
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

/// Copies of the index and of the comparison pages that a build no longer writes.
pub(super) fn stale_site_variants(
    out: &Path,
    index_files: &[String],
    pairs: &[Pair],
) -> Vec<PathBuf> {
    let index_files: Vec<&str> = index_files.iter().map(String::as_str).collect();
    let mut found = copies_not_written(out, &[INDEX.file], &index_files);
    // The copies of a page no pair needs any more are stale with it (`unexpected_files`).
    let pages: Vec<&str> = pairs
        .iter()
        .filter_map(|pair| pair.files().next())
        .collect();
    let written: Vec<&str> = pairs.iter().flat_map(Pair::files).collect();
    found.extend(copies_not_written(&out.join(DIFF_DIR), &pages, &written));
    found
}

/// Files in `dir` named as a copy of one of `pages` in some script, other than `written`.
fn copies_not_written(dir: &Path, pages: &[&str], written: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for file in fs::read_dir(dir).into_iter().flatten().flatten() {
        if let Ok(name) = file.file_name().into_string()
            && !written.contains(&name.as_str())
            && variant::is_variant_file(&name, pages)
            && file.file_type().is_ok_and(|t| t.is_file())
        {
            found.push(file.path());
        }
    }
    found.sort();
    found
}

/// Years with outputs (in the manifest or as a `out/<year>/` folder) but no report any more.
pub(super) fn stale_years(
    out: &Path,
    manifest: &Manifest,
    current: &BTreeSet<&str>,
) -> Vec<String> {
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
pub(super) fn unexpected_files(
    out: &Path,
    current: &BTreeSet<&str>,
    manifest: &Manifest,
    index_files: &[String],
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
                [name] => {
                    index_files.contains(name) || name == manifest::FILE || name == lock::FILE
                }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::manifest::{Entry, FileStamp, Stamp};
    use Script::{Simplified as Hans, Traditional as Hant};

    fn entry(files: &[&str]) -> Entry {
        Entry {
            context: String::new(),
            source: String::new(),
            stamp: Stamp::default(),
            files: files
                .iter()
                .map(|f| (f.to_string(), FileStamp::of(b"")))
                .collect(),
            title: String::new(),
            authority: None,
            issued: None,
            lang: "zh-Hans".into(),
            warnings: 0,
        }
    }

    #[test]
    fn a_stale_file_is_told_by_why_the_build_left_it() {
        let why = |name: &str, pdf: bool, published: &[Script]| {
            why_stale(Path::new(name), pdf, false, published)
        };
        assert_eq!(why("2024/report.pdf", false, &[]), "PDF output is off");
        assert_eq!(
            why("2024/report.zh-Hant.pdf", false, &[Hans, Hant]),
            "PDF output is off"
        );
        assert_eq!(
            why("2024/report.zh-Hant.html", true, &[]),
            "its script is no longer published"
        );
        assert_eq!(
            why("index.zh-Hant.html", false, &[Hans, Hant]),
            "the page is now written in this script, so it is no longer a converted copy"
        );
    }

    #[test]
    fn every_output_name_covers_the_pages_their_pdfs_and_their_copies() {
        let names = every_output_name();
        for name in [
            "report.md",
            "report.html",
            "report.txt",
            "report.pdf",
            "report.zh-Hant.pdf",
            "report.zh-Hans.md",
        ] {
            assert!(names.contains(&name.to_string()), "{name}");
        }
        assert!(!names.contains(&"report.zh-TW.html".to_string()));
        assert!(!names.contains(&"notes.txt".to_string()));
    }

    #[test]
    fn only_files_lawrpt_writes_and_its_last_build_did_not_are_stale() {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().join("2024");
        fs::create_dir_all(&dir).unwrap();
        for name in [
            "report.html",
            "report.pdf",
            "report.zh-Hant.html",
            "notes.txt",
        ] {
            fs::write(dir.join(name), "x").unwrap();
        }
        let mut manifest = Manifest::new();
        manifest.years.insert(
            "2024".into(),
            entry(&["report.html", "report.zh-Hant.html"]),
        );
        let stale = stale_variants(out.path(), ["2024"].into_iter(), &manifest);
        assert_eq!(stale, [dir.join("report.pdf")]);
        // `--check` names every file a build would not write, the user's own among them.
        let current = BTreeSet::from(["2024"]);
        let unexpected = unexpected_files(out.path(), &current, &manifest, &[], &BTreeSet::new());
        assert_eq!(unexpected, [dir.join("notes.txt"), dir.join("report.pdf")]);
    }
}
