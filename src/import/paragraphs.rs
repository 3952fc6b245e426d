//! Text → paragraphs, each with the line and column it starts at. Published reports come one
//! paragraph per line (as the seed), or with blank lines between paragraphs, sometimes with
//! each paragraph wrapped over several lines. Indentation (spaces, full-width spaces) is page
//! layout, not the author's words, and is dropped.

use super::docx::Block;
use super::marker;

/// How a Word paragraph was styled, when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    #[default]
    Body,
    /// A heading style of this outline level, 1 the highest.
    Heading(u8),
    Title,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Paragraph {
    pub text: String,
    /// Where it starts in the source (for a Word file: the paragraph's number, column 1).
    pub line: usize,
    pub col: usize,
    /// Bytes of `text` that were bold at its start, when bold text with plain text after it.
    pub bold: Option<usize>,
    pub style: Style,
    /// `text` is a Markdown table.
    pub table: bool,
}

/// The paragraphs of a text. Blank lines separate paragraphs where most paragraphs are
/// separated by them; there, the lines of one paragraph are joined, unless a line starts with
/// numbering, ends a sentence, or is a date (the issuer block).
pub fn of_text(text: &str) -> Vec<Paragraph> {
    let lines: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
    let non_blank = lines.iter().filter(|(_, l)| !l.trim().is_empty()).count();
    let blocks = lines
        .split(|(_, l)| l.trim().is_empty())
        .filter(|block| !block.is_empty())
        .count();
    let blank_separated = blocks >= 3 && blocks * 3 >= non_blank;
    // A wrapped line fills the width the text was wrapped at; the last line of a paragraph,
    // a heading or a name is shorter.
    let width = lines
        .iter()
        .map(|(_, l)| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    let mut out: Vec<Paragraph> = Vec::new();
    let mut previous_blank = true;
    let mut previous_len = 0;
    for (number, line) in lines {
        let trimmed = line.trim_start();
        let text = trimmed.trim_end();
        if text.is_empty() {
            previous_blank = true;
            continue;
        }
        let col = line[..line.len() - trimmed.len()].chars().count() + 1;
        let joins = blank_separated
            && !previous_blank
            && out
                .last()
                .is_some_and(|last| continues(&last.text, previous_len, text, width));
        previous_blank = false;
        previous_len = text.chars().count();
        match out.last_mut() {
            Some(last) if joins => {
                let space = last.text.ends_with(|c: char| c.is_ascii_alphanumeric())
                    && text.starts_with(|c: char| c.is_ascii_alphanumeric());
                if space {
                    last.text.push(' ');
                }
                last.text.push_str(text);
            }
            _ => out.push(Paragraph {
                text: text.to_string(),
                line: number,
                col,
                ..Paragraph::default()
            }),
        }
    }
    out
}

/// The paragraphs of a Word document, and a text standing for the document in notes: block N
/// on line N (blocks are numbered from 1 without gaps; a block's line breaks as spaces). A line break inside a Word paragraph starts a new
/// paragraph; the heading or title style and the bold lead stay with the first.
pub fn of_word(blocks: &[Block]) -> (Vec<Paragraph>, String) {
    let mut source = String::new();
    let mut out = Vec::new();
    for block in blocks {
        source.push_str(&block.text.replace('\n', " "));
        source.push('\n');
        if block.table {
            out.push(Paragraph {
                text: block.text.clone(),
                line: block.index,
                col: 1,
                table: true,
                ..Paragraph::default()
            });
            continue;
        }
        let mut offset = 0;
        for piece in block.text.split('\n') {
            let trimmed = piece.trim_start();
            let start = offset + piece.len() - trimmed.len();
            let text = trimmed.trim_end();
            if !text.is_empty() {
                let first = out.last().is_none_or(|p: &Paragraph| p.line != block.index);
                let style = match (block.title, block.heading) {
                    _ if !first => Style::Body,
                    (true, _) => Style::Title,
                    (false, Some(level)) => Style::Heading(level),
                    (false, None) => Style::Body,
                };
                out.push(Paragraph {
                    text: text.to_string(),
                    line: block.index,
                    col: block.text[..start].chars().count() + 1,
                    bold: block
                        .bold_prefix
                        .and_then(|b| b.checked_sub(start))
                        .filter(|b| *b > 0 && *b < text.len() && text.is_char_boundary(*b)),
                    style,
                    table: false,
                });
            }
            offset += piece.len() + 1;
        }
    }
    (out, source)
}

/// Whether `next` is the rest of a paragraph wrapped after `last` (the paragraph so far,
/// whose last line is `last_line` characters), in a text wrapped at `width` characters.
fn continues(last: &str, last_line: usize, next: &str, width: usize) -> bool {
    let full = width >= 20 && last_line * 5 >= width * 4;
    let ends_sentence = last.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':']);
    let heading_alone = marker::at_start(last).is_some() && !last.contains(['。', '，', '；', ',']);
    full && !ends_sentence
        && !heading_alone
        && marker::at_start(next).is_none()
        && !super::tail::is_date_line(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(String, usize, usize)> {
        of_text(text)
            .into_iter()
            .map(|p| (p.text, p.line, p.col))
            .collect()
    }

    #[test]
    fn one_paragraph_per_line_keeps_every_line() {
        assert_eq!(
            texts("一、标题\n　　正文一行\n\n正文二"),
            [
                ("一、标题".to_string(), 1, 1),
                ("正文一行".to_string(), 2, 3),
                ("正文二".to_string(), 4, 1)
            ]
        );
    }

    #[test]
    fn wrapped_paragraphs_between_blank_lines_are_joined() {
        let text = "一、标题\n\n全区推进依法行政，深化行政执法体制改革，\n取得新成效。\n\n二、不足\n\n高陵区人民政府\n2025年3月1日\n";
        assert_eq!(
            texts(text),
            [
                ("一、标题".to_string(), 1, 1),
                (
                    "全区推进依法行政，深化行政执法体制改革，取得新成效。".to_string(),
                    3,
                    1
                ),
                ("二、不足".to_string(), 6, 1),
                ("高陵区人民政府".to_string(), 8, 1),
                ("2025年3月1日".to_string(), 9, 1),
            ]
        );
    }

    #[test]
    fn numbering_on_the_next_line_starts_a_paragraph_even_without_a_blank_line() {
        let text = "甲\n\n乙\n\n（一）加强领导\n一是学法\n\n丙";
        let got: Vec<String> = of_text(text).into_iter().map(|p| p.text).collect();
        assert_eq!(got, ["甲", "乙", "（一）加强领导", "一是学法", "丙"]);
    }
}
