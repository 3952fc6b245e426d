//! Fingerprints for the CI formats: one identifier per finding that stays the same across runs,
//! so GitLab and code scanning can tell a finding that is still there from a new one.
//!
//! A fingerprint hashes what the finding is (rule, file, message id, the text it points at),
//! never where it is: a line added above a finding leaves its fingerprint alone, and so does
//! the language of the run. Two findings alike in all of that are told apart by their order.

use std::collections::HashMap;

use super::json::{DiagnosticRecord, DifferenceRecord, YearRecord};

/// What a fingerprint is made of, before its occurrence number.
type Key<'a> = [&'a str; 4];

/// Numbers the findings alike in their key, in the order they came.
#[derive(Default)]
pub struct Fingerprints<'a> {
    seen: HashMap<Key<'a>, u32>,
}

impl<'a> Fingerprints<'a> {
    pub fn diagnostic(&mut self, d: &'a DiagnosticRecord) -> String {
        self.of([d.rule, &d.file, d.message_id, &d.excerpt])
    }

    /// A year lawrpt could not read (`fatal`).
    pub fn fatal(&mut self, year: &'a YearRecord) -> String {
        self.of(["fatal", &year.file, "", ""])
    }

    /// An output `build --check` found different.
    pub fn difference(&mut self, d: &'a DifferenceRecord) -> String {
        self.of(["build-check", &d.path, d.difference, ""])
    }

    fn of(&mut self, key: Key<'a>) -> String {
        let occurrence = self.seen.entry(key).or_insert(0);
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"lawrpt-fingerprint/1");
        for part in key {
            hasher.update(&[0]);
            hasher.update(part.as_bytes());
        }
        hasher.update(&occurrence.to_le_bytes());
        *occurrence += 1;
        // 128 bits, as 32 hexadecimal digits: the length of the MD5 GitLab's documentation
        // suggests.
        hasher.finalize().to_hex()[..32].to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(rule: &'static str, line: usize, excerpt: &str) -> DiagnosticRecord {
        DiagnosticRecord {
            rule,
            severity: "error",
            file: "reports/2024.yaml".into(),
            line,
            column: 1,
            end_column: 6,
            message: format!("line {line}"),
            message_id: "unknown-key",
            hint: None,
            citation: None,
            excerpt: excerpt.into(),
        }
    }

    #[test]
    fn a_finding_keeps_its_fingerprint_when_its_line_or_message_moves() {
        let (before, after) = (
            record("unknown-key", 39, "titel"),
            record("unknown-key", 41, "titel"),
        );
        assert_eq!(
            Fingerprints::default().diagnostic(&before),
            Fingerprints::default().diagnostic(&after)
        );
    }

    #[test]
    fn findings_differ_by_what_they_point_at_and_by_their_order() {
        let (a, b) = (
            record("unknown-key", 3, "titel"),
            record("unknown-key", 9, "bdy"),
        );
        let again = record("unknown-key", 12, "titel");
        let mut prints = Fingerprints::default();
        let all = [
            prints.diagnostic(&a),
            prints.diagnostic(&b),
            prints.diagnostic(&again),
        ];
        assert_ne!(all[0], all[1]);
        assert_ne!(all[0], all[2], "the second `titel` is told from the first");
        assert!(
            all.iter()
                .all(|f| f.len() == 32 && f.bytes().all(|b| b.is_ascii_hexdigit()))
        );
    }
}
