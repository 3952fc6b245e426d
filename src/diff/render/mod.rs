//! A [`Diff`] as text: for a terminal (colour on a terminal only), as Markdown for a review
//! comment, as one self-contained HTML page (two columns on a wide screen, one on a phone),
//! as JSON for other tools (docs/diff.md), and as a `--stat` summary. Prints nothing itself.
//!
//! The walk over a diff is shared here; each text format says how it marks what changed (a
//! `Style`) in a file of its own: `terminal`, `markdown`, `html`; JSON and `--stat` are
//! `summary`.

mod html;
mod markdown;
mod summary;
mod terminal;

pub use html::{Page, html};
pub use markdown::markdown;
pub use summary::{SCHEMA, json, stat};
pub use terminal::terminal;

use super::prose::{Segment, Sentence};
use super::{Diff, DivisionDiff, FigureRow, Label, PointDiff, Status};
use crate::i18n::Lang;
use crate::tr;

/// How one piece of text is shown in each format.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Same,
    Carried,
    Added,
    Removed,
}

/// The three text formats differ only in how they mark things; the walk is shared.
trait Style {
    fn heading(&mut self, depth: usize, title: &str, note: &str);
    /// A line of text: `marker` says what became of it (= carried, ~ reworded, + added,
    /// - removed), `prefix` is what stands before it (a point's ordinal).
    fn text(&mut self, depth: usize, marker: char, prefix: &str, pieces: &[(Mark, &str)]);
}

fn label(label: &Label) -> String {
    format!("{}{}", label.number, label.heading)
}

/// What became of a division, in `lang` (nothing for one that stayed the same).
fn status_word(status: Status, lang: Lang) -> String {
    let status = match status {
        Status::Same => return String::new(),
        Status::Changed => "changed",
        Status::Added => "added",
        Status::Removed => "removed",
    };
    tr!(in lang; "diff-status", status = status).text
}

/// The walk shared by the text formats; its words are in `lang`: the run's language for a
/// terminal and Markdown, the page's script for an HTML page.
fn walk(diff: &Diff, style: &mut dyn Style, lang: Lang) {
    let preamble = tr!(in lang; "diff-preamble").text;
    if diff.preamble.iter().all(Sentence::is_carried) {
        if !diff.preamble.is_empty() {
            style.heading(0, &preamble, &tr!(in lang; "diff-unchanged").text);
        }
    } else {
        style.heading(0, &preamble, "");
        sentences(&diff.preamble, 1, "", style);
    }
    for part in &diff.parts {
        division(part, 0, style, lang);
    }
}

fn division(d: &DivisionDiff, depth: usize, style: &mut dyn Style, lang: Lang) {
    let title = d
        .new
        .as_ref()
        .or(d.old.as_ref())
        .map(label)
        .unwrap_or_default();
    // What did not change at all is named, not repeated: a reviewer reads what changed.
    if d.status == Status::Same && !d.moved {
        style.heading(depth, &title, &tr!(in lang; "diff-unchanged").text);
        return;
    }
    let mut notes: Vec<String> = Vec::new();
    let word = status_word(d.status, lang);
    if !word.is_empty() && !(d.status == Status::Changed && (d.heading_changed || d.moved)) {
        notes.push(word);
    }
    if d.heading_changed
        && let Some(old) = &d.old
    {
        notes.push(tr!(in lang; "diff-reworded", was = label(old)).text);
    }
    if d.moved
        && let Some(old) = &d.old
    {
        notes.push(tr!(in lang; "diff-moved", was = old.number.as_str()).text);
    }
    style.heading(
        depth,
        &title,
        &notes.join(&tr!(in lang; "diff-note-separator").text),
    );
    sentences(&d.body, depth + 1, "", style);
    for p in &d.points {
        point(p, depth + 1, style, lang);
    }
    for c in &d.children {
        division(c, depth + 1, style, lang);
    }
}

fn point(p: &PointDiff, depth: usize, style: &mut dyn Style, lang: Lang) {
    let ordinal = p
        .new
        .as_ref()
        .or(p.old.as_ref())
        .cloned()
        .unwrap_or_default();
    // A point whose words are all last year's is named by its first sentence, with where it
    // moved among its division's points if it did.
    if p.moved_from.is_none()
        && p.status != Status::Added
        && p.text.iter().all(Sentence::is_carried)
    {
        let first = p.text.first().map_or("", |s| match s {
            Sentence::Carried { text } => text.as_str(),
            _ => "",
        });
        let note = match p.moved {
            true => {
                let was = p.old.as_deref().unwrap_or_default();
                tr!(in lang; "diff-point-reordered", was = was).text
            }
            false => String::new(),
        };
        style.text(
            depth,
            '=',
            &format!("{ordinal}{note} "),
            &[(
                Mark::Carried,
                &tr!(in lang; "diff-point-unchanged", first = first).text,
            )],
        );
        return;
    }
    let note = match (&p.moved_from, p.status) {
        (Some(from), _) => tr!(in lang; "diff-point-moved", from = label(from)).text,
        (None, _) if p.moved => {
            let was = p.old.as_deref().unwrap_or_default();
            tr!(in lang; "diff-point-reordered", was = was).text
        }
        (None, Status::Added) => tr!(in lang; "diff-point-status", status = "added").text,
        (None, Status::Removed) => tr!(in lang; "diff-point-status", status = "removed").text,
        _ => String::new(),
    };
    sentences(&p.text, depth, &format!("{ordinal}{note} "), style);
}

fn sentences(list: &[Sentence], depth: usize, first_prefix: &str, style: &mut dyn Style) {
    for (i, s) in list.iter().enumerate() {
        let prefix = if i == 0 { first_prefix } else { "" };
        match s {
            Sentence::Carried { text } => style.text(depth, '=', prefix, &[(Mark::Carried, text)]),
            Sentence::Added { text } => style.text(depth, '+', prefix, &[(Mark::Added, text)]),
            Sentence::Removed { text } => style.text(depth, '-', prefix, &[(Mark::Removed, text)]),
            Sentence::Changed { segments } => {
                let pieces: Vec<(Mark, &str)> = segments.iter().map(piece).collect();
                style.text(depth, '~', prefix, &pieces);
            }
        }
    }
}

fn piece(segment: &Segment) -> (Mark, &str) {
    let mark = match segment.tag {
        "added" => Mark::Added,
        "removed" => Mark::Removed,
        _ => Mark::Same,
    };
    (mark, segment.text.as_str())
}

/// A figure's label, with last year's words where they differ.
fn figure_label(row: &FigureRow, lang: Lang) -> String {
    match &row.old_label {
        Some(old) => {
            tr!(in lang; "diff-figure-was", label = row.label.as_str(), was = old.as_str()).text
        }
        None => row.label.clone(),
    }
}

/// Figure rows as shown: those in both years (changed first), then those in one year only.
fn ordered(rows: &[FigureRow]) -> (Vec<&FigureRow>, Vec<&FigureRow>) {
    let (mut both, apart): (Vec<&FigureRow>, Vec<&FigureRow>) = rows
        .iter()
        .partition(|r| r.old.is_some() && r.new.is_some());
    both.sort_by_key(|r| r.change.is_some_and(|c| c == 0.0));
    (both, apart)
}

fn figure_value(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "—".to_string())
}

fn change(row: &FigureRow) -> String {
    match row.change {
        Some(c) if c > 0.0 => format!("+{}", super::table::number(c)),
        Some(c) if c < 0.0 => super::table::number(c),
        Some(_) => "=".to_string(),
        None => String::new(),
    }
}
