//! The crate's areas depend on each other one way only (docs/architecture.md): each area's
//! code names only areas below it in [`LAYERS`]. A `use crate::site::…` in `render/` fails
//! here, with the file and line, before it can become a cycle.
//!
//! Unit tests (`#[cfg(test)]` modules) may build their fixtures with any area: they are not
//! part of what the area gives. Comments are not read.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;

/// From the bottom up. `i18n` (the message catalogues) is below everything that speaks; `interrupt` is the flag a signal raises, and `error` the leaf every area may report through; `cli` is the command
/// line, which only `commands` (and `main.rs`) acts on.
const LAYERS: [&str; 15] = [
    "i18n",
    "interrupt",
    "error",
    "report",
    "rules",
    "load",
    "check",
    "render",
    "printer",
    "diff",
    "import",
    "site",
    "serve",
    "cli",
    "commands",
];

/// Macros exported at the crate's root, and the area that defines each.
const MACROS: [(&str, &str); 1] = [("tr", "i18n")];

/// `src/` files that are not an area: they tie the areas together.
const ROOTS: [&str; 2] = ["lib", "main"];

fn rank(name: &str) -> Option<usize> {
    let area = MACROS
        .iter()
        .find(|(m, _)| *m == name)
        .map_or(name, |(_, area)| area);
    LAYERS.iter().position(|a| *a == area)
}

/// The area a file of `src/` belongs to: its folder, or its own name at the top.
fn area_of(relative: &Path) -> String {
    let first = relative.components().next().unwrap();
    let name = first.as_os_str().to_string_lossy();
    name.strip_suffix(".rs").unwrap_or(&name).to_string()
}

/// Every `crate::AREA` the code of `text` names, with its line number; test modules and
/// comments left out.
fn references(text: &str) -> Vec<(usize, String)> {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut found = Vec::new();
    for (index, line) in code.lines().enumerate() {
        let line = line.split("//").next().unwrap_or("");
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            found.push((index + 1, name));
        }
    }
    found
}

#[test]
fn every_area_names_only_areas_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = common::rust_files(&src);
    let mut upward = Vec::new();
    let mut areas = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let area = area_of(relative);
        if ROOTS.contains(&area.as_str()) {
            continue;
        }
        let own = rank(&area)
            .unwrap_or_else(|| panic!("src/{} is in no area of LAYERS", relative.display()));
        areas.push(area.clone());
        for (line, name) in references(&fs::read_to_string(file).unwrap()) {
            let Some(other) = rank(&name) else {
                panic!(
                    "src/{}:{line} names crate::{name}, which is no area",
                    relative.display()
                );
            };
            if other > own {
                upward.push(format!(
                    "src/{}:{line}: {area} names crate::{name}, an area above it",
                    relative.display()
                ));
            }
        }
    }
    assert!(upward.is_empty(), "{}", upward.join("\n"));
    // Every layer is a real area, so the table cannot drift from the folders.
    for layer in LAYERS {
        assert!(
            areas.iter().any(|a| a == layer),
            "no src/{layer}: drop it from LAYERS"
        );
    }
}

#[test]
fn the_check_reads_code_not_comments_or_tests() {
    let text = "use crate::report::model;\n// crate::site is only named here\nfn f() { crate::rules::id::X; }\n#[cfg(test)]\nmod tests { use crate::site; }\n";
    assert_eq!(
        references(text),
        [(1, "report".to_string()), (3, "rules".to_string())]
    );
}
