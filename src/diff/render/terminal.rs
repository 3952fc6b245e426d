//! The diff for a terminal: a line per change, marked, coloured on a terminal only.

use std::fmt::Write as _;

use super::{Mark, Style, change, figure_label, figure_value, ordered, walk};
use crate::diff::Diff;
use crate::tr;

struct Terminal {
    out: String,
    color: bool,
}

impl Style for Terminal {
    fn heading(&mut self, depth: usize, title: &str, note: &str) {
        let indent = "  ".repeat(depth);
        let (bold, reset) = if self.color {
            ("\x1b[1m", "\x1b[0m")
        } else {
            ("", "")
        };
        let note = if note.is_empty() {
            String::new()
        } else {
            format!("  [{note}]")
        };
        let _ = writeln!(self.out, "{indent}{bold}{title}{reset}{note}");
    }
    fn text(&mut self, depth: usize, marker: char, prefix: &str, pieces: &[(Mark, &str)]) {
        let indent = "  ".repeat(depth);
        let mut line = format!("{indent}{marker} {prefix}");
        for (mark, text) in pieces {
            let (open, close) = match (mark, self.color) {
                (Mark::Added, true) => ("\x1b[32m", "\x1b[0m"),
                (Mark::Removed, true) => ("\x1b[31;9m", "\x1b[0m"),
                (Mark::Carried, true) => ("\x1b[2m", "\x1b[0m"),
                (Mark::Added, false) if pieces.len() > 1 => ("{+", "+}"),
                (Mark::Removed, false) if pieces.len() > 1 => ("[-", "-]"),
                _ => ("", ""),
            };
            let _ = write!(line, "{open}{text}{close}");
        }
        let _ = writeln!(self.out, "{line}");
    }
}

/// The diff for a terminal; `color` adds ANSI colours.
pub fn terminal(diff: &Diff, color: bool) -> String {
    let lang = crate::i18n::current();
    let mut style = Terminal {
        out: format!("lawrpt diff {} → {}\n", diff.old_year, diff.new_year),
        color,
    };
    walk(diff, &mut style, lang);
    let (both, apart) = ordered(&diff.figures);
    if !both.is_empty() {
        let heading = tr!(
            "diff-figures-between",
            old = diff.old_year,
            new = diff.new_year
        );
        let _ = writeln!(style.out, "\n{}", heading.text);
        for row in both {
            let _ = writeln!(
                style.out,
                "  {}  {} → {}  {}",
                figure_label(row, lang),
                figure_value(&row.old),
                figure_value(&row.new),
                change(row)
            );
        }
    }
    if !apart.is_empty() {
        let _ = writeln!(style.out, "\n{}", tr!("diff-figures-one-year").text);
        for row in apart {
            let (year, value) = match (&row.old, &row.new) {
                (Some(value), _) => (diff.old_year, value.as_str()),
                (None, Some(value)) => (diff.new_year, value.as_str()),
                (None, None) => continue,
            };
            let in_year = tr!("diff-figure-in-year", value = value, year = year);
            let _ = writeln!(style.out, "  {}  {}", row.label, in_year.text);
        }
    }
    style.out
}
