//! The first line of what `lawrpt new` and `lawrpt import` write names the project's JSON
//! Schema for the editor (`# yaml-language-server: $schema=../lawrpt.schema.json`), by a path
//! relative to the report, and the schema is written at the project's root when it is not
//! there: the first report of a project brings its schema. An existing schema is left as it
//! is (`lawrpt schema -o` refreshes it). A report written outside any project names none; one
//! on standard output names it where a report in `reports/` finds it, and writes no file.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{assert_exit, lawrpt, stderr};

const MODELINE: &str = "# yaml-language-server: $schema=../lawrpt.schema.json";

fn page() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/import-into-project.in/page.txt")
}

fn first_line(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    text.lines().next().unwrap().to_string()
}

/// What `lawrpt schema` prints, in English as the tests run it.
fn schema(cwd: &Path) -> Vec<u8> {
    let run = lawrpt(cwd, &["schema"]);
    assert_exit(&run, 0);
    run.stdout
}

#[test]
fn new_names_the_schema_on_the_first_line_and_writes_it_at_the_root() {
    let project = tempfile::tempdir().unwrap();
    let run = lawrpt(project.path(), &["new", "2025"]);
    assert_exit(&run, 0);
    assert_eq!(
        first_line(&project.path().join("reports/2025.yaml")),
        MODELINE
    );
    let written = fs::read(project.path().join("lawrpt.schema.json")).unwrap();
    assert_eq!(written, schema(project.path()));
    assert!(
        stderr(&run).contains("wrote lawrpt.schema.json, the schema editors check reports"),
        "{}",
        stderr(&run)
    );
    // The report still reads as the skeleton it was: the modeline is a comment.
    let check = lawrpt(project.path(), &["check", "2025"]);
    assert!(
        !stderr(&check).contains("yaml-syntax"),
        "{}",
        stderr(&check)
    );
}

#[test]
fn a_schema_already_there_is_left_as_it_is() {
    let project = tempfile::tempdir().unwrap();
    fs::create_dir(project.path().join("reports")).unwrap();
    fs::write(project.path().join("lawrpt.schema.json"), "{}\n").unwrap();
    let run = lawrpt(project.path(), &["new", "2025"]);
    assert_exit(&run, 0);
    assert!(
        !stderr(&run).contains("lawrpt.schema.json"),
        "{}",
        stderr(&run)
    );
    let run = lawrpt(project.path(), &["import", page().to_str().unwrap()]);
    assert_exit(&run, 0);
    assert!(
        !stderr(&run).contains("lawrpt.schema.json"),
        "{}",
        stderr(&run)
    );
    assert_eq!(
        fs::read_to_string(project.path().join("lawrpt.schema.json")).unwrap(),
        "{}\n"
    );
    assert_eq!(
        first_line(&project.path().join("reports/2024.yaml")),
        MODELINE
    );
}

#[test]
fn import_into_a_project_names_the_schema_at_its_root_from_where_the_file_goes() {
    let project = tempfile::tempdir().unwrap();
    fs::create_dir(project.path().join("reports")).unwrap();
    let page = page();
    let page = page.to_str().unwrap();
    let run = lawrpt(project.path(), &["import", page]);
    assert_exit(&run, 0);
    assert_eq!(
        first_line(&project.path().join("reports/2024.yaml")),
        MODELINE
    );
    assert!(project.path().join("lawrpt.schema.json").is_file());

    // From a folder of the project, the path climbs to its root; at the root, it does not.
    let inside = project.path().join("reports");
    let run = lawrpt(&inside, &["import", page, "-o", "../drafts/old/2024.yaml"]);
    assert_exit(&run, 0);
    assert_eq!(
        first_line(&project.path().join("drafts/old/2024.yaml")),
        "# yaml-language-server: $schema=../../lawrpt.schema.json"
    );
    let run = lawrpt(project.path(), &["import", page, "-o", "2024-draft.yaml"]);
    assert_exit(&run, 0);
    assert_eq!(
        first_line(&project.path().join("2024-draft.yaml")),
        "# yaml-language-server: $schema=./lawrpt.schema.json"
    );
}

#[test]
fn import_with_no_project_makes_the_current_folder_one_with_its_schema() {
    let folder = tempfile::tempdir().unwrap();
    let run = lawrpt(folder.path(), &["import", page().to_str().unwrap()]);
    assert_exit(&run, 0);
    assert_eq!(
        first_line(&folder.path().join("reports/2024.yaml")),
        MODELINE
    );
    assert!(folder.path().join("lawrpt.schema.json").is_file());
}

/// Imports the page from `cwd` into `target` (`-o`); the first line it wrote.
fn import_to(cwd: &Path, target: &Path) -> String {
    let run = lawrpt(
        cwd,
        &[
            "import",
            page().to_str().unwrap(),
            "-o",
            target.to_str().unwrap(),
        ],
    );
    assert_exit(&run, 0);
    first_line(target)
}

#[test]
fn import_to_a_file_outside_any_project_names_no_schema_and_writes_none() {
    let folder = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let first = import_to(folder.path(), &elsewhere.path().join("2024.yaml"));
    assert!(
        first.starts_with("# Imported by `lawrpt import`"),
        "{first}"
    );
    for dir in [folder.path(), elsewhere.path()] {
        assert!(
            !dir.join("lawrpt.schema.json").exists(),
            "{}",
            dir.display()
        );
    }

    // Nor does a file written outside the project found.
    let project = tempfile::tempdir().unwrap();
    fs::create_dir(project.path().join("reports")).unwrap();
    let first = import_to(project.path(), &elsewhere.path().join("other.yaml"));
    assert!(first.starts_with("# Imported"), "{first}");
    assert!(!project.path().join("lawrpt.schema.json").exists());
}

#[test]
fn import_to_standard_output_names_the_schema_where_reports_find_it_and_writes_no_file() {
    let project = tempfile::tempdir().unwrap();
    fs::create_dir(project.path().join("reports")).unwrap();
    let run = lawrpt(
        project.path(),
        &["import", page().to_str().unwrap(), "-o", "-"],
    );
    assert_exit(&run, 0);
    let yaml = String::from_utf8(run.stdout).unwrap();
    assert_eq!(yaml.lines().next(), Some(MODELINE));
    assert!(!project.path().join("lawrpt.schema.json").exists());
}

#[test]
fn lawrpt_schema_writes_to_a_file_what_it_prints() {
    let dir = tempfile::tempdir().unwrap();
    let run = lawrpt(dir.path(), &["schema", "-o", "lawrpt.schema.json"]);
    assert_exit(&run, 0);
    assert!(run.stdout.is_empty());
    let written = fs::read(dir.path().join("lawrpt.schema.json")).unwrap();
    assert_eq!(written, schema(dir.path()));
    // Run again, it refreshes what is there.
    fs::write(dir.path().join("lawrpt.schema.json"), "{}").unwrap();
    assert_exit(
        &lawrpt(dir.path(), &["schema", "-o", "lawrpt.schema.json"]),
        0,
    );
    assert_eq!(
        fs::read(dir.path().join("lawrpt.schema.json")).unwrap(),
        written
    );
}
