//! `lawrpt rules`: the rule catalogue, one rule a line, with its citation where it has one.

use std::io::Write;

use serde::Serialize;

use crate::cli::RulesFormat;

use crate::rules;
use crate::tr;

/// A rule as `lawrpt rules --format json` gives it.
#[derive(Serialize)]
struct RuleRecord<'r> {
    id: &'r str,
    /// `error` or `warning`, as lawrpt.toml writes it.
    severity: String,
    /// A project cannot change its severity.
    fixed: bool,
    summary: String,
    citation: Option<&'r str>,
}

#[derive(Serialize)]
struct RulesDocument<'r> {
    schema: &'static str,
    rules: Vec<RuleRecord<'r>>,
}

/// Prints every rule: id, default severity (as lawrpt.toml writes it), whether a project may
/// change it, and its summary in the language of the run; as lines, or one JSON document
/// (`{"schema": "lawrpt-rules/1", "rules": [...]}`).
pub fn list(format: RulesFormat, out: &mut dyn Write) -> std::io::Result<()> {
    if format == RulesFormat::Json {
        let rules: Vec<RuleRecord> = rules::all()
            .iter()
            .map(|rule| RuleRecord {
                id: &rule.id,
                severity: format!("{:?}", rule.severity).to_lowercase(),
                fixed: rule.fixed,
                summary: rule.summary(),
                citation: rule.citation.as_deref(),
            })
            .collect();
        let document = RulesDocument {
            schema: "lawrpt-rules/1",
            rules,
        };
        let text = serde_json::to_string_pretty(&document).map_err(std::io::Error::other)?;
        return writeln!(out, "{text}");
    }
    for rule in rules::all() {
        let severity = format!("{:?}", rule.severity).to_lowercase();
        let fixed = if rule.fixed {
            tr!("rules-fixed").text
        } else {
            String::new()
        };
        // Padded by the columns a terminal gives it: a Chinese character takes two.
        let pad = 8usize.saturating_sub(crate::i18n::columns(&fixed));
        writeln!(
            out,
            "{:<20} {:<8}{fixed}{:pad$} {}",
            rule.id,
            severity,
            "",
            rule.summary()
        )?;
        if let Some(citation) = &rule.citation {
            writeln!(out, "{:<38}{citation}", "")?;
        }
    }
    Ok(())
}
