//! The report format ([`format`](mod@format)) as a JSON Schema (draft-07), for editors:
//! `lawrpt schema` prints it; `lawrpt new` and `lawrpt import` write it at the project's root
//! ([`FILE_NAME`]), which the first line they write in a report names ([`modeline`]).
//!
//! Draft-07 because it is the draft the YAML extension of VS Code (yaml-language-server) has
//! long supported in full. Every object says `additionalProperties: false`, so a misspelt
//! key is marked where it is typed. Each description is in two languages, one text: the
//! run's language, then on a line of its own the other (English after Chinese; Simplified
//! Chinese after English), since an editor shows one `description` and no other field; the
//! title and the roles' meanings (`enumDescriptions`, VS Code's own keyword), which it shows
//! on one line, have both on one line.
//!
//! The output is the same bytes for the same lawrpt and language: objects keep the order
//! they are built in, whatever serde_json's features. Nothing here reads, writes or prints.

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use super::format::{self, Key, Mapping, Shape};
use crate::i18n::{Args, Lang, arg, message_in};
use crate::report::model::Role;

/// The schema's file in a project, at its root, beside `reports/`.
pub const FILE_NAME: &str = "lawrpt.schema.json";

/// The first line of a report `depth` folders below the project's root (1 for
/// `reports/<year>.yaml`): the yaml-language-server's modeline, naming the schema by a
/// relative path, `../lawrpt.schema.json`, so an editor finds it with no network.
pub fn modeline(depth: usize) -> String {
    let path = if depth == 0 {
        format!("./{FILE_NAME}")
    } else {
        format!("{}{FILE_NAME}", "../".repeat(depth))
    };
    format!("# yaml-language-server: $schema={path}")
}

/// The schema's `$id`: a name, not an address, so nothing tries to fetch it.
const ID: &str = "urn:lawrpt:report-schema:1";

/// The schema as pretty-printed JSON, ending with a newline, its descriptions first in `lang`.
pub fn schema(lang: Lang) -> String {
    let words = Words::new(lang);
    let mut root = words.mapping(&format::REPORT);
    let mut top = vec![
        (
            "$schema",
            Json::str("http://json-schema.org/draft-07/schema#"),
        ),
        ("$id", Json::str(ID)),
        ("$comment", Json::Str(words.about("schema-comment", None))),
        ("title", Json::Str(words.line("schema-title", None))),
    ];
    top.append(&mut root);
    let definitions = format::ALL
        .iter()
        .filter(|m| ***m != format::REPORT)
        .map(|m| (m.name, Json::Obj(words.mapping(m))))
        .collect();
    top.push(("definitions", Json::Obj(definitions)));
    let mut text = serde_json::to_string_pretty(&Json::Obj(top)).unwrap_or_default();
    text.push('\n');
    text
}

