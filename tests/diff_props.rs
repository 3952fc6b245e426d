//! Properties of `lawrpt diff` over generated reports: a report compared with itself has no
//! change, whatever its shape, and so does a report compared with its Traditional copy.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;

mod common;

/// Sentences built from a handful of words, so that generated texts overlap as real reports do.
fn sentence() -> impl Strategy<Value = String> {
    // Besides the common words, a comma, so sentences have clauses.
    let words = prop::sample::select(
        common::REPORT_WORDS
            .into_iter()
            .chain(["，"])
            .collect::<Vec<_>>(),
    );
    (
        prop::collection::vec(words, 2..12),
        prop::sample::select(vec!["。", "；", "！"]),
    )
        .prop_map(|(words, stop)| format!("{}{stop}", words.concat()))
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..4).prop_map(|s| s.concat())
}

/// A report as YAML: the required parts, each with sections and points of generated text.
fn report() -> impl Strategy<Value = String> {
    let point = (paragraph(), paragraph());
    let section = (paragraph(), prop::collection::vec(point, 0..4), paragraph());
    (prop::collection::vec(section, 1..5), paragraph(), paragraph()).prop_map(
        |(sections, shortcomings, plans)| {
            let mut yaml = String::from(
                "year: 2024\nparts:\n  - role: measures\n    heading: 2024年度推进法治政府建设的主要举措和成效\n    sections:\n",
            );
            for (i, (heading, points, body)) in sections.iter().enumerate() {
                yaml.push_str(&format!("      - heading: \"{i}{}\"\n", heading.chars().take(12).collect::<String>()));
                yaml.push_str(&format!("        body: \"{body}\"\n"));
                if !points.is_empty() {
                    yaml.push_str("        points:\n");
                    for (lead, body) in points {
                        yaml.push_str(&format!("          - lead: \"{lead}\"\n            body: \"{body}\"\n"));
                    }
                }
            }
            yaml.push_str(&format!(
                "  - role: shortcomings\n    heading: 2024年度推进法治政府建设存在的不足和原因\n    body: \"{shortcomings}\"\n  - role: plans\n    heading: 2025年度推进法治政府建设的主要安排\n    body: \"{plans}\"\n"
            ));
            yaml
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_report_compared_with_itself_has_no_changes(yaml in report()) {
        let loaded = lawrpt::load::load(&yaml);
        prop_assert!(loaded.diagnostics.is_empty(), "{:?}\n{yaml}", loaded.diagnostics);
        let report = loaded.report.unwrap();
        let diff = lawrpt::diff::diff(&report, &report);
        prop_assert!(!diff.has_changes(), "{:?}", diff.stat);
    }

    #[test]
    fn a_report_compared_with_its_traditional_copy_has_no_changes(yaml in report()) {
        let old = lawrpt::load::load(&yaml).report.unwrap();
        let new = lawrpt::load::load(&hanconv::s2t(&yaml)).report.unwrap();
        let diff = lawrpt::diff::diff(&old, &new);
        prop_assert!(!diff.has_changes(), "{:?}", diff.stat);
    }
}
