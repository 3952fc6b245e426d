//! `report.docx`: the report as a Word file laid out to GB/T 9704-2012 (党政机关公文格式), for the
//! leaders who review it in Word or WPS and the offices it is sent to.
//!
//! A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines a page (fixed
//! 28.95 pt line spacing, the document grid at the same pitch); the title in 方正小标宋简体 二号,
//! centred; the body in 仿宋_GB2312 三号, two characters' first-line indent; headings as Word's
//! built-in Heading 1–4 (so the navigation pane and a table of contents find them), in 黑体,
//! 楷体_GB2312 bold, and 仿宋_GB2312 bold; 一是 and its lead bold; tables as Word tables; the
//! issuer and date right-aligned; page numbers "— 1 —" in 宋体 四号 at the outer side (right on
//! odd pages, left on even). Every font names, in the font table, the face Word and WPS use
//! where it is missing (仿宋_GB2312 → 仿宋, …): the GB2312 faces are not on every Windows.
//!
//! Each paragraph is a line of `report.txt` (both come from [`markdown::lines`]), so `lawrpt import report.docx` reads the report
//! back as it reads the plain text (headings also by their styles). Bodies come from their
//! Markdown, so bold, italics and tables survive. The bytes depend on the view only: no
//! dates, fixed zip timestamps, parts in a fixed order.

use std::io::Cursor;

use crate::render::view::{DivisionView, PointView, ReportView, Rich};
use crate::report::markdown::{self, Line, Span};
use docx_rs::{
    AlignmentType, BreakType, DocGrid, DocGridType, Docx, Footer, LineSpacing, LineSpacingType,
    PageMargin, PageNum, Paragraph, Run, RunFonts, SpecialIndentType, Style, StyleType, Styles,
    Table, TableCell, TableRow,
};

/// The file a report's Word version is written to, beside its page.
pub const FILE: &str = "report.docx";

/// Twentieths of a point (twips) in a millimetre.
fn mm(millimetres: f64) -> i32 {
    (millimetres * 1440.0 / 25.4).round() as i32
}

/// 28.95 pt: the line pitch that puts 22 lines in the 225 mm text block.
const LINE: i32 = 579;
/// Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt.
const ERHAO: usize = 44;
const SANHAO: usize = 32;
const SIHAO: usize = 28;
/// A character of the body (三号, 16 pt) in twips.
const CHARACTER: i32 = 320;

const BODY_FONT: &str = "仿宋_GB2312";
const TITLE_FONT: &str = "方正小标宋简体";
const HEI: &str = "黑体";
const KAI: &str = "楷体_GB2312";
const SONG: &str = "宋体";
/// Western text beside the Chinese: figures and Latin letters.
const LATIN: &str = "Times New Roman";

/// Each face the document names, the face Word and WPS fall back on where it is not
/// installed (`w:altName`), and its family and pitch for LibreOffice's own matching. charset
/// 86 is GB2312.
const FONTS: [(&str, &str, &str, &str); 6] = [
    (BODY_FONT, "仿宋", "86", "roman"),
    (TITLE_FONT, "宋体", "86", "roman"),
    (HEI, "SimHei", "86", "swiss"),
    (KAI, "楷体", "86", "roman"),
    (SONG, "SimSun", "86", "roman"),
    (LATIN, "Times", "00", "roman"),
];

/// The paragraph styles: id, name (Word's built-in names, which Word and WPS show in the
/// user's language: 标题 1 …), and what each sets.
const NORMAL: &str = "Normal";
const TITLE: &str = "Title";
const HEADINGS: [&str; 4] = ["Heading1", "Heading2", "Heading3", "Heading4"];
const FOOTER: &str = "Footer";
const TABLE_TEXT: &str = "TableText";

fn fonts(east_asia: &str, latin: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(east_asia)
        .ascii(latin)
        .hi_ansi(latin)
        .cs(latin)
}

fn exact(spacing: LineSpacing) -> LineSpacing {
    spacing.line_rule(LineSpacingType::Exact).line(LINE)
}

