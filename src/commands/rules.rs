//! `lawrpt rules`: the rule catalogue, one rule a line, with its citation where it has one.

use std::io::Write;

use unicode_width::UnicodeWidthStr;

use crate::rules;
use crate::tr;

/// Prints every rule: id, default severity (as lawrpt.toml writes it), whether a project may
/// change it, and its summary in the language of the run.
pub fn list(out: &mut dyn Write) -> std::io::Result<()> {
    for rule in rules::all() {
        let severity = format!("{:?}", rule.severity).to_lowercase();
        let fixed = if rule.fixed {
            tr!("rules-fixed").text
        } else {
            String::new()
        };
        // Padded by the columns a terminal gives it: a Chinese character takes two.
        let pad = 8usize.saturating_sub(fixed.width());
        writeln!(
            out,
            "{:<20} {:<8}{fixed}{:pad$} {}",
            rule.id,
            severity,
            "",
            rule.summary()
        )?;
        if let Some(citation) = &rule.citation {
            writeln!(out, "{:<38}{citation}", "")?;
        }
    }
    Ok(())
}
