//! The documentation's examples are real: FORMAT.md's complete example builds with no
//! errors and no warnings, README's quick-start commands name what CI runs, and every rule
//! `lawrpt rules --format json` lists is documented in FORMAT.md and FORMAT.zh-Hans.md.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;

mod common;

fn manifest_file(name: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap()
}

/// The fenced YAML block under FORMAT.md's "Complete example" heading.
fn format_example() -> String {
    let doc = manifest_file("FORMAT.md");
    let section = &doc[doc
        .find("## Complete example")
        .expect("FORMAT.md has a complete example")..];
    let start = section.find("```yaml\n").unwrap() + "```yaml\n".len();
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_string()
}

#[test]
fn the_complete_example_in_format_md_builds_clean() {
    let project = common::project_with_2024(&format_example());
    let run = common::lawrpt(project.path(), &["build", "2024"]);
    common::assert_exit(&run, 0);
    let stderr = common::stderr(&run);
    assert!(stderr.contains("(0 errors, 0 warnings)"), "{stderr}");
}

#[test]
fn readme_opens_with_the_two_set_up_commands_and_ci_runs_them() {
    let readme = manifest_file("README.md");
    let first_block = &readme[readme.find("```").unwrap()..];
    let first_block = &first_block[..first_block[3..].find("```").unwrap()];
    assert!(
        first_block.contains("cargo run --release -- build 2024"),
        "{first_block}"
    );
    assert!(first_block.contains("cargo test"), "{first_block}");
    let ci = manifest_file(".ci/run");
    assert!(
        ci.contains("\ncargo test\n"),
        ".ci/run runs README's test command"
    );
    assert!(
        ci.contains("cargo run --release --quiet -- build 2024"),
        ".ci/run builds the sample"
    );
}

#[test]
fn every_rule_is_documented_in_both_format_guides() {
    let dir = tempfile::tempdir().unwrap();
    let run = common::lawrpt(dir.path(), &["rules", "--format", "json"]);
    common::assert_exit(&run, 0);
    let document: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(document["schema"], "lawrpt-rules/1");
    let rules = document["rules"].as_array().unwrap();
    assert!(rules.len() > 20, "{rules:?}");
    let (english, chinese) = (
        manifest_file("FORMAT.md"),
        manifest_file("FORMAT.zh-Hans.md"),
    );
    for rule in rules {
        let id = rule["id"].as_str().unwrap();
        assert!(
            matches!(rule["severity"].as_str(), Some("error" | "warning")),
            "{rule}"
        );
        assert!(
            rule["fixed"].is_boolean() && rule["summary"].is_string(),
            "{rule}"
        );
        for (name, guide) in [("FORMAT.md", &english), ("FORMAT.zh-Hans.md", &chinese)] {
            assert!(
                guide.contains(&format!("`{id}`")),
                "{name} does not document `{id}`"
            );
        }
    }
}
