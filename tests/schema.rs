//! `lawrpt schema` against a real JSON Schema validator (the `jsonschema` crate, draft-07, with
//! `format` checked) and against the loader:
//!
//! - the schema is a valid draft-07 schema, and `docs/report.schema.json` is exactly what
//!   `lawrpt --lang zh-Hans schema` prints;
//! - the sample, FORMAT.md's examples and every fixture report the loader reads without a
//!   load error are valid, and every fixture it refuses is invalid;
//! - a misspelt key and a wrong role are refused at the key that is wrong, by both;
//! - generated from the schema itself: a report with every key of every mapping loads
//!   cleanly; each key of another mapping put into each mapping, each required key taken
//!   out, each value of the wrong kind and each empty value is refused by the loader exactly
//!   when the schema refuses it — but for one thing no JSON Schema can see: a whole number
//!   written with a point (`year: 2024.0`) is the integer 2024 to it.
//!
//! YAML is read into JSON with serde-saphyr, as the loader reads it (strict booleans).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use common::{assert_exit, lawrpt, stderr};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The schema as `lawrpt schema` prints it (in English: the tests run in English).
fn schema() -> Value {
    let dir = tempfile::tempdir().unwrap();
    let run = lawrpt(dir.path(), &["schema"]);
    assert_exit(&run, 0);
    serde_json::from_slice(&run.stdout).unwrap()
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap()
}

/// YAML text as JSON, read as the loader reads it; None if it is not one YAML document.
fn json_of(yaml: &str) -> Option<Value> {
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    serde_saphyr::from_str_with_options(yaml, options).ok()
}

/// The rules of the load errors the loader reports in `yaml` (not the checks', not warnings).
fn load_errors(yaml: &str) -> Vec<&'static str> {
    lawrpt::load::load(yaml)
        .diagnostics
        .iter()
        .map(|d| d.rule)
        .filter(|rule| *rule != "comment-in-text")
        .collect()
}

/// Every error the validator gives: where in the document, and what kind.
fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<(String, String)> {
    validator
        .iter_errors(instance)
        .map(|e| (e.instance_path().to_string(), format!("{:?}", e.kind())))
        .collect()
}

/// The fenced YAML blocks of a documentation file's "Complete example" section.
fn complete_example(file: &str, heading: &str) -> String {
    let doc = fs::read_to_string(manifest().join(file)).unwrap();
    let section = &doc[doc
        .find(heading)
        .unwrap_or_else(|| panic!("{file}: {heading}"))..];
    let start = section.find("```yaml\n").unwrap() + "```yaml\n".len();
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_string()
}

#[test]
fn the_schema_is_draft_07_and_docs_holds_exactly_what_lawrpt_schema_prints() {
    let schema = schema();
    jsonschema::draft7::meta::validate(&schema).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert!(schema["$id"].is_string() && schema["title"].is_string());

    let dir = tempfile::tempdir().unwrap();
    let run = lawrpt(dir.path(), &["--lang", "zh-Hans", "schema"]);
    assert_exit(&run, 0);
    let committed = fs::read(manifest().join("docs/report.schema.json")).unwrap();
    assert!(
        committed == run.stdout,
        "docs/report.schema.json is not what lawrpt writes now: refresh it with \
         `cargo run -q -- --lang zh-Hans schema -o docs/report.schema.json`"
    );
    let again = lawrpt(dir.path(), &["--lang", "zh-Hans", "schema"]);
    assert_eq!(again.stdout, run.stdout, "not the same bytes twice");
}

/// Every object of the schema says `additionalProperties: false`, and every key has a
/// description in both languages (English first, as the tests run; then Chinese).
#[test]
fn every_object_is_closed_and_every_key_is_described_in_both_languages() {
    let schema = schema();
    let mut objects = vec![("#".to_string(), &schema)];
    for (name, definition) in schema["definitions"].as_object().unwrap() {
        objects.push((format!("#/definitions/{name}"), definition));
    }
    assert_eq!(
        objects.len(),
        7,
        "report, part, section, item, sub-item, point, indicator"
    );
    for (at, object) in objects {
        assert_eq!(object["additionalProperties"], json!(false), "{at}");
        for (key, property) in object["properties"].as_object().unwrap() {
            let about = property["description"].as_str().unwrap_or_default();
            let (english, chinese) = about
                .split_once('\n')
                .unwrap_or_else(|| panic!("{at}/{key}: {about:?}"));
            assert!(
                english.starts_with(|c: char| c.is_ascii()),
                "{at}/{key}: {english}"
            );
            assert!(
                chinese
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{at}/{key}: {chinese}"
            );
        }
    }
    let roles = &schema["definitions"]["part"]["properties"]["role"];
    assert_eq!(
        roles["enum"],
        json!(["measures", "shortcomings", "leadership", "plans", "other"])
    );
    assert_eq!(roles["enumDescriptions"].as_array().unwrap().len(), 5);
}

