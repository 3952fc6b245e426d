//! Stage 1, load: the text of `reports/<year>.yaml` → [`Report`], or diagnostics.
//!
//! YAML is parsed into a spanned tree ([`yaml`], the crate's one caller of serde-saphyr, which
//! also writes drafts back as YAML), then walked here against the format (FORMAT.md; its
//! mappings and keys are data in [`format`](mod@format), which [`schema`] also writes as a
//! JSON Schema for editors), collecting every unknown key, wrong type and missing key rather
//! than stopping at the first. What can be read is still returned, so `check` can report on
//! the rest. Beside it:
//! [`project`] finds the project folder (as cargo finds Cargo.toml) and reads its files,
//! size-limited; [`config`] reads `lawrpt.toml`.
//!
//! [`load`] itself does no I/O (the caller gives the text); only `project` reads files, and
//! nothing here writes or prints.

pub mod config;
mod fields;
pub mod format;
pub mod project;
pub mod schema;
pub mod yaml;

use crate::report::model::{
    Date, Division, Indicator, Level, LineIndex, Part, Point, Report, Role, Spanned,
};
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;
use yaml::{Node, Value};

use fields::Fields;
pub use fields::did_you_mean;
use format::Shape;

/// What loading found: the report as far as it could be read, and the problems.
#[derive(Debug)]
pub struct Loaded {
    /// `None` when the file does not parse or is not a mapping with a `year`.
    pub report: Option<Report>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads one report from its YAML text.
pub fn load(source: &str) -> Loaded {
    let root = match yaml::parse(source) {
        Ok(root) => root,
        Err(diagnostic) => {
            return Loaded {
                report: None,
                diagnostics: vec![diagnostic],
            };
        }
    };
    let mut loader = Loader {
        source,
        diagnostics: Vec::new(),
        lines: LineIndex::new(source),
    };
    let report = loader.report(&root);
    Loaded {
        report,
        diagnostics: loader.diagnostics,
    }
}

struct Loader<'s> {
    source: &'s str,
    diagnostics: Vec<Diagnostic>,
    /// Where the source's lines start, for the diagnostics placed by offset.
    lines: LineIndex<'s>,
}

