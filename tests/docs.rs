//! The documentation's examples are real: FORMAT.md's complete example builds with no
//! errors and no warnings, and README's quick-start commands name what CI runs.

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
