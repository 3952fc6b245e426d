//! Criterion benches of lawrpt's stages, without I/O: `load` (YAML → model), `check` (every
//! rule), `view+render` (the view and all three templates), and `all` (the four together,
//! what `lawrpt build` does per year between reading the file and writing the outputs).
//!
//! Two inputs: the sample, `reports/2024.yaml` (Gaoling District, 13.5 KB), and `x10`, the
//! sample with every part's sections and body repeated until the YAML is at least ten times
//! the sample's size (twelve copies, 146 KB: the preamble, part headings and indicators stay
//! single). Both are checked at start-up to load cleanly and to draw only the sample's own
//! warning (`leadership-missing`), so a change that broke them fails loudly instead of timing
//! an error path.
//!
//! Also `diff`: the report against a reworded copy of itself (`lawrpt diff`'s comparison,
//! reading and printing aside), and `diff+page`: the same comparison with its HTML page, what
//! `build` does for each pair of consecutive years.
//!
//! ```sh
//! cargo bench --bench pipeline -- --warm-up-time 1 --measurement-time 3
//! cargo bench --bench pipeline -- x10/load        # one bench, by name filter
//! ```
//!
//! And `import`: `lawrpt import` of the sample's own plain text (`sample-text`), and of that
//! text with a 100,000-character paragraph before its issuer (`long-last-paragraph`: among
//! the last four paragraphs, where import looks for the issuer and date; when it was read
//! again from every character, this took 28 s), and of the text below 5,000 lines of a web
//! page's fields (`5000-notes`: one note each, its place found in a line index; when each
//! place was found by walking from the top of the text, `lawrpt import` of it took 0.93 s).
//!
//! Throughput is the YAML's size, so criterion also prints MiB/s per stage (the text's size
//! for `import`).

#![allow(
    clippy::expect_used,
    reason = "a bench whose fixture is broken should stop at once"
)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lawrpt::check::{self, Context};
use lawrpt::diff::render::Page;
use lawrpt::import::{self, paragraphs};
use lawrpt::load;
use lawrpt::render::view::{self, Nav};
use lawrpt::render::{TemplateCache, Templates};
use lawrpt::report::model::Report;

const SAMPLE: &str = include_str!("../reports/2024.yaml");
/// The sample's file year: `check` compares `year:` with it.
const YEAR: i64 = 2024;
/// How many times larger than the sample `x10` is, at least, in bytes.
const SCALE: usize = 10;

