//! What a report is called when it names no title: the project's pattern (`title` in
//! lawrpt.toml) or the default, in the report's script, with its authority and year filled in.
//! `view` titles its pages with it, and `import` leaves out a title equal to it.

use crate::report::script::Script;

/// The title pattern used when neither the report nor `lawrpt.toml` gives one.
pub const DEFAULT_TITLE: &str = "{authority}{year}年法治政府建设情况报告";
/// The same in Traditional characters, for reports written in them (tested against hanconv,
/// kept here because loading its s2t dictionary costs more than a whole build).
pub const DEFAULT_TITLE_TRADITIONAL: &str = "{authority}{year}年法治政府建設情況報告";

/// The title of a report that sets none: the project's pattern, or the default in the
/// report's script.
pub fn default_title(
    year: i64,
    authority: Option<&str>,
    pattern: Option<&str>,
    script: Script,
) -> String {
    let pattern = pattern.unwrap_or(match script {
        Script::Simplified => DEFAULT_TITLE,
        Script::Traditional => DEFAULT_TITLE_TRADITIONAL,
    });
    fill_title(pattern, year, authority)
}

/// Fills `{authority}` and `{year}` in a title pattern.
pub fn fill_title(pattern: &str, year: i64, authority: Option<&str>) -> String {
    pattern
        .replace("{authority}", authority.unwrap_or(""))
        .replace("{year}", &year.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_traditional_default_title_is_the_simplified_one_converted() {
        assert_eq!(hanconv::s2t(DEFAULT_TITLE), DEFAULT_TITLE_TRADITIONAL);
    }
}
