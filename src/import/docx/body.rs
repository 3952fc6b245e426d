//! `word/document.xml`: the body's paragraphs and tables, in order, as a reader sees them.
//!
//! Text is read only from `w:t` (and tabs, breaks, non-breaking hyphens) in runs, so field
//! codes (`w:instrText`) and deleted text (`w:delText`) never come in. Some subtrees are not
//! read at all: tracked deletions and moves away (`w:del`, `w:moveFrom`), earlier formatting
//! kept by tracked changes, content controls' properties, and drawings, pictures and embedded
//! objects, whose text boxes Word also stores twice. Everything else is read through: inserted
//! text, hyperlinks, content controls, smart tags, simple fields. Where each comment sits is
//! noted, in skipped subtrees too.

use super::styles::{self, Role, Styles};
use super::table::Table;
use super::xml::{self, Node, Nodes};
use super::{Block, DocxError};

/// Elements whose whole subtree is not read.
const SKIPPED: &[&str] = &[
    "del",
    "moveFrom",
    "pPrChange",
    "rPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "sectPrChange",
    "sdtPr",
    "drawing",
    "pict",
    "object",
    "AlternateContent",
];

/// The open elements that matter for what their children mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// The paragraph being read; a paragraph inside it is read as part of it.
    P,
    PPr,
    /// The run being read.
    R,
    RPr,
    T,
    Tbl,
    TrPr,
    Tc,
    TcPr,
    Other,
}

#[derive(Debug, Default)]
struct Paragraph {
    style: Option<String>,
    outline: Option<usize>,
    runs: Vec<Run>,
}

#[derive(Debug, Default)]
struct Run {
    text: String,
    bold: Option<bool>,
    style: Option<String>,
    hidden: bool,
}

struct Reader<'s> {
    styles: &'s Styles,
    open: Vec<Tag>,
    /// How many elements deep we are inside a subtree that is not read.
    skipping: usize,
    paragraph: Option<Paragraph>,
    run: Option<Run>,
    /// The tables being read, the innermost last.
    tables: Vec<Table>,
    blocks: Vec<Block>,
    /// Comments met since the last block, by id: they sit on the next block.
    pending: Vec<String>,
    /// Each comment's id and the block it sits on, in the order they are met.
    anchors: Vec<(String, usize)>,
}

/// The body's blocks, and where each comment sits: its id and the block (`Block::index`) of
/// the paragraph its range starts in, or of the next one kept when that paragraph is blank
/// or deleted.
pub(super) struct Body {
    pub blocks: Vec<Block>,
    pub anchors: Vec<(String, usize)>,
}

pub(super) fn read(xml: &str, styles: &Styles) -> Result<Body, DocxError> {
    let mut reader = Reader {
        styles,
        open: Vec::new(),
        skipping: 0,
        paragraph: None,
        run: None,
        tables: Vec::new(),
        blocks: Vec::new(),
        pending: Vec::new(),
        anchors: Vec::new(),
    };
    let mut nodes = Nodes::new(xml, "word/document.xml");
    while let Some(node) = nodes.next()? {
        match node {
            Node::Open(element) => reader.open(&element),
            Node::Close => reader.close(),
            Node::Text(text) => {
                if reader.skipping == 0 && reader.open.last() == Some(&Tag::T) {
                    reader.push_text(&text);
                }
            }
        }
    }
    // A comment after the last paragraph kept sits on that paragraph.
    let last = reader.blocks.len();
    let pending = std::mem::take(&mut reader.pending);
    if last > 0 {
        reader
            .anchors
            .extend(pending.into_iter().map(|id| (id, last)));
    }
    Ok(Body {
        blocks: reader.blocks,
        anchors: reader.anchors,
    })
}

