//! PDF output (`pdf = true` in lawrpt.toml, `build --pdf`): each report page printed by a
//! headless Chromium (or Google Chrome, or Microsoft Edge) with the page's own print
//! stylesheet — A4, the GB/T 9704 margins, 22 lines of 16 pt, "— 1 —" page numbers — so the
//! PDF is the page as a browser prints it, fonts embedded.
//!
//! The browser is found once per run ([`Browser::find`]): `LAWRPT_BROWSER`, else the usual
//! names on `PATH`, else the usual install places on macOS and Windows. It prints a copy of
//! the page in a private folder inside the output folder, with its profile (and, on Linux, its
//! home) there too, so nothing is written elsewhere; the folder goes when the print is done.
//!
//! A browser stamps the time into its PDFs. [`finish`] replaces the dates with the report's
//! own date (or leaves them out), names lawrpt as the creator and the authority as the author,
//! and records the hash of the page printed ([`stamp`]), so the same page gives the same bytes
//! on the same machine, and `build --check` and incremental builds can tell whether a PDF on
//! disk is the print of the page a build would write without printing it again.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use lopdf::{Dictionary, Document, Object, StringFormat};

use super::hash::hash;
use crate::error::Error;
use crate::tr;

/// The variable that names the browser to print with (a path, or a name on `PATH`).
pub const BROWSER_VARIABLE: &str = "LAWRPT_BROWSER";

/// Names a Chromium-based browser goes by on `PATH`, most likely first.
const NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "microsoft-edge",
    "msedge",
];

/// Where the browsers install themselves off `PATH`.
const INSTALLED: &[&str] = &[
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
];

/// How long one page may take to print before the browser is stopped, unless
/// `LAWRPT_PRINT_TIMEOUT` says otherwise (seconds).
const TIMEOUT: Duration = Duration::from_secs(120);

/// The variable that gives a print more (or less) than 120 s, for a slow machine.
pub const TIMEOUT_VARIABLE: &str = "LAWRPT_PRINT_TIMEOUT";

fn timeout() -> Duration {
    env::var(TIMEOUT_VARIABLE)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|s| *s > 0)
        .map_or(TIMEOUT, Duration::from_secs)
}

/// The Info dictionary key that holds [`stamp`].
const STAMP_KEY: &[u8] = b"LawrptSource";

/// The file name of a page's PDF: `report.html` → `report.pdf`,
/// `report.zh-Hant.html` → `report.zh-Hant.pdf`. `None` for a file that is not a page.
pub fn file_name(page: &str) -> Option<String> {
    page.strip_suffix(".html").map(|stem| format!("{stem}.pdf"))
}

/// What a PDF records of the page it was printed from: the hash of the page's bytes.
pub fn stamp(html: &str) -> String {
    hash(&[b"lawrpt-pdf-1", html.as_bytes()])
}

/// The [`stamp`] a PDF lawrpt wrote carries; `None` for any other file.
pub fn stamp_of(pdf: &[u8]) -> Option<String> {
    let document = Document::load_mem(pdf).ok()?;
    let info = document.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let dict = document.get_dictionary(info).ok()?;
    let bytes = dict.get(STAMP_KEY).ok()?.as_str().ok()?;
    String::from_utf8(bytes.to_vec()).ok()
}

/// A browser that can print pages to PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Browser {
    pub path: PathBuf,
}

impl Browser {
    /// The browser named by `LAWRPT_BROWSER`, or the first one installed.
    pub fn find() -> Result<Browser, Error> {
        if let Some(named) = env::var_os(BROWSER_VARIABLE).filter(|v| !v.is_empty()) {
            let named = PathBuf::from(named);
            return executable(&named)
                .map(|path| Browser { path })
                .ok_or(Error::NoBrowser {
                    variable: BROWSER_VARIABLE,
                    named: Some(named),
                });
        }
        NAMES
            .iter()
            .find_map(|name| executable(Path::new(name)))
            .or_else(|| {
                INSTALLED
                    .iter()
                    .map(PathBuf::from)
                    .find(|path| path.is_file())
            })
            .map(|path| Browser { path })
            .ok_or(Error::NoBrowser {
                variable: BROWSER_VARIABLE,
                named: None,
            })
    }
}

/// A path to a file, as given, or a bare name looked up on `PATH`.
fn executable(name: &Path) -> Option<PathBuf> {
    if name.components().count() > 1 {
        return name.is_file().then(|| name.to_path_buf());
    }
    let path = env::var_os("PATH")?;
    env::split_paths(&path).find_map(|dir| {
        let mut exe = OsString::from(name.as_os_str());
        exe.push(".exe");
        [dir.join(name), dir.join(exe)]
            .into_iter()
            .find(|candidate| candidate.is_file())
    })
}

