//! The SARIF format: a SARIF 2.1.0 log (OASIS), which GitHub code scanning, GitLab and Azure
//! DevOps read. The rules come from the catalogue, each with its summary and citation; the
//! results point at the report's lines, with columns counted in characters as everywhere in
//! lawrpt (`columnKind: unicodeCodePoints`). What is not a finding about a file's text, a year
//! lawrpt could not read or an output `build --check` found different, is a notification of
//! the run's invocation.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde_json::{Value, json};

use super::fingerprint::Fingerprints;
use super::json::Document;
use super::with_hint;
use crate::rules::{self, Level};
use crate::tr;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// What a URI reference's path may not hold as it is (RFC 3986), beyond the controls.
const NOT_IN_PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A path relative to the current folder, as a relative URI reference (`reports/2024.yaml`;
/// a Chinese folder name percent-encoded as UTF-8).
fn uri(path: &str) -> String {
    utf8_percent_encode(path, NOT_IN_PATH).to_string()
}

fn level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Off => "none",
    }
}

/// The catalogue as the driver's rules, in its order (a result's `ruleIndex` points here).
fn descriptors() -> Vec<Value> {
    rules::all()
        .iter()
        .map(|rule| {
            let summary = rule.summary();
            let full = match &rule.citation {
                Some(citation) => {
                    tr!(
                        "sarif-rule-cited",
                        summary = summary.as_str(),
                        citation = citation.as_str()
                    )
                    .text
                }
                None => summary.clone(),
            };
            let help = tr!(
                "sarif-rule-help",
                summary = full.as_str(),
                rule = rule.id.as_str()
            )
            .text;
            let mut properties = json!({ "fixed": rule.fixed });
            if let Some(citation) = &rule.citation {
                properties["citation"] = citation.as_str().into();
            }
            json!({
                "id": rule.id,
                "shortDescription": { "text": summary },
                "fullDescription": { "text": full },
                "help": { "text": help },
                "defaultConfiguration": { "level": level(rule.severity) },
                "properties": properties,
            })
        })
        .collect()
}

fn location(path: &str, region: Option<Value>) -> Value {
    let mut physical = json!({ "artifactLocation": { "uri": uri(path) } });
    if let Some(region) = region {
        physical["region"] = region;
    }
    json!({ "physicalLocation": physical })
}

/// The run as one SARIF log.
pub fn log(document: &Document) -> String {
    let catalogue = rules::all();
    let mut prints = Fingerprints::default();
    let results: Vec<Value> = document
        .diagnostics
        .iter()
        .map(|d| {
            let mut result = json!({
                "ruleId": d.rule,
                "level": d.severity,
                "message": { "text": with_hint(&d.message, d.hint.as_deref(), "\n") },
                "locations": [location(&d.file, Some(json!({
                    "startLine": d.line,
                    "startColumn": d.column,
                    "endColumn": d.end_column.max(d.column + 1),
                })))],
                "partialFingerprints": { "lawrpt/v1": prints.diagnostic(d) },
            });
            if let Some(index) = catalogue.iter().position(|r| r.id == d.rule) {
                result["ruleIndex"] = index.into();
            }
            result
        })
        .collect();
    let mut notifications: Vec<Value> = document
        .years
        .iter()
        .filter(|y| y.status == "fatal")
        .map(|year| {
            json!({
                "level": "error",
                "message": { "text": year.error.clone().unwrap_or_default() },
                "locations": [location(&year.file, None)],
            })
        })
        .collect();
    notifications.extend(document.differences.iter().flatten().map(|difference| {
        json!({
            "level": "error",
            "message": { "text": difference.line },
            "locations": [location(&difference.path, None)],
        })
    }));
    let version = env!("CARGO_PKG_VERSION");
    let mut driver = json!({
        "name": "lawrpt",
        "version": version,
        "semanticVersion": version,
        "language": crate::i18n::current().tag(),
        "rules": descriptors(),
    });
    let repository = env!("CARGO_PKG_REPOSITORY");
    if !repository.is_empty() {
        driver["informationUri"] = repository.into();
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "invocations": [{
                "executionSuccessful": !document.years.iter().any(|y| y.status == "fatal"),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_becomes_a_relative_uri_reference() {
        assert_eq!(uri("reports/2024.yaml"), "reports/2024.yaml");
        assert_eq!(
            uri("高陵 区/reports/2024.yaml"),
            "%E9%AB%98%E9%99%B5%20%E5%8C%BA/reports/2024.yaml"
        );
        assert_eq!(uri("a#b%c"), "a%23b%25c");
    }
}
