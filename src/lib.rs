//! lawrpt: a year's rule-of-law report (法治政府建设情况报告) as YAML, checked against the
//! regulation and rendered to Markdown, HTML, plain text and PDF, a site of every year, and
//! the comparison of two years.
//!
//! The areas, from the bottom up; each imports only areas below it (`tests/architecture.rs`
//! holds the code to it, and `docs/architecture.md` walks through a build):
//!
//! | area | what it is |
//! |---|---|
//! | [`i18n`] | the message catalogues (Chinese and English) every user-facing string comes from, and the choice of language |
//! | [`report`] | the model: a report as plain data, its numbering, Markdown bodies, script, drafts |
//! | [`rules`] | the rule catalogue (`rules.toml`, its words in the message catalogues), the policy that sets severities, diagnostics as data |
//! | [`load`] | stage 1: `reports/<year>.yaml` → [`report::model::Report`]; YAML, `lawrpt.toml`, the project folder |
//! | [`check`] | stage 2: every problem a loaded report has, as diagnostics |
//! | [`render`] | stage 3: view structs, tera, each output format; the other script's copies |
//! | [`printer`] | diagnostics and fatal errors as text for people, JSON, GitHub annotations |
//! | [`diff`] | what changed between two years' reports: structure matched, prose, figures found and paired, and its printers |
//! | [`import`] | a published report (web text, Word) → a draft of its YAML |
//! | [`site`] | many years: one year's pipeline, the manifest, safe writes into `out/`, links, the index, comparison pages |
//! | [`serve`] | `lawrpt serve`: the site built into a private folder on every save, served to pages that reload themselves, errors shown over the last good render |
//! | [`commands`] | one module per subcommand: what it takes from the command line, which areas it calls |
//!
//! Beside them, [`cli`] is the command line as clap reads it (in the run's language), [`error`] the fatal errors
//! (exit code 2) and [`interrupt`] the flag Ctrl-C or SIGTERM raises to stop a build cleanly; `main.rs` parses the command line and calls [`commands::run`].
//!
//! ```text
//! reports/2024.yaml ─load─▶ Report ─check─▶ diagnostics ─render─▶ out/2024/report.{md,html,txt,pdf}
//! ```
//!
//! The stages do no I/O and print nothing: `load` is given the text, `render` returns the
//! bytes, and only `site` writes (atomically, inside the output folder) and `printer` prints;
//! `serve` is the one area that listens on the network.

pub mod check;
pub mod cli;
pub mod commands;
pub mod diff;
pub mod error;
pub mod i18n;
pub mod import;
pub mod interrupt;
pub mod load;
pub mod printer;
pub mod render;
pub mod report;
pub mod rules;
pub mod serve;
pub mod site;
