//! A reader that closes its end of lawrpt's standard output (`lawrpt diff 2023 2024 | head`)
//! has what it wanted: lawrpt stops without a word on standard error, in any language, and
//! exits with 2 to say its output was cut short (as `cat` would fail under `pipefail`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Stdio};

/// Runs lawrpt in `cwd` with `args`, its standard output a pipe whose reader is already
/// closed, so that its first write fails; gives its exit code and what it wrote on stderr.
fn with_closed_stdout(cwd: &Path, args: &[&str], lang: &str) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("LAWRPT_LANG", lang)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_closed_reader_stops_lawrpt_quietly_with_exit_2() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let diff = root.join("tests/cmd/diff.in");
    let seed = root.join("../shared/seed/gaoling-2024.txt");
    let seed = seed.to_str().unwrap();
    let runs: [(&Path, Vec<&str>); 5] = [
        (root, vec!["rules"]),
        (&diff, vec!["diff", "base.yaml", "figure-changed.yaml"]),
        (
            &diff,
            vec!["diff", "base.yaml", "moved-point.yaml", "--format", "json"],
        ),
        (root, vec!["check", "2024", "--format", "json"]),
        (
            root,
            vec!["import", seed, "--year", "2024", "-o", "-", "-q"],
        ),
    ];
    for (cwd, args) in &runs {
        for lang in ["en", "zh-Hans"] {
            let (code, stderr) = with_closed_stdout(cwd, args, lang);
            assert_eq!(code, Some(2), "{args:?} in {lang}: {stderr}");
            assert_eq!(stderr, "", "{args:?} in {lang}");
        }
    }
}