impl Loader<'_> {
    fn report(&mut self, root: &Node) -> Option<Report> {
        let fields = self.fields(
            root,
            &format::REPORT,
            &tr!("place-the-report").text,
            tr!("shape-report"),
        )?;
        let year = self.year(&fields);
        let authority = self.text(&fields, "authority");
        let title = self.text(&fields, "title");
        let issued = self.issued(&fields);
        let preamble = self.text(&fields, "preamble");
        let parts_span = fields.entry("parts").map_or(fields.span, |(key, _)| key);
        let parts = self
            .list(&fields, "parts")
            .iter()
            .filter_map(|node| self.part(node))
            .collect();
        let indicators = self
            .list(&fields, "indicators")
            .iter()
            .filter_map(|node| self.indicator(node))
            .collect();
        Some(Report {
            year: year?,
            authority,
            title,
            issued,
            preamble,
            parts,
            parts_span,
            indicators,
        })
    }

    fn year(&mut self, fields: &Fields) -> Option<Spanned<i64>> {
        // Missing, it was reported with the mapping's keys.
        let node = fields.get("year")?;
        match &node.value {
            Value::Int(year) if format::YEARS.contains(year) => {
                Some(Spanned::new(*year, node.span))
            }
            Value::Int(year) => {
                self.push(
                    Diagnostic::new(
                        id::INVALID_VALUE,
                        node.span,
                        tr!("year-not-a-year", year = *year),
                    )
                    .hint(tr!("hint-year-digits")),
                );
                None
            }
            Value::Str(text) => {
                let hint = if text.trim().bytes().all(|b| b.is_ascii_digit()) {
                    tr!("hint-year-unquoted")
                } else {
                    tr!("hint-year-arabic")
                };
                self.push(
                    Diagnostic::new(
                        id::TYPE_MISMATCH,
                        node.span,
                        tr!("year-is-text", text = text.as_str()),
                    )
                    .hint(hint),
                );
                None
            }
            other => {
                let expected = match other {
                    Value::Float(_) => "whole-number",
                    _ => "number",
                };
                self.wrong_type(node, "year", expected, other, tr!("hint-year-four-digits"));
                None
            }
        }
    }

    fn issued(&mut self, fields: &Fields) -> Option<Spanned<Date>> {
        let text = self.text(fields, "issued")?;
        match Date::parse_iso(&text.value) {
            Some(date) => Some(Spanned::new(date, text.span)),
            None => {
                self.push(
                    Diagnostic::new(
                        id::INVALID_VALUE,
                        text.span,
                        tr!("issued-not-a-date", text = text.value.as_str()),
                    )
                    .hint(tr!("hint-issued-date")),
                );
                None
            }
        }
    }

    fn part(&mut self, node: &Node) -> Option<Part> {
        let fields = self.fields(
            node,
            &format::PART,
            &tr!("place-a", level = Level::Part.noun()).text,
            tr!("shape-part"),
        )?;
        let role = self.role(&fields);
        let division = self.division_fields(&fields, Level::Part);
        Some(Part {
            role: role?,
            division,
        })
    }

    fn role(&mut self, fields: &Fields) -> Option<Spanned<Role>> {
        let text = self.text(fields, "role")?;
        if let Some(role) = Role::from_key(&text.value) {
            return Some(Spanned::new(role, text.span));
        }
        let roles = crate::i18n::code_list(&Role::ALL.map(Role::key));
        let keys = Role::ALL.map(Role::key);
        let hint = match did_you_mean(&text.value, &keys) {
            Some(near) => tr!("hint-role-near", name = near, roles = roles.as_str()),
            None => tr!("hint-roles", roles = roles.as_str()),
        };
        self.push(
            Diagnostic::new(
                id::INVALID_VALUE,
                text.span,
                tr!("unknown-role", role = text.value.as_str()),
            )
            .hint(hint),
        );
        None
    }

    fn division(&mut self, node: &Node, level: Level) -> Option<Division> {
        let child_key = level.child().map(Level::list_key).unwrap_or("");
        let children = if child_key.is_empty() {
            "none"
        } else {
            child_key
        };
        let shape = tr!("shape-division", level = level.noun(), children = children);
        let fields = self.fields(
            node,
            format::division(level),
            &tr!("place-a", level = level.noun()).text,
            shape,
        )?;
        Some(self.division_fields(&fields, level))
    }

    fn division_fields(&mut self, fields: &Fields, level: Level) -> Division {
        let heading = self.one_line(fields, "heading");
        // A heading that could not be read still leaves a division, so its part's role counts
        // and its content is checked. The stand-in is empty and placed where the load problem
        // was reported, where the pipeline drops the checks' echo of it (`empty-heading`).
        let heading = heading.unwrap_or_else(|| {
            let span = fields.get("heading").map_or(fields.span, |node| node.span);
            Spanned::new(String::new(), span)
        });
        let body = self.text(fields, "body");
        let points = self.points(fields);
        let children = match level.child() {
            Some(child) => self
                .list(fields, child.list_key())
                .iter()
                .filter_map(|node| self.division(node, child))
                .collect(),
            None => Vec::new(),
        };
        Division {
            level,
            heading,
            body,
            points,
            children,
            span: fields.span,
        }
    }

    fn points(&mut self, fields: &Fields) -> Vec<Point> {
        self.list(fields, "points")
            .iter()
            .filter_map(|node| self.point(node))
            .collect()
    }

    fn point(&mut self, node: &Node) -> Option<Point> {
        // A plain string is a point with a body and no lead.
        if let Value::Str(text) = &node.value {
            self.comment_after(node, "points");
            return Some(Point {
                lead: None,
                body: Some(Spanned::new(text.clone(), node.span)),
                span: node.span,
            });
        }
        let fields = self.fields(
            node,
            &format::POINT,
            &tr!("place-a", level = "point").text,
            tr!("shape-point"),
        )?;
        Some(Point {
            lead: self.one_line(&fields, "lead"),
            body: self.text(&fields, "body"),
            span: fields.span,
        })
    }

    fn indicator(&mut self, node: &Node) -> Option<Indicator> {
        let fields = self.fields(
            node,
            &format::INDICATOR,
            &tr!("place-a", level = "indicator").text,
            tr!("shape-indicator"),
        )?;
        let id = self.text(&fields, "id");
        let label = self.text(&fields, "label");
        let unit = self.text(&fields, "unit");
        let value = fields.get("value").and_then(|node| match node.value {
            Value::Int(n) => Some(Spanned::new(n as f64, node.span)),
            Value::Float(f) if f.is_finite() => Some(Spanned::new(f, node.span)),
            ref other => {
                self.wrong_type(node, "value", "number", other, tr!("hint-value-number"));
                None
            }
        });
        Some(Indicator {
            id: id?,
            label: label?,
            value: value?,
            unit,
        })
    }

    /// Each required key the mapping lacks, with the hint that says what to write there. A
    /// required list given empty (`parts:`) counts as lacking; other empty values are read
    /// as empty, and the checks report them.
    fn missing_keys(&mut self, fields: &Fields) {
        let mapping = fields.mapping;
        let noun = mapping.level.map_or(mapping.name, Level::noun);
        for key in mapping.keys.iter().filter(|key| key.required) {
            let given = fields.get(key.name).is_some_and(|node| {
                !(matches!(key.shape, Shape::List(_)) && node.value == Value::Null)
            });
            if given {
                continue;
            }
            let (place, hint) = match key.shape {
                Shape::Year => (tr!("place-the-report"), tr!("hint-add-year")),
                Shape::List(_) => (
                    tr!("place-the-report"),
                    tr!("hint-add-list", key = key.name),
                ),
                Shape::Role => {
                    let roles = crate::i18n::code_list(&Role::ALL.map(Role::key));
                    (
                        tr!("place-this", level = noun),
                        tr!("hint-add-role", roles = roles.as_str()),
                    )
                }
                Shape::Line => (tr!("place-this", level = noun), tr!("hint-add-heading")),
                Shape::Number => (tr!("place-this", level = noun), tr!("hint-add-value")),
                Shape::Text | Shape::Markdown | Shape::Date => {
                    (tr!("place-this-mapping"), tr!("add-key", key = key.name))
                }
            };
            self.missing(fields.span, key.name, &place.text, hint);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn problems(source: &str) -> Vec<(&'static str, usize, usize, String)> {
        load(source)
            .diagnostics
            .into_iter()
            .map(|d| (d.rule, d.span.line, d.span.col, d.hint.unwrap_or_default()))
            .collect()
    }

    const MINIMAL: &str =
        "year: 2024\nparts:\n  - role: measures\n    heading: 举措\n    body: 正文\n";

    #[test]
    fn a_minimal_report_loads_without_problems() {
        let loaded = load(MINIMAL);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        let report = loaded.report.unwrap();
        assert_eq!(report.year.value, 2024);
        assert_eq!(report.parts[0].role.value, Role::Measures);
        assert_eq!(report.parts[0].division.heading.value, "举措");
        assert_eq!(
            report.parts[0].division.body.as_ref().unwrap().value,
            "正文"
        );
    }

    #[test]
    fn every_unknown_key_is_reported_with_did_you_mean() {
        let found = problems(
            "year: 2024\ntitel: x\nparts:\n  - role: measures\n    heading: 举措\n    bdy: 正文\n    colour: red\n",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].0, id::UNKNOWN_KEY);
        assert_eq!((found[0].1, found[0].2), (2, 1));
        assert_eq!(found[0].3, "did you mean `title`?");
        assert_eq!(
            (found[1].1, found[1].3.as_str()),
            (6, "did you mean `body`?")
        );
        assert!(
            found[2].3.starts_with("the keys here are:"),
            "{:?}",
            found[2]
        );
    }

    #[test]
    fn wrong_types_are_reported_at_every_level() {
        let found = problems(
            "year: 2024\nauthority: [a]\nparts:\n  - role: measures\n    heading: 12\n    sections: x\n  - 5\n",
        );
        let rules: Vec<_> = found.iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(
            rules,
            [
                (id::TYPE_MISMATCH, 2),
                (id::TYPE_MISMATCH, 5),
                (id::TYPE_MISMATCH, 6),
                (id::TYPE_MISMATCH, 7)
            ]
        );
    }

    #[test]
    fn a_quoted_year_is_refused_with_a_hint_to_unquote_it() {
        let found = problems("year: \"2024\"\nparts: []\n");
        assert_eq!(found[0].0, id::TYPE_MISMATCH);
        assert!(found[0].3.contains("unquoted"));
    }

    #[test]
    fn year_messages_say_what_kind_of_value_they_found() {
        let found = problems("year: 2024.0\nparts: []\n");
        assert_eq!(found[0].0, id::TYPE_MISMATCH);
        let message = load("year: 2024.0\nparts: []\n").diagnostics[0]
            .message
            .clone();
        assert!(message.contains("a whole number"), "{message}");
        let found = problems("year: 二〇二四\nparts: []\n");
        assert!(found[0].3.contains("Arabic digits"), "{}", found[0].3);
    }

    #[test]
    fn years_outside_one_to_9999_are_refused() {
        for year in ["0", "-1", "99999"] {
            let found = problems(&format!("year: {year}\nparts: []\n"));
            assert_eq!(found[0].0, id::INVALID_VALUE, "{year}");
        }
    }

    #[test]
    fn missing_keys_are_reported() {
        let found = problems("parts:\n  - heading: 举措\n    body: x\n");
        let rules: Vec<_> = found.iter().map(|f| f.0).collect();
        assert_eq!(rules, [id::MISSING_KEY, id::MISSING_KEY]);
    }

    #[test]
    fn an_unknown_role_suggests_the_nearest() {
        let found =
            problems("year: 2024\nparts:\n  - role: measure\n    heading: x\n    body: y\n");
        assert_eq!(found[0].0, id::INVALID_VALUE);
        assert!(
            found[0].3.starts_with("did you mean `measures`?"),
            "{}",
            found[0].3
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        let found = problems("year: 2024\nissued: 2025-02-30\nparts: []\n");
        assert_eq!((found[0].0, found[0].1), (id::INVALID_VALUE, 2));
    }

    #[test]
    fn a_multi_line_heading_is_refused() {
        let found = problems(
            "year: 2024\nparts:\n  - role: measures\n    heading: |-\n      一\n      二\n    body: x\n",
        );
        assert_eq!(found[0].0, id::INVALID_VALUE);
    }

    #[test]
    fn points_may_be_plain_text_or_lead_and_body() {
        let report = load("year: 2024\nparts:\n  - role: measures\n    heading: 举措\n    points:\n      - 只有正文\n      - lead: 引领句。\n        body: 正文\n").report.unwrap();
        let points = &report.parts[0].division.points;
        assert_eq!(points[0].lead, None);
        assert_eq!(points[0].body.as_ref().unwrap().value, "只有正文");
        assert_eq!(points[1].lead.as_ref().unwrap().value, "引领句。");
    }

    #[test]
    fn the_four_levels_nest_and_no_deeper() {
        let source = "year: 2024\nparts:\n  - role: measures\n    heading: 部\n    sections:\n      - heading: 节\n        items:\n          - heading: 项\n            subitems:\n              - heading: 子项\n                body: x\n                subitems: []\n";
        let loaded = load(source);
        assert_eq!(loaded.diagnostics.len(), 1);
        assert_eq!(loaded.diagnostics[0].rule, id::UNKNOWN_KEY);
        assert_eq!(loaded.diagnostics[0].span.line, 12);
        let report = loaded.report.unwrap();
        let subitem = &report.parts[0].division.children[0].children[0].children[0];
        assert_eq!(
            (subitem.level, subitem.heading.value.as_str()),
            (Level::SubItem, "子项")
        );
    }

    #[test]
    fn text_cut_short_by_a_yaml_comment_is_a_warning() {
        let found = problems("year: 2024\nauthority: 某区 #人民政府\nparts: []\n");
        assert_eq!(
            (found[0].0, found[0].1, found[0].2),
            (id::COMMENT_IN_TEXT, 2, 15)
        );
        assert!(
            problems("year: 2024\nauthority: \"某区 #人民政府\"  # 注释\nparts: []\n").is_empty()
        );
        assert!(problems("year: 2024\nauthority: 某区人民政府\nparts: []\n").is_empty());
    }

    #[test]
    fn a_part_whose_heading_cannot_be_read_still_counts_with_its_role() {
        let loaded =
            load("year: 2024\nparts:\n  - role: measures\n    heading: [举措]\n    body: 正文\n");
        assert_eq!(loaded.diagnostics.len(), 1);
        assert!(
            loaded.diagnostics[0]
                .hint
                .as_deref()
                .unwrap()
                .contains("one line of text")
        );
        let report = loaded.report.unwrap();
        assert_eq!(report.parts[0].role.value, Role::Measures);
        assert_eq!(
            report.parts[0].division.heading.span,
            loaded.diagnostics[0].span
        );
    }

    #[test]
    fn did_you_mean_only_suggests_near_names() {
        assert_eq!(
            did_you_mean("heding", &["heading", "body"]),
            Some("heading")
        );
        assert_eq!(did_you_mean("bdoy", &["heading", "body"]), Some("body"));
        assert_eq!(did_you_mean("colour", &["heading", "body"]), None);
    }
}
