//! What the integration tests share: running the real binary, and throwaway projects.

// Each test crate uses some of these helpers, not all.
#![allow(dead_code)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// Runs the lawrpt binary in `cwd`, without colour.
pub fn lawrpt(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("the lawrpt binary runs")
}

/// A project in a temporary folder holding `reports/2024.yaml` with the given text.
pub fn project_with_2024(report: &str) -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    fs::create_dir(project.path().join("reports")).unwrap();
    fs::write(project.path().join("reports/2024.yaml"), report).unwrap();
    project
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn stderr(run: &Output) -> String {
    String::from_utf8_lossy(&run.stderr).into_owned()
}

/// A run's exit code, with its messages shown when the assertion fails.
#[track_caller]
pub fn assert_exit(run: &Output, code: i32) {
    assert_eq!(run.status.code(), Some(code), "{}", stderr(run));
}
