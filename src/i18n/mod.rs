//! The interface language: every message lawrpt shows a person comes from a catalogue in
//! `locales/` (Project Fluent's format), in the language chosen once at start ([`choose`]).
//!
//! `locales/en.ftl` and `locales/zh-Hans.ftl` are written by hand; the Traditional catalogue
//! is made from the Simplified one when lawrpt is compiled (build.rs, with the same OpenCC
//! conversion, `s2tw`, that publishes a report's Traditional copy), so it can never lack a
//! message the Simplified one has. All three are compiled into the binary.
//!
//! Code names a message by its id with [`tr!`](crate::tr); `tests/i18n.rs` fails when an id the code
//! uses is missing from a catalogue, or a catalogue holds an id no code uses. A message
//! missing at run time falls back to English, then to its id: never a panic.
//!
//! This sits at the bottom of the crate with `error`: it imports no other area, reads no file
//! and prints nothing.

pub mod choose;
mod list;

pub use list::{code_list, code_list_in};

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use fluent_bundle::FluentArgs as Args;

/// The languages lawrpt speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    ZhHans,
    ZhHant,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::ZhHant];

    /// Its BCP 47 tag, as `--lang` and `lang` in lawrpt.toml take it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// The language a tag names: `en`, `zh-Hans`, `zh-Hant`, case-insensitive, with the
    /// common region forms (`zh-CN`, `zh-TW`, `zh_HK` …) read as their script.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let tag = tag.split(['.', '@']).next().unwrap_or("");
        match tag {
            "en" => Some(Lang::En),
            _ if tag.starts_with("en-") => Some(Lang::En),
            "zh" | "zh-hans" | "zh-cn" | "zh-sg" | "zh-my" => Some(Lang::ZhHans),
            _ if tag.starts_with("zh-hans") => Some(Lang::ZhHans),
            "zh-hant" | "zh-tw" | "zh-hk" | "zh-mo" => Some(Lang::ZhHant),
            _ if tag.starts_with("zh-hant") => Some(Lang::ZhHant),
            _ => None,
        }
    }

    /// The catalogue's text.
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../locales/en.ftl"),
            Lang::ZhHans => include_str!("../../locales/zh-Hans.ftl"),
            Lang::ZhHant => include_str!(concat!(env!("OUT_DIR"), "/zh-Hant.ftl")),
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::ZhHans => 1,
            Lang::ZhHant => 2,
        }
    }
}

/// The language of this run, set once at start; English until then (and in unit tests).
static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this run. The first call wins: a process speaks one language.
pub fn set(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The language of this run.
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or(Lang::En)
}

static BUNDLES: [OnceLock<Option<FluentBundle<FluentResource>>>; 3] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// A language's bundle, parsed on first use. A catalogue that does not parse (a test
/// catches that) counts as empty.
fn bundle(lang: Lang) -> Option<&'static FluentBundle<FluentResource>> {
    BUNDLES[lang.index()]
        .get_or_init(|| {
            let resource = FluentResource::try_new(lang.catalogue().to_string()).ok()?;
            let id = lang.tag().parse().ok()?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Terminals and files get plain text: no Unicode isolation marks around arguments.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).ok()?;
            Some(bundle)
        })
        .as_ref()
}

/// Message `id` with `args`, in `lang`; English if that catalogue lacks it, else the id.
pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        let Some(bundle) = bundle(lang) else {
            continue;
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
    }
    id.to_string()
}

/// Message `id` with `args`, in the language of this run.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(current(), id, args)
}

/// A message and the id it came from: diagnostics keep the id for machines (`message_id` in
/// JSON) beside the text for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub text: String,
}

impl Text {
    pub fn new(id: &'static str, args: Option<&FluentArgs>) -> Text {
        Text::new_in(current(), id, args)
    }

    /// The message in `lang`, whatever the language of the run: for what is published in a
    /// language of its own (a comparison page is in its report's script).
    pub fn new_in(lang: Lang, id: &'static str, args: Option<&FluentArgs>) -> Text {
        Text {
            id,
            text: message_in(lang, id, args),
        }
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// A value for a message's argument: numbers stay numbers, so plural forms can be chosen.
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// A message of the catalogue, in the language of this run, as a [`Text`]:
/// `tr!("unknown-key", key = name, place = "part")`. Arguments are anything a
/// [`FluentValue`] is made from (strings, numbers). `tr!(in lang; "id", …)` takes the message
/// in `lang` instead.
#[macro_export]
macro_rules! tr {
    (in $lang:expr; $id:literal) => {
        $crate::i18n::Text::new_in($lang, $id, None)
    };
    (in $lang:expr; $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::arg($value));)+
        $crate::i18n::Text::new_in($lang, $id, Some(&args))
    }};
    ($id:literal) => {
        $crate::i18n::Text::new($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::arg($value));)+
        $crate::i18n::Text::new($id, Some(&args))
    }};
}

/// How many columns a text takes where Chinese is read: in a Chinese terminal and in the CJK
/// fonts, the East Asian "ambiguous" characters (“” ‘’ — … · ① ※) are as wide as a Chinese
/// character, two columns, not one (Unicode's East Asian Width, as `width_cjk` counts it).
pub fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width_cjk(text)
}
