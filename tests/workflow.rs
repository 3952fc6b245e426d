//! The publishing workflow works: the `lawrpt` commands in `.github/workflows/publish.yml`,
//! run in order with the real binary on a copy of `tests/fixtures/three-years/` (one district,
//! 2022–2024), check every year without an error annotation and build `out/<year>/` for each
//! year plus an `out/index.html` that links to every year by a relative path, so the uploaded
//! `out/` is a working site. After that build, `lawrpt build --all --check` finds `out/` up to
//! date, and after a sentence of one report changes it fails and names that year's files.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

const WORKFLOW: &str = ".github/workflows/publish.yml";
const FIXTURE: &str = "tests/fixtures/three-years";
const YEARS: [&str; 3] = ["2022", "2023", "2024"];
const OUTPUTS: [&str; 3] = ["report.md", "report.html", "report.txt"];

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn is_check(args: &[String]) -> bool {
    args.first().is_some_and(|a| a == "check")
        && args.iter().any(|a| a == "--all")
        && args
            .windows(2)
            .any(|w| w[0] == "--format" && w[1] == "github")
}

fn is_build(args: &[String]) -> bool {
    args.first().is_some_and(|a| a == "build")
        && args.iter().any(|a| a == "--all")
        && !args.iter().any(|a| a == "--check")
}

fn workflow_commands() -> Vec<Vec<String>> {
    let workflow = fs::read_to_string(manifest_dir().join(WORKFLOW)).unwrap();
    common::run_lawrpt_lines(&workflow)
}

/// A copy of the three-years fixture (its reports and lawrpt.toml, not any stray out/).
fn fixture_project() -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    let fixture = manifest_dir().join(FIXTURE);
    common::copy_dir(&fixture.join("reports"), &project.path().join("reports"));
    fs::copy(
        fixture.join("lawrpt.toml"),
        project.path().join("lawrpt.toml"),
    )
    .unwrap();
    project
}

/// Runs the workflow's lawrpt commands in `project`, in order, each of which must succeed.
fn run_workflow(project: &Path) -> Vec<(Vec<String>, Output)> {
    workflow_commands()
        .into_iter()
        .map(|args| {
            let strs: Vec<&str> = args.iter().map(String::as_str).collect();
            let run = common::lawrpt(project, &strs);
            assert_eq!(
                run.status.code(),
                Some(0),
                "`lawrpt {}` failed\nstdout:\n{}\nstderr:\n{}",
                args.join(" "),
                String::from_utf8_lossy(&run.stdout),
                common::stderr(&run),
            );
            (args, run)
        })
        .collect()
}

/// Everything a run printed, stdout then stderr, with `/` as the path separator.
fn printed(run: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        common::stderr(run)
    )
    .replace('\\', "/")
}

/// Every file under `dir` (hidden ones included) with its bytes, sorted by path.
fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    common::files(dir)
        .into_iter()
        .map(|path| {
            let bytes = fs::read(&path).unwrap();
            (path.strip_prefix(dir).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

/// Runs `lawrpt build --all --check` and returns the run, asserting it wrote nothing.
fn build_check(project: &Path) -> Output {
    let out = project.join("out");
    let before = tree(&out);
    let run = common::lawrpt(project, &["build", "--all", "--check"]);
    assert!(tree(&out) == before, "`build --all --check` changed out/");
    run
}

#[test]
fn publish_yml_checks_then_builds_every_year_in_one_line_lawrpt_steps() {
    let workflow = fs::read_to_string(manifest_dir().join(WORKFLOW)).unwrap();
    let commands = common::run_lawrpt_lines(&workflow);
    let check = commands.iter().position(|args| is_check(args));
    let build = commands.iter().position(|args| is_build(args));
    let (Some(check), Some(build)) = (check, build) else {
        panic!(
            "{WORKFLOW} needs `run: lawrpt check --all --format github` and `run: lawrpt build --all …`; found {commands:?}"
        );
    };
    assert!(
        check < build,
        "the check must run before the build: {commands:?}"
    );
    assert!(
        commands[build].iter().any(|a| a == "--quiet"),
        "the build step prints only errors: {:?}",
        commands[build]
    );
    // A lawrpt command inside a `run: |` block would escape this test: each must be one line.
    for (number, line) in workflow.lines().enumerate() {
        let text = line.trim_start();
        let text = text.strip_prefix("- ").unwrap_or(text);
        assert!(
            !text.starts_with("lawrpt ") && !text.contains("&& lawrpt "),
            "{WORKFLOW}:{}: write each lawrpt command as its own `run: lawrpt …` line",
            number + 1
        );
    }
}

#[test]
fn the_fixture_checks_clean_year_by_year() {
    let project = fixture_project();
    let run = common::lawrpt(
        project.path(),
        &["check", "2022", "2023", "2024", "--strict"],
    );
    common::assert_exit(&run, 0);
    let stderr = common::stderr(&run);
    for year in YEARS {
        assert!(
            stderr.contains(&format!("{year}: checked (0 errors, 0 warnings)")),
            "{stderr}"
        );
    }
}

#[test]
fn the_workflow_commands_build_every_year_and_an_index_linking_them() {
    let project = fixture_project();
    let runs = run_workflow(project.path());

    let (_, check) = runs
        .iter()
        .find(|(args, _)| is_check(args))
        .expect("the workflow checks the reports");
    let annotations = String::from_utf8_lossy(&check.stdout);
    assert!(
        !annotations
            .lines()
            .any(|l| l.starts_with("::error") || l.starts_with("::warning")),
        "the fixture checks clean, so no annotation is expected:\n{annotations}"
    );

    let out = project.path().join("out");
    for year in YEARS {
        for file in OUTPUTS {
            assert!(out.join(year).join(file).is_file(), "no out/{year}/{file}");
        }
    }
    let index = fs::read_to_string(out.join("index.html")).expect("out/index.html is written");
    let links = common::hrefs(&index);
    for year in YEARS {
        let target = format!("{year}/report.html");
        assert!(
            links
                .iter()
                .any(|href| href.strip_prefix("./").unwrap_or(href) == target),
            "out/index.html has no relative link to {target}; its links: {links:?}"
        );
    }
}

#[test]
fn build_check_passes_after_the_build_and_names_a_year_whose_report_changed() {
    let project = fixture_project();
    run_workflow(project.path());

    let fresh = build_check(project.path());
    assert_eq!(
        fresh.status.code(),
        Some(0),
        "out/ was just built, so it is up to date:\n{}",
        printed(&fresh)
    );

    let report = project.path().join("reports/2023.yaml");
    let text = fs::read_to_string(&report).unwrap();
    let sentence = "纠正违法或不当行政行为7件。";
    assert!(text.contains(sentence), "the fixture's 2023 report changed");
    fs::write(
        &report,
        text.replace(
            sentence,
            "纠正违法或不当行政行为7件，制发行政复议意见书3份。",
        ),
    )
    .unwrap();

    let stale = build_check(project.path());
    let printed = printed(&stale);
    assert_eq!(stale.status.code(), Some(1), "{printed}");
    assert!(printed.contains("out/2023/"), "{printed}");
    for unchanged in ["out/2022/", "out/2024/"] {
        assert!(
            !printed.contains(unchanged),
            "only 2023 changed, yet {unchanged} is named:\n{printed}"
        );
    }
}
