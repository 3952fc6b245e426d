//! The project's own sample, reports/2024.yaml (Gaoling District, Xi'an, 2024), built by the
//! real binary: its outputs against snapshots, its plain text against the published seed
//! text, and the guarantees of a build: same input, same bytes; a failed build changes nothing.
//! Refresh the snapshots with `SNAPSHOTS=overwrite cargo test --test sample`, then read the diff.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use snapbox::{Data, assert::Assert};

mod common;
use common::{lawrpt, stderr};

const OUTPUTS: [&str; 3] = ["report.md", "report.html", "report.txt"];

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the repository's sample into a fresh folder and returns it with the run's output.
fn build_sample() -> (tempfile::TempDir, Output) {
    let out = tempfile::tempdir().unwrap();
    let run = lawrpt(
        manifest_dir(),
        &["build", "2024", "--out", out.path().to_str().unwrap()],
    );
    (out, run)
}

#[test]
fn the_sample_builds_with_one_warning_the_missing_leadership_part() {
    let (out, run) = build_sample();
    let stderr = stderr(&run);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("warning[leadership-missing]"), "{stderr}");
    assert!(stderr.contains("第一责任人"), "{stderr}");
    assert!(stderr.contains("(0 errors, 1 warning)"), "{stderr}");
    for file in OUTPUTS {
        assert!(out.path().join("2024").join(file).is_file(), "{file}");
    }
}

#[test]
fn the_sample_outputs_match_their_snapshots() {
    let (out, run) = build_sample();
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let assert = Assert::new().action_env("SNAPSHOTS");
    for file in OUTPUTS {
        let actual = fs::read_to_string(out.path().join("2024").join(file)).unwrap();
        let expected = manifest_dir().join("tests/snapshots/sample").join(file);
        assert.eq(actual, Data::read_from(&expected, None));
    }
}

/// The published text, less the website's page counter on its first line.
fn seed_lines() -> Vec<String> {
    let seed: PathBuf = manifest_dir().join("../shared/seed/gaoling-2024.txt");
    let text = fs::read_to_string(&seed).unwrap_or_else(|e| {
        panic!(
            "the seed {} is the sample's truth and must be readable: {e}",
            seed.display()
        )
    });
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    assert_eq!(
        lines.remove(0),
        "瀏覽次數:次",
        "line 1 of the seed is the page counter"
    );
    lines
}

/// The seed's lines, with section numbers in lawrpt's full-width brackets.
fn seed_as_lawrpt_numbers_it() -> Vec<String> {
    seed_lines()
        .iter()
        .map(|l| with_full_width_number(l))
        .collect()
}

/// The web copy writes generated section numbers with half-width brackets, (一); lawrpt
/// generates full-width （一）. Only a leading number is changed, never the author's text.
fn with_full_width_number(line: &str) -> String {
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    if let Some(rest) = line.strip_prefix('(')
        && let Some(close) = rest.find(')')
        && close > 0
        && rest[..close].chars().all(numeral)
    {
        return format!("（{}）{}", &rest[..close], &rest[close + 1..]);
    }
    line.to_string()
}

#[test]
fn report_txt_reproduces_every_line_of_the_published_seed_in_order() {
    let (out, run) = build_sample();
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let txt = fs::read_to_string(out.path().join("2024/report.txt")).unwrap();
    let lines: Vec<&str> = txt.lines().collect();
    let seed = seed_as_lawrpt_numbers_it();
    assert_eq!(seed.len(), 39);
    // The title and a blank line, then the seed paragraph by paragraph, then the issuer.
    assert_eq!(lines[0], "西安市高陵區人民政府2024年法治政府建設情況報告");
    assert_eq!(lines[1], "");
    for (i, expected) in seed.iter().enumerate() {
        assert_eq!(lines[2 + i], expected, "seed line {}", i + 2);
    }
    assert_eq!(&lines[2 + seed.len()..], ["", "西安市高陵區人民政府"]);
}

