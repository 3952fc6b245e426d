//! The importer's round trip over generated reports: for any report the plain text can hold,
//! importing its rendered `report.txt` gives the report back — import(render_txt(r)) == r —
//! and writing a draft as YAML and loading it gives the draft back; the same holds for its
//! `report.docx`.
//!
//! "What the plain text can hold": numbering is generated, so it carries no information; a
//! point's lead is its first sentence, so a lead is one sentence followed by a body, and a
//! point without a lead is one sentence; indicators are not printed in the text.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lawrpt::import::{self, paragraphs};
use lawrpt::load::{self, yaml};
use lawrpt::render::view::{self, Nav};
use lawrpt::render::{TemplateCache, Templates};
use lawrpt::report::draft::{Draft, DraftDivision, DraftPart, DraftPoint};
use lawrpt::report::model::{Level, Role};
use proptest::prelude::*;

mod common;

fn words() -> impl Strategy<Value = String> {
    // Besides the common words: quotation marks and book-title marks, and Traditional forms.
    let extra = ["“放管服”", "《条例》", "機制", "審查"];
    let word = prop::sample::select(
        common::REPORT_WORDS
            .into_iter()
            .chain(extra)
            .collect::<Vec<_>>(),
    );
    prop::collection::vec(word, 2..7).prop_map(|w| w.concat())
}

fn sentence() -> impl Strategy<Value = String> {
    (words(), prop::option::of(words())).prop_map(|(a, b)| match b {
        Some(b) => format!("{a}，{b}。"),
        None => format!("{a}。"),
    })
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..4).prop_map(|s| s.concat())
}

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(paragraph(), 1..3).prop_map(|p| p.join("\n\n"))
}

fn heading() -> impl Strategy<Value = String> {
    (words(), any::<bool>()).prop_map(|(w, stop)| if stop { format!("{w}。") } else { w })
}

fn point() -> impl Strategy<Value = DraftPoint> {
    prop_oneof![
        (sentence(), body()).prop_map(|(lead, body)| DraftPoint {
            lead: Some(lead),
            body: Some(body),
        }),
        sentence().prop_map(|body| DraftPoint {
            lead: None,
            body: Some(body),
        }),
    ]
}

fn division(
    level: Level,
    children: impl Strategy<Value = Vec<DraftDivision>>,
) -> impl Strategy<Value = DraftDivision> {
    (
        heading(),
        prop::option::of(body()),
        prop::collection::vec(point(), 0..3),
        children,
    )
        .prop_map(move |(heading, body, points, children)| {
            let mut d = DraftDivision::new(level, heading);
            d.body = body;
            d.points = points;
            d.children = children;
            if !d.points.is_empty() || !d.children.is_empty() || d.body.is_some() {
                return d;
            }
            d.body = Some("依法推进。".to_string());
            d
        })
}

fn sections() -> impl Strategy<Value = Vec<DraftDivision>> {
    let subitem = division(Level::SubItem, Just(Vec::new()));
    let item = division(Level::Item, prop::collection::vec(subitem, 0..2));
    let section = division(Level::Section, prop::collection::vec(item, 0..3));
    prop::collection::vec(section, 0..3)
}

fn part(role: Role, heading: &'static str) -> impl Strategy<Value = DraftPart> {
    division(Level::Part, sections()).prop_map(move |mut division| {
        division.heading = heading.to_string();
        DraftPart { role, division }
    })
}

fn report() -> impl Strategy<Value = Draft> {
    let authority = prop::option::of(prop::sample::select(vec![
        "西安市高陵区人民政府",
        "某某县司法局",
        "某市生態環境局",
    ]));
    (
        authority,
        any::<bool>(),
        prop::option::of(1..=28u32),
        prop::option::of(body()),
        part(Role::Measures, "2024年度推进法治政府建设的主要举措和成效"),
        part(
            Role::Shortcomings,
            "2024年度推进法治政府建设存在的不足和原因",
        ),
        prop::option::of(part(
            Role::Leadership,
            "党政主要负责人履行推进法治建设第一责任人职责情况",
        )),
        part(Role::Plans, "2025年度推进法治政府建设的主要安排"),
        prop::option::of(part(Role::Other, "其他需要报告的情况")),
    )
        .prop_map(
            |(
                authority,
                titled,
                day,
                preamble,
                measures,
                shortcomings,
                leadership,
                plans,
                other,
            )| {
                let authority = authority.map(str::to_string);
                Draft {
                    year: 2024,
                    title: titled.then(|| {
                        format!(
                            "{}关于2024年法治政府建设情况的报告",
                            authority.clone().unwrap_or_default()
                        )
                    }),
                    authority,
                    issued: day.map(|d| format!("2025-03-{d:02}")),
                    preamble,
                    parts: [
                        Some(measures),
                        Some(shortcomings),
                        leadership,
                        Some(plans),
                        other,
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                }
            },
        )
}

fn loaded(yaml: &str) -> lawrpt::report::model::Report {
    let loaded = load::load(yaml);
    assert!(
        loaded.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}\n{yaml}",
        loaded.diagnostics
    );
    loaded.report.unwrap()
}

fn report_txt(templates: &Templates, report: &lawrpt::report::model::Report) -> String {
    let view = view::build(report, None, Nav::default());
    let outputs = templates.render(&view).unwrap();
    let bytes = outputs
        .into_iter()
        .find(|(output, _)| output.file == "report.txt")
        .unwrap()
        .1;
    String::from_utf8(bytes).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn importing_a_reports_plain_text_gives_the_report_back(draft in report()) {
        let templates = Templates::load(None, &mut TemplateCache::default()).unwrap().unwrap();
        let yaml = yaml::write(&draft, &[]).unwrap();
        let report = loaded(&yaml);
        prop_assert_eq!(&Draft::of(&report), &draft, "the YAML writer changed the draft:\n{}", yaml);
        let txt = report_txt(&templates, &report);
        let options = import::Options { year: Some(2024), ..import::Options::default() };
        // As rendered (one paragraph a line), with blank lines between paragraphs, and with
        // Windows line ends.
        let spaced = txt.replace('\n', "\n\n");
        let windows = txt.replace('\n', "\r\n");
        for text in [&txt, &spaced, &windows] {
            let decoded = import::decode(text.as_bytes()).unwrap().text;
            let imported = import::import(&paragraphs::of_text(&decoded), &decoded, &options).unwrap();
            prop_assert_eq!(&imported.draft, &draft, "report.txt:\n{}", text);
            prop_assert!(imported.notes.is_empty(), "{:?}", imported.notes);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The Word file holds what the plain text holds: importing a report's `report.docx`
    /// gives the report back, with no notes.
    #[test]
    fn importing_a_reports_word_file_gives_the_report_back(draft in report()) {
        let yaml = yaml::write(&draft, &[]).unwrap();
        let report = loaded(&yaml);
        let view = view::build(&report, None, Nav::default());
        let docx = lawrpt::render::docx::render(&view).unwrap();
        let blocks = import::docx::blocks(&docx).unwrap();
        let (paragraphs, source) = paragraphs::of_word(&blocks);
        let options = import::Options { year: Some(2024), ..import::Options::default() };
        let imported = import::import(&paragraphs, &source, &options).unwrap();
        prop_assert_eq!(&imported.draft, &draft, "report.docx read as:\n{}", source);
        prop_assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    }
}
