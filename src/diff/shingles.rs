//! Character pairs (shingles): the cheap measure of how alike two texts are, used to rank
//! candidates before anything dearer is computed (sections, points, reworded sentences).
//!
//! Input: text in either script, folded to Simplified here (or already folded by the caller,
//! never twice: folding is not idempotent for every character). Output: the Sørensen–Dice
//! coefficient of two texts' pairs, sorted ([`Shingles`]), or of one text's against many at
//! once ([`Index`] of [`Pairs`], unsorted), which costs what the texts share rather than every
//! pair of texts merged in full.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use crate::report::script;

/// A text's character pairs after folding, whitespace left out, in reading order, each packed
/// in one number (first character in the high half): what an [`Index`] is made of and asked
/// about, which needs no order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairs(Vec<u64>);

impl Pairs {
    /// The pairs of a text as written: folded here.
    pub fn of(text: &str) -> Pairs {
        Pairs::of_chars(text.chars())
    }

    /// The pairs of characters as written: folded here.
    pub fn of_chars(chars: impl Iterator<Item = char>) -> Pairs {
        Pairs::of_folded(chars.map(script::fold_char))
    }

    /// The pairs of characters already folded to Simplified.
    pub fn of_folded(chars: impl Iterator<Item = char>) -> Pairs {
        // Room for the most pairs there can be (a few times too many for Chinese text, which
        // has three bytes to a character): growing the list cost more.
        let (fewest, most) = chars.size_hint();
        let mut pairs = Vec::with_capacity(most.unwrap_or(fewest));
        let mut previous = None;
        for c in chars.filter(|c| !c.is_whitespace()) {
            if let Some(p) = previous {
                pairs.push(pack(p, c));
            }
            previous = Some(c);
        }
        Pairs(pairs)
    }
}

/// A text's character pairs, sorted: computed once per text, compared with a candidate by
/// merging, one number with one number, in the order of the characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shingles(Vec<u64>);

impl Shingles {
    /// The pairs of a text as written: folded here.
    pub fn of(text: &str) -> Shingles {
        Shingles::from(Pairs::of(text))
    }

    /// The pairs of characters as written: folded here.
    pub fn of_chars(chars: impl Iterator<Item = char>) -> Shingles {
        Shingles::from(Pairs::of_chars(chars))
    }

    /// The pairs of characters already folded to Simplified.
    pub fn of_folded(chars: impl Iterator<Item = char>) -> Shingles {
        Shingles::from(Pairs::of_folded(chars))
    }

    /// The Sørensen–Dice coefficient, 0 to 1 (2 × shared pairs / all pairs); two empty
    /// texts are alike. It ranks candidates for matching in linear time, where a character
    /// diff of every candidate pair would be quadratic in the report's size; the character
    /// diff is made only for the pairs shown.
    pub fn dice(&self, other: &Shingles) -> f32 {
        dice(shared_count(&self.0, &other.0), self.0.len(), other.0.len())
    }
}

