//! Writing into the output folder, safely.
//!
//! Called only after every output of a year rendered, so a failed build writes nothing.
//! Each file is written to a temporary file beside it and renamed over the old one: a reader
//! or an interrupted build sees the old file or the new, never half of one. A file whose
//! content is unchanged is not rewritten. Nothing is written outside the output folder: the
//! year folder and the files must not be links that lead elsewhere.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Writes the rendered outputs of `year`, each a file name and its text, into `out/<year>/`
/// and returns their paths.
pub fn write_year(
    out: &Path,
    year: &str,
    files: &[(String, impl AsRef<[u8]>)],
) -> Result<Vec<PathBuf>, Error> {
    let dir = year_dir(out, year)?;
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    sweep_temporaries(&dir, &names);
    let mut written = Vec::new();
    for (name, text) in files {
        write_file(&dir, name, text)?;
        written.push(dir.join(name));
    }
    Ok(written)
}

/// `out/<year>/`, created if need be, refused if it is not a real folder inside `out`.
pub fn year_dir(out: &Path, year: &str) -> Result<PathBuf, Error> {
    fs::create_dir_all(out).map_err(|e| Error::io("create-output", out, e))?;
    let real_out = fs::canonicalize(out).map_err(|e| Error::io("open-output", out, e))?;
    let dir = out.join(year);
    match fs::symlink_metadata(&dir) {
        Ok(meta) if meta.file_type().is_symlink() || !meta.is_dir() => {
            return Err(Error::OutsideOutput {
                path: dir,
                out: out.to_path_buf(),
            });
        }
        Ok(_) => {}
        Err(_) => fs::create_dir(&dir).map_err(|e| Error::io("create", &dir, e))?,
    }
    let real_dir = fs::canonicalize(&dir).map_err(|e| Error::io("open", &dir, e))?;
    if !real_dir.starts_with(&real_out) {
        return Err(Error::OutsideOutput {
            path: dir,
            out: out.to_path_buf(),
        });
    }
    Ok(dir)
}

/// A folder named with `--out` must be one lawrpt may fill: not the root of the file
/// system, not the project or a folder holding it, and not a folder of someone else's files
/// (one that exists, is not empty, and has no manifest of a lawrpt build).
pub fn check_output_folder(shown: &Path, out: &Path, project: &Path) -> Result<(), Error> {
    let refuse = |reason: &'static str| Error::UnsafeOutput {
        path: shown.to_path_buf(),
        reason,
    };
    let Ok(real) = fs::canonicalize(out) else {
        return Ok(()); // to be created
    };
    if real.parent().is_none() {
        return Err(refuse("root"));
    }
    if let Ok(root) = fs::canonicalize(project)
        && root.starts_with(&real)
    {
        return Err(refuse("project"));
    }
    let foreign = fs::read_dir(&real)
        .map(|mut entries| entries.next().is_some())
        .unwrap_or(false)
        && !real.join(crate::site::manifest::FILE).is_file();
    if foreign {
        return Err(refuse("foreign"));
    }
    Ok(())
}

