//! PDF output (`build --pdf`, `pdf = true`).
//!
//! Most of these run everywhere, with a stand-in browser: a script that answers lawrpt's
//! command line as Chromium does, writing a small PDF where `--print-to-pdf` says and keeping
//! a copy of the page it was given. They show what lawrpt does around the print: the page it
//! prints, the PDF's stamp and dates, `--check`, incremental builds, and that a failed print
//! writes nothing. The last test prints the sample with the real browser and reads the PDF
//! with poppler's tools (pdfinfo, pdffonts, pdftotext): A4, the expected page count, every
//! font embedded, the text and the "— 2 —" page numbers in it. Where there is no Chromium
//! it is skipped, except on CI, which installs it (`.ci/run`), where its absence fails.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;
use common::{assert_exit, poppler, sample, stderr, stdout};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs lawrpt in `cwd` with `LAWRPT_BROWSER` set (or removed, for `None`).
fn lawrpt_with(cwd: &Path, browser: Option<&Path>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lawrpt"));
    command
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("LAWRPT_LANG", "en");
    match browser {
        Some(path) => command.env("LAWRPT_BROWSER", path),
        None => command.env_remove("LAWRPT_BROWSER"),
    };
    command.output().unwrap()
}

/// A one-page PDF as Chromium gives it, dated the moment it was printed.
fn small_pdf() -> Vec<u8> {
    fs::read(manifest_dir().join("tests/fixtures/pdf/printed.pdf")).unwrap()
}

/// A stand-in browser in `dir`: it keeps the page it is asked to print and its arguments in
/// `dir/printed/`, one file each per print, and writes `pdf` where `--print-to-pdf` says (or
/// fails with `exit`, when given).
#[cfg(unix)]
fn fake_browser(dir: &Path, pdf: &[u8], exit: Option<i32>) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    fs::create_dir_all(dir.join("printed")).unwrap();
    fs::write(dir.join("print.pdf"), pdf).unwrap();
    let script = dir.join("chromium");
    let ending = match exit {
        Some(code) => format!("echo 'ERROR: this browser fails' >&2\nexit {code}\n"),
        None => format!("cp '{}' \"$pdf\"\n", dir.join("print.pdf").display()),
    };
    fs::write(
        &script,
        format!(
            "#!/bin/sh\nn=$(ls '{printed}' | grep -c '^args')\necho \"$@\" > '{printed}'/args.$n\n\
             for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) pdf=${{a#--print-to-pdf=}};; file://*) url=$a;; esac; done\n\
             cp \"${{url#file://}}\" '{printed}'/page.$n.html\n{ending}",
            printed = dir.join("printed").display(),
        ),
    )
    .unwrap();
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// Every `.lawrpt-print.*` folder left in `out`.
fn print_folders(out: &Path) -> Vec<String> {
    fs::read_dir(out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".lawrpt-print."))
        .collect()
}

