//! Which file of the site a request's path names, if any. Everything that could reach past
//! the site's folder is refused before the file system is asked: `..` and `.` segments,
//! hidden names (the manifest), backslashes, drive letters, NUL, and their percent-encoded
//! forms (`%2e%2e`, `%2f`, `%5c`); what is left is resolved (symlinks too) and must still
//! be inside the folder.

use std::fs;
use std::path::{Path, PathBuf};

use percent_encoding::percent_decode_str;

/// What a request's path leads to.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A file inside the site, resolved.
    File(PathBuf),
    /// A folder asked for without its `/`, or a folder whose page has another name: where the
    /// browser should go instead (relative links on the page land only from there).
    Redirect(String),
    NotFound,
}

/// The pages a folder of the site stands for, in the order looked for.
const FOLDER_PAGES: [&str; 2] = ["index.html", "report.html"];

/// Resolves `url` (a request target: path, then perhaps `?query`) against `root`, which
/// must already be canonical.
pub fn resolve(root: &Path, url: &str) -> Target {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let Some(relative) = path.strip_prefix('/') else {
        return Target::NotFound;
    };
    // Each segment decoded by itself, so that an encoded `/` (`%2f`) cannot make one.
    let mut file = root.to_path_buf();
    let mut raw = Vec::new();
    for segment in relative.split('/').filter(|s| !s.is_empty()) {
        let Ok(decoded) = percent_decode_str(segment).decode_utf8() else {
            return Target::NotFound;
        };
        if !safe_segment(&decoded) {
            return Target::NotFound;
        }
        file.push(&*decoded);
        raw.push(segment);
    }
    // Symlinks and anything else the file system does to a path: what it resolves to must
    // still be inside the site.
    let Ok(real) = fs::canonicalize(&file) else {
        return Target::NotFound;
    };
    if !real.starts_with(root) {
        return Target::NotFound;
    }
    let slash = path.ends_with('/');
    if real.is_file() {
        return if slash {
            Target::NotFound
        } else {
            Target::File(real)
        };
    }
    if !real.is_dir() {
        return Target::NotFound;
    }
    let Some(page) = FOLDER_PAGES.iter().find(|page| real.join(page).is_file()) else {
        return Target::NotFound;
    };
    // Rebuilt from the segments: `//host/` must not become a redirect to another site.
    let folder: String = raw.iter().map(|s| format!("/{s}")).collect::<String>() + "/";
    match (*page, slash) {
        // Resolved again, so that a symlinked index.html is judged like any other file.
        ("index.html", true) => resolve(root, &format!("{folder}index.html")),
        ("index.html", false) => Target::Redirect(folder),
        _ => Target::Redirect(format!("{folder}{page}")),
    }
}

/// A segment of a path that names a file or folder beneath the current one, and nothing else
/// on any system: not `.`/`..`, not hidden, no separator (an encoded `/`, or `\\`), no drive letter
/// or stream (`C:`, `file:stream`), no control character.
fn safe_segment(segment: &str) -> bool {
    !segment.starts_with('.')
        && !segment
            .chars()
            .any(|c| c == '/' || c == '\\' || c == ':' || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(dir.path()).unwrap();
        fs::create_dir_all(root.join("2024")).unwrap();
        fs::create_dir_all(root.join("diff")).unwrap();
        fs::write(root.join("index.html"), "index").unwrap();
        fs::write(root.join("2024/report.html"), "report").unwrap();
        fs::write(root.join("2024/report 2.txt"), "spaced").unwrap();
        fs::write(root.join(".lawrpt-manifest.json"), "{}").unwrap();
        (dir, root)
    }

    #[test]
    fn files_of_the_site_are_found_and_folders_lead_to_their_page() {
        let (_dir, root) = site();
        let file = |p: &str| Target::File(root.join(p));
        assert_eq!(resolve(&root, "/index.html"), file("index.html"));
        assert_eq!(resolve(&root, "/"), file("index.html"));
        assert_eq!(resolve(&root, "/?x=1"), file("index.html"));
        assert_eq!(
            resolve(&root, "/2024/report.html?t=2#p"),
            file("2024/report.html")
        );
        assert_eq!(
            resolve(&root, "/2024/report%202.txt"),
            file("2024/report 2.txt")
        );
        assert_eq!(
            resolve(&root, "//2024//report.html"),
            file("2024/report.html")
        );
        assert_eq!(
            resolve(&root, "/2024"),
            Target::Redirect("/2024/report.html".into())
        );
        assert_eq!(
            resolve(&root, "/2024/"),
            Target::Redirect("/2024/report.html".into())
        );
        assert_eq!(resolve(&root, "/diff/"), Target::NotFound);
        assert_eq!(
            resolve(&root, "//2024"),
            Target::Redirect("/2024/report.html".into())
        );
    }

    #[test]
    fn nothing_outside_the_site_nor_hidden_in_it_is_found() {
        let (_dir, root) = site();
        for url in [
            "/../etc/passwd",
            "/2024/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/2024/%2e%2e/%2e%2e/etc/passwd",
            "/..%5c..%5cetc%5cpasswd",
            "/./index.html",
            "/.lawrpt-manifest.json",
            "/%2elawrpt-manifest.json",
            "/C:/Windows/win.ini",
            "/index.html%00.txt",
            "/%ff",
            "etc/passwd",
            "http://example.com/index.html",
            "/nothing.html",
            "/2024/report.html/",
            "/2024%2freport.html",
        ] {
            assert_eq!(resolve(&root, url), Target::NotFound, "{url}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_that_leads_out_of_the_site_is_not_followed() {
        let (_dir, root) = site();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.txt"), "secret").unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("out")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), root.join("s.txt")).unwrap();
        std::os::unix::fs::symlink(root.join("index.html"), root.join("inside.html")).unwrap();
        assert_eq!(resolve(&root, "/out/secret.txt"), Target::NotFound);
        assert_eq!(resolve(&root, "/s.txt"), Target::NotFound);
        assert_eq!(resolve(&root, "/out/"), Target::NotFound);
        assert_eq!(
            resolve(&root, "/inside.html"),
            Target::File(root.join("index.html"))
        );
    }
}
