//! `lawrpt diff`: what changed between two years' reports, for reviewers.
//!
//! Structure first: parts are matched by role, sections (and items, sub-items) and points by
//! what they say, not where they stand, so a reworded heading, a reordered section or a
//! point moved to another section shows as such rather than as a deletion and an addition.
//! Inside matched text, `prose` compares sentence by sentence and, in a reworded sentence,
//! character by character; `figures` pairs the numbers the two years state. Everything is
//! compared after folding to Simplified, so a change of script is not a rewrite. No I/O.

pub mod figures;
pub mod prose;
pub mod render;
pub mod shingles;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::report::model::{Division, Level, Point, Report, Role};
use crate::report::numbering;
use crate::report::script;
use figures::Figure;
use prose::Sentence;
use shingles::{Pairs, Scores, Shingles};

/// Two reports compared.
#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    pub old_year: i64,
    pub new_year: i64,
    pub preamble: Vec<Sentence>,
    pub parts: Vec<DivisionDiff>,
    pub figures: Vec<FigureRow>,
    pub stat: Stat,
}

/// What became of a part, section, item or sub-item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Same,
    Changed,
    Added,
    Removed,
}

/// A division in either year and what changed in it.
#[derive(Debug, Clone, Serialize)]
pub struct DivisionDiff {
    pub status: Status,
    /// `part`, `section`, `item` or `sub-item`.
    pub level: &'static str,
    /// For parts.
    pub role: Option<&'static str>,
    /// Its number and heading last year, if it was there.
    pub old: Option<Label>,
    /// Its number and heading this year, if it is there.
    pub new: Option<Label>,
    pub heading_changed: bool,
    /// It stands in another place among its siblings than last year.
    pub moved: bool,
    pub body: Vec<Sentence>,
    pub points: Vec<PointDiff>,
    pub children: Vec<DivisionDiff>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    pub number: String,
    pub heading: String,
}

/// What became of an inline point (一是, 二是, …).
#[derive(Debug, Clone, Serialize)]
pub struct PointDiff {
    pub status: Status,
    pub old: Option<String>,
    pub new: Option<String>,
    /// Where it stood last year, when it moved there from another division.
    pub moved_from: Option<Label>,
    /// Its lead and body, sentence by sentence.
    pub text: Vec<Sentence>,
}

/// A figure stated in both years, or in one.
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    /// What the figure counts, in this year's words (last year's where it is gone).
    pub label: String,
    /// Last year's words, where they differ from this year's.
    pub old_label: Option<String>,
    pub unit: String,
    pub old: Option<String>,
    pub new: Option<String>,
    /// new − old, where both are numbers.
    pub change: Option<f64>,
    /// `indicators` or `text`.
    pub source: &'static str,
}

/// Counts for `--stat`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stat {
    pub parts: Counts,
    pub sections: Counts,
    pub points: Counts,
    pub sentences: SentenceCounts,
    /// Figures in both years with a different value.
    pub figures_changed: usize,
    pub figures_added: usize,
    pub figures_removed: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub moved: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SentenceCounts {
    pub carried: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
}

impl Diff {
    /// Whether anything differs (a script change alone does not count).
    pub fn has_changes(&self) -> bool {
        let s = &self.stat;
        let counts = [&s.parts, &s.sections, &s.points];
        counts
            .iter()
            .any(|c| c.added + c.removed + c.changed + c.moved > 0)
            || s.sentences.changed + s.sentences.added + s.sentences.removed > 0
            || s.figures_changed + s.figures_added + s.figures_removed > 0
    }
}

/// Compares two years' reports.
pub fn diff(old: &Report, new: &Report) -> Diff {
    let preamble = prose_of(
        old.preamble.as_ref().map(|p| p.value.as_str()),
        new.preamble.as_ref().map(|p| p.value.as_str()),
    );
    let mut parts = Vec::new();
    let pairs = match_parts(old, new);
    for (o, n) in pairs {
        let old_part = o.map(|i| (&old.parts[i].division, i));
        let new_part = n.map(|i| (&new.parts[i].division, i));
        let role = o
            .map(|i| old.parts[i].role.value)
            .or(n.map(|i| new.parts[i].role.value));
        let moves = match (old_part, new_part) {
            (Some((o, _)), Some((n, _))) => PointMoves::within(o, n),
            _ => PointMoves::default(),
        };
        let mut d = division(old_part, new_part, &moves);
        d.role = role.map(Role::key);
        parts.push(d);
    }
    let figures = figure_rows(old, new);
    let mut diff = Diff {
        old_year: old.year.value,
        new_year: new.year.value,
        preamble,
        parts,
        figures,
        stat: Stat::default(),
    };
    diff.stat = stat(&diff);
    diff
}

