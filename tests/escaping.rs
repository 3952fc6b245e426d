//! Hostile text in a report never reaches a page as markup. The real binary builds two years
//! whose every field carries the kinds of payload in the OWASP XSS filter-evasion list (script
//! tags, event handlers, `javascript:`, `vbscript:` and `data:` URLs, entity-encoded,
//! mixed-case and whitespace-broken schemes, SVG and MathML, reference links, autolinks), and
//! every page lawrpt writes or prints — each year's report.html, the index, the comparison
//! page, `lawrpt diff --format html` — is parsed with an HTML5 parser (scraper, html5ever)
//! and walked: only the elements and attributes lawrpt's own templates use may appear, and
//! every link must go to http(s), mailto or a relative address. The Markdown outputs hold no
//! raw `<` and no unsafe link.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;

mod common;
use common::{assert_exit, lawrpt};

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<ScRiPt >alert(1)</sCrIpT>",
    "<scr<script>ipt>alert(1)</script>",
    "\"><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=JaVaScRiPt:alert(1)>",
    "<img src=\"jav&#x09;ascript:alert(1)\">",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<a href=\"javascript:alert(1)\">点</a>",
    "<div style=\"background:url(javascript:alert(1))\">样式</div>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
    "<form action=\"javascript:alert(1)\"><input type=submit></form>",
    "<!-- <script>alert(1)</script> -->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "[点我](javascript:alert(1))",
    "[点我](JaVaScRiPt:alert(1))",
    "[点我](jav&#x61;script:alert(1))",
    "[点我](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1))",
    "[点我](javascript&colon;alert(1))",
    "[点我](<javascript:alert(1)>)",
    "[点我]( javascript:alert(1))",
    "[点我](vbscript:msgbox(1))",
    "[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![图](javascript:alert(1))",
    "![图](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "<javascript:alert(1)>",
    "[引用][坏]\n\n[坏]: javascript:alert(1)",
    "[标题](https://www.gov.cn/ \"\\\" onmouseover=\\\"alert(1)\")",
];

/// The elements lawrpt's templates and its Markdown renderer write.
const ELEMENTS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "header",
    "footer",
    "nav",
    "section",
    "div",
    "span",
    "p",
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ol",
    "ul",
    "li",
    "time",
    "strong",
    "em",
    "del",
    "ins",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "br",
    "hr",
    "blockquote",
    "code",
    "pre",
    "sup",
];

/// The attributes they write (`style` only as pulldown-cmark's table alignment).
const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "href",
    "lang",
    "charset",
    "name",
    "content",
    "datetime",
    "title",
    "style",
    "aria-label",
    "aria-current",
    "rel",
    "colspan",
    "rowspan",
    "scope",
    "start",
];
// No `http-equiv`: a <meta> can only carry text (`name`, `content`, `charset`).

/// A report whose every text field holds every payload.
fn report(year: i64) -> String {
    let all = PAYLOADS.join("\n\n");
    let block = |indent: usize| {
        all.lines()
            .map(|l| format!("{}{l}", " ".repeat(indent)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let quoted = |s: &str| serde_json::to_string(s).unwrap();
    let one_line = PAYLOADS
        .iter()
        .map(|p| p.replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "year: {year}
title: {title}
authority: {authority}
preamble: |-
{pre}
parts:
  - role: measures
    heading: {heading}
    sections:
      - heading: {section}
        points:
          - lead: {lead}
            body: |-
{point}
  - role: shortcomings
    heading: {year}年度存在的不足和原因
    body: |-
{body}
  - role: leadership
    heading: {year}年度党政主要负责人履行推进法治建设第一责任人职责情况
    body: 带头学法。
  - role: plans
    heading: {next}年度主要安排
    body: |-
{body}
",
        title = quoted(&format!("{one_line}报告")),
        authority = quoted(&format!("某区{one_line}政府")),
        heading = quoted(&format!("{year}年度主要举措和成效{one_line}")),
        section = quoted(&one_line),
        lead = quoted(&format!("{one_line}加强领导。")),
        pre = block(2),
        point = block(14),
        body = block(6),
        next = year + 1,
    )
}

/// Every element and attribute of an HTML page, checked against what lawrpt writes.
#[track_caller]
fn assert_inert(page: &str, name: &str) {
    let document = scraper::Html::parse_document(page);
    for node in document.tree.nodes() {
        let Some(element) = node.value().as_element() else {
            continue;
        };
        let tag = element.name();
        assert!(ELEMENTS.contains(&tag), "{name}: a <{tag}> element");
        for (attribute, value) in element.attrs() {
            assert!(
                ATTRIBUTES.contains(&attribute),
                "{name}: <{tag} {attribute}=\"{value}\">"
            );
            if attribute == "style" {
                assert!(
                    tag != "div" && value.starts_with("text-align:") && !value.contains('('),
                    "{name}: <{tag} style=\"{value}\">"
                );
            }
            if attribute == "href" {
                assert!(!unsafe_scheme(value), "{name}: <{tag} href=\"{value}\">");
            }
        }
    }
    // The payloads are still there, as text a reader sees.
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{name}: payload text lost"
    );
}

/// A scheme that makes a link unsafe, if the address has one.
fn unsafe_scheme(address: &str) -> bool {
    let cleaned: String = address
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    match cleaned.find([':', '/', '?', '#']) {
        Some(at) if cleaned[at..].starts_with(':') => {
            !["http", "https", "mailto"].contains(&&cleaned[..at])
        }
        _ => false,
    }
}

/// A Markdown output parsed as a renderer reads it (pulldown-cmark, CommonMark with tables):
/// no raw HTML but the inline tags named, no link or image to an unsafe address.
#[track_caller]
fn assert_markdown_inert(md: &str, name: &str, inline_html: &[&str]) {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Html(html) => panic!("{name}: an HTML block: {html}"),
            Event::InlineHtml(html) => {
                assert!(
                    inline_html.contains(&html.as_ref()),
                    "{name}: inline HTML {html}"
                );
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                assert!(!unsafe_scheme(&dest_url), "{name}: a link to {dest_url}");
            }
            _ => {}
        }
    }
}

