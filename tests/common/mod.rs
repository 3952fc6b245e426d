//! What the integration tests share: running the real binary, and throwaway projects.

// Each test crate uses some of these helpers, not all.
#![allow(dead_code)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// Words of the reports' own vocabulary, figures among them: the property tests of diff and
/// import build their texts from these, so generated reports overlap as real ones do.
pub const REPORT_WORDS: [&str; 17] = [
    "推进",
    "依法行政",
    "法治政府",
    "建设",
    "全面",
    "加强",
    "监督",
    "执法",
    "行政复议",
    "案件",
    "群众",
    "服务",
    "制度",
    "落实",
    "12件",
    "98.6%",
    "3次",
];

/// Runs the lawrpt binary in `cwd`, without colour, speaking English whatever the machine's
/// locale.
pub fn lawrpt(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lawrpt"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("LAWRPT_LANG", "en")
        .output()
        .expect("the lawrpt binary runs")
}

/// The lawrpt binary as a command in `cwd`, without colour, speaking `lang`: for runs a test
/// spawns, signals or reads while they go on.
pub fn lawrpt_command(cwd: &Path, lang: &str, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lawrpt"));
    command
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("LAWRPT_LANG", lang);
    command
}

/// Writes `reports/YEAR.yaml` under `root` for each of `years`: the clean sample of
/// tests/cmd/build-clean.in with its years moved, each text marked `edition`.
pub fn many_years(root: &Path, years: std::ops::Range<i32>, edition: &str) {
    let report = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/build-clean.in/reports/2024.yaml"),
    )
    .unwrap();
    fs::create_dir_all(root.join("reports")).unwrap();
    for year in years {
        let text = report
            .replace("2025", &(year + 1).to_string())
            .replace("2024", &year.to_string())
            .replace(
                "扎实推进依法行政。",
                &format!("扎实推进依法行政（{edition}）。"),
            );
        fs::write(root.join(format!("reports/{year}.yaml")), text).unwrap();
    }
}

/// A copy of the three-year fixture project (`tests/fixtures/three-years/`: one district,
/// 2022–2024, its reports and lawrpt.toml) in a temporary folder.
pub fn three_years() -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/three-years");
    copy_dir(&fixture, project.path());
    project
}

/// What a run printed on standard output.
pub fn stdout(run: &Output) -> String {
    String::from_utf8_lossy(&run.stdout).into_owned()
}

/// A project in a temporary folder holding `reports/2024.yaml` with the given text.
pub fn project_with_2024(report: &str) -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    fs::create_dir(project.path().join("reports")).unwrap();
    fs::write(project.path().join("reports/2024.yaml"), report).unwrap();
    project
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn stderr(run: &Output) -> String {
    String::from_utf8_lossy(&run.stderr).into_owned()
}

/// A run's exit code, with its messages shown when the assertion fails.
#[track_caller]
pub fn assert_exit(run: &Output, code: i32) {
    assert_eq!(run.status.code(), Some(code), "{}", stderr(run));
}

/// Every link of every HTML page under `out` to a file of the site (not to a place in the same
/// page, not to another site) whose file does not exist: `page -> href`.
pub fn broken_links(out: &Path) -> Vec<String> {
    let mut broken = Vec::new();
    for page in html_pages(out) {
        let text = fs::read_to_string(&page).unwrap();
        for href in hrefs(&text) {
            if href.starts_with('#') || href.contains(':') {
                continue;
            }
            let file = href.split('#').next().unwrap_or_default();
            if !page.parent().unwrap().join(file).is_file() {
                broken.push(format!("{} -> {href}", page.display()));
            }
        }
    }
    broken
}

/// The targets of the `href` attributes in an HTML page.
pub fn hrefs(html: &str) -> Vec<&str> {
    html.match_indices("href=")
        .filter_map(|(at, _)| {
            let rest = &html[at + "href=".len()..];
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let rest = &rest[1..];
            Some(&rest[..rest.find(quote)?])
        })
        .collect()
}

/// Every `.html` file under `dir`, in order.
pub fn html_pages(dir: &Path) -> Vec<std::path::PathBuf> {
    files(dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .collect()
}

/// Every `.rs` file under `dir`, in order.
pub fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    files(dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect()
}

/// Every file under `dir` (hidden ones included), in order.
pub fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The files of a fuzz corpus (fuzz/corpus/TARGET), sorted.
#[allow(dead_code)]
pub fn corpus(target: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    files
}

/// Runs `one` on every item on a few threads (each run is a process, so they overlap well)
/// and returns what went wrong, one entry per item that failed.
#[allow(dead_code)]
pub fn each<T: Sync>(items: &[T], one: impl Fn(&T) -> Option<String> + Sync) -> Vec<String> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Some(failure) = one(item) {
                        failures.lock().unwrap().push(failure);
                    }
                }
            });
        }
    });
    failures.into_inner().unwrap()
}

/// The sample project (this repository's `reports/`) in a temporary folder.
pub fn sample() -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("reports"),
        &project.path().join("reports"),
    );
    project
}

/// The sample's YAML as `lawrpt import` writes it back from an output: without its header
/// comment and its indicators, which no rendered output holds.
pub fn sample_as_imported() -> String {
    let sample =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/2024.yaml"))
            .unwrap();
    let body: Vec<&str> = sample
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .take_while(|l| *l != "indicators:")
        .collect();
    body.join("\n") + "\n"
}

/// What one of poppler's tools (pdfinfo, pdffonts, pdftotext) says of a PDF.
pub fn poppler(tool: &str, pdf: &Path, args: &[&str]) -> String {
    let mut command = Command::new(tool);
    command.args(args).arg(pdf);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let run = command
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) runs: {e}"));
    assert!(run.status.success(), "{tool}: {}", stderr(&run));
    String::from_utf8_lossy(&run.stdout).into_owned()
}