impl Reader<'_> {
    fn open(&mut self, element: &quick_xml::events::BytesStart<'_>) {
        // A comment is listed wherever it sits, in deleted text too: never dropped.
        if matches!(
            element.local_name().as_ref(),
            "commentRangeStart" | "commentReference"
        ) && let Some(id) = xml::attribute(element, "id")
            && !self.pending.iter().any(|p| *p == id)
            && !self.anchors.iter().any(|(a, _)| *a == id)
        {
            self.pending.push(id.into_owned());
        }
        if self.skipping > 0 {
            self.skipping += 1;
            return;
        }
        let local = element.local_name();
        let name = local.as_ref();
        let parent = self.open.last().copied();
        if SKIPPED.contains(&name) {
            // A `w:del` in a row's properties deletes the row.
            if name == "del"
                && parent == Some(Tag::TrPr)
                && let Some(table) = self.table()
            {
                table.delete_row();
            }
            self.skipping = 1;
            return;
        }
        let tag = match (parent, name) {
            (_, "p") if self.paragraph.is_none() => {
                self.paragraph = Some(Paragraph::default());
                Tag::P
            }
            (Some(Tag::P), "pPr") => Tag::PPr,
            (Some(Tag::PPr), "pStyle") => {
                if let Some(paragraph) = &mut self.paragraph {
                    paragraph.style = xml::val(element).map(String::from);
                }
                Tag::Other
            }
            (Some(Tag::PPr), "outlineLvl") => {
                if let Some(paragraph) = &mut self.paragraph {
                    paragraph.outline = xml::number(element);
                }
                Tag::Other
            }
            (_, "r") if self.paragraph.is_some() && self.run.is_none() => {
                self.run = Some(Run::default());
                Tag::R
            }
            (Some(Tag::R), "rPr") => Tag::RPr,
            (Some(Tag::RPr), property) => {
                if let Some(run) = &mut self.run {
                    match property {
                        "b" => run.bold = Some(xml::on(element)),
                        "rStyle" => run.style = xml::val(element).map(String::from),
                        "vanish" => run.hidden = xml::on(element),
                        _ => {}
                    }
                }
                Tag::Other
            }
            (Some(Tag::R), "t") => Tag::T,
            (Some(Tag::R), "tab" | "ptab") => self.push_char('\t'),
            (Some(Tag::R), "br" | "cr") => self.push_char('\n'),
            (Some(Tag::R), "noBreakHyphen") => self.push_char('\u{2011}'),
            // A table inside a paragraph is only found in text boxes, which are not read.
            (_, "tbl") if self.paragraph.is_some() => {
                self.skipping = 1;
                return;
            }
            (_, "tbl") => {
                self.tables.push(Table::default());
                Tag::Tbl
            }
            (_, "tr") if self.paragraph.is_none() => {
                if let Some(table) = self.table() {
                    table.start_row();
                }
                Tag::Other
            }
            (_, "trPr") => Tag::TrPr,
            (Some(Tag::TrPr), "gridBefore") => {
                let columns = xml::number(element).unwrap_or(0);
                if let Some(table) = self.table() {
                    table.skip_columns(columns);
                }
                Tag::Other
            }
            (_, "tc") if self.paragraph.is_none() => {
                if let Some(table) = self.table() {
                    table.start_cell();
                }
                Tag::Tc
            }
            (Some(Tag::Tc), "tcPr") => Tag::TcPr,
            (Some(Tag::TcPr), "gridSpan") => {
                let columns = xml::number(element).unwrap_or(1);
                if let Some(table) = self.table() {
                    table.span(columns);
                }
                Tag::Other
            }
            _ => Tag::Other,
        };
        self.open.push(tag);
    }

    fn close(&mut self) {
        if self.skipping > 0 {
            self.skipping -= 1;
            return;
        }
        match self.open.pop() {
            Some(Tag::P) => self.end_paragraph(),
            Some(Tag::R) => {
                if let (Some(run), Some(paragraph)) = (self.run.take(), &mut self.paragraph)
                    && !run.hidden
                {
                    paragraph.runs.push(run);
                }
            }
            Some(Tag::Tbl) => {
                if let Some(table) = self.tables.pop() {
                    match self.tables.last_mut() {
                        Some(outer) => outer.absorb(table),
                        None => {
                            if let Some(text) = table.markdown() {
                                self.push_block(Block {
                                    text,
                                    bold_prefix: None,
                                    heading: None,
                                    title: false,
                                    table: true,
                                    index: 0,
                                });
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(run) = &mut self.run {
            run.text.push_str(text);
        }
    }

    fn push_char(&mut self, char: char) -> Tag {
        if let Some(run) = &mut self.run {
            run.text.push(char);
        }
        Tag::Other
    }

    fn table(&mut self) -> Option<&mut Table> {
        self.tables.last_mut()
    }

    fn end_paragraph(&mut self) {
        let Some(paragraph) = self.paragraph.take() else {
            return;
        };
        let styles = self.styles;
        let style = paragraph.style.as_deref();
        let paragraph_bold = styles.paragraph_bold(style).unwrap_or(false);
        let runs = paragraph.runs.iter().map(|run| {
            let bold = run
                .bold
                .or_else(|| styles.bold(run.style.as_deref()))
                .unwrap_or(paragraph_bold);
            (run.text.as_str(), bold)
        });
        let (text, bold_prefix) = text_and_bold_prefix(runs);
        if is_blank(&text) {
            return;
        }
        if let Some(table) = self.table() {
            table.push_paragraph(text);
            return;
        }
        let role = styles.role(style);
        let heading = match paragraph
            .outline
            .map(styles::role_of_outline)
            .unwrap_or(role)
        {
            Role::Heading(level) => Some(level),
            Role::Title | Role::Body => None,
        };
        self.push_block(Block {
            text,
            bold_prefix,
            heading,
            title: role == Role::Title,
            table: false,
            index: 0,
        });
    }

    /// Adds a block, numbered after those before it.
    fn push_block(&mut self, block: Block) {
        let index = self.blocks.len() + 1;
        self.blocks.push(Block { index, ..block });
        let pending = std::mem::take(&mut self.pending);
        self.anchors
            .extend(pending.into_iter().map(|id| (id, index)));
    }
}

/// A paragraph's text from its runs, with the byte length of its bold lead: the text up to
/// the end of the last bold run before the first non-bold run that has more than whitespace,
/// when there is such a run and the lead itself has more than whitespace.
fn text_and_bold_prefix<'r>(
    runs: impl Iterator<Item = (&'r str, bool)>,
) -> (String, Option<usize>) {
    let mut text = String::new();
    let mut lead_end = 0;
    let mut lead_has_text = false;
    let mut lead_ended = false;
    for (piece, bold) in runs {
        text.push_str(piece);
        if lead_ended {
            continue;
        }
        if bold {
            lead_end = text.len();
            lead_has_text |= !is_blank(piece);
        } else if !is_blank(piece) {
            lead_ended = true;
        }
    }
    let bold_prefix = (lead_has_text && lead_ended).then_some(lead_end);
    (text, bold_prefix)
}

/// Whitespace only, full-width and non-breaking spaces included: such a paragraph shows nothing.
fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::text_and_bold_prefix;

    #[track_caller]
    fn bold_prefix(runs: &[(&str, bool)]) -> Option<usize> {
        text_and_bold_prefix(runs.iter().copied()).1
    }

    #[test]
    fn the_bold_lead_ends_where_the_first_plain_text_begins() {
        assert_eq!(
            bold_prefix(&[("一是", true), ("加强组织领导。", true), ("正文", false)]),
            Some(27)
        );
    }

    #[test]
    fn whitespace_before_or_inside_the_lead_does_not_end_it() {
        assert_eq!(
            bold_prefix(&[
                ("　　", false),
                ("一是", true),
                (" ", false),
                ("加强。", true),
                ("正文", false)
            ]),
            Some(22)
        );
    }

    #[test]
    fn a_paragraph_all_bold_or_not_starting_bold_has_no_bold_lead() {
        assert_eq!(bold_prefix(&[("一是", true), ("加强。", true)]), None);
        assert_eq!(
            bold_prefix(&[("一是", false), ("加强。", true), ("正文", false)]),
            None
        );
        assert_eq!(bold_prefix(&[(" ", true), ("正文", false)]), None);
        assert_eq!(bold_prefix(&[]), None);
    }

    #[test]
    fn bold_text_after_the_first_plain_text_is_not_part_of_the_lead() {
        assert_eq!(
            bold_prefix(&[("甲", true), ("乙", false), ("丙", true)]),
            Some(3)
        );
    }
}
