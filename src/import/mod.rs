//! import: a report as published — web text or a Word file — into a [`Draft`], the shape of
//! `reports/<year>.yaml`. Input: paragraphs (from [`paragraphs::of_text`] after [`decode`],
//! or [`paragraphs::of_word`] from a Word file's blocks, read by [`docx`]). Output: the draft and notes (diagnostics) on everything it
//! left out or could not place. Numbering typed in the source is read to find the structure,
//! then dropped: lawrpt generates it. The author's words are never changed; characters that
//! Markdown would read as syntax are escaped.

mod assemble;
mod decode;
pub mod docx;
pub mod marker;
pub mod paragraphs;
mod tail;

use crate::diagnostic::Diagnostic;
use crate::draft::Draft;
use crate::rules::id;
use crate::script;
use crate::view;

pub use assemble::role_of;
pub use decode::{Decoded, Undecodable, decode};
pub use paragraphs::{Paragraph, Style};

use assemble::Builder;

/// What the command line says about the report being imported.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub year: Option<i64>,
    pub authority: Option<String>,
    /// The project's title pattern (`lawrpt.toml`), to tell a title that need not be written.
    pub title_pattern: Option<String>,
}

#[derive(Debug)]
pub struct Imported {
    pub draft: Draft,
    /// Everything left out or placed by guess, in source order; `file` is left for the caller.
    pub notes: Vec<Diagnostic>,
}

/// No `--year`, and no year in the title or the first part's heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoYear;

/// Imports the paragraphs of a report; `source` is the text they came from (for the notes'
/// line and column).
pub fn import(
    paragraphs: &[Paragraph],
    source: &str,
    options: &Options,
) -> Result<Imported, NoYear> {
    let mut builder = Builder::new(source);
    let mut rest: Vec<&Paragraph> = Vec::new();
    for p in paragraphs {
        match tail::debris(&p.text).filter(|_| !p.table) {
            Some(kind) => builder.note(
                id::IMPORT_DEBRIS,
                p,
                format!("left out {kind}: `{}`", p.text),
                "it is the web page's, not the report's; nothing to do unless it was part of the report",
            ),
            None => rest.push(p),
        }
    }
    let title = take_title(&mut rest);
    let (issuer, issued) = take_issuer_and_date(&mut rest);
    for p in &rest {
        builder.paragraph(p);
    }
    let year_in_text = title.as_ref().and_then(|(t, _)| year_in(t)).or_else(|| {
        builder
            .draft
            .parts
            .first()
            .and_then(|p| year_in(&p.division.heading))
    });
    let year = options.year.or(year_in_text).ok_or(NoYear)?;
    if let (Some(given), Some(found), Some((_, at))) = (options.year, year_in_text, &title)
        && given != found
    {
        builder.note(
            id::IMPORT_METADATA,
            at,
            format!("the title says {found}, but the report is imported as {given} (--year)"),
            "check --year; the title is kept as written",
        );
    }
    let authority = match (&options.authority, issuer) {
        (Some(given), Some((found, at))) => {
            if script::fold(given) != script::fold(&found) {
                builder.note(
                    id::IMPORT_METADATA,
                    at,
                    format!("the issuer line says `{found}`, but --authority gives `{given}`: using `{given}`"),
                    "leave out --authority to take the issuer from the text",
                );
            }
            Some(given.clone())
        }
        (Some(given), None) => Some(given.clone()),
        (None, found) => found.map(|(name, _)| name),
    };
    let mut draft = builder.draft;
    draft.year = year;
    draft.authority = authority;
    draft.issued = issued.map(|d| d.iso());
    draft.title = title.map(|(t, _)| t).filter(|t| {
        let script = script::detect(&sample_text(&draft));
        *t != view::default_title(
            year,
            draft.authority.as_deref(),
            options.title_pattern.as_deref(),
            script,
        )
    });
    let mut notes = builder.notes;
    notes.sort_by_key(|d| (d.span.line, d.span.col));
    Ok(Imported { draft, notes })
}

/// The title at the head: a paragraph that names itself a report, or a Word title, possibly
/// after the issuer's name on a line of its own.
fn take_title<'p>(rest: &mut Vec<&'p Paragraph>) -> Option<(String, &'p Paragraph)> {
    let first = *rest.first()?;
    if first.style == Style::Title || (!first.table && tail::is_title(&first.text)) {
        rest.remove(0);
        return Some((first.text.clone(), first));
    }
    let second = *rest.get(1)?;
    if !first.table && !second.table && tail::is_name(&first.text) && tail::is_title(&second.text) {
        rest.drain(..2);
        return Some((format!("{}{}", first.text, second.text), first));
    }
    None
}

/// The issuer and date closing the report: the last lines, when they are a name and a date
/// (or both on one line).
fn take_issuer_and_date<'p>(
    rest: &mut Vec<&'p Paragraph>,
) -> (Option<(String, &'p Paragraph)>, Option<crate::model::Date>) {
    let mut issued = None;
    let mut issuer = None;
    let Some(last) = rest.last().copied().filter(|p| !p.table) else {
        return (None, None);
    };
    if let Some(date) = tail::parse_date(&last.text) {
        issued = Some(date);
        rest.pop();
        if let Some(name) = rest
            .last()
            .copied()
            .filter(|p| !p.table && tail::is_name(&p.text))
        {
            issuer = Some((name.text.clone(), name));
            rest.pop();
        }
    } else if let Some((name, date)) = name_then_date(&last.text) {
        issued = Some(date);
        issuer = Some((name, last));
        rest.pop();
    } else if tail::is_institution(&last.text) {
        issuer = Some((last.text.clone(), last));
        rest.pop();
    }
    (issuer, issued)
}

/// `西安市高陵区人民政府 2025年3月28日` on one line.
fn name_then_date(text: &str) -> Option<(String, crate::model::Date)> {
    let (name, date) = text.rsplit_once(char::is_whitespace)?;
    let name = name.trim();
    let date = tail::parse_date(date)?;
    tail::is_name(name).then(|| (name.to_string(), date))
}

/// The first year written as `2024年` in a text.
fn year_in(text: &str) -> Option<i64> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(5).find_map(|w| {
        let digits: String = w[..4].iter().collect();
        (w[4] == '年' && w[..4].iter().all(char::is_ascii_digit))
            .then(|| digits.parse().ok())
            .flatten()
            .filter(|y| (1949..=2200).contains(y))
    })
}

/// The words the report's script is told from, as the view tells it (less the title).
fn sample_text(draft: &Draft) -> String {
    let mut text = String::new();
    for value in [&draft.authority, &draft.preamble].into_iter().flatten() {
        text.push_str(value);
    }
    fn walk(d: &crate::draft::DraftDivision, text: &mut String) {
        text.push_str(&d.heading);
        for child in &d.children {
            walk(child, text);
        }
    }
    for part in &draft.parts {
        walk(&part.division, &mut text);
    }
    text
}