fn styles(docx: Docx) -> Docx {
    let normal = Style::new(NORMAL, StyleType::Paragraph)
        .name("Normal")
        .q_format(true)
        .fonts(fonts(BODY_FONT, LATIN))
        .size(SANHAO)
        .line_spacing(exact(LineSpacing::new().before(0).after(0)))
        .align(AlignmentType::Both)
        // Two characters of 三号.
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(2 * CHARACTER)),
            None,
            None,
        );
    let title = Style::new(TITLE, StyleType::Paragraph)
        .name("Title")
        .based_on(NORMAL)
        .next(NORMAL)
        .q_format(true)
        .fonts(fonts(TITLE_FONT, TITLE_FONT))
        .size(ERHAO)
        .align(AlignmentType::Center)
        .indent(None, Some(SpecialIndentType::FirstLine(0)), None, None)
        .line_spacing(exact(LineSpacing::new().after(LINE as u32)));
    // In place of docx-rs's own Normal, not beside it.
    let mut docx = docx
        .styles(
            Styles::new()
                .default_fonts(fonts(BODY_FONT, LATIN))
                .default_size(SANHAO),
        )
        .add_style(normal)
        .add_style(title);
    let faces = [
        (HEI, false),
        (KAI, true),
        (BODY_FONT, true),
        (BODY_FONT, true),
    ];
    for (level, (id, (face, bold))) in HEADINGS.iter().zip(faces).enumerate() {
        let latin = if face == BODY_FONT { LATIN } else { face };
        let mut style = Style::new(*id, StyleType::Paragraph)
            .name(format!("heading {}", level + 1))
            .based_on(NORMAL)
            .next(NORMAL)
            .q_format(true)
            .fonts(fonts(face, latin))
            .size(SANHAO)
            .outline_lvl(level);
        if bold {
            style = style.bold();
        }
        docx = docx.add_style(style);
    }
    let footer = Style::new(FOOTER, StyleType::Paragraph)
        .name("footer")
        .based_on(NORMAL)
        .fonts(fonts(SONG, SONG))
        .size(SIHAO)
        .indent(None, Some(SpecialIndentType::FirstLine(0)), None, None)
        .line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Auto)
                .line(240),
        );
    let table_text = Style::new(TABLE_TEXT, StyleType::Paragraph)
        .name("Table Text")
        .based_on(NORMAL)
        .indent(None, Some(SpecialIndentType::FirstLine(0)), None, None)
        .align(AlignmentType::Left);
    docx.add_style(footer).add_style(table_text)
}

/// The page number as GB/T 9704 writes it: 一字线, the number, 一字线, a character in from the
/// outer edge.
fn page_number(odd: bool) -> Footer {
    let character = (SIHAO * 10) as i32;
    let paragraph = Paragraph::new()
        .style(FOOTER)
        .add_run(Run::new().add_text("— "))
        .add_page_num(PageNum::new())
        .add_run(Run::new().add_text(" —"));
    let paragraph = if odd {
        paragraph
            .align(AlignmentType::Right)
            .indent(None, None, Some(character), None)
    } else {
        paragraph
            .align(AlignmentType::Left)
            .indent(Some(character), None, None, None)
    };
    Footer::new().add_paragraph(paragraph)
}

fn run(span: &Span) -> Run {
    let mut run = Run::new().add_text(span.text.as_str());
    if span.bold {
        run = run.bold();
    }
    if span.italic {
        run = run.italic();
    }
    if span.strike {
        run = run.strike();
    }
    run
}

fn paragraph(style: &str, spans: &[Span]) -> Paragraph {
    spans.iter().fold(Paragraph::new().style(style), |p, span| {
        p.add_run(run(span))
    })
}

fn table(table: &markdown::Table) -> Table {
    let header_rows = table.header_rows;
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            TableRow::new(
                row.iter()
                    .map(|cell| {
                        let mut spans = cell.clone();
                        if r < header_rows {
                            spans.iter_mut().for_each(|s| s.bold = true);
                        }
                        TableCell::new().add_paragraph(paragraph(TABLE_TEXT, &spans))
                    })
                    .collect(),
            )
        })
        .collect();
    Table::new(rows)
}

/// What a body adds to the document: a paragraph for each line of its plain text, a Word
/// table for each table.
fn body(docx: Docx, rich: &Rich) -> Docx {
    markdown::lines(&rich.md).into_iter().fold(docx, add_line)
}

fn add_line(docx: Docx, line: Line) -> Docx {
    match line {
        Line::Text(spans) => docx.add_paragraph(paragraph(NORMAL, &spans)),
        Line::Table(t) => docx.add_table(table(&t)),
    }
}

/// A point: 一是 and its lead in bold, then its body, whose first paragraph it begins.
fn point(docx: Docx, point: &PointView) -> Docx {
    let lead = Span {
        text: format!("{}{}", point.ordinal, point.lead.as_deref().unwrap_or("")),
        bold: true,
        ..Span::default()
    };
    let mut rest = point
        .body
        .as_ref()
        .map_or_else(Vec::new, |b| markdown::lines(&b.md));
    let mut spans = vec![lead];
    // As report.txt: the lead runs into a body that opens with a paragraph.
    if point.runs_in
        && let Some(Line::Text(_)) = rest.first()
        && let Line::Text(first) = rest.remove(0)
    {
        spans.extend(first);
    }
    let docx = docx.add_paragraph(paragraph(NORMAL, &spans));
    rest.into_iter().fold(docx, add_line)
}

