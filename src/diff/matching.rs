//! Matching two years' structure: parts by role, divisions and points by what they say (a
//! point moved to another section of its part is found), and the prose of what matched.

use std::collections::{HashMap, HashSet};

use super::prose::{self, Sentence};
use super::shingles::{Pairs, Scores, Shingles};
use super::{DivisionDiff, Label, PointDiff, Status};
use crate::report::model::{Division, Level, Point, Report};
use crate::report::numbering;
use crate::report::script;

/// Parts pair by role (among several `other` parts, the most alike), in the new report's
/// order, with vanished parts where they stood.
pub(super) fn match_parts(old: &Report, new: &Report) -> Vec<(Option<usize>, Option<usize>)> {
    let text =
        |p: &crate::report::model::Part| Shingles::of_chars(text_of(&p.division).into_iter());
    let old_texts: Vec<Shingles> = old.parts.iter().map(text).collect();
    let new_texts: Vec<Shingles> = new.parts.iter().map(text).collect();
    let score = |o: usize, n: usize| {
        if old.parts[o].role.value != new.parts[n].role.value {
            return 0.0;
        }
        1.0 + old_texts[o].dice(&new_texts[n]) / 10.0
    };
    best_pairs(old.parts.len(), new.parts.len(), score, 1.0)
}

/// How the points of a part were matched, across all its divisions, so that a point moved
/// from one section to another is found. Divisions are named by their address, which is
/// stable while the two reports are borrowed.
#[derive(Default)]
pub(super) struct PointMoves {
    /// (new division, point index) → the old point it was matched to.
    new_to_old: HashMap<(usize, usize), OldPoint>,
    /// Old points that were matched somewhere.
    old_matched: HashSet<(usize, usize)>,
}

/// A point of last year's part: its division, index, words and the division's label.
struct OldPoint {
    division: usize,
    index: usize,
    text: String,
    label: Label,
}

fn address(division: &Division) -> usize {
    std::ptr::from_ref(division) as usize
}

impl PointMoves {
    pub(super) fn within(old: &Division, new: &Division) -> PointMoves {
        fn collect(d: &Division, index: usize, out: &mut Vec<OldPoint>) {
            let label = Label {
                number: numbering::heading_number(d.level, index),
                heading: d.heading.value.clone(),
            };
            for (i, p) in d.points.iter().enumerate() {
                out.push(OldPoint {
                    division: address(d),
                    index: i,
                    text: point_text(p),
                    label: label.clone(),
                });
            }
            for (i, c) in d.children.iter().enumerate() {
                collect(c, i, out);
            }
        }
        let (mut olds, mut news) = (Vec::new(), Vec::new());
        collect(old, 0, &mut olds);
        collect(new, 0, &mut news);
        let pairs = |points: &[OldPoint]| -> Vec<Pairs> {
            points.iter().map(|p| Pairs::of(&p.text)).collect()
        };
        let scores = Scores::of(&pairs(&olds), &pairs(&news));
        let pairs = best_pairs(olds.len(), news.len(), |o, n| scores.get(o, n), SAME_POINT);
        let mut moves = PointMoves::default();
        let mut olds: Vec<Option<OldPoint>> = olds.into_iter().map(Some).collect();
        for (o, n) in pairs {
            let (Some(o), Some(n)) = (o, n) else {
                continue;
            };
            if let Some(found) = olds[o].take() {
                moves.old_matched.insert((found.division, found.index));
                moves
                    .new_to_old
                    .insert((news[n].division, news[n].index), found);
            }
        }
        moves
    }
}

/// A division compared with its counterpart; `(division, index among its siblings)`.
pub(super) fn division(
    old: Option<(&Division, usize)>,
    new: Option<(&Division, usize)>,
    moves: &PointMoves,
) -> DivisionDiff {
    let label = |d: &Division, i: usize| Label {
        number: numbering::heading_number(d.level, i),
        heading: d.heading.value.clone(),
    };
    let level = old.or(new).map_or(Level::Part, |(d, _)| d.level);
    let mut out = DivisionDiff {
        status: Status::Same,
        level: level.noun(),
        role: None,
        old: old.map(|(d, i)| label(d, i)),
        new: new.map(|(d, i)| label(d, i)),
        heading_changed: false,
        moved: false,
        body: Vec::new(),
        points: Vec::new(),
        children: Vec::new(),
    };
    match (old, new) {
        (Some((o, _)), Some((n, _))) => {
            out.heading_changed = script::fold(&o.heading.value) != script::fold(&n.heading.value);
            out.body = prose_of(
                o.body.as_ref().map(|b| b.value.as_str()),
                n.body.as_ref().map(|b| b.value.as_str()),
            );
            out.points = points(Some(o), Some(n), moves);
            out.children = children(o, n, moves);
            let changed = out.heading_changed
                || out.body.iter().any(|s| !s.is_carried())
                || out
                    .points
                    .iter()
                    .any(|p| p.status != Status::Same || p.moved_from.is_some())
                || out
                    .children
                    .iter()
                    .any(|c| c.status != Status::Same || c.moved);
            out.status = if changed {
                Status::Changed
            } else {
                Status::Same
            };
        }
        (None, Some((n, _))) => {
            out.status = Status::Added;
            whole(n, Status::Added, moves, &mut out);
        }
        (Some((o, _)), None) => {
            out.status = Status::Removed;
            whole(o, Status::Removed, moves, &mut out);
        }
        (None, None) => {}
    }
    out
}