impl From<Pairs> for Shingles {
    fn from(Pairs(mut pairs): Pairs) -> Shingles {
        pairs.sort_unstable();
        Shingles(pairs)
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

/// The pairs of many texts, each pair listed once with the texts holding it and how often:
/// one text's coefficients against all of them are counted from the pairs it shares, where
/// merging it with each in turn cost the length of both, for every text. Neither the texts
/// nor the one asked about need sorting: pairs are told apart by a hash map.
pub struct Index {
    /// Each pair's number, `k`.
    numbers: HashMap<u64, usize, BuildPairHasher>,
    /// The texts holding pair `k`, with how often: `postings[starts[k]..starts[k + 1]]`.
    starts: Vec<usize>,
    postings: Vec<(u32, u32)>,
    /// How many pairs each text has.
    lengths: Vec<usize>,
    /// How often the text asked about has pair `k` (zero between questions), and which
    /// pairs it has.
    asked: Vec<u32>,
    touched: Vec<usize>,
}

impl Index {
    pub fn new(texts: &[Pairs]) -> Index {
        let pairs = texts.iter().map(|t| t.0.len()).sum();
        let mut numbers = HashMap::with_capacity_and_hasher(pairs, BuildPairHasher);
        // (pair number, text, how often), text by text; then listed pair by pair.
        let mut held: Vec<(usize, u32, u32)> = Vec::with_capacity(pairs);
        // For each pair number: how many texts hold it, and where in `held` the last of them
        // counts it.
        let mut holders: Vec<usize> = Vec::new();
        let mut last: Vec<usize> = Vec::new();
        for (t, text) in (0u32..).zip(texts) {
            let first = held.len();
            for pair in &text.0 {
                let next = numbers.len();
                let k = *numbers.entry(*pair).or_insert(next);
                if k == holders.len() {
                    holders.push(0);
                    last.push(usize::MAX);
                }
                match held.get_mut(last[k]) {
                    Some(run) if last[k] >= first => run.2 += 1,
                    _ => {
                        last[k] = held.len();
                        holders[k] += 1;
                        held.push((k, t, 1));
                    }
                }
            }
        }
        let mut starts = Vec::with_capacity(holders.len() + 1);
        let mut total = 0;
        for count in &holders {
            starts.push(total);
            total += count;
        }
        starts.push(total);
        let mut postings = vec![(0, 0); total];
        let mut next = starts.clone();
        for (k, t, n) in held {
            postings[next[k]] = (t, n);
            next[k] += 1;
        }
        Index {
            asked: vec![0; holders.len()],
            numbers,
            starts,
            postings,
            lengths: texts.iter().map(|t| t.0.len()).collect(),
            touched: Vec::new(),
        }
    }

    /// The coefficient of `other` against each text, in order, in `out`: the numbers
    /// [`Shingles::dice`] gives.
    pub fn dice(&mut self, other: &Pairs, out: &mut Vec<f32>) {
        for pair in &other.0 {
            if let Some(&k) = self.numbers.get(pair) {
                if self.asked[k] == 0 {
                    self.touched.push(k);
                }
                self.asked[k] += 1;
            }
        }
        let mut shared = vec![0usize; self.lengths.len()];
        for k in self.touched.drain(..) {
            let n = std::mem::take(&mut self.asked[k]);
            for &(t, m) in &self.postings[self.starts[k]..self.starts[k + 1]] {
                shared[t as usize] += n.min(m) as usize;
            }
        }
        out.clear();
        out.extend(
            shared
                .iter()
                .zip(&self.lengths)
                .map(|(s, len)| dice(*s, *len, other.0.len())),
        );
    }
}

/// The Dice coefficient of every old text against every new one, counted from the pairs
/// they share ([`Index`]).
pub struct Scores {
    old: usize,
    /// New-major: the new text's coefficients against each old one.
    dice: Vec<f32>,
}

impl Scores {
    pub fn of(old: &[Pairs], new: &[Pairs]) -> Scores {
        let mut index = Index::new(old);
        let mut dice = Vec::with_capacity(old.len() * new.len());
        let mut row = Vec::new();
        for n in new {
            index.dice(n, &mut row);
            dice.extend_from_slice(&row);
        }
        Scores {
            old: old.len(),
            dice,
        }
    }

    pub fn get(&self, old: usize, new: usize) -> f32 {
        self.dice[new * self.old + old]
    }
}

/// Hashes a pair with one multiplication: the standard hasher's resistance to chosen keys
/// buys nothing here and cost most of the index's time.
#[derive(Default, Clone, Copy)]
struct BuildPairHasher;

impl BuildHasher for BuildPairHasher {
    type Hasher = PairHasher;
    fn build_hasher(&self) -> PairHasher {
        PairHasher(0)
    }
}

struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        // The product's high bits depend on every bit of the pair, its low bits only on the
        // low bits of the second character; the table picks buckets by the low bits.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn similarity(a: &str, b: &str) -> f32 {
        Shingles::of(a).dice(&Shingles::of(b))
    }

    #[track_caller]
    fn same_as_merging(old: &[&str], new: &str) {
        let pairs: Vec<Pairs> = old.iter().map(|t| Pairs::of(t)).collect();
        let mut index = Index::new(&pairs);
        let mut indexed = Vec::new();
        // Twice: what one question leaves behind must not change the next.
        for _ in 0..2 {
            index.dice(&Pairs::of(new), &mut indexed);
            let merged: Vec<f32> = old
                .iter()
                .map(|o| Shingles::of(o).dice(&Shingles::of(new)))
                .collect();
            assert_eq!(indexed, merged);
        }
    }

    #[test]
    fn the_index_gives_the_coefficients_merging_gives() {
        same_as_merging(
            &["推进依法行政", "推进推进依法", "", "法治政府建设"],
            "推进推进法治",
        );
        same_as_merging(&["甲", "", "甲乙甲乙甲乙"], "");
        same_as_merging(&["甲乙甲乙", "乙甲"], "甲乙甲乙");
        same_as_merging(&[], "甲乙");
    }

    #[test]
    fn pairs_are_counted_after_folding_and_without_whitespace() {
        assert_eq!(similarity("全面加强党的领导", "全面加強 黨的領導"), 1.0);
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("甲乙", ""), 0.0);
        assert_eq!(similarity("甲乙丙", "乙丙丁"), 0.5);
    }
}
