//! The pages are accessible and valid. Every page a build writes — the sample's report (in
//! Traditional), a report with every level, points and a table (Simplified), the index and the
//! comparison page, and, built again with both scripts published, each of them with its copy in
//! the other script (`report.zh-Hant.html`, `index.zh-Hans.html`, `2023-2024.zh-Hans.html`) —
//! is parsed with an HTML5 parser and checked: `lang`, a title, one `h1`, heading levels that
//! never skip, a skip link to the main text, unique ids and links that land (in the page and
//! to the site's other files), tables with header cells, and text colours with enough contrast
//! (WCAG AA).
//! Where the Nu HTML Checker is available (`LAWRPT_VNU_JAR`, which `.ci/run` installs and
//! sets), every page is also validated by it with no error and no warning; on CI its absence
//! is a failure, not a skip.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

mod common;
use common::{assert_exit, copy_dir, lawrpt};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A site of two years: the sample (2024, Traditional) and a Simplified report with every
/// level and a table (2023, from the build-clean fixture), built as written into `out/`, and
/// with both scripts published into `both/`. The pages of `out/` first.
fn site() -> (tempfile::TempDir, Vec<PathBuf>) {
    let project = tempfile::tempdir().unwrap();
    copy_dir(
        &manifest_dir().join("reports"),
        &project.path().join("reports"),
    );
    let fixture =
        fs::read_to_string(manifest_dir().join("tests/cmd/build-clean.in/reports/2024.yaml"))
            .unwrap()
            .replace("2025", "2024")
            .replace("year: 2024", "year: 2023")
            .replace("2024年度", "2023年度")
            .replace("2024年", "2023年");
    fs::write(project.path().join("reports/2023.yaml"), fixture).unwrap();
    assert_exit(&lawrpt(project.path(), &["build", "--all", "--quiet"]), 0);
    let both = [
        "build", "--all", "--quiet", "--script", "both", "--out", "both",
    ];
    assert_exit(&lawrpt(project.path(), &both), 0);
    let out = project.path().join("out");
    let mut pages: Vec<PathBuf> = [
        "2023/report.html",
        "2024/report.html",
        "index.html",
        "diff/2023-2024.html",
    ]
    .iter()
    .map(|p| out.join(p))
    .collect();
    let both = common::html_pages(&project.path().join("both"));
    assert_eq!(both.len(), 8, "every page in each script: {both:?}");
    pages.extend(both);
    (project, pages)
}

/// Whether a page was built with both scripts published.
fn in_both_scripts(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "both")
}

fn select<'a>(page: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(selector).unwrap()).collect()
}

#[test]
fn every_page_has_a_language_a_title_named_navigation_and_headings_in_order() {
    let (_project, pages) = site();
    for path in &pages {
        let name = path.display();
        let page = Html::parse_document(&fs::read_to_string(path).unwrap());
        let html = &select(&page, "html")[0];
        let lang = html.value().attr("lang").unwrap_or_default();
        // A comparison page of years in different scripts holds both: plain `zh` there, unless
        // both scripts are published (then each version is converted into one).
        let langs: &[&str] = if in_both_scripts(path) {
            &["zh-Hans", "zh-Hant"]
        } else {
            &["zh-Hans", "zh-Hant", "zh"]
        };
        assert!(langs.contains(&lang), "{name}: lang={lang:?}");
        // A page published in both scripts names each version, itself included, by its lang.
        let versions = select(&page, "link[rel=alternate]");
        assert_eq!(
            versions.len(),
            if in_both_scripts(path) { 2 } else { 0 },
            "{name}"
        );
        for version in versions {
            let href = version.value().attr("href").unwrap();
            let other = fs::read_to_string(path.parent().unwrap().join(href)).unwrap();
            let other = Html::parse_document(&other);
            assert_eq!(
                select(&other, "html")[0].value().attr("lang"),
                version.value().attr("hreflang"),
                "{name}: {href}"
            );
        }
        assert!(
            !select(&page, "title")[0]
                .text()
                .collect::<String>()
                .trim()
                .is_empty(),
            "{name}"
        );
        assert_eq!(select(&page, "h1").len(), 1, "{name}: one h1");
        for nav in select(&page, "nav") {
            assert!(
                nav.value().attr("aria-label").is_some(),
                "{name}: a nav without a name"
            );
        }
        // A link to the page in the other script is named in that script, and says so.
        for link in select(&page, "a[hreflang]") {
            let (lang, hreflang) = (link.value().attr("lang"), link.value().attr("hreflang"));
            assert_eq!(lang, hreflang, "{name}");
        }
        let mut previous = 0;
        for heading in select(&page, "h1, h2, h3, h4, h5, h6") {
            let level: usize = heading.value().name()[1..].parse().unwrap();
            assert!(level <= previous + 1, "{name}: h{level} after h{previous}");
            previous = level;
        }
    }
}

