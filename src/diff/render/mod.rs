//! A [`Diff`] as text: for a terminal (colour on a terminal only), as Markdown for a review
//! comment, as one self-contained HTML page (two columns on a wide screen, one on a phone),
//! as JSON for other tools (docs/diff.md), and as a `--stat` summary. Prints nothing itself.

use std::fmt::Write as _;

use serde::Serialize;

use super::prose::{Segment, Sentence};
use super::{Diff, DivisionDiff, FigureRow, Label, PointDiff, Status};
use crate::i18n::Lang;
use crate::render::variant::convert_text;
use crate::render::view::ScriptLink;
use crate::report::markdown::{escape_html, escape_inline};
use crate::report::script::Script;
use crate::tr;

/// The JSON document's schema, versioned like the diagnostics'.
pub const SCHEMA: &str = "lawrpt-diff/1";

/// How one piece of text is shown in each format.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Same,
    Carried,
    Added,
    Removed,
}

/// The three text formats differ only in how they mark things; the walk is shared.
trait Style {
    fn heading(&mut self, depth: usize, title: &str, note: &str);
    /// A line of text: `marker` says what became of it (= carried, ~ reworded, + added,
    /// - removed), `prefix` is what stands before it (a point's ordinal).
    fn text(&mut self, depth: usize, marker: char, prefix: &str, pieces: &[(Mark, &str)]);
}

struct Terminal {
    out: String,
    color: bool,
}

impl Style for Terminal {
    fn heading(&mut self, depth: usize, title: &str, note: &str) {
        let indent = "  ".repeat(depth);
        let (bold, reset) = if self.color {
            ("\x1b[1m", "\x1b[0m")
        } else {
            ("", "")
        };
        let note = if note.is_empty() {
            String::new()
        } else {
            format!("  [{note}]")
        };
        let _ = writeln!(self.out, "{indent}{bold}{title}{reset}{note}");
    }
    fn text(&mut self, depth: usize, marker: char, prefix: &str, pieces: &[(Mark, &str)]) {
        let indent = "  ".repeat(depth);
        let mut line = format!("{indent}{marker} {prefix}");
        for (mark, text) in pieces {
            let (open, close) = match (mark, self.color) {
                (Mark::Added, true) => ("\x1b[32m", "\x1b[0m"),
                (Mark::Removed, true) => ("\x1b[31;9m", "\x1b[0m"),
                (Mark::Carried, true) => ("\x1b[2m", "\x1b[0m"),
                (Mark::Added, false) if pieces.len() > 1 => ("{+", "+}"),
                (Mark::Removed, false) if pieces.len() > 1 => ("[-", "-]"),
                _ => ("", ""),
            };
            let _ = write!(line, "{open}{text}{close}");
        }
        let _ = writeln!(self.out, "{line}");
    }
}

struct Markdown {
    out: String,
}

impl Style for Markdown {
    fn heading(&mut self, depth: usize, title: &str, note: &str) {
        let hashes = "#".repeat((depth + 2).min(6));
        let note = if note.is_empty() {
            String::new()
        } else {
            format!(" *({})*", escape_inline(note))
        };
        let _ = writeln!(self.out, "\n{hashes} {}{note}", escape_inline(title));
    }
    fn text(&mut self, _depth: usize, marker: char, prefix: &str, pieces: &[(Mark, &str)]) {
        // Markdown reads ~ and - at a line's start; the signs here are their look-alikes.
        let marker = match marker {
            '~' => '≈',
            '-' => '−',
            other => other,
        };
        let mut line = format!("- {marker} {}", escape_inline(prefix));
        for (mark, text) in pieces {
            let text = escape_inline(text);
            let _ = match mark {
                Mark::Added => write!(line, "<ins>{text}</ins>"),
                Mark::Removed => write!(line, "<del>{text}</del>"),
                _ => write!(line, "{text}"),
            };
        }
        let _ = writeln!(self.out, "{line}");
    }
}

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

fn label(label: &Label) -> String {
    format!("{}{}", label.number, label.heading)
}

/// What became of a division, in `lang` (nothing for one that stayed the same).
fn status_word(status: Status, lang: Lang) -> String {
    let status = match status {
        Status::Same => return String::new(),
        Status::Changed => "changed",
        Status::Added => "added",
        Status::Removed => "removed",
    };
    tr!(in lang; "diff-status", status = status).text
}

/// The walk shared by the text formats; its words are in `lang`: the run's language for a
/// terminal and Markdown, the page's script for an HTML page.
fn walk(diff: &Diff, style: &mut dyn Style, lang: Lang) {
    let preamble = tr!(in lang; "diff-preamble").text;
    if diff.preamble.iter().all(Sentence::is_carried) {
        if !diff.preamble.is_empty() {
            style.heading(0, &preamble, &tr!(in lang; "diff-unchanged").text);
        }
    } else {
        style.heading(0, &preamble, "");
        sentences(&diff.preamble, 1, "", style);
    }
    for part in &diff.parts {
        division(part, 0, style, lang);
    }
}