#[cfg(unix)]
#[test]
fn each_page_is_printed_as_written_and_its_pdf_carries_the_report_not_the_moment() {
    let project = sample();
    let tools = tempfile::tempdir().unwrap();
    let browser = fake_browser(tools.path(), &small_pdf(), None);
    let run = lawrpt_with(
        project.path(),
        Some(&browser),
        &["build", "2024", "--pdf", "--script", "both"],
    );
    assert_exit(&run, 0);
    let out = project.path().join("out");
    // Two pages, two prints: the report as written and its Simplified variant.
    for (n, page) in ["report.html", "report.zh-Hans.html"].iter().enumerate() {
        let printed = fs::read(tools.path().join(format!("printed/page.{n}.html"))).unwrap();
        assert_eq!(
            printed,
            fs::read(out.join("2024").join(page)).unwrap(),
            "{page}"
        );
        let args = fs::read_to_string(tools.path().join(format!("printed/args.{n}"))).unwrap();
        for flag in ["--headless", "--no-pdf-header-footer", "--user-data-dir="] {
            assert!(args.contains(flag), "{args}");
        }
        // The browser worked inside the output folder, and nothing of it is left there.
        assert!(
            args.contains(&format!("{}/.lawrpt-print.", out.display())),
            "{args}"
        );
    }
    assert!(print_folders(&out).is_empty());
    let pdf = fs::read(out.join("2024/report.pdf")).unwrap();
    let variant = fs::read(out.join("2024/report.zh-Hans.pdf")).unwrap();
    let metadata = lopdf::Document::load_metadata_mem(&pdf).unwrap();
    assert_eq!(metadata.creator.as_deref(), Some("lawrpt 0.1.0"));
    // The moment of printing is gone (the sample has no date of its own to put there).
    assert_eq!(metadata.creation_date, None);
    assert_ne!(
        pdf, variant,
        "each PDF records the page it was printed from"
    );
    // The manifest lists the PDFs with the other outputs.
    let manifest = fs::read_to_string(out.join(".lawrpt-manifest.json")).unwrap();
    assert!(manifest.contains("\"report.zh-Hans.pdf\""), "{manifest}");
    // Printed again, the same bytes.
    assert_exit(
        &lawrpt_with(
            project.path(),
            Some(&browser),
            &["build", "2024", "--pdf", "--script", "both", "--force"],
        ),
        0,
    );
    assert_eq!(fs::read(out.join("2024/report.pdf")).unwrap(), pdf);
}

#[cfg(unix)]
#[test]
fn check_tells_a_pdf_that_is_not_the_print_of_the_page_without_printing() {
    let project = sample();
    fs::write(project.path().join("lawrpt.toml"), "pdf = true\n").unwrap();
    let tools = tempfile::tempdir().unwrap();
    let browser = fake_browser(tools.path(), &small_pdf(), None);
    assert_exit(
        &lawrpt_with(project.path(), Some(&browser), &["build", "2024"]),
        0,
    );
    let out = project.path().join("out/2024");
    assert!(out.join("report.pdf").is_file(), "pdf = true prints");
    // --check needs no browser: it reads the stamp in the PDF on disk.
    let missing = Path::new("/no/such/browser");
    let check = lawrpt_with(project.path(), Some(missing), &["build", "2024", "--check"]);
    assert_exit(&check, 0);

    let report = project.path().join("reports/2024.yaml");
    let text = fs::read_to_string(&report).unwrap();
    fs::write(&report, text.replacen("年,高陵區堅持", "年,高陵縣堅持", 1)).unwrap();
    let check = lawrpt_with(project.path(), Some(missing), &["build", "2024", "--check"]);
    assert_exit(&check, 1);
    assert!(
        stdout(&check).contains("changed: out/2024/report.pdf"),
        "{}",
        stdout(&check)
    );
    fs::write(&report, text).unwrap();

    fs::remove_file(out.join("report.pdf")).unwrap();
    let check = lawrpt_with(project.path(), Some(missing), &["build", "2024", "--check"]);
    assert_exit(&check, 1);
    assert_eq!(stdout(&check), "missing: out/2024/report.pdf\n");
}

#[cfg(unix)]
#[test]
fn a_page_whose_pdf_is_its_print_already_is_not_printed_again() {
    let project = sample();
    let tools = tempfile::tempdir().unwrap();
    let browser = fake_browser(tools.path(), &small_pdf(), None);
    assert_exit(
        &lawrpt_with(project.path(), Some(&browser), &["build", "2024", "--pdf"]),
        0,
    );
    // The year is built again (an output went missing), its page the same: the PDF stands.
    fs::remove_file(project.path().join("out/2024/report.md")).unwrap();
    let failing = fake_browser(&tools.path().join("failing"), b"", Some(1));
    let run = lawrpt_with(project.path(), Some(&failing), &["build", "2024", "--pdf"]);
    assert_exit(&run, 0);
    assert!(project.path().join("out/2024/report.md").is_file());
    assert_eq!(
        fs::read_dir(tools.path().join("failing/printed"))
            .unwrap()
            .count(),
        0,
        "nothing printed"
    );
}