fn project() -> tempfile::TempDir {
    let project = common::project_with_2024(&report(2024));
    fs::write(project.path().join("reports/2023.yaml"), report(2023)).unwrap();
    project
}

#[test]
fn no_payload_survives_as_markup_in_any_page_lawrpt_writes() {
    let project = project();
    let run = lawrpt(project.path(), &["build", "--all"]);
    assert_exit(&run, 0);
    let out = project.path().join("out");
    let read = |path: &str| fs::read_to_string(out.join(path)).unwrap();
    for page in [
        "2023/report.html",
        "2024/report.html",
        "index.html",
        "diff/2023-2024.html",
    ] {
        assert_inert(&read(page), page);
    }
    for page in ["2023/report.md", "2024/report.md"] {
        assert_markdown_inert(&read(page), page, &[]);
    }
    // A link that was dropped keeps its words.
    assert!(read("2024/report.html").contains("点我"));
}

#[test]
fn no_payload_survives_in_what_lawrpt_diff_prints() {
    let project = project();
    let diff = |format: &str| {
        let run = lawrpt(
            project.path(),
            &["diff", "2023", "2024", "--format", format],
        );
        assert_exit(&run, 0);
        String::from_utf8(run.stdout).unwrap()
    };
    assert_inert(&diff("html"), "lawrpt diff --format html");
    // Its only markup is the <del> and <ins> that mark changed characters.
    let md = diff("md");
    assert_markdown_inert(
        &md,
        "lawrpt diff --format md",
        &["<del>", "</del>", "<ins>", "</ins>"],
    );
}

#[test]
fn template_syntax_in_a_report_is_printed_not_evaluated() {
    let source = report(2024).replace(
        "带头学法。",
        "\"带头学法{{ report.year }}{% if true %}真{% endif %}。\"",
    );
    let project = common::project_with_2024(&source);
    assert_exit(&lawrpt(project.path(), &["build", "2024"]), 0);
    let txt = fs::read_to_string(project.path().join("out/2024/report.txt")).unwrap();
    assert!(
        txt.contains("带头学法{{ report.year }}{% if true %}真{% endif %}。"),
        "{txt}"
    );
}

#[test]
fn the_checker_itself_catches_markup_and_unsafe_links() {
    // The checks above would pass on an empty page; they must fail on a live payload.
    let live = [
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;<script>alert(1)</script></p>",
        "<p onclick=x>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<a href=\"JaVaScRiPt:alert(1)\">&lt;script&gt;alert(1)&lt;/script&gt;</a>",
        "<a href=\" java\tscript:alert(1)\">&lt;script&gt;alert(1)&lt;/script&gt;</a>",
        "<svg></svg>&lt;script&gt;alert(1)&lt;/script&gt;",
    ];
    for page in live {
        let caught = std::panic::catch_unwind(|| assert_inert(page, "live")).is_err();
        assert!(caught, "not caught: {page}");
    }
    for md in [
        "a <b>x</b>",
        "<div>\n</div>",
        "[x](JavaScript:alert(1))",
        "![x](data:image/png,)",
    ] {
        let caught = std::panic::catch_unwind(|| assert_markdown_inert(md, "md", &[])).is_err();
        assert!(caught, "not caught: {md}");
    }
}