fn division(d: &DivisionDiff, depth: usize, style: &mut dyn Style, lang: Lang) {
    let title = d
        .new
        .as_ref()
        .or(d.old.as_ref())
        .map(label)
        .unwrap_or_default();
    // What did not change at all is named, not repeated: a reviewer reads what changed.
    if d.status == Status::Same && !d.moved {
        style.heading(depth, &title, &tr!(in lang; "diff-unchanged").text);
        return;
    }
    let mut notes: Vec<String> = Vec::new();
    let word = status_word(d.status, lang);
    if !word.is_empty() && !(d.status == Status::Changed && (d.heading_changed || d.moved)) {
        notes.push(word);
    }
    if d.heading_changed
        && let Some(old) = &d.old
    {
        notes.push(tr!(in lang; "diff-reworded", was = label(old)).text);
    }
    if d.moved
        && let Some(old) = &d.old
    {
        notes.push(tr!(in lang; "diff-moved", was = old.number.as_str()).text);
    }
    style.heading(
        depth,
        &title,
        &notes.join(&tr!(in lang; "diff-note-separator").text),
    );
    sentences(&d.body, depth + 1, "", style);
    for p in &d.points {
        point(p, depth + 1, style, lang);
    }
    for c in &d.children {
        division(c, depth + 1, style, lang);
    }
}

fn point(p: &PointDiff, depth: usize, style: &mut dyn Style, lang: Lang) {
    let ordinal = p
        .new
        .as_ref()
        .or(p.old.as_ref())
        .cloned()
        .unwrap_or_default();
    if p.status == Status::Same && p.moved_from.is_none() {
        let first = p.text.first().map_or("", |s| match s {
            Sentence::Carried { text } => text.as_str(),
            _ => "",
        });
        style.text(
            depth,
            '=',
            &format!("{ordinal} "),
            &[(
                Mark::Carried,
                &tr!(in lang; "diff-point-unchanged", first = first).text,
            )],
        );
        return;
    }
    let note = match (&p.moved_from, p.status) {
        (Some(from), _) => tr!(in lang; "diff-point-moved", from = label(from)).text,
        (None, Status::Added) => tr!(in lang; "diff-point-status", status = "added").text,
        (None, Status::Removed) => tr!(in lang; "diff-point-status", status = "removed").text,
        _ => String::new(),
    };
    sentences(&p.text, depth, &format!("{ordinal}{note} "), style);
}

fn sentences(list: &[Sentence], depth: usize, first_prefix: &str, style: &mut dyn Style) {
    for (i, s) in list.iter().enumerate() {
        let prefix = if i == 0 { first_prefix } else { "" };
        match s {
            Sentence::Carried { text } => style.text(depth, '=', prefix, &[(Mark::Carried, text)]),
            Sentence::Added { text } => style.text(depth, '+', prefix, &[(Mark::Added, text)]),
            Sentence::Removed { text } => style.text(depth, '-', prefix, &[(Mark::Removed, text)]),
            Sentence::Changed { segments } => {
                let pieces: Vec<(Mark, &str)> = segments.iter().map(piece).collect();
                style.text(depth, '~', prefix, &pieces);
            }
        }
    }
}

fn piece(segment: &Segment) -> (Mark, &str) {
    let mark = match segment.tag {
        "added" => Mark::Added,
        "removed" => Mark::Removed,
        _ => Mark::Same,
    };
    (mark, segment.text.as_str())
}

/// A figure's label, with last year's words where they differ.
fn figure_label(row: &FigureRow, lang: Lang) -> String {
    match &row.old_label {
        Some(old) => {
            tr!(in lang; "diff-figure-was", label = row.label.as_str(), was = old.as_str()).text
        }
        None => row.label.clone(),
    }
}

/// Figure rows as shown: those in both years (changed first), then those in one year only.
fn ordered(rows: &[FigureRow]) -> (Vec<&FigureRow>, Vec<&FigureRow>) {
    let (mut both, apart): (Vec<&FigureRow>, Vec<&FigureRow>) = rows
        .iter()
        .partition(|r| r.old.is_some() && r.new.is_some());
    both.sort_by_key(|r| r.change.is_some_and(|c| c == 0.0));
    (both, apart)
}

fn figure_value(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "—".to_string())
}

