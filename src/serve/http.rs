//! Answering requests: files of the site as they are on disk (each written whole by the
//! site's atomic writes, so a page read mid-rebuild is the old one or the new one), pages
//! with the reload script and overlay added, and the event stream that tells pages to reload.

use std::io::{self, Cursor, Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use percent_encoding::{CONTROLS, utf8_percent_encode};
use tiny_http::{Header, Method, Request, Response};

use super::page::{self, EVENTS};
use super::path::{Target, resolve};
use super::state::Shared;
use crate::tr;

/// What every thread that answers needs.
pub struct Site {
    /// `-v`: each request on standard error, with its status and time.
    pub log: bool,
    /// The folder the site is built into, canonical.
    pub root: std::path::PathBuf,
    pub shared: Arc<Shared>,
    /// Told to pages with the generation, so that a page served by an earlier run of
    /// `lawrpt serve` reloads when a new one answers.
    pub instance: String,
}

impl Site {
    /// The generation a page is served at, as its script and the stream say it.
    fn token(&self, generation: u64) -> String {
        format!("{}-{generation}", self.instance)
    }
}

/// The longest address answered, in bytes, as most servers have it (8 KiB): a page of the site
/// is a few dozen. tiny_http reads a request line whole before lawrpt sees it; the preview
/// listens on this computer's own address only.
const MAX_URL: usize = 8 * 1024;

/// Answers one request. The event stream keeps its connection, on a thread of its own.
pub fn answer(site: &Arc<Site>, request: Request) {
    let started = Instant::now();
    let url = request.url().to_string();
    let path = url.split('?').next().unwrap_or("");
    let method = request.method().clone();
    let response = match method {
        // No page of a site has such an address; none is read, or echoed in a page.
        _ if url.len() > MAX_URL => headed(
            Response::from_string(tr!("serve-url-too-long", limit = MAX_URL).text)
                .with_status_code(414),
            &[("Content-Type", "text/plain; charset=utf-8")],
        ),
        Method::Get | Method::Head if path == EVENTS => {
            let site = Arc::clone(site);
            std::thread::spawn(move || stream(&site, request));
            return;
        }
        Method::Get | Method::Head => file(site, &url),
        _ => headed(
            Response::from_string(tr!("serve-method").text).with_status_code(405),
            &[
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Allow", "GET, HEAD"),
            ],
        ),
    };
    let status = response.status_code().0;
    // A browser that went away mid-answer is nothing to tell anyone about.
    let _ = request.respond(response);
    if site.log {
        let line = tr!(
            "detail-serve-request",
            method = method.as_str(),
            url = url.as_str(),
            status = status.to_string(),
            ms = crate::printer::milliseconds(started.elapsed())
        );
        // Nothing more can be said if standard error itself is gone.
        let _ = writeln!(io::stderr().lock(), "{}", line.text);
    }
}

fn file(site: &Site, url: &str) -> Response<Cursor<Vec<u8>>> {
    let (generation, problems) = site.shared.now();
    let token = site.token(generation);
    let year = year_of_url(url);
    match resolve(&site.root, url) {
        Target::File(file) => {
            let bytes = match std::fs::read(&file) {
                Ok(bytes) => bytes,
                Err(_) => return not_found(site, url),
            };
            let body = if page::is_page(&file) {
                let html = String::from_utf8_lossy(&bytes);
                page::inject(&html, &token, &problems.for_page(year.as_deref())).into_bytes()
            } else {
                bytes
            };
            with_type(body, &file)
        }
        Target::Redirect(location) => {
            // The path came from the request: anything not ASCII goes back encoded.
            let location = utf8_percent_encode(&location, CONTROLS).to_string();
            headed(
                Response::from_data(Vec::new()).with_status_code(302),
                &[("Location", &location), ("Cache-Control", "no-store")],
            )
        }
        // Browsers ask for it whatever the page says; a site without one is no error.
        Target::NotFound if url == "/favicon.ico" => {
            Response::from_data(Vec::new()).with_status_code(204)
        }
        Target::NotFound => not_found(site, url),
    }
}

fn not_found(site: &Site, url: &str) -> Response<Cursor<Vec<u8>>> {
    let (generation, problems) = site.shared.now();
    let path = url.split('?').next().unwrap_or("");
    let shown = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let html = page::not_found(
        &shown,
        &site.token(generation),
        &problems.for_page(year_of_url(url).as_deref()),
    );
    with_type(html.into_bytes(), Path::new("404.html")).with_status_code(404)
}

/// The year a page of the site belongs to: the folder `/2024/…` it is in.
fn year_of_url(url: &str) -> Option<String> {
    let first = url.trim_start_matches('/').split(['/', '?']).next()?;
    crate::load::project::is_year(first).then(|| first.to_string())
}

fn with_type(body: Vec<u8>, file: &Path) -> Response<Cursor<Vec<u8>>> {
    headed(
        Response::from_data(body),
        &[
            ("Content-Type", page::content_type(file)),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
        ],
    )
}

/// `response` with the headers; every name and value here is ASCII, which is all a header
/// refuses.
fn headed<R: Read>(mut response: Response<R>, headers: &[(&str, &str)]) -> Response<R> {
    for (name, value) in headers {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    response
}

/// Server-sent events: the generation now, at once, then after each rebuild; a comment
/// every few seconds so that a closed tab is noticed and its thread ends.
fn stream(site: &Site, request: Request) {
    let head = request.method() == &Method::Head;
    let mut writer = request.into_writer();
    let opened = writer
        .write_all(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
              Connection: close\r\n\r\n",
        )
        .and_then(|()| writer.flush());
    if opened.is_err() || head {
        return;
    }
    let (mut generation, _) = site.shared.now();
    let mut event = format!("retry: 500\ndata: {}\n\n", site.token(generation));
    loop {
        if writer
            .write_all(event.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
        match site.shared.wait_past(generation, Duration::from_secs(10)) {
            None => return,
            Some(now) if now > generation => {
                generation = now;
                event = format!("data: {}\n\n", site.token(generation));
            }
            Some(_) => event = ": still here\n\n".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_belongs_to_the_year_of_its_folder() {
        assert_eq!(year_of_url("/2024/report.html"), Some("2024".into()));
        assert_eq!(year_of_url("/2024?x"), Some("2024".into()));
        assert_eq!(year_of_url("/index.html"), None);
        assert_eq!(year_of_url("/diff/2023-2024.html"), None);
    }
}
