//! The message catalogues (`locales/*.ftl`) against the code: every id the code names with
//! `tr!` is in every catalogue, every catalogue id is used, each catalogue parses, and a
//! message takes the same arguments in every language.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_bundle::FluentResource;
use lawrpt::i18n::Lang;

/// The ids in `tr!("id" …)` calls of `text`, wherever the call breaks its lines; comments
/// and other macros ending in `tr!` (`include_str!`) left out.
fn ids_used(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let text = code.as_str();
    let mut ids = Vec::new();
    for (at, _) in text.match_indices("tr!(") {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        let mut rest = text[at + 4..].trim_start();
        // `tr!(in lang; "id" …)`: the id follows the language.
        if let Some(after) = rest.strip_prefix("in ") {
            rest = after.split_once(';').map_or("", |(_, id)| id.trim_start());
        }
        if let Some(rest) = rest.strip_prefix('"') {
            let id: String = rest.chars().take_while(|c| *c != '"').collect();
            ids.push(id);
        }
    }
    ids
}

fn code_ids() -> BTreeSet<String> {
    let files = common::rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mut ids = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        // The macro's own definition names no message.
        if file.ends_with("i18n/mod.rs") {
            continue;
        }
        ids.extend(ids_used(&text));
    }
    // The words of `lawrpt schema`, named by the format's table (`load::format`).
    ids.extend(
        lawrpt::load::schema::message_ids()
            .iter()
            .map(|id| id.to_string()),
    );
    // Each rule's summary, named by its id (`Rule::summary`).
    ids.extend(
        lawrpt::rules::all()
            .iter()
            .map(|r| format!("rule-{}", r.id)),
    );
    ids
}

/// The variables named after `$` in `line`.
fn variables(line: &str) -> impl Iterator<Item = String> + '_ {
    line.match_indices('$').map(move |(at, _)| {
        line[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect()
    })
}

/// Each message of a catalogue with the variables it uses, and those a comment line
/// `# also takes: $a $b` above it declares (arguments the code gives that the message itself
/// does not show).
fn messages(catalogue: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    let mut declared = BTreeSet::new();
    for line in catalogue.lines() {
        if let Some(names) = line.strip_prefix("# also takes:") {
            declared.extend(variables(names));
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((id, _)) = line.split_once('=')
        {
            current = Some(id.trim().to_string());
            found
                .entry(id.trim().to_string())
                .or_default()
                .append(&mut declared);
        }
        let Some(id) = &current else { continue };
        found.get_mut(id).unwrap().extend(variables(line));
    }
    found
}

#[test]
fn every_catalogue_parses() {
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(lang.catalogue().to_string()) {
            panic!("{}: {errors:?}", lang.tag());
        }
    }
}

#[test]
fn every_id_the_code_uses_is_in_every_catalogue_and_every_catalogue_id_is_used() {
    let used = code_ids();
    assert!(used.len() > 100, "the scan found only {} ids", used.len());
    for lang in Lang::ALL {
        let defined: BTreeSet<String> = messages(lang.catalogue()).into_keys().collect();
        let missing: Vec<_> = used.difference(&defined).collect();
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            unused.is_empty(),
            "{} holds ids no code uses: {unused:?}",
            lang.tag()
        );
    }
}

/// A translation may leave out an argument (the parser's English detail, say), but never
/// use one the code does not give: English, the catalogue the code is written against, names
/// them all.
#[test]
fn a_translation_uses_only_the_arguments_the_english_message_has() {
    let english = messages(Lang::En.catalogue());
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        for (id, variables) in messages(lang.catalogue()) {
            let Some(en) = english.get(&id) else { continue };
            let extra: Vec<_> = variables.difference(en).collect();
            assert!(extra.is_empty(), "{id} in {} uses {extra:?}", lang.tag());
        }
    }
}

#[test]
fn the_traditional_catalogue_is_the_simplified_one_converted() {
    let hant = Lang::ZhHant.catalogue();
    assert!(hant.contains("報告缺少"), "not converted");
    assert!(!hant.contains("报告缺少"));
    assert_eq!(
        messages(hant).into_keys().collect::<Vec<_>>(),
        messages(Lang::ZhHans.catalogue())
            .into_keys()
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_scan_reads_calls_across_lines() {
    let text = "tr!(\"a\")\nlet x = tr!(\n    \"b-c\",\n    key = 1\n);\n// tr!(\"note\")\ninclude_str!(\"x.toml\")\ntr!(in lang; \"d\")";
    assert_eq!(ids_used(text), ["a", "b-c", "d"]);
}

/// Runs `lawrpt check 2024` on the unknown-keys fixture with only the given variables of
/// those that choose a language set.
fn check_unknown_keys(vars: &[(&str, &str)], args: &[&str]) -> String {
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/unknown-keys.in");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_lawrpt"));
    command
        .args(["check", "2024"])
        .args(args)
        .current_dir(&project)
        .env("NO_COLOR", "1");
    for name in ["LAWRPT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn the_language_follows_the_flag_the_variable_and_the_locale_in_that_order() {
    let hant = check_unknown_keys(&[("LANG", "zh_TW.UTF-8")], &[]);
    assert!(
        hant.contains("錯誤[unknown-key]：報告中沒有 `titel` 這個鍵"),
        "{hant}"
    );
    assert!(hant.contains("= 提示：是否想寫 `title`？"), "{hant}");
    let hans = check_unknown_keys(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_TW.UTF-8")], &[]);
    assert!(
        hans.contains("错误[unknown-key]：报告中没有 `titel` 这个键"),
        "{hans}"
    );
    let variable = check_unknown_keys(&[("LAWRPT_LANG", "en"), ("LANG", "zh_CN.UTF-8")], &[]);
    assert!(variable.contains("error[unknown-key]: unknown key `titel` in the report"));
    let flag = check_unknown_keys(&[("LAWRPT_LANG", "en")], &["--lang", "zh-Hant"]);
    assert!(flag.contains("錯誤[unknown-key]"), "{flag}");
    let neither = check_unknown_keys(&[], &[]);
    assert!(neither.contains("error[unknown-key]"), "{neither}");
}

#[test]
fn lang_in_lawrpt_toml_decides_when_neither_flag_nor_variable_does() {
    let project = tempfile::tempdir().unwrap();
    fs::create_dir(project.path().join("reports")).unwrap();
    fs::write(
        project.path().join("reports/2024.yaml"),
        "year: 2024\nparts: []\n",
    )
    .unwrap();
    fs::write(project.path().join("lawrpt.toml"), "lang = \"zh-Hans\"\n").unwrap();
    let run = |vars: &[(&str, &str)]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_lawrpt"));
        command.args(["check", "2024"]).current_dir(project.path());
        for name in ["LAWRPT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(name);
        }
        command.envs(vars.iter().copied());
        String::from_utf8(command.output().unwrap().stderr).unwrap()
    };
    let config = run(&[("LANG", "en_US.UTF-8")]);
    assert!(
        config.contains("报告缺少 `role: measures` 部分"),
        "{config}"
    );
    let variable = run(&[("LAWRPT_LANG", "en")]);
    assert!(
        variable.contains("the report has no `measures` part"),
        "{variable}"
    );
    fs::write(project.path().join("lawrpt.toml"), "lang = \"xx\"\n").unwrap();
    let bad = run(&[]);
    assert!(
        bad.contains("`xx` is not a language lawrpt speaks"),
        "{bad}"
    );
}
