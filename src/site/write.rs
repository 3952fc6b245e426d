//! Writing into the output folder, safely.
//!
//! Called only after every output of a year rendered, so a failed build writes nothing.
//! Each file is written to a temporary file beside it and renamed over the old one: a reader
//! or an interrupted build sees the old file or the new, never half of one. A file whose
//! content is unchanged is not rewritten. Nothing is written outside the output folder: the
//! year folder and the files must not be links that lead elsewhere.

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// What [`write_year`] wrote.
#[derive(Debug)]
pub struct Written {
    pub files: Vec<PathBuf>,
    /// The year's folder was made for them: nothing else is in it.
    pub fresh: bool,
}

/// Writes the rendered outputs of `year`, each a file name and its text, into `out/<year>/`.
pub fn write_year(
    out: &Path,
    year: &str,
    files: &[(String, impl AsRef<[u8]>)],
) -> Result<Written, Error> {
    let folder = year_dir(out, year)?;
    if !folder.fresh {
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        sweep_temporaries(&folder.path, &names);
    }
    let mut written = Vec::new();
    for (name, text) in files {
        folder.write(name, text)?;
        written.push(folder.path.join(name));
    }
    Ok(Written {
        files: written,
        fresh: folder.fresh,
    })
}

/// A folder of the output folder, ready to write into.
#[derive(Debug)]
pub struct Folder {
    /// As the user named it, for messages.
    pub path: PathBuf,
    /// The same made absolute once, for the temporary files (which `tempfile` would otherwise
    /// make absolute each, asking for the working folder every time).
    absolute: PathBuf,
    /// Made by this run a moment ago: it holds nothing to compare with or sweep.
    fresh: bool,
}

impl Folder {
    /// Writes `name` in the folder atomically, unless it already holds exactly `content`.
    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> Result<(), Error> {
        let content = content.as_ref();
        if !self.fresh && unchanged(&self.path, name, content)? {
            return Ok(());
        }
        replace(&self.path, &self.absolute, name, content)
    }
}

/// `out/<name>/`, created if need be (and `out` with it), refused if it is not a real folder.
///
/// A folder of the output folder is in it unless it is a link: a link is refused, whatever it
/// leads to. One `mkdir` when the folder is new; a `stat` besides when it was there.
pub fn year_dir(out: &Path, name: &str) -> Result<Folder, Error> {
    let dir = out.join(name);
    let made = match fs::create_dir(&dir) {
        Err(e) if e.kind() == ErrorKind::AlreadyExists => false,
        Ok(()) => true,
        // No output folder yet, or something in the way: said of the folder at fault.
        Err(_) => {
            fs::create_dir_all(out).map_err(|e| Error::io("create-output", out, e))?;
            match fs::create_dir(&dir) {
                Ok(()) => true,
                Err(e) if e.kind() == ErrorKind::AlreadyExists => false,
                Err(e) => return Err(Error::io("create", &dir, e)),
            }
        }
    };
    if !made {
        // `symlink_metadata` says a link is a link, not the folder it leads to.
        let real_folder = fs::symlink_metadata(&dir).is_ok_and(|meta| meta.is_dir());
        if !real_folder {
            return Err(Error::OutsideOutput {
                path: dir,
                out: out.to_path_buf(),
            });
        }
    }
    Ok(Folder {
        absolute: std::path::absolute(&dir).unwrap_or_else(|_| dir.clone()),
        path: dir,
        fresh: made,
    })
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
    // The lock file alone is what a killed first build may leave: not someone else's.
    let foreign = fs::read_dir(&real)
        .map(|entries| {
            entries
                .flatten()
                .any(|entry| entry.file_name().to_str() != Some(crate::site::lock::FILE))
        })
        .unwrap_or(false)
        && !real.join(crate::site::manifest::FILE).is_file();
    if foreign {
        return Err(refuse("foreign"));
    }
    Ok(())
}

