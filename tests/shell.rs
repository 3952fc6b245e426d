//! `lawrpt completions SHELL` and `lawrpt man`: what a shell and `man` are given names every
//! command lawrpt has (the list is `lawrpt --help`'s, so a new command cannot be missed).

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Stdio};

mod common;
use common::{assert_exit, lawrpt};

/// The commands `lawrpt --help` lists.
fn commands() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let help = String::from_utf8(lawrpt(dir.path(), &["--help"]).stdout).unwrap();
    let listed: Vec<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect();
    assert!(listed.len() >= 9, "{help}");
    listed
}

#[test]
fn each_shells_completion_script_names_every_command_and_flag() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = lawrpt(dir.path(), &["completions", shell]);
        assert_exit(&run, 0);
        let script = String::from_utf8(run.stdout).unwrap();
        for command in commands() {
            assert!(script.contains(&command), "{shell}: no {command}");
        }
        for flag in ["docx", "script", "format", "lang"] {
            // fish names a long option `-l docx`.
            let written = match shell {
                "fish" => format!("-l {flag}"),
                _ => format!("--{flag}"),
            };
            assert!(script.contains(&written), "{shell}: no {written}");
        }
    }
    // The bash script is bash.
    let script = lawrpt(dir.path(), &["completions", "bash"]).stdout;
    if let Ok(mut bash) = Command::new("bash")
        .args(["-n", "/dev/stdin"])
        .stdin(Stdio::piped())
        .spawn()
    {
        bash.stdin.take().unwrap().write_all(&script).unwrap();
        assert!(bash.wait().unwrap().success(), "bash -n rejects the script");
    }
    let run = lawrpt(dir.path(), &["completions", "tcsh"]);
    assert_exit(&run, 2);
}

#[test]
fn the_manual_lists_every_command_and_each_has_its_page() {
    let dir = tempfile::tempdir().unwrap();
    let run = lawrpt(dir.path(), &["man"]);
    assert_exit(&run, 0);
    let page = String::from_utf8(run.stdout).unwrap();
    assert!(page.contains(".TH lawrpt 1"), "{page}");
    for command in commands() {
        assert!(
            page.contains(&format!("lawrpt\\-{}(1)", command.replace('-', "\\-"))),
            "lawrpt(1) does not list {command}"
        );
        let run = lawrpt(dir.path(), &["man", &command]);
        assert_exit(&run, 0);
        let sub = String::from_utf8(run.stdout).unwrap();
        assert!(
            sub.contains(&format!(".TH lawrpt-{command} 1")),
            "{command}: {sub}"
        );
        assert!(
            sub.contains(&format!("\\fBlawrpt {command}\\fR")),
            "{command}: {sub}"
        );
    }
    let build = String::from_utf8(lawrpt(dir.path(), &["man", "build"]).stdout).unwrap();
    assert!(build.contains("\\-\\-docx"), "{build}");
    // In the run's language.
    let chinese = Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(["--lang", "zh-Hans", "man"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(chinese.stdout)
            .unwrap()
            .contains("法治政府建设情况报告"),
    );
}
