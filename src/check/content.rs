//! Content of every division: no empty headings, bodies, divisions or points, no numbering
//! typed where lawrpt generates it, and no placeholder `lawrpt new` left to be written.

use crate::check::{Context, span_in};
use crate::report::model::{Division, Point, Report, Spanned};
use crate::report::numbering;
use crate::report::skeleton::PLACEHOLDERS;
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

pub fn check(report: &Report, context: &Context, found: &mut Vec<Diagnostic>) {
    for (key, value) in [("title", &report.title), ("authority", &report.authority)] {
        if let Some(text) = value {
            empty_heading(text, key, found);
        }
    }
    if let Some(preamble) = &report.preamble {
        empty_body(preamble, "preamble", found);
        placeholder(preamble, "preamble", context, found);
    }
    for division in report.divisions() {
        check_division(division, context, found);
    }
}

fn check_division(division: &Division, context: &Context, found: &mut Vec<Diagnostic>) {
    let noun = division.level.noun();
    empty_heading(&division.heading, "heading", found);
    typed_numbering(
        &division.heading,
        &tr!("place-field-of", level = noun, key = "heading").text,
        context,
        found,
    );
    if let Some(body) = &division.body {
        empty_body(body, "body", found);
        placeholder(body, "body", context, found);
        // 一是 typed at the start of a body: points written as text, numbered by hand.
        if numbering::typed_prefix(&body.value).is_some_and(|p| p.ends_with('是')) {
            let place = tr!("place-field-of", level = noun, key = "body").text;
            typed_numbering(body, &place, context, found);
        }
    }
    // `（1）开展案卷评查2次。`: a numbered sentence is a whole paragraph, heading and text in one.
    let numbered_sentence = division
        .heading
        .value
        .trim_end()
        .ends_with(['。', '！', '？']);
    if !division.has_content() && !numbered_sentence {
        let children = division
            .level
            .child()
            .map_or("none", |child| child.list_key());
        found.push(
            Diagnostic::new(
                id::EMPTY_SECTION,
                division.heading.span,
                tr!("empty-section", level = noun),
            )
            .hint(tr!("hint-empty-section", level = noun, children = children)),
        );
    }
    for point in &division.points {
        check_point(point, context, found);
    }
}

fn check_point(point: &Point, context: &Context, found: &mut Vec<Diagnostic>) {
    let blank =
        |text: &Option<Spanned<String>>| text.as_ref().is_none_or(|t| t.value.trim().is_empty());
    if blank(&point.lead) && blank(&point.body) {
        found.push(
            Diagnostic::new(id::EMPTY_POINT, point.span, tr!("empty-point"))
                .hint(tr!("hint-empty-point")),
        );
        return;
    }
    if let Some(lead) = &point.lead {
        placeholder(lead, "lead", context, found);
        empty_heading(lead, "lead", found);
        let place = tr!("place-field-of", level = "point", key = "lead").text;
        typed_numbering(lead, &place, context, found);
    }
    if let Some(body) = &point.body {
        empty_body(body, "body", found);
        placeholder(body, "body", context, found);
        if point.lead.is_none() {
            let place = tr!("place-this", level = "point").text;
            typed_numbering(body, &place, context, found);
        }
    }
}

fn empty_heading(text: &Spanned<String>, key: &str, found: &mut Vec<Diagnostic>) {
    if text.value.trim().is_empty() {
        found.push(
            Diagnostic::new(id::EMPTY_HEADING, text.span, tr!("empty-text", key = key))
                .hint(tr!("hint-empty-heading", key = key)),
        );
    }
}

fn empty_body(text: &Spanned<String>, key: &str, found: &mut Vec<Diagnostic>) {
    if text.value.trim().is_empty() {
        found.push(
            Diagnostic::new(id::EMPTY_BODY, text.span, tr!("empty-text", key = key))
                .hint(tr!("hint-empty-body", key = key)),
        );
    }
}

/// Text `lawrpt new` left to be written: an unfinished draft must not be published.
fn placeholder(text: &Spanned<String>, key: &str, context: &Context, found: &mut Vec<Diagnostic>) {
    for mark in PLACEHOLDERS {
        if let Some(at) = text.value.find(mark) {
            found.push(
                Diagnostic::new(
                    id::PLACEHOLDER,
                    span_in(context, text, at, mark.len()),
                    tr!("placeholder", key = key, mark = mark),
                )
                .hint(tr!("hint-placeholder", mark = mark)),
            );
            return;
        }
    }
}

