//! Reading a Word document for the importer: a `.docx` file's bytes in, the body's paragraphs
//! and tables out, in reading order, with the little structure the importer needs (headings,
//! the title, a paragraph's bold lead, tables as Markdown). It does not interpret the text:
//! numbering, parts and dates are the importer's to find. Comments (`word/comments.xml`) are
//! read with the block each sits on, for the importer to list. Headers, footers, footnotes
//! and text boxes are not read. A hostile file gets an error, never a panic: parts
//! are read up to a size limit and their XML up to a depth limit.
//!
//! Self-contained on purpose: it depends on nothing else in the crate.

mod body;
mod comments;
#[cfg(test)]
mod fixtures;
mod styles;
mod table;
mod xml;

use crate::tr;
use std::fmt;
use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

/// The largest part read, uncompressed. A report is a few hundred KiB of XML; a part past
/// this is a zip bomb or not a report.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

const DOCUMENT: &str = "word/document.xml";
const STYLES: &str = "word/styles.xml";
const COMMENTS: &str = "word/comments.xml";

/// A reviewer's comment, and the block it sits on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// Who wrote it, as Word recorded it (may be empty).
    pub author: String,
    /// Its text; its paragraphs on lines of their own.
    pub text: String,
    /// The [`Block::index`] of the paragraph it is on (the next one kept when that paragraph
    /// is blank or deleted); `None` for a comment on no paragraph of the body (in a footnote,
    /// a header or nowhere).
    pub block: Option<usize>,
}

/// What a Word document holds for the importer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub blocks: Vec<Block>,
    /// In the order of the blocks they sit on, then as the body meets them; those on no block
    /// last, in the order `comments.xml` lists them.
    pub comments: Vec<Comment>,
}

/// One paragraph or table of the document body, in reading order. Empty paragraphs (nothing
/// but whitespace) and tables without text are not blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The paragraph's text: its runs concatenated, a tab as `'\t'`, a line break
    /// (`<w:br/>`) as `'\n'`, nothing trimmed (full-width and non-breaking spaces are the
    /// author's). For a table, the table in GFM: the first row as the header, `|` in a cell
    /// escaped as `\|`, a cell's paragraphs and line breaks joined by a space.
    pub text: String,
    /// Byte length, within `text`, of the paragraph's leading bold text, when it starts with
    /// bold text and has non-bold text after it; `None` otherwise (all bold, no bold at the
    /// start, a table). Whitespace that is not bold does not end the lead: `text[..n]` may
    /// start with the author's indentation. Bold is `<w:b/>` on the run, else from the run's
    /// character style, else from the paragraph style.
    pub bold_prefix: Option<usize>,
    /// The heading level, 1 the top: from the paragraph's own `w:outlineLvl` (N gives level
    /// N + 1, 9 body text), else from its style: a style named "heading N" or with an outline
    /// level, following `w:basedOn`.
    pub heading: Option<u8>,
    /// The paragraph has the Title style (or one based on it), which is no heading level.
    pub title: bool,
    /// `text` is a Markdown table.
    pub table: bool,
    /// 1-based position among the blocks returned, for messages ("paragraph 12"). Empty
    /// paragraphs are not counted, as a reader does not see them; a table counts as one.
    pub index: usize,
}

