//! The human printer: diagnostics as a compiler prints them, with the file, line and column,
//! the source line and a caret under the place, and the hint; fatal errors in the same voice.
//! The only module that formats diagnostics for people.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;

/// The text of the files diagnostics point into, by their path relative to the project.
#[derive(Debug, Default)]
pub struct Sources {
    files: BTreeMap<PathBuf, String>,
}

impl Sources {
    pub fn add(&mut self, path: &Path, text: &str) {
        self.files.insert(path.to_path_buf(), text.to_string());
    }

    fn get(&self, path: &Path) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }
}

pub struct Printer {
    renderer: Renderer,
    /// The project root as the user should see it: prefixed to each file's path.
    shown_root: PathBuf,
}

impl Printer {
    pub fn new(color: bool, shown_root: PathBuf) -> Printer {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Printer {
            renderer,
            shown_root,
        }
    }

    pub fn shown(&self, path: &Path) -> String {
        self.shown_root.join(path).display().to_string()
    }

    pub fn diagnostics(
        &self,
        diagnostics: &[Diagnostic],
        sources: &Sources,
        to: &mut dyn Write,
    ) -> io::Result<()> {
        for diagnostic in diagnostics {
            self.diagnostic(diagnostic, sources, to)?;
        }
        Ok(())
    }

    fn diagnostic(&self, d: &Diagnostic, sources: &Sources, to: &mut dyn Write) -> io::Result<()> {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let path = self.shown(&d.file);
        let line_text = sources
            .get(&d.file)
            .and_then(|text| text.lines().nth(d.span.line.saturating_sub(1)));
        let mut group = Group::with_title(level.primary_title(d.message.as_str()).id(d.rule));
        match line_text {
            Some(line) => {
                let start = line
                    .char_indices()
                    .nth(d.span.col.saturating_sub(1))
                    .map_or(line.len(), |(i, _)| i);
                let end = (start + d.span.len).min(line.len());
                let end = (start..=end)
                    .rev()
                    .find(|i| line.is_char_boundary(*i))
                    .unwrap_or(start);
                group = group.element(
                    Snippet::source(line)
                        .line_start(d.span.line)
                        .path(path.as_str())
                        .annotation(AnnotationKind::Primary.span(start..end)),
                );
            }
            None => {
                group = group.element(
                    Origin::path(path.as_str())
                        .line(d.span.line)
                        .char_column(d.span.col),
                );
            }
        }
        if let Some(hint) = &d.hint {
            group = group.element(Level::HELP.message(hint.as_str()));
        }
        let report: [Group; 1] = [group];
        writeln!(to, "{}\n", self.renderer.render(&report))
    }

    pub fn fatal(&self, error: &Error, to: &mut dyn Write) -> io::Result<()> {
        let message = error.to_string();
        let mut group = Group::with_title(Level::ERROR.primary_title(message.as_str()));
        let hint = error.hint();
        if let Some(hint) = &hint {
            group = group.element(Level::HELP.message(hint.as_str()));
        }
        let report: [Group; 1] = [group];
        writeln!(to, "{}", self.renderer.render(&report))
    }

    /// A one-line status, as `build` and `check` end each year.
    pub fn status(&self, line: &str, to: &mut dyn Write) -> io::Result<()> {
        writeln!(to, "{line}")
    }
}
