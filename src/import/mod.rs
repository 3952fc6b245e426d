//! import: a report as published — web text or a Word file — into a [`Draft`], the shape of
//! `reports/<year>.yaml`. Input: paragraphs (from [`paragraphs::of_text`] after [`decode()`],
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

use crate::report::draft::Draft;
use crate::report::model::LineIndex;
use crate::report::script;
use crate::report::title;
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

pub use decode::decode;
pub use paragraphs::Paragraph;

use paragraphs::Style;

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

impl Imported {
    /// Adds notes (a Word file's [`comment_notes`]) among the others, in source order.
    pub fn add_notes(&mut self, notes: Vec<Diagnostic>) {
        self.notes.extend(notes);
        self.notes.sort_by_key(|d| (d.span.line, d.span.col));
    }
}

/// A Word file's comments as notes, each at the paragraph it sits on (one on no paragraph of
/// the body, at the first). `source` is the text standing for the document: paragraph N on
/// line N, as [`paragraphs::of_word`] gives it.
pub fn comment_notes(comments: &[docx::Comment], source: &str) -> Vec<Diagnostic> {
    let someone = tr!("import-comment-someone").text;
    let lines = LineIndex::new(source);
    comments
        .iter()
        .map(|comment| {
            let line = comment.block.unwrap_or(1);
            let mut span = lines.span_at_line_col(line, 1);
            let words = lines.line(line.max(1)).unwrap_or("");
            span.len = assemble::first_chars(words, 12);
            let author = match comment.author.trim() {
                "" => someone.as_str(),
                _ => comment.author.as_str(),
            };
            let text = comment.text.replace('\n', " / ");
            let (author, text) = (author, text.as_str());
            let message = match comment.block {
                Some(_) => tr!("import-comment", author = author, text = text),
                None => tr!("import-comment-elsewhere", author = author, text = text),
            };
            Diagnostic::new(id::IMPORT_COMMENT, span, message).hint(tr!("hint-import-comment"))
        })
        .collect()
}

/// Why nothing could be imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// No `--year`, and no year in the title or the first part's heading.
    NoYear,
    /// Nothing but debris, or nothing at all: no report text.
    NoText,
}

