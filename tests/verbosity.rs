//! `-q/--quiet` and `-v/--verbose` mean the same on every command: quiet prints errors only
//! (no warnings, no status lines), verbose adds what lawrpt read, decided and wrote, with times;
//! neither changes standard output, and the two together are a usage error. (`lawrpt serve`'s
//! are in tests/serve.rs.)

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;

mod common;

use common::{assert_exit, lawrpt, stderr, stdout, three_years};

/// Whether a line ends with a time as `-v` gives it: `in 1.2 ms`.
fn timed(line: &str) -> bool {
    line.rsplit_once(" in ").is_some_and(|(_, end)| {
        end.strip_suffix(" ms")
            .is_some_and(|n| n.parse::<f64>().is_ok())
    })
}

#[test]
fn every_command_takes_both_and_refuses_them_together() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    let commands: [&[&str]; 10] = [
        &["build", "--all"],
        &["check", "--all"],
        &["diff", "2023", "2024", "--stat"],
        &["import", "out/2024/report.txt", "--year", "2024", "-o", "-"],
        &["new", "2030", "--force"],
        &["rules"],
        &["schema"],
        &["completions", "bash"],
        &["man"],
        // A year it has no report of: refused before it listens.
        &["serve", "1999"],
    ];
    for command in commands {
        for flag in ["-q", "--quiet", "-v", "--verbose"] {
            let mut args = command.to_vec();
            args.push(flag);
            let run = lawrpt(p, &args);
            let usage = stderr(&run).contains("cannot be used with")
                || stderr(&run).contains("unexpected argument");
            assert!(!usage, "{args:?} takes {flag}: {}", stderr(&run));
        }
        let mut args = command.to_vec();
        args.extend(["-q", "-v"]);
        let run = lawrpt(p, &args);
        assert_exit(&run, 2);
        assert!(
            stderr(&run).contains("cannot be used with"),
            "{args:?}: {}",
            stderr(&run)
        );
    }
    // Before the command, too, as cargo takes them.
    fs::remove_file(p.join("reports/2030.yaml")).unwrap();
    assert_exit(&lawrpt(p, &["-q", "check", "--all"]), 0);
}

#[test]
fn build_and_check_quiet_print_errors_only_and_verbose_adds_times_and_pages() {
    let project = three_years();
    let p = project.path();
    // A warning in 2024 (the fixture's lawrpt.toml makes warnings errors: not here).
    fs::remove_file(p.join("lawrpt.toml")).unwrap();
    let report = p.join("reports/2024.yaml");
    let text = fs::read_to_string(&report).unwrap();
    fs::write(
        &report,
        text.replacen("issued: 2025-03-27", "issued: 2025-04-15", 1),
    )
    .unwrap();

    let verbose = lawrpt(p, &["build", "--all", "-v"]);
    assert_exit(&verbose, 0);
    let said = stderr(&verbose);
    let built: Vec<&str> = said
        .lines()
        .filter(|l| l.contains(": built out/"))
        .collect();
    assert_eq!(built.len(), 3, "{said}");
    assert!(
        built.iter().all(|l| timed(l)),
        "each year's line has its time: {said}"
    );
    for page in [
        "wrote out/index.html",
        "wrote out/diff/2022-2023.html",
        "wrote out/diff/2023-2024.html",
    ] {
        assert!(said.lines().any(|l| l == page), "{page}: {said}");
    }
    assert!(said.contains("warning[issued-late]"), "{said}");
    let last = said.lines().last().unwrap();
    assert!(
        last.starts_with("3 years in ") && last.contains(" ms, on "),
        "{last}"
    );

    let quiet = lawrpt(p, &["build", "--all", "--force", "-q"]);
    assert_exit(&quiet, 0);
    assert_eq!(stderr(&quiet), "", "no warning, no status line");

    let again = stderr(&lawrpt(p, &["build", "--all", "-v"]));
    let unchanged = again
        .lines()
        .filter(|l| l.contains(": unchanged since the last build"))
        .count();
    assert_eq!(unchanged, 3, "{again}");
    let normal = stderr(&lawrpt(p, &["build", "--all"]));
    assert!(
        !normal.contains("unchanged since") && !normal.contains(" ms"),
        "{normal}"
    );

    // An error is printed, quiet or not; the warning is not.
    fs::write(
        p.join("reports/2023.yaml"),
        format!(
            "{}titel: x\n",
            fs::read_to_string(p.join("reports/2023.yaml")).unwrap()
        ),
    )
    .unwrap();
    let quiet = lawrpt(p, &["check", "--all", "-q"]);
    assert_exit(&quiet, 1);
    let said = stderr(&quiet);
    assert!(said.contains("error[unknown-key]"), "{said}");
    assert!(
        !said.contains("issued-late") && !said.contains("checked"),
        "{said}"
    );
    let verbose = stderr(&lawrpt(p, &["check", "--all", "-v"]));
    assert!(
        verbose
            .lines()
            .filter(|l| l.contains(": checked ("))
            .all(timed),
        "{verbose}"
    );
}

