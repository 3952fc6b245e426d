//! The fuzz corpora (fuzz/corpus/, see fuzz/README.md) replayed through the real binary, on
//! stable and without building the fuzz targets: every file must end in exit code 0, 1 or 2,
//! never in a panic. `build_report` inputs are built as `reports/2024.yaml` of a throwaway
//! project; `import_text` and `import_docx` inputs are imported with `--year 2024 -o -`, and
//! when an import succeeds, what it printed must load without a load-stage error — the
//! import targets' own oracle.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use lawrpt::rules::id;

mod common;
/// What the import_docx target does with input that is not a zip archive: the fuzz crate's
/// own packaging (`docx_of`), compiled in here.
#[path = "../fuzz/src/docx.rs"]
mod docx;
use docx::docx_of;
/// The schema_loader and serve_path targets' own runs and oracles, compiled in here.
#[path = "../fuzz/src/schema_loader.rs"]
mod schema_loader;
#[path = "../fuzz/src/serve_path.rs"]
mod serve_path;

/// Runs `one` on every file, on a few threads (each run is a process), and fails with every
/// file that went wrong.
fn replay(files: &[PathBuf], one: impl Fn(&Path, &[u8]) -> Result<(), String> + Sync) {
    let failures = common::each(files, |path| {
        let bytes = fs::read(path).unwrap();
        one(path, &bytes)
            .err()
            .map(|why| format!("{}: {why}", path.display()))
    });
    assert!(
        failures.is_empty(),
        "{} of {} corpus files failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}

/// Exit 0, 1 or 2, and no panic.
fn ended_cleanly(run: &Output) -> Result<(), String> {
    let stderr = common::stderr(run);
    match run.status.code() {
        Some(0..=2) if !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE") => Ok(()),
        code => Err(format!("exit {code:?}\n{stderr}")),
    }
}

#[test]
fn every_build_corpus_file_builds_or_fails_without_a_panic() {
    replay(&common::corpus("build_report"), |_, bytes| {
        let project = tempfile::tempdir().unwrap();
        fs::create_dir(project.path().join("reports")).unwrap();
        fs::write(project.path().join("reports/2024.yaml"), bytes).unwrap();
        ended_cleanly(&common::lawrpt(project.path(), &["build", "2024"]))
    });
}

#[test]
fn every_text_corpus_file_imports_or_fails_without_a_panic() {
    replay(&common::corpus("import_text"), |_, bytes| {
        import(bytes, "page.txt")
    });
}

#[test]
fn every_word_corpus_file_imports_or_fails_without_a_panic() {
    replay(&common::corpus("import_docx"), |_, bytes| {
        if bytes.starts_with(b"PK\x03\x04") {
            import(bytes, "page.docx")
        } else {
            import(&docx_of(bytes), "page.docx")
        }
    });
}

#[test]
fn every_word_round_trip_corpus_file_builds_a_word_file_that_imports() {
    replay(&common::corpus("docx_roundtrip"), |_, bytes| {
        let project = tempfile::tempdir().unwrap();
        fs::create_dir(project.path().join("reports")).unwrap();
        fs::write(project.path().join("reports/2024.yaml"), bytes).unwrap();
        let run = common::lawrpt(project.path(), &["build", "2024", "--docx"]);
        ended_cleanly(&run)?;
        let Ok(word) = fs::read(project.path().join("out/2024/report.docx")) else {
            return Ok(());
        };
        import(&word, "report.docx")
    });
}

/// Runs a target's own function (and so its oracle) on each file of its corpus, in process.
fn replay_in_process(target: &str, run: fn(&[u8])) {
    replay(&common::corpus(target), |_, bytes| {
        std::panic::catch_unwind(|| run(bytes)).map_err(|panic| {
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        })
    });
}

#[test]
fn every_schema_corpus_file_the_loader_reads_is_valid_against_the_schema() {
    replay_in_process("schema_loader", schema_loader::schema_loader);
}

#[test]
fn every_request_target_of_the_corpus_stays_in_the_site() {
    replay_in_process("serve_path", serve_path::serve_path);
}

/// `lawrpt import <name> --year 2024 -o -` on these bytes; what a successful import prints
/// must load.
fn import(bytes: &[u8], name: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(name), bytes).unwrap();
    let run = common::lawrpt(dir.path(), &["import", name, "--year", "2024", "-o", "-"]);
    ended_cleanly(&run)?;
    if run.status.code() != Some(0) {
        return Ok(());
    }
    let yaml = String::from_utf8(run.stdout).map_err(|e| format!("not UTF-8: {e}"))?;
    let load_errors: Vec<String> = lawrpt::load::load(&yaml)
        .diagnostics
        .iter()
        .filter(|d| id::LOAD.contains(&d.rule))
        .map(|d| format!("{}:{} {}: {}", d.span.line, d.span.col, d.rule, d.message))
        .collect();
    if load_errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the YAML written does not load:\n{}\n--- YAML ---\n{yaml}",
            load_errors.join("\n")
        ))
    }
}
