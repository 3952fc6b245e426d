//! Character pairs (shingles): the cheap measure of how alike two texts are, used to rank
//! candidates before anything dearer is computed (sections, points, reworded sentences).
//!
//! Input: text in either script, folded to Simplified here (or already folded by the caller,
//! never twice: folding is not idempotent for every character). Output: the Sørensen–Dice
//! coefficient of two texts' pairs.

use crate::script;

/// A text's character pairs after folding, whitespace left out, sorted: computed once per
/// text, compared with every candidate. A pair is packed in one number (first character in
/// the high half), so sorting and merging compare one word, in the order of the characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shingles(Vec<u64>);

impl Shingles {
    /// The pairs of a text as written: folded here.
    pub fn of(text: &str) -> Shingles {
        Shingles::of_folded(text.chars().map(script::fold_char))
    }

    /// The pairs of characters already folded to Simplified.
    pub fn of_folded(chars: impl Iterator<Item = char>) -> Shingles {
        let mut pairs = Vec::with_capacity(chars.size_hint().0);
        let mut previous = None;
        for c in chars.filter(|c| !c.is_whitespace()) {
            if let Some(p) = previous {
                pairs.push(pack(p, c));
            }
            previous = Some(c);
        }
        pairs.sort_unstable();
        Shingles(pairs)
    }

    /// The Sørensen–Dice coefficient, 0 to 1 (2 × shared pairs / all pairs); two empty
    /// texts are alike. It ranks candidates for matching in linear time, where a character
    /// diff of every candidate pair would be quadratic in the report's size; the character
    /// diff is made only for the pairs shown.
    pub fn dice(&self, other: &Shingles) -> f32 {
        dice(shared_count(&self.0, &other.0), self.0.len(), other.0.len())
    }
}

fn pack(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// 2 × shared pairs / all pairs; 1 for two empty texts, 0 for one.
fn dice(shared: usize, a: usize, b: usize) -> f32 {
    match (a, b) {
        (0, 0) => 1.0,
        (0, _) | (_, 0) => 0.0,
        _ => (2 * shared) as f32 / (a + b) as f32,
    }
}

/// How many items two sorted lists share, counted with multiplicity, by merging them.
pub(super) fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    fn similarity(a: &str, b: &str) -> f32 {
        Shingles::of(a).dice(&Shingles::of(b))
    }

    #[test]
    fn pairs_are_counted_after_folding_and_without_whitespace() {
        assert_eq!(similarity("全面加强党的领导", "全面加強 黨的領導"), 1.0);
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("甲乙", ""), 0.0);
        assert_eq!(similarity("甲乙丙", "乙丙丁"), 0.5);
    }
}
