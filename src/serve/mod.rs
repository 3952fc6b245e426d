//! `lawrpt serve`: the site of one project, rebuilt on every save and served to a browser
//! whose pages reload themselves, with the errors of a broken save shown over the last good
//! render, in the interface language, as the terminal shows them.
//!
//! Takes a project and where to listen; gives a preview until Ctrl-C. `preview` builds the
//! site through [`site::run`](crate::site::run) into a private folder (the manifest there
//! keeps rebuilds to the years whose inputs changed); `watch` hears saves; `http` answers
//! from that folder, adding the reload script and overlay of `page` to pages as they are
//! served; `path` keeps every request inside the folder; `state` is what the threads share.
//!
//! It must not write into the project (its `out/` included) nor anywhere but its own
//! temporary folder, which it removes when stopped; nothing it adds to a page reaches a file.

mod http;
mod page;
pub mod path;
mod preview;
mod state;
mod watch;

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::Error;
use crate::load::project::Project;
use crate::printer::{Human, Kept, Verbosity};
use crate::rules::diagnostic::Severity;
use crate::tr;
use http::Site;
use preview::{Preview, Rebuild};
use state::{Problems, Shared};
use watch::{Event, Inputs, Watch};

/// The port tried first when none is named.
pub const DEFAULT_PORT: u16 = 3000;
/// How many ports after it are tried when it is taken.
const PORTS_TRIED: u16 = 100;
/// Threads answering requests (event streams have threads of their own).
const WORKERS: usize = 4;

/// What the command line asked for.
pub struct Options {
    pub bind: IpAddr,
    /// `None`: [`DEFAULT_PORT`], or the next free one.
    pub port: Option<u16>,
    pub open: bool,
    /// The year being drafted, whose page is the address given.
    pub year: Option<String>,
    pub color: bool,
    /// `-q`: only errors and the address; `-v`: each request too.
    pub verbosity: Verbosity,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: None,
            open: false,
            year: None,
            color: false,
            verbosity: Verbosity::Normal,
        }
    }
}

/// Runs the preview until Ctrl-C (exit code 0), or until it cannot go on.
pub fn serve(
    project: Project,
    options: &Options,
    cwd: &Path,
    err: &mut dyn Write,
) -> Result<u8, Error> {
    let say = |err: &mut dyn Write, line: &str| -> Result<(), Error> {
        writeln!(err, "{line}").map_err(|e| Error::io("write-terminal", "", e))
    };
    let years = project.years();
    if let Some(year) = &options.year
        && !years.contains(year)
    {
        return Err(Error::NoReport {
            year: year.clone(),
            // As `build` shows it: from where the user stands.
            path: project
                .root
                .strip_prefix(cwd)
                .unwrap_or(&project.root)
                .join(Project::report_path(year)),
            available: years,
        });
    }
    let root = std::fs::canonicalize(&project.root)
        .map_err(|e| Error::io("open", project.root.clone(), e))?;
    let human = Human::new(options.color);
    let preview = Preview::new(Project { root }, cwd, options.color)?;
    if preview.config_wants_pdf() {
        say(err, &tr!("serve-no-pdf").text)?;
    }

    // The first build, before anyone can ask for a page.
    let mut inputs = Inputs::of(&preview.project().root);
    let rebuild = preview.rebuild().map_err(terminal)?;
    let problems = Problems::default().merged(
        rebuild.kept.clone(),
        &rebuild.summary.rebuilt,
        &rebuild.years,
    );
    tell(err, options, &rebuild, true)?;
    let shared = Arc::new(Shared::default());
    shared.publish(problems);

    let (server, port) = listen(options)?;
    let server = Arc::new(server);
    // Every address (0.0.0.0, ::) includes this computer's own, which a browser here can open.
    let host = host(match options.bind {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        address => address,
    });
    let page = options
        .year
        .as_ref()
        .map_or_else(|| "/".to_string(), |year| format!("/{year}/report.html"));
    let url = format!("http://{host}:{port}{page}");
    if options.port.is_none() && port != DEFAULT_PORT {
        let text = tr!("serve-port-taken", wanted = DEFAULT_PORT, port = port);
        say(err, &text.text)?;
    }
    if !options.bind.is_loopback() {
        let text = tr!("serve-not-loopback", address = options.bind.to_string());
        human.warning(&text.text, err).map_err(terminal)?;
    }
    let project_name = preview
        .project()
        .root
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    say(
        err,
        &tr!(
            "serve-listening",
            project = project_name,
            url = url.as_str()
        )
        .text,
    )?;
    let quiet = options.verbosity == Verbosity::Quiet;
    if !quiet {
        say(err, &tr!("serve-watching").text)?;
    }

    let site = Arc::new(Site {
        log: options.verbosity == Verbosity::Verbose,
        root: preview.root().to_path_buf(),
        shared: Arc::clone(&shared),
        instance: instance(),
    });
    for _ in 0..WORKERS {
        let (server, site) = (Arc::clone(&server), Arc::clone(&site));
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                http::answer(&site, request);
            }
        });
    }

    let (events, heard) = mpsc::channel();
    let stop = events.clone();
    // Without a handler Ctrl-C would end the process before the temporary folder is removed.
    let _ = ctrlc::set_handler(move || {
        let _ = stop.send(Event::Stop);
    });
    let mut watch = Watch::start(&preview.project().root, events)?;
    if options.open
        && let Err(error) = opener::open_browser(&url)
    {
        let detail = error.to_string();
        let text = tr!(
            "serve-open-failed",
            detail = detail.as_str(),
            url = url.as_str()
        );
        human.warning(&text.text, err).map_err(terminal)?;
    }

    for event in heard.iter() {
        match event {
            Event::Stop => break,
            Event::Failed(detail) => {
                let text = tr!("serve-watch-error", detail = detail.as_str());
                human.warning(&text.text, err).map_err(terminal)?;
            }
            Event::Changed => {
                // Saves that came while the last one was built are in this build; a Ctrl-C
                // among them still stops.
                let mut stop = false;
                while let Ok(event) = heard.try_recv() {
                    stop |= matches!(event, Event::Stop);
                }
                if stop {
                    break;
                }
                watch.refresh()?;
                let now = Inputs::of(&preview.project().root);
                if now == inputs {
                    continue;
                }
                inputs = now;
                let rebuild = preview.rebuild().map_err(terminal)?;
                let (_, before) = shared.now();
                let problems = before.merged(
                    rebuild.kept.clone(),
                    &rebuild.summary.rebuilt,
                    &rebuild.years,
                );
                tell(err, options, &rebuild, false)?;
                if !rebuild.summary.rebuilt.is_empty() || problems != *before {
                    shared.publish(problems);
                }
            }
        }
    }
    shared.stop();
    server.unblock();
    drop(preview);
    if !quiet {
        say(err, &tr!("serve-stopped").text)?;
    }
    Ok(0)
}

