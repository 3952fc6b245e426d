//! Years and dates: `year:` against the file name, headings and bodies naming the wrong year
//! (the copy-from-last-year slip), and the date of issue against 第二十四条's deadline.
//!
//! A report on year Y reports measures, shortcomings and the leaders' duty for Y and plans
//! for Y+1. Part headings and the title are checked for any `YYYY年`; sub-headings and bodies
//! only for `YYYY年度`, since a body may cite a plan such as （2023—2025年）.

use crate::check::{Context, span_in};
use crate::report::model::{Date, Division, Report, Role, Spanned};
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

/// Which mentions of a year a check looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mentions {
    /// Any `YYYY年`.
    Any,
    /// `YYYY年度`: the year a passage reports on, where a body may also cite a plan
    /// such as （2023—2025年）.
    NianDu,
    /// `现将YYYY年` (or `現將`): the preamble's 现将2024年法治政府建设情况报告如下.
    ReportOn,
    /// `YYYY年` opening the text.
    Opening,
}

/// A year named in text: `2024年` or `2024年度`, four ASCII digits standing alone.
#[derive(Debug, Clone, PartialEq, Eq)]
struct YearMention {
    year: i64,
    /// Byte range of the digits.
    digits: std::ops::Range<usize>,
    /// Byte range of the whole phrase, 年 or 年度 included (and 现将 for `ReportOn`).
    phrase: std::ops::Range<usize>,
}

/// The mentions of a year in `text` of the kind asked for. 年 and 年度 are the same in both
/// scripts and 现将 is matched in each, so no folding is needed (it costs more than the rest
/// of the checks together).
fn year_mentions(text: &str, kind: Mentions) -> Vec<YearMention> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at + 4 <= bytes.len() {
        let run = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if run == 0 {
            at += 1;
            continue;
        }
        let (start, end) = (at, at + run);
        at = end;
        let rest = &text[end..];
        if run != 4 || !rest.starts_with('年') {
            continue;
        }
        let du = rest["年".len()..].starts_with('度');
        let before = &text[..start];
        let report_on = ["现将", "現將"].iter().find(|w| before.ends_with(**w));
        let phrase_start = match (kind, report_on) {
            (Mentions::ReportOn, Some(words)) => start - words.len(),
            _ => start,
        };
        let wanted = match kind {
            Mentions::Any => true,
            Mentions::NianDu => du,
            Mentions::ReportOn => report_on.is_some(),
            Mentions::Opening => start == 0,
        };
        let Ok(year) = text[start..end].parse() else {
            continue;
        };
        if wanted {
            let phrase_end = end + "年".len() + if du { "度".len() } else { 0 };
            found.push(YearMention {
                year,
                digits: start..end,
                phrase: phrase_start..phrase_end,
            });
        }
    }
    found
}

pub fn check(report: &Report, context: &Context, found: &mut Vec<Diagnostic>) {
    let year = report.year.value;
    // With `year:` and the file name at odds there is no telling which year the rest should
    // name: one error says it, rather than a warning on every heading.
    if !file_name(report, context, found) {
        return;
    }
    if let Some(title) = &report.title {
        let place = tr!("place-title").text;
        wrong_years(Mentions::Any, title, &[year], &place, context, found);
    }
    if let Some(preamble) = &report.preamble {
        let place = tr!("place-preamble").text;
        wrong_years(
            Mentions::ReportOn,
            preamble,
            &[year],
            &place,
            context,
            found,
        );
        wrong_years(Mentions::Opening, preamble, &[year], &place, context, found);
    }
    for part in &report.parts {
        let expected = match part.role.value {
            Role::Plans => year + 1,
            Role::Other => continue,
            _ => year,
        };
        let what = tr!("place-role-part", role = part.role.value.key()).text;
        let heading = &part.division.heading;
        wrong_years(Mentions::Any, heading, &[expected], &what, context, found);
        within(&part.division, expected, &what, context, found);
    }
    if let Some(issued) = &report.issued {
        issued_in_time(issued, year, found);
    }
}

