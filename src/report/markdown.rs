//! Bodies are CommonMark (with GFM tables and strikethrough), rendered three ways by
//! pulldown-cmark: HTML, Markdown fit to republish, and plain text.
//!
//! Raw HTML is never trusted: in HTML it becomes escaped text, in Markdown its `<` is escaped.
//! Links and images keep only http(s), mailto and relative targets; any other target
//! (`javascript:`, `data:`, …) is dropped and its text kept. Images become links, so a page
//! never loads anything from elsewhere. Text itself is never rewritten.

use std::fmt::Write as _;
use std::ops::Range;

use pulldown_cmark::{Alignment, Event, LinkType, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Whether a link target is one a published page may carry.
pub fn is_safe_url(url: &str) -> bool {
    // Browsers ignore ASCII whitespace and control characters inside a scheme
    // (`java\tscript:`), so they are ignored here too before the scheme is read.
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match cleaned.find([':', '/', '?', '#']) {
        Some(at) if cleaned[at..].starts_with(':') => {
            matches!(&cleaned[..at], "http" | "https" | "mailto")
        }
        _ => true,
    }
}

/// The events of a body with untrusted parts defused: raw HTML as text, unsafe link targets
/// dropped (their text kept), images as links to the image.
fn safe_events(source: &str) -> Vec<Event<'_>> {
    let mut events = Vec::new();
    // For each open link or image: whether its tags were kept.
    let mut kept: Vec<bool> = Vec::new();
    for event in Parser::new_ext(source, options()) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => events.push(Event::Text(html)),
            // Shown as text, a block of HTML is a paragraph like any other.
            Event::Start(Tag::HtmlBlock) => events.push(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(Event::Text(text)) = events.last_mut()
                    && text.ends_with('\n')
                {
                    *text = text.trim_end_matches('\n').to_string().into();
                }
                events.push(Event::End(TagEnd::Paragraph));
            }
            Event::Start(Tag::Link {
                dest_url,
                title,
                id,
                link_type,
            }) => {
                let safe = is_safe_url(&dest_url);
                kept.push(safe);
                if safe {
                    events.push(Event::Start(Tag::Link {
                        dest_url,
                        title,
                        id,
                        link_type,
                    }));
                }
            }
            Event::Start(Tag::Image {
                dest_url,
                title,
                id,
                ..
            }) => {
                let safe = is_safe_url(&dest_url);
                kept.push(safe);
                if safe {
                    let link_type = LinkType::Inline;
                    events.push(Event::Start(Tag::Link {
                        dest_url,
                        title,
                        id,
                        link_type,
                    }));
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if kept.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            other => events.push(other),
        }
    }
    events
}

/// A body rendered every way the outputs need it, from one parse. Plain text has one paragraph
/// per line, list items with their markers, tables aligned by display width (a CJK character is
/// two columns), and no trailing newline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub md: String,
    pub text: String,
    /// Whether the first block is a paragraph, which a point's lead can run into.
    pub starts_with_paragraph: bool,
}

/// Renders a body as HTML, Markdown and plain text.
pub fn render(source: &str) -> Rendered {
    let events = safe_events(source);
    let starts_with_paragraph = matches!(events.first(), Some(Event::Start(Tag::Paragraph)));
    let text = plain_text(&lines_of(events.iter().cloned()));
    Rendered {
        text,
        html: html_of(events),
        md: to_markdown(source),
        starts_with_paragraph,
    }
}

/// A body as HTML alone (tests compare it with [`render`]).
#[cfg(test)]
pub fn to_html(source: &str) -> String {
    html_of(safe_events(source))
}

