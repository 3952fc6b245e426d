//! The GitHub format: each diagnostic as a GitHub Actions workflow command, which the Actions
//! runner turns into an annotation on the line in the pull request:
//! `::error file=reports/2024.yaml,line=7,col=5,endColumn=8,title=lawrpt unknown-key::…`.

use std::io::{self, Write};

use crate::rules::diagnostic::{Diagnostic, Severity};

/// One diagnostic as a workflow command line.
pub fn command(d: &Diagnostic) -> String {
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let file = d.file.to_string_lossy().replace('\\', "/");
    let message = super::with_hint(&d.message, d.hint.as_deref(), "\n");
    let end = d.span.col + d.span.len.max(1);
    format!(
        "::{level} file={},line={},col={},endColumn={end},title={}::{}",
        property(&file),
        d.span.line,
        d.span.col,
        property(&format!("lawrpt {}", d.rule)),
        data(&message),
    )
}

pub fn diagnostic(d: &Diagnostic, to: &mut dyn Write) -> io::Result<()> {
    writeln!(to, "{}", command(d))
}

/// `build --check`'s line for an output that differs, as an error on that file (the check
/// fails on it).
pub fn difference(path: &str, line: &str, to: &mut dyn Write) -> io::Result<()> {
    writeln!(
        to,
        "::error file={},title={}::{}",
        property(&path.replace('\\', "/")),
        property("lawrpt build --check"),
        data(line)
    )
}

/// A command's message, escaped as the runner reads it back.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A command's property value, which must also not hold `:` or `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Text;
    use crate::report::model::Span;

    #[test]
    fn a_diagnostic_becomes_one_escaped_workflow_command() {
        let mut d = Diagnostic::new(
            "unknown-key",
            Span {
                line: 7,
                col: 5,
                offset: 0,
                len: 3,
            },
            Text {
                id: "unknown-key",
                text: "unknown key `bdy`: 100% sure".into(),
            },
        )
        .hint(Text {
            id: "did-you-mean",
            text: "did you mean `body`?".into(),
        });
        d.file = "reports/2024.yaml".into();
        assert_eq!(
            command(&d),
            "::error file=reports/2024.yaml,line=7,col=5,endColumn=8,title=lawrpt unknown-key::unknown key `bdy`: 100%25 sure%0Ahelp: did you mean `body`?"
        );
    }

    #[test]
    fn commas_and_colons_in_a_path_are_escaped() {
        assert_eq!(property("a,b:c%"), "a%2Cb%3Ac%25");
    }
}
