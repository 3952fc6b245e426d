//! Bad and hostile input: every file of `tests/hostile/` (expectations in
//! `tests/hostile/cases.toml`) run through the real binary, and the cases too large or too
//! strange to keep as files — nesting 100,000 deep, a 100 MB report, links out of the project,
//! output folders lawrpt must not fill, a build killed mid-way.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::{assert_exit, lawrpt, lawrpt_command, many_years, project_with_2024, stderr};

#[derive(serde::Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(serde::Deserialize)]
struct Case {
    file: String,
    exit: i32,
    rule: Option<String>,
    line: Option<usize>,
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

/// `lawrpt check 2024 --format json` on a project whose report is `bytes`.
fn check(bytes: &[u8]) -> (Output, serde_json::Value) {
    let project = project_with_2024("");
    fs::write(project.path().join("reports/2024.yaml"), bytes).unwrap();
    let run = lawrpt(project.path(), &["check", "2024", "--format", "json"]);
    let json = serde_json::from_slice(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&run.stdout)
        )
    });
    (run, json)
}

fn diagnostics(json: &serde_json::Value) -> Vec<(String, String, u64)> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_file_of_the_corpus_gives_its_expected_rule_line_and_exit_code() {
    let cases: Cases =
        toml::from_str(&fs::read_to_string(corpus().join("cases.toml")).unwrap()).unwrap();
    let mut listed: Vec<&str> = cases.case.iter().map(|c| c.file.as_str()).collect();
    listed.sort_unstable();
    let mut present: Vec<String> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    present.sort_unstable();
    assert_eq!(
        listed, present,
        "every corpus file has a case, every case a file"
    );
    for case in &cases.case {
        let (run, json) = check(&fs::read(corpus().join(&case.file)).unwrap());
        let found = diagnostics(&json);
        assert_eq!(
            run.status.code(),
            Some(case.exit),
            "{}: {found:?}",
            case.file
        );
        assert!(!stderr(&run).contains("panicked"), "{}", case.file);
        match (&case.rule, case.line) {
            (Some(rule), Some(line)) => assert!(
                found.iter().any(|(r, _, l)| r == rule && *l == line as u64),
                "{}: expected {rule} at line {line}, found {found:?}",
                case.file
            ),
            _ => assert!(
                found.iter().all(|(_, severity, _)| severity != "error"),
                "{}: expected no error, found {found:?}",
                case.file
            ),
        }
    }
}

#[test]
fn nesting_a_hundred_thousand_deep_is_refused_without_overflowing_the_stack() {
    let flow = format!(
        "year: 2024\nparts: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let block = format!(
        "year: 2024\n{}x\n",
        (0..2_000)
            .map(|i| format!("{}parts:\n", " ".repeat(i)))
            .collect::<String>()
    );
    for text in [flow, block] {
        let (run, json) = check(text.as_bytes());
        assert_exit(&run, 1);
        assert_eq!(diagnostics(&json)[0].0, "yaml-syntax");
    }
}

#[test]
fn a_report_over_the_size_limit_is_refused_before_it_is_read() {
    let project = project_with_2024("");
    let file = fs::File::create(project.path().join("reports/2024.yaml")).unwrap();
    // Sparse: 100 MB on paper, nothing on disk.
    file.set_len(100 * 1024 * 1024).unwrap();
    let run = lawrpt(project.path(), &["check", "2024"]);
    assert_exit(&run, 2);
    assert!(
        stderr(&run).contains("too large to be a report"),
        "{}",
        stderr(&run)
    );
    assert!(stderr(&run).contains("at most 4 MiB"), "{}", stderr(&run));
}

#[cfg(unix)]
#[test]
fn a_report_that_links_out_of_the_project_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("secret.yaml"),
        "year: 2024\nparts: []\n",
    )
    .unwrap();
    let project = project_with_2024("");
    fs::remove_file(project.path().join("reports/2024.yaml")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.yaml"),
        project.path().join("reports/2024.yaml"),
    )
    .unwrap();
    let run = lawrpt(project.path(), &["build", "2024"]);
    assert_exit(&run, 2);
    assert!(stderr(&run).contains("outside"), "{}", stderr(&run));
    assert!(!project.path().join("out/2024").exists());
}

#[test]
fn a_path_where_a_year_belongs_is_refused() {
    let project = project_with_2024("");
    for argument in ["../../etc", "/etc/passwd", "2024/../../x"] {
        let run = lawrpt(project.path(), &["build", argument]);
        assert_exit(&run, 2);
        assert!(stderr(&run).contains("is not a year"), "{}", stderr(&run));
    }
}

