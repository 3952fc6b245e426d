//! Watching the project's inputs: `reports/` and `templates/` (with what is inside them) and
//! `lawrpt.toml`, through notify's debouncer, which turns the bursts of events one save makes
//! into one. The folders are watched, not the files, so an editor that saves by writing a new
//! file and renaming it over the old one (vim, VS Code, Word's own temp files) is seen like
//! any other; the project's root is watched by itself only, so a `target/` or `out/` beside
//! the reports costs nothing.
//!
//! The debouncer does not say what happened to a path, and reading a file is an event too
//! (inotify's open and close): a change counts only when the inputs' sizes and times differ
//! from what the last build read ([`Inputs`]), or a build would read its own reading.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::{Duration, SystemTime};

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::error::Error;
use crate::load::project::{self, CONFIG_FILE};

/// How long the files must be quiet before a rebuild starts: long enough to gather one
/// save's events (an editor's write, rename and chmod), short against the reload's ~300 ms.
pub const QUIET: Duration = Duration::from_millis(40);

/// What the preview's main loop hears.
pub enum Event {
    /// Inputs changed.
    Changed,
    /// The watcher failed; the detail says why.
    Failed(String),
    /// Ctrl-C.
    Stop,
}

/// The folders watched with what is inside them.
const FOLDERS: [&str; 2] = ["reports", "templates"];

pub struct Watch {
    debouncer: Debouncer<RecommendedWatcher>,
    root: PathBuf,
    /// Which of [`FOLDERS`] are being watched.
    watched: [bool; 2],
}

impl Watch {
    /// Starts watching `root`'s inputs; what changes is sent as [`Event::Changed`].
    pub fn start(root: &Path, events: Sender<Event>) -> Result<Watch, Error> {
        let inputs_root = root.to_path_buf();
        let handler = move |result: DebounceEventResult| {
            let event = match result {
                Ok(changes) if changes.iter().any(|c| is_input(&inputs_root, &c.path)) => {
                    Event::Changed
                }
                Ok(_) => return,
                Err(error) => Event::Failed(error.to_string()),
            };
            let _ = events.send(event);
        };
        let debouncer = new_debouncer(QUIET, handler).map_err(|e| Error::Watch {
            path: root.to_path_buf(),
            detail: e.to_string(),
        })?;
        let mut watch = Watch {
            debouncer,
            root: root.to_path_buf(),
            watched: [false; 2],
        };
        watch.add(root, RecursiveMode::NonRecursive)?;
        watch.refresh()?;
        Ok(watch)
    }

    /// Watches `reports/` or `templates/` once it exists (a project that had no templates
    /// folder when the preview started may get one).
    pub fn refresh(&mut self) -> Result<(), Error> {
        for (at, folder) in FOLDERS.iter().enumerate() {
            let path = self.root.join(folder);
            if !self.watched[at] && path.is_dir() {
                let path = path.clone();
                self.add(&path, RecursiveMode::Recursive)?;
                self.watched[at] = true;
            } else if self.watched[at] && !path.is_dir() {
                // Gone: watched again if it comes back.
                let _ = self.debouncer.watcher().unwatch(&path);
                self.watched[at] = false;
            }
        }
        Ok(())
    }

    fn add(&mut self, path: &Path, mode: RecursiveMode) -> Result<(), Error> {
        self.debouncer
            .watcher()
            .watch(path, mode)
            .map_err(|e| Error::Watch {
                path: path.to_path_buf(),
                detail: e.to_string(),
            })
    }
}

/// The inputs as the file system describes them: each file's path, size and time of change.
#[derive(Debug, PartialEq, Eq)]
pub struct Inputs(Vec<(PathBuf, u64, Option<SystemTime>)>);

impl Inputs {
    pub fn of(root: &Path) -> Inputs {
        let mut files = Vec::new();
        let mut stamp = |path: PathBuf| {
            if let Ok(meta) = fs::metadata(&path)
                && meta.is_file()
            {
                files.push((path, meta.len(), meta.modified().ok()));
            }
        };
        stamp(root.join(CONFIG_FILE));
        for entry in read_sorted(&root.join("reports")) {
            if is_input(root, &entry) {
                stamp(entry);
            }
        }
        let mut folders = vec![root.join("templates")];
        while let Some(folder) = folders.pop() {
            for entry in read_sorted(&folder) {
                if entry.is_dir() {
                    folders.push(entry);
                } else if is_input(root, &entry) {
                    stamp(entry);
                }
            }
        }
        Inputs(files)
    }
}

fn read_sorted(folder: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .collect();
    entries.sort();
    entries
}

/// Whether a changed path is one of the project's inputs: a report (`reports/2024.yaml`,
/// not an editor's `.2024.yaml.swp` or `2024.yaml~`), a file under `templates/`, lawrpt.toml,
/// or one of the folders themselves (created, removed, renamed).
fn is_input(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let parts: Vec<&str> = relative
        .components()
        .filter_map(|c| c.as_os_str().to_str())
        .collect();
    match parts.as_slice() {
        [CONFIG_FILE] | ["reports"] | ["templates"] => true,
        ["reports", name] => name.strip_suffix(".yaml").is_some_and(project::is_year),
        ["templates", .., name] => !is_scratch(name),
        _ => false,
    }
}

/// An editor's swap, backup or temporary file.
fn is_scratch(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('~')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || name.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_templates_and_settings_are_inputs_and_editor_files_are_not() {
        let root = Path::new("/p");
        let input = |p: &str| is_input(root, &root.join(p));
        assert!(input("reports/2024.yaml"));
        assert!(input("lawrpt.toml"));
        assert!(input("templates/report.html.tera"));
        assert!(input("templates/partials/head.tera"));
        assert!(input("reports"));
        assert!(!input("reports/.2024.yaml.swp"));
        assert!(!input("reports/2024.yaml~"));
        assert!(!input("reports/notes.txt"));
        assert!(!input("templates/.report.html.tera.swp"));
        // vim's probe that the folder can be written to.
        assert!(!input("templates/4913"));
        assert!(!input("out/2024/report.html"));
        assert!(!input("target/debug/lawrpt"));
        assert!(!is_input(root, Path::new("/elsewhere/lawrpt.toml")));
    }

    #[test]
    fn reading_the_inputs_leaves_them_as_they_were_and_writing_one_changes_them() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("reports")).unwrap();
        fs::create_dir_all(root.join("templates/partials")).unwrap();
        fs::write(root.join("reports/2024.yaml"), "year: 2024\n").unwrap();
        fs::write(root.join("reports/2024.yaml~"), "old").unwrap();
        fs::write(root.join("templates/partials/a.tera"), "a").unwrap();
        let before = Inputs::of(root);
        assert_eq!(before.0.len(), 2, "{before:?}");
        let _ = fs::read(root.join("reports/2024.yaml")).unwrap();
        fs::write(root.join("reports/2024.yaml~"), "older").unwrap();
        assert_eq!(Inputs::of(root), before);
        fs::write(root.join("templates/partials/a.tera"), "ab").unwrap();
        assert_ne!(Inputs::of(root), before);
    }
}
