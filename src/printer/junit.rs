//! The JUnit format: the XML test report Jenkins, GitLab's test reports and most CI
//! dashboards read (the Surefire/Jenkins schema). Each year is a test case, failed by its
//! errors, one `<failure>` each, with its warnings as its output; a year lawrpt could not read
//! is an `<error>`. Findings in other files (lawrpt.toml, a template) are a test case of that
//! file, and `build --check` is one test case failed by each output that differs.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::json::{DiagnosticRecord, Document};
use super::with_hint;

/// A test case as written: what it is called and what it holds.
struct Case<'d> {
    classname: String,
    name: String,
    /// An `<error>`: what stopped lawrpt.
    error: Option<&'d str>,
    /// `(type, message, text)` of each `<failure>`.
    failures: Vec<(&'d str, String, String)>,
    /// Warnings, one a line, for `<system-out>`.
    output: Vec<String>,
}

impl<'d> Case<'d> {
    fn new(classname: String, name: String) -> Case<'d> {
        Case {
            classname,
            name,
            error: None,
            failures: Vec::new(),
            output: Vec::new(),
        }
    }

    fn add(&mut self, d: &'d DiagnosticRecord) {
        let located = format!(
            "{}:{}:{}: {}[{}]: {}",
            d.file,
            d.line,
            d.column,
            d.severity,
            d.rule,
            with_hint(&d.message, d.hint.as_deref(), "\n")
        );
        if d.severity == "error" {
            self.failures.push((d.rule, d.message.clone(), located));
        } else {
            self.output.push(located);
        }
    }
}

fn cases(document: &Document) -> Vec<Case<'_>> {
    let mut cases: Vec<Case> = document
        .years
        .iter()
        .map(|year| {
            let classname = match year.project.as_str() {
                "." => "lawrpt".to_string(),
                project => format!("lawrpt.{project}"),
            };
            let mut case = Case::new(classname, year.year.clone());
            case.error = year.error.as_deref().filter(|_| year.status == "fatal");
            case
        })
        .collect();
    let mut elsewhere: Vec<Case> = Vec::new();
    for d in &document.diagnostics {
        match document.years.iter().position(|y| y.file == d.file) {
            Some(index) => cases[index].add(d),
            None => {
                let at = match elsewhere.iter().position(|c| c.name == d.file) {
                    Some(at) => at,
                    None => {
                        elsewhere.push(Case::new("lawrpt".into(), d.file.clone()));
                        elsewhere.len() - 1
                    }
                };
                elsewhere[at].add(d);
            }
        }
    }
    cases.extend(elsewhere);
    if let Some(differences) = &document.differences {
        let mut check = Case::new("lawrpt".into(), "build --check".into());
        for d in differences {
            check
                .failures
                .push((d.difference, d.line.clone(), d.path.clone()));
        }
        cases.push(check);
    }
    cases
}

fn start<'a>(name: &'a str, attributes: &[(&'a str, &'a str)]) -> Event<'a> {
    Event::Start(BytesStart::new(name).with_attributes(attributes.iter().copied()))
}

fn text_element(
    writer: &mut Writer<Vec<u8>>,
    name: &str,
    attributes: &[(&str, &str)],
    text: &str,
) -> io::Result<()> {
    writer.write_event(start(name, attributes))?;
    writer.write_event(Event::Text(BytesText::new(text)))?;
    writer.write_event(Event::End(BytesEnd::new(name)))
}

/// The run as one JUnit XML report.
pub fn report(document: &Document) -> io::Result<String> {
    let cases = cases(document);
    let tests = cases.len().to_string();
    let failures = cases
        .iter()
        .filter(|c| !c.failures.is_empty())
        .count()
        .to_string();
    let errors = cases
        .iter()
        .filter(|c| c.error.is_some())
        .count()
        .to_string();
    let counts = [
        ("tests", tests.as_str()),
        ("failures", failures.as_str()),
        ("errors", errors.as_str()),
    ];
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut suites = vec![("name", "lawrpt")];
    suites.extend(counts);
    writer.write_event(start("testsuites", &suites))?;
    let mut suite = suites.clone();
    suite.push(("skipped", "0"));
    writer.write_event(start("testsuite", &suite))?;
    for case in &cases {
        let attributes = [
            ("name", case.name.as_str()),
            ("classname", case.classname.as_str()),
        ];
        if case.error.is_none() && case.failures.is_empty() && case.output.is_empty() {
            writer.write_event(Event::Empty(
                BytesStart::new("testcase").with_attributes(attributes),
            ))?;
            continue;
        }
        writer.write_event(start("testcase", &attributes))?;
        if let Some(error) = case.error {
            text_element(
                &mut writer,
                "error",
                &[("type", "fatal"), ("message", error)],
                error,
            )?;
        }
        for (kind, message, text) in &case.failures {
            text_element(
                &mut writer,
                "failure",
                &[("type", kind), ("message", message)],
                text,
            )?;
        }
        if !case.output.is_empty() {
            text_element(&mut writer, "system-out", &[], &case.output.join("\n"))?;
        }
        writer.write_event(Event::End(BytesEnd::new("testcase")))?;
    }
    writer.write_event(Event::End(BytesEnd::new("testsuite")))?;
    writer.write_event(Event::End(BytesEnd::new("testsuites")))?;
    Ok(String::from_utf8_lossy(&writer.into_inner()).into_owned())
}
