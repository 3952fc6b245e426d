//! The CI templates for a government's own report repository do what they say: the lawrpt
//! commands of the GitHub action (`action.yml`), the GitLab template
//! (`contrib/ci/gitlab-ci.yml`) and the Jenkinsfile (`contrib/ci/Jenkinsfile`), run in their
//! order with the real binary on a copy of the three-year fixture, with their redirections.
//! On clean reports every command succeeds, the site is built, and the reports the CI reads
//! (GitLab Code Quality, JUnit) are valid and empty of findings; with an error in one year the
//! check fails the job before anything is built, and those reports name the error.
//!
//! That the files are what GitHub and GitLab take is `.ci/run`'s: it validates them against
//! SchemaStore's schemas (check-jsonschema) and lints the workflows with actionlint.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;

use serde_json::Value;

mod common;

const ACTION: &str = "action.yml";
const GITLAB: &str = "contrib/ci/gitlab-ci.yml";
const JENKINS: &str = "contrib/ci/Jenkinsfile";

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    fs::read_to_string(manifest_dir().join(path)).unwrap()
}

/// One lawrpt command of a template: its arguments, the file its standard output goes to,
/// and whether its failure is ignored (`|| true`).
#[derive(Debug, Clone, PartialEq)]
struct Step {
    args: Vec<String>,
    into: Option<String>,
    may_fail: bool,
}

impl Step {
    fn parse(command: &str) -> Step {
        let (command, may_fail) = match command.strip_suffix(" || true") {
            Some(command) => (command, true),
            None => (command, false),
        };
        let (args, into) = match command.split_once(" > ") {
            Some((args, into)) => (args, Some(into.trim().to_string())),
            None => (command, None),
        };
        Step {
            args: args.split_whitespace().map(str::to_string).collect(),
            into,
            may_fail,
        }
    }

    fn is(&self, command: &str) -> bool {
        self.args.first().is_some_and(|a| a == command)
    }

    fn format(&self) -> Option<&str> {
        let at = self.args.iter().position(|a| a == "--format")?;
        self.args.get(at + 1).map(String::as_str)
    }
}

/// The action's `run: lawrpt …` steps.
fn action_steps() -> Vec<Step> {
    common::run_lawrpt_lines(&read(ACTION))
        .into_iter()
        .map(|args| Step::parse(&args.join(" ")))
        .collect()
}

/// The GitLab template's `- lawrpt …` script lines, in the order GitLab runs them: each job's
/// script, then its after_script, job by job.
fn gitlab_steps() -> Vec<Step> {
    read(GITLAB)
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("- lawrpt "))
        .map(Step::parse)
        .collect()
}

/// The Jenkinsfile's `lawrpt('…')` calls.
fn jenkins_steps() -> Vec<Step> {
    read(JENKINS)
        .lines()
        .filter_map(|line| {
            let at = line.find("lawrpt('")? + "lawrpt('".len();
            let end = line[at..].find('\'')?;
            Some(Step::parse(&line[at..at + end]))
        })
        .collect()
}

fn fixture() -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    let from = manifest_dir().join("tests/fixtures/three-years");
    common::copy_dir(&from.join("reports"), &project.path().join("reports"));
    fs::copy(from.join("lawrpt.toml"), project.path().join("lawrpt.toml")).unwrap();
    project
}

/// Runs a step in `project` as the CI's shell would, writing its standard output where the
/// step redirects it; the exit code.
fn run(project: &Path, step: &Step) -> i32 {
    let args: Vec<&str> = step.args.iter().map(String::as_str).collect();
    let run = common::lawrpt(project, &args);
    match &step.into {
        Some(file) => fs::write(project.join(file), &run.stdout).unwrap(),
        None => assert!(
            step.format().is_none() || step.format() == Some("github"),
            "{step:?}: a document left on the log"
        ),
    }
    run.status.code().unwrap()
}

fn gitlab_schema() -> Value {
    let text = read("tests/schemas/gitlab-codequality.schema.json");
    serde_json::from_str(&text).unwrap()
}

/// The report a step wrote, checked: GitLab's against its schema, JUnit's parsed. The number
/// of findings it holds.
fn findings(project: &Path, step: &Step) -> usize {
    let file = project.join(step.into.as_ref().unwrap());
    let text = fs::read_to_string(&file).unwrap();
    match step.format() {
        Some("gitlab") => {
            let report: Value = serde_json::from_str(&text).unwrap();
            let validator = jsonschema::validator_for(&gitlab_schema()).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&report)
                .map(|e| e.to_string())
                .collect();
            assert_eq!(errors, Vec::<String>::new(), "{}", file.display());
            report.as_array().unwrap().len()
        }
        Some("junit") => {
            let xml = roxmltree::Document::parse(&text).unwrap();
            let cases = xml
                .descendants()
                .filter(|n| n.has_tag_name("testcase"))
                .count();
            assert_eq!(cases, 3, "a test case a year: {text}");
            xml.descendants()
                .filter(|n| n.has_tag_name("failure"))
                .count()
        }
        other => panic!("no report format {other:?}"),
    }
}