/// `lawrpt import` of the published seed: the YAML it writes is the sample's (less the
/// indicators, which the text does not hold), and building it gives the seed back.
#[test]
fn importing_the_published_seed_gives_the_sample_and_its_text_back() {
    let project = tempfile::tempdir().unwrap();
    let seed = manifest_dir().join("../shared/seed/gaoling-2024.txt");
    let run = lawrpt(
        project.path(),
        &[
            "import",
            seed.to_str().unwrap(),
            "--year",
            "2024",
            "--authority",
            "西安市高陵區人民政府",
        ],
    );
    let messages = stderr(&run);
    assert_eq!(run.status.code(), Some(0), "{messages}");
    // The page counter is the only line left out, and nothing else was guessed.
    assert_eq!(messages.matches("warning[").count(), 1, "{messages}");
    assert!(messages.contains("warning[import-debris]"), "{messages}");
    assert!(messages.contains("瀏覽次數:次"), "{messages}");

    let imported = fs::read_to_string(project.path().join("reports/2024.yaml")).unwrap();
    let sample = fs::read_to_string(manifest_dir().join("reports/2024.yaml")).unwrap();
    let draft =
        |text: &str| lawrpt::report::draft::Draft::of(&lawrpt::load::load(text).report.unwrap());
    assert_eq!(draft(&imported), draft(&sample));

    let run = lawrpt(project.path(), &["build", "2024"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let txt = fs::read_to_string(project.path().join("out/2024/report.txt")).unwrap();
    let lines: Vec<&str> = txt.lines().collect();
    let seed = seed_as_lawrpt_numbers_it();
    assert_eq!(lines[2..2 + seed.len()], seed[..]);
}

#[test]
fn building_twice_gives_the_same_bytes() {
    let (first, run) = build_sample();
    assert_eq!(run.status.code(), Some(0));
    let (second, run) = build_sample();
    assert_eq!(run.status.code(), Some(0));
    for file in OUTPUTS {
        let a = fs::read(first.path().join("2024").join(file)).unwrap();
        let b = fs::read(second.path().join("2024").join(file)).unwrap();
        assert!(a == b, "{file} differs between two builds");
    }
}

fn listing(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let meta = e.metadata().unwrap();
            (
                e.file_name().into_string().unwrap(),
                fs::read(e.path()).unwrap(),
                meta.modified().unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_build_with_errors_writes_nothing_and_leaves_the_previous_output_untouched() {
    let project = tempfile::tempdir().unwrap();
    common::copy_dir(
        &manifest_dir().join("reports"),
        &project.path().join("reports"),
    );
    let run = lawrpt(project.path(), &["build", "2024"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let year_dir = project.path().join("out/2024");
    let before = listing(&year_dir);
    assert_eq!(before.len(), 3);

    // Break the report: an unknown key is an error.
    let report = project.path().join("reports/2024.yaml");
    let text = fs::read_to_string(&report).unwrap();
    fs::write(
        &report,
        text.replace("year: 2024\n", "year: 2024\ntitel: x\n"),
    )
    .unwrap();
    let run = lawrpt(project.path(), &["build", "2024"]);
    let stderr = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[unknown-key]"), "{stderr}");
    assert!(stderr.contains("2024: not built"), "{stderr}");
    assert_eq!(
        listing(&year_dir),
        before,
        "out/2024 changed after a failed build"
    );
}

#[test]
fn an_unchanged_rebuild_does_not_touch_the_files() {
    let project = tempfile::tempdir().unwrap();
    common::copy_dir(
        &manifest_dir().join("reports"),
        &project.path().join("reports"),
    );
    assert_eq!(
        lawrpt(project.path(), &["build", "2024"]).status.code(),
        Some(0)
    );
    let before = listing(&project.path().join("out/2024"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(
        lawrpt(project.path(), &["build", "2024"]).status.code(),
        Some(0)
    );
    assert_eq!(listing(&project.path().join("out/2024")), before);
}