#[cfg(unix)]
#[test]
fn a_failed_print_writes_nothing_of_the_year_and_says_why() {
    let project = sample();
    assert_exit(
        &common::lawrpt(project.path(), &["build", "2024", "--quiet"]),
        0,
    );
    let out = project.path().join("out");
    let before = fs::read(out.join("2024/report.html")).unwrap();
    let report = project.path().join("reports/2024.yaml");
    let text = fs::read_to_string(&report).unwrap();
    fs::write(&report, text.replacen("年,高陵區堅持", "年,高陵縣堅持", 1)).unwrap();
    let tools = tempfile::tempdir().unwrap();

    let failing = fake_browser(tools.path(), b"", Some(3));
    let run = lawrpt_with(project.path(), Some(&failing), &["build", "2024", "--pdf"]);
    assert_exit(&run, 2);
    let said = stderr(&run);
    assert!(said.contains("could not print"), "{said}");
    assert!(said.contains("ERROR: this browser fails"), "{said}");
    assert_eq!(fs::read(out.join("2024/report.html")).unwrap(), before);
    assert!(!out.join("2024/report.pdf").exists());
    assert!(print_folders(&out).is_empty());

    // A browser that never finishes is stopped.
    let stuck = tools.path().join("stuck");
    fs::write(&stuck, "#!/bin/sh\nexec sleep 60\n").unwrap();
    fs::set_permissions(&stuck, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let started = std::time::Instant::now();
    let run = Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(["build", "2024", "--pdf"])
        .current_dir(project.path())
        .env("LAWRPT_BROWSER", &stuck)
        .env("LAWRPT_PRINT_TIMEOUT", "1")
        .output()
        .unwrap();
    assert_exit(&run, 2);
    assert!(
        stderr(&run).contains("did not finish in 1 seconds"),
        "{}",
        stderr(&run)
    );
    assert!(
        started.elapsed().as_secs() < 30,
        "the browser was stopped, not waited for"
    );
    assert_eq!(fs::read(out.join("2024/report.html")).unwrap(), before);

    // A browser that gives something that is not a PDF.
    let garbage = fake_browser(&tools.path().join("garbage"), b"%PDF-1.4 not really", None);
    let run = lawrpt_with(project.path(), Some(&garbage), &["build", "2024", "--pdf"]);
    assert_exit(&run, 2);
    assert!(
        stderr(&run).contains("its PDF could not be read"),
        "{}",
        stderr(&run)
    );
    assert_eq!(fs::read(out.join("2024/report.html")).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn print_folders_a_killed_build_left_are_swept() {
    let project = sample();
    let out = project.path().join("out");
    assert_exit(
        &common::lawrpt(project.path(), &["build", "2024", "--quiet"]),
        0,
    );
    fs::create_dir_all(out.join(".lawrpt-print.abc123/profile")).unwrap();
    fs::write(out.join(".lawrpt-print.abc123/page.html"), "<p>").unwrap();
    let tools = tempfile::tempdir().unwrap();
    let browser = fake_browser(tools.path(), &small_pdf(), None);
    let run = lawrpt_with(project.path(), Some(&browser), &["build", "2024", "--pdf"]);
    assert_exit(&run, 0);
    assert!(print_folders(&out).is_empty());
}

/// The browser the binary would find: `LAWRPT_BROWSER`, or Chromium or Chrome on `PATH`.
fn real_browser() -> Option<PathBuf> {
    if let Some(named) = std::env::var_os("LAWRPT_BROWSER") {
        return Some(PathBuf::from(named));
    }
    common::on_path(&["chromium", "chromium-browser", "google-chrome"])
}

#[test]
fn the_sample_prints_on_a4_pages_with_its_fonts_embedded() {
    let Some(browser) = real_browser() else {
        common::skipped("Chromium and poppler-utils", "the real print");
        return;
    };
    let project = sample();
    let run = lawrpt_with(
        project.path(),
        Some(&browser),
        &["build", "2024", "--pdf", "--script", "both", "--quiet"],
    );
    assert_exit(&run, 0);
    let out = project.path().join("out/2024");
    for (pdf, title, text) in [
        (
            "report.pdf",
            "西安市高陵區人民政府2024年法治政府建設情況報告",
            "堅持以習近平新時代中國特色社會主義思想",
        ),
        (
            "report.zh-Hans.pdf",
            "西安市高陵区人民政府2024年法治政府建设情况报告",
            "坚持以习近平新时代中国特色社会主义思想",
        ),
    ] {
        let path = out.join(pdf);
        let info = common::PdfInfo::of(&path);
        let field = |name: &str| info.field(name);
        assert_eq!(field("Title:"), title, "{pdf}: {}", info.0);
        assert!(field("Page size:").ends_with("(A4)"), "{pdf}: {}", info.0);
        // The print stylesheet's 22-line pages hold the sample in 8; a font with other
        // metrics may move a page break.
        let pages: usize = field("Pages:").parse().unwrap();
        assert!((7..=9).contains(&pages), "{pdf}: {pages} pages");
        // Every font the pages use is in the file.
        let fonts = poppler("pdffonts", &path, &[]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{pdf}: no fonts: {fonts}");
        for row in &rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let embedded = columns[columns.len() - 5];
            assert_eq!(embedded, "yes", "{pdf}: a font is not embedded: {row}");
        }
        // The text is the report's, and the pages are numbered "— 2 —" from the second on.
        let body: String = poppler("pdftotext", &path, &[])
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert!(body.contains(text), "{pdf}: {body}");
        assert!(
            body.contains("—2—") && body.contains(&format!("—{pages}—")),
            "{pdf}: {body}"
        );
    }
}

#[cfg(unix)]
#[test]
fn pdfs_no_longer_published_are_stale_and_pruned_with_their_year() {
    let project = sample();
    let tools = tempfile::tempdir().unwrap();
    let browser = fake_browser(tools.path(), &small_pdf(), None);
    let build = |args: &[&str]| lawrpt_with(project.path(), Some(&browser), args);
    assert_exit(&build(&["build", "2024", "--pdf", "--script", "both"]), 0);
    let out = project.path().join("out/2024");

    // PDF output turned off: the PDFs are reported, then pruned.
    common::assert_stale_then_pruned(
        &build,
        project.path().join("out").as_path(),
        "pdf",
        "PDF output is off",
    );

    // A year whose report is gone goes whole, its PDF with it.
    assert_exit(&build(&["build", "2024", "--pdf"]), 0);
    fs::remove_file(project.path().join("reports/2024.yaml")).unwrap();
    fs::write(project.path().join("reports/2023.yaml"), "year: 2023\n").unwrap();
    let run = build(&["build", "--all", "--prune", "--quiet"]);
    assert!(!out.exists(), "{}", stderr(&run));
}

#[cfg(unix)]
#[test]
fn the_pages_and_the_indexes_link_their_pdfs() {
    use scraper::{Html, Selector};
    let project = sample();
    let tools = tempfile::tempdir().unwrap();
    let browser = fake_browser(tools.path(), &small_pdf(), None);
    assert_exit(
        &lawrpt_with(
            project.path(),
            Some(&browser),
            &["build", "2024", "--pdf", "--script", "both"],
        ),
        0,
    );
    let out = project.path().join("out");
    let pdf_links = |page: &str| -> Vec<String> {
        let html = Html::parse_document(&fs::read_to_string(out.join(page)).unwrap());
        let selector = Selector::parse("a[type=\"application/pdf\"]").unwrap();
        html.select(&selector)
            .map(|a| a.value().attr("href").unwrap().to_string())
            .collect()
    };
    assert_eq!(pdf_links("2024/report.html"), ["report.pdf"]);
    assert_eq!(
        pdf_links("2024/report.zh-Hans.html"),
        ["report.zh-Hans.pdf"]
    );
    assert_eq!(pdf_links("index.html"), ["2024/report.pdf"]);
    assert_eq!(pdf_links("index.zh-Hans.html"), ["2024/report.zh-Hans.pdf"]);
    // Without PDF output, no page links one.
    assert_exit(
        &lawrpt_with(
            project.path(),
            None,
            &["build", "2024", "--script", "both", "--prune"],
        ),
        0,
    );
    assert!(pdf_links("2024/report.html").is_empty());
    assert!(pdf_links("index.html").is_empty());
}
