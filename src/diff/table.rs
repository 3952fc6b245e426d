//! The table of figures of a diff: the indicators of the two years by id, then the figures
//! their texts state, paired by what they count ([`super::figures`]).

use super::FigureRow;
use super::figures::{self, Figure};
use crate::report::model::{Indicator, Report};
use crate::report::script;

/// Figures of both years: from `indicators` by id, then from the text (`text_figures` of
/// each).
pub(super) fn figure_rows(
    old: &Report,
    new: &Report,
    old_figures: &[Figure],
    new_figures: &[Figure],
) -> Vec<FigureRow> {
    let mut rows = Vec::new();
    let unit = |i: &Indicator| i.unit.as_ref().map(|u| u.value.clone()).unwrap_or_default();
    let shown = |i: &Indicator| format!("{}{}", number(i.value.value), unit(i));
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
    let pairing = figures::pair(old_figures.to_vec(), new_figures.to_vec());
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
/// A figure's value as the table shows it: whole numbers without a decimal point (5, not
/// 5.0), others as Rust prints them.
pub(crate) fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// Every figure the text of a report states, in reading order.
pub(super) fn text_figures(report: &Report) -> Vec<Figure> {
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
