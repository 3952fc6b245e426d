//! In Chinese, nothing a user reads is English: every fixture project of `tests/cmd/` checked
//! and compared, and the fuzz corpora (fuzz/corpus/: hostile reports, web pages and Word
//! files) built and imported, with `LAWRPT_LANG=zh-Hans`; no message, hint, summary or diff
//! label may hold a run of three English words. What is quoted is not lawrpt's to translate:
//! the source lines a message shows, and `code` (keys, commands, values) between backticks.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

/// Runs of three or more English words in `text`, outside backticks and quoted source lines.
fn english(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        // A quoted source line: `7 |     bdy: 正文。`, or its caret line.
        let trimmed = line.trim_start();
        let gutter = trimmed.trim_start_matches(|c: char| c.is_ascii_digit());
        if gutter.starts_with('|') || gutter.starts_with(" |") {
            continue;
        }
        let outside: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        // A word is a token between spaces of ASCII letters only, trimmed of the punctuation
        // an English sentence puts around words: paths, flags, URLs and workflow-command
        // syntax (`file=reports/2024.yaml,line=3`) are not words.
        let mut run: Vec<&str> = Vec::new();
        for token in outside.split_whitespace().chain([""]) {
            let word = token
                .trim_start_matches(['(', '"', '\''])
                .trim_end_matches([',', ';', ':', '.', '?', '!', ')', '"', '\'']);
            if word.len() >= 2 && word.chars().all(|c| c.is_ascii_alphabetic()) {
                run.push(word);
            } else {
                if run.len() >= 3 {
                    found.push(run.join(" "));
                }
                run.clear();
            }
        }
    }
    found
}

#[test]
fn the_scan_finds_english_and_passes_over_what_is_quoted() {
    assert_eq!(english("错误： unknown key in a part"), ["unknown key in"]);
    assert_eq!(
        english("cannot read it: (No such file)"),
        ["cannot read it No such file"]
    );
    assert!(english("已生成 out/2024/report.zh-Hant.md, out/2024/report.html").is_empty());
    assert!(english("::error file=reports/2024.yaml,title=lawrpt placeholder::这里").is_empty());
    assert!(english("错误：报告中没有 `this is code` 这个键").is_empty());
    assert!(english("3 | titel: some english text").is_empty());
    assert!(english("提示：请用 lawrpt check 检查").is_empty());
}

/// Runs lawrpt in Chinese in `dir` and returns what it printed for people.
fn run_in_chinese(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(args)
        .current_dir(dir)
        .env("LAWRPT_LANG", "zh-Hans")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let mut text = String::from_utf8_lossy(&output.stderr).into_owned();
    // Standard output carries the YAML `import -o -` writes and the diff; the YAML is the
    // report's own text, read back by other tests.
    if !args.contains(&"-") {
        text.push_str(&String::from_utf8_lossy(&output.stdout));
    }
    text
}

/// Runs `one` on every item and fails with every item that printed English.
fn each<T: Sync>(items: &[T], one: impl Fn(&T) -> Option<String> + Sync) {
    let failures = common::each(items, one);
    assert!(
        failures.is_empty(),
        "English in Chinese output:\n{}",
        failures.join("\n")
    );
}

fn told(name: &str, text: &str) -> Option<String> {
    let found = english(text);
    (!found.is_empty()).then(|| format!("{name}: {found:?}\n{text}"))
}

#[test]
fn every_fixture_project_is_told_in_chinese() {
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd");
    let mut projects: Vec<PathBuf> = fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && p.extension().is_some_and(|e| e == "in"))
        .filter(|p| p.join("reports").is_dir())
        .collect();
    projects.sort();
    assert!(
        projects.len() > 30,
        "only {} fixture projects",
        projects.len()
    );
    each(&projects, |project| {
        let copy = tempfile::tempdir().unwrap();
        common::copy_dir(project, copy.path());
        let name = project.file_name().unwrap().to_string_lossy();
        let years: Vec<String> = fs::read_dir(copy.path().join("reports"))
            .unwrap()
            .filter_map(|e| {
                let path = e.unwrap().path();
                let stem = path.file_stem()?.to_str()?.to_string();
                (path.extension()? == "yaml" && stem.parse::<u16>().is_ok()).then_some(stem)
            })
            .collect();
        let mut text = run_in_chinese(copy.path(), &["build", "--all"]);
        text += &run_in_chinese(copy.path(), &["build", "--all", "--check"]);
        text += &run_in_chinese(copy.path(), &["check", "--all", "--format", "github"]);
        let mut sorted = years.clone();
        sorted.sort();
        if let [.., old, new] = sorted.as_slice() {
            for format in [&["--stat"][..], &["--format", "md"], &[]] {
                let mut args = vec!["diff", old.as_str(), new.as_str()];
                args.extend_from_slice(format);
                text += &run_in_chinese(copy.path(), &args);
            }
        }
        told(&name, &text)
    });
}

#[test]
fn hostile_reports_are_told_in_chinese() {
    each(&common::corpus("build_report"), |file| {
        let project = tempfile::tempdir().unwrap();
        fs::create_dir(project.path().join("reports")).unwrap();
        fs::copy(file, project.path().join("reports/2024.yaml")).unwrap();
        let text = run_in_chinese(project.path(), &["build", "2024"]);
        told(&file.display().to_string(), &text)
    });
}

#[test]
fn hostile_imports_are_told_in_chinese() {
    let mut inputs: Vec<(PathBuf, &str)> = common::corpus("import_text")
        .into_iter()
        .map(|f| (f, "in.txt"))
        .collect();
    // Word inputs that are zip archives: the rest are packaged by the fuzz target itself.
    inputs.extend(
        common::corpus("import_docx")
            .into_iter()
            .filter(|f| fs::read(f).unwrap().starts_with(b"PK"))
            .map(|f| (f, "in.docx")),
    );
    each(&inputs, |(file, name)| {
        let dir = tempfile::tempdir().unwrap();
        fs::copy(file, dir.path().join(name)).unwrap();
        let text = run_in_chinese(dir.path(), &["import", name, "--year", "2024", "-o", "-"]);
        told(&file.display().to_string(), &text)
    });
}
