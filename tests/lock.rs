//! One writer at a time in an output folder (issue 18): a build waits for another writing
//! the same `out/` and says so, `--no-wait` refuses at once (exit 2), `check` and
//! `build --check` take no lock, and two builds started together on a ten-year project both
//! succeed, round after round.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{assert_exit, lawrpt, lawrpt_command, stderr};

/// A project of ten years, 2015–2024: the sample report with its years moved back.
fn ten_years() -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    let sample =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/2024.yaml"))
            .unwrap();
    fs::create_dir(project.path().join("reports")).unwrap();
    for year in 2015..=2024 {
        let text = sample
            .replace("2023", "\u{1}")
            .replace("2024", "\u{2}")
            .replace("2025", "\u{3}")
            .replace('\u{1}', &(year - 1).to_string())
            .replace('\u{2}', &year.to_string())
            .replace('\u{3}', &(year + 1).to_string());
        fs::write(project.path().join(format!("reports/{year}.yaml")), text).unwrap();
    }
    project
}

/// Runs lawrpt in `cwd` speaking `lang`.
fn lawrpt_in(cwd: &Path, lang: &str, args: &[&str]) -> std::process::Output {
    lawrpt_command(cwd, lang, args).output().unwrap()
}

/// Starts `lawrpt build --all` with `extra` in `cwd`, its messages piped.
fn start_build(cwd: &Path, lang: &str, extra: &[&str]) -> std::process::Child {
    let args: Vec<&str> = ["build", "--all"].iter().chain(extra).copied().collect();
    lawrpt_command(cwd, lang, &args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The lock a build takes, held by this test as another lawrpt would hold it.
fn hold_lock(out: &Path) -> File {
    let file = File::options()
        .read(true)
        .write(true)
        .open(out.join(".lawrpt-lock"))
        .unwrap();
    file.try_lock().unwrap();
    file
}

#[test]
fn a_build_waits_while_another_writes_and_no_wait_refuses_in_every_language() {
    let project = ten_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all", "--quiet"]), 0);
    let held = hold_lock(&p.join("out"));

    // --no-wait: exit 2 at once, in each interface language.
    for (lang, said) in [
        ("en", "error: another lawrpt is writing into out/"),
        ("zh-Hans", "错误：另一个 lawrpt 正在写入 out/"),
        ("zh-Hant", "錯誤：另一個 lawrpt 正在寫入 out/"),
    ] {
        let run = lawrpt_in(p, lang, &["build", "--all", "--force", "--no-wait"]);
        assert_exit(&run, 2);
        assert!(stderr(&run).contains(said), "{lang}: {}", stderr(&run));
    }
    // Reading takes no lock.
    assert_exit(&lawrpt(p, &["check", "--all", "--quiet"]), 0);
    assert_exit(&lawrpt(p, &["build", "--all", "--check", "--quiet"]), 0);

    // Without it, the build says why it waits, and waits.
    for (lang, said) in [
        (
            "en",
            "Blocking: waiting for another lawrpt to finish writing out/",
        ),
        (
            "zh-Hans",
            "等待中：另一个 lawrpt 正在写入 out/，待它写完后继续",
        ),
        ("zh-Hant", "等待中：另一個 lawrpt 正在寫入 out/"),
    ] {
        let mut child = start_build(p, lang, &["--force"]);
        std::thread::sleep(Duration::from_millis(500));
        assert!(
            child.try_wait().unwrap().is_none(),
            "{lang}: the build did not wait for the lock"
        );
        // Released: the build goes on and finishes.
        held.unlock().unwrap();
        let status = child.wait().unwrap();
        let mut messages = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut messages)
            .unwrap();
        assert!(status.success(), "{lang}: {messages}");
        assert!(messages.starts_with(said), "{lang}: {messages}");
        assert_eq!(messages.matches(said).count(), 1, "{lang}: said once");
        held.try_lock().unwrap();
    }
}

#[test]
fn two_builds_started_together_both_succeed_round_after_round() {
    let project = ten_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all", "--quiet"]), 0);
    for round in 1..=30 {
        let start = || start_build(p, "en", &["--force", "--quiet"]);
        let (first, second) = (start(), start());
        for child in [first, second] {
            let run = child.wait_with_output().unwrap();
            assert_exit(&run, 0);
            assert!(run.stderr.is_empty(), "round {round}: {}", stderr(&run));
        }
        let check = lawrpt(p, &["build", "--all", "--check", "--quiet"]);
        assert_exit(&check, 0);
    }
}

#[test]
fn a_build_that_writes_nothing_leaves_no_output_folder_and_the_lock_is_not_in_the_site() {
    let project = ten_years();
    let p = project.path();
    // A lawrpt.toml with an error: no year is built, nothing is written, not even the lock.
    fs::write(p.join("lawrpt.toml"), "scripts = [\"zh-TW\"]\n").unwrap();
    assert_exit(&lawrpt(p, &["build", "--all"]), 1);
    assert!(
        !p.join("out").exists(),
        "{:?}",
        fs::read_dir(p.join("out")).map(|d| d.count())
    );
    // Once there, the lock file is lawrpt's: `--check` does not call it stale, and an
    // `--out` folder holding only it (a first build killed at once) is not someone else's.
    fs::remove_file(p.join("lawrpt.toml")).unwrap();
    assert_exit(&lawrpt(p, &["build", "--all", "--quiet"]), 0);
    assert!(p.join("out/.lawrpt-lock").is_file());
    assert_exit(&lawrpt(p, &["build", "--all", "--check", "--quiet"]), 0);
    let elsewhere = tempfile::tempdir().unwrap();
    fs::write(elsewhere.path().join(".lawrpt-lock"), "").unwrap();
    let out = elsewhere.path().to_str().unwrap();
    assert_exit(&lawrpt(p, &["build", "2024", "--out", out, "--quiet"]), 0);
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_waiting_for_the_lock_stops_the_build() {
    let project = ten_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all", "--quiet"]), 0);
    let _held = hold_lock(&p.join("out"));
    let child = start_build(p, "en", &["--force"]);
    std::thread::sleep(Duration::from_millis(500));
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let run = child.wait_with_output().unwrap();
    assert_exit(&run, 130);
    let messages = stderr(&run);
    assert!(
        messages.starts_with(
            "Blocking: waiting for another lawrpt to finish writing out/\nerror: interrupted"
        ),
        "{messages}"
    );
}
