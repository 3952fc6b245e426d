//! The printers: what a run found, in the format asked for. Stages produce diagnostics as
//! data; only this module turns them into text. Human messages go to standard error; the
//! machine formats (a JSON document or its lines, GitHub workflow commands, a GitLab Code
//! Quality report, a SARIF log, a JUnit report) go to standard output, for the tool reading
//! it, and nothing else does.

mod fingerprint;
mod github;
mod gitlab;
mod human;
pub mod json;
mod junit;
mod sarif;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::Error;
use crate::report::model::LineIndex;
use crate::rules::diagnostic::{Diagnostic, Severity};

pub use human::Human;

/// One message a run printed for people, kept for another display as well (the error overlay
/// of `lawrpt serve`): plain for a page, styled for the terminal when colour is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// The file the message is about, as shown; `None` for what stopped a year or the run.
    pub file: Option<PathBuf>,
    pub severity: Severity,
    pub plain: String,
    pub styled: String,
}

/// How diagnostics are printed (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Messages with the source line and a caret, on standard error.
    #[value(help = crate::tr!("cli-format-human").text)]
    Human,
    /// One JSON document on standard output (schema: docs/diagnostics.md).
    #[value(help = crate::tr!("cli-format-json").text)]
    Json,
    /// GitHub Actions workflow commands (::error file=…,line=…::…) on standard output.
    #[value(help = crate::tr!("cli-format-github").text)]
    Github,
    /// A GitLab Code Quality report on standard output.
    #[value(help = crate::tr!("cli-format-gitlab").text)]
    Gitlab,
    /// A SARIF 2.1.0 log on standard output.
    #[value(help = crate::tr!("cli-format-sarif").text)]
    Sarif,
    /// A JUnit XML report on standard output.
    #[value(help = crate::tr!("cli-format-junit").text)]
    Junit,
    /// One JSON object a line, as each is found, on standard output.
    #[value(help = crate::tr!("cli-format-json-lines").text)]
    JsonLines,
}

impl Format {
    /// A format whose output is built from the run's records (all but the two that print
    /// each diagnostic as text).
    fn records(self) -> bool {
        !matches!(self, Format::Human | Format::Github)
    }
}

/// A time as `-v` shows it: milliseconds, to a tenth.
pub fn milliseconds(took: std::time::Duration) -> String {
    format!("{:.1}", took.as_secs_f64() * 1000.0)
}

/// A message and how to fix it, as the formats with one text field carry them.
fn with_hint(message: &str, hint: Option<&str>, separator: &str) -> String {
    match hint {
        Some(hint) => format!(
            "{message}{separator}{}{}{hint}",
            crate::tr!("label-help").text,
            crate::tr!("label-colon").text
        ),
        None => message.to_string(),
    }
}

/// How much a command says on standard error (`-q`, `-v`), the same for every command.
/// Standard output, where a command's document or listing goes, is never affected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Verbosity {
    /// Errors only: no warnings, no status lines, no progress.
    Quiet,
    /// Errors, warnings and one line for each thing done.
    #[default]
    Normal,
    /// Also what lawrpt read, decided and wrote on the way, and how long it took.
    Verbose,
}

pub struct Reporter<'w> {
    /// Where the machine formats go: standard output.
    out: &'w mut dyn Write,
    /// Where messages for people go: standard error.
    err: &'w mut dyn Write,
    format: Format,
    verbosity: Verbosity,
    human: Human,
    json: json::Document,
    progress: Option<ProgressBar>,
    /// Every message for people, once [`Reporter::keep`] asked for them.
    kept: Option<Vec<Kept>>,
}

