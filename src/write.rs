//! Writing a year's outputs into `<out>/<year>/`, safely.
//!
//! Called only after every output of the year rendered, so a failed build writes nothing.
//! Each file is written to a temporary file beside it and renamed over the old one: a reader
//! or an interrupted build sees the old file or the new, never half of one. A file whose
//! content is unchanged is not rewritten. Nothing is written outside the output folder: the
//! year folder and the files must not be links that lead elsewhere.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::render::Output;

/// Writes the rendered outputs of `year` and returns the paths written (unchanged files
/// included), relative to nothing: `out` joined with the year and file name.
pub fn write_year(
    out: &Path,
    year: &str,
    files: &[(Output, String)],
) -> Result<Vec<PathBuf>, Error> {
    fs::create_dir_all(out).map_err(|e| Error::io("create the output folder", out, e))?;
    let real_out =
        fs::canonicalize(out).map_err(|e| Error::io("open the output folder", out, e))?;
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
    let mut written = Vec::new();
    for (output, text) in files {
        let path = dir.join(output.file);
        if let Ok(meta) = fs::symlink_metadata(&path)
            && meta.file_type().is_symlink()
        {
            return Err(Error::OutsideOutput {
                path,
                out: out.to_path_buf(),
            });
        }
        if fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            written.push(path);
            continue;
        }
        let prefix = format!(".{}.", output.file);
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
            .tempfile_in(&dir)
            .map_err(|e| Error::io("write in", &dir, e))?;
        temp.write_all(text.as_bytes())
            .and_then(|()| temp.flush())
            .map_err(|e| Error::io("write", &path, e))?;
        temp.persist(&path)
            .map_err(|e| Error::io("write", &path, e.error))?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::OUTPUTS;

    fn files(text: &str) -> Vec<(Output, String)> {
        OUTPUTS
            .iter()
            .map(|o| (*o, format!("{text} {}", o.file)))
            .collect()
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
