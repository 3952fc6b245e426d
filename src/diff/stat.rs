//! The counts of a diff (`lawrpt diff --stat`): parts, sections and points added, removed,
//! changed and moved; sentences by what became of them; figures changed, added, removed.

use super::prose::Sentence;
use super::{Counts, Diff, DivisionDiff, SentenceCounts, Stat, Status};

/// Counts what `diff` holds. A division whose only change is inside its children or points
/// is not counted as changed itself.
pub(super) fn stat(diff: &Diff) -> Stat {
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
            count(
                &mut stat.points,
                p.status,
                p.moved_from.is_some() || p.moved,
            );
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
