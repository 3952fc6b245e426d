//! `build --check`: what differs between the files a build would write and those on disk,
//! and the listing of it on standard output. Reads the output folder; writes nothing.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::shown::shown_path;
use crate::printer::Reporter;
use crate::site::pipeline::File;
use crate::tr;

/// A file that differs from what a build would write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    Missing,
    Changed,
    Stale,
}

/// `build --check` of a year's folder: each file a build would write, and each PDF it would
/// print again (one on disk that is not the print of the page is changed).
pub(super) fn compare_year(
    dir: &Path,
    files: &[File],
    unprinted: &[String],
    differences: &mut Vec<(PathBuf, Difference)>,
) {
    for (name, content) in files {
        compare(dir.join(name), content, differences);
    }
    for name in unprinted {
        let path = dir.join(name);
        let difference = if path.is_file() {
            Difference::Changed
        } else {
            Difference::Missing
        };
        differences.push((path, difference));
    }
}

/// Notes a file a build would write with `text` that is missing or differs on disk.
pub(super) fn compare(
    path: PathBuf,
    text: impl AsRef<[u8]>,
    differences: &mut Vec<(PathBuf, Difference)>,
) {
    match fs::read(&path) {
        Err(_) => differences.push((path, Difference::Missing)),
        Ok(old) if old != text.as_ref() => differences.push((path, Difference::Changed)),
        Ok(_) => {}
    }
}

/// `build --check`'s listing, one file a line, on standard output, in the run's language (in
/// the machine formats, in their document).
pub(super) fn report_differences(
    differences: &[(PathBuf, Difference)],
    cwd: &Path,
    reporter: &mut Reporter,
) -> io::Result<()> {
    let mut sorted: Vec<&(PathBuf, Difference)> = differences.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let listed: Vec<(String, &'static str, String)> = sorted
        .into_iter()
        .map(|(path, difference)| {
            let word = match difference {
                Difference::Missing => "missing",
                Difference::Changed => "changed",
                Difference::Stale => "stale",
            };
            let path = shown_path(path, cwd);
            let line = tr!("check-listing", difference = word, path = path.as_str()).text;
            (path, word, line)
        })
        .collect();
    reporter.differences(&listed)
}