/// The first of these programs found on `PATH`.
pub fn on_path(names: &[&str]) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        names
            .iter()
            .map(|name| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// A test that needs `tools` returns without them, saying so, except on CI, which installs
/// them (`.ci/run`): there their absence fails.
// The skip is said where the test's output goes.
#[allow(clippy::print_stderr)]
pub fn skipped(tools: &str, what: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must provide {tools}: .ci/run installs them"
    );
    eprintln!("no {tools} here: {what} is skipped (.ci/run runs it)");
}

/// An optional output (`report.pdf`, `report.docx`) of 2024, published in both scripts, once
/// it is turned off: a build reports it stale (`why`: "PDF output is off"), `--check` lists
/// both scripts' files, `--prune` removes them. `build` runs lawrpt in the project.
pub fn assert_stale_then_pruned(
    build: &dyn Fn(&[&str]) -> Output,
    out: &Path,
    ext: &str,
    why: &str,
) {
    let run = build(&["build", "2024", "--script", "both"]);
    assert_exit(&run, 0);
    let expected = format!("out/2024/report.{ext} is stale: {why} (remove it with --prune)");
    assert!(stderr(&run).contains(&expected), "{}", stderr(&run));
    let check = build(&["build", "2024", "--script", "both", "--check"]);
    assert_exit(&check, 1);
    assert_eq!(
        String::from_utf8_lossy(&check.stdout),
        format!("stale: out/2024/report.{ext}\nstale: out/2024/report.zh-Hans.{ext}\n")
    );
    let run = build(&["build", "2024", "--script", "both", "--prune"]);
    assert_exit(&run, 0);
    let removed = format!("removed out/2024/report.zh-Hans.{ext} ({why})");
    assert!(stderr(&run).contains(&removed), "{}", stderr(&run));
    for name in [format!("report.{ext}"), format!("report.zh-Hans.{ext}")] {
        assert!(
            !out.join("2024").join(&name).exists(),
            "{name} is still there"
        );
    }
}

/// What pdfinfo says of a PDF, field by field.
pub struct PdfInfo(pub String);

impl PdfInfo {
    pub fn of(pdf: &Path) -> PdfInfo {
        PdfInfo(poppler("pdfinfo", pdf, &[]))
    }

    /// A field's value (`"Pages:"`), empty when pdfinfo does not give it.
    pub fn field(&self, name: &str) -> String {
        self.0
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    }
}

/// The machine formats of `--format`, each printing one document (or, for `json-lines` and
/// `github`, lines) on standard output.
pub const MACHINE_FORMATS: [&str; 6] = ["json", "json-lines", "github", "gitlab", "sarif", "junit"];

/// Whether `stdout` is exactly what `format` prints and nothing else: one JSON document of
/// its kind, JSON lines ending with the summary, workflow commands, or one XML report.
pub fn parse_machine(format: &str, stdout: &str) -> Result<(), String> {
    let json =
        |text: &str| serde_json::from_str::<serde_json::Value>(text).map_err(|e| e.to_string());
    match format {
        "json" => {
            let document = json(stdout)?;
            (document["schema"] == "lawrpt-diagnostics/1")
                .then_some(())
                .ok_or("no schema".into())
        }
        "json-lines" => {
            let lines: Vec<serde_json::Value> =
                stdout.lines().map(json).collect::<Result<_, _>>()?;
            let kinds: Vec<&str> = lines
                .iter()
                .map(|l| l["type"].as_str().unwrap_or(""))
                .collect();
            let (last, rest) = kinds.split_last().ok_or("no lines")?;
            let known = rest
                .iter()
                .all(|k| ["year", "diagnostic", "difference"].contains(k));
            (*last == "summary" && known)
                .then_some(())
                .ok_or(format!("line types {kinds:?}"))
        }
        "github" => stdout
            .lines()
            .all(|l| l.starts_with("::error ") || l.starts_with("::warning "))
            .then_some(())
            .ok_or("a line that is not a workflow command".into()),
        "gitlab" => json(stdout)?
            .is_array()
            .then_some(())
            .ok_or("not an array".into()),
        "sarif" => (json(stdout)?["version"] == "2.1.0")
            .then_some(())
            .ok_or("not SARIF 2.1.0".into()),
        "junit" => {
            let text = stdout.strip_suffix('\n').ok_or("no final newline")?;
            let document = roxmltree::Document::parse(text).map_err(|e| e.to_string())?;
            (document.root_element().tag_name().name() == "testsuites")
                .then_some(())
                .ok_or("not <testsuites>".into())
        }
        other => Err(format!("no format {other}")),
    }
}

/// The value of a `run:` key on this line (`run: …` or `- run: …`), without a trailing
/// comment or surrounding quotes.
fn run_value(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let line = line.strip_prefix("- ").unwrap_or(line).trim_start();
    let value = line.strip_prefix("run:")?;
    let value = value.find(" #").map_or(value, |comment| &value[..comment]);
    let value = value.trim();
    let unquoted = ["\"", "'"]
        .iter()
        .find_map(|q| value.strip_prefix(q)?.strip_suffix(q));
    Some(unquoted.unwrap_or(value))
}

/// The arguments of every one-line `run: lawrpt …` step of a GitHub workflow or action, in
/// order.
pub fn run_lawrpt_lines(workflow: &str) -> Vec<Vec<String>> {
    workflow
        .lines()
        .filter_map(run_value)
        .filter_map(|command| command.strip_prefix("lawrpt "))
        .map(|args| args.split_whitespace().map(str::to_string).collect())
        .collect()
}
