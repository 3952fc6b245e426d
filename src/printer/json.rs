//! The JSON format: one document on standard output for the whole run, for other tools.
//! Its shape is versioned by `schema` and documented in docs/diagnostics.md.

use std::io::{self, Write};

use serde::Serialize;

use crate::rules;
use crate::rules::diagnostic::{Diagnostic, Severity};

pub const SCHEMA: &str = "lawrpt-diagnostics/1";

#[derive(Debug, Default, Serialize)]
pub struct Document {
    pub schema: &'static str,
    pub lawrpt: &'static str,
    pub summary: Summary,
    pub years: Vec<YearRecord>,
    pub diagnostics: Vec<DiagnosticRecord>,
    /// `build --check`: every output that differs from what a build would write.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub differences: Option<Vec<DifferenceRecord>>,
}

/// An output `build --check` found different.
#[derive(Debug, Serialize)]
pub struct DifferenceRecord {
    /// As `file` elsewhere: relative to the current folder.
    pub path: String,
    /// `missing`, `changed` or `stale`.
    pub difference: &'static str,
    /// The line for people (`changed: out/2024/report.txt`), in the run's language: what
    /// the formats that carry a message say.
    #[serde(skip)]
    pub line: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub years: usize,
    /// Years with errors, or that lawrpt could not read.
    pub failed: usize,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Serialize)]
pub struct YearRecord {
    /// The project folder, as given or found.
    pub project: String,
    pub year: String,
    pub file: String,
    /// `ok`, `unchanged` (a build skipped it), `failed` (errors) or `fatal` (not readable).
    pub status: &'static str,
    pub errors: usize,
    pub warnings: usize,
    /// What stopped lawrpt, for `fatal`.
    pub error: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DiagnosticRecord {
    pub rule: &'static str,
    pub severity: &'static str,
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// 1-based, in characters, exclusive.
    pub end_column: usize,
    pub message: String,
    /// The message's id in the catalogue (`locales/*.ftl`): the same in every language.
    pub message_id: &'static str,
    pub hint: Option<String>,
    /// The regulation the rule comes from, where it does.
    pub citation: Option<String>,
    /// The text the span covers, which (with the rule, file and message) identifies a finding
    /// wherever its line moves to: what the fingerprints of the CI formats hash.
    #[serde(skip)]
    pub excerpt: String,
}

impl DiagnosticRecord {
    pub fn new(d: &Diagnostic, source: Option<&str>) -> DiagnosticRecord {
        // The span's length is in bytes; columns count characters.
        let excerpt = source.and_then(|s| s.get(d.span.offset..d.span.offset + d.span.len));
        let width = excerpt.map_or(d.span.len, |text| text.chars().count());
        DiagnosticRecord {
            rule: d.rule,
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            file: d.file.to_string_lossy().replace('\\', "/"),
            line: d.span.line,
            column: d.span.col,
            end_column: d.span.col + width,
            message: d.message.clone(),
            message_id: d.message_id,
            hint: d.hint.clone(),
            citation: rules::find(d.rule).and_then(|r| r.citation.clone()),
            excerpt: excerpt.unwrap_or_default().to_string(),
        }
    }
}

impl Document {
    pub fn new() -> Document {
        Document {
            schema: SCHEMA,
            lawrpt: env!("CARGO_PKG_VERSION"),
            ..Document::default()
        }
    }

    pub fn add_year(&mut self, record: YearRecord) {
        self.summary.years += 1;
        if matches!(record.status, "failed" | "fatal") {
            self.summary.failed += 1;
        }
        self.years.push(record);
    }

    pub fn add_diagnostics(&mut self, diagnostics: &[Diagnostic], source: Option<&str>) {
        for d in diagnostics {
            match d.severity {
                Severity::Error => self.summary.errors += 1,
                Severity::Warning => self.summary.warnings += 1,
            }
            self.diagnostics.push(DiagnosticRecord::new(d, source));
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The last of the JSON lines: the schema, the version and the summary.
    pub fn summary_line(&self) -> SummaryLine<'_> {
        SummaryLine {
            schema: self.schema,
            lawrpt: self.lawrpt,
            summary: &self.summary,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SummaryLine<'d> {
    schema: &'static str,
    lawrpt: &'static str,
    #[serde(flatten)]
    summary: &'d Summary,
}

/// A record as one JSON line, its kind in `type`: `{"type":"diagnostic","rule":…}`.
pub fn line(to: &mut dyn Write, kind: &'static str, record: &impl Serialize) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'r, T> {
        #[serde(rename = "type")]
        kind: &'static str,
        #[serde(flatten)]
        record: &'r T,
    }
    let text = serde_json::to_string(&Line { kind, record }).map_err(io::Error::other)?;
    writeln!(to, "{text}")
}
