//! The characters of a text as the scanner reads them: each with where it starts and its
//! Simplified form, and the questions asked of nearly every one (a digit? punctuation that ends
//! a clause? a joiner of a range or a date?).

use crate::report::script;

/// A character of the input: where it starts, as written, and folded to Simplified.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ch {
    /// Its byte offset in the text.
    pub(super) at: usize,
    /// The character as written.
    pub(super) c: char,
    /// The character folded to Simplified ([`script::fold_char`]).
    pub(super) f: char,
}

pub(super) fn index(text: &str) -> Vec<Ch> {
    text.char_indices()
        .map(|(at, c)| Ch {
            at,
            c,
            f: script::fold_char(c),
        })
        .collect()
}

pub(super) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

pub(super) fn is_digit_at(chars: &[Ch], i: usize) -> bool {
    chars.get(i).is_some_and(|c| digit(c.c).is_some())
}

/// Punctuation that ends a clause for a label. (A `match`, as are the marks and joiners
/// below: these are asked of nearly every character of a report.)
pub(super) fn is_hard_boundary(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '。'
            | '；'
            | ';'
            | '、'
            | '：'
            | ':'
            | '（'
            | '）'
            | '('
            | ')'
            | '！'
            | '!'
            | '？'
            | '?'
            | '［'
            | '］'
            | '['
            | ']'
            | '【'
            | '】'
            | '…'
            | '—'
            | '―'
            | '\n'
            | '\r'
            | '\t'
    )
}

/// Quotation and title marks: they end a clause for a label too, but a label that would be
/// empty reaches past them.
fn is_soft_boundary(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '"' | '《' | '》' | '〈' | '〉' | '「' | '」' | '『' | '』'
    )
}

pub(super) fn is_boundary(c: char) -> bool {
    is_hard_boundary(c) || is_soft_boundary(c)
}

/// What joins the two ends of a range or the parts of a date: 2023—2025, 3-5, 5·12, 3/31.
pub(super) fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '—' | '–' | '-' | '‐' | '‑' | '－' | '~' | '～' | '〜' | '·' | '・' | '/' | '／'
    )
}

/// `char::is_alphabetic`, answered at once for the common Chinese characters (all of them are
/// letters), which it looks up in Unicode's tables.
pub(super) fn is_alphabetic(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}') || c.is_alphabetic()
}

pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{3000}')
}

pub(super) fn is_percent(c: char) -> bool {
    matches!(c, '%' | '％')
}

/// Whether the folded text at `i` starts with `word`.
pub(super) fn starts_with(chars: &[Ch], i: usize, word: &str) -> bool {
    let mut k = i;
    for w in word.chars() {
        match chars.get(k) {
            Some(c) if c.f == w => k += 1,
            _ => return false,
        }
    }
    true
}

/// Whether the folded text before `i` ends with `word`.
pub(super) fn ends_with(chars: &[Ch], i: usize, word: &str) -> bool {
    let n = word.chars().count();
    i >= n && starts_with(chars, i - n, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_and_joiners_are_the_characters_listed() {
        let hard = "，,。；;、：:（）()！!？?［］[]【】…—―\n\r\t";
        let soft = "“”‘’\"《》〈〉「」『』";
        let joiners = "—–-‐‑－~～〜·・/／";
        for c in ('\0'..='\u{ffff}').chain(['\u{1f600}']) {
            assert_eq!(is_hard_boundary(c), hard.contains(c), "{c:?}");
            assert_eq!(is_soft_boundary(c), soft.contains(c), "{c:?}");
            assert_eq!(is_joiner(c), joiners.contains(c), "{c:?}");
        }
    }
}