fn change(row: &FigureRow) -> String {
    match row.change {
        Some(c) if c > 0.0 => format!("+{}", super::table::number(c)),
        Some(c) if c < 0.0 => super::table::number(c),
        Some(_) => "=".to_string(),
        None => String::new(),
    }
}

/// The diff for a terminal; `color` adds ANSI colours.
pub fn terminal(diff: &Diff, color: bool) -> String {
    let lang = crate::i18n::current();
    let mut style = Terminal {
        out: format!("lawrpt diff {} → {}\n", diff.old_year, diff.new_year),
        color,
    };
    walk(diff, &mut style, lang);
    let (both, apart) = ordered(&diff.figures);
    if !both.is_empty() {
        let heading = tr!(
            "diff-figures-between",
            old = diff.old_year,
            new = diff.new_year
        );
        let _ = writeln!(style.out, "\n{}", heading.text);
        for row in both {
            let _ = writeln!(
                style.out,
                "  {}  {} → {}  {}",
                figure_label(row, lang),
                figure_value(&row.old),
                figure_value(&row.new),
                change(row)
            );
        }
    }
    if !apart.is_empty() {
        let _ = writeln!(style.out, "\n{}", tr!("diff-figures-one-year").text);
        for row in apart {
            let (year, value) = match (&row.old, &row.new) {
                (Some(value), _) => (diff.old_year, value.as_str()),
                (None, Some(value)) => (diff.new_year, value.as_str()),
                (None, None) => continue,
            };
            let in_year = tr!("diff-figure-in-year", value = value, year = year);
            let _ = writeln!(style.out, "  {}  {}", row.label, in_year.text);
        }
    }
    style.out
}

/// The diff as Markdown for a review comment (`<ins>`/`<del>` mark changed characters).
pub fn markdown(diff: &Diff) -> String {
    let lang = crate::i18n::current();
    let mut style = Markdown {
        out: format!("# {} → {}\n", diff.old_year, diff.new_year),
    };
    walk(diff, &mut style, lang);
    if !diff.figures.is_empty() {
        let _ = writeln!(style.out, "\n## {}\n", tr!("diff-figures").text);
        let _ = writeln!(
            style.out,
            "| {} | {} | {} | {} |",
            tr!("diff-figure-label").text,
            diff.old_year,
            diff.new_year,
            tr!("diff-figure-change").text
        );
        let _ = writeln!(style.out, "|---|---:|---:|---:|");
        let (both, apart) = ordered(&diff.figures);
        for row in both.into_iter().chain(apart) {
            let _ = writeln!(
                style.out,
                "| {} | {} | {} | {} |",
                escape_inline(&figure_label(row, lang)).replace('|', "\\|"),
                escape_inline(&figure_value(&row.old)),
                escape_inline(&figure_value(&row.new)),
                change(row)
            );
        }
    }
    style.out
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

/// The diff as JSON (docs/diff.md).
pub fn json(diff: &Diff) -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        schema: &'static str,
        lawrpt: &'static str,
        #[serde(flatten)]
        diff: &'a Diff,
    }
    let document = Document {
        schema: SCHEMA,
        lawrpt: env!("CARGO_PKG_VERSION"),
        diff,
    };
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// `--stat`: what was added, removed, changed, moved, in the run's language.
pub fn stat(diff: &Diff) -> String {
    let s = &diff.stat;
    // Padded by the columns a terminal gives the name: a Chinese character takes two.
    let name = |text: String| {
        let pad = 10usize.saturating_sub(unicode_width::UnicodeWidthStr::width(text.as_str()));
        format!("{text}{:pad$}", "")
    };
    let counts = |level: &str, c: &super::Counts| {
        let text = tr!(
            "diff-stat-counts",
            added = c.added,
            removed = c.removed,
            changed = c.changed,
            moved = c.moved
        );
        format!(
            "{} {}\n",
            name(tr!("diff-stat-name", level = level).text),
            text.text
        )
    };
    let mut out = format!("{} → {}\n", diff.old_year, diff.new_year);
    out.push_str(&counts("parts", &s.parts));
    out.push_str(&counts("sections", &s.sections));
    out.push_str(&counts("points", &s.points));
    let sentences = tr!(
        "diff-stat-sentences",
        carried = s.sentences.carried,
        changed = s.sentences.changed,
        added = s.sentences.added,
        removed = s.sentences.removed
    );
    let _ = writeln!(
        out,
        "{} {}",
        name(tr!("diff-stat-name", level = "sentences").text),
        sentences.text
    );
    let figures = tr!(
        "diff-stat-figures",
        changed = s.figures_changed,
        added = s.figures_added,
        removed = s.figures_removed
    );
    let _ = writeln!(
        out,
        "{} {}",
        name(tr!("diff-stat-name", level = "figures").text),
        figures.text
    );
    out
}
