//! The rules: the catalogue every stage reports against, the policy that sets each rule's
//! severity, and [`diagnostic`], what a finding is.
//!
//! The catalogue is data (`rules.toml`, embedded). A project's `lawrpt.toml` turns into a
//! [`Policy`], which `apply` uses to set the severity of what the stages found. Load rules are
//! fixed: a file that does not load cannot be checked, so they stay errors.
//!
//! This sits below `load`, since loading already reports (`yaml-syntax`, `unknown-key`), and
//! `import` reports its notes as diagnostics too. Nothing here reads files or prints.

pub mod diagnostic;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::rules::diagnostic::{Diagnostic, Severity};

/// The rule ids, as the code names them. Each one is in `rules.toml` (tested).
pub mod id {
    pub const YAML_SYNTAX: &str = "yaml-syntax";
    pub const TYPE_MISMATCH: &str = "type-mismatch";
    pub const UNKNOWN_KEY: &str = "unknown-key";
    pub const MISSING_KEY: &str = "missing-key";
    pub const INVALID_VALUE: &str = "invalid-value";
    pub const YEAR_MISMATCH: &str = "year-mismatch";
    pub const PART_MISSING: &str = "part-missing";
    pub const PART_DUPLICATE: &str = "part-duplicate";
    pub const PART_ORDER: &str = "part-order";
    pub const EMPTY_HEADING: &str = "empty-heading";
    pub const EMPTY_BODY: &str = "empty-body";
    pub const EMPTY_SECTION: &str = "empty-section";
    pub const EMPTY_POINT: &str = "empty-point";
    pub const LEADERSHIP_MISSING: &str = "leadership-missing";
    pub const WRONG_YEAR: &str = "wrong-year";
    pub const TYPED_NUMBERING: &str = "typed-numbering";
    pub const ISSUED_LATE: &str = "issued-late";
    pub const ISSUED_EARLY: &str = "issued-early";
    pub const ROLE_HEADING: &str = "role-heading";
    pub const CONFIG: &str = "config";
    pub const TEMPLATE: &str = "template";
    pub const ENCODING: &str = "encoding";
    pub const COMMENT_IN_TEXT: &str = "comment-in-text";
    /// The rules of the load stage: a file with one of these could not be read as a report.
    pub const LOAD: [&str; 5] = [
        YAML_SYNTAX,
        TYPE_MISMATCH,
        UNKNOWN_KEY,
        MISSING_KEY,
        INVALID_VALUE,
    ];
    pub const PLACEHOLDER: &str = "placeholder";
    pub const INVISIBLE_CHAR: &str = "invisible-char";
    pub const IMPORT_DEBRIS: &str = "import-debris";
    pub const IMPORT_UNPLACED: &str = "import-unplaced";
    pub const IMPORT_NUMBERING: &str = "import-numbering";
    pub const IMPORT_ROLE: &str = "import-role";
    pub const IMPORT_METADATA: &str = "import-metadata";
    pub const IMPORT_COMMENT: &str = "import-comment";
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub severity: Level,
    #[serde(default)]
    pub fixed: bool,
    #[serde(default)]
    pub citation: Option<String>,
}

impl Rule {
    /// What the rule checks, in the language of the run (`rule-<id>` in the catalogue).
    pub fn summary(&self) -> String {
        crate::i18n::message(&format!("rule-{}", self.id), None)
    }
}

/// A severity as configuration writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Off,
}

#[derive(Deserialize)]
struct Catalogue {
    rule: Vec<Rule>,
}

const RULES_TOML: &str = include_str!("rules.toml");

/// Every rule lawrpt knows, in the catalogue's order.
pub fn all() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    // The catalogue is compiled in; a test proves it parses, so the empty fallback never shows.
    RULES.get_or_init(|| {
        toml::from_str::<Catalogue>(RULES_TOML)
            .map(|c| c.rule)
            .unwrap_or_default()
    })
}

pub fn find(rule: &str) -> Option<&'static Rule> {
    all().iter().find(|r| r.id == rule)
}

