//! The build manifest, `out/.lawrpt-manifest.json`: for each year built, the hashes of its
//! inputs and outputs and what the index shows of it.
//!
//! A year whose inputs hash the same as last time (its YAML, the project's lawrpt.toml and
//! templates, lawrpt's version, its neighbouring years) and whose outputs are still there is
//! not built again. The YAML's size and modification time are kept too, so an unchanged file
//! need not even be read; when they differ the content hash decides. The manifest is a cache of
//! this machine's builds: `build --check` ignores it, and a repository that commits `out/` can
//! leave it out.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::render::hash::hash;

pub const FILE: &str = ".lawrpt-manifest.json";
const SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema: u32,
    pub lawrpt: String,
    pub years: BTreeMap<String, Entry>,
}

/// One year as last built.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Hash of everything but the YAML that the outputs depend on.
    pub context: String,
    /// Hash of the YAML's bytes.
    pub source: String,
    /// The YAML's size and modification time when it was hashed.
    pub stamp: Stamp,
    /// Each output file's hash and size.
    pub files: BTreeMap<String, FileStamp>,
    pub title: String,
    pub authority: Option<String>,
    pub issued: Option<String>,
    pub lang: String,
    pub warnings: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub len: u64,
    pub modified_ns: u128,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub hash: String,
    pub len: u64,
}

impl FileStamp {
    /// The stamp of a file's content.
    pub fn of(bytes: &[u8]) -> FileStamp {
        FileStamp {
            hash: hash(&[bytes]),
            len: bytes.len() as u64,
        }
    }
}

impl Stamp {
    /// The size and modification time of a file, if it can be read.
    pub fn of(path: &Path) -> Option<Stamp> {
        let metadata = fs::metadata(path).ok()?;
        let modified = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stamp {
            len: metadata.len(),
            modified_ns: modified.as_nanos(),
        })
    }
}

impl Default for Manifest {
    fn default() -> Manifest {
        Manifest::new()
    }
}

impl Manifest {
    /// The manifest in `out`, or an empty one if there is none, it does not parse, or it was
    /// written by another version of lawrpt (then every year is built again).
    pub fn load(out: &Path) -> Manifest {
        fs::read(out.join(FILE))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Manifest>(&bytes).ok())
            .filter(|m| m.schema == SCHEMA && m.lawrpt == env!("CARGO_PKG_VERSION"))
            .unwrap_or_default()
    }

    /// An empty manifest of this version of lawrpt.
    pub fn new() -> Manifest {
        Manifest {
            schema: SCHEMA,
            lawrpt: env!("CARGO_PKG_VERSION").to_string(),
            years: BTreeMap::new(),
        }
    }

    /// Writes the manifest into `out`, atomically.
    pub fn save(&self, out: &Path) -> Result<(), Error> {
        let text = serde_json::to_string_pretty(self).unwrap_or_default() + "\n";
        crate::site::write::write_file(out, FILE, &text)
    }

    /// Whether a year's outputs are still as this manifest left them (by size: a cheap
    /// check against files deleted or truncated by hand; `build --check` compares content).
    pub fn outputs_present(entry: &Entry, year_dir: &Path) -> bool {
        entry.files.iter().all(|(name, stamp)| {
            fs::metadata(year_dir.join(name)).is_ok_and(|m| m.len() == stamp.len)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_round_trips_and_a_foreign_one_is_ignored() {
        let out = tempfile::tempdir().unwrap();
        let mut manifest = Manifest::new();
        manifest.years.insert(
            "2024".into(),
            Entry {
                context: "c".into(),
                source: "s".into(),
                stamp: Stamp::default(),
                files: BTreeMap::new(),
                title: "t".into(),
                authority: None,
                issued: None,
                lang: "zh-Hans".into(),
                warnings: 1,
            },
        );
        manifest.save(out.path()).unwrap();
        assert_eq!(Manifest::load(out.path()), manifest);
        fs::write(out.path().join(FILE), "{ not json").unwrap();
        assert_eq!(Manifest::load(out.path()), Manifest::new());
    }
}
