//! The `serve_path` target's run and oracle: shared by the fuzz crate and by
//! `tests/fuzz_corpus.rs` in lawrpt's own tests (through `#[path]`). Needs lawrpt and std.

use std::sync::OnceLock;

use lawrpt::serve::path::{self, Target};

/// A site to resolve requests against, made once: pages, a hidden file, a link out of the
/// site and one inside it. Every run makes the same one in the same place, so what is left
/// in the temporary folder is one small site, not one per run (the runs never change it).
fn site() -> &'static std::path::Path {
    static SITE: OnceLock<std::path::PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let base = std::env::temp_dir().join("lawrpt-fuzz-site");
        let root = base.join("site");
        let made = (|| -> std::io::Result<std::path::PathBuf> {
            std::fs::create_dir_all(root.join("2024"))?;
            std::fs::create_dir_all(root.join("diff"))?;
            std::fs::create_dir_all(base.join("secret"))?;
            std::fs::write(root.join("index.html"), "index")?;
            std::fs::write(root.join("2024/report.html"), "report")?;
            std::fs::write(root.join("2024/report 2.txt"), "spaced")?;
            std::fs::write(root.join("diff/2023-2024.html"), "diff")?;
            std::fs::write(root.join(".lawrpt-manifest.json"), "{}")?;
            std::fs::write(base.join("secret/passwd"), "secret")?;
            #[cfg(unix)]
            {
                let _ = std::os::unix::fs::symlink(base.join("secret"), root.join("out"));
                let _ =
                    std::os::unix::fs::symlink(root.join("index.html"), root.join("inside.html"));
            }
            std::fs::canonicalize(&root)
        })();
        made.expect("the fuzz site is made in the temporary folder")
    })
}

/// Any request target → `serve`'s path resolution: a file inside the site, not hidden; or a
/// redirect to a path of the same site that resolves to a file; or nothing.
pub fn serve_path(data: &[u8]) {
    let root = site();
    let url = String::from_utf8_lossy(data);
    match path::resolve(root, &url) {
        Target::File(file) => {
            let inside = file.strip_prefix(root).unwrap_or_else(|_| {
                panic!("{url:?} resolved outside the site: {}", file.display())
            });
            assert!(file.is_file(), "{url:?} resolved to a non-file");
            assert!(
                inside
                    .components()
                    .all(|c| !c.as_os_str().to_string_lossy().starts_with('.')),
                "{url:?} resolved to a hidden file: {}",
                file.display()
            );
        }
        Target::Redirect(location) => {
            assert!(
                location.starts_with('/') && !location.starts_with("//"),
                "{url:?} redirects off the site: {location:?}"
            );
            assert!(
                matches!(path::resolve(root, &location), Target::File(_)),
                "{url:?} redirects to {location:?}, which is no file"
            );
        }
        Target::NotFound => {}
    }
}
