//! Prose compared the way a reviewer reads Chinese: sentence by sentence (a sentence ends at
//! 。；！？ or a line break), and inside a reworded sentence character by character, since
//! Chinese has no spaces to diff words by. Texts are compared after folding to Simplified, so a
//! change of script alone is no change; what is shown is the author's own text.

use std::ops::Range;

use serde::Serialize;
use similar::{Algorithm, ChangeTag, DiffOp, capture_diff_slices, diff_ratio};

use super::shingles::Shingles;
use crate::report::script;

/// One sentence of the new text (or of the old, for a removed one).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Sentence {
    /// In both years, word for word: carried over from last year.
    Carried { text: String },
    /// Reworded: the characters removed and added, in order.
    Changed { segments: Vec<Segment> },
    /// New this year.
    Added { text: String },
    /// Dropped this year.
    Removed { text: String },
}

/// A run of characters in a reworded sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// `same`, `removed` or `added`.
    pub tag: &'static str,
    pub text: String,
}

impl Sentence {
    pub fn is_carried(&self) -> bool {
        matches!(self, Sentence::Carried { .. })
    }
}

/// Two texts compared sentence by sentence.
pub fn diff(old: &str, new: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let (old, new) = (sentences(old), sentences(new));
    // A text on one side only (a point or division added or removed) is all added or all
    // removed: nothing to fold or compare.
    if old.is_empty() || new.is_empty() {
        removed(&old, &mut out);
        added(&new, &mut out);
        return out;
    }
    let old = Side::of(old);
    let new = Side::of(new);
    for op in capture_diff_slices(Algorithm::Patience, &old.keys, &new.keys) {
        match op {
            DiffOp::Equal { new_index, len, .. } => {
                for s in &new.sentences[new_index..new_index + len] {
                    out.push(Sentence::Carried {
                        text: s.to_string(),
                    });
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => removed(&old.sentences[old_index..old_index + old_len], &mut out),
            DiffOp::Insert {
                new_index, new_len, ..
            } => added(&new.sentences[new_index..new_index + new_len], &mut out),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => replaced(
                old.range(old_index..old_index + old_len),
                new.range(new_index..new_index + new_len),
                &mut out,
            ),
        }
    }
    out
}

/// One text's sentences, as written and folded (each folded once, for every comparison).
struct Side<'a> {
    sentences: Vec<&'a str>,
    keys: Vec<String>,
}

impl<'a> Side<'a> {
    fn of(sentences: Vec<&'a str>) -> Side<'a> {
        let keys = sentences.iter().map(|s| script::fold(s)).collect();
        Side { sentences, keys }
    }

    fn range(&self, range: Range<usize>) -> Run<'_> {
        Run {
            sentences: &self.sentences[range.clone()],
            keys: &self.keys[range],
        }
    }
}

/// Consecutive sentences of one side.
#[derive(Clone, Copy)]
struct Run<'s> {
    sentences: &'s [&'s str],
    keys: &'s [String],
}

fn removed(old: &[&str], out: &mut Vec<Sentence>) {
    out.extend(old.iter().map(|s| Sentence::Removed {
        text: s.to_string(),
    }));
}

fn added(new: &[&str], out: &mut Vec<Sentence>) {
    out.extend(new.iter().map(|s| Sentence::Added {
        text: s.to_string(),
    }));
}

/// Replaced sentences: each new one is paired with the most similar old one still free (in
/// order), if they share enough to be a rewording; the rest are added or removed.
fn replaced(old: Run<'_>, new: Run<'_>, out: &mut Vec<Sentence>) {
    // The likeliest old sentence is found by character pairs (cheap, computed once per
    // sentence); only that one is measured by a character diff.
    let old_shingles: Vec<Shingles> = old
        .keys
        .iter()
        .map(|k| Shingles::of_folded(k.chars()))
        .collect();
    let mut next_old = 0;
    for (n, new_key) in new.sentences.iter().zip(new.keys) {
        let shingles = Shingles::of_folded(new_key.chars());
        let best = (next_old..old.sentences.len())
            .map(|i| (old_shingles[i].dice(&shingles), i))
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            // Sentences sharing hardly a character pair are not one reworded: no diff needed.
            .filter(|(dice, _)| *dice >= NOT_ALIKE)
            .and_then(|(_, i)| {
                reworded((old.sentences[i], &old.keys[i]), (n, new_key)).map(|s| (s, i))
            });
        match best {
            Some((segments, i)) => {
                removed(&old.sentences[next_old..i], out);
                out.push(Sentence::Changed { segments });
                next_old = i + 1;
            }
            None => added(std::slice::from_ref(n), out),
        }
    }
    removed(&old.sentences[next_old..], out);
}

/// How alike two sentences must be (0–1, by characters) to be shown as one reworded.
const REWORDED: f32 = 0.5;
/// Below this share of character pairs (Dice), two sentences are not measured further.
const NOT_ALIKE: f32 = 0.15;