/// Parts pair by role (among several `other` parts, the most alike), in the new report's
/// order, with vanished parts where they stood.
fn match_parts(old: &Report, new: &Report) -> Vec<(Option<usize>, Option<usize>)> {
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
struct PointMoves {
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
    fn within(old: &Division, new: &Division) -> PointMoves {
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
fn division(
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
        for (j, p) in new.points.iter().enumerate() {
            let text = point_text(p);
            out.push(match moves.new_to_old.get(&(address(new), j)) {
                Some(found) => {
                    let moved = old.is_none_or(|o| address(o) != found.division);
                    point(
                        Some((&found.text, found.index)),
                        Some((&text, j)),
                        moved.then(|| found.label.clone()),
                    )
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

fn prose_of(old: Option<&str>, new: Option<&str>) -> Vec<Sentence> {
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

/// Figures of both years: from `indicators` by id, then from the text.
fn figure_rows(old: &Report, new: &Report) -> Vec<FigureRow> {
    let mut rows = Vec::new();
    let unit = |i: &crate::report::model::Indicator| {
        i.unit.as_ref().map(|u| u.value.clone()).unwrap_or_default()
    };
    let shown =
        |i: &crate::report::model::Indicator| format!("{}{}", number(i.value.value), unit(i));
    for n in &new.indicators {
        let o = old.indicators.iter().find(|o| o.id.value == n.id.value);
        rows.push(FigureRow {
            old_label: None,
            label: n.label.value.clone(),
            unit: unit(n),
            old: o.map(shown),
            new: Some(shown(n)),
            change: o.map(|o| n.value.value - o.value.value),
            source: "indicators",
        });
    }
    for o in &old.indicators {
        if !new.indicators.iter().any(|n| n.id.value == o.id.value) {
            rows.push(FigureRow {
                old_label: None,
                label: o.label.value.clone(),
                unit: unit(o),
                old: Some(shown(o)),
                new: None,
                change: None,
                source: "indicators",
            });
        }
    }
    let pairing = figures::pair(text_figures(old), text_figures(new));
    for (o, n) in pairing.pairs {
        rows.push(FigureRow {
            old_label: (script::fold(&o.label) != script::fold(&n.label)).then(|| o.label.clone()),
            label: n.label.clone(),
            unit: n.unit.clone(),
            change: Some(n.value - o.value),
            old: Some(o.text),
            new: Some(n.text),
            source: "text",
        });
    }
    for (figure, is_old) in pairing
        .only_old
        .into_iter()
        .map(|f| (f, true))
        .chain(pairing.only_new.into_iter().map(|f| (f, false)))
    {
        rows.push(FigureRow {
            old_label: None,
            label: figure.label.clone(),
            unit: figure.unit.clone(),
            old: is_old.then(|| figure.text.clone()),
            new: (!is_old).then_some(figure.text),
            change: None,
            source: "text",
        });
    }
    rows
}

pub(crate) fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// Every figure the text of a report states, in reading order.
fn text_figures(report: &Report) -> Vec<Figure> {
    let mut texts: Vec<&str> = report.preamble.iter().map(|p| p.value.as_str()).collect();
    for division in report.divisions() {
        texts.extend(division.body.iter().map(|b| b.value.as_str()));
        for point in &division.points {
            texts.extend(
                point
                    .lead
                    .iter()
                    .chain(point.body.iter())
                    .map(|t| t.value.as_str()),
            );
        }
    }
    texts.into_iter().flat_map(figures::extract).collect()
}

fn stat(diff: &Diff) -> Stat {
    let mut stat = Stat::default();
    fn count(c: &mut Counts, status: Status, moved: bool) {
        match status {
            Status::Added => c.added += 1,
            Status::Removed => c.removed += 1,
            Status::Changed if !moved => c.changed += 1,
            _ => {}
        }
        if moved {
            c.moved += 1;
        }
    }
    fn sentences(s: &mut SentenceCounts, list: &[Sentence]) {
        for sentence in list {
            match sentence {
                Sentence::Carried { .. } => s.carried += 1,
                Sentence::Changed { .. } => s.changed += 1,
                Sentence::Added { .. } => s.added += 1,
                Sentence::Removed { .. } => s.removed += 1,
            }
        }
    }
    fn walk(stat: &mut Stat, d: &DivisionDiff) {
        let counts = if d.level == "part" {
            &mut stat.parts
        } else {
            &mut stat.sections
        };
        let own_change = d.heading_changed || d.body.iter().any(|s| !s.is_carried());
        let status = if d.status == Status::Changed && !own_change && !d.moved {
            Status::Same
        } else {
            d.status
        };
        count(counts, status, d.moved);
        sentences(&mut stat.sentences, &d.body);
        for p in &d.points {
            count(&mut stat.points, p.status, p.moved_from.is_some());
            sentences(&mut stat.sentences, &p.text);
        }
        for c in &d.children {
            walk(stat, c);
        }
    }
    sentences(&mut stat.sentences, &diff.preamble);
    for part in &diff.parts {
        walk(&mut stat, part);
    }
    for row in &diff.figures {
        match (&row.old, &row.new) {
            (Some(_), Some(_)) if row.change.is_some_and(|c| c != 0.0) => stat.figures_changed += 1,
            (None, Some(_)) => stat.figures_added += 1,
            (Some(_), None) => stat.figures_removed += 1,
            _ => {}
        }
    }
    stat
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    fn report(source: &str) -> Report {
        load(source).report.unwrap()
    }

    const OLD: &str = "year: 2023
preamble: 2023年，某区坚持依法行政。
parts:
  - role: measures
    heading: 2023年度推进法治政府建设的主要举措和成效
    sections:
      - heading: 坚持党的领导
        points:
          - lead: 加强领导。
            body: 区政府常务会议集体学法5次。
          - lead: 压实责任。
            body: 制发工作要点。
      - heading: 优化营商环境
        body: 全年新增市场主体5000户。
  - role: plans
    heading: 2024年度推进法治政府建设的主要安排
    body: 继续推进。
";

    #[test]
    fn a_report_compared_with_itself_has_no_changes() {
        let r = report(OLD);
        let d = diff(&r, &r);
        assert!(!d.has_changes(), "{:?}", d.stat);
        assert!(d.stat.sentences.carried > 0);
    }

    #[test]
    fn sections_are_matched_by_content_not_position() {
        // The same report with its two sections swapped.
        let leadership = "      - heading: 坚持党的领导\n        points:\n          - lead: 加强领导。\n            body: 区政府常务会议集体学法5次。\n          - lead: 压实责任。\n            body: 制发工作要点。\n";
        let business = "      - heading: 优化营商环境\n        body: 全年新增市场主体5000户。\n";
        assert!(OLD.contains(&format!("{leadership}{business}")));
        let reordered = OLD.replace("year: 2023", "year: 2024").replace(
            &format!("{leadership}{business}"),
            &format!("{business}{leadership}"),
        );
        let d = diff(&report(OLD), &report(&reordered));
        let sections = &d.parts[0].children;
        assert_eq!(sections.len(), 2);
        assert!(sections.iter().all(|s| s.old.is_some() && s.new.is_some()));
        assert_eq!(d.stat.sections.added + d.stat.sections.removed, 0);
        assert!(d.stat.sections.moved >= 1, "{:?}", d.stat);
    }

    #[test]
    fn a_reworded_heading_is_a_change_not_a_swap() {
        let new = OLD.replace("坚持党的领导", "始终坚持党的领导");
        let d = diff(&report(OLD), &report(&new));
        let section = &d.parts[0].children[0];
        assert_eq!(section.status, Status::Changed);
        assert!(section.heading_changed);
        assert_eq!(d.stat.sections.added, 0);
    }

    #[test]
    fn figures_in_both_years_are_paired() {
        let new = OLD.replace("集体学法5次", "学法7次");
        let d = diff(&report(OLD), &report(&new));
        let row = d.figures.iter().find(|r| r.unit == "次").unwrap();
        assert_eq!(
            (row.old.as_deref(), row.new.as_deref()),
            (Some("5次"), Some("7次"))
        );
        assert_eq!(row.change, Some(2.0));
    }

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
