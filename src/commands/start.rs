//! What `lawrpt import FILE` and `lawrpt new YEAR`, the commands that start a year's YAML,
//! share. They read the input (a published report; an earlier year), run their stage (`import`,
//! `skeleton`), print the notes, write `reports/<year>.yaml` atomically — never over an
//! existing file unless `--force` — with the modeline that names the project's schema on its
//! first line (and the schema, `lawrpt.schema.json`, at the root if it is not there yet), and
//! say what `check` thinks of the result.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::i18n;
use crate::load::config::{self, Config};
use crate::load::project::Project;
use crate::load::schema;
use crate::report::draft::{Draft, DraftDivision};
use crate::rules::diagnostic::Diagnostic;
use crate::site::pipeline;
use crate::tr;

/// A path as the user would type it: relative to the current folder when inside it.
pub(super) fn shown(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

/// The project named with `--project`, or the one around `cwd`, if any.
pub(super) fn project_around(dirs: &[PathBuf], cwd: &Path) -> Result<Option<Project>, Error> {
    match dirs.first() {
        Some(dir) => Project::at(dir).map(Some),
        None => Ok(Project::discover(cwd).ok()),
    }
}

/// The project's settings; a `lawrpt.toml` with errors counts as none here (`check` reports it).
pub(super) fn read_config(project: &Project) -> Config {
    match project.read_config() {
        Ok(Some(Ok(file))) => config::parse(&file.text).unwrap_or_default(),
        _ => Config::default(),
    }
}

/// Writes a new YAML file atomically; an existing one only with `force`, never a folder.
pub(super) fn write_new(path: &Path, text: &str, force: bool, cwd: &Path) -> Result<(), Error> {
    let shown = path.strip_prefix(cwd).unwrap_or(path).to_path_buf();
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => return Err(Error::NotAFile { path: shown }),
        Ok(_) if !force => return Err(Error::Exists { path: shown }),
        _ => {}
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let name = name.ok_or_else(|| Error::NotAFile {
        path: path.to_path_buf(),
    })?;
    crate::site::write::write_file(dir, &name, text)
}

/// What `check` finds in the written YAML, counted.
/// What `lawrpt check` finds in a report's text.
pub(super) fn checked(text: &str, year: &str, config: &Config) -> Vec<Diagnostic> {
    pipeline::load_and_check(text, year, config).1
}

/// `3 parts, 12 sections, 34 points`.
pub(super) fn counts(draft: &Draft) -> String {
    fn walk(d: &DraftDivision, counts: &mut [usize; 5]) {
        counts[d.level as usize] += 1;
        counts[4] += d.points.len();
        for child in &d.children {
            walk(child, counts);
        }
    }
    let mut counts = [0; 5];
    for part in &draft.parts {
        walk(&part.division, &mut counts);
    }
    let levels = ["part", "section", "item", "sub-item", "point"];
    let shown: Vec<String> = counts
        .iter()
        .zip(levels)
        .enumerate()
        .filter(|(i, (n, _))| **n > 0 || *i == 0)
        .map(|(_, (n, level))| tr!("count-of", count = *n, level = level).text)
        .collect();
    shown.join(&tr!("list-separator").text)
}

/// The modeline for a report written at `path` in the project at `root`, naming the schema
/// at the root by a relative path (`../lawrpt.schema.json` from `reports/`); None when
/// `path` is outside the project, where no schema is written to name.
pub(super) fn modeline_for(root: &Path, path: &Path) -> Option<String> {
    let root = fs::canonicalize(root).ok()?;
    let dir = real_dir(path.parent()?)?;
    let inside = dir.strip_prefix(&root).ok()?;
    Some(schema::modeline(inside.components().count()))
}

/// `dir` with the links of the part that exists resolved and the rest as written; None if
/// the rest climbs (`..`).
fn real_dir(dir: &Path) -> Option<PathBuf> {
    let mut rest = Vec::new();
    let mut existing = dir;
    let mut real = loop {
        if let Ok(real) = fs::canonicalize(existing) {
            break real;
        }
        rest.push(existing.file_name()?);
        existing = existing.parent()?;
    };
    for name in rest.iter().rev() {
        real.push(name);
    }
    Some(real)
}

/// Writes the project's schema, `lawrpt.schema.json` at `root`, in the run's language,
/// unless a file of that name is there (`lawrpt schema -o` refreshes it). Its path, shown
/// from `cwd`, when it was written.
pub(super) fn write_schema(root: &Path, cwd: &Path) -> Result<Option<String>, Error> {
    let path = root.join(schema::FILE_NAME);
    if fs::symlink_metadata(&path).is_ok() {
        return Ok(None);
    }
    super::schema::write(&path, &schema::schema(i18n::current()))?;
    Ok(Some(shown(&path, cwd)))
}