#[test]
fn the_sample_and_the_format_guides_examples_are_valid() {
    let validator = validator(&schema());
    let examples = [
        (
            "reports/2024.yaml",
            fs::read_to_string(manifest().join("reports/2024.yaml")).unwrap(),
        ),
        (
            "FORMAT.md",
            complete_example("FORMAT.md", "## Complete example"),
        ),
        (
            "FORMAT.zh-Hans.md",
            complete_example("FORMAT.zh-Hans.md", "## 完整示例"),
        ),
    ];
    for (name, yaml) in examples {
        assert_eq!(load_errors(&yaml), Vec::<&str>::new(), "{name}");
        let instance = json_of(&yaml).unwrap();
        assert_eq!(errors(&validator, &instance), [], "{name}");
    }
}

/// Every `.yaml` under `tests/`: the loader's verdict and the schema's agree.
#[test]
fn every_fixture_the_loader_reads_is_valid_and_every_one_it_refuses_is_invalid() {
    let validator = validator(&schema());
    let mut files: Vec<PathBuf> = common::files(&manifest().join("tests"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let (mut valid, mut refused, mut unreadable) = (0, 0, 0);
    let mut disagree = Vec::new();
    for file in &files {
        let name = file.strip_prefix(manifest()).unwrap().display().to_string();
        let Ok(yaml) = fs::read_to_string(file) else {
            unreadable += 1; // not UTF-8: neither reads it
            continue;
        };
        let yaml = yaml.strip_prefix('\u{feff}').unwrap_or(&yaml);
        let loader = load_errors(yaml);
        // Not a YAML document lawrpt reads (syntax, tabs, duplicate keys, two documents,
        // nothing at all): there is nothing to hold against a schema.
        if loader
            .iter()
            .any(|r| matches!(*r, "yaml-syntax" | "encoding"))
        {
            unreadable += 1;
            continue;
        }
        let instance = json_of(yaml).unwrap_or_else(|| panic!("{name}: no JSON"));
        let schema_errors = errors(&validator, &instance);
        match (loader.is_empty(), schema_errors.is_empty()) {
            (true, true) => valid += 1,
            (false, false) => refused += 1,
            _ => disagree.push(format!(
                "{name}: loader {loader:?}, schema {schema_errors:?}"
            )),
        }
    }
    assert!(disagree.is_empty(), "{}", disagree.join("\n"));
    assert!(valid >= 60, "only {valid} valid fixtures found");
    assert!(refused >= 15, "only {refused} refused fixtures found");
    assert!(unreadable >= 5, "{unreadable}");
}

/// FORMAT.md's example with `title:` misspelt and the second part's role wrong.
fn misspelt() -> String {
    let yaml = complete_example("FORMAT.md", "## Complete example");
    let yaml = yaml.replacen("\ntitle:", "\ntitel:", 1);
    yaml.replacen("role: shortcomings", "role: shortcoming", 1)
}

#[test]
fn a_misspelt_key_and_a_wrong_role_are_refused_at_the_key_by_the_validator() {
    let validator = validator(&schema());
    let instance = json_of(&misspelt()).unwrap();
    let mut found = errors(&validator, &instance);
    found.sort();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[0],
        (
            String::new(),
            r#"AdditionalProperties { unexpected: ["titel"] }"#.to_string()
        )
    );
    assert_eq!(found[1].0, "/parts/1/role");
    assert!(found[1].1.starts_with("Enum"), "{found:?}");
}

#[test]
fn a_misspelt_key_and_a_wrong_role_are_refused_at_the_same_lines_by_lawrpt_check() {
    let yaml = misspelt();
    let line_of = |text: &str| yaml.lines().position(|l| l.contains(text)).unwrap() + 1;
    let project = common::project_with_2024(&yaml);
    let run = lawrpt(project.path(), &["check", "2024", "--format", "json"]);
    assert_exit(&run, 1);
    let document: Value = serde_json::from_slice(&run.stdout).unwrap();
    let found: Vec<(String, u64)> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let titel = line_of("titel:") as u64;
    let role = line_of("role: shortcoming") as u64;
    assert!(found.contains(&("unknown-key".into(), titel)), "{found:?}");
    assert!(found.contains(&("invalid-value".into(), role)), "{found:?}");
}

// ---- The loader against the schema, everywhere, from the schema itself ----

/// Where each mapping of the schema stands in [`full_report`]'s document.
fn places(schema: &Value) -> Vec<(String, String)> {
    let mut found = vec![("report".to_string(), String::new())];
    let mut pending = vec![(schema.clone(), String::new())];
    while let Some((object, at)) = pending.pop() {
        for (key, property) in object["properties"].as_object().unwrap() {
            if let Some(reference) = property["items"]["$ref"].as_str() {
                let name = reference.trim_start_matches("#/definitions/").to_string();
                let place = format!("{at}/{key}/0");
                pending.push((schema["definitions"][&name].clone(), place.clone()));
                found.push((name, place));
            }
        }
    }
    found.sort();
    found
}

/// A value the schema allows for `property`, every key of every mapping it holds given.
fn example(schema: &Value, property: &Value) -> Value {
    if let Some(reference) = property["items"]["$ref"].as_str() {
        let name = reference.trim_start_matches("#/definitions/");
        return json!([full_mapping(schema, &schema["definitions"][name])]);
    }
    if let Some(first) = property["enum"].get(0) {
        return first.clone();
    }
    if property["format"] == "date" {
        return json!("2025-03-28");
    }
    let kinds = match &property["type"] {
        Value::Array(kinds) => kinds.clone(),
        kind => vec![kind.clone()],
    };
    match kinds[0].as_str().unwrap() {
        "integer" => property["minimum"].clone(),
        "number" => json!(98.6),
        "string" => json!("文字"),
        other => panic!("no example of {other}"),
    }
}

fn full_mapping(schema: &Value, mapping: &Value) -> Value {
    let mut object = serde_json::Map::new();
    for (key, property) in mapping["properties"].as_object().unwrap() {
        object.insert(key.clone(), example(schema, property));
    }
    Value::Object(object)
}

fn full_report(schema: &Value) -> Value {
    full_mapping(schema, schema)
}

/// The object of `document` at `pointer`.
fn object_at<'d>(document: &'d mut Value, pointer: &str) -> &'d mut serde_json::Map<String, Value> {
    document
        .pointer_mut(pointer)
        .unwrap()
        .as_object_mut()
        .unwrap()
}