/// A valid report, to build.
fn good_report() -> String {
    fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/build-clean.in/reports/2024.yaml"),
    )
    .unwrap()
}

#[test]
fn output_folders_lawrpt_must_not_fill_are_refused_and_nothing_is_written() {
    let project = project_with_2024(&good_report());
    let foreign = tempfile::tempdir().unwrap();
    fs::write(foreign.path().join("notes.txt"), "someone's file").unwrap();
    let cases = [
        ("/".to_string(), "the root of the file system"),
        (".".to_string(), "the project's folder"),
        ("reports".to_string(), "holds files lawrpt did not write"),
        (
            foreign.path().display().to_string(),
            "holds files lawrpt did not write",
        ),
    ];
    for (out, reason) in &cases {
        let run = lawrpt(project.path(), &["build", "2024", "--out", out]);
        assert_exit(&run, 2);
        assert!(stderr(&run).contains(reason), "{out}: {}", stderr(&run));
    }
    assert!(!Path::new("/2024").exists() && !Path::new("/index.html").exists());
    assert_eq!(fs::read_dir(foreign.path()).unwrap().count(), 1);
    // A folder a build wrote before is fine: it has a manifest.
    let site = tempfile::tempdir().unwrap();
    let out = site.path().join("site");
    let out = out.to_str().unwrap();
    assert_exit(&lawrpt(project.path(), &["build", "2024", "--out", out]), 0);
    assert_exit(
        &lawrpt(project.path(), &["build", "2024", "--out", out, "--force"]),
        0,
    );
}

#[test]
fn an_output_folder_that_cannot_be_made_is_one_clear_error() {
    let project = project_with_2024(&good_report());
    // A folder under a file can never be made, whoever runs the test (root included).
    let run = lawrpt(
        project.path(),
        &["build", "2024", "--out", "reports/2024.yaml/site"],
    );
    assert_exit(&run, 2);
    let messages = stderr(&run);
    assert_eq!(messages.matches("error:").count(), 1, "{messages}");
    assert!(messages.contains("reports/2024.yaml/site"), "{messages}");
    assert!(messages.contains("Not a directory"), "{messages}");
}

#[test]
fn template_syntax_in_a_report_comes_out_literally() {
    let project = project_with_2024("");
    fs::copy(
        corpus().join("template-syntax.yaml"),
        project.path().join("reports/2024.yaml"),
    )
    .unwrap();
    assert_exit(&lawrpt(project.path(), &["build", "2024"]), 0);
    // Every output carries the author's text as written, never evaluated.
    for file in ["report.md", "report.html", "report.txt"] {
        let text = fs::read_to_string(project.path().join("out/2024").join(file)).unwrap();
        assert!(
            text.contains("{{ 7*7 }} {% raw %}{%- for x in y %}{# c #}"),
            "{file}: {text}"
        );
        assert!(
            !text.contains("49"),
            "{file} evaluated the template in the text"
        );
    }
}

/// Every file under `dir` (less dot-files), by its path relative to `dir`.
/// The files of a site, by path, with their bytes.
type Files = std::collections::BTreeMap<PathBuf, Vec<u8>>;

fn files_under(dir: &Path) -> Files {
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else if !entry.file_name().to_string_lossy().starts_with('.') {
                files.insert(
                    path.strip_prefix(dir).unwrap().to_path_buf(),
                    fs::read(&path).unwrap(),
                );
            }
        }
    }
    files
}

/// What a finished build writes of `years` years of the good report, marked 旧 and marked 新.
fn built_sites(years: std::ops::Range<i32>) -> (Files, Files) {
    let build = |edition| {
        let site = tempfile::tempdir().unwrap();
        many_years(site.path(), years.clone(), edition);
        assert_exit(&lawrpt(site.path(), &["build", "--all", "--quiet"]), 0);
        files_under(&site.path().join("out"))
    };
    (build("旧"), build("新"))
}

