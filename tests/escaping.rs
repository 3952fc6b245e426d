//! Hostile text in a report never reaches a page as markup: the real binary builds a report
//! whose every field carries classic XSS payloads, and the outputs are searched for anything
//! a browser would act on.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;

mod common;

const PAYLOADS: [&str; 8] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<IMG SRC=JaVaScRiPt:alert(1)>",
    "[点我](javascript:alert(1))",
    "[点我](JaVaScRiPt:alert(1))",
    "[点我](jav&#x61;script:alert(1))",
    "[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
];

fn report() -> String {
    let body = PAYLOADS.join("\n\n");
    let indented = |n: usize| {
        body.lines()
            .map(|l| format!("{}{l}", " ".repeat(n)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "year: 2024
title: \"<script>alert('title')</script>报告\"
authority: \"某区<b onmouseover=alert(1)>政府\"
preamble: |-
{pre}
parts:
  - role: measures
    heading: \"2024年度主要举措和成效<img src=x onerror=alert(1)>\"
    points:
      - lead: \"<script>alert('lead')</script>加强领导。\"
        body: |-
{point}
  - role: shortcomings
    heading: 2024年度存在的不足和原因
    body: 有差距。
  - role: leadership
    heading: 2024年度党政主要负责人履行推进法治建设第一责任人职责情况
    body: 带头学法。
  - role: plans
    heading: 2025年度主要安排
    body: |-
{plans}
",
        pre = indented(2),
        point = indented(10),
        plans = indented(6),
    )
}

#[test]
fn no_payload_survives_as_markup_in_any_output() {
    let project = common::project_with_2024(&report());
    common::assert_exit(&common::lawrpt(project.path(), &["build", "2024"]), 0);

    let html = fs::read_to_string(project.path().join("out/2024/report.html")).unwrap();
    let lower = html.to_lowercase();
    // Escaped text such as `&lt;script&gt;` is harmless; a raw tag is not.
    for tag in ["<script", "<img", "<svg", "<b "] {
        assert!(!lower.contains(tag), "report.html holds {tag}");
    }
    assert!(
        !lower.contains("href=\"javascript"),
        "a javascript: link survived"
    );
    assert!(
        !lower.contains("href=\"jav"),
        "an encoded javascript: link survived"
    );
    assert!(!lower.contains("href=\"data:"), "a data: link survived");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the payload is shown as text"
    );
    assert!(
        html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;报告")
            || html.contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;报告"),
        "the title is escaped"
    );
    assert!(html.contains("点我"), "a dropped link keeps its words");

    let md = fs::read_to_string(project.path().join("out/2024/report.md")).unwrap();
    // In Markdown every `<` of raw HTML is escaped, so no renderer reads a tag.
    for line in md.lines() {
        let bare_lt = line
            .match_indices('<')
            .any(|(i, _)| !line[..i].ends_with('\\'));
        assert!(!bare_lt, "report.md line holds raw markup: {line}");
    }
    let md_lower = md.to_lowercase();
    for link in ["](javascript", "](jav", "](data:", "<javascript"] {
        assert!(!md_lower.contains(link), "report.md keeps a link: {link}");
    }
}

#[test]
fn template_syntax_in_a_report_is_printed_not_evaluated() {
    let source = report().replace(
        "有差距。",
        "\"有差距{{ report.year }}{% if true %}真{% endif %}。\"",
    );
    let project = common::project_with_2024(&source);
    common::assert_exit(&common::lawrpt(project.path(), &["build", "2024"]), 0);
    let txt = fs::read_to_string(project.path().join("out/2024/report.txt")).unwrap();
    assert!(
        txt.contains("有差距{{ report.year }}{% if true %}真{% endif %}。"),
        "{txt}"
    );
}
