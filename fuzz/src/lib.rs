//! What the fuzz targets run, and what must hold for every input (the oracles). Each target
//! in `fuzz_targets/` is one line over a function here, so a crash found by one can be
//! replayed from a test or a debugger without libFuzzer.
//!
//! The properties, beyond "no panic":
//! - `build_report`: the HTML page never carries active content — no `<script>`, `<iframe>`,
//!   `<img>` or other element that loads or runs something, no `on…=` handler, and every
//!   `href` one a published page may carry (http(s), mailto or relative).
//! - `import_text`, `import_docx`: the YAML that import writes always loads without a
//!   load-stage error (yaml-syntax, type-mismatch, unknown-key, missing-key, invalid-value).
//! - `docx_roundtrip`: the Word file lawrpt writes of a report that builds always reads back
//!   through its own importer, with every heading of the report in it, and that import's YAML
//!   loads (the import oracle).
//! - `schema_loader`: a report the loader reads without a load-stage error is valid against
//!   the JSON Schema `lawrpt schema` gives editors (an editor never marks a good report red).
//! - `serve_path`: whatever the request target, `serve` answers only with a file inside the
//!   site's folder that is not hidden, and redirects only to a path of the same site, which
//!   then resolves to a file.

use std::sync::{Arc, OnceLock};

mod docx;
mod schema_loader;
mod serve_path;
pub use docx::docx_of;
pub use schema_loader::schema_loader;
pub use serve_path::serve_path;

use lawrpt::import::{self, paragraphs};
use lawrpt::load::config::Config;
use lawrpt::load::{self, project, yaml};
use lawrpt::render::view::{self, Nav};
use lawrpt::render::{TemplateCache, Templates};
use lawrpt::report::markdown;
use lawrpt::rules::id;
use lawrpt::site::pipeline;

/// The built-in templates, parsed once for the whole run.
fn templates() -> &'static Templates {
    static TEMPLATES: OnceLock<Arc<Templates>> = OnceLock::new();
    TEMPLATES.get_or_init(
        || match Templates::load(None, &mut TemplateCache::default()) {
            Ok(Ok(templates)) => templates,
            _ => panic!("the built-in templates load"),
        },
    )
}

/// load → check → view → render, as `lawrpt build 2024` runs a report: rendered only when
/// it loads and checks without errors.
pub fn build_report(data: &[u8]) {
    let Some((_, view)) = buildable(data) else {
        return;
    };
    let Ok(outputs) = templates().render(&view) else {
        return;
    };
    for (output, bytes) in &outputs {
        if output.file.ends_with(".html") {
            let text = std::str::from_utf8(bytes).expect("templates write UTF-8");
            assert_inert_html(text);
        }
    }
}

/// A report's bytes as `lawrpt build 2024` takes them: the report and its page's view, when
/// it loads and checks without errors.
fn buildable(data: &[u8]) -> Option<(lawrpt::report::model::Report, view::ReportView)> {
    let text = project::decode(data).ok()?;
    let (report, diagnostics) = pipeline::load_and_check(&text, "2024", &Config::default());
    let report = report?;
    if diagnostics.iter().any(|d| d.is_error()) {
        return None;
    }
    let view = view::build(&report, None, Nav::default());
    Some((report, view))
}

/// Elements that load or run something; none of them is in the built-in template, and report
/// text cannot add one.
const ACTIVE: &[&str] = &[
    "script",
    "iframe",
    "frame",
    "img",
    "object",
    "embed",
    "svg",
    "math",
    "form",
    "input",
    "button",
    "link",
    "base",
    "meta http-equiv",
    "audio",
    "video",
    "source",
    "picture",
    "template",
];

/// Panics when an HTML page has an active element, an event handler, or an unsafe link.
pub fn assert_inert_html(html: &str) {
    let lower = html.to_ascii_lowercase();
    for tag in ACTIVE {
        assert!(
            !lower.contains(&format!("<{tag}")),
            "the HTML has <{tag}:\n{html}"
        );
    }
    for tag in tags(html) {
        for (name, value) in attributes(tag) {
            let name = name.to_ascii_lowercase();
            assert!(
                !name.starts_with("on") && name != "src" && name != "srcdoc",
                "the HTML has a tag with `{name}`: <{tag}>\n{html}"
            );
            if name == "href" {
                assert!(
                    markdown::is_safe_url(&unescape(value)),
                    "the HTML links to `{value}`:\n{html}"
                );
            }
        }
    }
}

/// The inside of every start tag (`<p class="x">` gives `p class="x"`). Text from the report
/// is escaped, so every `<` followed by a letter starts a tag lawrpt wrote, and a `>` inside
/// a tag's quoted values is escaped too.
fn tags(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices('<').filter_map(|(at, _)| {
        let rest = &html[at + 1..];
        rest.starts_with(|c: char| c.is_ascii_alphabetic())
            .then(|| rest.split('>').next().unwrap_or(rest))
    })
}

/// A tag's attributes as (name, value as written); the tag's own name is skipped. Values are
/// quoted (`"…"` or `'…'`) or run to the next space; a value may hold spaces.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let name_end = tag
        .find(|c: char| c.is_ascii_whitespace() || c == '/')
        .unwrap_or(tag.len());
    let mut rest = &tag[name_end..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return found;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..end];
        rest = rest[end..].trim_start();
        let Some(after) = rest.strip_prefix('=') else {
            found.push((name, ""));
            continue;
        };
        let after = after.trim_start();
        let (value, next) = match after.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let inner = &after[1..];
                let close = inner.find(quote).unwrap_or(inner.len());
                (&inner[..close], inner.get(close + 1..).unwrap_or(""))
            }
            _ => {
                let close = after
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(after.len());
                (&after[..close], &after[close..])
            }
        };
        found.push((name, value));
        rest = next;
    }
}

