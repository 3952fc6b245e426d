//! `lawrpt diff`: what changed between two years' reports, for reviewers.
//!
//! Structure first: parts are matched by role, sections (and items, sub-items) and points by
//! what they say, not where they stand, so a reworded heading, a reordered section or a
//! point moved to another section shows as such rather than as a deletion and an addition.
//! Inside matched text, `prose` compares sentence by sentence and, in a reworded sentence,
//! character by character; `figures` pairs the numbers the two years state. Everything is
//! compared after folding to Simplified, so a change of script is not a rewrite. No I/O.
//!
//! Matching the structure is `matching`; the table of figures is `table`; the counts of a
//! `--stat` are `stat`.

pub mod figures;
mod matching;
pub mod prose;
pub mod render;
pub mod shingles;
mod stat;
mod table;

use serde::Serialize;

use crate::report::model::Report;
use crate::report::model::Role;
use matching::{PointMoves, division, match_parts, prose_of};
use prose::Sentence;

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
    /// It stands in another place among its division's points than last year (`old` was its
    /// ordinal), not only shifted by points added or removed before it.
    pub moved: bool,
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

/// What comparing needs of one report on its own, worked out once: a site build compares
/// every year with the year before and the year after, and the figures of a report's text
/// cost a fifth of a comparison to find.
pub struct Prepared {
    figures: Vec<figures::Figure>,
}

impl Prepared {
    pub fn of(report: &Report) -> Prepared {
        Prepared {
            figures: table::text_figures(report),
        }
    }
}

/// Compares two years' reports.
pub fn diff(old: &Report, new: &Report) -> Diff {
    diff_prepared((old, &Prepared::of(old)), (new, &Prepared::of(new)))
}

/// Compares two years' reports, each with what [`Prepared::of`] found in it.
pub fn diff_prepared(
    (old, old_prepared): (&Report, &Prepared),
    (new, new_prepared): (&Report, &Prepared),
) -> Diff {
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
    let figures = table::figure_rows(old, new, &old_prepared.figures, &new_prepared.figures);
    let mut diff = Diff {
        old_year: old.year.value,
        new_year: new.year.value,
        preamble,
        parts,
        figures,
        stat: Stat::default(),
    };
    diff.stat = stat::stat(&diff);
    diff
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
}
