//! The CI formats are what their readers take in, checked with the standards' own validators:
//! the GitLab Code Quality report against the schema of GitLab's documented format, the SARIF
//! log against the SARIF 2.1.0 schema and the SARIF SDK's validator (with GitHub code
//! scanning's rules), the JUnit report against Jenkins' JUnit schema with xmllint, and the JSON
//! lines against the JSON document they take apart. Each validator is also shown to refuse a
//! broken document, so a pass means something.
//!
//! The project: three years, one with an unknown key (an error), one issued late (a warning),
//! and `reports/2025.yaml` a folder (a year lawrpt cannot read). `.ci/run` installs the SARIF
//! Multitool and schema (`LAWRPT_SARIF_MULTITOOL`, `LAWRPT_SARIF_SCHEMA`), the JUnit schema
//! (`LAWRPT_JUNIT_XSD`) and xmllint; without them here, those checks are skipped with a message,
//! and on CI they fail.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

mod common;

use common::{assert_exit, lawrpt, stdout};

fn project() -> tempfile::TempDir {
    let project = common::three_years();
    let p = project.path();
    // The fixture is strict (every warning an error); here a warning stays a warning.
    fs::remove_file(p.join("lawrpt.toml")).unwrap();
    edit(p, "reports/2023.yaml", |text| {
        text.replacen("authority:", "authorty:", 1)
    });
    edit(p, "reports/2024.yaml", |text| {
        text.replacen("issued: 2025-03-27", "issued: 2025-04-15", 1)
    });
    fs::create_dir(p.join("reports/2025.yaml")).unwrap();
    project
}

fn edit(project: &Path, path: &str, change: impl Fn(&str) -> String) {
    let path = project.join(path);
    let text = fs::read_to_string(&path).unwrap();
    let changed = change(&text);
    assert_ne!(changed, text, "the edit applies");
    fs::write(path, changed).unwrap();
}

/// `check --all` in a format: exit 2 (a year could not be read), and its standard output.
fn check(project: &Path, format: &str) -> String {
    let run = lawrpt(project, &["check", "--all", "--format", format]);
    assert_exit(&run, 2);
    stdout(&run)
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

fn schema_errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).unwrap();
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// The JSON document of the same run, which the other formats are compared with.
fn document(project: &Path) -> Value {
    json(&check(project, "json"))
}

fn gitlab_schema() -> Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/gitlab-codequality.schema.json");
    json(&fs::read_to_string(path).unwrap())
}

