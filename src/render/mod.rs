//! Stage 3, render: a checked [`Report`](crate::report::model::Report) → the bytes of each
//! output file.
//!
//! [`view`] makes the structs templates see (the templates' documented contract); [`variant`]
//! converts a view into the other script; this module renders views through tera; [`pdf`]
//! prints the HTML page with a headless browser; [`hash`] is the content hash by which every
//! output is known to be current.
//!
//! The default templates are compiled into the binary, so lawrpt works in any folder; a
//! project's `templates/<name>` replaces the default of that name. Resolution happens once,
//! in [`Templates::load`]. Report text reaches templates only as values, so `{{ }}` written
//! in a report is printed, never evaluated. HTML templates are autoescaped.
//!
//! Render returns bytes and never writes into the output folder: `site` does. The one
//! process it starts is the browser that prints a PDF, in a private folder it removes.

pub mod docx;
pub mod hash;
pub mod pdf;
mod template_error;
pub mod variant;
pub mod view;

use std::collections::HashMap;
use std::sync::Arc;

use tera::{Context, Kwargs, State, Tera};

use crate::error::Error;
use crate::load::project::{Project, SourceFile};
use crate::render::view::{ReportView, SiteView};
use crate::report::markdown;
use crate::rules::diagnostic::Diagnostic;

/// An output lawrpt writes: the file name under `out/<year>/` and its template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Output {
    pub file: &'static str,
    pub template: &'static str,
    builtin: &'static str,
}

pub const OUTPUTS: [Output; 3] = [
    Output {
        file: "report.md",
        template: "report.md.tera",
        builtin: include_str!("../../templates/report.md.tera"),
    },
    Output {
        file: "report.html",
        template: "report.html.tera",
        builtin: include_str!("../../templates/report.html.tera"),
    },
    Output {
        file: "report.txt",
        template: "report.txt.tera",
        builtin: include_str!("../../templates/report.txt.tera"),
    },
];

/// The site's index page, `out/index.html`, listing every year.
pub const INDEX: Output = Output {
    file: "index.html",
    template: "index.html.tera",
    builtin: include_str!("../../templates/index.html.tera"),
};

/// Parsed template sets by their fingerprint, shared between projects in one run.
pub type TemplateCache = HashMap<String, Arc<Templates>>;

/// The templates in force for a project, parsed.
pub struct Templates {
    tera: Tera,
    /// Each output's template name inside `tera`: its path for a project's override.
    names: Vec<(Output, String)>,
    index_name: String,
    /// The project's overrides, for printing their lines in diagnostics.
    pub sources: Vec<SourceFile>,
    /// A hash of every template's text, for telling whether outputs are current.
    pub fingerprint: String,
}

impl Templates {
    /// The built-in templates, with the project's overrides in their place. Template syntax
    /// errors are diagnostics pointing into the template. Projects with the same templates
    /// (most use the built-in ones) share one parsed set through `cache`.
    pub fn load(
        project: Option<&Project>,
        cache: &mut TemplateCache,
    ) -> Result<Result<Arc<Templates>, Vec<Diagnostic>>, Error> {
        let mut named: Vec<(Output, String, String)> = Vec::new();
        let mut sources = Vec::new();
        let mut problems = Vec::new();
        for output in OUTPUTS.into_iter().chain([INDEX]) {
            let override_file = match project {
                Some(project) => project.read_template(output.template)?,
                None => None,
            };
            match override_file {
                Some(Ok(file)) => {
                    let name = file.path.to_string_lossy().replace('\\', "/");
                    named.push((output, name, file.text.clone()));
                    sources.push(file);
                }
                Some(Err(diagnostic)) => problems.push(diagnostic),
                None => named.push((
                    output,
                    format!("(built-in)/{}", output.template),
                    output.builtin.to_string(),
                )),
            }
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let parts: Vec<&[u8]> = named
            .iter()
            .flat_map(|(_, name, text)| [name.as_bytes(), text.as_bytes()])
            .collect();
        let fingerprint = hash::hash(&parts);
        if let Some(templates) = cache.get(&fingerprint) {
            return Ok(Ok(Arc::clone(templates)));
        }
        let mut tera = Tera::new();
        tera.autoescape_on([".html.tera"]);
        tera.register_filter("md_inline", |text: &str, _: Kwargs, _: &State| {
            markdown::escape_inline(text)
        });
        for (_, name, text) in &named {
            if let Err(error) = tera.add_raw_template(name, text) {
                problems.push(template_error::diagnostic(&error, name, text));
            }
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let mut names: Vec<(Output, String)> = named
            .into_iter()
            .map(|(output, name, _)| (output, name))
            .collect();
        let index_name = names.pop().map(|(_, name)| name).unwrap_or_default();
        let templates = Arc::new(Templates {
            tera,
            names,
            index_name,
            sources,
            fingerprint: fingerprint.clone(),
        });
        cache.insert(fingerprint, Arc::clone(&templates));
        Ok(Ok(templates))
    }

    /// Renders the site's index page.
    pub fn render_index(&self, site: &SiteView) -> Result<String, Diagnostic> {
        let mut context = Context::new();
        context.insert("site", site);
        self.tera
            .render(&self.index_name, &context)
            .map_err(|error| {
                let source = self.source_of(&self.index_name).unwrap_or(INDEX.builtin);
                template_error::diagnostic(&error, &self.index_name, source)
            })
    }

    /// Renders every output of one report.
    pub fn render(&self, view: &ReportView) -> Result<Vec<(Output, Vec<u8>)>, Diagnostic> {
        let mut context = Context::new();
        context.insert("report", view);
        self.names
            .iter()
            .map(|(output, name)| {
                // The bytes as tera writes them: UTF-8 already, not checked again (a fiftieth
                // of a cold build's time was that check).
                let mut text = Vec::new();
                self.tera
                    .render_to(name, &context, &mut text)
                    .map(|()| (*output, text))
                    .map_err(|error| {
                        let source = self.source_of(name).unwrap_or(output.builtin);
                        template_error::diagnostic(&error, name, source)
                    })
            })
            .collect()
    }

    fn source_of(&self, name: &str) -> Option<&str> {
        self.sources
            .iter()
            .find(|s| s.path.to_string_lossy().replace('\\', "/") == name)
            .map(|s| s.text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::id;

    fn templates_with(name: &str, text: &str) -> Result<Templates, Vec<Diagnostic>> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates").join(name), text).unwrap();
        let project = Project::at(dir.path()).unwrap();
        Templates::load(Some(&project), &mut TemplateCache::new())
            .unwrap()
            .map(|t| Arc::try_unwrap(t).ok().unwrap())
    }

    #[test]
    fn an_unknown_filter_is_reported_where_it_is_used() {
        let problems = templates_with("report.md.tera", "# x\n\n{{ report.title | md_inlin }}\n")
            .err()
            .unwrap();
        assert_eq!(problems[0].message, "Unknown filter `md_inlin`");
        assert_eq!((problems[0].span.line, problems[0].span.col), (3, 19));
    }

    #[test]
    fn the_built_in_templates_parse() {
        assert!(
            Templates::load(None, &mut TemplateCache::new())
                .unwrap()
                .is_ok()
        );
    }

    #[test]
    fn a_template_syntax_error_names_the_file_line_and_column() {
        let problems = templates_with("report.md.tera", "# {{ report.title }}\n{% if %}\n")
            .err()
            .unwrap();
        assert_eq!(problems[0].rule, id::TEMPLATE);
        assert_eq!(
            problems[0].file,
            std::path::Path::new("templates/report.md.tera")
        );
        assert_eq!(problems[0].span.line, 2);
    }
}
