//! Stage 2, check: a loaded [`Report`] → every problem found in it, as diagnostics.
//!
//! Each submodule holds a family of rules (`rules.toml` names them all). Checks only read
//! the model and, to point inside a body, its source text; they never stop at the first
//! problem and never print. Severity comes from the catalogue here; the project's policy is
//! applied afterwards (`rules::Policy`).

mod characters;
mod content;
mod structure;
mod years;

use crate::report::model::{LineIndex, Report, Span, Spanned};
use crate::rules::diagnostic::Diagnostic;

/// What checks need besides the report.
pub struct Context<'a> {
    /// The YAML text the report was loaded from.
    pub source: &'a str,
    /// The year in the file's name, when the name is a year.
    pub file_year: Option<i64>,
    /// Where the source's lines start, for the findings' places.
    lines: LineIndex<'a>,
}

impl<'a> Context<'a> {
    pub fn new(source: &'a str, file_year: Option<i64>) -> Context<'a> {
        Context {
            source,
            file_year,
            lines: LineIndex::new(source),
        }
    }
}

/// Runs every rule over the report.
pub fn check(report: &Report, context: &Context) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    structure::check(report, &mut found);
    content::check(report, context, &mut found);
    characters::check(report, context, &mut found);
    years::check(report, context, &mut found);
    found.sort_by_key(|d| (d.span.line, d.span.col));
    found
}

/// The span of `len` bytes at byte `at` of a text value. The value's line up to that place
/// is found verbatim in the source from where the value starts (a block scalar's lines stand
/// there with their indentation before them; a quoted one after its quote). Falls back to the
/// value's own span for text the source spells differently, such as an escaped string.
fn span_in(context: &Context, text: &Spanned<String>, at: usize, len: usize) -> Span {
    let source = context.source;
    let value = &text.value;
    let line_start = value
        .get(..at)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1);
    let Some(needle) = value.get(line_start..at + len) else {
        return text.span;
    };
    let from = text.span.offset.min(source.len());
    source
        .get(from..)
        .and_then(|rest| rest.find(needle))
        .map_or(text.span, |found| {
            context.lines.span(from + found + (at - line_start), len)
        })
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::load::load;
    use crate::rules::diagnostic::Diagnostic;

    /// Everything the checks find in a 2024 report that loads cleanly.
    #[track_caller]
    pub fn diagnostics(source: &str, file_year: Option<i64>) -> Vec<Diagnostic> {
        let loaded = load(source);
        assert!(
            loaded.diagnostics.is_empty(),
            "fixture does not load: {:?}",
            loaded.diagnostics
        );
        let report = loaded.report.unwrap();
        let context = super::Context::new(source, file_year);
        super::check(&report, &context)
    }

    /// The rules a report breaks, with the line each points at.
    #[track_caller]
    pub fn findings(source: &str, file_year: Option<i64>) -> Vec<(&'static str, usize)> {
        diagnostics(source, file_year)
            .iter()
            .map(|d| (d.rule, d.span.line))
            .collect()
    }

    /// The findings in [`GOOD`] with one passage replaced.
    #[track_caller]
    pub fn after(from: &str, to: &str) -> Vec<(&'static str, usize)> {
        assert!(GOOD.contains(from), "{from}");
        findings(&GOOD.replacen(from, to, 1), Some(2024))
    }

    /// A well-formed 2024 report in Simplified characters, with `{extra}` top-level keys and
    /// `{parts}` replacing its parts when given.
    pub const GOOD: &str = "year: 2024
authority: 某某区人民政府
issued: 2025-03-20
preamble: |-
  2024年，某某区坚持依法行政。现将2024年法治政府建设情况报告如下。
parts:
  - role: measures
    heading: 2024年度推进法治政府建设的主要举措和成效
    sections:
      - heading: 坚持党的领导
        points:
          - lead: 加强领导。
            body: 正文。
  - role: shortcomings
    heading: 2024年度推进法治政府建设存在的不足和原因
    body: 总体来看，还存在差距。
  - role: leadership
    heading: 2024年度党政主要负责人履行推进法治建设第一责任人职责情况
    body: 区长带头学法。
  - role: plans
    heading: 2025年度推进法治政府建设的主要安排
    body: 继续推进。
";

    #[test]
    fn a_good_report_breaks_no_rule() {
        assert_eq!(findings(GOOD, Some(2024)), []);
    }
}
