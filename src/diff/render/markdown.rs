//! The diff as Markdown for a review comment.

use std::fmt::Write as _;

use super::{Mark, Style, change, figure_label, figure_value, ordered, walk};
use crate::diff::Diff;
use crate::report::markdown::escape_inline;
use crate::tr;

struct Markdown {
    out: String,
}

impl Style for Markdown {
    fn heading(&mut self, depth: usize, title: &str, note: &str) {
        let hashes = "#".repeat((depth + 2).min(6));
        let note = if note.is_empty() {
            String::new()
        } else {
            format!(" *({})*", escape_inline(note))
        };
        let _ = writeln!(self.out, "\n{hashes} {}{note}", escape_inline(title));
    }
    fn text(&mut self, _depth: usize, marker: char, prefix: &str, pieces: &[(Mark, &str)]) {
        // Markdown reads ~ and - at a line's start; the signs here are their look-alikes.
        let marker = match marker {
            '~' => '≈',
            '-' => '−',
            other => other,
        };
        let mut line = format!("- {marker} {}", escape_inline(prefix));
        for (mark, text) in pieces {
            let text = escape_inline(text);
            let _ = match mark {
                Mark::Added => write!(line, "<ins>{text}</ins>"),
                Mark::Removed => write!(line, "<del>{text}</del>"),
                _ => write!(line, "{text}"),
            };
        }
        let _ = writeln!(self.out, "{line}");
    }
}

/// The diff as Markdown for a review comment (`<ins>`/`<del>` mark changed characters).
pub fn markdown(diff: &Diff) -> String {
    let lang = crate::i18n::current();
    let mut style = Markdown {
        out: format!("# {} → {}\n", diff.old_year, diff.new_year),
    };
    walk(diff, &mut style, lang);
    if !diff.figures.is_empty() {
        let _ = writeln!(style.out, "\n## {}\n", tr!("diff-figures").text);
        let _ = writeln!(
            style.out,
            "| {} | {} | {} | {} |",
            tr!("diff-figure-label").text,
            diff.old_year,
            diff.new_year,
            tr!("diff-figure-change").text
        );
        let _ = writeln!(style.out, "|---|---:|---:|---:|");
        let (both, apart) = ordered(&diff.figures);
        for row in both.into_iter().chain(apart) {
            let _ = writeln!(
                style.out,
                "| {} | {} | {} | {} |",
                escape_inline(&figure_label(row, lang)).replace('|', "\\|"),
                escape_inline(&figure_value(&row.old)),
                escape_inline(&figure_value(&row.new)),
                change(row)
            );
        }
    }
    style.out
}
