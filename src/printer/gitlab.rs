//! The GitLab format: a Code Quality report, the JSON array GitLab reads from a job's
//! `artifacts:reports:codequality` and shows in the merge request and the pipeline
//! (<https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format>).

use serde::Serialize;

use super::fingerprint::Fingerprints;
use super::json::Document;
use super::with_hint;

#[derive(Serialize)]
struct Issue<'d> {
    description: String,
    check_name: &'d str,
    fingerprint: String,
    /// `info`, `minor`, `major`, `critical` or `blocker`.
    severity: &'static str,
    location: Location<'d>,
}

#[derive(Serialize)]
struct Location<'d> {
    /// Relative to the repository's root, where CI runs lawrpt.
    path: &'d str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

/// The run's findings as one Code Quality report: each diagnostic (an error is `major`, a
/// warning `minor`), each year lawrpt could not read (`blocker`), and each output
/// `build --check` found different (`major`).
pub fn report(document: &Document) -> String {
    let mut prints = Fingerprints::default();
    let mut issues = Vec::new();
    for d in &document.diagnostics {
        issues.push(Issue {
            description: with_hint(&d.message, d.hint.as_deref(), " "),
            check_name: d.rule,
            fingerprint: prints.diagnostic(d),
            severity: if d.severity == "error" {
                "major"
            } else {
                "minor"
            },
            location: Location {
                path: &d.file,
                lines: Lines { begin: d.line },
            },
        });
    }
    for year in document.years.iter().filter(|y| y.status == "fatal") {
        issues.push(Issue {
            description: year.error.clone().unwrap_or_default(),
            check_name: "fatal",
            fingerprint: prints.fatal(year),
            severity: "blocker",
            location: Location {
                path: &year.file,
                lines: Lines { begin: 1 },
            },
        });
    }
    for difference in document.differences.iter().flatten() {
        issues.push(Issue {
            description: difference.line.clone(),
            check_name: "build-check",
            fingerprint: prints.difference(difference),
            severity: "major",
            location: Location {
                path: &difference.path,
                lines: Lines { begin: 1 },
            },
        });
    }
    serde_json::to_string_pretty(&issues).unwrap_or_default()
}