/// Writes `dir/name` atomically, unless it already holds exactly `content`.
pub fn write_file(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> Result<(), Error> {
    let content = content.as_ref();
    if unchanged(dir, name, content)? {
        return Ok(());
    }
    replace(dir, dir, name, content)
}

/// Whether `dir/name` holds exactly `content`: read only when its size is the content's.
/// A link there is refused: the file is replaced, never written through.
fn unchanged(dir: &Path, name: &str, content: &[u8]) -> Result<bool, Error> {
    let path = dir.join(name);
    let Ok(meta) = fs::symlink_metadata(&path) else {
        return Ok(false);
    };
    if meta.file_type().is_symlink() {
        return Err(Error::OutsideOutput {
            path,
            out: dir.to_path_buf(),
        });
    }
    let same_size = meta.is_file() && meta.len() == content.len() as u64;
    Ok(same_size && fs::read(&path).is_ok_and(|old| old == content))
}

/// Writes `content` to a temporary file in `dir` (`absolute` is the same folder) and renames
/// it to `name`: a reader sees the old file or the new one, never half of one.
fn replace(dir: &Path, absolute: &Path, name: &str, content: &[u8]) -> Result<(), Error> {
    let path = dir.join(name);
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
    let temp = match builder.tempfile_in(absolute) {
        Err(e) if e.kind() == ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
            builder.tempfile_in(absolute)
        }
        made => made,
    };
    let mut temp = temp.map_err(|e| Error::io("write", &path, bare(e)))?;
    temp.as_file_mut()
        .write_all(content)
        .map_err(|e| Error::io("write", &path, e))?;
    temp.persist(absolute.join(name))
        .map_err(|e| Error::io("write", &path, bare(e.error)))?;
    Ok(())
}

/// The system's error under tempfile's, which names the temporary file (`No space left on
/// device (os error 28) at path "out/2024/.report.md.x1Y2z3.tmp"`): the message names the
/// output, and the temporary file is gone by the time anyone reads it. tempfile keeps the
/// system's error only as text (its source is not given out), so the text is cut there.
fn bare(error: std::io::Error) -> std::io::Error {
    if error.get_ref().is_none() {
        return error;
    }
    match error.to_string().split_once(" at path \"") {
        Some((system, _)) => std::io::Error::new(error.kind(), system.to_string()),
        None => error,
    }
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
        let written = write_year(out.path(), "2024", &files("new")).unwrap().files;
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
    fn a_folder_made_now_is_fresh_and_one_found_is_not_and_is_swept() {
        let parent = tempfile::tempdir().unwrap();
        // The output folder itself is made with the first year's.
        let out = parent.path().join("out");
        let first = write_year(&out, "2024", &files("new")).unwrap();
        assert!(first.fresh);
        fs::write(out.join("2024/.report.md.k1lled.tmp"), "half").unwrap();
        let again = write_year(&out, "2024", &files("new")).unwrap();
        assert!(!again.fresh);
        assert!(!out.join("2024/.report.md.k1lled.tmp").exists());
        assert_eq!(again.files, first.files);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_that_holds_its_content_already_is_left_as_it_is() {
        use std::os::unix::fs::MetadataExt;
        let out = tempfile::tempdir().unwrap();
        write_year(out.path(), "2024", &files("same")).unwrap();
        let inode = |name: &str| {
            fs::metadata(out.path().join("2024").join(name))
                .unwrap()
                .ino()
        };
        let before = inode("report.md");
        write_year(out.path(), "2024", &files("same")).unwrap();
        assert_eq!(inode("report.md"), before, "not replaced");
        // Same length, other bytes: replaced.
        write_year(out.path(), "2024", &files("sane")).unwrap();
        assert_ne!(inode("report.md"), before);
        assert_eq!(
            fs::read_to_string(out.path().join("2024/report.md")).unwrap(),
            "sane report.md"
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
