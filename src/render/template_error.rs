//! A tera error as a diagnostic in the template's file: at tera's line and column, and in the
//! run's language. tera words its errors in English; the ones a template author meets most
//! (an unknown variable, field, filter, test or function, a token where another was expected,
//! a missing template, mismatched tags) are read back into their parts and said again from the
//! catalogue, so English reads exactly as tera wrote it and Chinese reads as Chinese. Any other
//! error is quoted as tera wrote it.

use tera::ErrorKind;

use crate::i18n::{self, Lang, Text};
use crate::report::model::{LineIndex, Span};
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

/// A tera error as a diagnostic in `name` (whose text is `source`).
pub(super) fn diagnostic(error: &tera::Error, name: &str, source: &str) -> Diagnostic {
    let (message, span) = match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let range = report.span().range.clone();
            let span = Span::at(source, range.start, range.len());
            (report.message().to_string(), span)
        }
        // Some checks (an unknown filter, test or function) arrive as a message holding
        // tera's own report; its `--> file:line:col` line says where.
        other => {
            let text = other.to_string();
            match reported_place(&text) {
                Some((message, line, col)) => {
                    (message, LineIndex::new(source).span_at_line_col(line, col))
                }
                None => (text, Span::at(source, 0, 0)),
            }
        }
    };
    let mut diagnostic = Diagnostic::new(id::TEMPLATE, span, explain(&message, i18n::current()))
        .hint(tr!("hint-template"));
    diagnostic.file = name.into();
    diagnostic
}

/// The message and place of a report tera wrote into an error's text.
fn reported_place(text: &str) -> Option<(String, usize, usize)> {
    let message = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("error: "))?
        .to_string();
    let place = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("--> "))?;
    let mut fields = place.rsplitn(3, ':');
    let col = fields.next()?.trim().parse().ok()?;
    let line = fields.next()?.trim().parse().ok()?;
    Some((message, line, col))
}

/// tera's message said from the catalogue in `lang`, when it is one of the forms tera 2 words as
/// below; otherwise quoted whole.
fn explain(message: &str, lang: Lang) -> Text {
    if let Some((name, available)) = named_with_list(message, "Variable", "variables") {
        return undefined(lang, Undefined::Variable, name, available);
    }
    if let Some((name, available)) = named_with_list(message, "Field", "fields") {
        return undefined(lang, Undefined::Field, name, available);
    }
    if let Some(name) = between(message, "Variable `", "` exists but its value is undefined") {
        return tr!(in lang; "template-undefined-value", name = name);
    }
    for kind in ["filter", "test", "function"] {
        if let Some(name) = between(message, &format!("Unknown {kind} `"), "`") {
            return tr!(in lang; "template-unknown", kind = kind, name = name);
        }
    }
    if let Some((found, expected)) = message
        .strip_prefix("Found ")
        .and_then(|rest| rest.strip_suffix('.'))
        .and_then(|rest| rest.split_once(" but expected "))
    {
        let kind = match expected {
            "identifier" => "identifier",
            "attribute name" => "attribute",
            _ => "token",
        };
        return tr!(in lang; "template-found-expected",
            found = found,
            expected = expected,
            kind = kind
        );
    }
    // Each template is added after those before it (`OUTPUTS`, then the index), so an
    // include of itself or of a later one names a template tera does not have yet.
    if let Some(name) = between(message, "Unknown template `", "`") {
        return tr!(in lang; "template-unknown-include", name = name);
    }
    if message == "Maximum render recursion depth for components exceeded." {
        return tr!(in lang; "template-recursion");
    }
    if let Some(name) = between(message, "Template '", "' not found") {
        return tr!(in lang; "template-not-found", name = name);
    }
    if let Some((end, open)) = message
        .strip_prefix("Closing tag '")
        .and_then(|rest| rest.strip_suffix('\''))
        .and_then(|rest| rest.split_once("' doesn't match opening tag '"))
    {
        return tr!(in lang; "template-tag-mismatch", end = end, open = open);
    }
    if let Some(name) = between(
        message,
        "Block `",
        "` is not defined in any parent template",
    ) {
        return tr!(in lang; "template-block-undefined", name = name);
    }
    tr!(in lang; "template", detail = message)
}