/// An added or removed division, listed whole; its points may still have come from, or gone
/// to, another division of the part.
fn whole(d: &Division, status: Status, moves: &PointMoves, out: &mut DivisionDiff) {
    let sentence = |text: &str| match status {
        Status::Removed => Sentence::Removed {
            text: text.to_string(),
        },
        _ => Sentence::Added {
            text: text.to_string(),
        },
    };
    out.body = d
        .body
        .iter()
        .flat_map(|b| prose::sentences(&b.value))
        .map(sentence)
        .collect();
    out.points = match status {
        Status::Removed => points(Some(d), None, moves),
        _ => points(None, Some(d), moves),
    };
    out.children = d
        .children
        .iter()
        .enumerate()
        .map(|(i, c)| match status {
            Status::Removed => division(Some((c, i)), None, moves),
            _ => division(None, Some((c, i)), moves),
        })
        .collect();
}

/// How alike two divisions must be (0–1) to be taken for the same one, reworded.
const SAME_DIVISION: f32 = 0.4;
/// How alike two points must be to be taken for the same one.
const SAME_POINT: f32 = 0.45;

/// The divisions one level in, matched by what they say; moves among siblings marked.
fn children(old: &Division, new: &Division, moves: &PointMoves) -> Vec<DivisionDiff> {
    let headings = |d: &Division| -> Vec<Pairs> {
        d.children
            .iter()
            .map(|c| Pairs::of(&c.heading.value))
            .collect()
    };
    let contents = |d: &Division| -> Vec<Pairs> {
        d.children
            .iter()
            .map(|c| Pairs::of_chars(text_of(c).into_iter()))
            .collect()
    };
    let headings = Scores::of(&headings(old), &headings(new));
    let contents = Scores::of(&contents(old), &contents(new));
    let score = |o: usize, n: usize| {
        let heading = headings.get(o, n);
        let content = contents.get(o, n);
        heading.max(content * 0.9 + heading * 0.1)
    };
    let pairs = best_pairs(old.children.len(), new.children.len(), score, SAME_DIVISION);
    let moved = moved(&pairs);
    let mut out: Vec<DivisionDiff> = Vec::new();
    for (k, (o, n)) in pairs.iter().enumerate() {
        let mut d = division(
            o.map(|i| (&old.children[i], i)),
            n.map(|i| (&new.children[i], i)),
            moves,
        );
        d.moved = moved[k];
        if d.moved && d.status == Status::Same {
            d.status = Status::Changed;
        }
        out.push(d);
    }
    out
}

/// The points of a division against last year: each point of the new division with the
/// point it was matched to anywhere in the part (marked moved when that stood in another
/// division), then the old division's points that were matched nowhere.
fn points(old: Option<&Division>, new: Option<&Division>, moves: &PointMoves) -> Vec<PointDiff> {
    let mut out = Vec::new();
    if let Some(new) = new {
        // Points matched within this division, in the new order: those out of last year's
        // order moved (a point added or removed before one only shifts it).
        let pairs: Vec<(Option<usize>, Option<usize>)> = (0..new.points.len())
            .map(|j| {
                let within = moves
                    .new_to_old
                    .get(&(address(new), j))
                    .filter(|found| old.is_some_and(|o| address(o) == found.division));
                (within.map(|found| found.index), Some(j))
            })
            .collect();
        let reordered = moved(&pairs);
        for (j, p) in new.points.iter().enumerate() {
            let text = point_text(p);
            out.push(match moves.new_to_old.get(&(address(new), j)) {
                Some(found) => {
                    let moved = old.is_none_or(|o| address(o) != found.division);
                    let mut diff = point(
                        Some((&found.text, found.index)),
                        Some((&text, j)),
                        moved.then(|| found.label.clone()),
                    );
                    if reordered[j] {
                        diff.moved = true;
                        if diff.status == Status::Same {
                            diff.status = Status::Changed;
                        }
                    }
                    diff
                }
                None => point(None, Some((&text, j)), None),
            });
        }
    }
    if let Some(old) = old {
        for (i, p) in old.points.iter().enumerate() {
            if !moves.old_matched.contains(&(address(old), i)) {
                out.push(point(Some((&point_text(p), i)), None, None));
            }
        }
    }
    out
}

