//! The output folder's disk fails under a build (issue 18): full, or made read-only while the
//! build runs. Each time: exit 2, one message for each file that could not be written, naming
//! it, no temporary file left, every file the last good build's or the new one's, whole, and
//! the next build on a good disk complete.
//!
//! A size-limited tmpfs needs `mount`, which needs root (CI runs as root): elsewhere each test
//! says it was skipped and why, on standard error, instead of passing in silence.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{assert_exit, lawrpt_command, many_years, stderr};

/// The files of a site by path, with their bytes.
type Files = BTreeMap<PathBuf, Vec<u8>>;

/// A tmpfs mounted for one test, unmounted when dropped.
struct Disk {
    dir: tempfile::TempDir,
}

impl Disk {
    /// A tmpfs of `size` (as mount takes it: `200k`), or why there can be none here.
    fn mount(size: &str) -> Result<Disk, String> {
        let dir = tempfile::tempdir().unwrap();
        let run = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .map_err(|e| format!("mount could not be run: {e}"))?;
        if !run.status.success() {
            return Err(format!(
                "mount -t tmpfs failed (it needs root): {}",
                String::from_utf8_lossy(&run.stderr).trim()
            ));
        }
        Ok(Disk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `mount -o remount,OPTIONS`: whether it took (a file open for writing keeps a file
    /// system from turning read-only).
    fn remount(&self, options: &str) -> bool {
        Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.dir.path())
            .output()
            .is_ok_and(|run| run.status.success())
    }
}

impl Drop for Disk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// A project of `years` years of the clean sample, each year's text marked `edition`.
fn project(years: std::ops::Range<i32>, edition: &str) -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    many_years(project.path(), years, edition);
    project
}

fn build(project: &Path, out: &Path, extra: &[&str]) -> Output {
    build_command(project, out, extra).output().unwrap()
}

/// `lawrpt build --quiet --out OUT` with `extra`, in `project`.
fn build_command(project: &Path, out: &Path, extra: &[&str]) -> Command {
    let mut command = lawrpt_command(project, "en", &["build", "--quiet", "--out"]);
    command.arg(out).args(extra);
    command
}

/// Every file under `dir` by path, with its bytes; names starting with a dot (the manifest,
/// the lock, temporary files) listed apart.
fn files(dir: &Path) -> (Files, Vec<String>) {
    let (mut files, mut hidden) = (BTreeMap::new(), Vec::new());
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).unwrap().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else if name.starts_with('.') {
                hidden.push(name);
            } else {
                files.insert(
                    path.strip_prefix(dir).unwrap().to_path_buf(),
                    fs::read(&path).unwrap(),
                );
            }
        }
    }
    (files, hidden)
}

/// The files each `error: cannot write PATH: …` line names, checked to be under `out`, each
/// named once.
fn failed_files(messages: &str, out: &Path, cause: &str) -> Vec<PathBuf> {
    let mut named = Vec::new();
    for line in messages.lines().filter(|l| l.starts_with("error:")) {
        let rest = line
            .strip_prefix("error: cannot write ")
            .unwrap_or_else(|| panic!("not a write error: {line}"));
        let (path, why) = rest.split_once(": ").unwrap();
        assert!(why.starts_with(cause), "{line}");
        assert!(
            !line.contains(".tmp\"") && !line.contains("at path"),
            "names a temporary file: {line}"
        );
        let path = PathBuf::from(path);
        assert!(path.starts_with(out), "{line}");
        assert!(!named.contains(&path), "named twice: {line}");
        named.push(path);
    }
    assert!(!named.is_empty(), "no file named: {messages}");
    named
}

/// What a build on a good disk writes of `project` (its files by path, the hidden ones aside).
fn built_elsewhere(project: &Path) -> Files {
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("site");
    assert_exit(&build(project, &out, &["--all"]), 0);
    files(&out).0
}

