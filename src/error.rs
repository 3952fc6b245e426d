//! Fatal errors: what stops lawrpt from running at all, as opposed to problems in a report
//! (those are diagnostics). Each maps to exit code 2 in one place, [`Error::exit_code`].

use std::fmt;
use std::io;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    /// A year argument that is not a year.
    NotAYear { argument: String },
    /// No project folder above the current one.
    NoProject { start: PathBuf },
    /// A `--project` folder that does not exist.
    NoSuchFolder { path: PathBuf },
    /// `--out` with several projects, whose outputs would land on each other.
    OutWithSeveralProjects,
    /// No `reports/<year>.yaml` for a year asked for.
    NoReport {
        year: String,
        path: PathBuf,
        available: Vec<String>,
    },
    /// A report path that is not a regular file (a directory, a device).
    NotAFile { path: PathBuf },
    /// A report larger than lawrpt reads.
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// An output path that would land outside the output folder.
    OutsideOutput { path: PathBuf, out: PathBuf },
    /// An output folder lawrpt must not fill.
    UnsafeOutput { path: PathBuf, reason: &'static str },
    /// A file `import` or `new` would write exists already.
    Exists { path: PathBuf },
    /// `import` found no year to give the report.
    NoYear { file: PathBuf },
    /// `import` found no report text in the file.
    NothingToImport { file: PathBuf },
    /// `new --from` names the year being started.
    FromItself { year: String },
    /// An input `import` cannot read as a Word file.
    NotAWordFile { path: PathBuf, reason: String },
    /// A draft could not be written as YAML.
    WriteYaml { message: String },
    /// PDF output was asked for and no browser to print with was found.
    NoBrowser { named: Option<PathBuf> },
    /// The browser could not print a page.
    Print {
        page: PathBuf,
        browser: PathBuf,
        detail: String,
    },
    /// Reading or writing failed.
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        2
    }

    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Error {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// How to fix it.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::OutWithSeveralProjects => Some(
                "leave out --out: each project is built into its own out/ folder".into(),
            ),
            Error::NoSuchFolder { .. } => {
                Some("name the folder that holds `reports/` (and `lawrpt.toml`, if any)".into())
            }
            Error::NotAYear { .. } => Some("name a year by its four digits, e.g. `lawrpt build 2024`".into()),
            Error::NoProject { .. } => Some(
                "run lawrpt inside a project (a folder with `reports/` or `lawrpt.toml`), or name one with `--project DIR`".into(),
            ),
            Error::NoReport { available, .. } if available.is_empty() => {
                Some("`reports/` holds no `<year>.yaml` yet; write one (see FORMAT.md)".into())
            }
            Error::NoReport { available, .. } => Some(format!("years with a report: {}", available.join(", "))),
            Error::NotAFile { .. } => Some("name a file: this path is a folder (or a device)".into()),
            Error::TooLarge { limit, .. } => Some(format!(
                "a report is at most {} MiB; a file this large is not a report",
                limit / (1024 * 1024)
            )),
            Error::OutsideOutput { .. } => Some(
                "an output folder must not link elsewhere; remove the link or name another folder with --out".into(),
            ),
            Error::Exists { .. } => Some("add --force to replace it".into()),
            Error::UnsafeOutput { .. } => Some(
                "name a new or empty folder for the site, or one a lawrpt build wrote before".into(),
            ),
            Error::NoYear { .. } => Some("say which year it reports on: --year 2024".into()),
            Error::NothingToImport { .. } => Some(
                "import a published report: its text saved from the web page, or its Word file".into(),
            ),
            Error::FromItself { .. } => Some("name an earlier year with --from, or leave it out".into()),
            Error::NotAWordFile { .. } => Some(
                "import reads Word's .docx files and text; save a .doc or .wps file as .docx first".into(),
            ),
            Error::NoBrowser { named: Some(_) } => Some(format!(
                "set {} to the path of Chromium, Google Chrome or Microsoft Edge, or unset it to look for one",
                crate::pdf::BROWSER_VARIABLE
            )),
            Error::NoBrowser { named: None } => Some(format!(
                "install Chromium (Debian, Ubuntu: `apt-get install chromium fonts-noto-cjk`) or Google Chrome, or set {} to a browser's path; or build without PDF (leave out --pdf, or `pdf = true` in lawrpt.toml)",
                crate::pdf::BROWSER_VARIABLE
            )),
            Error::Print { .. } => Some(format!(
                "the other outputs of this year were not written either; try another browser with {}",
                crate::pdf::BROWSER_VARIABLE
            )),
            Error::WriteYaml { .. } | Error::Io { .. } => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotAYear { argument } => write!(f, "`{argument}` is not a year"),
            Error::NoSuchFolder { path } => write!(f, "{} is not a folder", path.display()),
            Error::OutWithSeveralProjects => {
                write!(f, "--out names one folder, but several projects are named")
            }
            Error::NoProject { start } => write!(
                f,
                "no lawrpt project in {} or any folder above it",
                start.display()
            ),
            Error::NoReport { year, path, .. } => {
                write!(f, "no report for {year}: {} does not exist", path.display())
            }
            Error::NotAFile { path } => write!(f, "{} is not a file", path.display()),
            Error::TooLarge { path, size, .. } => {
                write!(
                    f,
                    "{} is {size} bytes, too large to be a report",
                    path.display()
                )
            }
            Error::OutsideOutput { path, out } => write!(
                f,
                "{} would be written outside the output folder {}",
                path.display(),
                out.display()
            ),
            Error::Exists { path } => write!(f, "{} exists already", path.display()),
            Error::UnsafeOutput { path, reason } => write!(
                f,
                "lawrpt will not write its site into {}: {reason}",
                path.display()
            ),
            Error::NoYear { file } => write!(
                f,
                "no year in the title or first heading of {}",
                file.display()
            ),
            Error::NothingToImport { file } => write!(
                f,
                "{} holds no report text (nothing, or only the web page around it)",
                file.display()
            ),
            Error::FromItself { year } => write!(f, "--from {year} is the year being started"),
            Error::NotAWordFile { path, reason } => {
                write!(f, "cannot read {} as a Word file: {reason}", path.display())
            }
            Error::WriteYaml { message } => write!(f, "cannot write the report as YAML: {message}"),
            Error::NoBrowser { named: Some(path) } => write!(
                f,
                "PDF output needs a browser to print with, and {} names {}, which is not there",
                crate::pdf::BROWSER_VARIABLE,
                path.display()
            ),
            Error::NoBrowser { named: None } => write!(
                f,
                "PDF output needs Chromium, Google Chrome or Microsoft Edge to print with, and none is installed"
            ),
            Error::Print {
                page,
                browser,
                detail,
            } => write!(
                f,
                "{} could not print {} to PDF: {detail}",
                browser.display(),
                page.display()
            ),
            Error::Io {
                action,
                path,
                source,
            } => write!(f, "cannot {action} {}: {source}", path.display()),
        }
    }
}

impl std::error::Error for Error {}
