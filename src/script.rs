//! Simplified and Traditional Chinese: folding for matching, and telling which script a text
//! is in. Conversion is hanconv's (OpenCC's dictionaries, phrase-aware); nothing here rewrites
//! what an author wrote: folded text is only ever compared, never output.

/// The script a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Simplified,
    Traditional,
}

impl Script {
    /// The BCP 47 tag for HTML's `lang`.
    pub fn lang(self) -> &'static str {
        match self {
            Script::Simplified => "zh-Hans",
            Script::Traditional => "zh-Hant",
        }
    }
}

/// Text folded to Simplified characters, so that one pattern matches both scripts.
pub fn fold(text: &str) -> String {
    hanconv::t2s(text)
}

/// The script of a text: Traditional when more of its characters are Traditional-only than
/// Simplified-only. Text with neither (digits, shared characters) counts as Simplified.
pub fn detect(text: &str) -> Script {
    let changed = |converted: String| {
        converted
            .chars()
            .zip(text.chars())
            .filter(|(a, b)| a != b)
            .count()
    };
    let traditional_only = changed(hanconv::t2s(text));
    let simplified_only = changed(hanconv::s2t(text));
    if traditional_only > simplified_only {
        Script::Traditional
    } else {
        Script::Simplified
    }
}

/// A Simplified text in the given script, for the words lawrpt itself supplies (a default
/// title), so that they match the report's own.
pub fn to_script(text: &str, script: Script) -> String {
    match script {
        Script::Simplified => text.to_string(),
        Script::Traditional => hanconv::s2t(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_makes_traditional_simplified_and_leaves_simplified_alone() {
        assert_eq!(fold("主要舉措和成效"), "主要举措和成效");
        assert_eq!(fold("主要举措和成效"), "主要举措和成效");
        assert_eq!(fold("2024年度,現將"), "2024年度,现将");
    }

    #[test]
    fn the_script_is_told_by_its_characters() {
        assert_eq!(detect("高陵區堅持以習近平新時代"), Script::Traditional);
        assert_eq!(detect("高陵区坚持以习近平新时代"), Script::Simplified);
        assert_eq!(detect("2024"), Script::Simplified);
        assert_eq!(Script::Traditional.lang(), "zh-Hant");
    }

    #[test]
    fn words_lawrpt_supplies_follow_the_report() {
        assert_eq!(
            to_script("法治政府建设情况报告", Script::Traditional),
            "法治政府建設情況報告"
        );
    }
}