/// A build the disk failed under: exit 2, each file it could not write named once for
/// `cause`, no temporary file left, each file named still the last good build's, and every
/// file there wholly the last good build's (`before`) or wholly the new one (`after`).
fn assert_failed_cleanly(run: &Output, out: &Path, cause: &str, (before, after): (&Files, &Files)) {
    assert_exit(run, 2);
    let failed = failed_files(&stderr(run), out, cause);
    let (now, hidden) = files(out);
    assert!(
        hidden.iter().all(|name| !name.ends_with(".tmp")),
        "temporary files left: {hidden:?}"
    );
    for path in &failed {
        let relative = path.strip_prefix(out).unwrap();
        assert_eq!(
            now.get(relative),
            before.get(relative),
            "{} changed",
            path.display()
        );
    }
    for (path, bytes) in &now {
        assert!(
            before.get(path) == Some(bytes) || after.get(path) == Some(bytes),
            "{} is neither the last good build's file nor the new one",
            path.display()
        );
    }
}

#[test]
fn a_full_disk_fails_each_file_clearly_and_keeps_the_last_good_build() {
    let disk = match Disk::mount("200k") {
        Ok(disk) => disk,
        Err(why) => {
            eprintln!("skipped a_full_disk_…: {why}");
            return;
        }
    };
    let out = disk.path().join("site");
    let project = project(2015..2017, "旧");
    let p = project.path();
    assert_exit(&build(p, &out, &["--all"]), 0);
    let (good, _) = files(&out);

    // Ten years where two fit.
    many_years(p, 2015..2025, "新");
    let new = built_elsewhere(p);
    let run = build(p, &out, &["--all"]);
    assert_failed_cleanly(&run, &out, "No space left on device", (&good, &new));

    // Room again: the next build completes, and `--check` finds the site whole.
    assert!(disk.remount("size=20m"));
    assert_exit(&build(p, &out, &["--all"]), 0);
    assert_exit(&build(p, &out, &["--all", "--check"]), 0);
}

#[test]
fn an_output_folder_made_read_only_mid_build_fails_clearly_and_recovers() {
    let disk = match Disk::mount("50m") {
        Ok(disk) => disk,
        Err(why) => {
            eprintln!("skipped an_output_folder_made_read_only_…: {why}");
            return;
        }
    };
    let out = disk.path().join("site");
    let years = 1800..1960;
    let project = project(years.clone(), "旧");
    let p = project.path();
    assert_exit(&build(p, &out, &["--all"]), 0);
    let (old, _) = files(&out);
    many_years(p, years.clone(), "新");
    let new = built_elsewhere(p);

    let mut turned_mid_build = false;
    for _ in 0..5 {
        let mut child = build_command(p, &out, &["--all"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Once the build has written its first new year, the disk turns read-only (as soon as
        // no file is open for writing on it).
        let first = out.join("1800/report.md");
        let started = Instant::now();
        let mut turned = false;
        while child.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(20) {
            let written =
                fs::read(&first).is_ok_and(|b| Some(&b) != old.get(Path::new("1800/report.md")));
            if written && disk.remount("ro") {
                turned = true;
                break;
            }
        }
        let run = child.wait_with_output().unwrap();
        if !turned || run.status.code() == Some(0) {
            // The build was done first: write the old text back and try again.
            assert!(disk.remount("rw"));
            many_years(p, years.clone(), "旧");
            assert_exit(&build(p, &out, &["--all"]), 0);
            many_years(p, years.clone(), "新");
            continue;
        }
        turned_mid_build = true;
        assert_failed_cleanly(&run, &out, "Read-only file system", (&old, &new));
        assert!(disk.remount("rw"));
        assert_exit(&build(p, &out, &["--all"]), 0);
        assert_exit(&build(p, &out, &["--all", "--check"]), 0);
        break;
    }
    assert!(
        turned_mid_build,
        "the disk never turned read-only while a build ran"
    );
}
