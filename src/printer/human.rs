//! The human format: diagnostics as a compiler prints them, with the file, line and column,
//! the source line and a caret under the place, and the hint; fatal errors in the same voice.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::error::Error;
use crate::report::model::LineIndex;
use crate::rules::diagnostic::{Diagnostic, Severity};
use crate::tr;

pub struct Human {
    renderer: Renderer,
}

impl Human {
    pub fn new(color: bool) -> Human {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Human { renderer }
    }

    /// One diagnostic, with the line of its source it points at when the source is known.
    pub fn diagnostic(
        &self,
        d: &Diagnostic,
        source: Option<&LineIndex>,
        to: &mut dyn Write,
    ) -> io::Result<()> {
        let level = match d.severity {
            Severity::Error => Level::ERROR.with_name(tr!("label-error").text),
            Severity::Warning => Level::WARNING.with_name(tr!("label-warning").text),
        };
        let path = d.file.display().to_string();
        let line_text = source.and_then(|lines| lines.line(d.span.line.max(1)));
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
            group = group.element(help().message(hint.as_str()));
        }
        let report: [Group; 1] = [group];
        writeln!(to, "{}\n", colons(&self.renderer.render(&report)))
    }

    /// A warning that is about no file: the situation lawrpt runs in (`serve` listening on a
    /// public address, a browser that would not open).
    pub fn warning(&self, message: &str, to: &mut dyn Write) -> io::Result<()> {
        let level = Level::WARNING.with_name(tr!("label-warning").text);
        let report = [Group::with_title(level.primary_title(message))];
        writeln!(to, "{}", colons(&self.renderer.render(&report)))
    }

    pub fn fatal(&self, error: &Error, to: &mut dyn Write) -> io::Result<()> {
        // A reader that closed its end (`| head`) is not an error to tell: the exit code (2)
        // still says the output was cut short.
        if error.is_broken_pipe() {
            return Ok(());
        }
        let message = error.to_string();
        let level = Level::ERROR.with_name(tr!("label-error").text);
        let mut group = Group::with_title(level.primary_title(message.as_str()));
        let hint = error.hint();
        if let Some(hint) = &hint {
            group = group.element(help().message(hint.as_str()));
        }
        let report: [Group; 1] = [group];
        writeln!(to, "{}", colons(&self.renderer.render(&report)))
    }
}

/// `rendered` with the colon after each label (`错误[unknown-key]: `, `= 提示: `) written as
/// the language writes it: annotate-snippets writes `: ` itself, which is English punctuation.
/// Only the lines that start with a label are touched, never a quoted source line.
fn colons(rendered: &str) -> String {
    let colon = tr!("label-colon").text;
    if colon == ": " {
        return rendered.to_string();
    }
    let labels = [
        tr!("label-error").text,
        tr!("label-warning").text,
        tr!("label-help").text,
    ];
    let lines: Vec<String> = rendered
        .split('\n')
        .map(|line| {
            let plain = strip_ansi(line);
            let start = plain.trim_start().trim_start_matches("= ");
            match line.find(": ") {
                Some(at) if labels.iter().any(|l| start.starts_with(l.as_str())) => {
                    format!("{}{colon}{}", &line[..at], &line[at + 2..])
                }
                _ => line.to_string(),
            }
        })
        .collect();
    lines.join("\n")
}

/// `line` without its colour codes (`ESC [ … m`).
fn strip_ansi(line: &str) -> String {
    let mut plain = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

/// The label of a hint, in the language of the run.
fn help() -> Level<'static> {
    Level::HELP.with_name(tr!("label-help").text)
}