/// What the PDF says of itself besides what the page says (its title comes from `<title>`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Details<'a> {
    /// The government or department that issued the report.
    pub authority: Option<&'a str>,
    /// The report's date, `YYYY-MM-DD`.
    pub issued: Option<&'a str>,
}

/// Prints `html` to PDF with `browser`, working in a private folder made inside `work_in`
/// (the output folder), and returns the finished PDF's bytes. `page` is the page's path in
/// the output folder, for messages.
pub fn print(
    browser: &Browser,
    html: &str,
    details: Details,
    work_in: &Path,
    page: &Path,
) -> Result<Vec<u8>, Error> {
    let failed = |detail: String| Error::Print {
        variable: BROWSER_VARIABLE,
        page: page.to_path_buf(),
        browser: browser.path.clone(),
        detail,
    };
    let work = tempfile::Builder::new()
        .prefix(WORK_PREFIX)
        .tempdir_in(work_in)
        .map_err(|e| Error::io("make-print-folder", work_in, e))?;
    let dir = work.path();
    let source = dir.join("page.html");
    let printed = dir.join("page.pdf");
    let log = dir.join("browser.log");
    fs::write(&source, html).map_err(|e| Error::io("write", &source, e))?;
    let log_file = fs::File::create(&log).map_err(|e| Error::io("write", &log, e))?;
    let mut command = Command::new(&browser.path);
    command
        .args([
            "--headless",
            // Root in a container has no sandbox to run in; the page printed is lawrpt's own,
            // with no script and no request beyond the file itself.
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            "--no-first-run",
            "--disable-extensions",
            "--disable-sync",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", printed.display()))
        .arg(file_url(&source))
        // The PDF's dates are replaced; the time zone only keeps them one length.
        .env("TZ", "UTC")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log_file);
    if cfg!(target_os = "linux") {
        // Chromium keeps caches and a certificate store under the home folder.
        command
            .env("HOME", dir)
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .env("XDG_CACHE_HOME", dir.join("cache"));
    }
    let mut child = command
        .spawn()
        .map_err(|e| failed(tr!("print-not-started", detail = e.to_string()).text))?;
    let (started, limit) = (Instant::now(), timeout());
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(
                    tr!(
                        "print-timed-out",
                        seconds = limit.as_secs(),
                        variable = TIMEOUT_VARIABLE
                    )
                    .text,
                ));
            }
            // Ctrl-C or SIGTERM: the browser goes with the build (its folder is removed as
            // the build unwinds); the year is not written.
            Ok(None) if crate::interrupt::requested() => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(crate::error::Error::Interrupted.to_string()));
            }
            Ok(None) => thread::sleep(Duration::from_millis(20)),
            Err(e) => {
                return Err(failed(
                    tr!("print-wait-failed", detail = e.to_string()).text,
                ));
            }
        }
    };
    let bytes = match fs::read(&printed) {
        Ok(bytes) if status.success() && bytes.starts_with(b"%PDF-") => bytes,
        _ => {
            let said = fs::read_to_string(&log).unwrap_or_default();
            return Err(failed(format!("{status}; {}", last_words(&said))));
        }
    };
    finish(&bytes, &stamp(html), details)
        .map_err(|e| failed(tr!("print-unreadable", detail = e.to_string()).text))
}

/// The prefix of the folders pages are printed in; a killed build's are swept by the next.
pub const WORK_PREFIX: &str = ".lawrpt-print.";