/// Imports the paragraphs of a report; `source` is the text they came from (for the notes'
/// line and column).
pub fn import(
    paragraphs: &[Paragraph],
    source: &str,
    options: &Options,
) -> Result<Imported, Refused> {
    let mut builder = Builder::new(source);
    let mut rest: Vec<&Paragraph> = Vec::new();
    for p in paragraphs {
        match tail::debris(&p.text).filter(|_| !p.table) {
            Some(kind) => builder.note(
                id::IMPORT_DEBRIS,
                p,
                tr!("import-debris", kind = kind, text = p.text.as_str()),
                tr!("hint-import-debris"),
            ),
            None => rest.push(p),
        }
    }
    if rest.is_empty() {
        return Err(Refused::NoText);
    }
    let title = take_title(&mut rest);
    let (issuer, issued) = take_issuer_and_date(&mut rest, &mut builder);
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
    let year = options.year.or(year_in_text).ok_or(Refused::NoYear)?;
    if let (Some(given), Some(found), Some((_, at))) = (options.year, year_in_text, &title)
        && given != found
    {
        builder.note(
            id::IMPORT_METADATA,
            at,
            tr!("import-year", found = found, given = given),
            tr!("hint-import-year"),
        );
    }
    let authority = match (&options.authority, issuer) {
        (Some(given), Some((found, at))) => {
            if script::fold(given) != script::fold(&found) {
                builder.note(
                    id::IMPORT_METADATA,
                    at,
                    tr!(
                        "import-authority",
                        found = found.as_str(),
                        given = given.as_str()
                    ),
                    tr!("hint-import-authority"),
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
        *t != title::default_title(
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

/// The issuer and date closing the report: a date line among the last few paragraphs, with
/// the issuer's name on the line before it (or before the date on its line). What follows
/// them (an attachment, debris lawrpt does not know) stays where it stood, and is noted.
fn take_issuer_and_date<'p>(
    rest: &mut Vec<&'p Paragraph>,
    builder: &mut Builder,
) -> (
    Option<(String, &'p Paragraph)>,
    Option<crate::report::model::Date>,
) {
    let from = rest.len().saturating_sub(4);
    let found = (from..rest.len()).rev().find_map(|i| {
        let p = rest[i];
        if p.table || marker::at_start(&p.text).is_some() {
            return None;
        }
        if let Some(date) = tail::parse_date(&p.text) {
            return Some((i, None, date));
        }
        name_then_date(&p.text).map(|(name, date)| (i, Some(name), date))
    });
    let Some((at, name_on_line, date)) = found else {
        // No date: an issuer's name may still close the report.
        if let Some(last) = rest
            .last()
            .copied()
            .filter(|p| !p.table && tail::is_institution(&p.text))
        {
            rest.pop();
            return (Some((last.text.clone(), last)), None);
        }
        return (None, None);
    };
    for after in &rest[at + 1..] {
        builder.note(
            id::IMPORT_UNPLACED,
            after,
            tr!("import-after-issuer"),
            tr!("hint-import-after-issuer"),
        );
    }
    let date_paragraph = rest.remove(at);
    let issuer = match name_on_line {
        Some(name) => Some((name, date_paragraph)),
        None => match at.checked_sub(1).map(|i| rest[i]) {
            Some(p) if !p.table && tail::is_name(&p.text) => {
                rest.remove(at - 1);
                Some((p.text.clone(), p))
            }
            _ => None,
        },
    };
    (issuer, Some(date))
}

/// `西安市高陵区人民政府 2025年3月28日` or `某县司法局2025年3月28日` on one line.
///
/// The date can only start at one of the four numerals of its year, just before the line's
/// last `年` (a date line has one `年`, and nothing but its month and day after it), so at
/// most four places are tried: trying every place in the line made a long last paragraph
/// cost the square of its length (11 KB took 170 ms).
fn name_then_date(text: &str) -> Option<(String, crate::report::model::Date)> {
    let year_end = text.rfind('年')?;
    let starts: Vec<usize> = text[..year_end]
        .char_indices()
        .rev()
        .filter(|(_, c)| !c.is_whitespace())
        .take_while(|(_, c)| tail::is_year_numeral(*c))
        .take(4)
        .map(|(at, _)| at)
        .collect();
    starts.into_iter().rev().find_map(|at| {
        let date = tail::parse_date(&text[at..])?;
        let name = text[..at].trim();
        tail::is_name(name).then(|| (name.to_string(), date))
    })
}

/// The first year written as `2024年` or `二〇二四年` in a text.
fn year_in(text: &str) -> Option<i64> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| match c {
        '0'..='9' => c.to_digit(10),
        '〇' | '○' | '零' => Some(0),
        _ => "一二三四五六七八九".find(c).map(|i| (i / 3 + 1) as u32),
    };
    chars.windows(5).find_map(|w| {
        let ascii = w[..4].iter().all(char::is_ascii_digit);
        let chinese = w[..4]
            .iter()
            .all(|c| !c.is_ascii_digit() && digit(*c).is_some());
        if w[4] != '年' || !(ascii || chinese) {
            return None;
        }
        let year = w[..4]
            .iter()
            .try_fold(0i64, |acc, c| Some(acc * 10 + i64::from(digit(*c)?)))?;
        (1949..=2200).contains(&year).then_some(year)
    })
}

/// The words the report's script is told from, as the view tells it (less the title).
fn sample_text(draft: &Draft) -> String {
    let mut text = String::new();
    for value in [&draft.authority, &draft.preamble].into_iter().flatten() {
        text.push_str(value);
    }
    fn walk(d: &crate::report::draft::DraftDivision, text: &mut String) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_is_read_in_arabic_or_chinese_numerals() {
        assert_eq!(year_in("高陵区2024年法治政府建设情况报告"), Some(2024));
        assert_eq!(year_in("关于二〇二四年法治政府建设情况的报告"), Some(2024));
        assert_eq!(year_in("十二年来"), None);
    }

    #[test]
    fn an_intro_before_a_bare_yi_shi_is_written_once() {
        let text = "一、2024年度推进法治政府建设的主要举措和成效\n主要做法如下：一是\n加强学习。\n";
        let options = Options {
            year: Some(2024),
            ..Options::default()
        };
        let imported = import(&paragraphs::of_text(text), text, &options).unwrap();
        let body = imported.draft.parts[0].division.body.clone().unwrap();
        assert_eq!(body, "主要做法如下：一是\n\n加强学习。");
    }

    #[test]
    fn an_issuer_and_date_on_one_line_are_split() {
        let (name, date) = name_then_date("某縣司法局2025年3月28日").unwrap();
        assert_eq!(
            (name.as_str(), date.iso()),
            ("某縣司法局", "2025-03-28".to_string())
        );
        let (name, _) = name_then_date("西安市高陵区人民政府　２０２５年３月２８日").unwrap();
        assert_eq!(name, "西安市高陵区人民政府");
        assert_eq!(name_then_date("2025年3月28日"), None);
        // Spaces inside the date; a 年 in the name is not the date's.
        let (name, date) = name_then_date("某县2024年度专班  2025 年 3 月 28 日").unwrap();
        assert_eq!(
            (name.as_str(), date.iso()),
            ("某县2024年度专班", "2025-03-28".to_string())
        );
        let (name, date) = name_then_date("某县司法局二〇二五年三月二十八日").unwrap();
        assert_eq!(
            (name.as_str(), date.iso()),
            ("某县司法局", "2025-03-28".to_string())
        );
        assert_eq!(name_then_date("某县司法局2025年"), None);
        assert_eq!(name_then_date(&"字".repeat(100_000)), None);
    }
}