/// Events as HTML: block elements, escaped, safe to embed in a page. Each table comes in a
/// `<div class="table-wrap">`, so a wide one scrolls on a phone without losing its semantics.
fn html_of(events: Vec<Event<'_>>) -> String {
    let events = events.into_iter().flat_map(|event| {
        let (before, after) = match &event {
            Event::Start(Tag::Table(_)) => (Some("<div class=\"table-wrap\">\n"), None),
            Event::End(TagEnd::Table) => (None, Some("</div>\n")),
            _ => (None, None),
        };
        // Lawrpt's own markup, added after the author's HTML was turned into text.
        let html = |text: &'static str| Event::Html(text.into());
        before
            .map(html)
            .into_iter()
            .chain([event])
            .chain(after.map(html))
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// A body as Markdown to republish: the author's text byte for byte, except that raw HTML is
/// escaped and unsafe links are reduced to their text.
pub fn to_markdown(source: &str) -> String {
    let parser = Parser::new_ext(source, options());
    // `[text]: javascript:…` on a line of its own defines a link; uses of it are reduced to
    // their text below, and the definition goes.
    let mut edits: Vec<(Range<usize>, String)> = parser
        .reference_definitions()
        .iter()
        .filter(|(_, definition)| !is_safe_url(&definition.dest))
        .map(|(_, definition)| (definition.span.clone(), String::new()))
        .collect();
    let mut unsafe_link: Option<(Range<usize>, String)> = None;
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Html(html) | Event::InlineHtml(html) if unsafe_link.is_none() => {
                edits.push((range, html.replace('<', "\\<")));
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if unsafe_link.is_none() && !is_safe_url(&dest_url) =>
            {
                unsafe_link = Some((range, String::new()));
            }
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                if let Some((_, words)) = &mut unsafe_link {
                    words.push_str(&escape_inline(&text));
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some((link, words)) = unsafe_link.take_if(|(link, _)| link.end == range.end)
                {
                    edits.push((link, words));
                }
            }
            _ => {}
        }
    }
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for (range, replacement) in edits {
        if range.start < at {
            continue;
        }
        out.push_str(&source[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&source[at..]);
    out
}

/// Escapes the ASCII characters that Markdown would read as syntax inside a line of text.
pub fn escape_inline(text: &str) -> String {
    const SYNTAX: &[u8] = b"\\`*_[]<>#|~&!";
    if !text.bytes().any(|b| SYNTAX.contains(&b)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|~&!".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text escaped for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    if !text.bytes().any(|b| b"&<>\"'".contains(&b)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A body as plain text alone (tests compare it with [`render`]).
#[cfg(test)]
pub fn to_text(source: &str) -> String {
    plain_text(&lines_of(safe_events(source)))
}

/// A run of a body's text and how it is set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub strike: bool,
}

/// A line of a body as the plain text writes it, or a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// One line of text: a paragraph, or each line of one broken by a soft or hard break;
    /// a list item starts with its marker (`- `, `1. `), a quotation with `> `, and a link's
    /// target follows its text in brackets.
    Text(Vec<Span>),
    Table(Table),
}

/// A table: rows of cells, each cell its spans.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub alignments: Vec<Alignment>,
    pub rows: Vec<Vec<Vec<Span>>>,
    /// How many rows head it.
    pub header_rows: usize,
    /// The quotations it stands in (`> ` before each of its lines).
    pub quote_depth: usize,
}

/// A body's lines, as the plain text writes them and the Word file sets them, with the
/// links and raw HTML made safe as for the other outputs.
pub fn lines(source: &str) -> Vec<Line> {
    lines_of(safe_events(source))
}

fn lines_of<'a>(events: impl IntoIterator<Item = Event<'a>>) -> Vec<Line> {
    let mut reader = LineReader::default();
    for event in events {
        reader.event(event);
    }
    reader.flush();
    reader.lines
}

#[derive(Default)]
struct LineReader {
    lines: Vec<Line>,
    spans: Vec<Span>,
    bold: usize,
    italic: usize,
    strike: usize,
    /// For each open list: the next number, or `None` for bullets.
    lists: Vec<Option<u64>>,
    quote_depth: usize,
    table: Option<Table>,
    /// Link targets to print after their text.
    links: Vec<String>,
}

impl LineReader {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::Html(html) | Event::InlineHtml(html) => self.text(&html),
            Event::SoftBreak | Event::HardBreak => self.flush(),
            Event::Rule => {
                self.push("――――");
                self.flush();
            }
            Event::TaskListMarker(done) => self.push(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(name) => self.push(&format!("[{name}]")),
            Event::InlineMath(math) | Event::DisplayMath(math) => self.push(&math),
        }
    }

    /// Text, whose line ends (in a code block) end lines; in a table cell it is kept whole.
    fn text(&mut self, text: &str) {
        if self.table.is_some() {
            self.push(text);
            return;
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.flush();
            }
            self.push(line);
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::List(first) => {
                self.flush();
                self.lists.push(first);
            }
            Tag::Item => {
                self.flush();
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_string(),
                };
                self.push(&format!("{}{marker}", "  ".repeat(depth)));
            }
            Tag::BlockQuote(_) => self.quote_depth += 1,
            Tag::Table(alignments) => {
                self.flush();
                self.table = Some(Table {
                    alignments,
                    quote_depth: self.quote_depth,
                    ..Table::default()
                });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.rows.push(Vec::new());
                }
            }
            Tag::TableCell => {
                if let Some(row) = self.table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(Vec::new());
                }
            }
            Tag::Link { dest_url, .. } => self.links.push(dest_url.to_string()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Item => {
                self.flush();
            }
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::BlockQuote(_) => self.quote_depth = self.quote_depth.saturating_sub(1),
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.header_rows = table.rows.len();
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.lines.push(Line::Table(table));
                }
            }
            TagEnd::Link => {
                if let Some(url) = self.links.pop() {
                    self.push(&format!(" ({url})"));
                }
            }
            _ => {}
        }
    }

    fn push(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let span = Span {
            text: text.to_string(),
            bold: self.bold > 0,
            italic: self.italic > 0,
            strike: self.strike > 0,
        };
        let spans = match self.table.as_mut() {
            Some(table) => match table.rows.last_mut().and_then(|row| row.last_mut()) {
                Some(cell) => cell,
                None => return,
            },
            None => {
                if self.spans.is_empty() && self.quote_depth > 0 {
                    self.spans.push(Span {
                        text: "> ".repeat(self.quote_depth),
                        ..Span::default()
                    });
                }
                &mut self.spans
            }
        };
        match spans.last_mut() {
            Some(last)
                if (last.bold, last.italic, last.strike)
                    == (span.bold, span.italic, span.strike) =>
            {
                last.text.push_str(&span.text);
            }
            _ => spans.push(span),
        }
    }

    fn flush(&mut self) {
        if self.table.is_none() && !self.spans.is_empty() {
            self.lines.push(Line::Text(std::mem::take(&mut self.spans)));
        }
    }
}

