//! new: next year's report started from an earlier one's structure. Roles and part headings
//! are kept with their years moved on (2024年度 → 2025年度; the plans part's 2025年 → 2026年),
//! section, item and sub-item headings are kept, and every text is replaced by a placeholder
//! that `check` reports as an error until it is written, so an unfinished draft cannot be
//! published. Points, dates and indicators are last year's facts and are not carried over.

use crate::report::draft::{Draft, DraftDivision, DraftPart};
use crate::report::model::{Division, Report, Role};
use crate::report::script::Script;

/// The placeholder, in Simplified and in Traditional characters.
pub const PLACEHOLDERS: [&str; 2] = ["【待填写】", "【待填寫】"];

fn placeholder(script: Script) -> String {
    match script {
        Script::Simplified => PLACEHOLDERS[0],
        Script::Traditional => PLACEHOLDERS[1],
    }
    .to_string()
}

/// The skeleton of `year` from `report`, an earlier year's.
pub fn from_report(report: &Report, year: i64) -> Draft {
    let from = report.year.value;
    let delta = year - from;
    let fill = placeholder(report.script());
    Draft {
        year,
        authority: report.authority.as_ref().map(|a| a.value.clone()),
        title: report
            .title
            .as_ref()
            .map(|t| shift_years(&t.value, from, delta)),
        issued: None,
        preamble: report.preamble.as_ref().map(|_| fill.clone()),
        parts: report
            .parts
            .iter()
            .map(|part| {
                let mut division = skeleton(&part.division, &fill);
                division.heading = shift_years(&division.heading, from, delta);
                DraftPart {
                    role: part.role.value,
                    division,
                }
            })
            .collect(),
    }
}

/// A skeleton for a first year, with no earlier report to start from: the parts the
/// regulation asks for, headed as it words them.
pub fn blank(year: i64, authority: Option<String>) -> Draft {
    let fill = placeholder(Script::Simplified);
    let heading = |role: Role| match role {
        Role::Measures => format!("{year}年度推进法治政府建设的主要举措和成效"),
        Role::Shortcomings => format!("{year}年度推进法治政府建设存在的不足和原因"),
        Role::Leadership => {
            format!(
                "{year}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
            )
        }
        Role::Plans => format!("{}年度推进法治政府建设的主要安排", year + 1),
        Role::Other => "其他需要报告的情况".to_string(),
    };
    Draft {
        year,
        authority,
        title: None,
        issued: None,
        preamble: Some(fill.clone()),
        parts: [
            Role::Measures,
            Role::Shortcomings,
            Role::Leadership,
            Role::Plans,
        ]
        .into_iter()
        .map(|role| {
            let mut division = DraftDivision::new(crate::report::model::Level::Part, heading(role));
            division.body = Some(fill.clone());
            DraftPart { role, division }
        })
        .collect(),
    }
}

/// A division's headings, its text replaced by the placeholder. A division with children
/// keeps a placeholder body only if it had a body.
fn skeleton(division: &Division, fill: &str) -> DraftDivision {
    let mut out = DraftDivision::new(division.level, division.heading.value.clone());
    out.children = division
        .children
        .iter()
        .map(|c| skeleton(c, fill))
        .collect();
    let had_text = division.body.is_some() || !division.points.is_empty();
    if had_text || out.children.is_empty() {
        out.body = Some(fill.to_string());
    }
    out
}

/// Years written as `2024年` moved on by `delta`, where they are the report's year or the
/// ones beside it (a plans part names the next year).
fn shift_years(text: &str, from: i64, delta: i64) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('年') {
        let before = &rest[..at];
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let year = before[before.len() - digits..].parse::<i64>().ok();
        match year.filter(|y| digits == 4 && (from - 1..=from + 1).contains(y)) {
            Some(y) => {
                out.push_str(&before[..before.len() - digits]);
                out.push_str(&(y + delta).to_string());
            }
            None => out.push_str(before),
        }
        out.push('年');
        rest = &rest[at + '年'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_beside_the_report_year_move_on_and_others_stay() {
        assert_eq!(
            shift_years("2024年度推进法治政府建设的主要举措和成效", 2024, 1),
            "2025年度推进法治政府建设的主要举措和成效"
        );
        assert_eq!(
            shift_years("2025年度推进法治政府建设的主要安排", 2024, 1),
            "2026年度推进法治政府建设的主要安排"
        );
        assert_eq!(
            shift_years("落实《2021年规划》", 2024, 1),
            "落实《2021年规划》"
        );
        assert_eq!(shift_years("12024年", 2024, 1), "12024年");
        assert_eq!(shift_years("2023年至2025年", 2024, 2), "2025年至2027年");
    }
}