pub fn default_severity(rule: &str) -> Severity {
    match find(rule).map(|r| r.severity) {
        Some(Level::Warning) => Severity::Warning,
        _ => Severity::Error,
    }
}

/// How a project wants its rules applied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    pub levels: BTreeMap<String, Level>,
    /// Warnings become errors.
    pub strict: bool,
}

impl Policy {
    /// Sets each diagnostic's severity by the policy and drops those of rules turned off.
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter_map(|mut d| {
                match self.levels.get(d.rule) {
                    Some(Level::Off) => return None,
                    Some(Level::Error) => d.severity = Severity::Error,
                    Some(Level::Warning) => d.severity = Severity::Warning,
                    None => {}
                }
                if self.strict {
                    d.severity = Severity::Error;
                }
                Some(d)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::Span;

    const IDS: [&str; 31] = [
        id::YAML_SYNTAX,
        id::TYPE_MISMATCH,
        id::UNKNOWN_KEY,
        id::MISSING_KEY,
        id::INVALID_VALUE,
        id::YEAR_MISMATCH,
        id::PART_MISSING,
        id::PART_DUPLICATE,
        id::PART_ORDER,
        id::EMPTY_HEADING,
        id::EMPTY_BODY,
        id::EMPTY_SECTION,
        id::EMPTY_POINT,
        id::LEADERSHIP_MISSING,
        id::WRONG_YEAR,
        id::TYPED_NUMBERING,
        id::ISSUED_LATE,
        id::ISSUED_EARLY,
        id::ROLE_HEADING,
        id::CONFIG,
        id::TEMPLATE,
        id::ENCODING,
        id::COMMENT_IN_TEXT,
        id::PLACEHOLDER,
        id::INVISIBLE_CHAR,
        id::IMPORT_DEBRIS,
        id::IMPORT_UNPLACED,
        id::IMPORT_NUMBERING,
        id::IMPORT_ROLE,
        id::IMPORT_METADATA,
        id::IMPORT_COMMENT,
    ];

    #[test]
    fn the_catalogue_parses_and_holds_exactly_the_rules_the_code_uses() {
        let catalogue: Catalogue = toml::from_str(RULES_TOML).unwrap();
        let mut in_file: Vec<&str> = catalogue.rule.iter().map(|r| r.id.as_str()).collect();
        let mut in_code = IDS.to_vec();
        in_file.sort_unstable();
        in_code.sort_unstable();
        assert_eq!(in_file, in_code);
        assert!(all().iter().all(|r| r.severity != Level::Off));
    }

    #[test]
    fn the_load_rules_are_fixed_errors() {
        for rule in id::LOAD
            .into_iter()
            .chain([id::CONFIG, id::TEMPLATE, id::ENCODING])
        {
            let rule = find(rule).unwrap();
            assert!(rule.fixed && rule.severity == Level::Error, "{}", rule.id);
        }
    }

    fn diagnostic(rule: &'static str) -> Diagnostic {
        let text = crate::i18n::Text {
            id: "x",
            text: "x".into(),
        };
        Diagnostic::new(rule, Span::default(), text)
    }

    #[test]
    fn a_policy_changes_severities_drops_rules_turned_off_and_strict_makes_warnings_errors() {
        let mut policy = Policy::default();
        policy
            .levels
            .insert(id::LEADERSHIP_MISSING.into(), Level::Off);
        policy.levels.insert(id::PART_ORDER.into(), Level::Warning);
        let found = vec![
            diagnostic(id::LEADERSHIP_MISSING),
            diagnostic(id::PART_ORDER),
            diagnostic(id::WRONG_YEAR),
        ];
        let applied = policy.apply(found.clone());
        let summary: Vec<_> = applied.iter().map(|d| (d.rule, d.severity)).collect();
        assert_eq!(
            summary,
            [
                (id::PART_ORDER, Severity::Warning),
                (id::WRONG_YEAR, Severity::Warning)
            ]
        );
        policy.strict = true;
        assert!(policy.apply(found).iter().all(Diagnostic::is_error));
    }
}