fn steps_of(template: &str) -> Vec<Step> {
    match template {
        ACTION => action_steps(),
        GITLAB => gitlab_steps(),
        JENKINS => jenkins_steps(),
        other => panic!("no template {other}"),
    }
}

#[test]
fn each_template_checks_before_it_builds_and_writes_the_reports_its_ci_reads() {
    let action = action_steps();
    assert_eq!(
        action.iter().map(|s| s.args.join(" ")).collect::<Vec<_>>(),
        ["check --all --format github", "build --all --quiet"]
    );
    let gitlab = gitlab_steps();
    let formats: Vec<Option<&str>> = gitlab.iter().map(Step::format).collect();
    assert_eq!(
        formats,
        [None, Some("gitlab"), Some("junit"), None],
        "{gitlab:?}"
    );
    assert_eq!(
        gitlab[1].into.as_deref(),
        Some("gl-code-quality-report.json")
    );
    assert!(read(GITLAB).contains("codequality: gl-code-quality-report.json"));
    assert!(read(GITLAB).contains("junit: lawrpt-junit.xml"));
    let jenkins = jenkins_steps();
    assert_eq!(jenkins[0].format(), Some("junit"));
    assert!(read(JENKINS).contains("junit testResults: 'lawrpt-junit.xml'"));
    for (template, steps) in [(ACTION, &action), (GITLAB, &gitlab), (JENKINS, &jenkins)] {
        let check = steps.iter().position(|s| s.is("check")).unwrap();
        let build = steps.iter().position(|s| s.is("build")).unwrap();
        assert!(check < build, "{template}: the check comes first");
        assert!(
            steps.iter().all(|s| s.is("check") || s.is("build")),
            "{template}: {steps:?}"
        );
    }
    // A lawrpt command hidden in a multi-line block would escape these tests.
    for template in [ACTION, GITLAB] {
        for (number, line) in read(template).lines().enumerate() {
            let text = line.trim_start();
            assert!(
                !(text.starts_with("lawrpt ") || text.contains("&& lawrpt ")),
                "{template}:{}: each lawrpt command on a line of its own",
                number + 1
            );
        }
    }
}

#[test]
fn on_clean_reports_every_command_succeeds_and_builds_the_site() {
    for template in [ACTION, GITLAB, JENKINS] {
        let project = fixture();
        let p = project.path();
        for step in steps_of(template) {
            assert_eq!(run(p, &step), 0, "{template}: {step:?}");
            if step.into.is_some() {
                assert_eq!(findings(p, &step), 0, "{template}: {step:?}");
            }
        }
        for page in [
            "out/index.html",
            "out/2022/report.html",
            "out/2024/report.html",
        ] {
            assert!(p.join(page).is_file(), "{template}: {page}");
        }
        let check = common::lawrpt(p, &["build", "--all", "--check"]);
        common::assert_exit(&check, 0);
    }
}

#[test]
fn an_error_fails_the_check_before_the_build_and_the_reports_name_it() {
    for template in [ACTION, GITLAB, JENKINS] {
        let project = fixture();
        let p = project.path();
        let report = p.join("reports/2023.yaml");
        let text = fs::read_to_string(&report).unwrap();
        fs::write(&report, format!("{text}titel: x\n")).unwrap();
        let steps = steps_of(template);
        // The job stops at the first command that fails and is not `|| true`; GitLab's
        // after_script and Jenkins' recorded status still write their reports.
        let mut stopped = None;
        for step in &steps {
            if step.is("build") && stopped.is_some() {
                break;
            }
            let code = run(p, step);
            if step.into.is_some() {
                assert_eq!(findings(p, step), 1, "{template}: {step:?}");
            }
            if code != 0 && !step.may_fail {
                assert_eq!(code, 1, "{template}: {step:?}");
                stopped.get_or_insert(step.clone());
            }
        }
        let stopped = stopped.unwrap_or_else(|| panic!("{template}: nothing failed"));
        assert!(stopped.is("check"), "{template}: {stopped:?}");
        assert!(!p.join("out").exists(), "{template}: nothing built");
    }
}
