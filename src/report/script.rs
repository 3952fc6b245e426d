//! Simplified and Traditional Chinese: folding for matching, and telling which script a text
//! is in, from OpenCC's character dictionary as hanconv ships it. Nothing here rewrites what an
//! author wrote: folded text is only ever compared, never output.
//!
//! Folding goes character by character through OpenCC's `TSCharacters` table, not through
//! hanconv's phrase-aware converter: matching a heading's key words needs no phrase context,
//! and the table is compiled in (build.rs), where the converter's tries take a millisecond to
//! load, a fifth of a whole one-report build.

include!(concat!(env!("OUT_DIR"), "/to_simplified.rs"));

#[inline]
fn simplified(c: char) -> Option<char> {
    // Most characters of most texts are not in the table (all of a Simplified text): a bit
    // tells them at once, where the search took a dozen steps (folding is done for every
    // sentence `diff` compares).
    let code = c as usize;
    if code < BMP && IN_TABLE[code / 64] & (1 << (code % 64)) == 0 {
        return None;
    }
    search(c)
}

fn search(c: char) -> Option<char> {
    TO_SIMPLIFIED
        .binary_search_by_key(&c, |(t, _)| *t)
        .ok()
        .map(|i| TO_SIMPLIFIED[i].1)
}

/// The Basic Multilingual Plane, where [`IN_TABLE`] has a bit for each character.
const BMP: usize = 0x10000;

/// One bit for each character of the Basic Multilingual Plane: whether `TO_SIMPLIFIED` has it
/// (8 KiB, computed when lawrpt is compiled).
static IN_TABLE: [u64; BMP / 64] = {
    let mut bits = [0; BMP / 64];
    let mut i = 0;
    while i < TO_SIMPLIFIED.len() {
        let code = TO_SIMPLIFIED[i].0 as usize;
        if code < BMP {
            bits[code / 64] |= 1 << (code % 64);
        }
        i += 1;
    }
    bits
};

/// The script a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Simplified,
    Traditional,
}

impl Script {
    pub const ALL: [Script; 2] = [Script::Simplified, Script::Traditional];

    /// The script of a BCP 47 tag as lawrpt.toml writes it: `zh-Hans` or `zh-Hant`, exactly.
    pub fn from_lang(tag: &str) -> Option<Script> {
        Script::ALL.into_iter().find(|s| s.lang() == tag)
    }

    /// The script's name in itself, for a link to the page in that script: 简体, 繁體.
    pub fn label(self) -> &'static str {
        match self {
            Script::Simplified => "简体",
            Script::Traditional => "繁體",
        }
    }

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
    let mut folded = String::with_capacity(text.len());
    folded.extend(text.chars().map(fold_char));
    folded
}

/// A character folded to Simplified: [`fold`] one character at a time, for callers that
/// would otherwise fold a text only to take it apart again.
#[inline]
pub fn fold_char(c: char) -> char {
    simplified(c).unwrap_or(c)
}

/// The script of a text: Traditional when more than one Han character in fifty is one that
/// folding changes (in Traditional prose it is one in four or five; in Simplified prose none,
/// but for the odd character OpenCC reads both ways).
pub fn detect(text: &str) -> Script {
    let han = text.chars().filter(|c| is_han(*c)).count();
    let traditional = text.chars().filter(|c| simplified(*c).is_some()).count();
    if traditional * 50 > han {
        Script::Traditional
    } else {
        Script::Simplified
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_agrees_with_hanconvs_converter_on_the_sample_headings() {
        for heading in [
            "2024年度推進法治政府建設的主要舉措和成效",
            "2024年度推進法治政府建設存在的不足和原因",
            "2025年度推進法治政府建設的主要安排",
            "黨政主要負責人履行推進法治建設第一責任人職責情況",
        ] {
            assert_eq!(fold(heading), hanconv::t2s(heading), "{heading}");
        }
    }

    #[test]
    fn the_bit_table_tells_every_character_the_search_finds_and_no_other() {
        for c in ('\0'..=char::MAX).take_while(|c| (*c as usize) < BMP) {
            assert_eq!(simplified(c), search(c), "{c}");
        }
    }

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
    fn a_few_shared_or_ambiguous_characters_do_not_make_a_text_traditional() {
        assert_eq!(
            detect("高陵区坚持依法行政，著力推进法治政府建设"),
            Script::Simplified
        );
        assert_eq!(detect("西安市高陵區人民政府"), Script::Traditional);
    }
}
