//! The generic half of loading: a mapping's keys checked against what the format allows
//! there ([`format`](super::format)), text, lists, and the messages for what does not fit.
//! `mod.rs` reads each mapping of the format.

use crate::i18n::Text;
use crate::load::yaml::{Node, Value};
use crate::report::model::{Span, Spanned};
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

use super::Loader;
use super::format::{Mapping, Shape};

/// The keys of one mapping, checked against what the format allows there.
pub(super) struct Fields<'a> {
    /// Each known key's name, the span of the key, and its value.
    pub(super) entries: Vec<(&'a str, Span, &'a Node)>,
    pub(super) span: Span,
    /// What the format says of this mapping.
    pub(super) mapping: &'static Mapping,
}

impl<'a> Fields<'a> {
    pub(super) fn get(&self, key: &str) -> Option<&'a Node> {
        self.entry(key).map(|(_, node)| node)
    }

    pub(super) fn entry(&self, key: &str) -> Option<(Span, &'a Node)> {
        self.entries
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, span, node)| (*span, *node))
    }
}

impl Loader<'_> {
    /// A mapping's entries, with unknown keys and missing required ones reported. `None` if
    /// the node is not a mapping.
    pub(super) fn fields<'a>(
        &mut self,
        node: &'a Node,
        mapping: &'static Mapping,
        what: &str,
        shape: Text,
    ) -> Option<Fields<'a>> {
        let Value::Map(entries) = &node.value else {
            self.push(
                Diagnostic::new(
                    id::TYPE_MISMATCH,
                    node.span,
                    tr!("not-a-mapping", place = what, found = kind(&node.value)),
                )
                .hint(shape),
            );
            return None;
        };
        let mut known = Vec::new();
        for (key, value) in entries {
            let Value::Str(name) = &key.value else {
                self.push(
                    Diagnostic::new(
                        id::TYPE_MISMATCH,
                        key.span,
                        tr!("key-not-a-name", place = what, found = kind(&key.value)),
                    )
                    .hint(tr!(
                        "keys-here",
                        keys = crate::i18n::code_list(&mapping.names())
                    )),
                );
                continue;
            };
            if mapping.key(name).is_some() {
                known.push((name.as_str(), key.span, value));
                continue;
            }
            let allowed = mapping.names();
            let hint = match did_you_mean(name, &allowed) {
                Some(near) => tr!("did-you-mean", name = near),
                None => tr!("keys-here", keys = crate::i18n::code_list(&allowed)),
            };
            self.push(
                Diagnostic::new(
                    id::UNKNOWN_KEY,
                    key.span,
                    tr!("unknown-key", key = name.as_str(), place = what),
                )
                .hint(hint),
            );
        }
        let fields = Fields {
            entries: known,
            span: node.span,
            mapping,
        };
        self.missing_keys(&fields);
        Some(fields)
    }

    /// A text value. An explicit null (`key:` with nothing after it) reads as empty text, so the
    /// empty-* checks report it; an empty value is placed at its key, where the eye looks.
    /// `None` when it is not given (reported with the mapping's keys if it is required).
    pub(super) fn text(&mut self, fields: &Fields, key: &str) -> Option<Spanned<String>> {
        let (key_span, node) = fields.entry(key)?;
        match &node.value {
            Value::Str(text) if !text.trim().is_empty() => {
                self.comment_after(node, key);
                Some(Spanned::new(text.clone(), node.span))
            }
            Value::Str(text) => Some(Spanned::new(text.clone(), key_span)),
            Value::Null => Some(Spanned::new(String::new(), key_span)),
            other => {
                let hint = match other {
                    Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                        tr!("hint-quote-value", key = key)
                    }
                    _ if fields.mapping.key(key).map(|k| k.shape) == Some(Shape::Markdown) => {
                        tr!("hint-text-block", key = key)
                    }
                    _ => tr!("hint-one-line-text", key = key),
                };
                self.wrong_type(node, key, "text", other, hint);
                None
            }
        }
    }

    /// Text that must fit on one line: a heading or a lead.
    pub(super) fn one_line(&mut self, fields: &Fields, key: &str) -> Option<Spanned<String>> {
        let text = self.text(fields, key)?;
        if text.value.contains('\n') {
            self.push(
                Diagnostic::new(id::INVALID_VALUE, text.span, tr!("not-one-line", key = key))
                    .hint(tr!("hint-not-one-line", key = key)),
            );
            return None;
        }
        Some(text)
    }

    /// A list's items; a list not given, or given empty (`points:`), is empty (and reported
    /// with the mapping's keys if it is required).
    pub(super) fn list<'a>(&mut self, fields: &Fields<'a>, key: &str) -> &'a [Node] {
        match fields.get(key).map(|node| (node, &node.value)) {
            Some((_, Value::Seq(items))) => items,
            Some((_, Value::Null)) | None => &[],
            Some((node, other)) => {
                self.wrong_type(
                    node,
                    key,
                    "list",
                    other,
                    tr!("hint-list-entries", key = key),
                );
                &[]
            }
        }
    }

    /// YAML ends unquoted text at ` #`: `heading: 推进 #数字政府 建设` is the heading 推进.
    /// What an author meant as text would be lost without a word, so say so.
    pub(super) fn comment_after(&mut self, node: &Node, key: &str) {
        let start = node.span.offset;
        let quoted_or_block = self
            .source
            .get(start..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|c| "\"'|>".contains(c));
        if quoted_or_block {
            return;
        }
        let end = start + node.span.len;
        let Some(rest) = self.source.get(end..) else {
            return;
        };
        let line_rest = rest.split('\n').next().unwrap_or_default();
        let Some(hash) = line_rest.find('#') else {
            return;
        };
        if !line_rest[..hash].trim().is_empty() {
            return;
        }
        let lost = line_rest[hash..].trim_end();
        let span = self.lines.span(end + hash, lost.len());
        self.push(
            Diagnostic::new(
                id::COMMENT_IN_TEXT,
                span,
                tr!("comment-in-text", comment = lost, key = key),
            )
            .hint(tr!("hint-comment-in-text", key = key)),
        );
    }

    /// `what` is the place, as the message says it (`tr!("place-…")`).
    pub(super) fn missing(&mut self, span: Span, key: &str, what: &str, hint: Text) {
        self.push(
            Diagnostic::new(
                id::MISSING_KEY,
                span,
                tr!("missing-key", place = what, key = key),
            )
            .hint(hint),
        );
    }

    /// `expected` is a kind of value, as `Value::kind` names them (`text`, `list`, `number`,
    /// `whole-number`).
    pub(super) fn wrong_type(
        &mut self,
        node: &Node,
        key: &str,
        expected: &str,
        found: &Value,
        hint: Text,
    ) {
        self.push(
            Diagnostic::new(
                id::TYPE_MISMATCH,
                node.span,
                tr!(
                    "wrong-type",
                    key = key,
                    expected = tr!("expected-kind", kind = expected).text,
                    found = kind(found)
                ),
            )
            .hint(hint),
        );
    }

    pub(super) fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }
}
/// What kind of value this is, as a message says it ("a list", “列表”).
fn kind(value: &Value) -> String {
    tr!("value-kind", kind = value.kind()).text
}

/// The closest known name to a misspelt one, if it is close enough to be a typo.
pub fn did_you_mean<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(name, k), *k))
        .filter(|(distance, k)| *distance <= (k.chars().count() / 3).max(1))
        .min()
        .map(|(_, k)| k)
}