/// Listens at the port asked for, or at the first free one from [`DEFAULT_PORT`].
fn listen(options: &Options) -> Result<(tiny_http::Server, u16), Error> {
    let (first, last) = match options.port {
        Some(port) => (port, port),
        None => (DEFAULT_PORT, DEFAULT_PORT + PORTS_TRIED),
    };
    let mut last_error = None;
    for port in first..=last {
        match std::net::TcpListener::bind(SocketAddr::new(options.bind, port)) {
            Ok(listener) => {
                // Port 0 asks the system for any free one: the one given is what to tell.
                let port = listener.local_addr().map_or(port, |a| a.port());
                let server = tiny_http::Server::from_listener(listener, None).map_err(|e| {
                    Error::Listen {
                        host: host(options.bind),
                        first: port,
                        last: port,
                        source: std::io::Error::other(e.to_string()),
                    }
                })?;
                return Ok((server, port));
            }
            // Only a port in use is worth trying the next one for.
            Err(error) if error.kind() == std::io::ErrorKind::AddrInUse && port < last => {
                last_error = Some(error);
            }
            Err(error) => {
                return Err(Error::Listen {
                    host: host(options.bind),
                    first: if error.kind() == std::io::ErrorKind::AddrInUse {
                        first
                    } else {
                        port
                    },
                    last: port,
                    source: error,
                });
            }
        }
    }
    Err(Error::Listen {
        host: host(options.bind),
        first,
        last,
        source: last_error.unwrap_or_else(|| std::io::ErrorKind::AddrInUse.into()),
    })
}

/// An address as a URL writes it.
fn host(address: IpAddr) -> String {
    match address {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
    }
}

/// What tells this run's pages from an earlier run's.
fn instance() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{:x}", nanos ^ u128::from(std::process::id()))
}

fn terminal(error: std::io::Error) -> Error {
    Error::io("write-terminal", "", error)
}

/// Says in the terminal what a build found and did: every message, then one line.
fn tell(
    err: &mut dyn Write,
    options: &Options,
    rebuild: &Rebuild,
    first: bool,
) -> Result<(), Error> {
    let write = |err: &mut dyn Write, text: &str| writeln!(err, "{text}").map_err(terminal);
    let quiet = options.verbosity == Verbosity::Quiet;
    for kept in &rebuild.kept {
        let Kept {
            plain,
            styled,
            severity,
            ..
        } = kept;
        if quiet && *severity != Severity::Error {
            continue;
        }
        write(err, if options.color { styled } else { plain })?;
        write(err, "")?;
    }
    if quiet {
        return Ok(());
    }
    let ms = rebuild.took.as_millis().to_string();
    let errors = rebuild
        .kept
        .iter()
        .filter(|k| k.severity == Severity::Error)
        .count();
    let rebuilt = &rebuild.summary.rebuilt;
    let mut lines = Vec::new();
    if first {
        lines.push(tr!("serve-built", count = rebuilt.len(), ms = ms.as_str()).text);
    } else if !rebuilt.is_empty() {
        let years = rebuilt.join(&tr!("list-separator").text);
        lines.push(tr!("serve-rebuilt", years = years, ms = ms.as_str()).text);
    } else if errors == 0 {
        lines.push(tr!("serve-unchanged", ms = ms.as_str()).text);
    }
    if errors > 0 {
        lines.push(tr!("serve-failed", errors = errors).text);
    }
    for line in lines {
        write(err, &line)?;
    }
    Ok(())
}
