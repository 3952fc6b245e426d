//! The generic half of loading: a mapping's keys checked against what the format allows,
//! text, lists, and the messages for what does not fit. `mod.rs` holds the format itself.

use crate::diagnostic::Diagnostic;
use crate::model::{Span, Spanned};
use crate::rules::id;
use crate::yaml::{Node, Value};

use super::Loader;

/// The keys of one mapping, checked against what the format allows there.
pub(super) struct Fields<'a> {
    /// Each known key's name, the span of the key, and its value.
    pub(super) entries: Vec<(&'a str, Span, &'a Node)>,
    pub(super) span: Span,
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
    /// A mapping's entries, with unknown keys reported. `None` if the node is not a mapping.
    pub(super) fn fields<'a>(
        &mut self,
        node: &'a Node,
        allowed: &[&str],
        what: &str,
        shape: &str,
    ) -> Option<Fields<'a>> {
        let Value::Map(entries) = &node.value else {
            self.push(
                Diagnostic::new(
                    id::TYPE_MISMATCH,
                    node.span,
                    format!(
                        "{what} must be a mapping, but this is {}",
                        node.value.kind()
                    ),
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
                        format!("a key in {what} is {}, not a name", key.value.kind()),
                    )
                    .hint(format!("the keys here are: {}", allowed.join(", "))),
                );
                continue;
            };
            if allowed.contains(&name.as_str()) {
                known.push((name.as_str(), key.span, value));
                continue;
            }
            let hint = match did_you_mean(name, allowed) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("the keys here are: {}", allowed.join(", ")),
            };
            self.push(
                Diagnostic::new(
                    id::UNKNOWN_KEY,
                    key.span,
                    format!("unknown key `{name}` in {what}"),
                )
                .hint(hint),
            );
        }
        Some(Fields {
            entries: known,
            span: node.span,
        })
    }

    /// A text value. An explicit null (`key:` with nothing after it) reads as empty text, so the
    /// empty-* checks report it; an empty value is placed at its key, where the eye looks.
    pub(super) fn text(
        &mut self,
        fields: &Fields,
        key: &str,
        required: bool,
    ) -> Option<Spanned<String>> {
        let Some((key_span, node)) = fields.entry(key) else {
            if required {
                self.missing(fields.span, key, "this mapping", &format!("add `{key}:`"));
            }
            return None;
        };
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
                        format!("put the value in quotes: `{key}: \"…\"`")
                    }
                    _ if matches!(key, "body" | "preamble") => format!(
                        "`{key}` takes text; for several paragraphs use a `|-` block with blank lines between them"
                    ),
                    _ => format!("`{key}` is one line of text: `{key}: …`"),
                };
                self.wrong_type(node, key, "text", other, &hint);
                None
            }
        }
    }

    /// Text that must fit on one line: a heading or a lead.
    pub(super) fn one_line(&mut self, fields: &Fields, key: &str) -> Option<Spanned<String>> {
        let text = self.text(fields, key, false)?;
        if text.value.contains('\n') {
            self.push(
                Diagnostic::new(
                    id::INVALID_VALUE,
                    text.span,
                    format!("`{key}` runs over more than one line"),
                )
                .hint(format!("a {key} is one line; move the rest into `body:`")),
            );
            return None;
        }
        Some(text)
    }

    /// A list's items; a missing optional list is empty.
    pub(super) fn list<'a>(
        &mut self,
        fields: &Fields<'a>,
        key: &str,
        required: bool,
    ) -> &'a [Node] {
        match fields.get(key).map(|node| (node, &node.value)) {
            Some((_, Value::Seq(items))) => items,
            Some((_, Value::Null)) | None => {
                if required {
                    self.missing(
                        fields.span,
                        key,
                        "the report",
                        &format!("add `{key}:` with a list of its entries"),
                    );
                }
                &[]
            }
            Some((node, other)) => {
                self.wrong_type(
                    node,
                    key,
                    "a list",
                    other,
                    &format!("write each entry of `{key}` on its own line starting with `- `"),
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
        let span = Span::at(self.source, end + hash, lost.len());
        self.push(
            Diagnostic::new(id::COMMENT_IN_TEXT, span, format!("`{lost}` is a YAML comment, not part of `{key}`"))
                .hint(format!("if it belongs to the text, put the whole value in quotes: `{key}: \"…\"`; if it is a note, ignore this")),
        );
    }

    pub(super) fn missing(&mut self, span: Span, key: &str, what: &str, hint: &str) {
        self.push(
            Diagnostic::new(id::MISSING_KEY, span, format!("{what} has no `{key}`")).hint(hint),
        );
    }

    pub(super) fn wrong_type(
        &mut self,
        node: &Node,
        key: &str,
        expected: &str,
        found: &Value,
        hint: &str,
    ) {
        self.push(
            Diagnostic::new(
                id::TYPE_MISMATCH,
                node.span,
                format!("`{key}` must be {expected}, but this is {}", found.kind()),
            )
            .hint(hint),
        );
    }

    pub(super) fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }
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
