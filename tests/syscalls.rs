//! What a cold build asks of the kernel (issue 17): writing an output costs what writing
//! it needs (create a temporary file, write, rename) and nothing per output besides: no path
//! resolved (`readlink`), no working folder asked for at each file (`getcwd`), no probe that
//! fails (a `stat`, `open` or `mkdir` of an output not there yet). Traced with strace, which
//! .ci/run installs; elsewhere the test says it is skipped.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(target_os = "linux")]

mod common;

use std::process::Command;

use common::{on_path, skipped, three_years};

/// The system calls of `lawrpt build --all` in the three-year fixture, one line each, as
/// strace prints them (`-f`: every thread).
fn traced_build() -> Option<(Vec<String>, tempfile::TempDir)> {
    let Some(strace) = on_path(&["strace"]) else {
        skipped("strace", "counting a build's system calls");
        return None;
    };
    let project = three_years();
    let trace = project.path().join("trace.txt");
    let run = Command::new(strace)
        .args(["-f", "-qq", "-o"])
        .arg(&trace)
        .arg(env!("CARGO_BIN_EXE_lawrpt"))
        .args(["build", "--all", "--quiet"])
        .current_dir(project.path())
        .env("NO_COLOR", "1")
        .env("LAWRPT_LANG", "en")
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let lines = std::fs::read_to_string(&trace)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    Some((lines, project))
}

/// The calls named `name` (`openat`, `mkdir`, …): strace (`-f`) writes each after its pid.
fn calls<'a>(lines: &'a [String], name: &str) -> Vec<&'a String> {
    let call = format!(" {name}(");
    lines.iter().filter(|l| l.contains(&call)).collect()
}

fn failed(line: &str) -> bool {
    line.contains(" = -1 ")
}

#[test]
fn a_cold_build_asks_nothing_per_output_beyond_writing_it() {
    let Some((lines, project)) = traced_build() else {
        return;
    };
    let out = project.path().join("out");
    let outputs: Vec<String> = common::files(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("report.") || name.ends_with(".html"))
        .collect();
    // Three years of three pages, two comparison pages, the index.
    assert!(outputs.len() >= 12, "{outputs:?}");

    assert_eq!(
        calls(&lines, "readlink"),
        Vec::<&String>::new(),
        "no path resolved"
    );
    // Once per folder written into (three years, diff/) and a few for the run, not per file.
    let getcwd = calls(&lines, "getcwd").len();
    assert!(
        getcwd <= 8,
        "getcwd {getcwd} times for {} files",
        outputs.len()
    );
    // Each output is created once (its temporary file) and renamed once.
    let renames = calls(&lines, "rename").len() + calls(&lines, "renameat").len();
    assert!(
        renames <= outputs.len() + 1,
        "{renames} renames for {} outputs and the manifest",
        outputs.len()
    );
    // No failing probe of an output: the year pages and comparison pages are written into
    // folders this run made, where nothing is looked for first.
    let probes: Vec<&String> = lines
        .iter()
        .filter(|l| failed(l))
        .filter(|l| l.contains("out/") && (l.contains("/report.") || l.contains("diff/20")))
        .collect();
    assert_eq!(probes, Vec::<&String>::new(), "failing probes of outputs");
    // out/ is made once, by whichever year comes first.
    let mkdirs_failed = calls(&lines, "mkdir")
        .into_iter()
        .chain(calls(&lines, "mkdirat"))
        .filter(|l| failed(l))
        .count();
    assert!(mkdirs_failed <= 3, "{mkdirs_failed} failing mkdir");
}
