//! The report's parts against the regulation: required parts present once each, in the
//! regulation's order, the leadership part present, and each part's heading in keeping with
//! its role (matched after folding to Simplified, so one rule serves both scripts).

use std::collections::BTreeMap;

use crate::report::model::{Part, Report, Role};
use crate::report::script;
use crate::rules::diagnostic::Diagnostic;
use crate::rules::id;
use crate::tr;

pub fn check(report: &Report, found: &mut Vec<Diagnostic>) {
    roles_present(report, found);
    roles_in_order(report, found);
    for part in &report.parts {
        heading_fits_role(part, found);
    }
}

fn roles_present(report: &Report, found: &mut Vec<Diagnostic>) {
    let mut by_role: BTreeMap<Role, Vec<&Part>> = BTreeMap::new();
    for part in &report.parts {
        by_role.entry(part.role.value).or_default().push(part);
    }
    for role in Role::ALL {
        let parts = by_role.get(&role).map_or(&[][..], Vec::as_slice);
        if parts.is_empty() && role.is_required() {
            found.push(
                Diagnostic::new(
                    id::PART_MISSING,
                    report.parts_span,
                    tr!(
                        "part-missing",
                        role = role.key(),
                        description = tr!("role-description", role = role.key()).text
                    ),
                )
                .hint(tr!("hint-part-missing", role = role.key())),
            );
        }
        if parts.is_empty() && role == Role::Leadership {
            found.push(
                Diagnostic::new(
                    id::LEADERSHIP_MISSING,
                    report.parts_span,
                    tr!(
                        "part-missing",
                        role = role.key(),
                        description = tr!("role-description", role = role.key()).text
                    ),
                )
                .hint(tr!("hint-leadership-missing")),
            );
        }
        if !role.may_repeat() {
            for extra in parts.iter().skip(1) {
                found.push(
                    Diagnostic::new(
                        id::PART_DUPLICATE,
                        extra.role.span,
                        tr!("part-duplicate", role = role.key()),
                    )
                    .hint(tr!(
                        "hint-part-duplicate",
                        role = role.key(),
                        line = parts[0].role.span.line
                    )),
                );
            }
        }
    }
}

fn roles_in_order(report: &Report, found: &mut Vec<Diagnostic>) {
    let mut latest: Option<&Part> = None;
    for part in &report.parts {
        match latest {
            Some(before) if part.role.value < before.role.value => {
                // Where it belongs: before the first part that ranks after it.
                let target = report
                    .parts
                    .iter()
                    .find(|p| p.role.value > part.role.value)
                    .unwrap_or(before);
                found.push(
                    Diagnostic::new(
                        id::PART_ORDER,
                        part.role.span,
                        tr!(
                            "part-order",
                            role = part.role.value.key(),
                            before = before.role.value.key(),
                            line = before.role.span.line
                        ),
                    )
                    .hint(tr!(
                        "hint-part-order",
                        target = target.role.value.key(),
                        line = target.role.span.line
                    )),
                );
            }
            _ => latest = Some(part),
        }
    }
}

fn heading_fits_role(part: &Part, found: &mut Vec<Diagnostic>) {
    let words = part.role.value.heading_words();
    let heading = &part.division.heading;
    if words.is_empty() || heading.value.trim().is_empty() {
        return;
    }
    let folded = script::fold(&heading.value);
    if words.iter().any(|w| folded.contains(w)) {
        return;
    }
    let role = part.role.value;
    found.push(
        Diagnostic::new(
            id::ROLE_HEADING,
            heading.span,
            tr!(
                "role-heading",
                role = role.key(),
                description = tr!("role-description", role = role.key()).text
            ),
        )
        .hint(tr!(
            "hint-role-heading",
            role = role.key(),
            line = part.role.span.line,
            words = words.join("、")
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::check::tests::{GOOD, diagnostics, findings};
    use crate::rules::id;

    fn without_part(role: &str) -> String {
        let start = GOOD.find(&format!("  - role: {role}\n")).unwrap();
        let end = GOOD[start + 4..]
            .find("  - role:")
            .map_or(GOOD.len(), |i| start + 4 + i);
        format!("{}{}", &GOOD[..start], &GOOD[end..])
    }

    #[test]
    fn each_required_part_is_required() {
        for role in ["measures", "shortcomings", "plans"] {
            assert_eq!(
                findings(&without_part(role), Some(2024)),
                [(id::PART_MISSING, 6)],
                "{role}"
            );
        }
    }

    #[test]
    fn a_missing_leadership_part_is_reported() {
        assert_eq!(
            findings(&without_part("leadership"), Some(2024)),
            [(id::LEADERSHIP_MISSING, 6)]
        );
    }

    #[test]
    fn a_duplicated_part_is_reported_at_the_second() {
        let source =
            format!("{GOOD}  - role: plans\n    heading: 2025年度工作安排\n    body: 再推进。\n");
        assert_eq!(findings(&source, Some(2024)), [(id::PART_DUPLICATE, 23)]);
    }

    #[test]
    fn other_parts_may_repeat() {
        let other = "  - role: other\n    heading: 其他需要报告的情况\n    body: 无。\n";
        let source = format!("{GOOD}{other}{other}");
        assert_eq!(findings(&source, Some(2024)), []);
    }

    #[test]
    fn parts_out_of_order_are_reported_where_they_stand() {
        let shortcomings = "  - role: shortcomings\n    heading: 2024年度推进法治政府建设存在的不足和原因\n    body: 总体来看，还存在差距。\n";
        let source = format!("{}{shortcomings}", without_part("shortcomings"));
        assert_eq!(findings(&source, Some(2024)), [(id::PART_ORDER, 20)]);
    }

    #[test]
    fn the_order_hint_names_the_first_part_it_must_precede() {
        let shortcomings = "  - role: shortcomings\n    heading: 2024年度推进法治政府建设存在的不足和原因\n    body: 总体来看，还存在差距。\n";
        let source = format!("{}{shortcomings}", without_part("shortcomings"));
        let found = diagnostics(&source, Some(2024));
        let hint = found[0].hint.as_deref().unwrap();
        assert!(
            hint.starts_with("move it before the `leadership` part (line 14)"),
            "{hint}"
        );
    }

    #[test]
    fn a_heading_unlike_its_role_is_reported_in_either_script() {
        let source = GOOD.replace("存在的不足和原因", "主要舉措和成效");
        assert_eq!(findings(&source, Some(2024)), [(id::ROLE_HEADING, 15)]);
        let traditional = GOOD.replace("存在的不足和原因", "存在的問題");
        assert_eq!(findings(&traditional, Some(2024)), []);
    }
}
