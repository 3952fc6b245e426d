//! The diff as one self-contained HTML page: two columns on a wide screen, one on a phone.

use std::fmt::Write as _;

use super::{Mark, Style, change, figure_label, figure_value, ordered, walk};
use crate::diff::Diff;
use crate::i18n::Lang;
use crate::render::variant::convert_text;
use crate::render::view::ScriptLink;
use crate::report::markdown::escape_html;
use crate::report::script::Script;
use crate::tr;

struct Html {
    out: String,
    /// Room for a row's second column.
    column: String,
}

impl Style for Html {
    fn heading(&mut self, depth: usize, title: &str, note: &str) {
        let level = (depth + 2).min(6);
        let note = if note.is_empty() {
            String::new()
        } else {
            format!(" <span class=\"note\">{}</span>", escape_html(note))
        };
        let _ = writeln!(
            self.out,
            "<h{level}>{}{note}</h{level}>",
            escape_html(title)
        );
    }
    fn text(&mut self, _depth: usize, _marker: char, prefix: &str, pieces: &[(Mark, &str)]) {
        let kind = match pieces {
            [(Mark::Added, _)] => "added",
            [(Mark::Removed, _)] => "removed",
            [(Mark::Carried, _)] => "carried",
            _ => "changed",
        };
        // Two columns: last year's sentence and this year's, each with its own marks. Last
        // year's is written as it comes, this year's gathered meanwhile in `column`; pieces
        // are pushed, not formatted, as a comparison page is thousands of these rows.
        let prefix = escape_html(prefix);
        for piece in ["<div class=\"row ", kind, "\"><div class=\"old\">", &prefix] {
            self.out.push_str(piece);
        }
        self.column.clear();
        self.column.push_str(&prefix);
        for (mark, text) in pieces {
            let text = escape_html(text);
            match mark {
                Mark::Added => {
                    for piece in ["<ins>", &text, "</ins>"] {
                        self.column.push_str(piece);
                    }
                }
                Mark::Removed => {
                    for piece in ["<del>", &text, "</del>"] {
                        self.out.push_str(piece);
                    }
                }
                _ => {
                    self.out.push_str(&text);
                    self.column.push_str(&text);
                }
            }
        }
        for piece in ["</div><div class=\"new\">", &self.column, "</div></div>\n"] {
            self.out.push_str(piece);
        }
    }
}

/// How a comparison page is published: its `lang`, the page in every script it is published
/// in (none when it is published in one), and the script its text is converted into, if it is.
pub struct Page<'a> {
    pub lang: &'a str,
    pub scripts: &'a [ScriptLink],
    pub convert: Option<Script>,
}

impl Page<'_> {
    /// A page in one script, not converted: `lang` is the script both years are written in, or
    /// plain `zh` for a page that holds both.
    pub fn as_written(old: Script, new: Script) -> Page<'static> {
        Page {
            lang: if old == new { new.lang() } else { "zh" },
            scripts: &[],
            convert: None,
        }
    }
}

/// The diff as one self-contained page.
pub fn html(diff: &Diff, title: &str, page: &Page) -> String {
    let hant = page.lang == Script::Traditional.lang();
    // A page is a publication in its report's script, whatever language the run speaks.
    let lang = if hant { Lang::ZhHant } else { Lang::ZhHans };
    let mut style = Html {
        out: String::new(),
        column: String::new(),
    };
    walk(diff, &mut style, lang);
    let mut figures = String::new();
    if !diff.figures.is_empty() {
        let _ = writeln!(
            figures,
            "<h2>{}</h2>\n<div class=\"table-wrap\"><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            tr!(in lang; "diff-figures").text,
            tr!(in lang; "diff-figure-label").text,
            diff.old_year,
            diff.new_year,
            tr!(in lang; "diff-figure-change").text
        );
        let (both, apart) = ordered(&diff.figures);
        for row in both.into_iter().chain(apart) {
            let cells = [
                figure_label(row, lang),
                figure_value(&row.old),
                figure_value(&row.new),
                change(row),
            ];
            figures.push_str("<tr>");
            for cell in cells {
                for piece in ["<td>", &escape_html(&cell), "</td>"] {
                    figures.push_str(piece);
                }
            }
            figures.push_str("</tr>\n");
        }
        figures.push_str("</tbody></table></div>\n");
    }
    let (removed, switch) = if hant {
        ("刪除", "簡繁切換")
    } else {
        ("删除", "简繁切换")
    };
    let title = escape_html(title);
    let main = format!(
        "<h1>{title}</h1>\n<p class=\"legend\"><del>{removed}</del> <ins>新增</ins> <span class=\"carried\">沿用上年</span></p>\n<div class=\"row years\"><div class=\"old\">{old}年</div><div class=\"new\">{new}年</div></div>\n{}{figures}",
        style.out,
        old = diff.old_year,
        new = diff.new_year,
    );
    // Markup passes through conversion unchanged (OpenCC's dictionaries hold no ASCII); the
    // links to the other scripts are added after it, each named in its own script.
    let (title, main) = match page.convert {
        Some(to) => (convert_text(&title, to), convert_text(&main, to)),
        None => (title, main),
    };
    let mut alternates = String::new();
    let mut links = String::new();
    for version in page.scripts {
        let (lang, href) = (version.lang, escape_html(&version.href));
        let _ = writeln!(
            alternates,
            "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">"
        );
        if !version.current {
            let _ = write!(
                links,
                "<a lang=\"{lang}\" hreflang=\"{lang}\" href=\"{href}\">{}</a>",
                version.label
            );
        }
    }
    let nav = if links.is_empty() {
        String::new()
    } else {
        format!("<nav class=\"scripts\" aria-label=\"{switch}\">{links}</nav>\n")
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{alternates}<title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n{nav}<main>\n{main}</main>\n</body>\n</html>\n",
        lang = escape_html(page.lang),
    )
}

const CSS: &str = "body { margin: 0; font-family: \"Noto Serif CJK SC\", \"Source Han Serif SC\", serif; line-height: 1.8; color: #1a1a1a; }
main { max-width: 80em; margin: 0 auto; padding: 1.5em 1em 3em; }
h1 { text-align: center; font-size: 1.5em; }
h2, h3, h4, h5, h6 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
.note { font-weight: 400; color: #555; font-size: 0.85em; }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; padding: 0.15em 0; border-bottom: 1px solid #eee; }
.row.carried { color: #666; }
.row.years { font-weight: 700; border-bottom: 2px solid #999; position: sticky; top: 0; background: #fff; }
.row.added .old, .row.removed .new { visibility: hidden; }
del { background: #ffe0e0; color: #8a1010; }
ins { background: #ddf5dd; color: #0d5a0d; text-decoration: none; }
.legend .carried { color: #666; }
html:lang(zh-Hant) body { font-family: \"Noto Serif CJK TC\", \"Source Han Serif TC\", serif; }
nav.scripts { max-width: 80em; margin: 0 auto; padding: 0.5em 1em 0; text-align: right; font-size: 0.85em; }
nav.scripts a { color: #1f4e8c; margin-left: 0.8em; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: 0.2em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
@media (max-width: 48em) {
  .row { grid-template-columns: 1fr; gap: 0; }
  .row.years { display: none; }
  .row.added .old, .row.removed .new { display: none; }
  .row.changed .old { color: #666; font-size: 0.9em; }
}
";