fn fingerprints(report: &Value) -> Vec<String> {
    report
        .as_array()
        .unwrap()
        .iter()
        .map(|issue| issue["fingerprint"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_gitlab_report_is_valid_and_its_fingerprints_hold_across_runs_edits_and_languages() {
    let project = project();
    let p = project.path();
    let report = json(&check(p, "gitlab"));
    let schema = gitlab_schema();
    assert_eq!(schema_errors(&schema, &report), Vec::<String>::new());

    let issues: Vec<(&str, &str, &str, u64)> = report
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["check_name"].as_str().unwrap(),
                i["severity"].as_str().unwrap(),
                i["location"]["path"].as_str().unwrap(),
                i["location"]["lines"]["begin"].as_u64().unwrap(),
            )
        })
        .collect();
    let document = document(p);
    let line = |rule: &str| {
        let d = document["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] == rule)
            .unwrap();
        d["line"].as_u64().unwrap()
    };
    assert_eq!(
        issues,
        [
            (
                "unknown-key",
                "major",
                "reports/2023.yaml",
                line("unknown-key")
            ),
            (
                "issued-late",
                "minor",
                "reports/2024.yaml",
                line("issued-late")
            ),
            ("fatal", "blocker", "reports/2025.yaml", 1),
        ]
    );
    assert!(
        report[0]["description"]
            .as_str()
            .unwrap()
            .contains("did you mean `authority`?")
    );

    let first = fingerprints(&report);
    assert_eq!(
        first.iter().collect::<BTreeSet<_>>().len(),
        first.len(),
        "unique: {first:?}"
    );
    assert_eq!(
        fingerprints(&json(&check(p, "gitlab"))),
        first,
        "the same run, the same fingerprints"
    );

    // A line added above every finding moves them all; their fingerprints stay.
    for year in ["2023", "2024"] {
        edit(p, &format!("reports/{year}.yaml"), |text| {
            format!("# 修改说明\n{text}")
        });
    }
    let moved = json(&check(p, "gitlab"));
    assert_eq!(
        moved[0]["location"]["lines"]["begin"],
        line("unknown-key") + 1
    );
    assert_eq!(
        fingerprints(&moved),
        first,
        "a finding keeps its fingerprint when its line moves"
    );

    // The same findings in Chinese: other words, the same fingerprints.
    let run = Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(["check", "--all", "--format", "gitlab"])
        .current_dir(p)
        .env("LAWRPT_LANG", "zh-Hans")
        .output()
        .unwrap();
    let chinese = json(&stdout(&run));
    assert_eq!(schema_errors(&schema, &chinese), Vec::<String>::new());
    assert_ne!(chinese[0]["description"], moved[0]["description"]);
    assert!(
        chinese[0]["description"].as_str().unwrap().contains("没有"),
        "{}",
        chinese[0]["description"]
    );
    assert_eq!(
        fingerprints(&chinese),
        first,
        "the language does not change a fingerprint"
    );

    // The schema is not a formality: an issue without its fingerprint, or with a severity
    // GitLab does not know, is refused.
    let mut broken = report.clone();
    broken[0].as_object_mut().unwrap().remove("fingerprint");
    broken[1]["severity"] = "warning".into();
    assert_eq!(
        schema_errors(&schema, &broken).len(),
        2,
        "{:?}",
        schema_errors(&schema, &broken)
    );
}

#[test]
fn the_gitlab_report_of_build_check_lists_each_output_that_differs() {
    let project = common::three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    fs::write(p.join("out/2024/report.txt"), "edited by hand\n").unwrap();
    let run = lawrpt(p, &["build", "--all", "--check", "--format", "gitlab"]);
    assert_exit(&run, 1);
    let report = json(&stdout(&run));
    assert_eq!(
        schema_errors(&gitlab_schema(), &report),
        Vec::<String>::new()
    );
    assert_eq!(report.as_array().unwrap().len(), 1, "{report}");
    assert_eq!(report[0]["check_name"], "build-check");
    assert_eq!(report[0]["location"]["path"], "out/2024/report.txt");
    assert_eq!(report[0]["description"], "changed: out/2024/report.txt");
}

/// A validator `.ci/run` installs, named by an environment variable; `None` (after saying so,
/// and never on CI) where it is not here.
fn installed(variable: &str, what: &str) -> Option<PathBuf> {
    match std::env::var_os(variable) {
        Some(path) => Some(PathBuf::from(path)),
        None => {
            common::skipped(&format!("{variable} ({what})"), "that validation");
            None
        }
    }
}

/// What the SARIF Multitool says of a log, with GitHub code scanning's rules: each error and
/// warning as `rule: message`.
fn multitool(tool: &Path, log: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (
        dir.path().join("lawrpt.sarif"),
        dir.path().join("validation.sarif"),
    );
    fs::write(&input, log).unwrap();
    let run = Command::new(tool)
        .args([
            "validate",
            "--rule-kind",
            "Sarif;Ghas",
            "--level",
            "Error;Warning",
            "--output",
        ])
        .arg(&output)
        .arg(&input)
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .output()
        .unwrap();
    assert!(
        output.is_file(),
        "the Multitool ran: {}",
        String::from_utf8_lossy(&run.stdout)
    );
    let validation = json(&fs::read_to_string(output).unwrap());
    validation["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let message = &r["message"];
            format!(
                "{}: {} {}",
                r["ruleId"].as_str().unwrap(),
                message["id"],
                message["arguments"]
            )
        })
        .collect()
}

#[test]
fn the_sarif_log_is_valid_by_the_standards_schema_and_the_sarif_validator() {
    let project = project();
    let p = project.path();
    let log = json(&check(p, "sarif"));

    let run = &log["runs"][0];
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let catalogue = json(&stdout(&lawrpt(p, &["rules", "--format", "json"])));
    let ids: Vec<&str> = catalogue["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ids, "the driver's rules are the catalogue");

    let document = document(p);
    let results = run["results"].as_array().unwrap();
    let diagnostics = document["diagnostics"].as_array().unwrap();
    assert_eq!(results.len(), diagnostics.len());
    for (result, d) in results.iter().zip(diagnostics) {
        assert_eq!(result["ruleId"], d["rule"]);
        assert_eq!(
            rules[result["ruleIndex"].as_u64().unwrap() as usize],
            d["rule"]
        );
        assert_eq!(result["level"], d["severity"]);
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], d["file"]);
        assert_eq!(location["region"]["startLine"], d["line"]);
        assert_eq!(location["region"]["startColumn"], d["column"]);
        assert_eq!(location["region"]["endColumn"], d["end_column"]);
    }
    let invocation = &run["invocations"][0];
    assert_eq!(
        invocation["executionSuccessful"], false,
        "a year could not be read"
    );
    let notification = &invocation["toolExecutionNotifications"][0];
    assert_eq!(
        notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "reports/2025.yaml"
    );

    if let Some(schema) = installed("LAWRPT_SARIF_SCHEMA", "the SARIF 2.1.0 schema") {
        let schema = json(&fs::read_to_string(schema).unwrap());
        assert_eq!(schema_errors(&schema, &log), Vec::<String>::new());
        let mut broken = log.clone();
        broken["runs"][0]["results"][0]["level"] = "fatal".into();
        assert!(
            !schema_errors(&schema, &broken).is_empty(),
            "the schema refuses a level SARIF has not"
        );
    }
    if let Some(tool) = installed("LAWRPT_SARIF_MULTITOOL", "the SARIF Multitool") {
        let text = serde_json::to_string_pretty(&log).unwrap();
        let mut found = multitool(&tool, &text);
        // SARIF2005 asks for the tool's home page, which lawrpt gives once Cargo.toml names
        // its repository.
        if env!("CARGO_PKG_REPOSITORY").is_empty() {
            found.retain(|f| !f.starts_with("SARIF2005: \"Warning_ProvideToolnformationUri\""));
        }
        assert_eq!(found, Vec::<String>::new());
        // GitHub needs each rule's help: without it the validator objects.
        let mut broken = log.clone();
        broken["runs"][0]["tool"]["driver"]["rules"][0]
            .as_object_mut()
            .unwrap()
            .remove("help");
        let found = multitool(&tool, &broken.to_string());
        assert!(found.iter().any(|f| f.starts_with("GH")), "{found:?}");
    }
}