/// The document as YAML the loader reads (JSON is YAML), a key a line.
fn yaml_of(document: &Value) -> String {
    serde_json::to_string_pretty(document).unwrap()
}

#[test]
fn a_report_with_every_key_the_schema_allows_loads_without_a_load_error() {
    let schema = schema();
    let report = full_report(&schema);
    assert_eq!(errors(&validator(&schema), &report), []);
    let yaml = yaml_of(&report);
    assert_eq!(load_errors(&yaml), Vec::<&str>::new(), "{yaml}");
    // Every mapping is in it, with all its keys.
    let places = places(&schema);
    let names: BTreeSet<&str> = places.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names.len(), 7, "{places:?}");
}

#[test]
fn a_key_the_schema_refuses_in_a_mapping_the_loader_refuses_there() {
    let schema = schema();
    let validator = validator(&schema);
    let places = places(&schema);
    let mut names: BTreeSet<String> = ["titel".to_string(), "heading2".to_string()].into();
    for (name, _) in &places {
        let mapping = if name == "report" {
            &schema
        } else {
            &schema["definitions"][name]
        };
        names.extend(mapping["properties"].as_object().unwrap().keys().cloned());
    }
    let mut tried = 0;
    for (mapping, at) in &places {
        let allowed: BTreeSet<String> = {
            let report = full_report(&schema);
            let object = report.pointer(at).unwrap().as_object().unwrap().clone();
            object.keys().cloned().collect()
        };
        for name in names.iter().filter(|n| !allowed.contains(*n)) {
            let mut report = full_report(&schema);
            object_at(&mut report, at).insert(name.clone(), json!("多余的键"));
            let refused = errors(&validator, &report);
            assert!(
                refused
                    .iter()
                    .any(|(p, kind)| p == at && kind.contains(name.as_str())),
                "the schema takes `{name}` in a {mapping}: {refused:?}"
            );
            let yaml = yaml_of(&report);
            let line = yaml.lines().position(|l| l.contains("多余的键")).unwrap() + 1;
            let loaded = lawrpt::load::load(&yaml);
            let unknown: Vec<_> = loaded
                .diagnostics
                .iter()
                .filter(|d| d.rule == "unknown-key")
                .map(|d| (d.span.line, d.message.clone()))
                .collect();
            assert!(
                unknown.len() == 1
                    && unknown[0].0 == line
                    && unknown[0].1.contains(&format!("`{name}`")),
                "`{name}` in a {mapping} (line {line}): {unknown:?}"
            );
            tried += 1;
        }
    }
    assert!(tried > 50, "{tried}");
}