/// Whether `year:` agrees with the file name (or the name is not a year).
fn file_name(report: &Report, context: &Context, found: &mut Vec<Diagnostic>) -> bool {
    let year = &report.year;
    let Some(file_year) = context.file_year.filter(|y| *y != year.value) else {
        return true;
    };
    found.push(
        Diagnostic::new(
            id::YEAR_MISMATCH,
            year.span,
            tr!("year-mismatch", year = year.value, file_year = file_year),
        )
        .hint(tr!(
            "hint-year-mismatch",
            year = year.value,
            file_year = file_year
        )),
    );
    false
}

/// Sub-headings and bodies under a part, for `YYYY年度`.
fn within(
    division: &Division,
    expected: i64,
    what: &str,
    context: &Context,
    found: &mut Vec<Diagnostic>,
) {
    let mut texts: Vec<&Spanned<String>> = division.body.iter().collect();
    for point in &division.points {
        texts.extend(point.lead.iter().chain(point.body.iter()));
    }
    for text in texts {
        wrong_years(Mentions::NianDu, text, &[expected], what, context, found);
    }
    for child in &division.children {
        wrong_years(
            Mentions::NianDu,
            &child.heading,
            &[expected],
            what,
            context,
            found,
        );
        within(child, expected, what, context, found);
    }
}

/// Reports each year the pattern finds in `text` that is not one of `expected`.
fn wrong_years(
    kind: Mentions,
    text: &Spanned<String>,
    expected: &[i64],
    what: &str,
    context: &Context,
    found: &mut Vec<Diagnostic>,
) {
    for mention in year_mentions(&text.value, kind) {
        let named = mention.year;
        if expected.contains(&named) {
            continue;
        }
        let span = span_in(context, text, mention.digits.start, mention.digits.len());
        let right = expected.first().copied().unwrap_or(named);
        let quoted = &text.value[mention.phrase];
        found.push(
            Diagnostic::new(
                id::WRONG_YEAR,
                span,
                tr!("wrong-year", place = what, quoted = quoted, right = right),
            )
            .hint(tr!("hint-wrong-year", right = right, named = named)),
        );
    }
}

