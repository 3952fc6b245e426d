//! Paths as the user should see them: relative to the folder they stand in where they stand
//! in or above the project, with the project's folder before a message when several
//! projects run at once.

use std::path::{Path, PathBuf};

use crate::load::project::Project;
use crate::rules::diagnostic::Diagnostic;

/// A diagnostic with its file shown as the user should see it.
pub(super) fn shown_in(d: &Diagnostic, project: &Project, cwd: &Path) -> Diagnostic {
    let mut d = d.clone();
    d.file = shown(project_root(project, cwd), &d.file);
    d
}

/// The project root as the user should see it: relative to where they stand when they stand
/// in or above it.
pub(super) fn project_root(project: &Project, cwd: &Path) -> PathBuf {
    project
        .root
        .strip_prefix(cwd)
        .map_or_else(|_| project.root.clone(), Path::to_path_buf)
}

pub(super) fn shown(root: PathBuf, relative: &Path) -> PathBuf {
    if root.as_os_str().is_empty() {
        relative.to_path_buf()
    } else {
        root.join(relative)
    }
}

pub(super) fn shown_path(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

/// Nothing for the project the user stands in; its folder otherwise, to tell projects apart.
pub(super) fn shown_prefix(project: &Project, cwd: &Path) -> String {
    let root = project_root(project, cwd);
    if root.as_os_str().is_empty() {
        String::new()
    } else {
        format!("{}: ", root.display())
    }
}
