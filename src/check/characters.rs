//! Characters a reader cannot see: control characters, bidirectional overrides (which can
//! make a sentence display in another order than it is stored, or hide words) and zero-width
//! characters that come in with text pasted from web pages. Each text is reported once, at
//! its first such character.

use crate::check::{Context, span_in};
use crate::report::model::{Report, Spanned};
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

pub fn check(report: &Report, context: &Context, found: &mut Vec<Diagnostic>) {
    let mut texts: Vec<&Spanned<String>> = [&report.title, &report.authority, &report.preamble]
        .into_iter()
        .flatten()
        .collect();
    for division in report.divisions() {
        texts.push(&division.heading);
        texts.extend(division.body.iter());
        for point in &division.points {
            texts.extend(point.lead.iter().chain(point.body.iter()));
        }
    }
    for text in texts {
        if let Some((at, c)) = text.value.char_indices().find(|(_, c)| name(*c).is_some()) {
            found.push(
                Diagnostic::new(
                    id::INVISIBLE_CHAR,
                    span_in(context, text, at, c.len_utf8()),
                    tr!(
                        "invisible-char",
                        code = format!("U+{:04X}", u32::from(c)),
                        name = name(c).unwrap_or_default()
                    ),
                )
                .hint(tr!("hint-invisible-char")),
            );
        }
    }
}

/// The name of a character a reader cannot see, or None for any other.
fn name(c: char) -> Option<&'static str> {
    Some(match c {
        '\t' | '\n' => return None,
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        c if c.is_control() => "(a control character)",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::check::tests::after;
    use crate::rules::id;

    #[test]
    fn invisible_characters_are_reported_where_they_stand() {
        assert_eq!(
            after("body: 继续推进。", "body: \"继续\\u202E推进。\""),
            [(id::INVISIBLE_CHAR, 22)]
        );
        assert_eq!(
            after("heading: 坚持党的领导", "heading: 坚持党的\u{200B}领导"),
            [(id::INVISIBLE_CHAR, 10)]
        );
        assert_eq!(
            after("body: 继续推进。", "body: \"继续\\u0007推进。\""),
            [(id::INVISIBLE_CHAR, 22)]
        );
        // A full-width space is visible layout, and allowed.
        assert_eq!(after("body: 继续推进。", "body: 继续　推进。"), []);
    }
}