/// The name in "`{what}` `name` is not defined." and the list after " Available {list}: ",
/// if any (empty when tera gave none).
fn named_with_list<'a>(message: &'a str, what: &str, list: &str) -> Option<(&'a str, &'a str)> {
    let rest = message.strip_prefix(what)?.strip_prefix(" `")?;
    let (name, rest) = rest.split_once("` is not defined.")?;
    if name.contains('`') {
        return None;
    }
    if rest.is_empty() {
        return Some((name, ""));
    }
    let available = rest.strip_prefix(&format!(" Available {list}: "))?;
    Some((name, available))
}

/// What stands between `before` and `after`, when they are the whole message.
fn between<'a>(message: &'a str, before: &str, after: &str) -> Option<&'a str> {
    let inner = message.strip_prefix(before)?.strip_suffix(after)?;
    (!inner.is_empty() && !inner.contains(['`', '\''])).then_some(inner)
}

/// What tera found undefined.
enum Undefined {
    Variable,
    Field,
}

/// An undefined variable or field, with the names tera listed ("a, b, c") written as the
/// language lists code: `a`、`b`、`c` in Chinese.
fn undefined(lang: Lang, what: Undefined, name: &str, available: &str) -> Text {
    let names: Vec<&str> = available.split(", ").filter(|n| !n.is_empty()).collect();
    let available = i18n::code_list_in(lang, &names);
    match what {
        Undefined::Variable => tr!(in lang; "template-undefined-variable",
            name = name,
            available = available,
            count = names.len()
        ),
        _ => tr!(in lang; "template-undefined-field",
            name = name,
            available = available,
            count = names.len()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every form tera 2 writes, said again in English exactly as tera wrote it.
    const TERA: [&str; 11] = [
        "Variable `titel` is not defined. Available variables: report, site",
        "Variable `titel` is not defined.",
        "Field `titel` is not defined. Available fields: authority, parts, title, year",
        "Field `titel` is not defined.",
        "Variable `report` exists but its value is undefined",
        "Unknown filter `md_inlin`",
        "Unknown function `now`",
        "Found `}` but expected %}.",
        "Template 'base.html' not found",
        "Closing tag 'endfor' doesn't match opening tag 'if'",
        "Block `content` is not defined in any parent template",
    ];

    #[test]
    fn english_says_what_tera_said_word_for_word() {
        for message in TERA.into_iter().chain(["Cannot divide by 0"]) {
            assert_eq!(explain(message, Lang::En).text, message);
        }
    }

    #[test]
    fn chinese_says_each_form_in_chinese_and_quotes_the_rest() {
        let said: Vec<String> = TERA
            .into_iter()
            .map(|m| explain(m, Lang::ZhHans).text)
            .collect();
        assert_eq!(
            said,
            [
                "模板中没有 `titel` 这个变量；可用的变量有：`report`、`site`",
                "模板中没有 `titel` 这个变量",
                "没有 `titel` 这个字段；可用的字段有：`authority`、`parts`、`title`、`year`",
                "没有 `titel` 这个字段",
                "变量 `report` 存在，但没有值",
                "没有名为 `md_inlin` 的过滤器",
                "没有名为 `now` 的函数",
                "这里写的是 `}`，应为 `%}`",
                "找不到模板 `base.html`",
                "结束标签 `endfor` 与开始标签 `if` 不对应",
                "上级模板中都没有 `content` 这个块",
            ]
        );
        for (message, said) in TERA.iter().zip(&said) {
            assert_ne!(said, message);
        }
    }

    #[test]
    fn a_form_with_a_stray_mark_is_quoted_not_misread() {
        let said = explain("Unknown filter `a` or `b`", Lang::ZhHans).text;
        let expected = explain("Found identifier but expected identifier.", Lang::ZhHans).text;
        assert!(said.contains("Unknown filter `a` or `b`"), "{said}");
        assert_eq!(
            expected,
            "这里写的是 identifier，应为一个名称（变量名或字段名）"
        );
    }
}