fn issued_in_time(issued: &Spanned<Date>, year: i64, found: &mut Vec<Diagnostic>) {
    let next = i32::try_from(year + 1).unwrap_or(i32::MAX);
    let deadline = Date {
        year: next,
        month: 3,
        day: 31,
    };
    let year_end = Date {
        year: next - 1,
        month: 12,
        day: 31,
    };
    if issued.value > deadline {
        found.push(
            Diagnostic::new(
                id::ISSUED_LATE,
                issued.span,
                tr!("issued-late", date = issued.value.iso(), next = next),
            )
            .hint(tr!("hint-issued-late")),
        );
    } else if issued.value <= year_end {
        found.push(
            Diagnostic::new(
                id::ISSUED_EARLY,
                issued.span,
                tr!("issued-early", date = issued.value.iso(), year = year),
            )
            .hint(tr!("hint-issued-early", year = year, next = next)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::tests::{GOOD, after, diagnostics, findings};
    use crate::rules::id;

    #[test]
    fn year_mentions_are_four_digits_before_nian() {
        use super::{Mentions, year_mentions};
        let years = |text: &str, kind| -> Vec<i64> {
            year_mentions(text, kind).iter().map(|m| m.year).collect()
        };
        let text = "2024年,现将2023年报告；2022年度计划，12345年，（2023—2025年），第2024号";
        assert_eq!(years(text, Mentions::Any), [2024, 2023, 2022, 2025]);
        assert_eq!(years(text, Mentions::NianDu), [2022]);
        assert_eq!(years(text, Mentions::ReportOn), [2023]);
        assert_eq!(years(text, Mentions::Opening), [2024]);
        assert_eq!(years("現將2021年", Mentions::ReportOn), [2021]);
        let phrase = &year_mentions("现将2023年如下", Mentions::ReportOn)[0].phrase;
        assert_eq!(&"现将2023年如下"[phrase.clone()], "现将2023年");
    }

    #[test]
    fn year_must_match_the_file_name() {
        assert_eq!(findings(GOOD, Some(2025)), [(id::YEAR_MISMATCH, 1)]);
        // A 2024 report in 2023.yaml: the mismatch alone, not every heading as well.
        assert_eq!(findings(GOOD, Some(2023)), [(id::YEAR_MISMATCH, 1)]);
        assert_eq!(findings(GOOD, None), []);
    }

    #[test]
    fn a_measures_heading_naming_last_year_is_a_warning() {
        assert_eq!(
            after(
                "2024年度推进法治政府建设的主要举措和成效",
                "2023年度推进法治政府建设的主要举措和成效"
            ),
            [(id::WRONG_YEAR, 8)]
        );
    }

    #[test]
    fn a_plans_part_not_about_next_year_is_a_warning() {
        assert_eq!(
            after("2025年度推进", "2024年度推进"),
            [(id::WRONG_YEAR, 21)]
        );
        assert_eq!(
            after("body: 继续推进。", "body: 巩固2024年度成果。"),
            [(id::WRONG_YEAR, 22)]
        );
    }

    #[test]
    fn the_preamble_and_title_are_checked_in_either_script() {
        assert_eq!(after("现将2024年", "現將2023年"), [(id::WRONG_YEAR, 5)]);
        assert_eq!(
            after("  2024年，某某区", "  2023年，某某区"),
            [(id::WRONG_YEAR, 5)]
        );
        assert_eq!(
            after(
                "year: 2024\n",
                "year: 2024\ntitle: 某某区2023年法治政府建设情况报告\n"
            ),
            [(id::WRONG_YEAR, 2)]
        );
    }

    #[test]
    fn bodies_may_cite_other_years_unless_they_say_nian_du() {
        assert_eq!(
            after("body: 正文。", "body: 落实三年行动计划（2023—2025年）。"),
            []
        );
        assert_eq!(
            after("body: 正文。", "body: 完成2023年度目标。"),
            [(id::WRONG_YEAR, 13)]
        );
    }

    #[test]
    fn the_column_points_at_the_wrong_year_inside_a_body() {
        let source = GOOD.replacen(
            "body: 正文。",
            "body: |-\n              第一段2024年度。\n\n              再说2023年度。",
            1,
        );
        let found = diagnostics(&source, Some(2024));
        assert_eq!((found[0].span.line, found[0].span.col), (16, 17));
    }

    /// The (line, column) of each finding, and its message.
    fn places(source: &str) -> Vec<(usize, usize, String)> {
        diagnostics(source, Some(2024))
            .into_iter()
            .map(|d| (d.span.line, d.span.col, d.message))
            .collect()
    }

    #[test]
    fn the_span_is_the_match_not_the_first_place_the_digits_appear() {
        let source = GOOD.replacen(
            "body: 正文。",
            "body: 落实《规划（2023—2025年）》，巩固2023年度成果。",
            1,
        );
        assert_eq!(places(&source)[0].1, 40);
        let source = GOOD.replacen("现将2024年", "现将2023年", 1);
        let source = source.replacen("  2024年，某某区", "  2023年，某某区", 1);
        let cols: Vec<usize> = places(&source).iter().map(|p| p.1).collect();
        assert_eq!(cols, [3, 21]);
    }

    #[test]
    fn the_message_quotes_the_authors_own_characters() {
        let source = GOOD.replacen("现将2024年", "現將2023年", 1);
        assert!(
            places(&source)[0].2.contains("`現將2023年`"),
            "{:?}",
            places(&source)
        );
    }

    #[test]
    fn issue_dates_after_march_of_next_year_or_within_the_year_are_warnings() {
        assert_eq!(after("2025-03-20", "2025-03-31"), []);
        assert_eq!(after("2025-03-20", "2025-04-01"), [(id::ISSUED_LATE, 3)]);
        assert_eq!(after("2025-03-20", "2024-12-31"), [(id::ISSUED_EARLY, 3)]);
    }
}