#[test]
fn standard_output_is_the_same_whatever_the_verbosity() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    fs::write(p.join("out/2024/report.txt"), "edited\n").unwrap();
    for args in [
        &["build", "--all", "--check"][..],
        &["build", "--all", "--check", "--format", "json"],
        &["diff", "2023", "2024"],
        &["import", "out/2023/report.txt", "--year", "2023", "-o", "-"],
        &["rules"],
    ] {
        let normal = stdout(&lawrpt(p, args));
        assert!(!normal.is_empty(), "{args:?}");
        for flag in ["-q", "-v"] {
            let mut with = args.to_vec();
            with.push(flag);
            assert_eq!(stdout(&lawrpt(p, &with)), normal, "{with:?}");
        }
    }
}

#[test]
fn import_and_new_say_nothing_when_quiet_and_itemise_when_verbose() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    let quiet = lawrpt(
        p,
        &[
            "import",
            "out/2024/report.txt",
            "--year",
            "2026",
            "-o",
            "a.yaml",
            "-q",
        ],
    );
    assert_exit(&quiet, 0);
    assert_eq!(stderr(&quiet), "");
    assert!(p.join("a.yaml").is_file());

    let verbose = lawrpt(
        p,
        &[
            "import",
            "out/2024/report.txt",
            "--year",
            "2026",
            "-o",
            "b.yaml",
            "-v",
        ],
    );
    assert_exit(&verbose, 0);
    let said = stderr(&verbose);
    assert!(said.starts_with("read out/2024/report.txt: "), "{said}");
    assert!(said.contains(" paragraphs, UTF-8"), "{said}");
    // The summary counts what check finds; -v lists each, in the file written.
    assert!(said.contains("`lawrpt check 2026`: 8 errors"), "{said}");
    assert!(
        said.contains("what `lawrpt check 2026` finds in the imported report:"),
        "{said}"
    );
    assert_eq!(
        said.matches("\n --> b.yaml:").count() + said.matches("\n  --> b.yaml:").count(),
        8,
        "{said}"
    );

    let quiet = lawrpt(p, &["new", "2026", "-q"]);
    assert_exit(&quiet, 0);
    assert_eq!(stderr(&quiet), "");
    let verbose = lawrpt(p, &["new", "2027", "--from", "2024", "-v"]);
    assert_exit(&verbose, 0);
    let said = stderr(&verbose);
    let places: Vec<&str> = said
        .lines()
        .filter(|l| l.starts_with("reports/2027.yaml:"))
        .collect();
    assert!(
        said.contains(&format!("; {} places to write", places.len())),
        "{said}"
    );
    // Each place is where check finds the mark.
    let check = stderr(&lawrpt(p, &["check", "2027"]));
    for place in places {
        let at = place.split(": ").next().unwrap();
        assert!(
            check.contains(&format!("--> {at}")),
            "{at} not in:\n{check}"
        );
    }
}

#[test]
fn diff_verbose_names_each_side_and_the_time() {
    let project = three_years();
    let p = project.path();
    let said = stderr(&lawrpt(p, &["diff", "2023", "2024", "--stat", "-v"]));
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines[0], "2023: reports/2023.yaml (a report in YAML)");
    assert_eq!(lines[1], "2024: reports/2024.yaml (a report in YAML)");
    assert!(
        lines[2].starts_with("compared in ") && lines[2].ends_with(" ms"),
        "{said}"
    );
    assert_eq!(
        stderr(&lawrpt(p, &["diff", "2023", "2024", "--stat", "-q"])),
        ""
    );
}
