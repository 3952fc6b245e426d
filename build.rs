//! Gives the binary an identity finer than its version: a hash of its own sources. A build's
//! manifest records it, so a year built by another lawrpt (a newer commit with the same
//! version number, during development) is built again rather than trusted.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::Hasher;
use std::path::Path;

fn main() {
    let mut hasher = DefaultHasher::new();
    for dir in ["src", "templates"] {
        println!("cargo:rerun-if-changed={dir}");
        hash_dir(Path::new(dir), &mut hasher);
    }
    println!("cargo:rerun-if-changed=Cargo.lock");
    if let Ok(lock) = fs::read("Cargo.lock") {
        hasher.write(&lock);
    }
    println!("cargo:rustc-env=LAWRPT_BUILD_ID={:016x}", hasher.finish());
}

fn hash_dir(dir: &Path, hasher: &mut DefaultHasher) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            hash_dir(&path, hasher);
        } else if let Ok(bytes) = fs::read(&path) {
            hasher.write(path.to_string_lossy().as_bytes());
            hasher.write(&bytes);
        }
    }
}
