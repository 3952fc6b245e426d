//! The project on disk: its root folder, its reports, `lawrpt.toml` and `templates/`.
//!
//! The root is found as cargo finds Cargo.toml: the nearest folder upward holding `reports/`
//! or `lawrpt.toml`. All reading of project files happens here, with the limits that keep a
//! hostile file from costing more than a report should: a size cap, no symlink out of the
//! project, UTF-8 only.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::report::model::Span;
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

/// The largest report lawrpt reads. The sample is 12 KiB; a report a hundred times longer
/// than any published one still fits.
pub const MAX_REPORT_BYTES: u64 = 4 * 1024 * 1024;

pub const CONFIG_FILE: &str = "lawrpt.toml";

#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
}

/// A file read from the project, named by its path relative to the root.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

impl Project {
    /// The nearest project at or above `start`.
    pub fn discover(start: &Path) -> Result<Project, Error> {
        start
            .ancestors()
            .find(|dir| dir.join("reports").is_dir() || dir.join(CONFIG_FILE).is_file())
            .map(|root| Project {
                root: root.to_path_buf(),
            })
            .ok_or_else(|| Error::NoProject {
                start: start.to_path_buf(),
            })
    }

    /// The project in a folder the user named.
    pub fn at(root: &Path) -> Result<Project, Error> {
        if root.is_dir() {
            Ok(Project {
                root: root.to_path_buf(),
            })
        } else {
            Err(Error::NoSuchFolder {
                path: root.to_path_buf(),
            })
        }
    }

    /// Years that have a `reports/<year>.yaml`, in order.
    pub fn years(&self) -> Vec<String> {
        let mut years: Vec<String> = fs::read_dir(self.root.join("reports"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                let year = name.strip_suffix(".yaml")?;
                is_year(year).then(|| year.to_string())
            })
            .collect();
        years.sort();
        years
    }

    /// The path of a year's report, relative to the root.
    pub fn report_path(year: &str) -> PathBuf {
        Path::new("reports").join(format!("{year}.yaml"))
    }

    /// Reads a year's report. A missing file, a directory, a link out of the project and a
    /// file over the size limit are errors; text that is not UTF-8 is a diagnostic.
    pub fn read_report(&self, year: &str) -> Result<Result<SourceFile, Diagnostic>, Error> {
        let relative = Project::report_path(year);
        let path = self.root.join(&relative);
        // A report that is a link, or in a `reports/` that is one, may lead out of the project:
        // only then is its path resolved (`inside`), two `stat`s otherwise.
        let (metadata, link) = match fs::symlink_metadata(&path) {
            Ok(metadata) if metadata.is_symlink() => (fs::metadata(&path), true),
            found => (found, false),
        };
        let metadata = match metadata {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::NoReport {
                    year: year.to_string(),
                    path: relative,
                    available: self.years(),
                });
            }
            Err(error) => return Err(Error::io("read", relative, error)),
        };
        if !metadata.is_file() {
            return Err(Error::NotAFile { path: relative });
        }
        let reports = fs::symlink_metadata(self.root.join("reports"));
        if link || reports.is_ok_and(|m| m.is_symlink()) {
            self.inside(&path, &relative)?;
        }
        read_limited(&path, &relative, metadata.len())
    }

    /// Reads `lawrpt.toml`, if the project has one.
    pub fn read_config(&self) -> Result<Option<Result<SourceFile, Diagnostic>>, Error> {
        self.read_optional(Path::new(CONFIG_FILE))
    }

    /// Reads `templates/<name>`, if the project overrides that template.
    pub fn read_template(
        &self,
        name: &str,
    ) -> Result<Option<Result<SourceFile, Diagnostic>>, Error> {
        self.read_optional(&Path::new("templates").join(name))
    }

    fn read_optional(
        &self,
        relative: &Path,
    ) -> Result<Option<Result<SourceFile, Diagnostic>>, Error> {
        let path = self.root.join(relative);
        match fs::read(&path) {
            Ok(bytes) => Ok(Some(source_file(&bytes, relative))),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(Error::io("read", relative, error)),
        }
    }

    /// Refuses a path that resolves outside the project (a symlink pointing elsewhere).
    fn inside(&self, path: &Path, relative: &Path) -> Result<(), Error> {
        let root = fs::canonicalize(&self.root).map_err(|e| Error::io("read", &self.root, e))?;
        let real = fs::canonicalize(path).map_err(|e| Error::io("read", relative, e))?;
        if real.starts_with(&root) {
            Ok(())
        } else {
            Err(Error::OutsideOutput {
                path: relative.to_path_buf(),
                out: self.root.clone(),
            })
        }
    }
}

