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

/// The paragraphs of a text. A text whose paragraphs are separated by blank lines may also
/// be wrapped (most of its lines filling the width it was wrapped at); there, a line that
/// fills that width and does not end a sentence continues on the next line, unless the next
/// starts with numbering or is a date (the issuer block). Otherwise every line is a paragraph.
pub fn of_text(text: &str) -> Vec<Paragraph> {
    let lines: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
    let length = |l: &str| l.trim().chars().count();
    let non_blank = lines.iter().filter(|(_, l)| !l.trim().is_empty()).count();
    let blocks = lines
        .split(|(_, l)| l.trim().is_empty())
        .filter(|block| !block.is_empty())
        .count();
    let width = lines.iter().map(|(_, l)| length(l)).max().unwrap_or(0);
    // In a wrapped text most lines that have another under them (no blank line between)
    // go on in it; in a text of one paragraph a line, few do.
    let going_on = lines
        .windows(2)
        .filter(|w| !w[1].1.trim().is_empty() && continues(w[0].1.trim(), w[1].1.trim(), width))
        .count();
    let under = non_blank - blocks;
    let wrapped = blocks >= 3 && width >= 20 && going_on >= 2 && going_on * 2 >= under;
    let mut out: Vec<Paragraph> = Vec::new();
    let mut previous: Option<&str> = None;
    for (number, line) in lines {
        let trimmed = line.trim_start();
        let text = trimmed.trim_end();
        if text.is_empty() {
            previous = None;
            continue;
        }
        let col = line[..line.len() - trimmed.len()].chars().count() + 1;
        let joins = wrapped && previous.is_some_and(|last| continues(last, text, width));
        previous = Some(text);
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

/// Whether `next` continues the line `last` of a text wrapped at `width` characters.
fn continues(last: &str, next: &str, width: usize) -> bool {
    let full = !last.is_empty() && last.chars().count() * 5 >= width * 4;
    let ends_sentence = last.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':']);
    // A heading line followed by a sentence is a heading and its text, not a heading wrapped
    // (一、……主要举 / 措和成效 is wrapped; 一、……成效 / 依法推进。 is not).
    let heading = marker::at_start(last).is_some_and(|m| m.mark != marker::Mark::Point)
        && !last.contains(['。', '，', '；', ',', ';']);
    let sentence = next.ends_with(['。', '！', '？', '；', '!', '?', ';']);
    full && !ends_sentence
        && !(heading && sentence)
        && marker::at_start(next).is_none()
        && !super::tail::is_date_line(next)
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
        // Wrapped at 20 characters, as a page saved from an old content system.
        let text = "一、2024年度推进法治政府建设的主要举\n措和成效\n\n全区推进依法行政，深化行政执法体制改革\n，法治政府建设取得新成效，群众满意度持\n续提升。\n\n二、2024年度推进法治政府建设存在的不\n足和原因\n\n高陵区人民政府\n2025年3月1日\n";
        assert_eq!(
            texts(text),
            [
                ("一、2024年度推进法治政府建设的主要举措和成效".to_string(), 1, 1),
                ("全区推进依法行政，深化行政执法体制改革，法治政府建设取得新成效，群众满意度持续提升。".to_string(), 4, 1),
                ("二、2024年度推进法治政府建设存在的不足和原因".to_string(), 8, 1),
                ("高陵区人民政府".to_string(), 11, 1),
                ("2025年3月1日".to_string(), 12, 1),
            ]
        );
    }

    #[test]
    fn lines_of_a_text_that_is_not_wrapped_stay_paragraphs() {
        // Blank lines between blocks, but short lines: a heading followed by its text.
        let text = "2024年法治政府建设情况报告\n\n一、2024年度推进法治政府建设的主要举措和成效\n依法推进。\n二、2024年度推进法治政府建设存在的不足和原因\n依法推进。\n\n某区人民政府\n";
        assert_eq!(of_text(text).len(), 6);
    }

    #[test]
    fn numbering_on_the_next_line_starts_a_paragraph_even_without_a_blank_line() {
        let text = "甲\n\n乙\n\n（一）加强领导\n一是学法\n\n丙";
        let got: Vec<String> = of_text(text).into_iter().map(|p| p.text).collect();
        assert_eq!(got, ["甲", "乙", "（一）加强领导", "一是学法", "丙"]);
    }
}
