//! Before a project's years run: what every year of it needs, read once — lawrpt.toml, the
//! templates (the project's over the built-in ones), the output folder, the browser for PDF,
//! and the fingerprint of all of it that each year's context hash starts from. A project whose
//! lawrpt.toml or templates have errors is not run; the problems say why.

use std::path::Path;

use super::Request;
use crate::error::Error;
use crate::load::config::{self, Config};
use crate::load::project::{self, Project, SourceFile};
use crate::render::hash::hash;
use crate::render::pdf::{self, Browser};
use crate::render::{INDEX, OUTPUTS, TemplateCache, Templates};
use crate::rules::diagnostic::{Diagnostic, Tally};
use crate::site::pipeline::{Mode, Setup};
use crate::tr;

/// A project whose lawrpt.toml or templates have errors: the problems, the files they are
/// in, and a line saying what is skipped.
pub(super) type Unusable = (Vec<Diagnostic>, Vec<SourceFile>, String);

/// Loads what every year of a project needs. `Ok(Err(..))`: lawrpt.toml or a template has
/// errors.
pub(super) fn setup(
    project: &Project,
    request: &Request,
    cache: &mut TemplateCache,
) -> Result<Result<Setup, Unusable>, Error> {
    let mut sources = Vec::new();
    let mut config = match project.read_config()? {
        None => Config::default(),
        Some(Err(diagnostic)) => {
            return Ok(Err((
                vec![diagnostic],
                sources,
                format!("{}: {}", project::CONFIG_FILE, tr!("config-unreadable")),
            )));
        }
        Some(Ok(file)) => {
            let parsed = config::parse(&file.text);
            let path = file.path.clone();
            sources.push(file);
            match parsed {
                Ok(config) => config,
                Err(mut problems) => {
                    for d in &mut problems {
                        d.file.clone_from(&path);
                    }
                    let tally = Tally::of(&problems);
                    return Ok(Err((
                        problems,
                        sources,
                        format!(
                            "{}: {}",
                            project::CONFIG_FILE,
                            tr!("config-unusable", tally = tally.to_string())
                        ),
                    )));
                }
            }
        }
    };
    config.policy.strict |= request.strict;
    if let Some(scripts) = &request.scripts {
        config.scripts.clone_from(scripts);
    }
    config.pdf = (config.pdf || request.pdf) && !request.preview;
    config.docx |= request.docx;
    // A build that prints needs its browser; one that is missing stops the project before
    // any year is written. `--check` reads the PDFs' stamps and prints nothing.
    let browser = match request.mode {
        Mode::Build { .. } if config.pdf => Some(Browser::find()?),
        _ => None,
    };
    let templates = match request.mode {
        Mode::Check => None,
        _ => match Templates::load(Some(project), cache)? {
            Ok(templates) => Some(templates),
            Err(problems) => {
                for output in OUTPUTS.into_iter().chain([INDEX]) {
                    if let Ok(Some(Ok(file))) = project.read_template(output.template) {
                        sources.push(file);
                    }
                }
                let tally = Tally::of(&problems);
                return Ok(Err((
                    problems,
                    sources,
                    tr!("templates-unusable", tally = tally.to_string()).text,
                )));
            }
        },
    };
    if let Some(templates) = &templates {
        sources.extend(templates.sources.iter().cloned());
    }
    let config_text = sources
        .iter()
        .find(|s| s.path == Path::new(project::CONFIG_FILE))
        .map_or("", |s| s.text.as_str());
    let fingerprint = hash(&[
        env!("CARGO_PKG_VERSION").as_bytes(),
        env!("LAWRPT_BUILD_ID").as_bytes(),
        config_text.as_bytes(),
        templates
            .as_ref()
            .map_or("", |t| t.fingerprint.as_str())
            .as_bytes(),
        if config.policy.strict { b"strict" } else { b"" },
        // `--script` overrides lawrpt.toml: what is published is an input of its own.
        config
            .scripts
            .iter()
            .map(|s| s.lang())
            .collect::<Vec<_>>()
            .join(",")
            .as_bytes(),
        if config.pdf { b"pdf" } else { b"" },
        if config.docx { b"docx" } else { b"" },
    ]);
    let out = output_folder(project, request);
    if browser.is_some() {
        pdf::sweep(&out);
    }
    Ok(Ok(Setup {
        browser,
        guesses: Default::default(),
        ahead: Default::default(),
        years: project.years(),
        project: project.clone(),
        config,
        templates,
        out,
        sources,
        fingerprint,
    }))
}

/// Where a project's site is written: the folder `--out` named, or the project's `out/`.
pub(super) fn output_folder(project: &Project, request: &Request) -> std::path::PathBuf {
    request
        .out
        .clone()
        .unwrap_or_else(|| project.root.join("out"))
}