/// Removes the print folders a killed build left in the output folder.
pub fn sweep(out: &Path) {
    for entry in fs::read_dir(out).into_iter().flatten().flatten() {
        let ours = entry
            .file_name()
            .to_str()
            .is_some_and(|name| name.starts_with(WORK_PREFIX));
        if ours && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// A `file:` URL for a path, its bytes percent-encoded where a URL needs them to be.
fn file_url(path: &Path) -> String {
    let absolute = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut url = String::from(if text.starts_with('/') {
        "file://"
    } else {
        "file:///"
    });
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~:".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

/// The last lines a browser printed that say something: its messages about the desktop bus
/// and the like are noise here.
fn last_words(log: &str) -> String {
    let lines: Vec<&str> = log
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.contains("dbus"))
        .collect();
    match lines.len() {
        0 => tr!("print-said-nothing").text,
        n => lines[n.saturating_sub(3)..].join(" / "),
    }
}

/// The printed PDF with lawrpt's details in place of the browser's: the dates the report's
/// own (or none), lawrpt as creator, the authority as author, and the page's stamp.
pub fn finish(pdf: &[u8], stamp: &str, details: Details) -> Result<Vec<u8>, lopdf::Error> {
    let mut document = Document::load_mem(pdf)?;
    let info = match document.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => id,
        Err(_) => {
            let id = document.add_object(Dictionary::new());
            document.trailer.set("Info", id);
            id
        }
    };
    let dict = document.get_object_mut(info)?.as_dict_mut()?;
    dict.remove(b"CreationDate");
    dict.remove(b"ModDate");
    if let Some(date) = details.issued.and_then(pdf_date) {
        dict.set("CreationDate", literal(&date));
        dict.set("ModDate", literal(&date));
    }
    if let Some(authority) = details.authority {
        dict.set("Author", text_string(authority));
    }
    dict.set(
        "Creator",
        literal(concat!("lawrpt ", env!("CARGO_PKG_VERSION"))),
    );
    dict.set(STAMP_KEY, literal(stamp));
    let mut bytes = Vec::with_capacity(pdf.len());
    document.save_to(&mut bytes)?;
    Ok(bytes)
}

/// `2025-03-28` → `D:20250328000000+08'00'`: the day, in China's time zone.
fn pdf_date(iso: &str) -> Option<String> {
    let digits: String = iso.chars().filter(char::is_ascii_digit).collect();
    (digits.len() == 8 && iso.len() == 10).then(|| format!("D:{digits}000000+08'00'"))
}

fn literal(text: &str) -> Object {
    Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
}

/// A PDF text string: UTF-16BE with its byte order mark, as non-Latin text must be.
fn text_string(text: &str) -> Object {
    let bytes = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    Object::String(bytes, StringFormat::Hexadecimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One A4 page as Chromium prints it, dated the moment it was printed.
    fn printed() -> Vec<u8> {
        include_bytes!("../../tests/fixtures/pdf/printed.pdf").to_vec()
    }

    #[test]
    fn a_finished_pdf_carries_the_reports_date_and_stamp_not_the_print_time() {
        let details = Details {
            authority: Some("西安市高陵区人民政府"),
            issued: Some("2025-03-28"),
        };
        let done = finish(&printed(), "abc", details).unwrap();
        let text = String::from_utf8_lossy(&done);
        assert!(text.contains("D:20250328000000+08'00'"), "{text}");
        assert!(!text.contains("2026"), "{text}");
        assert!(text.contains("Skia/PDF m156"), "the producer stays: {text}");
        assert_eq!(stamp_of(&done).as_deref(), Some("abc"));
        let metadata = Document::load_metadata_mem(&done).unwrap();
        assert_eq!(metadata.author.as_deref(), Some("西安市高陵区人民政府"));
        assert_eq!(metadata.page_count, 1);
        // Twice the same: nothing of the moment is left.
        assert_eq!(finish(&printed(), "abc", details).unwrap(), done);
    }

    #[test]
    fn without_a_date_the_pdf_has_none() {
        let done = finish(&printed(), "abc", Details::default()).unwrap();
        let metadata = Document::load_metadata_mem(&done).unwrap();
        assert_eq!(metadata.creation_date, None);
        assert_eq!(metadata.modification_date, None);
        assert_eq!(metadata.author, None);
    }

    #[test]
    fn only_a_pdf_lawrpt_finished_has_a_stamp() {
        assert_eq!(stamp_of(&printed()), None);
        assert_eq!(stamp_of(b"not a pdf"), None);
        assert_ne!(stamp("<p>a</p>"), stamp("<p>b</p>"));
    }

    #[test]
    fn pages_become_pdfs_of_the_same_name() {
        assert_eq!(file_name("report.html").as_deref(), Some("report.pdf"));
        assert_eq!(
            file_name("report.zh-Hant.html").as_deref(),
            Some("report.zh-Hant.pdf")
        );
        assert_eq!(file_name("report.md"), None);
    }

    #[test]
    fn file_urls_encode_what_a_url_cannot_hold() {
        let url = file_url(Path::new("/no/such/项目 1/page.html"));
        assert_eq!(url, "file:///no/such/%E9%A1%B9%E7%9B%AE%201/page.html");
    }

    #[test]
    fn the_browsers_noise_is_left_out_of_the_message() {
        let log =
            "[1:1:ERROR:dbus/bus.cc] Failed to connect to the bus\n\nERROR: cannot open display\n";
        assert_eq!(last_words(log), "ERROR: cannot open display");
        assert_eq!(last_words(""), "it said nothing");
    }

    #[test]
    fn a_named_browser_that_is_not_there_is_an_error() {
        assert_eq!(executable(Path::new("/no/such/chromium")), None);
        assert_eq!(executable(Path::new("no-such-browser-lawrpt")), None);
    }
}
