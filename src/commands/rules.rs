//! `lawrpt rules`: the rule catalogue, one rule a line, with its citation where it has one.

use std::io::Write;

use crate::rules;

/// Prints every rule: id, default severity, whether a project may change it, summary.
pub fn list(out: &mut dyn Write) -> std::io::Result<()> {
    for rule in rules::all() {
        let severity = format!("{:?}", rule.severity).to_lowercase();
        let fixed = if rule.fixed { " (fixed)" } else { "" };
        writeln!(
            out,
            "{:<20} {:<8}{fixed:<8} {}",
            rule.id, severity, rule.summary
        )?;
        if let Some(citation) = &rule.citation {
            writeln!(out, "{:<38}{citation}", "")?;
        }
    }
    Ok(())
}