#[cfg(unix)]
#[test]
fn a_build_killed_mid_way_leaves_every_file_wholly_old_or_wholly_new() {
    use std::process::{Command, Stdio};
    use std::time::Duration;
    let years = 1900..1960;
    let (old, new) = built_sites(years.clone());
    assert_eq!(old.len(), new.len());

    let mut killed_while_running = 0;
    for delay_ms in [10, 50, 150] {
        let project = tempfile::tempdir().unwrap();
        many_years(project.path(), years.clone(), "旧");
        assert_exit(&lawrpt(project.path(), &["build", "--all", "--quiet"]), 0);
        many_years(project.path(), years.clone(), "新");
        let mut child = Command::new(env!("CARGO_BIN_EXE_lawrpt"))
            .args(["build", "--all", "--quiet"])
            .current_dir(project.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            killed_while_running += 1;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let out = project.path().join("out");
        for (path, bytes) in files_under(&out) {
            assert!(
                old.get(&path) == Some(&bytes) || new.get(&path) == Some(&bytes),
                "killed after {delay_ms} ms: {} is neither the old file nor the new",
                path.display()
            );
        }
        // The next build finishes the job and leaves no temporary file behind.
        assert_exit(&lawrpt(project.path(), &["build", "--all", "--quiet"]), 0);
        assert_eq!(files_under(&out), new, "after a kill and a rebuild");
        let leftovers: Vec<_> = walk_names(&out)
            .into_iter()
            .filter(|name| name.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
    assert!(
        killed_while_running > 0,
        "no build was still running when killed"
    );
}

/// Ctrl-C and SIGTERM (issue 18): the build stops between files, removes its temporary files
/// and releases the lock on its way out; what it wrote is whole, the rest as it was.
#[cfg(unix)]
#[test]
fn a_build_interrupted_by_sigint_or_sigterm_stops_cleanly() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let years = 1800..1960;
    let (old, new) = built_sites(years.clone());

    for signal in ["INT", "TERM"] {
        let mut stopped_while_running = 0;
        for delay_ms in [20, 60, 120] {
            let project = tempfile::tempdir().unwrap();
            many_years(project.path(), years.clone(), "旧");
            assert_exit(&lawrpt(project.path(), &["build", "--all", "--quiet"]), 0);
            many_years(project.path(), years.clone(), "新");
            let child = lawrpt_command(project.path(), "en", &["build", "--all", "--quiet"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            std::thread::sleep(Duration::from_millis(delay_ms));
            let sent = Instant::now();
            let kill = Command::new("kill")
                .args([format!("-{signal}"), child.id().to_string()])
                .output()
                .unwrap();
            let run = child.wait_with_output().unwrap();
            let took = sent.elapsed();
            let messages = stderr(&run);
            let out = project.path().join("out");
            if run.status.code() == Some(0) {
                // Finished before the signal came: nothing to see.
                continue;
            }
            if std::os::unix::process::ExitStatusExt::signal(&run.status).is_some() {
                // Came before lawrpt had read its command line: nothing was written yet.
                let now = files_under(&out);
                assert!(
                    now == old,
                    "SIG{signal} at the start: {:?}",
                    differing(&now, &old)
                );
                continue;
            }
            assert!(kill.status.success(), "kill -{signal} failed");
            stopped_while_running += 1;
            assert_eq!(run.status.code(), Some(130), "SIG{signal}: {messages}");
            assert!(
                messages.contains(
                    "error: interrupted: the files not yet written were left as they were"
                ),
                "SIG{signal}: {messages}"
            );
            assert!(
                took < Duration::from_secs(10),
                "SIG{signal}: stopped after {took:?}"
            );
            // No temporary file left, without another build to sweep it.
            let leftovers: Vec<_> = walk_names(&out)
                .into_iter()
                .filter(|name| name.ends_with(".tmp"))
                .collect();
            assert!(leftovers.is_empty(), "SIG{signal}: {leftovers:?}");
            for (path, bytes) in files_under(&out) {
                assert!(
                    old.get(&path) == Some(&bytes) || new.get(&path) == Some(&bytes),
                    "SIG{signal} after {delay_ms} ms: {} is neither the old file nor the new",
                    path.display()
                );
            }
            // The lock went with the process: a build that will not wait gets it at once.
            assert_exit(
                &lawrpt(project.path(), &["build", "--all", "--quiet", "--no-wait"]),
                0,
            );
            let now = files_under(&out);
            assert!(
                now == new,
                "SIG{signal}, the next build: {:?}",
                differing(&now, &new)
            );
        }
        assert!(
            stopped_while_running > 0,
            "SIG{signal}: no build was still running when signalled"
        );
    }
}

/// The files two sites do not hold alike, by path.
fn differing(a: &Files, b: &Files) -> Vec<PathBuf> {
    a.keys()
        .chain(b.keys())
        .filter(|path| a.get(*path) != b.get(*path))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn walk_names(dir: &Path) -> Vec<String> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            names.extend(walk_names(&entry.path()));
        } else {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names
}

#[derive(serde::Deserialize)]
struct Surfaces {
    case: Vec<Surface>,
}

/// A case of `tests/hostile/surfaces/cases.toml`.
#[derive(serde::Deserialize)]
struct Surface {
    file: String,
    put: Option<String>,
    run: Vec<String>,
    exit: i32,
    en: String,
    #[serde(rename = "zh-Hans")]
    zh_hans: String,
    #[serde(rename = "zh-Hant")]
    zh_hant: String,
}

/// A project of the clean sample with each hostile file where lawrpt reads it (lawrpt.toml, a
/// template override) or handed to `import`, in each interface language: the exit code, the
/// first line said, nothing written.
#[test]
fn every_hostile_file_beyond_the_yaml_is_refused_clearly_in_every_language() {
    let dir = corpus().join("surfaces");
    let cases: Surfaces =
        toml::from_str(&fs::read_to_string(dir.join("cases.toml")).unwrap()).unwrap();
    let mut listed: Vec<&str> = cases.case.iter().map(|c| c.file.as_str()).collect();
    listed.sort_unstable();
    let mut present: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name != "cases.toml")
        .collect();
    present.sort_unstable();
    assert_eq!(listed, present, "every file has a case, every case a file");
    for case in &cases.case {
        for (lang, expected) in [
            ("en", &case.en),
            ("zh-Hans", &case.zh_hans),
            ("zh-Hant", &case.zh_hant),
        ] {
            let project = project_with_2024(&good_report());
            let p = project.path();
            let put = case.put.as_deref().unwrap_or(&case.file);
            fs::create_dir_all(p.join(put).parent().unwrap()).unwrap();
            fs::copy(dir.join(&case.file), p.join(put)).unwrap();
            let args: Vec<String> = case.run.iter().map(|a| a.replace("{file}", put)).collect();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let run = lawrpt_command(p, lang, &args).output().unwrap();
            let said = stderr(&run);
            let what = format!("{} ({lang})", case.file);
            assert_eq!(run.status.code(), Some(case.exit), "{what}: {said}");
            assert!(
                said.starts_with(&expected.replace("{file}", put)),
                "{what}: {said}"
            );
            assert!(!said.contains("panicked"), "{what}: {said}");
            // Nothing written: no draft from an import, no page from a check or a build.
            if case.run[0] == "import" {
                assert!(!p.join("draft.yaml").exists(), "{what}: imported");
            } else {
                assert!(!p.join("out/2024").exists(), "{what}: built");
            }
        }
    }
}

/// `lawrpt serve` given a request line of a megabyte (issue 18): 414 with a line in the
/// interface language, the address neither echoed nor looked for, and the next request answered.
#[test]
fn a_request_line_of_a_megabyte_gets_414_in_every_language_and_serve_goes_on() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;
    use std::process::Stdio;
    use std::time::Duration;
    for (lang, said) in [
        ("en", "The address asked for is longer than 8192 bytes"),
        ("zh-Hans", "请求的地址超过 8192 字节"),
        ("zh-Hant", "請求的地址超過 8192 字節"),
    ] {
        let project = project_with_2024(&good_report());
        let mut child = lawrpt_command(project.path(), lang, &["serve", "--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let port: u16 = loop {
            let line = lines.next().expect("serve said where it listens").unwrap();
            if let Some(at) = line.find("http://127.0.0.1:") {
                let rest = &line[at + "http://127.0.0.1:".len()..];
                break rest
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect::<String>()
                    .parse()
                    .unwrap();
            }
        };
        let ask = |raw: &[u8]| {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(20)))
                .unwrap();
            stream.write_all(raw).unwrap();
            let mut bytes = Vec::new();
            let _ = stream.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        };
        let line = format!(
            "GET /{} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "a".repeat(1 << 20)
        );
        let answer = ask(line.as_bytes());
        assert!(
            answer.starts_with("HTTP/1.1 414 "),
            "{lang}: {}",
            &answer[..answer.len().min(300)]
        );
        assert!(answer.contains(said), "{lang}: {answer}");
        assert!(
            answer.len() < 2_000,
            "{lang}: {} bytes answered",
            answer.len()
        );
        let next = ask(b"GET /2024/report.html HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        assert!(next.starts_with("HTTP/1.0 200 "), "{lang}: {next}");
        child.kill().unwrap();
        child.wait().unwrap();
    }
}