/// The sample with the contents of every part's `sections:` and `body: |-` repeated `times`
/// times (bodies as separate paragraphs). The preamble, headings and indicators stay as
/// they are, so the report keeps the sample's structure and validity at `times` its size.
fn repeated(sample: &str, times: usize) -> String {
    let lines: Vec<&str> = sample.lines().collect();
    let indent = |line: &str| line.len() - line.trim_start().len();
    let mut out = Vec::with_capacity(lines.len() * times);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        out.push(line.to_string());
        i += 1;
        let trimmed = line.trim();
        // A part's own keys stand at four spaces; what they hold is indented further.
        let is_part_key = indent(line) == 4;
        let repeat = is_part_key && (trimmed == "sections:" || trimmed == "body: |-");
        if !repeat {
            continue;
        }
        let start = i;
        while i < lines.len() && (lines[i].trim().is_empty() || indent(lines[i]) > 4) {
            i += 1;
        }
        let block = &lines[start..i];
        for copy in 0..times {
            if copy > 0 && trimmed == "body: |-" {
                out.push(String::new());
            }
            out.extend(block.iter().map(|l| (*l).to_string()));
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

struct Case {
    name: &'static str,
    source: String,
    report: Report,
}

impl Case {
    fn new(name: &'static str, source: String) -> Case {
        let loaded = load::load(&source);
        assert!(
            loaded.diagnostics.is_empty(),
            "{name}: loading found {:?}",
            loaded.diagnostics
        );
        let report = loaded.report.expect("the report loads");
        let rules: Vec<&str> = check::check(&report, &context(&source))
            .iter()
            .map(|d| d.rule)
            .collect();
        assert_eq!(
            rules,
            ["leadership-missing"],
            "{name}: expected only the sample's own warning"
        );
        Case {
            name,
            source,
            report,
        }
    }
}

fn context(source: &str) -> Context<'_> {
    Context::new(source, Some(YEAR))
}

fn pipeline(c: &mut Criterion) {
    let templates = Templates::load(None, &mut TemplateCache::default())
        .expect("the built-in templates are readable")
        .expect("the built-in templates parse");
    let x10 = (SCALE..)
        .map(|times| repeated(SAMPLE, times))
        .find(|text| text.len() >= SCALE * SAMPLE.len())
        .expect("repeating sections grows the report");
    let cases = [
        Case::new("sample", SAMPLE.to_string()),
        Case::new("x10", x10),
    ];
    for case in &cases {
        let mut group = c.benchmark_group(case.name);
        group.throughput(Throughput::Bytes(case.source.len() as u64));
        // Fewer samples than criterion's 100, so that `--measurement-time 3` is enough for
        // every bench (an `x10` iteration takes milliseconds).
        group.sample_size(if case.name == "x10" { 20 } else { 50 });
        let source = case.source.as_str();
        group.bench_function("load", |b| b.iter(|| load::load(black_box(source))));
        group.bench_function("check", |b| {
            b.iter(|| check::check(black_box(&case.report), &context(source)))
        });
        group.bench_function("view+render", |b| {
            b.iter(|| {
                let view = view::build(black_box(&case.report), None, Nav::default());
                templates.render(&view).expect("the report renders")
            })
        });
        group.bench_function("all", |b| {
            b.iter(|| {
                let loaded = load::load(black_box(source));
                let report = loaded.report.expect("the report loads");
                let found = check::check(&report, &context(source));
                let view = view::build(&report, None, Nav::default());
                (found, templates.render(&view).expect("the report renders"))
            })
        });
        // `lawrpt diff` of the report against a reworded copy of itself: words and figures
        // changed throughout, the structure kept.
        let reworded = case
            .source
            .replace("全面", "全力")
            .replace("3次", "4次")
            .replace("持續", "繼續");
        let other = load::load(&reworded)
            .report
            .expect("the reworded copy loads");
        group.bench_function("diff", |b| {
            b.iter(|| lawrpt::diff::diff(black_box(&case.report), black_box(&other)))
        });
        // What `build` does per pair of consecutive years: the comparison and its page.
        let script = case.report.script();
        group.bench_function("diff+page", |b| {
            b.iter(|| {
                let diff = lawrpt::diff::diff(black_box(&case.report), black_box(&other));
                let page = Page::as_written(script, script);
                lawrpt::diff::render::html(&diff, "2023年 → 2024年", &page)
            })
        });
        group.finish();
    }
    imports(c, &templates, &cases[0].report);
}

/// `lawrpt import --year 2024` of a text, from its paragraphs to the draft.
fn import_text(text: &str) -> import::Imported {
    let options = import::Options {
        year: Some(YEAR),
        ..import::Options::default()
    };
    import::import(&paragraphs::of_text(text), text, &options).expect("the text imports")
}

fn imports(c: &mut Criterion, templates: &Templates, sample: &Report) {
    let view = view::build(sample, None, Nav::default());
    let outputs = templates.render(&view).expect("the report renders");
    let text = outputs
        .iter()
        .find(|(output, _)| output.file.ends_with(".txt"))
        .map(|(_, bytes)| String::from_utf8(bytes.clone()).expect("the text is UTF-8"))
        .expect("the sample has a plain text");
    // A paragraph with no date in it, among the last four, before the issuer (the sample, as
    // published, closes with its issuer and no date: import then tries all four for one).
    let (body, closing) = text
        .trim_end()
        .rsplit_once("\n\n")
        .expect("the text ends with its issuer");
    let long = format!("{body}\n\n{}\n\n{closing}\n", "字".repeat(100_000));
    // A saved page with 5,000 lines of the site's own fields above the report: a note each.
    let noted = format!("{}{text}", "来源：高陵区司法局\n".repeat(5_000));
    let mut group = c.benchmark_group("import");
    group.sample_size(20);
    let cases = [
        ("sample-text", &text),
        ("long-last-paragraph", &long),
        ("5000-notes", &noted),
    ];
    for (name, text) in cases {
        assert!(
            import_text(text).draft.authority.is_some(),
            "{name}: the issuer is found"
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| import_text(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
