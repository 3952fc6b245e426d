//! Which language a run speaks, chosen the way users expect: `--lang`, then the
//! `LAWRPT_LANG` variable, then `lang` in the project's `lawrpt.toml`, then the locale
//! (`LC_ALL`, else `LC_MESSAGES`, else `LANG`, as POSIX orders them: `zh_CN*`, `zh_SG*` →
//! Simplified; `zh_TW*`, `zh_HK*`, `zh_MO*` → Traditional), else English.
//!
//! A value that names no language lawrpt speaks is passed over for the next source; `--lang`
//! is checked by clap and a bad `lang` in lawrpt.toml is reported by the config's own check.

use super::Lang;

/// Where the choice comes from, read by the caller (the command line, the environment, the
/// project), so that this stays a function of its inputs.
pub struct Sources<'a> {
    pub flag: Option<&'a str>,
    pub env: &'a dyn Fn(&str) -> Option<String>,
    pub config: Option<&'a str>,
}

/// The language of the run.
pub fn choose(sources: &Sources) -> Lang {
    let named = [
        sources.flag.map(str::to_string),
        (sources.env)("LAWRPT_LANG"),
        sources.config.map(str::to_string),
    ];
    if let Some(lang) = named.iter().flatten().find_map(|v| Lang::from_tag(v)) {
        return lang;
    }
    locale(sources.env).unwrap_or(Lang::En)
}

/// The language of the locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
/// decides (`C` and `POSIX` are English).
fn locale(env: &dyn Fn(&str) -> Option<String>) -> Option<Lang> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(env)
        .find(|v| !v.is_empty())?;
    match value.as_str() {
        "C" | "POSIX" => Some(Lang::En),
        _ if value.starts_with("C.") => Some(Lang::En),
        _ => Lang::from_tag(&value),
    }
}

/// The value of `lang = "…"` in a lawrpt.toml's text, read before the rest of it is checked,
/// so the config's own messages are in its language too. `None` if absent or unreadable.
pub fn lang_in_config(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Only {
        lang: Option<String>,
    }
    toml::from_str::<Only>(text).ok()?.lang
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn chosen(flag: Option<&str>, vars: &[(&str, &str)], config: Option<&str>) -> Lang {
        let env = |name: &str| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        };
        choose(&Sources {
            flag,
            env: &env,
            config,
        })
    }

    #[test]
    fn the_flag_then_the_variable_then_the_config_then_the_locale_decide() {
        let all = [("LAWRPT_LANG", "zh-Hant"), ("LANG", "zh_CN.UTF-8")];
        assert_eq!(chosen(Some("en"), &all, Some("zh-Hans")), Lang::En);
        assert_eq!(chosen(None, &all, Some("en")), Lang::ZhHant);
        assert_eq!(chosen(None, &all[1..], Some("en")), Lang::En);
        assert_eq!(chosen(None, &all[1..], None), Lang::ZhHans);
        assert_eq!(chosen(None, &[], None), Lang::En);
    }

    #[test]
    fn locales_name_their_script_by_region() {
        for (locale, lang) in [
            ("zh_CN.UTF-8", Lang::ZhHans),
            ("zh_SG", Lang::ZhHans),
            ("zh_TW.UTF-8", Lang::ZhHant),
            ("zh_HK.Big5HKSCS", Lang::ZhHant),
            ("zh_MO", Lang::ZhHant),
            ("en_US.UTF-8", Lang::En),
            ("C.UTF-8", Lang::En),
            ("POSIX", Lang::En),
            ("fr_FR.UTF-8", Lang::En),
        ] {
            assert_eq!(chosen(None, &[("LANG", locale)], None), lang, "{locale}");
        }
    }

    #[test]
    fn lc_all_overrides_lc_messages_which_overrides_lang() {
        let vars = [
            ("LANG", "en_US.UTF-8"),
            ("LC_MESSAGES", "zh_TW.UTF-8"),
            ("LC_ALL", "zh_CN.UTF-8"),
        ];
        assert_eq!(chosen(None, &vars, None), Lang::ZhHans);
        assert_eq!(chosen(None, &vars[..2], None), Lang::ZhHant);
        // An empty LC_ALL is unset, as the C library reads it.
        let empty = [("LC_ALL", ""), ("LANG", "zh_HK.UTF-8")];
        assert_eq!(chosen(None, &empty, None), Lang::ZhHant);
    }

    #[test]
    fn a_value_naming_no_language_is_passed_over() {
        let vars = [("LAWRPT_LANG", "xx"), ("LANG", "zh_TW.UTF-8")];
        assert_eq!(chosen(None, &vars, Some("klingon")), Lang::ZhHant);
    }

    #[test]
    fn the_config_s_lang_is_read_alone() {
        assert_eq!(
            lang_in_config("lang = \"zh-Hans\"\n[rules]\n").as_deref(),
            Some("zh-Hans")
        );
        assert_eq!(lang_in_config("strict = true\n"), None);
        assert_eq!(lang_in_config("not toml ["), None);
    }
}