fn point(
    old: Option<(&str, usize)>,
    new: Option<(&str, usize)>,
    moved_from: Option<Label>,
) -> PointDiff {
    let text = prose_of(old.map(|(t, _)| t), new.map(|(t, _)| t));
    let status = match (old, new) {
        (Some(_), None) => Status::Removed,
        (None, Some(_)) => Status::Added,
        _ if text.iter().all(Sentence::is_carried) => Status::Same,
        _ => Status::Changed,
    };
    PointDiff {
        status,
        old: old.map(|(_, i)| numbering::point_ordinal(i)),
        new: new.map(|(_, i)| numbering::point_ordinal(i)),
        moved_from,
        moved: false,
        text,
    }
}

/// Pairs items of two lists (of `old` and `new` items) by a similarity score of their
/// indices: best pairs first, each item used once; the result follows the new list, with
/// vanished items where they stood in the old one.
fn best_pairs(
    old: usize,
    new: usize,
    score: impl Fn(usize, usize) -> f32,
    threshold: f32,
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut scored: Vec<(f32, usize, usize)> = Vec::new();
    for o in 0..old {
        for n in 0..new {
            let s = score(o, n);
            if s >= threshold {
                scored.push((s, o, n));
            }
        }
    }
    // Best first; ties to the earlier pair, so the result does not depend on luck.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut old_match = vec![None; old];
    let mut new_match = vec![None; new];
    for (_, o, n) in scored {
        if old_match[o].is_none() && new_match[n].is_none() {
            old_match[o] = Some(n);
            new_match[n] = Some(o);
        }
    }
    let mut pairs = Vec::new();
    let mut next_old = 0;
    for (n, matched) in new_match.iter().enumerate() {
        // Vanished old items that stood before this one's counterpart come first.
        if let Some(o) = matched {
            while next_old < *o {
                if old_match[next_old].is_none() {
                    pairs.push((Some(next_old), None));
                }
                next_old += 1;
            }
            next_old = next_old.max(o + 1);
        }
        pairs.push((*matched, Some(n)));
    }
    pairs.extend(
        old_match
            .iter()
            .enumerate()
            .skip(next_old)
            .filter(|(_, m)| m.is_none())
            .map(|(o, _)| (Some(o), None)),
    );
    pairs
}

/// Which matched pairs stand in another order than last year: those outside the longest
/// run kept in order.
fn moved(pairs: &[(Option<usize>, Option<usize>)]) -> Vec<bool> {
    let matched: Vec<(usize, usize)> = pairs
        .iter()
        .enumerate()
        .filter_map(|(k, (o, n))| Some((k, (*o)?)).filter(|_| n.is_some()))
        .collect();
    let olds: Vec<usize> = matched.iter().map(|(_, o)| *o).collect();
    let mut sorted = olds.clone();
    sorted.sort_unstable();
    let mut in_order = vec![false; olds.len()];
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &sorted, &olds) {
        if let similar::DiffOp::Equal { new_index, len, .. } = op {
            for flag in &mut in_order[new_index..new_index + len] {
                *flag = true;
            }
        }
    }
    let mut out = vec![false; pairs.len()];
    for (i, (k, _)) in matched.iter().enumerate() {
        out[*k] = !in_order[i];
    }
    out
}

pub(super) fn prose_of(old: Option<&str>, new: Option<&str>) -> Vec<Sentence> {
    prose::diff(old.unwrap_or(""), new.unwrap_or(""))
}

/// A point's words: lead and body.
fn point_text(point: &Point) -> String {
    let mut text = String::new();
    for part in [&point.lead, &point.body].into_iter().flatten() {
        text.push_str(&part.value);
    }
    text
}

/// What a division says, for telling which is which: heading, body and points, cut short.
fn text_of(division: &Division) -> Vec<char> {
    const LENGTH: usize = 400;
    let body = division.body.iter();
    let points = division
        .points
        .iter()
        .flat_map(|p| [&p.lead, &p.body].into_iter().flatten());
    let mut text = Vec::with_capacity(LENGTH);
    for piece in std::iter::once(&division.heading).chain(body).chain(points) {
        text.extend(piece.value.chars().take(LENGTH - text.len()));
        if text.len() == LENGTH {
            break;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_keep_vanished_items_where_they_stood() {
        let (old, new) = (["甲", "乙", "丙"], ["甲", "丙"]);
        let pairs = best_pairs(
            old.len(),
            new.len(),
            |o, n| if old[o] == new[n] { 1.0 } else { 0.0 },
            0.5,
        );
        assert_eq!(
            pairs,
            [(Some(0), Some(0)), (Some(1), None), (Some(2), Some(1))]
        );
    }

    #[test]
    fn only_items_out_of_order_are_moved() {
        assert_eq!(
            moved(&[(Some(1), Some(0)), (Some(0), Some(1)), (Some(2), Some(2))]),
            [true, false, false]
        );
    }
}