/// The words of a line or a cell.
pub fn words(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// A body's lines as plain text: one line each, tables aligned by display width (a CJK
/// character is two columns), no trailing newline.
fn plain_text(lines: &[Line]) -> String {
    let mut out = String::new();
    for line in lines {
        match line {
            Line::Text(spans) => {
                out.push_str(&words(spans));
                out.push('\n');
            }
            Line::Table(table) => write_table(&mut out, table),
        }
    }
    out.trim_end_matches('\n').to_string()
}

fn write_table(out: &mut String, table: &Table) {
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| row.iter().map(|cell| words(cell)).collect())
        .collect();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width = crate::i18n::columns;
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|row| row.get(c))
                .map(|cell| width(cell))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let quote = "> ".repeat(table.quote_depth);
    let mut emit = |line: &str| {
        if !line.is_empty() {
            out.push_str(&quote);
            out.push_str(line);
            out.push('\n');
        }
    };
    for (r, row) in rows.iter().enumerate() {
        let mut line = String::new();
        for (c, column_width) in widths.iter().enumerate() {
            let cell = row.get(c).map_or("", String::as_str);
            let pad = " ".repeat(column_width - width(cell));
            let right = table.alignments.get(c) == Some(&Alignment::Right);
            if c > 0 {
                line.push_str("  ");
            }
            if right {
                let _ = write!(line, "{pad}{cell}");
            } else {
                let _ = write!(line, "{cell}{pad}");
            }
        }
        emit(line.trim_end());
        if r + 1 == table.header_rows {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            emit(&rule.join("  "));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_urls_are_web_mail_and_relative_only() {
        for url in [
            "https://www.gov.cn/",
            "http://x",
            "mailto:a@b.cn",
            "/x",
            "x.html#a",
            "#part-1",
            "?q=1",
        ] {
            assert!(is_safe_url(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            " javascript:x",
            "data:text/html,<b>",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(!is_safe_url(url), "{url}");
        }
    }

    #[test]
    fn html_escapes_raw_html_and_drops_unsafe_links() {
        let html = to_html(
            "<script>alert(1)</script>\n\n正文<img src=x onerror=alert(1)>[点我](javascript:alert(1))[好](https://a.cn)",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("点我"), "{html}");
        assert!(html.contains("<a href=\"https://a.cn\">好</a>"), "{html}");
    }

    #[test]
    fn entity_encoded_schemes_are_caught_after_decoding() {
        let html = to_html("[x](jav&#x61;script:alert(1)) [y](&#106;avascript:alert(1))");
        assert!(!html.contains("href"), "{html}");
    }

    #[test]
    fn tables_come_wrapped_for_scrolling() {
        let html = to_html("| a | b |\n|---|---|\n| 1 | 2 |");
        assert!(
            html.starts_with("<div class=\"table-wrap\">\n<table>"),
            "{html}"
        );
        assert!(html.ends_with("</table>\n</div>\n"), "{html}");
    }

    #[test]
    fn images_become_links_so_pages_load_nothing_from_elsewhere() {
        assert_eq!(
            to_html("![图](https://a.cn/x.png)"),
            "<p><a href=\"https://a.cn/x.png\">图</a></p>\n"
        );
        assert_eq!(to_html("![图](data:image/png;base64,AAAA)"), "<p>图</p>\n");
    }

    #[test]
    fn markdown_keeps_the_authors_bytes_but_defuses_html_and_unsafe_links() {
        let body = "2024年,高陵區**堅持**依法行政。\n\n| 項目 | 數量 |\n|---|---:|\n| 案件 | 159 |";
        assert_eq!(to_markdown(body), body);
        assert_eq!(to_markdown("a<b onclick=x>c"), "a\\<b onclick=x>c");
        assert_eq!(to_markdown("看[这里](javascript:alert(1))。"), "看这里。");
        assert_eq!(
            to_markdown("看[这里](https://a.cn)。"),
            "看[这里](https://a.cn)。"
        );
    }

    #[test]
    fn unsafe_link_definitions_are_removed_and_their_uses_reduced_to_text() {
        let body = "详见[政府网站]。\n\n[政府网站]: javascript:alert(document.cookie)\n\n[好]: https://a.cn\n\n见[好]。";
        let md = to_markdown(body);
        assert!(!md.contains("javascript"), "{md}");
        assert!(md.contains("[好]: https://a.cn"), "{md}");
        assert!(!to_html(&md).contains("javascript"));
        assert!(!to_html(body).contains("javascript"));
    }

    #[test]
    fn a_raw_html_block_is_a_paragraph_of_text() {
        assert_eq!(
            to_html("<script>alert(1)</script>"),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
        );
    }

    #[test]
    fn text_puts_one_paragraph_on_a_line_and_keeps_the_words() {
        let body = "2024年,高陵區**堅持**依法行政。\n\n第二段*強調*。";
        assert_eq!(to_text(body), "2024年,高陵區堅持依法行政。\n第二段強調。");
    }

    #[test]
    fn text_keeps_list_markers_and_link_targets() {
        assert_eq!(
            to_text("- 一项\n- 二项\n\n1. 甲\n2. 乙"),
            "- 一项\n- 二项\n1. 甲\n2. 乙"
        );
        assert_eq!(
            to_text("见[网站](https://a.cn)。"),
            "见网站 (https://a.cn)。"
        );
    }

    #[test]
    fn text_tables_align_by_display_width() {
        let table = "| 项目 | 数量 |\n|---|---:|\n| 受理行政复议案件 | 159 |\n| 办结 | 134 |";
        assert_eq!(
            to_text(table),
            "项目              数量\n----------------  ----\n受理行政复议案件   159\n办结               134"
        );
    }

    #[test]
    fn quotation_marks_dashes_and_circled_figures_take_two_columns_as_in_chinese_fonts() {
        // “”, —, … and ① are East Asian "ambiguous": two columns in a Chinese terminal and
        // font, so the figures stay in one column under each other.
        let table =
            "| 事项 | 数量 |\n|---|---:|\n| “放管服”改革① | 12 |\n| 复议…… | 3 |\n| 案件 | 159 |";
        assert_eq!(
            to_text(table),
            "事项              数量\n----------------  ----\n“放管服”改革①    12\n复议……             3\n案件               159"
        );
    }

    #[test]
    fn escaping_inline_markdown_leaves_chinese_and_commas_alone() {
        assert_eq!(escape_inline("2024年,推进*改革*"), "2024年,推进\\*改革\\*");
    }

    #[test]
    fn a_body_starting_with_a_list_is_not_run_into() {
        assert!(render("正文").starts_with_paragraph);
        assert!(!render("- 一项").starts_with_paragraph);
    }

    #[test]
    fn one_render_gives_what_the_three_renderers_give() {
        let body = "2024年,**推进**。\n\n| 项目 | 数量 |\n|---|---:|\n| 案件 | 159 |\n\n<b>x</b>";
        let rendered = render(body);
        assert_eq!(rendered.html, to_html(body));
        assert_eq!(rendered.md, to_markdown(body));
        assert_eq!(rendered.text, to_text(body));
    }

    #[test]
    fn lines_are_the_plain_texts_with_their_bold_and_tables() {
        let plain = |text: &str| Span {
            text: text.to_string(),
            ..Span::default()
        };
        let source = "第一段**加粗**。\n续行。\n\n- 甲\n- 乙\n\n> 引文\n\n| 项目 | 数量 |\n|---|---:|\n| 案件 | 12件 |\n";
        let got = lines(source);
        let Line::Table(table) = &got[5] else {
            panic!("{got:?}")
        };
        assert_eq!(
            got[..5],
            [
                Line::Text(vec![
                    plain("第一段"),
                    Span {
                        text: "加粗".into(),
                        bold: true,
                        ..Span::default()
                    },
                    plain("。"),
                ]),
                Line::Text(vec![plain("续行。")]),
                Line::Text(vec![plain("- 甲")]),
                Line::Text(vec![plain("- 乙")]),
                Line::Text(vec![plain("> 引文")]),
            ]
        );
        assert_eq!(
            table.rows,
            [
                vec![vec![plain("项目")], vec![plain("数量")]],
                vec![vec![plain("案件")], vec![plain("12件")]],
            ]
        );
        assert_eq!((table.header_rows, got.len()), (1, 6));
        // The plain text is these lines, word for word.
        assert_eq!(
            to_text(source),
            "第一段加粗。\n续行。\n- 甲\n- 乙\n> 引文\n项目  数量\n----  ----\n案件  12件"
        );
    }
}
