//! The `schema_loader` target's run and oracle: shared by the fuzz crate and by
//! `tests/fuzz_corpus.rs` in lawrpt's own tests (through `#[path]`), so the corpus is replayed
//! with the same check it was fuzzed with. Needs lawrpt, jsonschema, serde_json, serde-saphyr.

use std::sync::OnceLock;

use lawrpt::load::{self, project};
use lawrpt::rules::id;

/// The schema `lawrpt schema` prints, as a draft-07 validator, made once.
fn schema() -> &'static jsonschema::Validator {
    static SCHEMA: OnceLock<jsonschema::Validator> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let text = lawrpt::load::schema::schema(lawrpt::i18n::Lang::En);
        let value: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
        jsonschema::draft7::options()
            .should_validate_formats(true)
            .build(&value)
            .expect("the schema is a draft-07 schema")
    })
}

/// YAML the loader reads without a load-stage error → JSON (read as the loader reads it,
/// strict booleans) → valid against the schema.
pub fn schema_loader(data: &[u8]) {
    let Ok(text) = project::decode(data) else {
        return;
    };
    let loaded = load::load(&text);
    if loaded.report.is_none()
        || loaded
            .diagnostics
            .iter()
            .any(|d| id::LOAD.contains(&d.rule))
    {
        return;
    }
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    let Ok(json) = serde_saphyr::from_str_with_options::<serde_json::Value>(&text, options) else {
        return;
    };
    let errors: Vec<String> = schema()
        .iter_errors(&json)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "the loader reads this report, the schema refuses it: {errors:#?}\n--- YAML ---\n{text}"
    );
}
