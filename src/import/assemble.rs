//! Paragraphs → a draft: the report's own paragraphs (title, debris and the closing issuer
//! block already taken off) placed into parts, sections, items, sub-items and points by the
//! numbering typed before them, or by a Word file's heading styles.
//!
//! Nothing is dropped. A paragraph with no numbering belongs to what stands before it: the
//! preamble, a division's body, or the last point's body. A heading that cannot stand where it
//! is (a section before any part) is kept as text there and reported; so is numbering out of
//! sequence, since lawrpt numbers by position.

use crate::i18n::Text;
use crate::report::draft::{Draft, DraftDivision, DraftPart, DraftPoint};
use crate::report::markdown;
use crate::report::model::{Level, LineIndex, Role, Span};
use crate::report::numbering;
use crate::report::script;
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

use super::marker::{self, Mark, Marker};
use super::paragraphs::{Paragraph, Style};

pub struct Builder<'s> {
    pub draft: Draft,
    pub notes: Vec<Diagnostic>,
    lines: LineIndex<'s>,
}

impl<'s> Builder<'s> {
    pub fn new(source: &'s str) -> Builder<'s> {
        Builder {
            draft: Draft::default(),
            notes: Vec::new(),
            lines: LineIndex::new(source),
        }
    }

    pub fn span(&self, p: &Paragraph, len: usize) -> Span {
        let mut span = self.lines.span_at_line_col(p.line, p.col);
        span.len = len;
        span
    }

    pub fn note(&mut self, rule: &'static str, p: &Paragraph, message: Text, hint: Text) {
        let len = first_chars(&p.text, 12);
        let span = self.span(p, len);
        self.notes
            .push(Diagnostic::new(rule, span, message).hint(hint));
    }

    /// Places one paragraph of the report's text.
    pub fn paragraph(&mut self, p: &Paragraph) {
        if p.table {
            self.attach(p.text.clone());
            return;
        }
        match (marker::at_start(&p.text), p.style) {
            (Some(m), _) => match m.mark {
                Mark::Heading(level) => self.heading(p, level, Some(m)),
                Mark::Point => self.points(p, m),
            },
            (None, Style::Heading(outline)) if (1..=4).contains(&outline) => {
                let level = [Level::Part, Level::Section, Level::Item, Level::SubItem]
                    [usize::from(outline - 1)];
                // An item styled as a heading whose words start with a figure (1.12件…):
                // its number is still typed before them.
                let typed = marker::item_before_figure(&p.text)
                    .filter(|m| level == Level::Item && m.number == self.items_so_far() + 1);
                self.heading(p, level, typed);
            }
            (None, _) => match marker::item_before_figure(&p.text) {
                Some(m) if self.depth() >= 2 && m.number == self.items_so_far() + 1 => {
                    self.heading(p, Level::Item, Some(m));
                }
                _ => match p.bold {
                    // A Word paragraph opening with bold words but no 一是: the bold is kept
                    // as Markdown where the paragraph stands.
                    Some(bold) if self.depth() > 0 => match bold_markdown(&p.text, bold) {
                        Some(text) => self.attach(text),
                        None => self.plain(p, &p.text),
                    },
                    _ => self.plain(p, &p.text),
                },
            },
        }
    }

    /// How many divisions are open: 0 before the first part, 1 in a part, 2 in a section ….
    fn depth(&self) -> usize {
        let Some(part) = self.draft.parts.last() else {
            return 0;
        };
        let mut depth = 1;
        let mut division = &part.division;
        while let Some(child) = division.children.last() {
            depth += 1;
            division = child;
        }
        depth
    }

    /// The `n`-th open division, 1 being the current part.
    fn open(&mut self, n: usize) -> Option<&mut DraftDivision> {
        let mut division = &mut self.draft.parts.last_mut()?.division;
        for _ in 1..n {
            division = division.children.last_mut()?;
        }
        Some(division)
    }

    /// How many items the open section has.
    fn items_so_far(&mut self) -> usize {
        self.open(2).map_or(0, |section| section.children.len())
    }

    /// The innermost open division.
    fn current(&mut self) -> Option<&mut DraftDivision> {
        let depth = self.depth();
        self.open(depth)
    }

    fn heading(&mut self, p: &Paragraph, level: Level, typed: Option<Marker>) {
        let text = &p.text[typed.map_or(0, |m| m.len)..];
        let depth = self.depth();
        let needs = match level {
            Level::Part => 0,
            Level::Section => 1,
            Level::Item => 2,
            Level::SubItem => 3,
        };
        if depth < needs {
            let parent = [Level::Part, Level::Section, Level::Item][needs - 1];
            self.note(
                id::IMPORT_UNPLACED,
                p,
                tr!(
                    "import-heading-unplaced",
                    level = level.noun(),
                    parent = parent.noun()
                ),
                tr!("hint-import-heading-unplaced", parent = parent.noun()),
            );
            self.plain(p, &p.text);
            return;
        }
        let (heading, rest) = run_in(text);
        let division = DraftDivision::new(level, heading.trim_end());
        let siblings = match level {
            Level::Part => {
                let role = role_of(&division.heading);
                if role.is_none() {
                    self.note(
                        id::IMPORT_ROLE,
                        p,
                        tr!("import-role"),
                        tr!("hint-import-role"),
                    );
                }
                self.draft.parts.push(DraftPart {
                    role: role.unwrap_or(Role::Other),
                    division,
                });
                self.draft.parts.len()
            }
            _ => {
                let Some(parent) = self.open(needs) else {
                    return;
                };
                parent.children.push(division);
                parent.children.len()
            }
        };
        if let Some(typed) = typed
            && typed.number != siblings
        {
            let shown = &p.text[..typed.len];
            self.note(
                id::IMPORT_NUMBERING,
                p,
                tr!(
                    "import-heading-number",
                    typed = shown.trim_end(),
                    level = level.noun(),
                    position = siblings,
                    number = numbering::heading_number(level, siblings - 1)
                ),
                tr!("hint-import-heading-number"),
            );
        }
        if !rest.is_empty() {
            self.plain(p, rest);
        }
    }

    /// A paragraph that starts with 一是: one point, or several run together.
    fn points(&mut self, p: &Paragraph, first: Marker) {
        let Some(division) = self.current() else {
            self.note(
                id::IMPORT_UNPLACED,
                p,
                tr!("import-point-unplaced"),
                tr!("hint-import-point-unplaced"),
            );
            self.plain(p, &p.text);
            return;
        };
        let expected = division.points.len() + 1;
        let text = &p.text[first.len..];
        let more = marker::inline_points(text, first.number + 1);
        if more.is_empty() {
            let (lead, body) = match p.bold.filter(|b| *b > first.len) {
                Some(bold) => split_lead(text, Some(bold - first.len)),
                None => split_lead(text, None),
            };
            division.points.push(DraftPoint {
                lead: lead.map(str::to_string),
                body: body.map(md_text),
            });
        } else {
            let mut starts: Vec<usize> = vec![0];
            starts.extend(more.iter().map(|(at, _)| *at));
            let mut ends: Vec<usize> = more.iter().map(|(at, _)| *at).collect();
            ends.push(text.len());
            let lens: Vec<usize> = std::iter::once(0)
                .chain(more.iter().map(|(_, m)| m.len))
                .collect();
            for ((start, end), len) in starts.into_iter().zip(ends).zip(lens) {
                let words = text[start + len..end].trim();
                division.points.push(DraftPoint {
                    lead: None,
                    body: (!words.is_empty()).then(|| md_text(words)),
                });
            }
        }
        if first.number != expected {
            self.note(
                id::IMPORT_NUMBERING,
                p,
                tr!(
                    "import-point-number",
                    typed = p.text[..first.len].trim_end(),
                    position = expected,
                    number = numbering::point_ordinal(expected - 1)
                ),
                tr!("hint-import-point-number"),
            );
        }
    }

    /// Text without numbering at its start; inline points inside it are split out when they
    /// count on from the division's points.
    fn plain(&mut self, p: &Paragraph, text: &str) {
        if let Some(division) = self.current() {
            let next = division.points.len() + 1;
            let found = marker::inline_points(text, next).first().copied();
            if let Some((at, m)) =
                found.and_then(|(at, _)| Some((at, marker::at_start(&text[at..])?)))
            {
                let intro = text[..at].trim();
                if !intro.is_empty() {
                    self.attach(md_text(intro));
                }
                let rest = &text[at..];
                {
                    let inner = Paragraph {
                        text: rest.to_string(),
                        bold: None,
                        ..p.clone()
                    };
                    self.points(&inner, m);
                    return;
                }
            }
        }
        self.attach(md_text(text));
    }

    /// Markdown text appended where the reading has got to.
    fn attach(&mut self, text: String) {
        let append = |slot: &mut Option<String>| match slot {
            Some(existing) => {
                existing.push_str("\n\n");
                existing.push_str(&text);
            }
            None => *slot = Some(text.clone()),
        };
        match self.current() {
            None => append(&mut self.draft.preamble),
            Some(division) => match division.points.last_mut() {
                Some(point) => append(&mut point.body),
                None => append(&mut division.body),
            },
        }
    }
}

/// A heading run into its body: `依法全面履行政府职能。一是……` → the heading (with its
/// full stop, as the author wrote it) and the rest.
fn run_in(text: &str) -> (&str, &str) {
    if let Some(at) = text.find(['。', '！', '？']) {
        let end = at + '。'.len_utf8();
        let rest = text[end..].trim_start();
        if !rest.is_empty() {
            return (&text[..end], rest);
        }
    }
    (text, "")
}

/// A point's lead and body. From a Word file, the bold words at its start; from text, its
/// first sentence when more follows (一是全面加强党的领导。深入学习…).
fn split_lead(text: &str, bold: Option<usize>) -> (Option<&str>, Option<&str>) {
    let at = match bold {
        Some(b) if text.is_char_boundary(b) && b < text.len() => Some(b),
        _ => text.find(['。', '！', '？']).map(|at| at + '。'.len_utf8()),
    };
    match at {
        Some(at) if !text[at..].trim().is_empty() && !text[..at].trim().is_empty() => {
            (Some(text[..at].trim()), Some(text[at..].trim()))
        }
        _ => (None, Some(text.trim()).filter(|t| !t.is_empty())),
    }
}

/// Which part of the regulation a heading names, in either script. Stricter than `check`'s
/// words for a role (`Role::heading_words`): there a role is given and a heading must fit it;
/// here the heading alone decides, so a section-like 依法全面履行政府职责 must not read as the
/// leadership part, nor 着力解决突出问题 as the shortcomings.
pub fn role_of(heading: &str) -> Option<Role> {
    let folded = script::fold(heading);
    let roles: [(Role, &[&str]); 5] = [
        (Role::Other, &["其他需要报告", "其他情况"]),
        (Role::Leadership, &["第一责任人", "主要负责人"]),
        (
            Role::Shortcomings,
            &["不足", "存在的问题", "存在问题", "差距", "短板"],
        ),
        (Role::Plans, &["安排", "计划", "打算", "下一步", "工作思路"]),
        (
            Role::Measures,
            &["举措", "成效", "主要工作", "工作情况", "做法"],
        ),
    ];
    roles
        .into_iter()
        .find(|(_, words)| words.iter().any(|w| folded.contains(w)))
        .map(|(role, _)| role)
}

/// Text made safe to stand in a Markdown field: unchanged when Markdown would show it as it
/// is (nearly always, for Chinese prose), escaped where it would not — inside the line
/// (`*`, `_`, `[`, `<` …) and at its start (`---`, `1)`, `+ `, `> `, `# `).
pub fn md_text(text: &str) -> String {
    if markdown::render(text).text == text {
        return text.to_string();
    }
    let escaped = markdown::escape_inline(text);
    match escaped.chars().next() {
        Some(c) if "-+=>#".contains(c) || c.is_ascii_digit() => {
            let digits = escaped.len()
                - escaped
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            match escaped[digits..].chars().next() {
                // `1)` and `1.` open an ordered list: escape what follows the digits.
                Some(sep @ ('.' | ')')) if digits > 0 => {
                    format!("{}\\{sep}{}", &escaped[..digits], &escaped[digits + 1..])
                }
                _ if digits > 0 => escaped,
                _ => format!("\\{escaped}"),
            }
        }
        _ => escaped,
    }
}

/// `**健全制度机制**。制定方案。`: a bold opening as Markdown, closing punctuation moved out of
/// the `**` (CommonMark does not close emphasis between a full stop and a Han character).
/// None when Markdown would not show the words as written.
fn bold_markdown(text: &str, bold: usize) -> Option<String> {
    let (strong, rest) = (text.get(..bold)?.trim_end(), text.get(bold..)?);
    let words = strong.trim_end_matches(|c: char| "。，；：！？、".contains(c));
    let stop = &strong[words.len()..];
    let markdown = format!("**{}**{}{}", md_text(words), md_text(stop), md_text(rest));
    let shown = markdown::render(&markdown).text;
    (!words.is_empty()
        && shown == format!("{strong}{rest}")
        && markdown::render(&markdown).html.contains("<strong>"))
    .then_some(markdown)
}

/// The bytes of the first `n` characters of `text` (all of it when shorter).
pub(super) fn first_chars(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_told_from_the_headings_wording_in_either_script() {
        let cases = [
            ("2024年度推进法治政府建设的主要举措和成效", Role::Measures),
            ("2024年法治政府建设主要举措及成效", Role::Measures),
            ("2024年度推進法治政府建設的主要舉措與成效", Role::Measures),
            ("存在的不足和原因", Role::Shortcomings),
            ("存在的問題", Role::Shortcomings),
            (
                "党政主要负责人履行推进法治建设第一责任人职责情况",
                Role::Leadership,
            ),
            ("2025年度推进法治政府建设的主要安排", Role::Plans),
            ("2025年工作安排", Role::Plans),
            ("2025年工作計劃", Role::Plans),
            ("下一步工作打算", Role::Plans),
            ("其他需要报告的情况", Role::Other),
        ];
        for (heading, role) in cases {
            assert_eq!(role_of(heading), Some(role), "{heading}");
        }
        assert_eq!(role_of("依法全面履行政府职能"), None);
        assert_eq!(role_of("依法全面履行政府职责"), None);
        assert_eq!(role_of("着力解决群众反映强烈的突出问题"), None);
    }

    #[test]
    fn text_markdown_would_read_as_syntax_is_escaped_and_renders_back_as_written() {
        for text in [
            "---",
            "1) 落实责任",
            "2. 落实责任",
            "+ 加号开头",
            "- 减号开头",
            "> 引用",
            "# 井号",
            "**加粗**与_下划线_",
            "[链接](http://x)",
            "<b>标签</b>",
            "a\\b",
            "推进依法行政。",
        ] {
            let escaped = md_text(text);
            assert_eq!(markdown::render(&escaped).text, text, "{text} → {escaped}");
        }
        assert_eq!(md_text("推进依法行政。"), "推进依法行政。");
    }

    #[test]
    fn a_bold_opening_becomes_markdown_bold_with_its_words_unchanged() {
        let text = "健全制度机制。制定实施方案。";
        assert_eq!(
            bold_markdown(text, "健全制度机制。".len()).as_deref(),
            Some("**健全制度机制**。制定实施方案。")
        );
    }

    #[test]
    fn a_run_in_heading_keeps_its_full_stop_and_gives_up_the_rest() {
        assert_eq!(
            run_in("依法全面履行政府职能。一是加强。"),
            ("依法全面履行政府职能。", "一是加强。")
        );
        assert_eq!(run_in("加强领导。"), ("加强领导。", ""));
        assert_eq!(run_in("加强领导"), ("加强领导", ""));
    }

    #[test]
    fn a_points_lead_is_its_first_sentence_or_its_bold_words() {
        assert_eq!(
            split_lead("加强领导。正文。", None),
            (Some("加强领导。"), Some("正文。"))
        );
        assert_eq!(split_lead("加强领导。", None), (None, Some("加强领导。")));
        assert_eq!(
            split_lead("加强领导，正文。", Some("加强领导".len())),
            (Some("加强领导"), Some("，正文。"))
        );
    }
}