fn typed_numbering(
    text: &Spanned<String>,
    what: &str,
    context: &Context,
    found: &mut Vec<Diagnostic>,
) {
    if let Some(prefix) = numbering::typed_prefix(&text.value) {
        let span = span_in(context, text, 0, prefix.len());
        found.push(
            Diagnostic::new(
                id::TYPED_NUMBERING,
                span,
                tr!("typed-numbering", place = what, prefix = prefix),
            )
            .hint(tr!("hint-typed-numbering", prefix = prefix)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::tests::{GOOD, after, diagnostics};
    use crate::rules::id;

    #[test]
    fn empty_headings_titles_and_leads_are_errors() {
        assert_eq!(
            after("heading: 坚持党的领导", "heading: \"  \""),
            [(id::EMPTY_HEADING, 10)]
        );
        assert_eq!(
            after("authority: 某某区人民政府", "authority:"),
            [(id::EMPTY_HEADING, 2)]
        );
        assert_eq!(
            after("lead: 加强领导。", "lead: ''"),
            [(id::EMPTY_HEADING, 12)]
        );
    }

    #[test]
    fn empty_bodies_are_errors() {
        assert_eq!(
            after("body: 继续推进。", "body: \"\""),
            [(id::EMPTY_BODY, 22)]
        );
        assert_eq!(
            after(
                "preamble: |-\n  2024年，某某区坚持依法行政。现将2024年法治政府建设情况报告如下。",
                "preamble: |-\n"
            ),
            [(id::EMPTY_BODY, 4)]
        );
    }

    #[test]
    fn a_division_with_nothing_under_it_is_an_error() {
        assert_eq!(
            after("    body: 继续推进。\n", ""),
            [(id::EMPTY_SECTION, 21)]
        );
        assert_eq!(
            after(
                "        points:\n          - lead: 加强领导。\n            body: 正文。\n",
                ""
            ),
            [(id::EMPTY_SECTION, 10)]
        );
    }

    #[test]
    fn a_body_that_starts_with_yi_shi_is_typed_numbering() {
        assert_eq!(
            after("body: 继续推进。", "body: 一是继续推进。"),
            [(id::TYPED_NUMBERING, 22)]
        );
        assert_eq!(after("body: 继续推进。", "body: 统一是关键。"), []);
    }

    #[test]
    fn a_numbered_sentence_with_nothing_under_it_is_a_whole_paragraph() {
        let sentence = "      - heading: 开展行政执法案卷评查2次。\n";
        assert_eq!(
            after(
                "      - heading: 坚持党的领导\n        points:\n          - lead: 加强领导。\n            body: 正文。\n",
                sentence
            ),
            []
        );
    }

    #[test]
    fn a_point_without_words_is_an_error() {
        assert_eq!(
            after(
                "          - lead: 加强领导。\n            body: 正文。\n",
                "          - lead:\n"
            ),
            [(id::EMPTY_POINT, 12)]
        );
    }

    #[test]
    fn typed_numbering_in_a_quoted_heading_points_inside_the_quotes() {
        let source = GOOD.replacen(
            "heading: 坚持党的领导",
            "heading: \"（一）坚持党的领导\"",
            1,
        );
        let found = diagnostics(&source, Some(2024));
        assert_eq!((found[0].span.line, found[0].span.col), (10, 19));
    }

    #[test]
    fn typed_numbering_in_headings_leads_and_bare_points_is_a_warning() {
        assert_eq!(
            after("heading: 坚持党的领导", "heading: （一）坚持党的领导"),
            [(id::TYPED_NUMBERING, 10)]
        );
        assert_eq!(
            after("lead: 加强领导。", "lead: 一是加强领导。"),
            [(id::TYPED_NUMBERING, 12)]
        );
        assert_eq!(
            after(
                "          - lead: 加强领导。\n            body: 正文。\n",
                "          - 一是加强领导。\n"
            ),
            [(id::TYPED_NUMBERING, 12)]
        );
        assert_eq!(
            after(
                "heading: 2024年度推进法治政府建设的主要举措和成效",
                "heading: 一、2024年度推进法治政府建设的主要举措和成效"
            ),
            [(id::TYPED_NUMBERING, 8)]
        );
    }
}