#[test]
fn every_link_to_another_page_of_the_site_lands_on_a_file() {
    let (project, _pages) = site();
    for out in ["out", "both"] {
        let broken = common::broken_links(&project.path().join(out));
        assert!(broken.is_empty(), "{broken:#?}");
    }
}

#[test]
fn report_pages_can_be_read_by_keyboard_and_screen_reader() {
    let (_project, pages) = site();
    let reports = pages.iter().filter(|p| {
        p.file_name()
            .is_some_and(|f| f.to_string_lossy().starts_with("report."))
    });
    for path in reports {
        let name = path.display();
        let page = Html::parse_document(&fs::read_to_string(path).unwrap());
        // A skip link first, to the main text.
        let first_link = &select(&page, "body a")[0];
        assert_eq!(first_link.value().attr("href"), Some("#main"), "{name}");
        assert_eq!(select(&page, "main#main").len(), 1, "{name}");
        // Every id once; every in-page link lands.
        let ids: Vec<&str> = select(&page, "[id]")
            .iter()
            .map(|e| e.value().attr("id").unwrap())
            .collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{name}: an id appears twice");
        for link in select(&page, "a[href^='#']") {
            let target = &link.value().attr("href").unwrap()[1..];
            assert!(ids.contains(&target), "{name}: #{target} leads nowhere");
        }
        // Tables have header cells.
        for table in select(&page, "table") {
            let headers = table.select(&Selector::parse("thead th").unwrap()).count();
            assert!(headers > 0, "{name}: a table without header cells");
        }
    }
    let with_table = Html::parse_document(&fs::read_to_string(&pages[0]).unwrap());
    assert!(
        !select(&with_table, "table").is_empty(),
        "the 2023 page is meant to hold a table"
    );
}

/// WCAG relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn text_colours_have_enough_contrast_on_the_paper() {
    let (_project, pages) = site();
    let css = fs::read_to_string(&pages[1]).unwrap();
    let colour = |name: &str| -> String {
        let at = css
            .find(&format!("{name}:"))
            .unwrap_or_else(|| panic!("{name} is set"));
        let rest = &css[at + name.len() + 1..];
        let start = rest.find('#').unwrap();
        rest[start..start + 7].to_string()
    };
    let paper = colour("--paper");
    for (name, minimum) in [("--ink", 7.0), ("--muted", 4.5), ("--link", 4.5)] {
        let ratio = contrast(&colour(name), &paper);
        assert!(
            ratio >= minimum,
            "{name} on the paper: {ratio:.1}:1, below {minimum}:1"
        );
    }
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
}

#[test]
fn every_page_passes_the_nu_html_checker() {
    let Some(jar) = std::env::var_os("LAWRPT_VNU_JAR") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must provide the Nu HTML Checker: .ci/run installs it and sets LAWRPT_VNU_JAR"
        );
        eprintln!(
            "LAWRPT_VNU_JAR is not set: the Nu HTML Checker is skipped here (.ci/run runs it)"
        );
        return;
    };
    let (_project, pages) = site();
    let run = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--format", "json", "--also-check-css"])
        .args(&pages)
        .output()
        .unwrap();
    // vnu writes its JSON report to standard error.
    let report: serde_json::Value = serde_json::from_slice(&run.stderr).unwrap_or_else(|e| {
        panic!(
            "vnu did not report ({e}): {}",
            String::from_utf8_lossy(&run.stderr)
        )
    });
    let messages = report["messages"].as_array().unwrap();
    assert!(messages.is_empty(), "vnu: {messages:#?}");
    assert!(run.status.success());
}
