//! Building the preview: the project's site, as `lawrpt build --all` builds it, into a
//! private folder of its own (never the project's `out/`), with the manifest there deciding
//! which years a save changed. A year that fails keeps the pages of its last good build
//! (the site never overwrites good output with a failed build's), and its messages are kept
//! for the overlay.

use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::load::config;
use crate::load::project::Project;
use crate::printer::{Format, Kept, Reporter, Verbosity};
use crate::site::pipeline::Mode;
use crate::site::{self, Request, Summary};

/// One rebuild, as the preview reports it.
pub struct Rebuild {
    pub summary: Summary,
    /// Every message of the run, warnings too.
    pub kept: Vec<Kept>,
    pub took: Duration,
    /// The years the project has now.
    pub years: Vec<String>,
}

pub struct Preview {
    project: Project,
    cwd: PathBuf,
    /// Removed with the preview.
    folder: tempfile::TempDir,
    /// The folder, canonical: what the server resolves paths against.
    root: PathBuf,
    /// Whether the terminal shows colour, for the messages' styled copy.
    color: bool,
}

impl Preview {
    pub fn new(project: Project, cwd: &Path, color: bool) -> Result<Preview, Error> {
        let folder = tempfile::Builder::new()
            .prefix("lawrpt-serve-")
            .tempdir()
            .map_err(|e| Error::io("create-output", std::env::temp_dir(), e))?;
        let root = std::fs::canonicalize(folder.path())
            .map_err(|e| Error::io("open-output", folder.path(), e))?;
        Ok(Preview {
            project,
            cwd: cwd.to_path_buf(),
            folder,
            root,
            color,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Whether lawrpt.toml asks for PDFs, which the preview leaves out.
    pub fn config_wants_pdf(&self) -> bool {
        let Ok(Some(Ok(file))) = self.project.read_config() else {
            return false;
        };
        config::parse(&file.text).is_ok_and(|config| config.pdf)
    }

    /// Builds what changed since the last call (everything, the first time).
    pub fn rebuild(&self) -> io::Result<Rebuild> {
        let started = Instant::now();
        let request = Request {
            mode: Mode::Build { force: false },
            years: None,
            strict: false,
            prune: true,
            out: Some(self.folder.path().to_path_buf()),
            scripts: None,
            pdf: false,
            docx: false,
            preview: true,
            wait: true,
        };
        // What the site says of each year goes nowhere: the preview says it its own way.
        let (mut out, mut err) = (io::sink(), io::sink());
        let mut reporter = Reporter::new(
            Format::Human,
            Verbosity::Quiet,
            self.color,
            &mut out,
            &mut err,
        )
        .keep();
        let summary = site::run(
            std::slice::from_ref(&self.project),
            &request,
            &mut reporter,
            &self.cwd,
        )?;
        let kept = reporter.take_kept();
        Ok(Rebuild {
            summary,
            kept,
            took: started.elapsed(),
            years: self.project.years(),
        })
    }
}
