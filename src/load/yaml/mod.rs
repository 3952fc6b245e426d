//! YAML text → a tree of spanned nodes, and a draft → YAML text ([`write()`](fn@write)). The only module
//! that calls serde-saphyr.
//!
//! The tree keeps every value's line and column, so `load` can report every misplaced key and
//! wrong type at once instead of stopping at serde's first. serde-saphyr's defaults bound what
//! a hostile file can cost: nesting depth, node count, alias expansion. Duplicate keys are
//! refused. A syntax error stops here: nothing after it can be trusted.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Options};

use crate::report::model::Span;
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

mod write;
pub use write::write;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

impl Value {
    /// What kind of value it is, as the catalogue's `kind` selector names it (`text`, `list` …).
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "nothing",
            Value::Bool(_) => "boolean",
            Value::Int(_) | Value::Float(_) => "number",
            Value::Str(_) => "text",
            Value::Seq(_) => "list",
            Value::Map(_) => "mapping",
        }
    }
}

/// Parses one YAML document.
pub fn parse(source: &str) -> Result<Node, Diagnostic> {
    let mut options = Options::default();
    options.with_snippet = false;
    options.strict_booleans = true;
    // Comments are still parsed and validated, but not handed over as events: lawrpt has no
    // use for their text, and collecting it costs a fifth of the whole load.
    options.emit_comments = false;
    // A `!tag` lawrpt does not know would otherwise be dropped with its value, silently.
    options.reject_unsupported_tags = true;
    options.budget = Some(budget());
    match serde_saphyr::from_str_with_options::<Node>(source, options) {
        Ok(root) if matches!(root.value, Value::Null) && is_blank(source) => Err(no_report()),
        Ok(root) => Ok(root),
        Err(error) => Err(syntax_error(source, &error)),
    }
}

/// What a report may cost to read. The largest report lawrpt reads (4 MiB) holds some tens of
/// thousands of values, nested a dozen deep, with no need for aliases; serde-saphyr's defaults
/// are made for any YAML and let an alias bomb grow to 250,000 values (80 MiB) before it stops.
fn budget() -> serde_saphyr::Budget {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_nodes = 100_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_depth = 64;
    budget
}

fn syntax_error(source: &str, error: &serde_saphyr::Error) -> Diagnostic {
    let mut span = error.location().map(|l| span(&l)).unwrap_or_default();
    let text = strip_location(&error.to_string());
    // The scanner notices a tab in the indentation at the end of the line before it.
    if text.contains("tab") {
        span = tab_indented_line(source, span.line).unwrap_or(span);
    }
    let (message, hint) = match original(error) {
        serde_saphyr::Error::DuplicateMappingKey { key, .. } => (
            match key {
                Some(key) => tr!("duplicate-key", key = key.as_str()),
                None => tr!("duplicate-key-unnamed"),
            },
            tr!("hint-duplicate-key"),
        ),
        _ if text.contains("tab") => (tr!("tab-indent"), tr!("hint-tab-indent")),
        serde_saphyr::Error::Eof { .. } if is_blank(source) => return no_report(),
        serde_saphyr::Error::Budget { breach, .. } => {
            use serde_saphyr::budget::BudgetBreach as B;
            let message = match breach {
                B::Nodes { .. } | B::Aliases { .. } | B::Anchors { .. } => tr!("budget-size"),
                B::Depth { .. } => tr!("budget-depth"),
                _ => tr!("budget-other", breach = format!("{breach:?}")),
            };
            (message, tr!("hint-budget"))
        }
        serde_saphyr::Error::MultipleDocuments { .. } => {
            (tr!("multiple-documents"), tr!("hint-multiple-documents"))
        }
        _ => (tr!("yaml-syntax", detail = text), tr!("hint-yaml-syntax")),
    };
    Diagnostic::new(id::YAML_SYNTAX, span, message).hint(hint)
}

/// The error itself, out of the wrappers that say where an alias was used.
fn original(mut error: &serde_saphyr::Error) -> &serde_saphyr::Error {
    while let serde_saphyr::Error::AliasError { error: inner, .. }
    | serde_saphyr::Error::WithSnippet { error: inner, .. } = error
    {
        error = inner;
    }
    error
}