/// Reads a report named by its path (as `lawrpt diff` allows), with the same limits.
pub fn read_path(path: &Path) -> Result<Result<SourceFile, Diagnostic>, Error> {
    let metadata = fs::metadata(path).map_err(|error| Error::io("read", path, error))?;
    if !metadata.is_file() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    read_limited(path, path, metadata.len())
}

/// A report's bytes, refused over [`MAX_REPORT_BYTES`] before they are read.
fn read_limited(
    path: &Path,
    shown: &Path,
    len: u64,
) -> Result<Result<SourceFile, Diagnostic>, Error> {
    if len > MAX_REPORT_BYTES {
        return Err(Error::TooLarge {
            path: shown.to_path_buf(),
            size: len,
            limit: MAX_REPORT_BYTES,
        });
    }
    // Room for the whole file and one byte more, so that it is read in one call and the end
    // found in a second; `take` stops a file that grew since at the limit.
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
    fs::File::open(path)
        .and_then(|file| file.take(MAX_REPORT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|error| Error::io("read", shown, error))?;
    Ok(source_file(&bytes, shown))
}

/// A file's text, or a diagnostic in that file if it is not UTF-8.
fn source_file(bytes: &[u8], relative: &Path) -> Result<SourceFile, Diagnostic> {
    match decode(bytes) {
        Ok(text) => Ok(SourceFile {
            path: relative.to_path_buf(),
            text,
        }),
        Err(mut diagnostic) => {
            diagnostic.file = relative.to_path_buf();
            Err(diagnostic)
        }
    }
}

/// Whether a command-line argument names a year: four digits, not 0000.
pub fn is_year(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && text != "0000"
}

/// Text from a file's bytes: UTF-8, with or without a byte-order mark.
pub fn decode(bytes: &[u8]) -> Result<String, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Diagnostic::new(
            id::ENCODING,
            Span {
                line: 1,
                col: 1,
                offset: 0,
                len: 0,
            },
            tr!("encoding-utf16"),
        )
        .hint(tr!("hint-encoding-utf16")));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let valid = error.valid_up_to();
            // The valid prefix is UTF-8 by definition, so this slice cannot fail.
            let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            Err(Diagnostic::new(
                id::ENCODING,
                Span::at(before, valid, 0),
                tr!("encoding-not-utf8"),
            )
            .hint(tr!("hint-encoding-not-utf8")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_four_digits() {
        assert!(is_year("2024"));
        for not in [
            "",
            "24",
            "20245",
            "0000",
            "../../etc",
            "２０２４",
            "2024.yaml",
        ] {
            assert!(!is_year(not), "{not}");
        }
    }

    #[test]
    fn text_is_utf8_with_or_without_a_bom() {
        assert_eq!(decode("year: 2024".as_bytes()).unwrap(), "year: 2024");
        assert_eq!(decode(b"\xEF\xBB\xBFyear: 2024").unwrap(), "year: 2024");
    }

    #[test]
    fn utf16_and_invalid_bytes_are_refused_where_they_start() {
        assert_eq!(decode(b"\xFF\xFEy\0").unwrap_err().rule, id::ENCODING);
        let error = decode(b"year: 2024\nauthority: \xB8\xDF").unwrap_err();
        assert_eq!((error.span.line, error.span.col), (2, 12));
    }
}