/// Writes `dir/name` atomically, unless it already holds exactly `content`.
pub fn write_file(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> Result<(), Error> {
    let text = content.as_ref();
    let path = dir.join(name);
    if let Ok(meta) = fs::symlink_metadata(&path)
        && meta.file_type().is_symlink()
    {
        return Err(Error::OutsideOutput {
            path,
            out: dir.to_path_buf(),
        });
    }
    if fs::read(&path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A published file is readable by all, as any other file written here (less umask);
    // tempfile's default is private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(|e| Error::io("write-in", dir, e))?;
    temp.write_all(text)
        .and_then(|()| temp.flush())
        .map_err(|e| Error::io("write", &path, e))?;
    temp.persist(&path)
        .map_err(|e| Error::io("write", &path, e.error))?;
    Ok(())
}

/// Removes what a build killed mid-way left in `dir`: its temporary files (`.<name>.<random>.tmp`)
/// for the files named, or for any file when `names` is empty. The outputs themselves were
/// never half-written: each was renamed into place whole.
pub fn sweep_temporaries(dir: &Path, names: &[&str]) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let Some(middle) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
            continue;
        };
        let ours = if names.is_empty() {
            middle.contains('.')
        } else {
            names
                .iter()
                .any(|n| middle.strip_prefix(n).is_some_and(|r| r.starts_with('.')))
        };
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Removes the outputs lawrpt wrote for a year, and the year's folder once it is empty.
/// Files lawrpt did not write are left alone.
pub fn remove_year(out: &Path, year: &str, files: &[&str]) -> Result<(), Error> {
    let dir = out.join(year);
    if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Error::OutsideOutput {
            path: dir,
            out: out.to_path_buf(),
        });
    }
    for name in files {
        let path = dir.join(name);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io("remove", &path, e)),
        }
    }
    // Not empty: something of the user's is in it, which stays.
    let _ = fs::remove_dir(&dir);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::OUTPUTS;

    fn files(text: &str) -> Vec<(String, String)> {
        OUTPUTS
            .iter()
            .map(|o| (o.file.to_string(), format!("{text} {}", o.file)))
            .collect()
    }

    #[test]
    fn temporaries_a_killed_build_left_are_swept_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            ".report.html.a1B2c3.tmp",
            ".notes.txt.x.tmp",
            "report.html",
            ".hidden",
        ] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        sweep_temporaries(dir.path(), &["report.html"]);
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, [".hidden", ".notes.txt.x.tmp", "report.html"]);
        sweep_temporaries(dir.path(), &[]);
        assert!(!dir.path().join(".notes.txt.x.tmp").exists());
    }

    #[test]
    fn outputs_land_in_the_year_folder_and_leave_no_temporary_files() {
        let out = tempfile::tempdir().unwrap();
        let written = write_year(out.path(), "2024", &files("new")).unwrap();
        assert_eq!(written.len(), 3);
        let mut names: Vec<String> = fs::read_dir(out.path().join("2024"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["report.html", "report.md", "report.txt"]);
        assert_eq!(
            fs::read_to_string(out.path().join("2024/report.md")).unwrap(),
            "new report.md"
        );
        write_year(out.path(), "2024", &files("newer")).unwrap();
        assert_eq!(
            fs::read_to_string(out.path().join("2024/report.md")).unwrap(),
            "newer report.md"
        );
    }

    #[test]
    fn removing_a_year_keeps_what_lawrpt_did_not_write() {
        let out = tempfile::tempdir().unwrap();
        write_year(out.path(), "2021", &files("x")).unwrap();
        fs::write(out.path().join("2021/notes.txt"), "mine").unwrap();
        remove_year(
            out.path(),
            "2021",
            &["report.md", "report.html", "report.txt"],
        )
        .unwrap();
        assert!(out.path().join("2021/notes.txt").exists());
        assert!(!out.path().join("2021/report.md").exists());
        fs::remove_file(out.path().join("2021/notes.txt")).unwrap();
        write_year(out.path(), "2022", &files("x")).unwrap();
        remove_year(
            out.path(),
            "2022",
            &["report.md", "report.html", "report.txt"],
        )
        .unwrap();
        assert!(!out.path().join("2022").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_year_folder_linking_elsewhere_is_refused() {
        let out = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), out.path().join("2024")).unwrap();
        let error = write_year(out.path(), "2024", &files("x")).unwrap_err();
        assert!(matches!(error, Error::OutsideOutput { .. }));
        assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn an_output_file_linking_elsewhere_is_refused() {
        let out = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        fs::create_dir(out.path().join("2024")).unwrap();
        std::os::unix::fs::symlink(
            elsewhere.path().join("x"),
            out.path().join("2024/report.md"),
        )
        .unwrap();
        assert!(matches!(
            write_year(out.path(), "2024", &files("x")),
            Err(Error::OutsideOutput { .. })
        ));
        assert!(!elsewhere.path().join("x").exists());
    }
}