fn division(mut docx: Docx, view: &DivisionView, level: usize) -> Docx {
    let style = HEADINGS[level.min(HEADINGS.len() - 1)];
    let heading = Span {
        text: format!("{}{}", view.number, view.heading),
        ..Span::default()
    };
    docx = docx.add_paragraph(paragraph(style, &[heading]));
    if let Some(rich) = &view.body {
        docx = body(docx, rich);
    }
    for p in &view.points {
        docx = point(docx, p);
    }
    for child in view
        .sections
        .iter()
        .chain(&view.items)
        .chain(&view.subitems)
    {
        docx = division(docx, child, level + 1);
    }
    docx
}

/// docx-rs writes an empty Normal style before the styles it is given; Word would take that
/// one and lose the body's font, size, spacing and indent. It goes, so the Normal here is the
/// only one (a test holds docx-rs to the text it writes).
const BARE_NORMAL: &str = "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" /><w:rPr /><w:pPr><w:rPr /></w:pPr><w:qFormat /></w:style>";

fn without_bare_normal(styles: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(styles)
        .replacen(BARE_NORMAL, "", 1)
        .into_bytes()
}

/// The font table: each face with the one to use where it is missing.
fn font_table() -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">",
    );
    for (name, alternative, charset, family) in FONTS {
        xml.push_str(&format!(
            "<w:font w:name=\"{name}\"><w:altName w:val=\"{alternative}\"/>\
             <w:charset w:val=\"{charset}\"/><w:family w:val=\"{family}\"/>\
             <w:pitch w:val=\"variable\"/></w:font>"
        ));
    }
    xml.push_str("</w:fonts>");
    xml.into_bytes()
}

/// The Word file of a report page's view.
pub fn render(view: &ReportView) -> Result<Vec<u8>, String> {
    let mut docx = styles(Docx::new())
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(mm(37.0))
                .bottom(mm(35.0))
                .left(mm(28.0))
                .right(mm(26.0))
                .header(mm(15.0))
                .footer(mm(23.0))
                .gutter(0),
        )
        .footer(page_number(true))
        .even_footer(page_number(false));
    docx.document = docx.document.doc_grid(
        DocGrid::new()
            .grid_type(DocGridType::Lines)
            .line_pitch(LINE as usize),
    );
    let title_lines: Vec<&str> = view.title.split('\n').collect();
    let mut title = Paragraph::new().style(TITLE);
    for (i, line) in title_lines.iter().enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        title = title.add_run(run.add_text(*line));
    }
    docx = docx.add_paragraph(title);
    if let Some(preamble) = &view.preamble {
        docx = body(docx, preamble);
    }
    for part in &view.parts {
        docx = division(docx, part, 0);
    }
    if view.authority.is_some() || view.issued.is_some() {
        docx = docx.add_paragraph(Paragraph::new().style(NORMAL));
        let closing = [
            view.authority.as_deref(),
            view.issued.as_ref().map(|d| d.display.as_str()),
        ];
        for line in closing.into_iter().flatten() {
            let text = Span {
                text: line.to_string(),
                ..Span::default()
            };
            docx = docx.add_paragraph(
                paragraph(NORMAL, &[text])
                    .align(AlignmentType::Right)
                    .indent(
                        None,
                        Some(SpecialIndentType::FirstLine(0)),
                        Some(2 * CHARACTER),
                        None,
                    ),
            );
        }
    }
    let mut built = docx.build();
    built.font_table = font_table();
    built.styles = without_bare_normal(&built.styles);
    let mut bytes = Cursor::new(Vec::new());
    built.pack(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_one_normal_style_and_it_is_the_body() {
        let view = crate::render::view::build(
            &crate::load::load(
                "year: 2024\nparts:\n  - heading: 一、情况\n    role: measures\n    body: 正文。\n",
            )
            .report
            .unwrap(),
            None,
            crate::render::view::Nav::default(),
        );
        let bytes = render(&view).unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut styles = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("word/styles.xml").unwrap(),
            &mut styles,
        )
        .unwrap();
        assert_eq!(
            styles.matches("w:styleId=\"Normal\"").count(),
            1,
            "{styles}"
        );
        assert!(styles.contains("w:eastAsia=\"仿宋_GB2312\""));
    }

    #[test]
    fn millimetres_are_twips() {
        assert_eq!(mm(37.0), 2098);
        assert_eq!(mm(25.4), 1440);
    }
}
