//! `lawrpt serve`, run for real: the binary on a free port, pages fetched over HTTP, a report
//! edited (as an editor that saves by rename does), broken and fixed, requests that try to
//! leave the site, and the signals that stop it. The waits below are deadlines for something
//! to happen, never measurements: how fast it happens is `scripts/serve-bench.sh`'s to say.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::three_years;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(20);

/// What the overlay shows when there are errors (warnings alone fold it to a bar).
const ERRORS: &str = "class=\"lawrpt-count-error\"";

/// A running `lawrpt serve`, killed when dropped.
struct Serve {
    child: Child,
    port: u16,
    stderr: Arc<Mutex<String>>,
}

impl Serve {
    fn start(project: &Path, args: &[&str], envs: &[(&str, &str)]) -> Serve {
        let mut command = Command::new(env!("CARGO_BIN_EXE_lawrpt"));
        command
            .arg("serve")
            .args(args)
            .current_dir(project)
            .env("NO_COLOR", "1")
            .env("LAWRPT_LANG", "en")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (name, value) in envs {
            command.env(name, value);
        }
        let mut child = command.spawn().unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        let pipe = child.stderr.take().unwrap();
        let written = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                let mut text = written.lock().unwrap();
                text.push_str(&line);
                text.push('\n');
            }
        });
        let mut serve = Serve {
            child,
            port: 0,
            stderr,
        };
        let said = serve.wait_for_stderr("http://127.0.0.1:");
        let at = said.find("http://127.0.0.1:").unwrap() + "http://127.0.0.1:".len();
        serve.port = said[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap();
        serve
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until stderr holds `text`; gives all of it.
    fn wait_for_stderr(&mut self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let said = self.stderr();
            if said.contains(text) {
                return said;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                std::thread::sleep(Duration::from_millis(100));
                panic!(
                    "lawrpt serve ended ({status}) before saying {text:?}:\n{}",
                    self.stderr()
                );
            }
            assert!(start.elapsed() < DEADLINE, "never said {text:?}:\n{said}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn get(&self, target: &str) -> Response {
        request(
            self.port,
            &format!("GET {target} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"),
        )
    }

    /// Fetches `target` until its body satisfies `ready`.
    fn get_until(&self, target: &str, ready: impl Fn(&str) -> bool) -> Response {
        let start = Instant::now();
        loop {
            let response = self.get(target);
            if ready(&response.body) {
                return response;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "{target} never changed as expected; last served:\n{}\nlawrpt said:\n{}",
                response.body,
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends a signal and waits for the exit code.
    #[cfg(unix)]
    fn stop_with(mut self, signal: &str) -> (Option<i32>, String) {
        let pid = self.child.id().to_string();
        Command::new("kill").args([signal, &pid]).status().unwrap();
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100));
                return (status.code(), self.stderr());
            }
            assert!(
                start.elapsed() < DEADLINE,
                "did not stop:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Response {
    status: u16,
    headers: String,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// One raw HTTP/1.0 exchange (1.0: the answer is never chunked, and ends with the
/// connection), so that paths reach the server exactly as written.
fn request(port: u16, raw: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    stream.write_all(raw.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Response {
        status,
        headers: head.to_string(),
        body: body.to_string(),
    }
}

/// Saves `text` the way vim and VS Code do: a new file beside, renamed over the old one.
fn save_by_rename(path: &Path, text: &str) {
    let beside = path.with_extension("yaml.tmp");
    fs::write(&beside, text).unwrap();
    fs::rename(&beside, path).unwrap();
}

/// Reads server-sent events: each `data:` line, as it comes.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(DEADLINE)).unwrap();
        stream
            .write_all(b"GET /__lawrpt/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            .unwrap();
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" || line.is_empty() {
                break;
            }
            head.push_str(&line);
        }
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(head.contains("Content-Type: text/event-stream"), "{head}");
        Events { reader }
    }

    fn next(&mut self) -> String {
        loop {
            let mut line = String::new();
            let read = self.reader.read_line(&mut line).unwrap();
            assert!(read > 0, "the event stream ended");
            if let Some(data) = line.strip_prefix("data: ") {
                return data.trim_end().to_string();
            }
        }
    }
}

/// The generation a page was served at, as its reload script carries it.
fn generation(page: &str) -> &str {
    let at = page.find("data-generation=\"").unwrap() + "data-generation=\"".len();
    &page[at..at + page[at..].find('"').unwrap()]
}

#[test]
fn an_edit_is_served_a_broken_save_shows_its_errors_over_the_last_good_page_and_a_fix_clears_them()
{
    let project = three_years();
    let report = project.path().join("reports/2024.yaml");
    let original = fs::read_to_string(&report).unwrap();
    let mut serve = Serve::start(project.path(), &["2024", "--port", "0"], &[]);
    let said = serve.stderr();
    assert!(said.contains("built 3 years in"), "{said}");
    assert!(said.contains(&format!(
        "at http://127.0.0.1:{}/2024/report.html",
        serve.port
    )));

    let page = serve.get("/2024/report.html");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert!(
        page.body.contains("<script data-generation=\""),
        "no reload script"
    );
    assert!(!page.body.contains(ERRORS), "errors over a good page");
    let mut events = Events::open(serve.port);
    let first = events.next();
    assert_eq!(first, generation(&page.body));

    // An edit, saved by rename: the new text is served, and the stream says so.
    let sentence = original.lines().find(|l| l.contains("。")).unwrap().trim();
    let quoted = sentence.trim_start_matches("- ").trim_matches('"');
    let word = quoted.chars().take(6).collect::<String>();
    let edited = original.replacen(&word, "预览中改写的句子", 1);
    assert_ne!(edited, original, "no sentence to edit");
    save_by_rename(&report, &edited);
    serve.get_until("/2024/report.html", |body| {
        body.contains("预览中改写的句子")
    });
    let second = events.next();
    assert_ne!(second, first);
    // A page fetched once the stream has told of the rebuild is at its generation (one
    // fetched between the files and the telling reloads once more: harmless).
    assert_eq!(generation(&serve.get("/2024/report.html").body), second);
    // lawrpt writes the line before it tells the stream, but the page is on disk before
    // either, and this test's reader of stderr can lag behind the stream: wait for it.
    serve.wait_for_stderr("rebuilt 2024 in");

    // A broken save: the last good page, under the errors as the terminal prints them.
    let broken = edited.replacen("parts:", "partz:", 1);
    save_by_rename(&report, &broken);
    let page = serve.get_until("/2024/report.html", |body| body.contains(ERRORS));
    assert!(
        page.body.contains("预览中改写的句子"),
        "not the last good render"
    );
    let overlay = &page.body[page.body.find("id=\"lawrpt-overlay\"").unwrap()..];
    for expected in [
        "2 errors: below is the last version that built",
        "error[unknown-key]: unknown key `partz` in the report",
        "--&gt; reports/2024.yaml:",
        "partz:",
        "^^^^^",
        "= help: did you mean `parts`?",
    ] {
        assert!(
            overlay.contains(expected),
            "overlay lacks {expected:?}:\n{overlay}"
        );
    }
    assert!(events.next() != second);
    let said = serve.wait_for_stderr("2 errors: the page shows them");
    assert!(
        said.contains("error[unknown-key]: unknown key `partz`"),
        "{said}"
    );
    // Another year's page shows only its own messages.
    let other = serve.get("/2023/report.html");
    assert!(
        !other.body.contains("partz"),
        "2024's errors on 2023's page"
    );
    let index = serve.get("/");
    assert!(
        index.body.contains("partz"),
        "the list of years hides an error"
    );

    // Fixed: the report again, and no overlay.
    save_by_rename(&report, &original);
    let page = serve.get_until("/2024/report.html", |body| !body.contains(ERRORS));
    assert!(!page.body.contains("预览中改写的句子"));
    assert!(page.body.contains(&word));

    // The preview wrote nothing into the project, and a build there carries none of it.
    assert!(
        !project.path().join("out").exists(),
        "serve wrote into out/"
    );
    drop(serve);
    let build = common::lawrpt(project.path(), &["build", "--all", "-q"]);
    common::assert_exit(&build, 0);
    for page in common::html_pages(&project.path().join("out")) {
        let html = fs::read_to_string(&page).unwrap();
        assert!(!html.contains("__lawrpt") && !html.contains("lawrpt-overlay"));
    }
}

#[test]
fn files_have_their_types_and_nothing_outside_the_site_is_served() {
    let project = three_years();
    let serve = Serve::start(project.path(), &["--port", "0"], &[]);
    let said = serve.stderr();
    assert!(
        said.contains(&format!("at http://127.0.0.1:{}/\n", serve.port)),
        "{said}"
    );
    for (target, status, content_type) in [
        ("/", 200, "text/html; charset=utf-8"),
        ("/2024/report.txt", 200, "text/plain; charset=utf-8"),
        ("/2024/report.md", 200, "text/markdown; charset=utf-8"),
        ("/2022/report.html", 200, "text/html; charset=utf-8"),
    ] {
        let response = serve.get(target);
        assert_eq!(response.status, status, "{target}");
        assert_eq!(
            response.header("Content-Type"),
            Some(content_type),
            "{target}"
        );
    }
    // The comparison pages and the other script's copies are the site's too.
    let index = serve.get("/").body;
    let linked: Vec<&str> = common::hrefs(&index)
        .into_iter()
        .filter(|href| href.contains("diff/") || href.contains(".zh-Han"))
        .collect();
    assert!(
        !linked.is_empty(),
        "the index links no comparison or variant:\n{index}"
    );
    for href in linked {
        let target = format!("/{}", href.trim_start_matches("./"));
        assert_eq!(serve.get(&target).status, 200, "{target}");
    }
    let text = serve.get("/2024/report.txt");
    assert!(!text.body.contains("<script"), "a script in plain text");
    let folder = serve.get("/2024");
    assert_eq!(folder.status, 302);
    assert_eq!(folder.header("Location"), Some("/2024/report.html"));

    let secret = project.path().join("reports/2024.yaml");
    let absolute = secret.display().to_string();
    let secret_text = fs::read_to_string(&secret).unwrap();
    for target in [
        "/../reports/2024.yaml",
        "/../../../../../../etc/passwd",
        "/2024/../../reports/2024.yaml",
        "/%2e%2e/reports/2024.yaml",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/2024/..%2f..%2freports%2f2024.yaml",
        "/..%5c..%5creports%5c2024.yaml",
        "/.lawrpt-manifest.json",
        absolute.as_str(),
        "//etc/passwd",
        "/etc/passwd",
        "http://127.0.0.1/../etc/passwd",
        "/C:/Windows/win.ini",
        "/index.html%00",
        "/nothing-here.html",
    ] {
        let response = serve.get(target);
        assert_eq!(response.status, 404, "{target}: {}", response.body);
        assert!(
            !response.body.contains("root:"),
            "{target} served /etc/passwd"
        );
        assert!(
            !response.body.contains(&secret_text),
            "{target} served a report"
        );
        assert!(response.body.contains("Not in the preview"), "{target}");
    }
    // Reading the inputs to build them (inotify's open and close events) is no change: a
    // preview that took it for one would rebuild for ever.
    std::thread::sleep(Duration::from_millis(300));
    let said = serve.stderr();
    assert!(!said.contains("no year needed rebuilding"), "{said}");
    assert!(!said.contains("rebuilt"), "{said}");
    let post = request(
        serve.port,
        "POST / HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n",
    );
    assert_eq!(post.status, 405);
    assert_eq!(post.header("Allow"), Some("GET, HEAD"));
}

#[test]
fn a_year_that_never_built_shows_why_in_chinese_on_its_missing_page() {
    let project = common::project_with_2024("year: 2024\nauthority: 某区人民政府\nbdy: x\n");
    let serve = Serve::start(
        project.path(),
        &["2024", "--port", "0"],
        &[("LAWRPT_LANG", "zh-Hans")],
    );
    let said = serve.stderr();
    assert!(said.contains("错误[unknown-key]"), "{said}");
    let page = serve.get("/2024/report.html");
    assert_eq!(page.status, 404);
    for expected in [
        "<html lang=\"zh-Hans\">",
        "预览中没有这个页面",
        "还没有成功生成过",
        "下面显示的是上次成功生成的版本",
        "错误[unknown-key]：报告中没有 `bdy` 这个键",
        "reports/2024.yaml:3:1",
        "请改正文件后保存，本页会自动刷新。",
        "data-generation=",
    ] {
        assert!(
            page.body.contains(expected),
            "lacks {expected:?}:\n{}",
            page.body
        );
    }
}

#[test]
fn a_port_in_use_is_refused_when_named_and_passed_over_when_not() {
    let project = three_years();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let run = Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(["serve", "--port", &port])
        .current_dir(project.path())
        .env("LAWRPT_LANG", "en")
        .output()
        .unwrap();
    common::assert_exit(&run, 2);
    let said = common::stderr(&run);
    assert!(
        said.contains(&format!(
            "cannot listen on 127.0.0.1:{port}: the port is in use"
        )),
        "{said}"
    );
    assert!(said.contains("--port"), "{said}");

    // 3000 held (by this test, or by whatever holds it already): the next free one is used.
    let _held = std::net::TcpListener::bind("127.0.0.1:3000");
    let serve = Serve::start(project.path(), &[], &[]);
    assert_ne!(serve.port, 3000);
    let said = serve.stderr();
    assert!(
        said.contains(&format!(
            "port 3000 is in use: listening on {} instead",
            serve.port
        )),
        "{said}"
    );
}

#[test]
fn several_projects_or_a_bad_year_are_refused_before_anything_listens() {
    let project = three_years();
    let dir = project.path().to_str().unwrap();
    let run = common::lawrpt(
        project.path(),
        &["serve", "--project", dir, "--project", dir],
    );
    common::assert_exit(&run, 2);
    assert!(common::stderr(&run).contains("previews one project"));
    let run = common::lawrpt(project.path(), &["serve", "2031"]);
    common::assert_exit(&run, 2);
    assert!(
        common::stderr(&run).contains("2022, 2023, 2024"),
        "{}",
        common::stderr(&run)
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_it_cleanly_and_removes_its_folder() {
    let project = three_years();
    let temp = tempfile::tempdir().unwrap();
    let temp_dir = temp.path().to_str().unwrap();
    let serve = Serve::start(project.path(), &["--port", "0"], &[("TMPDIR", temp_dir)]);
    assert_eq!(
        fs::read_dir(temp.path()).unwrap().count(),
        1,
        "no private folder"
    );
    let (code, said) = serve.stop_with("-INT");
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains("preview stopped; its files are removed"),
        "{said}"
    );
    assert_eq!(
        fs::read_dir(temp.path()).unwrap().count(),
        0,
        "folder left behind"
    );

    // Closing the terminal (SIGHUP) or `kill` (SIGTERM) too.
    let serve = Serve::start(project.path(), &["--port", "0"], &[("TMPDIR", temp_dir)]);
    let (code, _) = serve.stop_with("-TERM");
    assert_eq!(code, Some(0));
    assert_eq!(fs::read_dir(temp.path()).unwrap().count(), 0);
}

// The browser named is a shell script.
#[cfg(unix)]
#[test]
fn another_address_is_warned_of_and_open_starts_the_browser_named() {
    let project = three_years();
    let opened = project.path().join("opened.txt");
    let browser = project.path().join("browser.sh");
    fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&browser, fs::Permissions::from_mode(0o755)).unwrap();
    let serve = Serve::start(
        project.path(),
        &["2023", "--port", "0", "--bind", "0.0.0.0", "--open"],
        &[("BROWSER", browser.to_str().unwrap())],
    );
    let said = serve.stderr();
    assert!(
        said.contains("warning: 0.0.0.0 is not this computer's own address"),
        "{said}"
    );
    let start = Instant::now();
    while !opened.exists() {
        assert!(start.elapsed() < DEADLINE, "the browser was not started");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(
        fs::read_to_string(&opened).unwrap(),
        format!("http://127.0.0.1:{}/2023/report.html", serve.port)
    );
}

/// `-v` logs each request with its status; `-q` leaves only the address and errors, and
/// says nothing when it stops.
#[cfg(unix)]
#[test]
fn verbose_logs_each_request_and_quiet_leaves_the_address() {
    let project = three_years();
    let mut serve = Serve::start(project.path(), &["--port", "0", "-v"], &[]);
    assert_eq!(serve.get("/2024/report.html").status, 200);
    assert_eq!(serve.get("/2024/nothing.html").status, 404);
    serve.wait_for_stderr("GET /2024/report.html → 200 in ");
    serve.wait_for_stderr("GET /2024/nothing.html → 404 in ");
    drop(serve);

    let serve = Serve::start(project.path(), &["--port", "0", "--quiet"], &[]);
    assert_eq!(serve.get("/2024/report.html").status, 200);
    let (code, said) = serve.stop_with("-INT");
    assert_eq!(code, Some(0), "{said}");
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 1, "the address alone: {said}");
    assert!(lines[0].contains("http://127.0.0.1:"), "{said}");
}