/// Two sentences (as written, folded) measured by a character diff: the share of characters
/// it keeps (0 to 1) must reach [`REWORDED`] for them to be one sentence reworded, shown by
/// that same diff. Used only between the few sentences of a replaced run, where it is cheap.
///
/// The diff is similar's Myers over the folded characters themselves (what `TextDiff`'s
/// `diff_chars` computes over one-character strings, the same operations, at a third of the
/// cost), and the share is similar's own `diff_ratio` of those operations.
fn reworded((old, old_key): (&str, &str), (new, new_key): (&str, &str)) -> Option<Vec<Segment>> {
    let old_folded: Vec<char> = old_key.chars().collect();
    let new_folded: Vec<char> = new_key.chars().collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old_folded, &new_folded);
    (diff_ratio(&ops, old_folded.len(), new_folded.len()) >= REWORDED).then(|| {
        let changes = ops
            .iter()
            .flat_map(|op| op.iter_changes(&old_folded, &new_folded))
            .map(|change| (change.tag(), change.value()));
        characters(changes, (old, &old_folded), (new, &new_folded))
    })
}

/// A character diff of a reworded sentence (each change's tag and folded character), in the
/// author's characters: folding keeps one character for one, so positions in the folded
/// texts are positions in the originals.
fn characters(
    changes: impl Iterator<Item = (ChangeTag, char)>,
    (old, old_folded): (&str, &[char]),
    (new, new_folded): (&str, &[char]),
) -> Vec<Segment> {
    let old_chars: Vec<char> = old.chars().collect();
    let new_chars: Vec<char> = new.chars().collect();
    let same_shape = old_folded.len() == old_chars.len() && new_folded.len() == new_chars.len();
    let mut segments: Vec<Segment> = Vec::new();
    let (mut o, mut n) = (0, 0);
    let mut buffer = [0; 4];
    for (tag, folded) in changes {
        let (tag, ch) = match tag {
            ChangeTag::Equal => {
                let c = if same_shape {
                    new_chars.get(n).copied()
                } else {
                    None
                };
                o += 1;
                n += 1;
                ("same", c.unwrap_or_default())
            }
            ChangeTag::Delete => {
                let c = if same_shape {
                    old_chars.get(o).copied()
                } else {
                    None
                };
                o += 1;
                ("removed", c.unwrap_or_default())
            }
            ChangeTag::Insert => {
                let c = if same_shape {
                    new_chars.get(n).copied()
                } else {
                    None
                };
                n += 1;
                ("added", c.unwrap_or_default())
            }
        };
        let text: &str = if same_shape {
            ch.encode_utf8(&mut buffer)
        } else {
            folded.encode_utf8(&mut buffer)
        };
        match segments.last_mut() {
            Some(last) if last.tag == tag => last.text.push_str(text),
            _ => segments.push(Segment {
                tag,
                text: text.to_string(),
            }),
        }
    }
    segments
}

/// The sentences of a text, each with its closing punctuation; line breaks end sentences too.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '。' | '；' | '！' | '？' | ';' | '!' | '?' | '\n') {
            push_trimmed(&text[start..end], &mut out);
            start = end;
        }
    }
    push_trimmed(&text[start..], &mut out);
    out
}

fn push_trimmed<'a>(piece: &'a str, out: &mut Vec<&'a str>) {
    let piece = piece.trim();
    if !piece.is_empty() {
        out.push(piece);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(diff: &[Sentence]) -> Vec<&'static str> {
        diff.iter()
            .map(|s| match s {
                Sentence::Carried { .. } => "carried",
                Sentence::Changed { .. } => "changed",
                Sentence::Added { .. } => "added",
                Sentence::Removed { .. } => "removed",
            })
            .collect()
    }

    #[test]
    fn sentences_end_at_chinese_stops_and_line_breaks() {
        assert_eq!(
            sentences("一是加强领导。二是压实责任；三是完善机制！\n第二段"),
            [
                "一是加强领导。",
                "二是压实责任；",
                "三是完善机制！",
                "第二段"
            ]
        );
    }

    #[test]
    fn the_same_text_is_carried_over_sentence_by_sentence() {
        let text = "全年办结134件。依法纠正违法行为。";
        assert_eq!(kinds(&diff(text, text)), ["carried", "carried"]);
    }

    #[test]
    fn a_script_change_alone_is_no_change() {
        assert_eq!(
            kinds(&diff("全面加强党的领导。", "全面加強黨的領導。")),
            ["carried"]
        );
    }

    #[test]
    fn a_reworded_sentence_shows_its_changed_characters() {
        let d = diff("区政府常务会议集体学法5次。", "区政府常务会议学法7次。");
        let Sentence::Changed { segments } = &d[0] else {
            panic!("{d:?}")
        };
        let shown: Vec<(&str, &str)> = segments.iter().map(|s| (s.tag, s.text.as_str())).collect();
        assert_eq!(
            shown,
            [
                ("same", "区政府常务会议"),
                ("removed", "集体"),
                ("same", "学法"),
                ("removed", "5"),
                ("added", "7"),
                ("same", "次。")
            ]
        );
    }

    #[test]
    fn reworded_traditional_keeps_the_authors_characters() {
        let d = diff("受理159件。", "受理行政復議案件160件。");
        let Sentence::Changed { segments } = &d[0] else {
            panic!("{d:?}")
        };
        assert!(
            segments.iter().any(|s| s.text.contains("復議")),
            "{segments:?}"
        );
    }

    #[test]
    fn unrelated_sentences_are_added_and_removed() {
        let d = diff("开展普法宣传。", "新建应急指挥中心。");
        assert_eq!(kinds(&d), ["added", "removed"]);
    }

    #[test]
    fn new_and_dropped_sentences_around_carried_ones() {
        let d = diff("甲。乙。", "甲。丙丙丙丙。");
        assert_eq!(kinds(&d), ["carried", "added", "removed"]);
    }
}