/// Why a file could not be read as a Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// An OLE compound file: a Word 97–2003 `.doc`, or a `.docx` saved with a password.
    OldFormatOrEncrypted,
    /// Not a zip archive, so not a `.docx`.
    NotAZip { reason: String },
    /// A zip archive without `word/document.xml`: not a Word document.
    NotAWordDocument,
    /// A part the archive lists could not be decompressed.
    Damaged { part: &'static str, reason: String },
    /// A part is not well-formed XML.
    BadXml { part: &'static str, reason: String },
    /// A part is larger than [`MAX_PART_BYTES`] uncompressed.
    TooLarge { part: &'static str, limit: u64 },
    /// A part's elements nest deeper than any Word document does.
    TooDeep { part: &'static str, limit: usize },
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            DocxError::OldFormatOrEncrypted => tr!("docx-old-or-encrypted"),
            DocxError::NotAZip { reason } => tr!("docx-not-a-zip", reason = reason.as_str()),
            DocxError::NotAWordDocument => tr!("docx-not-word", part = DOCUMENT),
            DocxError::Damaged { part, reason } => {
                tr!("docx-damaged", part = *part, reason = reason.as_str())
            }
            DocxError::BadXml { part, reason } => {
                tr!("docx-bad-xml", part = *part, reason = reason.as_str())
            }
            DocxError::TooLarge { part, limit } => {
                tr!("docx-too-large", part = *part, mib = limit / (1024 * 1024))
            }
            DocxError::TooDeep { part, limit } => {
                tr!("docx-too-deep", part = *part, limit = *limit)
            }
        };
        f.write_str(&text.text)
    }
}

impl std::error::Error for DocxError {}

/// The first bytes of an OLE compound file.
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The body's paragraphs and tables, in reading order.
pub fn blocks(bytes: &[u8]) -> Result<Vec<Block>, DocxError> {
    read(bytes).map(|document| document.blocks)
}

/// The body's paragraphs and tables, and the comments on them.
pub fn read(bytes: &[u8]) -> Result<Document, DocxError> {
    read_within(bytes, MAX_PART_BYTES)
}

/// [`blocks`] with another size limit, for the tests.
#[cfg(test)]
fn blocks_within(bytes: &[u8], limit: u64) -> Result<Vec<Block>, DocxError> {
    read_within(bytes, limit).map(|document| document.blocks)
}

fn read_within(bytes: &[u8], limit: u64) -> Result<Document, DocxError> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(DocxError::OldFormatOrEncrypted);
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|error| DocxError::NotAZip {
        reason: error.to_string(),
    })?;
    let document = read_part(&mut archive, DOCUMENT, limit)?.ok_or(DocxError::NotAWordDocument)?;
    let styles = match read_part(&mut archive, STYLES, limit)? {
        Some(xml) => styles::Styles::parse(&xml)?,
        None => styles::Styles::default(),
    };
    let body = body::read(&document, &styles)?;
    let written = match read_part(&mut archive, COMMENTS, limit)? {
        Some(xml) => comments::read(&xml)?,
        None => Vec::new(),
    };
    let mut comments: Vec<Comment> = Vec::with_capacity(written.len());
    for (id, block) in &body.anchors {
        if let Some(comment) = written.iter().find(|c| c.id == *id) {
            comments.push(Comment {
                author: comment.author.clone(),
                text: comment.text.clone(),
                block: Some(*block),
            });
        }
    }
    comments.sort_by_key(|c| c.block);
    for comment in &written {
        if !body.anchors.iter().any(|(id, _)| *id == comment.id) {
            comments.push(Comment {
                author: comment.author.clone(),
                text: comment.text.clone(),
                block: None,
            });
        }
    }
    Ok(Document {
        blocks: body.blocks,
        comments,
    })
}

