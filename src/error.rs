//! Fatal errors: what stops lawrpt from running at all, as opposed to problems in a report
//! (those are diagnostics). Each maps to exit code 2 in one place, [`Error::exit_code`], but an
//! interrupted run (130, as a shell reports a process Ctrl-C ended).
//! Messages and hints come from the catalogue of the run's language (`i18n`).

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::tr;

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
    /// `reason`: `root`, `project` or `foreign`, as the catalogue's `unsafe-output` tells them.
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
    /// PDF output was asked for and no browser to print with was found. `variable` is the
    /// environment variable that names a browser.
    NoBrowser {
        variable: &'static str,
        named: Option<PathBuf>,
    },
    /// A report could not be packed as a Word file.
    WriteDocx { detail: String },
    /// The browser could not print a page.
    Print {
        variable: &'static str,
        page: PathBuf,
        browser: PathBuf,
        detail: String,
    },
    /// Another build holds the lock on the output folder, and `--no-wait` said not to wait.
    Locked { out: PathBuf },
    /// Ctrl-C or SIGTERM stopped the run (exit code 130, not 2).
    Interrupted,
    /// `serve` with several `--project` folders: a preview shows one.
    ServeOneProject,
    /// `serve` could not listen on `host` at port `first`, nor at any port up to `last` when
    /// it looked for a free one. `host` is written as in a URL (`[::1]` for IPv6).
    Listen {
        host: String,
        first: u16,
        last: u16,
        source: io::Error,
    },
    /// `serve` could not watch a folder for changes.
    Watch { path: PathBuf, detail: String },
    /// Reading or writing failed. `action` names what was being done, as the catalogue's `io`
    /// message tells them apart (`read`, `write`, `create-output` …).
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Interrupted => crate::interrupt::EXIT_CODE,
            _ => 2,
        }
    }

    /// Whether this is a write to a reader that has closed its end (`lawrpt diff … | head`):
    /// it has what it wanted, so there is nothing to tell anyone.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }

    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Error {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// How to fix it, in the language of the run.
    pub fn hint(&self) -> Option<String> {
        let text = match self {
            Error::OutWithSeveralProjects => tr!("hint-out-with-several-projects"),
            Error::NoSuchFolder { .. } => tr!("hint-no-such-folder"),
            Error::NotAYear { .. } => tr!("hint-not-a-year"),
            Error::NoProject { .. } => tr!("hint-no-project"),
            Error::NoReport { available, .. } if available.is_empty() => {
                tr!("hint-no-report-yet")
            }
            Error::NoReport { available, .. } => {
                tr!("hint-years-available", years = available.join(", "))
            }
            Error::NotAFile { .. } => tr!("hint-not-a-file"),
            Error::TooLarge { limit, .. } => tr!("hint-too-large", mib = limit / (1024 * 1024)),
            Error::OutsideOutput { .. } => tr!("hint-outside-output"),
            Error::Exists { .. } => tr!("hint-exists"),
            Error::UnsafeOutput { .. } => tr!("hint-unsafe-output"),
            Error::NoYear { .. } => tr!("hint-no-year"),
            Error::NothingToImport { .. } => tr!("hint-nothing-to-import"),
            Error::FromItself { .. } => tr!("hint-from-itself"),
            Error::NotAWordFile { .. } => tr!("hint-not-a-word-file"),
            Error::NoBrowser {
                variable,
                named: Some(_),
            } => tr!("hint-browser-named", variable = *variable),
            Error::NoBrowser {
                variable,
                named: None,
            } => tr!("hint-no-browser", variable = *variable),
            Error::Print { variable, .. } => tr!("hint-print", variable = *variable),
            Error::Locked { .. } => tr!("hint-locked"),
            Error::Interrupted => tr!("hint-interrupted"),
            Error::ServeOneProject => tr!("hint-serve-one-project"),
            Error::Listen { first, last, .. } if first != last => tr!("hint-ports-taken"),
            Error::Listen { .. } => tr!("hint-listen"),
            Error::Watch { .. } => tr!("hint-watch"),
            Error::WriteYaml { .. } | Error::WriteDocx { .. } | Error::Io { .. } => return None,
        };
        Some(text.text)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |path: &PathBuf| path.display().to_string();
        let text = match self {
            Error::NotAYear { argument } => tr!("not-a-year", argument = argument.as_str()),
            Error::NoSuchFolder { path } => tr!("no-such-folder", path = shown(path)),
            Error::OutWithSeveralProjects => tr!("out-with-several-projects"),
            Error::NoProject { start } => tr!("no-project", path = shown(start)),
            Error::NoReport { year, path, .. } => {
                tr!(
                    "no-report-for-year",
                    year = year.as_str(),
                    path = shown(path)
                )
            }
            Error::NotAFile { path } => tr!("not-a-file", path = shown(path)),
            Error::TooLarge { path, size, .. } => {
                tr!("too-large", path = shown(path), size = *size)
            }
            Error::OutsideOutput { path, out } => {
                tr!("outside-output", path = shown(path), out = shown(out))
            }
            Error::Exists { path } => tr!("exists", path = shown(path)),
            Error::UnsafeOutput { path, reason } => {
                tr!("unsafe-output", path = shown(path), reason = *reason)
            }
            Error::NoYear { file } => tr!("no-year", path = shown(file)),
            Error::NothingToImport { file } => tr!("nothing-to-import", path = shown(file)),
            Error::FromItself { year } => tr!("from-itself", year = year.as_str()),
            Error::NotAWordFile { path, reason } => {
                tr!(
                    "not-a-word-file",
                    path = shown(path),
                    reason = reason.as_str()
                )
            }
            Error::WriteYaml { message } => tr!("write-yaml", detail = message.as_str()),
            Error::WriteDocx { detail } => tr!("write-docx", detail = detail.as_str()),
            Error::NoBrowser {
                variable,
                named: Some(path),
            } => tr!(
                "browser-not-there",
                variable = *variable,
                path = shown(path)
            ),
            Error::NoBrowser { named: None, .. } => tr!("no-browser"),
            Error::Print {
                page,
                browser,
                detail,
                ..
            } => tr!(
                "print-failed",
                browser = shown(browser),
                page = shown(page),
                detail = detail.as_str()
            ),
            Error::Locked { out } => tr!("locked", out = shown(out)),
            Error::Interrupted => tr!("interrupted"),
            Error::ServeOneProject => tr!("serve-one-project"),
            Error::Listen {
                host, first, last, ..
            } if first != last => tr!(
                "ports-taken",
                host = host.as_str(),
                first = *first,
                last = *last
            ),
            Error::Listen {
                host,
                first,
                source,
                ..
            } => tr!(
                "listen-failed",
                address = format!("{host}:{first}"),
                kind = io_kind(source),
                detail = source.to_string()
            ),
            Error::Watch { path, detail } => {
                tr!("watch-failed", path = shown(path), detail = detail.as_str())
            }
            Error::Io {
                action,
                path,
                source,
            } => tr!(
                "io",
                action = *action,
                path = shown(path),
                kind = io_kind(source),
                detail = source.to_string()
            ),
        };
        f.write_str(&text.text)
    }
}

/// The kind of an I/O failure, as the catalogue's `io` message tells them apart (the system's
/// own words are English, so other languages say the common kinds themselves).
fn io_kind(error: &io::Error) -> &'static str {
    match error.kind() {
        io::ErrorKind::NotFound => "not-found",
        io::ErrorKind::PermissionDenied => "permission-denied",
        io::ErrorKind::AlreadyExists => "already-exists",
        io::ErrorKind::StorageFull => "storage-full",
        io::ErrorKind::ReadOnlyFilesystem => "read-only",
        io::ErrorKind::IsADirectory => "is-a-directory",
        io::ErrorKind::NotADirectory => "not-a-directory",
        io::ErrorKind::BrokenPipe => "broken-pipe",
        io::ErrorKind::AddrInUse => "addr-in-use",
        io::ErrorKind::AddrNotAvailable => "addr-not-available",
        _ => "other",
    }
}

impl std::error::Error for Error {}
