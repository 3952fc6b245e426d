//! The report model: one year's report as plain data.
//!
//! `load` builds it from YAML, `check` inspects it, `view` turns it into what templates see.
//! Every value an author wrote carries the [`Span`] it came from, so a check can point at it.
//! No I/O and no printing here. Numbering is not stored: it follows from position
//! (see `numbering`).

use std::fmt;

use crate::report::script::{self, Script};

/// Where a value stands in its source file: 1-based line and column (in characters),
/// and the byte range, for the printers' carets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub line: usize,
    pub col: usize,
    pub offset: usize,
    pub len: usize,
}

/// A value with the span it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl Span {
    /// The span of `len` bytes at byte `offset` of `source`, with its line and column.
    pub fn at(source: &str, offset: usize, len: usize) -> Span {
        let offset = offset.min(source.len());
        let before = source.get(..offset).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Span {
            line: before.matches('\n').count() + 1,
            col: before[line_start..].chars().count() + 1,
            offset,
            len,
        }
    }
}

/// Where each line of a text starts, found at the first place asked for and kept: for many
/// spans in one text (an import's notes, a report's findings, the diagnostics printed for one
/// file), each costs a binary search and a walk along its own line, where [`Span::at`] walks
/// from the top of the text (5,000 notes in a saved page took a second that way, 80,000 three
/// minutes). Making one costs nothing until then, so a text with no finding pays nothing.
pub struct LineIndex<'s> {
    source: &'s str,
    /// The byte offset of each line's start: 0, then one after each `\n`.
    starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> LineIndex<'s> {
        LineIndex {
            source,
            starts: std::cell::OnceCell::new(),
        }
    }

    fn starts(&self) -> &[usize] {
        self.starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.source.match_indices('\n').map(|(at, _)| at + 1))
                .collect()
        })
    }

    /// The same span as [`Span::at`]`(source, offset, len)`.
    pub fn span(&self, offset: usize, len: usize) -> Span {
        let offset = offset.min(self.source.len());
        if !self.source.is_char_boundary(offset) {
            // As `Span::at`, which then reads nothing before the offset.
            return Span {
                line: 1,
                col: 1,
                offset,
                len,
            };
        }
        let starts = self.starts();
        let line = starts.partition_point(|&start| start <= offset);
        let line_start = starts[line - 1];
        Span {
            line,
            col: self.source[line_start..offset].chars().count() + 1,
            offset,
            len,
        }
    }

    /// The empty span at a 1-based line and column (in characters); the end of the text if
    /// there is no such place.
    pub fn span_at_line_col(&self, line: usize, col: usize) -> Span {
        let line_start = self
            .starts()
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.source.len());
        let rest = &self.source[line_start..];
        let in_line = rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i);
        self.span(line_start + in_line, 0)
    }

    /// Line `line` (1-based) without its line ending, as `source.lines().nth(line - 1)` gives
    /// it: none past the last line, and none for the empty end after a final newline.
    pub fn line(&self, line: usize) -> Option<&'s str> {
        let index = line.checked_sub(1)?;
        let starts = self.starts();
        let start = *starts.get(index)?;
        if start == self.source.len() {
            return None;
        }
        match starts.get(index + 1) {
            Some(&next) => {
                let text = &self.source[start..next - 1];
                Some(text.strip_suffix('\r').unwrap_or(text))
            }
            None => Some(&self.source[start..]),
        }
    }
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

/// The machine-checkable meaning of a part, independent of its wording. The order of the
/// variants is the order in which the regulation lists the report's contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// 上一年度推进法治政府建设的主要举措和成效
    Measures,
    /// 上一年度推进法治政府建设存在的不足和原因
    Shortcomings,
    /// 党政主要负责人履行推进法治建设第一责任人职责情况
    Leadership,
    /// 下一年度推进法治政府建设的主要安排
    Plans,
    /// 其他需要报告的情况
    Other,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Measures,
        Role::Shortcomings,
        Role::Leadership,
        Role::Plans,
        Role::Other,
    ];

    /// The name used in YAML.
    pub fn key(self) -> &'static str {
        match self {
            Role::Measures => "measures",
            Role::Shortcomings => "shortcomings",
            Role::Leadership => "leadership",
            Role::Plans => "plans",
            Role::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }

    /// Whether the report must have a part with this role.
    /// Words, in Simplified, of which a heading of this role holds at least one: `check`
    /// tells a heading that does not fit its role by them, `import` tells the role.
    pub fn heading_words(self) -> &'static [&'static str] {
        match self {
            Role::Measures => &["举措", "成效", "主要工作", "工作情况", "做法"],
            Role::Shortcomings => &["不足", "问题", "差距", "短板"],
            Role::Leadership => &["第一责任人", "主要负责人", "履职", "职责"],
            Role::Plans => &["安排", "计划", "打算", "思路", "下一步", "目标"],
            Role::Other => &[],
        }
    }

    pub fn is_required(self) -> bool {
        matches!(self, Role::Measures | Role::Shortcomings | Role::Plans)
    }

    /// Whether a report may hold more than one part with this role.
    pub fn may_repeat(self) -> bool {
        self == Role::Other
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A calendar date, validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, refusing impossible dates such as 2025-02-30.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut fields = text.split('-');
        let (y, m, d) = (fields.next()?, fields.next()?, fields.next()?);
        if fields.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let exists = (1..=12).contains(&date.month)
            && (1..=days_in_month(date.year, date.month)).contains(&date.day);
        exists.then_some(date)
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The form used in Chinese official documents: 2025年3月28日.
    pub fn chinese(&self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The heading levels of a report, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// 一、
    Part,
    /// （一）
    Section,
    /// 1.
    Item,
    /// （1）
    SubItem,
}

impl Level {
    /// The level one step in, if there is one.
    pub fn child(self) -> Option<Level> {
        match self {
            Level::Part => Some(Level::Section),
            Level::Section => Some(Level::Item),
            Level::Item => Some(Level::SubItem),
            Level::SubItem => None,
        }
    }

    /// The YAML key holding this level's list.
    pub const fn list_key(self) -> &'static str {
        match self {
            Level::Part => "parts",
            Level::Section => "sections",
            Level::Item => "items",
            Level::SubItem => "subitems",
        }
    }

    /// What authors call a node of this level, for messages.
    pub fn noun(self) -> &'static str {
        match self {
            Level::Part => "part",
            Level::Section => "section",
            Level::Item => "item",
            Level::SubItem => "sub-item",
        }
    }
}

