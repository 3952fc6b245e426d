//! `lawrpt check` and `lawrpt build`: the years asked for, of the projects named, through the
//! site (`site::run`): checked, or built into `out/`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::{self, BuildArgs, CheckArgs, Cli};
use crate::error::Error;
use crate::load::project::{self, Project};
use crate::printer::{Human, Reporter};
use crate::report::script::Script;
use crate::site::pipeline::Mode;
use crate::site::{self, Request};

/// Runs `lawrpt check`.
pub fn check(
    cli: &Cli,
    args: &CheckArgs,
    color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let request = request(args, Mode::Check, None, false, None);
    run(cli, args, &request, color, out, err)
}

/// Runs `lawrpt build`.
pub fn build(
    cli: &Cli,
    build: &BuildArgs,
    color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let mode = if build.verify {
        Mode::Verify
    } else {
        Mode::Build { force: build.force }
    };
    let request = request(
        &build.check,
        mode,
        build.out.clone(),
        build.prune,
        build.script.map(cli::ScriptChoice::scripts),
    );
    let request = Request {
        pdf: build.pdf,
        docx: build.docx,
        wait: !build.no_wait,
        ..request
    };
    if mode != Mode::Verify {
        // A build that writes stops cleanly on Ctrl-C or SIGTERM (`interrupt`).
        crate::interrupt::catch();
    }
    run(cli, &build.check, &request, color, out, err)
}

fn run(
    cli: &Cli,
    args: &CheckArgs,
    request: &Request,
    color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_default();
    let projects = match find_projects(cli, request, &cwd) {
        Ok(projects) => projects,
        Err(error) => {
            // Nothing more can be said if stderr itself is gone.
            let _ = Human::new(color).fatal(&error, err);
            return error.exit_code();
        }
    };
    let result = {
        let mut reporter = Reporter::new(args.format, cli.verbosity(), color, &mut *out, &mut *err);
        site::run(&projects, request, &mut reporter, &cwd)
    };
    match result {
        Ok(summary) => summary.exit_code(),
        Err(io_error) => {
            let error = Error::io("write-terminal", "", io_error);
            let _ = Human::new(color).fatal(&error, err);
            error.exit_code()
        }
    }
}

fn request(
    args: &CheckArgs,
    mode: Mode,
    out: Option<PathBuf>,
    prune: bool,
    scripts: Option<Vec<Script>>,
) -> Request {
    Request {
        mode,
        years: (!args.all).then(|| args.years.clone()),
        strict: args.strict,
        prune,
        out,
        scripts,
        pdf: false,
        docx: false,
        preview: false,
        wait: true,
    }
}

/// The projects named with `--project`, or the one around the current folder; refuses what
/// cannot be a year before anything is read.
fn find_projects(cli: &Cli, request: &Request, cwd: &Path) -> Result<Vec<Project>, Error> {
    for year in request.years.iter().flatten() {
        if !project::is_year(year) {
            return Err(Error::NotAYear {
                argument: year.clone(),
            });
        }
    }
    let projects = if cli.project.is_empty() {
        vec![Project::discover(cwd)?]
    } else {
        cli.project
            .iter()
            .map(|dir| Project::at(dir))
            .collect::<Result<Vec<_>, _>>()?
    };
    if request.out.is_some() && projects.len() > 1 {
        return Err(Error::OutWithSeveralProjects);
    }
    if let (Some(out), Some(project)) = (&request.out, projects.first())
        && request.mode != Mode::Check
    {
        site::write::check_output_folder(out, &cwd.join(out), &project.root)?;
    }
    Ok(projects)
}
