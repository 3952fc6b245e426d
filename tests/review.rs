//! The round trip through the leaders' review: the sample's report.docx, edited with tracked
//! changes and a comment by `scripts/review-docx.py` (as Word records a reviewer's work), comes
//! back through `lawrpt import` with the changes accepted and the comment listed, and
//! `lawrpt diff 2024 reviewed.docx` shows exactly those edits.
//!
//! The script needs Python 3 (standard library only). Where there is none the tests are
//! skipped, except on CI, which installs it (`.ci/run`), where its absence fails.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use serde_json::Value;

mod common;
use common::{assert_exit, lawrpt, sample, sample_as_imported, stderr, stdout};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn has_python() -> bool {
    let found = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|run| run.status.success());
    if !found {
        common::skipped("python3", "the review round trip");
    }
    found
}

/// The sample with its report.docx built and reviewed: the project, and the script's JSON
/// account of the edits; `None` (the test skipped) without Python.
fn reviewed() -> Option<(tempfile::TempDir, Value)> {
    if !has_python() {
        return None;
    }
    let project = sample();
    assert_exit(&lawrpt(project.path(), &["build", "2024", "--docx"]), 0);
    let run = Command::new("python3")
        .arg(manifest_dir().join("scripts/review-docx.py"))
        .args(["out/2024/report.docx", "reviewed.docx"])
        .current_dir(project.path())
        .output()
        .unwrap();
    assert!(run.status.success(), "review-docx.py: {}", stderr(&run));
    let edits = serde_json::from_slice(&run.stdout).unwrap();
    Some((project, edits))
}

/// The lines of the point whose lead is `lead`: its `- lead:` line and the lines under it.
fn point_lines(lines: &[String], lead: &str) -> std::ops::Range<usize> {
    let start = lines
        .iter()
        .position(|l| l.trim_start() == format!("- lead: {lead}"))
        .unwrap_or_else(|| panic!("no point {lead}"));
    let indent = lines[start].len() - lines[start].trim_start().len();
    let end = (start + 1..lines.len())
        .find(|&i| lines[i].len() - lines[i].trim_start().len() <= indent)
        .unwrap_or(lines.len());
    start..end
}

/// What the leaders' edits make of the sample's YAML, made here by hand from the script's
/// account: a sentence inserted, a clause deleted, a figure changed, a point moved up.
fn sample_as_reviewed(edits: &Value) -> String {
    let mut yaml = sample_as_imported();
    let mut moved = None;
    for edit in edits["edits"].as_array().unwrap() {
        let text = edit["text"].as_str().unwrap_or_default();
        match edit["kind"].as_str().unwrap() {
            "insertion" => {
                let after = edit["after"].as_str().unwrap();
                assert_eq!(yaml.matches(after).count(), 1, "{after}");
                yaml = yaml.replace(after, &format!("{after}{text}"));
            }
            "deletion" => {
                assert_eq!(yaml.matches(text).count(), 1, "{text}");
                yaml = yaml.replace(text, "");
            }
            "figure" => {
                let (old, new) = (edit["old"].as_str().unwrap(), edit["new"].as_str().unwrap());
                let (old, new) = (format!("共受理{old}件"), format!("共受理{new}件"));
                assert_eq!(yaml.matches(&old).count(), 1, "{old}");
                yaml = yaml.replace(&old, &new);
            }
            "move" => moved = Some(text.trim_start_matches("三是").to_string()),
            "comment" => {}
            kind => panic!("an edit the test does not know: {kind}"),
        }
    }
    // The point moved goes before the one above it.
    let moved = moved.expect("the review moves a point");
    let mut lines: Vec<String> = yaml.lines().map(str::to_string).collect();
    let down = point_lines(&lines, "全面提升政務服務水平。");
    let up = point_lines(&lines, &moved);
    assert_eq!(
        down.end, up.start,
        "the moved point stood right after the other"
    );
    let block: Vec<String> = lines.drain(up).collect();
    lines.splice(down.start..down.start, block);
    lines.join("\n") + "\n"
}