impl<'w> Reporter<'w> {
    pub fn new(
        format: Format,
        verbosity: Verbosity,
        color: bool,
        out: &'w mut dyn Write,
        err: &'w mut dyn Write,
    ) -> Reporter<'w> {
        Reporter {
            out,
            err,
            format,
            verbosity,
            human: Human::new(color),
            json: json::Document::new(),
            progress: None,
            kept: None,
        }
    }

    /// Also keeps every diagnostic and fatal error, warnings too (whatever `quiet` says),
    /// for [`Reporter::take_kept`].
    pub fn keep(mut self) -> Self {
        self.kept = Some(Vec::new());
        self
    }

    /// The messages kept since the last call, in the order they were printed.
    pub fn take_kept(&mut self) -> Vec<Kept> {
        self.kept.as_mut().map(std::mem::take).unwrap_or_default()
    }

    fn keep_rendered(
        &mut self,
        file: Option<&Path>,
        severity: Severity,
        render: impl Fn(&Human, &mut Vec<u8>) -> io::Result<()>,
    ) -> io::Result<()> {
        let Some(kept) = self.kept.as_mut() else {
            return Ok(());
        };
        let (mut plain, mut styled) = (Vec::new(), Vec::new());
        render(&Human::new(false), &mut plain)?;
        render(&self.human, &mut styled)?;
        kept.push(Kept {
            file: file.map(Path::to_path_buf),
            severity,
            plain: String::from_utf8_lossy(&plain).trim_end().to_string(),
            styled: String::from_utf8_lossy(&styled).trim_end().to_string(),
        });
        Ok(())
    }

    /// Shows a progress bar for `total` years, on a terminal only, and not when quiet.
    pub fn start_progress(&mut self, total: usize) {
        let terminal = io::IsTerminal::is_terminal(&io::stderr());
        let quiet = self.verbosity == Verbosity::Quiet;
        if terminal && !quiet && total > 1 && self.format == Format::Human {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            let template = format!("{{bar:30}} {}", crate::tr!("progress-years").text);
            if let Ok(style) = ProgressStyle::with_template(&template) {
                bar.set_style(style);
            }
            self.progress = Some(bar);
        }
    }

    pub fn tick(&self, year: &str) {
        if let Some(bar) = &self.progress {
            bar.set_message(year.to_string());
            bar.inc(1);
        }
    }

    /// Diagnostics found in one file, whose text is `source` when known.
    pub fn diagnostics(
        &mut self,
        diagnostics: &[Diagnostic],
        source: Option<&str>,
    ) -> io::Result<()> {
        let lines = source.map(LineIndex::new);
        let lines = lines.as_ref();
        for d in diagnostics {
            self.keep_rendered(Some(&d.file), d.severity, |human, to| {
                human.diagnostic(d, lines, to)
            })?;
        }
        if self.format.records() {
            let first = self.json.diagnostics.len();
            self.json.add_diagnostics(diagnostics, source);
            if self.format == Format::JsonLines {
                for record in &self.json.diagnostics[first..] {
                    json::line(self.out, "diagnostic", record)?;
                }
            }
            return Ok(());
        }
        let shown = diagnostics
            .iter()
            .filter(|d| self.verbosity != Verbosity::Quiet || d.severity == Severity::Error);
        let (human, format) = (&self.human, self.format);
        let (out, err) = (&mut *self.out, &mut *self.err);
        suspended(self.progress.as_ref(), || {
            for d in shown {
                match format {
                    Format::Github => github::diagnostic(d, out)?,
                    _ => human.diagnostic(d, lines, err)?,
                }
            }
            Ok(())
        })
    }

    /// What stopped lawrpt, for the whole run or one year.
    pub fn fatal(&mut self, error: &Error) -> io::Result<()> {
        self.keep_rendered(None, Severity::Error, |human, to| human.fatal(error, to))?;
        let (human, err) = (&self.human, &mut *self.err);
        suspended(self.progress.as_ref(), || human.fatal(error, err))
    }

    /// A year's record, for the formats built from records.
    pub fn year(&mut self, record: json::YearRecord) -> io::Result<()> {
        if self.format == Format::JsonLines {
            json::line(self.out, "year", &record)?;
        }
        if self.format.records() {
            self.json.add_year(record);
        }
        Ok(())
    }

    /// A one-line status, as each year ends; not when quiet, nor in the formats built from
    /// records (GitHub's log shows it).
    pub fn status(&mut self, line: &str) -> io::Result<()> {
        if self.verbosity == Verbosity::Quiet || self.format.records() {
            return Ok(());
        }
        self.say(line)
    }

    /// Whether [`Reporter::detail`] prints, so a caller can skip making the line.
    pub fn verbose(&self) -> bool {
        self.verbosity == Verbosity::Verbose && !self.format.records()
    }

    /// A line of `-v`: what was read, decided or written on the way.
    pub fn detail(&mut self, line: &str) -> io::Result<()> {
        if !self.verbose() {
            return Ok(());
        }
        self.say(line)
    }

    /// A line for people on standard error, clear of the progress bar.
    fn say(&mut self, line: &str) -> io::Result<()> {
        let err = &mut *self.err;
        suspended(self.progress.as_ref(), || writeln!(err, "{line}"))
    }

    /// `build --check`'s differences, each an output's path, what differs (`missing`,
    /// `changed`, `stale`) and its line for people: the lines on standard output, or in the
    /// machine formats, in their document.
    pub fn differences(
        &mut self,
        differences: &[(String, &'static str, String)],
    ) -> io::Result<()> {
        match self.format {
            format if format.records() => {
                let records: Vec<json::DifferenceRecord> = differences
                    .iter()
                    .map(|(path, difference, line)| json::DifferenceRecord {
                        path: path.clone(),
                        difference,
                        line: line.clone(),
                    })
                    .collect();
                if format == Format::JsonLines {
                    for record in &records {
                        json::line(self.out, "difference", record)?;
                    }
                }
                self.json.differences = Some(records);
            }
            Format::Github => {
                for (path, _, line) in differences {
                    github::difference(path, line, self.out)?;
                }
            }
            _ => {
                for (_, _, line) in differences {
                    writeln!(self.out, "{line}")?;
                }
            }
        }
        Ok(())
    }

    /// Ends the run: clears the progress bar and prints the document of the run's format
    /// (or, for JSON lines, the summary line).
    pub fn finish(&mut self) -> io::Result<()> {
        if let Some(bar) = self.progress.take() {
            bar.finish_and_clear();
        }
        let document = match self.format {
            Format::Human | Format::Github => return Ok(()),
            Format::Json => self.json.to_json(),
            Format::JsonLines => return json::line(self.out, "summary", &self.json.summary_line()),
            Format::Gitlab => gitlab::report(&self.json),
            Format::Sarif => sarif::log(&self.json),
            Format::Junit => junit::report(&self.json)?,
        };
        writeln!(self.out, "{document}")
    }
}

fn suspended<T>(bar: Option<&ProgressBar>, f: impl FnOnce() -> T) -> T {
    match bar {
        Some(bar) => bar.suspend(f),
        None => f(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, message_in};

    #[test]
    fn the_progress_bar_reads_in_each_language_and_indicatif_takes_it() {
        for lang in Lang::ALL {
            let words = message_in(lang, "progress-years", None);
            for field in ["{pos}", "{len}", "{msg}"] {
                assert!(words.contains(field), "{lang:?}: {words}");
            }
            let template = format!("{{bar:30}} {words}");
            assert!(
                ProgressStyle::with_template(&template).is_ok(),
                "{template}"
            );
        }
        assert_eq!(
            message_in(Lang::ZhHans, "progress-years", None),
            "第 {pos}/{len} 个年度 {msg}"
        );
    }
}
