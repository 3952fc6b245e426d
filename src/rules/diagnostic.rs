//! Diagnostics: what load and check found, as data.
//!
//! A diagnostic names its rule, its severity, the file and span it points at, what is wrong
//! and how to fix it. The stages create them; only the printers (`printer`) turn them into
//! text.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::Text;
use crate::report::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule's id, as in `rules.toml`.
    pub rule: &'static str,
    pub severity: Severity,
    /// The file the span is in; filled in by the stage that knows it.
    pub file: PathBuf,
    pub span: Span,
    /// The catalogue's id of the message (`locales/*.ftl`), stable across languages, for
    /// tools that read `--format json`.
    pub message_id: &'static str,
    /// The message in the language of the run.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A diagnostic of `rule` at its default severity, in a file not yet named, saying
    /// `message` (made with `tr!`).
    pub fn new(rule: &'static str, span: Span, message: Text) -> Self {
        Diagnostic {
            rule,
            severity: crate::rules::default_severity(rule),
            file: PathBuf::new(),
            span,
            message_id: message.id,
            message: message.text,
            hint: None,
        }
    }

    /// How to fix it (made with `tr!`).
    pub fn hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint.text);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Counts of errors and warnings, for summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of(diagnostics: &[Diagnostic]) -> Tally {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Tally {
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = crate::tr!("tally", errors = self.errors, warnings = self.warnings);
        f.write_str(&text.text)
    }
}
