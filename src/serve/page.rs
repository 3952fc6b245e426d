//! What the preview adds to a page as it serves it, and the pages of its own: the reload
//! script, the error overlay (each message as the terminal prints it: rule id, message,
//! `file:line:col`, the source line and caret, the hint), the "not in the preview" page, and
//! each file's `Content-Type`. Nothing here is written to a file: `build` output never
//! carries any of it.

use std::path::Path;

use crate::i18n;
use crate::printer::Kept;
use crate::report::markdown::escape_html;
use crate::rules::diagnostic::Severity;
use crate::tr;

/// The path the event stream is served at; nothing of the site can have it (hidden names are
/// never served, and `__lawrpt` is no year).
pub const EVENTS: &str = "/__lawrpt/events";

const LIVE_JS: &str = include_str!("live.js");
const OVERLAY_CSS: &str = include_str!("overlay.css");

/// The `Content-Type` of a file of the site, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("md") => "text/markdown; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("pdf") => "application/pdf",
        Some("docx") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    }
}

/// Whether a file is a page the preview adds its script (and overlay) to.
pub fn is_page(path: &Path) -> bool {
    content_type(path).starts_with("text/html")
}

/// `html` with the reload script for `generation`, and the overlay when there are messages
/// to show, put before its `</body>` (at the end when it has none).
pub fn inject(html: &str, generation: &str, messages: &[&Kept]) -> String {
    let added = format!("{}{}", overlay(messages), script(generation));
    let at = rfind_ignore_case(html, "</body>").unwrap_or(html.len());
    let mut page = String::with_capacity(html.len() + added.len());
    page.push_str(&html[..at]);
    page.push_str(&added);
    page.push_str(&html[at..]);
    page
}

/// The page for a path the preview has no file at.
pub fn not_found(path: &str, generation: &str, messages: &[&Kept]) -> String {
    let lang = i18n::current().tag();
    let title = escape_html(&tr!("serve-not-found-title").text);
    let said = escape_html(&tr!("serve-not-found", path = path).text);
    let why = if messages.is_empty() {
        String::new()
    } else {
        format!(
            "<p>{}</p>\n",
            escape_html(&tr!("serve-not-found-failed").text)
        )
    };
    let back = escape_html(&tr!("serve-back").text);
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n<p>{said}</p>\n\
         {why}<p><a href=\"/\">{back}</a></p>\n</main>\n</body>\n</html>\n"
    );
    inject(&page, generation, messages)
}

fn script(generation: &str) -> String {
    format!(
        "<script data-generation=\"{}\">\n{LIVE_JS}</script>\n",
        escape_html(generation)
    )
}

/// The overlay: open over the page when there are errors, folded to a bar when there are
/// warnings only, nothing when there is nothing to say.
fn overlay(messages: &[&Kept]) -> String {
    let errors = count(messages, Severity::Error);
    let warnings = count(messages, Severity::Warning);
    if messages.is_empty() {
        return String::new();
    }
    let mut counts = Vec::new();
    if errors > 0 {
        counts.push(format!(
            "<span class=\"lawrpt-count-error\">{}</span>",
            escape_html(&tr!("serve-overlay-errors", errors = errors).text)
        ));
    }
    if warnings > 0 {
        counts.push(format!(
            "<span class=\"lawrpt-count-warning\">{}</span>",
            escape_html(&tr!("serve-overlay-warnings", warnings = warnings).text)
        ));
    }
    let folded = errors == 0;
    let class = match folded {
        true => " class=\"lawrpt-folded lawrpt-warnings-only\"",
        false => "",
    };
    let (hide, show) = (
        tr!("serve-overlay-hide").text,
        tr!("serve-overlay-show").text,
    );
    let label = if folded { &show } else { &hide };
    let mut out = format!(
        "<div id=\"lawrpt-overlay\"{class} lang=\"{lang}\" role=\"alert\">\n<style>\n{OVERLAY_CSS}</style>\n\
         <div class=\"lawrpt-panel\">\n<div class=\"lawrpt-bar\">\n<p class=\"lawrpt-title\">{counts}</p>\n\
         <button type=\"button\" aria-expanded=\"{expanded}\" data-hide=\"{hide}\" data-show=\"{show}\">{label}</button>\n\
         </div>\n<div class=\"lawrpt-body\">\n<p class=\"lawrpt-fix\">{fix}</p>\n",
        lang = i18n::current().tag(),
        counts = counts.join(" · "),
        expanded = !folded,
        hide = escape_html(&hide),
        show = escape_html(&show),
        label = escape_html(label),
        fix = escape_html(&tr!("serve-overlay-fix").text),
    );
    // Errors first: they are what stops the page from changing.
    let ordered = messages
        .iter()
        .filter(|k| k.severity == Severity::Error)
        .chain(messages.iter().filter(|k| k.severity == Severity::Warning));
    for kept in ordered {
        let class = match kept.severity {
            Severity::Error => "lawrpt-error",
            Severity::Warning => "lawrpt-warning",
        };
        out.push_str(&format!(
            "<pre class=\"{class}\">{}</pre>\n",
            escape_html(&kept.plain)
        ));
    }
    out.push_str("</div>\n</div>\n</div>\n");
    out
}

fn count(messages: &[&Kept], severity: Severity) -> usize {
    messages.iter().filter(|k| k.severity == severity).count()
}

/// The byte offset of the last `needle` (ASCII) in `haystack`, whatever its case.
fn rfind_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    (0..=hay.len().checked_sub(needle.len())?)
        .rev()
        .find(|&at| hay[at..at + needle.len()].eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn kept(severity: Severity, plain: &str) -> Kept {
        Kept {
            file: Some(PathBuf::from("reports/2024.yaml")),
            severity,
            plain: plain.to_string(),
            styled: plain.to_string(),
        }
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body_and_the_page_is_otherwise_untouched() {
        let html = "<html><body><p>正文</p></BODY></html>";
        let page = inject(html, "7-3", &[]);
        assert!(page.starts_with("<html><body><p>正文</p><script data-generation=\"7-3\">"));
        assert!(page.ends_with("</script>\n</BODY></html>"));
        assert!(!page.contains("id=\"lawrpt-overlay\""));
        let bare = inject("<p>no body</p>", "1", &[]);
        assert!(bare.starts_with("<p>no body</p><script"));
    }

    #[test]
    fn errors_open_the_overlay_escaped_and_warnings_alone_fold_it() {
        let error = kept(
            Severity::Error,
            "error[x]: <b>&</b>\n --> reports/2024.yaml:7:5",
        );
        let warning = kept(Severity::Warning, "warning[y]: w");
        let page = inject("<body></body>", "1", &[&warning, &error]);
        assert!(page.contains("<div id=\"lawrpt-overlay\" lang="));
        assert!(page.contains("error[x]: &lt;b&gt;&amp;&lt;/b&gt;\n --&gt; reports/2024.yaml:7:5"));
        assert!(page.find("error[x]").unwrap() < page.find("warning[y]").unwrap());
        let quiet = inject("<body></body>", "1", &[&warning]);
        assert!(quiet.contains("class=\"lawrpt-folded lawrpt-warnings-only\""));
    }

    #[test]
    fn types_follow_the_extension() {
        assert_eq!(
            content_type(Path::new("a/report.HTML")),
            "text/html; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("report.md")),
            "text/markdown; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("report.pdf")), "application/pdf");
        assert_eq!(content_type(Path::new("noext")), "application/octet-stream");
        assert!(is_page(Path::new("index.html")));
        assert!(!is_page(Path::new("report.txt")));
    }
}