#[test]
fn a_reviewed_word_file_imports_with_the_changes_accepted_and_its_comment_listed() {
    let Some((project, edits)) = reviewed() else {
        return;
    };
    let run = lawrpt(
        project.path(),
        &["import", "reviewed.docx", "--year", "2024", "-o", "-"],
    );
    assert_exit(&run, 0);
    let yaml: String = stdout(&run)
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(yaml, sample_as_reviewed(&edits));

    // The comment, with the paragraph it is on; and the summary counts it.
    let comment = edits["edits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "comment")
        .unwrap();
    let messages = stderr(&run);
    let expected = format!(
        "warning[import-comment]: paragraph {}: comment by {}: “{}”",
        comment["paragraph"],
        comment["author"].as_str().unwrap(),
        comment["text"].as_str().unwrap()
    );
    assert!(messages.contains(&expected), "{messages}");
    assert!(
        messages.contains("嚴格依法辦理行政復議案件"),
        "the paragraph is shown: {messages}"
    );
    assert!(
        messages.contains("1 comment listed above: it is not in the YAML"),
        "{messages}"
    );

    // In Chinese too.
    let run = Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(["import", "reviewed.docx", "--year", "2024", "-o", "-"])
        .current_dir(project.path())
        .env("NO_COLOR", "1")
        .env("LAWRPT_LANG", "zh-Hans")
        .output()
        .unwrap();
    let messages = stderr(&run);
    assert!(
        messages.contains(&format!(
            "第 {} 段：李局長的批注：“請核實受理案件數,與司法局臺賬一致。”",
            comment["paragraph"]
        )),
        "{messages}"
    );
    assert!(messages.contains("上面列出了 1 条批注"), "{messages}");
}

/// Every change a diff reports, as short lines: what the reviewer should see, and no more.
fn changes(diff: &Value) -> Vec<String> {
    fn sentences(list: &Value, out: &mut Vec<String>) {
        for s in list.as_array().unwrap() {
            match s["kind"].as_str().unwrap() {
                "carried" => {}
                "changed" => {
                    let segments: Vec<String> = s["segments"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|g| g["tag"] != "same")
                        .map(|g| format!("{} {}", g["tag"].as_str().unwrap(), g["text"]))
                        .collect();
                    out.push(format!("changed: {}", segments.join(", ")));
                }
                kind => out.push(format!("{kind}: {}", s["text"])),
            }
        }
    }
    fn division(d: &Value, out: &mut Vec<String>) {
        let status = d["status"].as_str().unwrap();
        if status == "added" || status == "removed" || d["moved"] == true {
            out.push(format!("{status} {}: {}", d["level"], d["new"]["heading"]));
        }
        sentences(&d["body"], out);
        for p in d["points"].as_array().unwrap() {
            if p["moved"] == true || !p["moved_from"].is_null() {
                out.push(format!("point moved: {} → {}", p["old"], p["new"]));
            }
            if p["status"] == "added" || p["status"] == "removed" {
                out.push(format!("point {}", p["status"]));
            }
            sentences(&p["text"], out);
        }
        for c in d["children"].as_array().unwrap() {
            division(c, out);
        }
    }
    let mut out = Vec::new();
    sentences(&diff["preamble"], &mut out);
    for part in diff["parts"].as_array().unwrap() {
        division(part, &mut out);
    }
    for f in diff["figures"].as_array().unwrap() {
        if f["old"] != f["new"] {
            out.push(format!(
                "figure {}: {} → {}",
                f["label"], f["old"], f["new"]
            ));
        }
    }
    out
}

#[test]
fn diff_against_the_reviewed_word_file_shows_exactly_the_leaders_edits() {
    let Some((project, _)) = reviewed() else {
        return;
    };
    let run = lawrpt(
        project.path(),
        &["diff", "2024", "reviewed.docx", "--format", "json"],
    );
    assert_exit(&run, 0);
    let diff: Value = serde_json::from_str(&stdout(&run)).unwrap();
    assert_eq!(
        changes(&diff),
        [
            "added: \"建立法治建設問題整改臺賬,逐項銷號。\"",
            "point moved: \"三是\" → \"二是\"",
            "changed: removed \"59\", added \"62\"",
            "changed: removed \",基層街道綜合行政執法體制尚未完全建立\"",
            "figure \"2024年共受理行政復議案件\": \"159件\" → \"162件\"",
        ]
    );
    // The comment is listed on standard error, where it sits.
    let messages = stderr(&run);
    assert!(
        messages.contains("warning[import-comment]: paragraph 26: comment by 李局長"),
        "{messages}"
    );
    assert!(messages.contains("reviewed.docx:26:1"), "{messages}");

    // --exit-code says there were edits; the terminal form names the move.
    let run = lawrpt(
        project.path(),
        &["diff", "2024", "reviewed.docx", "--exit-code"],
    );
    assert_exit(&run, 1);
    assert!(
        stdout(&run).contains("二是 (moved, was 三是) 持續優化法治化營商環境。… (unchanged)"),
        "{}",
        stdout(&run)
    );
    // The unreviewed file is the report itself: nothing to show, nothing listed.
    let run = lawrpt(
        project.path(),
        &["diff", "2024", "out/2024/report.docx", "--exit-code"],
    );
    assert_exit(&run, 0);
    assert_eq!(stderr(&run), "");
}