/// An attribute value as a browser reads it: character references replaced. Numeric ones
/// matter most, since `&#106;avascript:` is `javascript:` to a browser.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').unwrap_or(rest.len());
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) if end < rest.len() => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A published text's bytes → decode → paragraphs → import → YAML → load.
pub fn import_text(data: &[u8]) {
    let Ok(decoded) = import::decode(data) else {
        return;
    };
    let paragraphs = paragraphs::of_text(&decoded.text);
    import_and_reload(&paragraphs, &decoded.text);
}

/// A Word file → blocks → paragraphs → import → YAML → load. Input that is not a zip
/// archive is taken as the document's XML and packaged first (see [`docx_of`]), since a
/// mutated archive almost never passes its checksums.
pub fn import_docx(data: &[u8]) {
    let packaged;
    let bytes = if data.starts_with(b"PK\x03\x04") {
        data
    } else {
        packaged = docx_of(data);
        &packaged
    };
    let Ok(blocks) = import::docx::blocks(bytes) else {
        return;
    };
    let (paragraphs, source) = paragraphs::of_word(&blocks);
    import_and_reload(&paragraphs, &source);
}

/// A report that builds → its Word file (`render::docx`) → lawrpt's own Word importer: the file
/// reads back, every heading of the report is in it, and what import makes of it loads.
pub fn docx_roundtrip(data: &[u8]) {
    let Some((report, view)) = buildable(data) else {
        return;
    };
    let Ok(bytes) = lawrpt::render::docx::render(&view) else {
        return;
    };
    let blocks = match import::docx::blocks(&bytes) {
        Ok(blocks) => blocks,
        Err(error) => panic!("the Word file lawrpt wrote does not read back: {error:?}"),
    };
    let (paragraphs, source) = paragraphs::of_word(&blocks);
    for part in &report.parts {
        let heading = part.division.heading.value.trim();
        assert!(
            paragraphs.iter().any(|p| p.text.contains(heading)),
            "the heading {heading:?} is not in the Word file read back:\n{source}"
        );
    }
    match import::import(&paragraphs, &source, &import_options()) {
        Ok(imported) => reload(&imported),
        Err(refused) => {
            panic!("lawrpt's own Word file is refused by its importer: {refused:?}\n{source}")
        }
    }
}

/// The oracle of both imports: what import writes, lawrpt reads back without a load error.
fn import_and_reload(paragraphs: &[import::Paragraph], source: &str) {
    match import::import(paragraphs, source, &import_options()) {
        Ok(imported) => reload(&imported),
        // Nothing but the web page around a report, or nothing at all: refused, as it should.
        Err(import::Refused::NoText) => {}
        Err(import::Refused::NoYear) => panic!("import with a year given always has a year"),
    }
}

/// `lawrpt import --year 2024`.
fn import_options() -> import::Options {
    import::Options {
        year: Some(2024),
        ..import::Options::default()
    }
}

/// The YAML of an import loads without a load-stage error.
fn reload(imported: &import::Imported) {
    let yaml = match yaml::write(&imported.draft, &[]) {
        Ok(yaml) => yaml,
        Err(message) => panic!("the draft could not be written as YAML: {message}\n{imported:#?}"),
    };
    let loaded = load::load(&yaml);
    let load_errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| id::LOAD.contains(&d.rule))
        .collect();
    assert!(
        load_errors.is_empty() && loaded.report.is_some(),
        "the YAML import wrote does not load: {load_errors:#?}\n--- YAML ---\n{yaml}"
    );
}

#[cfg(test)]
mod tests {
    use super::{assert_inert_html, unescape};

    #[test]
    fn character_references_in_links_are_read_as_a_browser_reads_them() {
        assert_eq!(unescape("&#106;ava&#x73;cript&#58;x"), "javascript:x");
        assert_eq!(unescape("a&amp;b&lt;"), "a&b<");
        assert_eq!(
            unescape("a & b &zz; &#xffffffff;"),
            "a & b &zz; &#xffffffff;"
        );
    }

    #[test]
    #[should_panic(expected = "links to")]
    fn an_escaped_javascript_link_is_caught() {
        assert_inert_html(r#"<p><a href="&#106;avascript:alert(1)">x</a></p>"#);
    }

    #[test]
    #[should_panic(expected = "<img")]
    fn an_image_is_caught() {
        assert_inert_html(r#"<p><IMG SRC="x"></p>"#);
    }

    #[test]
    #[should_panic(expected = "`onmouseover`")]
    fn an_event_handler_is_caught() {
        assert_inert_html(r#"<p class='a b' ONMOUSEOVER=x>y</p>"#);
    }

    #[test]
    fn escaped_text_and_quoted_values_are_not_markup() {
        assert_inert_html(
            r#"<p>&lt;script&gt; onload=x href="javascript:y"</p><meta name="author" content="x onload=1 src=2">"#,
        );
        assert_inert_html(r#"<a href="https://a.cn/?q=1&amp;r=2" title='t'>x</a><br/>"#);
    }
}
