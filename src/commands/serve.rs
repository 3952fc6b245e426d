//! `lawrpt serve [YEAR] [--port N] [--bind ADDR] [--open]`: finds the one project to preview
//! and hands it to [`crate::serve`], which runs until Ctrl-C.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::ServeArgs;
use crate::error::Error;
use crate::load::project::{self, Project};
use crate::printer::Verbosity;
use crate::serve::{self, Options};

/// Runs `lawrpt serve`: exit 0 when stopped with Ctrl-C.
pub fn serve(
    args: &ServeArgs,
    project_dirs: &[PathBuf],
    cwd: &Path,
    (color, verbosity): (bool, Verbosity),
    err: &mut dyn Write,
) -> Result<u8, Error> {
    if let Some(year) = &args.year
        && !project::is_year(year)
    {
        return Err(Error::NotAYear {
            argument: year.clone(),
        });
    }
    let project = match project_dirs {
        [] => Project::discover(cwd)?,
        [one] => Project::at(one)?,
        _ => return Err(Error::ServeOneProject),
    };
    let options = Options {
        bind: args.bind,
        port: args.port,
        open: args.open,
        year: args.year.clone(),
        color,
        verbosity,
    };
    serve::serve(project, &options, cwd, err)
}
