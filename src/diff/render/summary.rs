//! The diff as JSON for other tools (docs/diff.md), and the `--stat` summary.

use std::fmt::Write as _;

use serde::Serialize;

use crate::diff::{Counts, Diff};
use crate::tr;

/// The JSON document's schema, versioned like the diagnostics'.
pub const SCHEMA: &str = "lawrpt-diff/1";

/// The diff as JSON (docs/diff.md).
pub fn json(diff: &Diff) -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        schema: &'static str,
        lawrpt: &'static str,
        #[serde(flatten)]
        diff: &'a Diff,
    }
    let document = Document {
        schema: SCHEMA,
        lawrpt: env!("CARGO_PKG_VERSION"),
        diff,
    };
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// `--stat`: what was added, removed, changed, moved, in the run's language.
pub fn stat(diff: &Diff) -> String {
    let s = &diff.stat;
    // Padded by the columns a terminal gives the name: a Chinese character takes two.
    let name = |text: String| {
        let pad = 10usize.saturating_sub(crate::i18n::columns(&text));
        format!("{text}{:pad$}", "")
    };
    let counts = |level: &str, c: &Counts| {
        let text = tr!(
            "diff-stat-counts",
            added = c.added,
            removed = c.removed,
            changed = c.changed,
            moved = c.moved
        );
        format!(
            "{} {}\n",
            name(tr!("diff-stat-name", level = level).text),
            text.text
        )
    };
    let mut out = format!("{} → {}\n", diff.old_year, diff.new_year);
    out.push_str(&counts("parts", &s.parts));
    out.push_str(&counts("sections", &s.sections));
    out.push_str(&counts("points", &s.points));
    let sentences = tr!(
        "diff-stat-sentences",
        carried = s.sentences.carried,
        changed = s.sentences.changed,
        added = s.sentences.added,
        removed = s.sentences.removed
    );
    let _ = writeln!(
        out,
        "{} {}",
        name(tr!("diff-stat-name", level = "sentences").text),
        sentences.text
    );
    let figures = tr!(
        "diff-stat-figures",
        changed = s.figures_changed,
        added = s.figures_added,
        removed = s.figures_removed
    );
    let _ = writeln!(
        out,
        "{} {}",
        name(tr!("diff-stat-name", level = "figures").text),
        figures.text
    );
    out
}