/// A part's text, `None` when the archive does not have it.
fn read_part(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    part: &'static str,
    limit: u64,
) -> Result<Option<String>, DocxError> {
    let damaged = |reason: String| DocxError::Damaged { part, reason };
    let file = match archive.by_name(part) {
        Ok(file) => file,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(damaged(error.to_string())),
    };
    let too_large = DocxError::TooLarge { part, limit };
    // The declared size is checked first, but it is the attacker's to write: the reading is
    // bounded too.
    if file.size() > limit {
        return Err(too_large);
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| damaged(error.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(too_large);
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| DocxError::BadXml {
            part,
            reason: tr!("docx-not-utf8").text,
        })
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use zip::write::{SimpleFileOptions, ZipWriter};

    use super::{Block, Comment, DocxError, blocks, blocks_within, read as read_document};

    /// A zip archive of these parts.
    #[track_caller]
    fn zip(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut writer = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, text) in parts {
            writer
                .start_file(*name, SimpleFileOptions::default())
                .unwrap();
            writer.write_all(text.as_bytes()).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    /// A document with this body, and these styles if any.
    #[track_caller]
    fn docx(body: &str, styles: &str) -> Vec<u8> {
        let document =
            format!(r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#);
        let styles = format!(r#"<w:styles {W}>{styles}</w:styles>"#);
        zip(&[
            ("word/document.xml", &document),
            ("word/styles.xml", &styles),
        ])
    }

    #[track_caller]
    fn read(body: &str) -> Vec<Block> {
        blocks(&docx(body, "")).unwrap()
    }

    #[track_caller]
    fn texts(body: &str) -> Vec<String> {
        read(body).into_iter().map(|block| block.text).collect()
    }

    /// The one block of a body.
    #[track_caller]
    fn one(body: &str) -> Block {
        let mut blocks = read(body);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        blocks.remove(0)
    }

    #[track_caller]
    fn bold_prefix(body: &str, styles: &str) -> Option<usize> {
        let blocks = blocks(&docx(body, styles)).unwrap();
        blocks[0].bold_prefix
    }

    const HEADINGS: &str = r#"
        <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
          <w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="标题2"><w:name w:val="heading 2"/></w:style>
        <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>
        <w:style w:type="paragraph" w:styleId="lead"><w:name w:val="Lead"/><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="a4"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>"#;

    #[track_caller]
    fn styled(body: &str) -> Block {
        let mut blocks = blocks(&docx(body, HEADINGS)).unwrap();
        blocks.remove(0)
    }

    #[test]
    fn runs_are_concatenated_with_tabs_and_line_breaks() {
        let block = one(
            r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>
            <w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r><w:r><w:t>丁</w:t></w:r></w:p>"#,
        );
        assert_eq!(block.text, "甲\t乙\n丙丁");
        assert_eq!(
            (block.heading, block.title, block.table),
            (None, false, false)
        );
    }

    #[test]
    fn full_width_and_non_breaking_spaces_and_entities_are_kept() {
        let text = "<w:p><w:r><w:t xml:space=\"preserve\">\u{3000}\u{3000}甲\u{a0}乙 &amp;&#x4E00; </w:t></w:r></w:p>";
        assert_eq!(one(text).text, "\u{3000}\u{3000}甲\u{a0}乙 &一 ");
    }

    #[test]
    fn empty_paragraphs_are_skipped_and_not_counted() {
        let blocks = read(
            "<w:p/><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p><w:r><w:t>\u{3000}</w:t></w:r></w:p>\
                           <w:p><w:r><w:t>乙</w:t></w:r></w:p>",
        );
        let seen: Vec<_> = blocks
            .iter()
            .map(|block| (block.index, block.text.as_str()))
            .collect();
        assert_eq!(seen, [(1, "甲"), (2, "乙")]);
    }

    #[test]
    fn deleted_and_moved_away_text_is_skipped_and_inserted_text_kept() {
        let body = r#"<w:p><w:r><w:t>保留</w:t></w:r>
            <w:del w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>
            <w:del w:id="2" w:author="a"><w:r><w:t>也删除</w:t></w:r></w:del>
            <w:moveFrom w:id="3" w:author="a"><w:r><w:t>移走</w:t></w:r></w:moveFrom>
            <w:ins w:id="4" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>
            <w:moveTo w:id="5" w:author="a"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>"#;
        assert_eq!(one(body).text, "保留插入移来");
    }

    #[test]
    fn field_codes_are_skipped_and_field_results_kept() {
        let body = r#"<w:p><w:r><w:t xml:space="preserve">第</w:t></w:r>
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r>
            <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>，共9页</w:t></w:r></w:fldSimple></w:p>"#;
        assert_eq!(one(body).text, "第3页，共9页");
    }

    #[test]
    fn hyperlinks_content_controls_and_smart_tags_are_read_through() {
        let body = r#"<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr>
            <w:sdtContent><w:p><w:hyperlink r:id="rId1" xmlns:r="r"><w:r><w:t>链接</w:t></w:r></w:hyperlink>
            <w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>
            <w:smartTag w:element="date"><w:r><w:t>标记</w:t></w:r></w:smartTag></w:p></w:sdtContent></w:sdt>"#;
        assert_eq!(one(body).text, "链接控件标记");
    }

    #[test]
    fn hidden_text_drawings_and_text_boxes_are_not_read() {
        let body = r#"<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>正文</w:t></w:r>
            <w:r><mc:AlternateContent xmlns:mc="mc"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>
              <w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r></w:p>"#;
        assert_eq!(one(body).text, "正文");
    }

    #[test]
    fn a_bold_lead_is_measured_in_bytes_of_the_text() {
        let body = r#"<w:p><w:r><w:t xml:space="preserve">　　</w:t></w:r>
            <w:r><w:rPr><w:b/></w:rPr><w:t>一是</w:t></w:r><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t>加强组织领导。</w:t></w:r>
            <w:r><w:t>正文……</w:t></w:r></w:p>"#;
        let block = one(body);
        let lead = block.bold_prefix.unwrap();
        assert_eq!(&block.text[..lead], "　　一是加强组织领导。");
    }

    #[test]
    fn bold_is_read_from_every_spelling_of_on_and_off() {
        for (val, bold) in [
            ("", true),
            (r#" w:val="true""#, true),
            (r#" w:val="on""#, true),
            (r#" w:val="1""#, true),
            (r#" w:val="0""#, false),
            (r#" w:val="false""#, false),
            (r#" w:val="off""#, false),
        ] {
            let body = format!(
                "<w:p><w:r><w:rPr><w:b{val}/></w:rPr><w:t>甲</w:t></w:r><w:r><w:t>乙</w:t></w:r></w:p>"
            );
            assert_eq!(bold_prefix(&body, ""), bold.then_some(3), "{val}");
        }
    }

    #[test]
    fn bold_comes_from_the_character_style_or_else_the_paragraph_style() {
        let by_character_style = r#"<w:p><w:r><w:rPr><w:rStyle w:val="a4"/></w:rPr><w:t>甲</w:t></w:r><w:r><w:t>乙</w:t></w:r></w:p>"#;
        assert_eq!(bold_prefix(by_character_style, HEADINGS), Some(3));
        let by_paragraph_style = r#"<w:p><w:pPr><w:pStyle w:val="lead"/></w:pPr><w:r><w:t>甲</w:t></w:r>
            <w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>乙</w:t></w:r></w:p>"#;
        assert_eq!(bold_prefix(by_paragraph_style, HEADINGS), Some(3));
    }

    #[test]
    fn the_paragraph_mark_and_tracked_formatting_do_not_make_text_bold() {
        let body = r#"<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>
            <w:r><w:rPr><w:rPrChange w:id="1" w:author="a"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>甲</w:t></w:r>
            <w:r><w:t>乙</w:t></w:r></w:p>"#;
        assert_eq!(bold_prefix(body, ""), None);
    }

    #[test]
    fn a_paragraph_all_bold_has_no_bold_lead() {
        assert_eq!(
            bold_prefix(
                r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>甲</w:t></w:r></w:p>"#,
                ""
            ),
            None
        );
        let heading =
            r#"<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一、标题</w:t></w:r></w:p>"#;
        assert_eq!(bold_prefix(heading, HEADINGS), None);
    }

    #[test]
    fn headings_are_known_by_their_styles_name_whatever_the_localised_id() {
        let heading = |id: &str| {
            styled(&format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{id}"/></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>"#
            ))
        };
        assert_eq!(heading("1").heading, Some(1));
        assert_eq!(heading("标题2").heading, Some(2));
        assert_eq!(heading("a").heading, None);
        assert_eq!(heading("nosuch").heading, None);
    }

    #[test]
    fn the_title_style_is_the_title_and_no_heading() {
        let block =
            styled(r#"<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>报告</w:t></w:r></w:p>"#);
        assert_eq!((block.title, block.heading), (true, None));
    }

    #[test]
    fn a_paragraphs_own_outline_level_overrides_its_style() {
        let outline = |style: &str, level: u8| {
            styled(&format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/><w:outlineLvl w:val="{level}"/></w:pPr>
                <w:r><w:t>甲</w:t></w:r></w:p>"#
            ))
            .heading
        };
        assert_eq!(outline("a", 1), Some(2));
        assert_eq!(outline("1", 9), None);
        assert_eq!(outline("1", 2), Some(3));
    }

    #[test]
    fn a_tables_paragraphs_are_part_of_it_and_it_is_one_block_in_order() {
        let cell = |text: &str| {
            format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"1\"/></w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"
            )
        };
        let body = format!(
            "<w:p><w:r><w:t>前</w:t></w:r></w:p><w:tbl><w:tblPr/><w:tblGrid/><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>\
             <w:p><w:r><w:t>后</w:t></w:r></w:p>",
            cell("甲"),
            cell("乙"),
            cell("a|b"),
            cell("丁")
        );
        let blocks = read(&body);
        let seen: Vec<_> = blocks
            .iter()
            .map(|block| (block.index, block.table, block.text.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                (1, false, "前"),
                (2, true, "| 甲 | 乙 |\n| --- | --- |\n| a\\|b | 丁 |"),
                (3, false, "后")
            ]
        );
    }

    #[test]
    fn merged_cells_keep_the_tables_width_and_deleted_rows_are_left_out() {
        let body = r#"<w:tbl>
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>合并</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr><w:tc><w:p><w:del w:id="2" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>右</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>"#;
        assert_eq!(texts(body), ["| 合并 |  |\n| --- | --- |\n|  | 右 |"]);
    }

    #[test]
    fn a_nested_table_is_flattened_into_its_cell() {
        let body = r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>内一</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p/></w:tc><w:tc><w:p><w:r><w:t>旁</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        assert_eq!(texts(body), ["| 外 内一 内二 | 旁 |\n| --- | --- |"]);
    }

    #[test]
    fn a_document_without_styles_is_read_as_body_text() {
        let document = format!(
            r#"<w:document {W}><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:body></w:document>"#
        );
        let blocks = blocks(&zip(&[("word/document.xml", &document)])).unwrap();
        assert_eq!(blocks[0].text, "甲");
    }

    #[test]
    fn what_is_not_a_zip_or_not_a_word_document_is_refused() {
        assert!(matches!(
            blocks(b"plain text"),
            Err(DocxError::NotAZip { .. })
        ));
        assert!(matches!(blocks(&[]), Err(DocxError::NotAZip { .. })));
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert_eq!(blocks(&ole), Err(DocxError::OldFormatOrEncrypted));
        let workbook = zip(&[("xl/workbook.xml", "<workbook/>")]);
        assert_eq!(blocks(&workbook), Err(DocxError::NotAWordDocument));
    }

    #[test]
    fn bad_xml_is_refused_with_the_part_it_is_in() {
        let bad = |document: &str| blocks(&zip(&[("word/document.xml", document)]));
        for document in [
            "<w:document><w:body></w:document>",
            "<w:document><w:body>",
            "<a>&nosuch;</a>",
            "<a>&#0;</a>",
        ] {
            assert!(
                matches!(
                    bad(document),
                    Err(DocxError::BadXml {
                        part: "word/document.xml",
                        ..
                    })
                ),
                "{document}"
            );
        }
        let mut writer = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        writer
            .start_file("word/document.xml", SimpleFileOptions::default())
            .unwrap();
        writer.write_all(b"<a>\xff</a>").unwrap();
        let not_utf8 = writer.finish().unwrap().into_inner();
        assert!(matches!(blocks(&not_utf8), Err(DocxError::BadXml { .. })));
        let styles = zip(&[
            ("word/document.xml", "<a/>"),
            ("word/styles.xml", "<w:styles>"),
        ]);
        assert!(matches!(
            blocks(&styles),
            Err(DocxError::BadXml {
                part: "word/styles.xml",
                ..
            })
        ));
    }

    #[test]
    fn a_part_past_the_size_limit_is_refused() {
        let body = "<w:p><w:r><w:t>甲</w:t></w:r></w:p>".repeat(100);
        let bytes = docx(&body, "");
        assert!(blocks_within(&bytes, 1 << 20).is_ok());
        assert_eq!(
            blocks_within(&bytes, 1000),
            Err(DocxError::TooLarge {
                part: "word/document.xml",
                limit: 1000
            })
        );
    }

    #[test]
    fn nesting_past_the_depth_limit_is_refused() {
        let deep = format!("{}{}", "<a>".repeat(1000), "</a>".repeat(1000));
        assert!(matches!(
            blocks(&zip(&[("word/document.xml", &deep)])),
            Err(DocxError::TooDeep {
                part: "word/document.xml",
                ..
            })
        ));
    }

    /// Any tree of the elements the reader acts on, with text and attributes it reads.
    fn word_tree() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let names = "p pPr pStyle outlineLvl r rPr b rStyle vanish t tab br tbl tr trPr gridBefore \
                     tc tcPr gridSpan del ins sdt sdtContent hyperlink";
        let names: Vec<&str> = names.split_whitespace().collect();
        let leaf = prop_oneof![
            Just(String::new()),
            Just("甲".to_owned()),
            Just("\u{3000}".to_owned()),
            Just("|".to_owned()),
        ];
        leaf.prop_recursive(6, 64, 4, move |inner| {
            (
                proptest::sample::select(names.clone()),
                prop_oneof![
                    Just(""),
                    Just(r#" w:val="0""#),
                    Just(r#" w:val="1""#),
                    Just(r#" w:val="99999""#)
                ],
                proptest::collection::vec(inner, 0..4),
            )
                .prop_map(|(name, val, children)| {
                    format!("<w:{name}{val}>{}</w:{name}>", children.concat())
                })
        })
    }

    proptest::proptest! {
        #[test]
        fn any_tree_of_word_elements_is_read_without_panicking(body in word_tree()) {
            let blocks = blocks(&docx(&body, HEADINGS)).unwrap();
            for (number, block) in blocks.iter().enumerate() {
                assert_eq!(block.index, number + 1);
                if let Some(lead) = block.bold_prefix {
                    assert!(lead < block.text.len() && block.text.is_char_boundary(lead));
                }
                assert!(block.heading.is_none_or(|level| (1..=9).contains(&level)));
            }
        }
    }

    #[test]
    fn errors_read_as_sentences_for_a_user() {
        let message = blocks(&zip(&[("a.txt", "")])).unwrap_err().to_string();
        assert_eq!(
            message,
            "this zip archive is not a Word document: it has no word/document.xml"
        );
    }

    #[test]
    fn comments_are_read_with_the_paragraph_they_sit_on_and_none_is_dropped() {
        let body = r#"<w:p><w:r><w:t>甲</w:t></w:r></w:p>
            <w:p><w:commentRangeStart w:id="1"/><w:r><w:t>乙</w:t></w:r><w:commentRangeEnd w:id="1"/>
              <w:r><w:commentReference w:id="1"/></w:r></w:p>
            <w:p><w:del w:id="9" w:author="王"><w:r><w:commentReference w:id="2"/><w:delText>删</w:delText></w:r></w:del></w:p>
            <w:p><w:r><w:t>丙</w:t></w:r></w:p>"#;
        let document =
            format!(r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#);
        let comments = format!(
            r#"<w:comments {W}><w:comment w:id="1" w:author="李"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment>
               <w:comment w:id="2" w:author="张"><w:p><w:r><w:t>为何删去</w:t></w:r></w:p></w:comment>
               <w:comment w:id="7" w:author="赵"><w:p><w:r><w:t>页脚有误</w:t></w:r></w:p></w:comment></w:comments>"#
        );
        let read = read_document(&zip(&[
            ("word/document.xml", &document),
            ("word/comments.xml", &comments),
        ]))
        .unwrap();
        let comment = |author: &str, text: &str, block| Comment {
            author: author.into(),
            text: text.into(),
            block,
        };
        assert_eq!(read.blocks.len(), 3);
        assert_eq!(
            read.comments,
            [
                comment("李", "请核实", Some(2)),
                // Its paragraph was deleted whole: it sits on the next one kept.
                comment("张", "为何删去", Some(3)),
                comment("赵", "页脚有误", None),
            ]
        );
    }
}