/// A headed division of the report at any level: its heading, then its body, then its inline
/// points, then the divisions one level in.
#[derive(Debug, Clone, PartialEq)]
pub struct Division {
    pub level: Level,
    pub heading: Spanned<String>,
    /// Markdown.
    pub body: Option<Spanned<String>>,
    pub points: Vec<Point>,
    pub children: Vec<Division>,
    /// The whole mapping, for messages about the division as a whole.
    pub span: Span,
}

impl Division {
    pub fn has_content(&self) -> bool {
        self.body.is_some() || !self.points.is_empty() || !self.children.is_empty()
    }
}

/// An inline point, 一是/二是/…: ordinal generated, lead sentence and body kept apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// One line, set in bold in HTML and Markdown.
    pub lead: Option<Spanned<String>>,
    /// Markdown.
    pub body: Option<Spanned<String>>,
    pub span: Span,
}

/// A part: a top-level division with its role.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub role: Spanned<Role>,
    pub division: Division,
}

/// A figure the report states, kept for year-over-year comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: Spanned<String>,
    pub label: Spanned<String>,
    pub value: Spanned<f64>,
    pub unit: Option<Spanned<String>>,
}

/// One year's report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub year: Spanned<i64>,
    pub authority: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub issued: Option<Spanned<Date>>,
    /// Markdown.
    pub preamble: Option<Spanned<String>>,
    pub parts: Vec<Part>,
    /// The `parts:` list, or the whole report when it has none: where a missing part belongs.
    pub parts_span: Span,
    pub indicators: Vec<Indicator>,
}

impl Report {
    /// The script a report is written in, told from its title, authority, preamble and headings.
    pub fn script(&self) -> Script {
        script::detect(&self.sample_text())
    }

    /// Enough of the report's own words to tell its script.
    fn sample_text(&self) -> String {
        let mut text = String::new();
        for value in [&self.title, &self.authority, &self.preamble]
            .into_iter()
            .flatten()
        {
            text.push_str(&value.value);
        }
        for division in self.divisions() {
            text.push_str(&division.heading.value);
        }
        text
    }

    /// Every division, depth first, in reading order.
    pub fn divisions(&self) -> Vec<&Division> {
        fn walk<'a>(division: &'a Division, out: &mut Vec<&'a Division>) {
            out.push(division);
            for child in &division.children {
                walk(child, out);
            }
        }
        let mut out = Vec::new();
        for part in &self.parts {
            walk(&part.division, &mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn date(text: &str) -> Option<String> {
        Date::parse_iso(text).map(|d| d.chinese())
    }

    #[test]
    fn dates_parse_only_when_they_exist() {
        assert_eq!(date("2025-03-28").as_deref(), Some("2025年3月28日"));
        assert_eq!(date("2024-02-29").as_deref(), Some("2024年2月29日"));
        assert_eq!(date("2025-02-29"), None);
        assert_eq!(date("1900-02-29"), None);
        assert_eq!(date("2000-02-29").as_deref(), Some("2000年2月29日"));
        assert_eq!(date("2025-13-01"), None);
        assert_eq!(date("2025-04-31"), None);
        assert_eq!(date("2025-3-28"), None);
        assert_eq!(date("2025/03/28"), None);
        assert_eq!(date("2025-03-28-01"), None);
        assert_eq!(date("+025-03-28"), None);
    }

    #[test]
    fn roles_round_trip_through_their_keys() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
        }
        assert_eq!(Role::from_key("measure"), None);
    }

    /// The empty span at a line and column found by walking from the top of the text, as
    /// lawrpt did before [`LineIndex`]: the index must give the same.
    fn walked_to(source: &str, line: usize, col: usize) -> Span {
        let line_start: usize = source
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        let rest = source.get(line_start..).unwrap_or_default();
        let in_line = rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i);
        Span::at(source, line_start + in_line, 0)
    }

    proptest::proptest! {
        /// The index gives the very spans and lines the walks from the top give, for text
        /// of newlines, carriage returns and wide characters, at every offset and place.
        #[test]
        fn a_line_index_agrees_with_the_walks_from_the_top(
            source in "[a甲\n\r ]{0,24}",
            offset in 0usize..30,
            line in 0usize..30,
            col in 0usize..30,
        ) {
            let lines = LineIndex::new(&source);
            proptest::prop_assert_eq!(lines.span(offset, 3), Span::at(&source, offset, 3));
            proptest::prop_assert_eq!(
                lines.span_at_line_col(line, col),
                walked_to(&source, line, col)
            );
            proptest::prop_assert_eq!(
                lines.line(line.max(1)),
                source.lines().nth(line.saturating_sub(1))
            );
        }
    }
}