#[test]
fn a_required_key_taken_out_is_missing_for_both_and_an_optional_one_for_neither() {
    let schema = schema();
    let validator = validator(&schema);
    for (mapping, at) in places(&schema) {
        let definition = if mapping == "report" {
            &schema
        } else {
            &schema["definitions"][&mapping]
        };
        let required: Vec<&str> = definition["required"]
            .as_array()
            .map(|r| r.iter().map(|k| k.as_str().unwrap()).collect())
            .unwrap_or_default();
        for key in definition["properties"].as_object().unwrap().keys() {
            let mut report = full_report(&schema);
            object_at(&mut report, &at).remove(key);
            let schema_missing = errors(&validator, &report)
                .iter()
                .any(|(p, kind)| *p == at && kind.starts_with("Required"));
            let loaded = lawrpt::load::load(&yaml_of(&report));
            let loader_missing = loaded
                .diagnostics
                .iter()
                .any(|d| d.rule == "missing-key" && d.message.contains(&format!("`{key}`")));
            let is_required = required.contains(&key.as_str());
            assert_eq!(schema_missing, is_required, "{mapping}.{key}, schema");
            assert_eq!(loader_missing, is_required, "{mapping}.{key}, loader");
        }
    }
}

/// For each key of each mapping: a value of another kind, and an empty value (`key:`), are
/// refused by the loader exactly when the schema refuses them.
#[test]
fn a_value_of_the_wrong_kind_or_empty_is_refused_by_both_or_by_neither() {
    let schema = schema();
    let validator = validator(&schema);
    let mut tried = 0;
    for (mapping, at) in places(&schema) {
        let keys: Vec<String> = {
            let report = full_report(&schema);
            report
                .pointer(&at)
                .unwrap()
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect()
        };
        for key in keys {
            let given = full_report(&schema)
                .pointer(&format!("{at}/{key}"))
                .unwrap()
                .clone();
            let others = [
                json!(null),
                json!("文字"),
                json!(7),
                json!(true),
                json!(["文字"]),
                json!({"文字": "文字"}),
                json!("not-a-role"),
                json!("一\n二"),
            ];
            for value in others {
                if value == given || (value.is_array() && given.is_array()) {
                    continue;
                }
                let mut report = full_report(&schema);
                object_at(&mut report, &at).insert(key.clone(), value.clone());
                let by_schema = !errors(&validator, &report).is_empty();
                let by_loader = !load_errors(&yaml_of(&report)).is_empty();
                assert_eq!(
                    by_loader,
                    by_schema,
                    "{mapping}.{key}: {value}: loader {:?}, schema {:?}",
                    load_errors(&yaml_of(&report)),
                    errors(&validator, &report)
                );
                tried += 1;
            }
        }
    }
    assert!(tried > 100, "{tried}");
}

#[test]
fn the_modeline_of_the_sample_names_the_committed_schema() {
    let sample = fs::read_to_string(manifest().join("reports/2024.yaml")).unwrap();
    assert_eq!(
        sample.lines().next(),
        Some("# yaml-language-server: $schema=../docs/report.schema.json")
    );
    // and lawrpt reads past it as any comment
    let project = common::sample();
    let run = lawrpt(project.path(), &["check", "2024"]);
    assert_exit(&run, 0);
    assert!(stderr(&run).contains("0 errors"), "{}", stderr(&run));
}

/// JSON has one number 2024, however it is written; YAML keeps `2024.0` a float, and lawrpt
/// wants a year as it is written. The one place the schema is more lenient than the loader.
#[test]
fn a_year_written_with_a_point_is_refused_by_the_loader_alone() {
    let yaml = "year: 2024.0\nparts: []\n";
    assert_eq!(load_errors(yaml), ["type-mismatch"]);
    assert_eq!(errors(&validator(&schema()), &json_of(yaml).unwrap()), []);
}