/// What xmllint says of a JUnit report against the schema: `Ok` if valid.
fn xmllint(xsd: &Path, report: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("junit.xml");
    fs::write(&file, report).unwrap();
    let run = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(xsd)
        .arg(&file)
        .output()
        .unwrap();
    match run.status.success() {
        true => Ok(()),
        false => Err(String::from_utf8_lossy(&run.stderr).into_owned()),
    }
}

#[test]
fn the_junit_report_has_a_test_case_a_year_and_is_valid_by_jenkins_schema() {
    let project = project();
    let p = project.path();
    let report = check(p, "junit");
    let xml = roxmltree::Document::parse(&report).unwrap();
    let cases: Vec<(&str, Vec<(&str, String)>)> = xml
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .map(|case| {
            let children = case
                .children()
                .filter(|c| c.is_element())
                .map(|c| {
                    (
                        c.tag_name().name(),
                        c.attribute("type")
                            .unwrap_or(c.text().unwrap_or(""))
                            .to_string(),
                    )
                })
                .collect();
            (case.attribute("name").unwrap(), children)
        })
        .collect();
    let issued_late = |text: &str| {
        text.starts_with("reports/2024.yaml:") && text.contains("warning[issued-late]")
    };
    assert_eq!(cases.len(), 4, "{cases:?}");
    assert_eq!(cases[0], ("2022", vec![]));
    assert_eq!(
        cases[1],
        ("2023", vec![("failure", "unknown-key".to_string())])
    );
    assert_eq!(cases[2].0, "2024");
    assert!(
        matches!(&cases[2].1[..], [("system-out", text)] if issued_late(text)),
        "{:?}",
        cases[2]
    );
    assert_eq!(cases[3], ("2025", vec![("error", "fatal".to_string())]));
    let suites = xml.root_element();
    for (attribute, value) in [("tests", "4"), ("failures", "1"), ("errors", "1")] {
        assert_eq!(suites.attribute(attribute), Some(value), "{attribute}");
    }

    let Some(xsd) = installed("LAWRPT_JUNIT_XSD", "Jenkins' JUnit schema") else {
        return;
    };
    if common::on_path(&["xmllint"]).is_none() {
        common::skipped("xmllint", "the JUnit validation");
        return;
    }
    xmllint(&xsd, &report).unwrap();
    // build --check's test case too.
    let built = common::three_years();
    assert_exit(&lawrpt(built.path(), &["build", "--all"]), 0);
    fs::remove_file(built.path().join("out/2023/report.md")).unwrap();
    let run = lawrpt(
        built.path(),
        &["build", "--all", "--check", "--format", "junit"],
    );
    assert_exit(&run, 1);
    let checked = stdout(&run);
    assert!(
        checked.contains(r#"<failure type="missing" message="missing: out/2023/report.md">"#),
        "{checked}"
    );
    xmllint(&xsd, &checked).unwrap();
    // The schema is not a formality: a test case without its name is refused.
    let broken = report.replacen(r#"<testcase name="2022" "#, "<testcase ", 1);
    assert!(xmllint(&xsd, &broken).is_err());
}

#[test]
fn json_lines_are_the_documents_records_one_a_line_then_the_summary() {
    let project = project();
    let p = project.path();
    let lines: Vec<Value> = check(p, "json-lines").lines().map(json).collect();
    let document = document(p);
    let of = |kind: &str| -> Vec<Value> {
        lines
            .iter()
            .filter(|l| l["type"] == kind)
            .map(|l| {
                let mut record = l.clone();
                record.as_object_mut().unwrap().remove("type");
                record
            })
            .collect()
    };
    assert_eq!(Value::from(of("diagnostic")), document["diagnostics"]);
    assert_eq!(Value::from(of("year")), document["years"]);
    let summary = lines.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["schema"], document["schema"]);
    for field in ["years", "failed", "errors", "warnings"] {
        assert_eq!(summary[field], document["summary"][field], "{field}");
    }
    // A year's findings come before its record, as they are found.
    let kinds: Vec<&str> = lines.iter().map(|l| l["type"].as_str().unwrap()).collect();
    let at = |kind: &str, file: &str| {
        lines
            .iter()
            .position(|l| l["type"] == kind && l["file"] == file)
            .unwrap()
    };
    assert!(
        at("diagnostic", "reports/2023.yaml") < at("year", "reports/2023.yaml"),
        "{kinds:?}"
    );
}