/// Every catalogue id the schema takes its words from: the title, the comment, the roles',
/// and each mapping's and key's description. `tests/i18n.rs` holds the catalogues to them.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = vec!["schema-comment", "schema-title", "schema-role"];
    for mapping in format::ALL {
        ids.push(mapping.about);
        ids.extend(mapping.keys.iter().map(|key| key.about));
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The descriptions, in the run's language and the other.
struct Words {
    first: Lang,
    second: Lang,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let second = if lang == Lang::En {
            Lang::ZhHans
        } else {
            Lang::En
        };
        Words {
            first: lang,
            second,
        }
    }

    /// Message `id` in both languages, one under the other: the editor shows them as two
    /// paragraphs.
    fn about(&self, id: &str, args: Option<&Args>) -> String {
        self.both(id, args, "\n")
    }

    /// Message `id` in both languages on one line, for what the editor shows on one line:
    /// the title (a heading atop every hover), a role in the list of allowed values.
    fn line(&self, id: &str, args: Option<&Args>) -> String {
        self.both(id, args, " — ")
    }

    fn both(&self, id: &str, args: Option<&Args>, between: &str) -> String {
        let first = message_in(self.first, id, args);
        let second = message_in(self.second, id, args);
        format!("{first}{between}{second}")
    }

    /// A mapping's schema: what it is, its keys, which are required, and no others.
    fn mapping(&self, mapping: &Mapping) -> Vec<(&'static str, Json)> {
        let mut args = Args::new();
        if let Some(level) = mapping.level {
            args.set("level", arg(level.noun()));
        }
        let kind = if mapping.or_text {
            Json::Arr(vec![Json::str("string"), Json::str("object")])
        } else {
            Json::str("object")
        };
        let properties = mapping
            .keys
            .iter()
            .map(|key| (key.name, Json::Obj(self.key(key, &args))))
            .collect();
        let required: Vec<Json> = mapping
            .keys
            .iter()
            .filter(|key| key.required)
            .map(|key| Json::str(key.name))
            .collect();
        let mut schema = vec![
            ("description", Json::Str(self.about(mapping.about, None))),
            ("type", kind),
            ("properties", Json::Obj(properties)),
        ];
        if !required.is_empty() {
            schema.push(("required", Json::Arr(required)));
        }
        schema.push(("additionalProperties", Json::Bool(false)));
        schema
    }

    /// A key's schema: what it is, and what its value may be.
    fn key(&self, key: &Key, args: &Args) -> Vec<(&'static str, Json)> {
        let mut schema = vec![("description", Json::Str(self.about(key.about, Some(args))))];
        // Text may be given empty (`body:`): the loader reads it as empty text, and the
        // checks (empty-heading, empty-body …) say what is missing.
        let text = || Json::Arr(vec![Json::str("string"), Json::str("null")]);
        match key.shape {
            Shape::Year => {
                schema.push(("type", Json::str("integer")));
                schema.push(("minimum", Json::Int(*format::YEARS.start())));
                schema.push(("maximum", Json::Int(*format::YEARS.end())));
            }
            Shape::Text | Shape::Markdown => schema.push(("type", text())),
            Shape::Line => {
                schema.push(("type", text()));
                schema.push(("pattern", Json::str("^[^\\n]*$")));
            }
            Shape::Date => {
                schema.push(("type", Json::str("string")));
                schema.push(("pattern", Json::str("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")));
                schema.push(("format", Json::str("date")));
            }
            Shape::Number => schema.push(("type", Json::str("number"))),
            Shape::Role => {
                let roles = Role::ALL.iter().map(|r| Json::str(r.key())).collect();
                let about = Role::ALL
                    .iter()
                    .map(|role| {
                        let mut args = Args::new();
                        args.set("role", arg(role.key()));
                        Json::Str(self.line("schema-role", Some(&args)))
                    })
                    .collect();
                schema.push(("type", Json::str("string")));
                schema.push(("enum", Json::Arr(roles)));
                // Not JSON Schema: VS Code's name for what each value means, shown beside it.
                schema.push(("enumDescriptions", Json::Arr(about)));
            }
            Shape::List(mapping) => {
                let kind = if key.required {
                    Json::str("array")
                } else {
                    Json::Arr(vec![Json::str("array"), Json::str("null")])
                };
                let reference = format!("#/definitions/{}", mapping.name);
                schema.push(("type", kind));
                schema.push(("items", Json::Obj(vec![("$ref", Json::Str(reference))])));
            }
        }
        schema
    }
}

/// JSON whose objects keep their order.
enum Json {
    Str(String),
    Int(i64),
    Bool(bool),
    Arr(Vec<Json>),
    Obj(Vec<(&'static str, Json)>),
}

impl Json {
    fn str(text: &str) -> Json {
        Json::Str(text.to_string())
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Str(text) => s.serialize_str(text),
            Json::Int(n) => s.serialize_i64(*n),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Arr(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Obj(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_is_json_with_every_key_of_the_format() {
        let schema: serde_json::Value = serde_json::from_str(&schema(Lang::En)).unwrap();
        let keys = |object: &serde_json::Value| -> Vec<String> {
            object["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect()
        };
        let mut found = keys(&schema);
        for mapping in format::ALL.iter().skip(1) {
            found.extend(keys(&schema["definitions"][mapping.name]));
        }
        let mut declared: Vec<String> = format::ALL
            .iter()
            .flat_map(|m| m.keys.iter().map(|k| k.name.to_string()))
            .collect();
        found.sort();
        declared.sort();
        assert_eq!(found, declared);
    }

    #[test]
    fn descriptions_give_the_run_language_first_then_the_other() {
        let en = schema(Lang::En);
        let zh = schema(Lang::ZhHans);
        let first_description = |text: &str| -> String {
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            value["properties"]["year"]["description"]
                .as_str()
                .unwrap()
                .to_string()
        };
        let (en, zh) = (first_description(&en), first_description(&zh));
        let (en_first, en_second) = en.split_once('\n').unwrap();
        let (zh_first, zh_second) = zh.split_once('\n').unwrap();
        assert_eq!((en_first, en_second), (zh_second, zh_first));
        assert!(en_first.is_ascii(), "{en_first}");
        assert!(!zh_first.is_ascii(), "{zh_first}");
    }

    #[test]
    fn the_modeline_climbs_to_the_project_root() {
        assert_eq!(
            modeline(1),
            "# yaml-language-server: $schema=../lawrpt.schema.json"
        );
        assert_eq!(
            modeline(0),
            "# yaml-language-server: $schema=./lawrpt.schema.json"
        );
        assert!(modeline(2).ends_with("=../../lawrpt.schema.json"));
    }

    #[test]
    fn the_same_language_gives_the_same_bytes() {
        assert_eq!(schema(Lang::ZhHans), schema(Lang::ZhHans));
    }
}
