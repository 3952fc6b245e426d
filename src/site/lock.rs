//! One build at a time in an output folder, the way cargo keeps one build at a time in
//! `target/`.
//!
//! A build holds an advisory lock on `out/.lawrpt-lock` (the standard library's `File::lock`:
//! `flock` on Unix, `LockFileEx` on Windows; the kernel drops it when the process ends, however
//! it ends) from before it reads the manifest until it has written its last file. Two builds on
//! one project — two CI jobs on one workspace, a terminal beside an editor's build-on-save —
//! take turns instead of sweeping each other's temporary files: whatever temporary file a
//! build finds, holding the lock, is a dead build's. `check` and `build --check` only read and
//! take no lock.
//!
//! The lock file is the only file a build makes before it knows it will write: a build that
//! made `out/` for it and wrote nothing else (every year failed) removes both on the way out,
//! so a failed first build still leaves no `out/`. Since a waiting build may then hold a lock
//! on a file no longer there, a lock counts only once the file at the path is the one locked.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::time::Duration;

use same_file::Handle;

use crate::error::Error;

/// The lock file's name in the output folder.
pub const FILE: &str = ".lawrpt-lock";

/// How often a waiting build tries again (it also looks for Ctrl-C then).
const POLL: Duration = Duration::from_millis(50);

/// The lock on an output folder, released when dropped.
#[derive(Debug)]
pub struct Lock {
    /// `None` where the file system has no locks (some network shares): the build goes on
    /// unlocked, as cargo does there.
    file: Option<File>,
    dir: PathBuf,
    /// This build made the folder.
    made: bool,
}

/// How the lock was had.
#[derive(Debug)]
pub enum Held {
    /// At once, or after the wait that `waiting` was told of.
    Locked(Lock),
    /// The file system refused to lock (the error): the build goes on without.
    Unsupported(Lock, io::Error),
}

/// Locks `out` (made if need be) for writing. When another build holds it, calls `waiting`
/// once and waits, unless `wait` is false (then [`Error::Locked`]); a signal during the wait
/// gives [`Error::Interrupted`].
pub fn lock(
    out: &Path,
    wait: bool,
    mut waiting: impl FnMut() -> io::Result<()>,
) -> Result<Held, Error> {
    let path = out.join(FILE);
    let mut told = false;
    loop {
        let made = match fs::symlink_metadata(out) {
            Ok(_) => false,
            Err(_) => {
                fs::create_dir_all(out).map_err(|e| Error::io("create-output", out, e))?;
                true
            }
        };
        // A link in the lock file's place is refused: nothing is opened through it.
        if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Error::OutsideOutput {
                path,
                out: out.to_path_buf(),
            });
        }
        let file = open(&path)?;
        let unlocked = |error| {
            Held::Unsupported(
                Lock {
                    file: None,
                    dir: out.to_path_buf(),
                    made,
                },
                error,
            )
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) if !wait => {
                return Err(Error::Locked {
                    out: out.to_path_buf(),
                });
            }
            Err(TryLockError::WouldBlock) => {
                if !told {
                    told = true;
                    waiting().map_err(|e| Error::io("write-terminal", "", e))?;
                }
                loop {
                    if crate::interrupt::requested() {
                        return Err(Error::Interrupted);
                    }
                    std::thread::sleep(POLL);
                    match file.try_lock() {
                        Ok(()) => break,
                        Err(TryLockError::WouldBlock) => {}
                        Err(TryLockError::Error(error)) => return Ok(unlocked(error)),
                    }
                }
            }
            Err(TryLockError::Error(error)) => return Ok(unlocked(error)),
        }
        // The build that held it may have removed the file on its way out (it had made the
        // folder and written nothing): then the lock is on nothing, and the path is tried again.
        if is_same(&file, &path) {
            return Ok(Held::Locked(Lock {
                file: Some(file),
                dir: out.to_path_buf(),
                made,
            }));
        }
    }
}

/// The lock file, made if need be, opened to read: a lock needs no more, and a file open for
/// writing would keep the folder's file system from being made read-only while a build runs.
fn open(path: &Path) -> Result<File, Error> {
    match File::open(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .and_then(|_| File::open(path)),
        opened => opened,
    }
    .map_err(|e| Error::io("write", path, e))
}

fn is_same(file: &File, path: &Path) -> bool {
    let Ok(clone) = file.try_clone() else {
        return false;
    };
    match (Handle::from_file(clone), Handle::from_path(path)) {
        (Ok(locked), Ok(there)) => locked == there,
        _ => false,
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // A folder this build made and left holding only the lock file goes, lock file first
        // (while locked, so no build can have taken it in between).
        if self.made {
            let only_the_lock = fs::read_dir(&self.dir).is_ok_and(|entries| {
                entries
                    .flatten()
                    .all(|entry| entry.file_name().to_str() == Some(FILE))
            });
            if only_the_lock {
                let _ = fs::remove_file(self.dir.join(FILE));
                let _ = fs::remove_dir(&self.dir);
            }
        }
        if let Some(file) = self.file.take() {
            let _ = file.unlock();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locked(held: Held) -> Lock {
        match held {
            Held::Locked(lock) => lock,
            Held::Unsupported(_, error) => panic!("no lock: {error}"),
        }
    }

    #[test]
    fn a_second_lock_on_the_folder_waits_or_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let first = locked(lock(&out, true, || panic!("nothing to wait for")).unwrap());
        assert!(out.join(FILE).is_file());
        let refused = lock(&out, false, || panic!("--no-wait does not wait"));
        assert!(matches!(refused, Err(Error::Locked { .. })), "{refused:?}");
        // Released on another thread after a moment: the waiting lock is told once, then had.
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            // Something written: the folder stays.
            fs::write(first.dir.join("index.html"), "<p>").unwrap();
            drop(first);
        });
        let mut told = 0;
        let second = locked(
            lock(&out, true, || {
                told += 1;
                Ok(())
            })
            .unwrap(),
        );
        release.join().unwrap();
        assert_eq!(told, 1);
        assert!(!second.made);
        drop(second);
        assert!(
            out.join(FILE).is_file(),
            "a folder with outputs keeps its lock file"
        );
    }

    #[test]
    fn a_folder_made_for_the_lock_alone_goes_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        drop(locked(lock(&out, true, || Ok(())).unwrap()));
        assert!(!out.exists());
        // A folder that was there stays, and so does its lock file.
        fs::create_dir(&out).unwrap();
        drop(locked(lock(&out, true, || Ok(())).unwrap()));
        assert!(out.join(FILE).is_file());
    }

    #[test]
    fn a_lock_on_a_removed_file_is_taken_again() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let lock_file = out.join(FILE);
        let first = locked(lock(&out, true, || Ok(())).unwrap());
        let stale = File::open(&lock_file).unwrap();
        assert!(is_same(&stale, &lock_file));
        drop(first);
        assert!(!is_same(&stale, &lock_file), "the folder and its file went");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_the_lock_files_place_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir(&out).unwrap();
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), out.join(FILE)).unwrap();
        let refused = lock(&out, true, || Ok(()));
        assert!(
            matches!(refused, Err(Error::OutsideOutput { .. })),
            "{refused:?}"
        );
        assert!(!dir.path().join("elsewhere").exists());
    }
}
