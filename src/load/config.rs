//! `lawrpt.toml`: a project's settings, read from its text into a [`Config`].
//!
//! Every key is optional; a project without the file gets the defaults. Unknown keys, unknown
//! rule ids and rules that cannot be changed are diagnostics pointing into the file. No I/O:
//! the caller reads the file.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::i18n::Lang;
use crate::load::did_you_mean;
use crate::report::model::Span;
use crate::report::script::Script;
use crate::rules::diagnostic::Diagnostic;
use crate::rules::{self, Level, Policy, id};
use crate::tr;

/// A project's settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The title pattern for reports without `title:`; `{authority}` and `{year}` are filled in.
    pub title: Option<String>,
    pub policy: Policy,
    /// The scripts the site is published in (`scripts = ["zh-Hans", "zh-Hant"]`). Each report
    /// is always published in its own script; every other script listed adds a converted
    /// variant. Empty: the report's own script only.
    pub scripts: Vec<Script>,
    /// Print each report page to PDF beside it (`pdf = true`, `build --pdf`).
    pub pdf: bool,
    /// Write each report as a Word file beside it (`docx = true`, `build --docx`).
    pub docx: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<Spanned<String>>,
    #[serde(default)]
    strict: bool,
    #[serde(default)]
    scripts: Vec<Spanned<String>>,
    #[serde(default)]
    pdf: bool,
    #[serde(default)]
    docx: bool,
    /// The interface language; read before the rest (`i18n::choose`), checked here.
    lang: Option<Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
}

/// Reads `lawrpt.toml`'s text. Diagnostics carry no file name; the caller sets it.
pub fn parse(source: &str) -> Result<Config, Vec<Diagnostic>> {
    let raw: RawConfig = toml::from_str(source).map_err(|error| {
        let range = error.span().unwrap_or(0..0);
        let detail = error.message().to_string();
        let (message, hint) = if detail.contains("unknown field") {
            (
                tr!("config-unknown-key", detail = detail),
                tr!("hint-config-keys"),
            )
        } else {
            (
                tr!("config-syntax", detail = detail),
                tr!("hint-config-syntax"),
            )
        };
        vec![
            Diagnostic::new(
                id::CONFIG,
                Span::at(source, range.start, range.len()),
                message,
            )
            .hint(hint),
        ]
    })?;
    let mut problems = Vec::new();
    let mut levels = BTreeMap::new();
    let known: Vec<&str> = rules::all().iter().map(|r| r.id.as_str()).collect();
    let span_of = |s: std::ops::Range<usize>| Span::at(source, s.start, s.len());
    for (rule, level) in &raw.rules {
        if matches!(
            rule.get_ref().as_str(),
            "title" | "strict" | "scripts" | "pdf" | "docx" | "lang"
        ) {
            problems.push(
                Diagnostic::new(
                    id::CONFIG,
                    span_of(rule.span()),
                    tr!("config-under-rules", key = rule.get_ref().as_str()),
                )
                .hint(tr!("hint-config-under-rules")),
            );
            continue;
        }
        let Some(found) = rules::find(rule.get_ref()) else {
            let hint = match did_you_mean(rule.get_ref(), &known) {
                Some(near) => tr!("did-you-mean", name = near),
                None => tr!("hint-rule-ids"),
            };
            problems.push(
                Diagnostic::new(
                    id::CONFIG,
                    span_of(rule.span()),
                    tr!("unknown-rule", rule = rule.get_ref().as_str()),
                )
                .hint(hint),
            );
            continue;
        };
        let parsed = match level.get_ref().as_str() {
            Some("error") => Level::Error,
            Some("warning") => Level::Warning,
            Some("off") => Level::Off,
            _ => {
                problems.push(
                    Diagnostic::new(
                        id::CONFIG,
                        span_of(level.span()),
                        tr!(
                            "not-a-severity",
                            value = level
                                .get_ref()
                                .as_str()
                                .map_or_else(|| level.get_ref().to_string(), str::to_string)
                        ),
                    )
                    .hint(tr!("hint-severity")),
                );
                continue;
            }
        };
        if found.fixed {
            problems.push(
                Diagnostic::new(
                    id::CONFIG,
                    span_of(rule.span()),
                    tr!("rule-fixed", rule = found.id.as_str()),
                )
                .hint(tr!("hint-rule-fixed")),
            );
            continue;
        }
        levels.insert(found.id.clone(), parsed);
    }
    if let Some(title) = &raw.title
        && let Some(unknown) = unknown_placeholder(title.get_ref())
    {
        problems.push(
            Diagnostic::new(
                id::CONFIG,
                span_of(title.span()),
                tr!("title-placeholder", placeholder = unknown),
            )
            .hint(tr!("hint-title-placeholder")),
        );
    }
    if let Some(lang) = &raw.lang
        && Lang::from_tag(lang.get_ref()).is_none()
    {
        problems.push(
            Diagnostic::new(
                id::CONFIG,
                span_of(lang.span()),
                tr!("unknown-lang", lang = lang.get_ref().as_str()),
            )
            .hint(tr!("hint-lang")),
        );
    }
    let scripts = scripts(&raw.scripts, &span_of, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Config {
        title: raw.title.map(Spanned::into_inner),
        policy: Policy {
            levels,
            strict: raw.strict,
        },
        scripts,
        pdf: raw.pdf,
        docx: raw.docx,
    })
}