fn no_report() -> Diagnostic {
    Diagnostic::new(
        id::YAML_SYNTAX,
        Span {
            line: 1,
            col: 1,
            offset: 0,
            len: 0,
        },
        tr!("no-report"),
    )
    .hint(tr!("hint-no-report"))
}

/// The first line at or after `from` whose indentation holds a tab.
fn tab_indented_line(source: &str, from: usize) -> Option<Span> {
    let mut offset = 0;
    for (index, line) in source.split_inclusive('\n').enumerate() {
        let indent = &line[..line.len() - line.trim_start().len()];
        if index + 1 >= from
            && let Some(tab) = indent.find('\t')
        {
            return Some(Span::at(source, offset + tab, 1));
        }
        offset += line.len();
    }
    None
}

fn is_blank(source: &str) -> bool {
    source
        .lines()
        .all(|line| line.trim().is_empty() || line.trim_start().starts_with('#'))
}

/// serde-saphyr ends its messages with the location, which the printers show anyway.
fn strip_location(message: &str) -> String {
    let message = message.lines().next().unwrap_or_default();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

fn span(location: &Location) -> Span {
    let line = usize::try_from(location.line()).unwrap_or(usize::MAX);
    let col = usize::try_from(location.column()).unwrap_or(usize::MAX);
    let region = location.span();
    let to_usize = |n: Option<u64>| n.and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
    Span {
        line,
        col,
        offset: to_usize(region.byte_offset()),
        len: to_usize(region.byte_len()),
    }
}

/// Each node is read with its span (serde-saphyr's `Spanned`), its children as nodes in
/// turn: the tree is built once, as it is read.
impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<Tree>::deserialize(deserializer)?;
        Ok(Node {
            span: span(&spanned.referenced),
            value: spanned.value.0,
        })
    }
}

/// Any YAML value, as serde-saphyr hands it over inside its `Spanned`.
struct Tree(Value);

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TreeVisitor).map(Tree)
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Tree::deserialize(d).map(|t| t.0)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        // Beyond i64 a count is no longer an integer anyone meant; keep its magnitude.
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Value::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn error(source: &str) -> (String, usize, usize) {
        let d = parse(source).unwrap_err();
        (d.message, d.span.line, d.span.col)
    }

    #[test]
    fn values_keep_their_line_and_column() {
        let root = parse("year: 2024\nparts:\n  - heading: 一\n").unwrap();
        let Value::Map(entries) = root.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].1.value, Value::Int(2024));
        assert_eq!((entries[0].1.span.line, entries[0].1.span.col), (1, 7));
        let Value::Seq(parts) = &entries[1].1.value else {
            panic!("not a seq")
        };
        let Value::Map(part) = &parts[0].value else {
            panic!("not a map")
        };
        assert_eq!(part[0].1.value, Value::Str("一".into()));
        assert_eq!((part[0].1.span.line, part[0].1.span.col), (3, 14));
    }

    #[test]
    fn syntax_errors_point_at_the_place_and_drop_serde_saphyrs_suffix() {
        let (message, line, col) = error("year: 2024\n  bad: [\n");
        assert_eq!((line, col), (2, 6));
        assert!(!message.contains("at line"), "{message}");
    }

    #[test]
    fn duplicate_keys_are_refused() {
        let (message, line, _) = error("year: 2024\nyear: 2025\n");
        assert_eq!(line, 2);
        assert_eq!(message, "the key `year` appears twice in this mapping");
    }

    #[test]
    fn a_tab_in_the_indentation_is_reported_on_its_own_line() {
        let (message, line, col) =
            error("year: 2024\nparts:\n  - role: measures\n\theading: 举措\n");
        assert_eq!(message, "a tab in the indentation");
        assert_eq!((line, col), (4, 1));
    }

    #[test]
    fn empty_files_and_several_documents_get_messages_of_their_own() {
        assert_eq!(error("").0, "the file holds no report");
        assert_eq!(error("# only a comment\n").0, "the file holds no report");
        assert_eq!(
            error("year: 2024\n---\nyear: 2025\n").0,
            "the file holds more than one YAML document"
        );
    }

    #[test]
    fn unknown_tags_are_refused_rather_than_dropped() {
        assert_eq!(error("heading: !foo 推进\n").1, 1);
    }

    #[test]
    fn yes_and_no_stay_text() {
        let root = parse("a: yes\n").unwrap();
        let Value::Map(entries) = root.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].1.value, Value::Str("yes".into()));
    }
}