/// The `scripts` list: BCP 47 tags lawrpt can publish, each once.
fn scripts(
    raw: &[Spanned<String>],
    span_of: &dyn Fn(std::ops::Range<usize>) -> Span,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Script> {
    let tags: Vec<&str> = Script::ALL.iter().map(|s| s.lang()).collect();
    let mut scripts = Vec::new();
    for tag in raw {
        let Some(script) = Script::from_lang(tag.get_ref()) else {
            let near = tags
                .iter()
                .find(|t| t.eq_ignore_ascii_case(tag.get_ref()))
                .copied()
                .or_else(|| did_you_mean(tag.get_ref(), &tags));
            let hint = match near {
                Some(near) => tr!("hint-script-near", name = near),
                None => tr!("hint-scripts"),
            };
            problems.push(
                Diagnostic::new(
                    id::CONFIG,
                    span_of(tag.span()),
                    tr!("unknown-script", script = tag.get_ref().as_str()),
                )
                .hint(hint),
            );
            continue;
        };
        if scripts.contains(&script) {
            problems.push(
                Diagnostic::new(
                    id::CONFIG,
                    span_of(tag.span()),
                    tr!("script-twice", script = tag.get_ref().as_str()),
                )
                .hint(tr!("hint-script-twice")),
            );
            continue;
        }
        scripts.push(script);
    }
    scripts
}

fn unknown_placeholder(pattern: &str) -> Option<&str> {
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}')? + open;
        let name = &rest[open..=close];
        if name != "{authority}" && name != "{year}" {
            return Some(name);
        }
        rest = &rest[close + 1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn problems(source: &str) -> Vec<(String, usize, usize)> {
        parse(source)
            .unwrap_err()
            .into_iter()
            .map(|d| (d.message, d.span.line, d.span.col))
            .collect()
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        assert_eq!(parse("").unwrap(), Config::default());
    }

    #[test]
    fn rules_title_and_strict_are_read() {
        let config = parse("title = \"{authority}{year}年报告\"\nstrict = true\n[rules]\nleadership-missing = \"off\"\nwrong-year = \"error\"\n").unwrap();
        assert_eq!(config.title.as_deref(), Some("{authority}{year}年报告"));
        assert!(config.policy.strict);
        assert_eq!(
            config.policy.levels.get("leadership-missing"),
            Some(&Level::Off)
        );
        assert_eq!(config.policy.levels.get("wrong-year"), Some(&Level::Error));
    }

    #[test]
    fn unknown_rules_bad_severities_and_fixed_rules_are_each_reported() {
        let found = problems(
            "[rules]\nleadership-mising = \"off\"\nwrong-year = \"loud\"\nyaml-syntax = \"off\"\n",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!((found[0].1, found[0].2), (2, 1));
        assert!(found[0].0.contains("unknown rule"));
        assert_eq!(found[1].1, 3);
        assert_eq!(found[2].1, 4);
    }

    #[test]
    fn settings_written_under_rules_are_sent_back_above_it() {
        let found = problems("[rules]\nstrict = true\nwrong-year = 1\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "`strict` is under [rules]");
        assert_eq!(found[1].0, "`1` is not a severity");
    }

    #[test]
    fn the_scripts_to_publish_are_read_in_order() {
        let config = parse("scripts = [\"zh-Hant\", \"zh-Hans\"]\n").unwrap();
        assert_eq!(config.scripts, [Script::Traditional, Script::Simplified]);
        assert_eq!(parse("scripts = []\n").unwrap().scripts, []);
    }

    #[test]
    fn pdf_output_is_a_yes_or_no_in_its_place() {
        assert!(parse("pdf = true\n").unwrap().pdf);
        assert!(!parse("").unwrap().pdf);
        let found = problems("pdf = \"yes\"\n");
        assert_eq!((found[0].1, found[0].2), (1, 7), "{found:?}");
        assert_eq!(
            problems("[rules]\npdf = true\n")[0].0,
            "`pdf` is under [rules]"
        );
    }

    #[test]
    fn bad_scripts_are_each_reported_where_they_stand() {
        let found = problems("scripts = [\"zh-hant\", \"zh-TW\",\n  \"zh-Hans\", \"zh-Hans\"]\n");
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0], ("unknown script `zh-hant`".into(), 1, 12));
        assert_eq!(found[1], ("unknown script `zh-TW`".into(), 1, 23));
        assert_eq!(found[2], ("`zh-Hans` is listed twice".into(), 2, 14));
        assert_eq!(problems("scripts = \"zh-Hant\"\n")[0].1, 1);
        assert_eq!(
            problems("[rules]\nscripts = []\n")[0].0,
            "`scripts` is under [rules]"
        );
    }

    #[test]
    fn unknown_keys_and_placeholders_are_reported() {
        assert_eq!(problems("titel = \"x\"\n")[0].1, 1);
        assert!(problems("title = \"{name}报告\"\n")[0].0.contains("{name}"));
    }
}
