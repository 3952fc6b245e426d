//! Building every year at once, as a publishing job does: a failing year does not stop the
//! others, unchanged years are skipped and `--force` rebuilds them, stale outputs are reported
//! and pruned, `build --check` lists what differs, the machine formats carry every
//! diagnostic, `--quiet` prints only errors, and several projects build in one run. Each test
//! runs the real binary on a copy of `tests/fixtures/three-years/` (2022–2024).

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;

mod common;
use common::{assert_exit, lawrpt, stderr, stdout, three_years};

/// Appends a key lawrpt does not know to a year's report: an error.
fn break_year(project: &Path, year: &str) {
    let path = project.join(format!("reports/{year}.yaml"));
    let text = fs::read_to_string(&path).unwrap();
    fs::write(path, format!("{text}titel: x\n")).unwrap();
}

fn read(project: &Path, path: &str) -> String {
    fs::read_to_string(project.join(path)).unwrap()
}

#[test]
fn a_failing_year_does_not_stop_the_others_and_the_index_lists_what_was_built() {
    let project = three_years();
    let p = project.path();
    break_year(p, "2023");
    let run = lawrpt(p, &["build", "--all"]);
    assert_exit(&run, 1);
    for year in ["2022", "2024"] {
        assert!(
            p.join(format!("out/{year}/report.html")).is_file(),
            "{year}"
        );
    }
    assert!(!p.join("out/2023").exists());
    let index = read(p, "out/index.html");
    assert!(
        index.contains("href=\"2022/report.html\"") && index.contains("href=\"2024/report.html\"")
    );
    assert!(!index.contains("2023/report.html"), "{index}");
    let messages = stderr(&run);
    assert!(
        messages.contains("2023: not built (1 error, 0 warnings)"),
        "{messages}"
    );
    assert!(
        messages.contains("2 built, 0 unchanged, 1 failed"),
        "{messages}"
    );
}

#[test]
fn pages_link_to_their_neighbours_and_the_index_by_relative_paths() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    let page = read(p, "out/2023/report.html");
    assert!(page.contains("href=\"../2022/report.html\""), "{page}");
    assert!(page.contains("href=\"../2024/report.html\""), "{page}");
    assert!(page.contains("href=\"../index.html\""), "{page}");
    let first = read(p, "out/2022/report.html");
    assert!(
        !first.contains("rel=\"prev\""),
        "2022 has no year before it"
    );
}

#[test]
fn unchanged_years_are_skipped_until_an_input_changes_or_force_is_given() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    let again = lawrpt(p, &["build", "--all"]);
    assert!(
        stderr(&again).contains("0 built, 3 unchanged"),
        "{}",
        stderr(&again)
    );

    // Same bytes, new modification time: the content hash says unchanged.
    let report = p.join("reports/2023.yaml");
    let text = fs::read(&report).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&report, &text).unwrap();
    let touched = lawrpt(p, &["build", "--all"]);
    assert!(
        stderr(&touched).contains("0 built, 3 unchanged"),
        "{}",
        stderr(&touched)
    );

    // lawrpt.toml is an input of every year.
    let config = p.join("lawrpt.toml");
    let mut settings = fs::read_to_string(&config).unwrap_or_default();
    settings.push_str("\n# changed\n");
    fs::write(&config, settings).unwrap();
    let reconfigured = lawrpt(p, &["build", "--all"]);
    assert!(
        stderr(&reconfigured).contains("3 built, 0 unchanged"),
        "{}",
        stderr(&reconfigured)
    );

    // A deleted output is noticed.
    fs::remove_file(p.join("out/2024/report.txt")).unwrap();
    let repaired = lawrpt(p, &["build", "--all"]);
    assert!(
        stderr(&repaired).contains("1 built, 2 unchanged"),
        "{}",
        stderr(&repaired)
    );
    assert!(p.join("out/2024/report.txt").is_file());

    let forced = lawrpt(p, &["build", "--all", "--force"]);
    assert!(
        stderr(&forced).contains("3 built, 0 unchanged"),
        "{}",
        stderr(&forced)
    );
}

#[test]
fn stale_outputs_are_reported_and_pruned_only_when_asked() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    fs::write(p.join("out/2022/notes.txt"), "the office's own file").unwrap();
    fs::remove_file(p.join("reports/2022.yaml")).unwrap();

    let run = lawrpt(p, &["build", "--all"]);
    assert_exit(&run, 0);
    assert!(
        stderr(&run).contains("2022: out/2022 is stale"),
        "{}",
        stderr(&run)
    );
    assert!(
        p.join("out/2022/report.html").is_file(),
        "not removed without --prune"
    );
    assert!(!read(p, "out/index.html").contains("2022/report.html"));

    let pruned = lawrpt(p, &["build", "--all", "--prune"]);
    assert_exit(&pruned, 0);
    assert!(
        stderr(&pruned).contains("2022: removed out/2022"),
        "{}",
        stderr(&pruned)
    );
    assert!(!p.join("out/2022/report.html").exists());
    assert!(
        p.join("out/2022/notes.txt").is_file(),
        "a file lawrpt did not write stays"
    );
    assert!(!read(p, "out/2023/report.html").contains("2022/report.html"));
}

#[test]
fn check_mode_lists_every_difference_and_writes_nothing() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    let clean = lawrpt(p, &["build", "--all", "--check"]);
    assert_exit(&clean, 0);
    assert_eq!(stdout(&clean), "");

    fs::write(p.join("out/2024/report.txt"), "edited by hand\n").unwrap();
    fs::remove_file(p.join("out/2023/report.md")).unwrap();
    fs::create_dir(p.join("out/2019")).unwrap();
    fs::write(p.join("out/2019/report.html"), "old").unwrap();
    fs::write(p.join("out/extra.txt"), "x").unwrap();
    let run = lawrpt(p, &["build", "--all", "--check"]);
    assert_exit(&run, 1);
    assert_eq!(
        stdout(&run),
        "stale: out/2019/report.html\nmissing: out/2023/report.md\nchanged: out/2024/report.txt\nstale: out/extra.txt\n"
    );
    assert_eq!(
        read(p, "out/2024/report.txt"),
        "edited by hand\n",
        "nothing written"
    );
    assert!(!p.join("out/2023/report.md").exists(), "nothing written");

    // In the machine formats the listing is part of their document: standard output is the
    // document alone.
    let run = lawrpt(p, &["build", "--all", "--check", "--format", "json"]);
    assert_exit(&run, 1);
    let document: serde_json::Value = serde_json::from_str(&stdout(&run))
        .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}): {}", stdout(&run)));
    let differences: Vec<(String, String)> = document["differences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let field = |name: &str| d[name].as_str().unwrap().to_string();
            (field("path"), field("difference"))
        })
        .collect();
    let expected = [
        ("out/2019/report.html", "stale"),
        ("out/2023/report.md", "missing"),
        ("out/2024/report.txt", "changed"),
        ("out/extra.txt", "stale"),
    ];
    assert_eq!(
        differences,
        expected.map(|(path, difference)| (path.to_string(), difference.to_string()))
    );
    let run = lawrpt(p, &["build", "--all", "--check", "--format", "github"]);
    assert_exit(&run, 1);
    let text = stdout(&run);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(
        lines.iter().all(|l| l.starts_with("::error file=out/")),
        "{text}"
    );
    assert!(
        lines.contains(
            &"::error file=out/2024/report.txt,title=lawrpt build --check::changed: out/2024/report.txt"
        ),
        "{text}"
    );
}

#[test]
fn json_is_one_document_with_every_year_and_diagnostic() {
    let project = three_years();
    let p = project.path();
    break_year(p, "2023");
    let run = lawrpt(p, &["check", "--all", "--format", "json"]);
    assert_exit(&run, 1);
    let document: serde_json::Value = serde_json::from_str(&stdout(&run)).unwrap();
    assert_eq!(document["schema"], "lawrpt-diagnostics/1");
    assert_eq!(document["summary"]["years"], 3);
    assert_eq!(document["summary"]["failed"], 1);
    assert_eq!(document["years"][1]["status"], "failed");
    let diagnostic = &document["diagnostics"][0];
    assert_eq!(diagnostic["rule"], "unknown-key");
    assert_eq!(diagnostic["severity"], "error");
    assert_eq!(diagnostic["file"], "reports/2023.yaml");
    assert!(diagnostic["line"].as_u64().unwrap() > 1);
    assert_eq!(diagnostic["column"], 1);
    assert_eq!(diagnostic["end_column"], 6);
    assert_eq!(diagnostic["hint"], "did you mean `title`?");
    assert_eq!(stderr(&run), "", "nothing but the document");
}

/// In every machine format, standard output is its document (or its lines) and nothing else,
/// whatever else is asked: every combination of build's and check's flags, on a site with an
/// output edited by hand, one missing, a stale file and a year with a warning.
#[test]
fn in_a_machine_format_standard_output_is_the_document_alone_for_every_combination() {
    let built = three_years();
    assert_exit(&lawrpt(built.path(), &["build", "--all"]), 0);
    fs::write(built.path().join("out/2024/report.txt"), "edited\n").unwrap();
    fs::remove_file(built.path().join("out/2023/report.md")).unwrap();
    fs::write(built.path().join("out/extra.txt"), "x").unwrap();
    let build_flags = ["--check", "--force", "--prune", "--quiet", "--strict"];
    let mut runs: Vec<Vec<&str>> = Vec::new();
    for years in [&["--all"][..], &["2024"][..], &["2023", "2024"][..]] {
        for mask in 0..1 << build_flags.len() {
            // --check writes nothing, so it takes neither --force nor --prune (a usage error).
            if mask & 1 != 0 && mask & 0b110 != 0 {
                continue;
            }
            let mut args = vec!["build"];
            args.extend(years);
            args.extend(
                (0..build_flags.len())
                    .filter(|i| mask & (1 << i) != 0)
                    .map(|i| build_flags[i]),
            );
            runs.push(args);
        }
        for strict in [false, true] {
            let mut args = vec!["check"];
            args.extend(years);
            if strict {
                args.push("--strict");
            }
            runs.push(args);
        }
    }
    for format in common::MACHINE_FORMATS {
        for run_args in &runs {
            let mut args = run_args.clone();
            args.extend(["--format", format]);
            let project = tempfile::tempdir().unwrap();
            common::copy_dir(built.path(), project.path());
            let run = lawrpt(project.path(), &args);
            assert!(
                matches!(run.status.code(), Some(0 | 1)),
                "{args:?}: {}",
                stderr(&run)
            );
            let out = stdout(&run);
            if let Err(problem) = common::parse_machine(format, &out) {
                panic!("{args:?}: stdout is not the {format} output alone ({problem}):\n{out}");
            }
        }
    }
}

#[test]
fn github_format_prints_one_workflow_command_per_diagnostic() {
    let project = three_years();
    let p = project.path();
    break_year(p, "2024");
    let run = lawrpt(p, &["check", "--all", "--format", "github"]);
    assert_exit(&run, 1);
    let text = stdout(&run);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("::error file=reports/2024.yaml,line="),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with("::unknown key `titel` in the report%0Ahelp: did you mean `title`?")
    );
}

#[test]
fn quiet_prints_only_errors() {
    let project = three_years();
    let p = project.path();
    break_year(p, "2023");
    // A warning in 2024 (not strict here): an issue date after 31 March.
    fs::write(p.join("lawrpt.toml"), "").unwrap();
    let path = p.join("reports/2024.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let issued = text
        .lines()
        .find(|l| l.starts_with("issued:"))
        .unwrap()
        .to_string();
    fs::write(&path, text.replace(&issued, "issued: 2025-04-20")).unwrap();

    let loud = lawrpt(p, &["build", "--all"]);
    assert!(
        stderr(&loud).contains("warning[issued-late]"),
        "{}",
        stderr(&loud)
    );
    let quiet = lawrpt(p, &["build", "--all", "--quiet"]);
    assert_exit(&quiet, 1);
    let messages = stderr(&quiet);
    assert!(messages.contains("error[unknown-key]"), "{messages}");
    assert!(!messages.contains("warning"), "{messages}");
    assert!(!messages.contains("built"), "{messages}");
}

#[test]
fn no_progress_bar_is_drawn_when_messages_do_not_go_to_a_terminal() {
    let project = three_years();
    let run = lawrpt(project.path(), &["build", "--all"]);
    assert!(!stderr(&run).contains('\r'), "{:?}", stderr(&run));
    assert!(!stderr(&run).contains("years 20"), "{:?}", stderr(&run));
}

#[test]
fn several_projects_build_in_one_run_each_into_its_own_folder() {
    let a = three_years();
    let b = three_years();
    let (pa, pb) = (a.path().to_str().unwrap(), b.path().to_str().unwrap());
    let elsewhere = tempfile::tempdir().unwrap();
    let run = lawrpt(
        elsewhere.path(),
        &["build", "--all", "--project", pa, "--project", pb],
    );
    assert_exit(&run, 0);
    assert!(
        stderr(&run).contains("6 built, 0 unchanged, 0 failed"),
        "{}",
        stderr(&run)
    );
    for project in [a.path(), b.path()] {
        assert!(project.join("out/2024/report.html").is_file());
        assert!(project.join("out/index.html").is_file());
    }
    let refused = lawrpt(
        elsewhere.path(),
        &[
            "build",
            "--all",
            "--project",
            pa,
            "--project",
            pb,
            "--out",
            "site",
        ],
    );
    assert_exit(&refused, 2);
}

#[test]
fn building_all_years_at_once_writes_the_same_bytes_as_one_at_a_time() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all", "--out", "together"]), 0);
    for year in ["2022", "2023", "2024"] {
        assert_exit(&lawrpt(p, &["build", year, "--out", "apart"]), 0);
    }
    for year in ["2022", "2023", "2024"] {
        for file in ["report.md", "report.html", "report.txt"] {
            let path = format!("{year}/{file}");
            assert_eq!(
                read(p, &format!("together/{path}")),
                read(p, &format!("apart/{path}")),
                "{path}"
            );
        }
    }
    assert_eq!(read(p, "together/index.html"), read(p, "apart/index.html"));
}

#[test]
fn each_pair_of_consecutive_years_gets_a_comparison_page_linked_from_the_index() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    for pair in ["2022-2023", "2023-2024"] {
        let page = read(p, &format!("out/diff/{pair}.html"));
        assert!(
            page.contains("<ins>") || page.contains("class=\"row"),
            "{pair}"
        );
    }
    let index = read(p, "out/index.html");
    assert!(index.contains("href=\"diff/2023-2024.html\""), "{index}");
    assert!(index.contains("href=\"diff/2022-2023.html\""), "{index}");

    // Check mode compares the pages too, and a page no pair needs any more is stale.
    assert_exit(&lawrpt(p, &["build", "--all", "--check"]), 0);
    fs::write(p.join("out/diff/2021-2022.html"), "old").unwrap();
    let run = lawrpt(p, &["build", "--all", "--check"]);
    assert_exit(&run, 1);
    assert_eq!(stdout(&run), "stale: out/diff/2021-2022.html\n");
    assert_exit(&lawrpt(p, &["build", "--all", "--prune"]), 0);
    assert!(!p.join("out/diff/2021-2022.html").exists());

    // A page deleted by hand is written again, though no year changed.
    let page = read(p, "out/diff/2022-2023.html");
    fs::remove_file(p.join("out/diff/2022-2023.html")).unwrap();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    assert_eq!(read(p, "out/diff/2022-2023.html"), page);
}

/// Sets `scripts` in the fixture's lawrpt.toml (strict stays on).
fn publish_scripts(project: &Path, scripts: &str) {
    let config = project.join("lawrpt.toml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(config, format!("scripts = {scripts}\n{text}")).unwrap();
}

#[test]
fn variants_in_the_other_script_are_built_checked_and_pruned_like_any_output() {
    let project = three_years();
    let p = project.path();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    let plain = read(p, "out/2023/report.html");
    assert!(
        !plain.contains("hreflang"),
        "no language link without variants"
    );

    // Turning the setting on rebuilds every year, with its variant beside it.
    publish_scripts(p, "[\"zh-Hans\", \"zh-Hant\"]");
    let run = lawrpt(p, &["build", "--all"]);
    assert!(
        stderr(&run).contains("3 built, 0 unchanged"),
        "{}",
        stderr(&run)
    );
    let hant = read(p, "out/2023/report.zh-Hant.html");
    assert!(hant.contains("<html lang=\"zh-Hant\">"), "{hant}");
    assert!(
        hant.contains("hreflang=\"zh-Hans\" href=\"report.html\""),
        "{hant}"
    );
    // Its neighbours' links lead to their pages in the same script.
    assert!(
        hant.contains("href=\"../2022/report.zh-Hant.html\""),
        "{hant}"
    );
    assert!(
        hant.contains("href=\"../2024/report.zh-Hant.html\""),
        "{hant}"
    );
    assert!(hant.contains("某某區人民政府"), "{hant}");
    let hans = read(p, "out/2023/report.html");
    assert!(hans.contains("<html lang=\"zh-Hans\">"));
    assert!(
        hans.contains("hreflang=\"zh-Hant\" href=\"report.zh-Hant.html\">繁體</a>"),
        "{hans}"
    );
    assert!(read(p, "out/2023/report.zh-Hant.txt").contains("法治政府建設"));
    assert!(read(p, "out/index.html").contains("href=\"2024/report.zh-Hant.html\""));
    let again = lawrpt(p, &["build", "--all"]);
    assert!(
        stderr(&again).contains("0 built, 3 unchanged"),
        "{}",
        stderr(&again)
    );

    // A variant is an output: a deleted one is missing for --check and rebuilt.
    fs::remove_file(p.join("out/2024/report.zh-Hant.md")).unwrap();
    let check = lawrpt(p, &["build", "--all", "--check"]);
    assert_exit(&check, 1);
    assert_eq!(stdout(&check), "missing: out/2024/report.zh-Hant.md\n");
    let repaired = lawrpt(p, &["build", "--all"]);
    assert!(
        stderr(&repaired).contains("1 built, 2 unchanged"),
        "{}",
        stderr(&repaired)
    );
    assert!(p.join("out/2024/report.zh-Hant.md").is_file());

    // `--script hans` overrides the setting: a Simplified report then has no variant, and the
    // ones left (the years', the index's, the comparison pages') are stale until pruned.
    let run = lawrpt(p, &["build", "--all", "--script", "hans"]);
    assert_exit(&run, 0);
    assert_holds(
        &stderr(&run),
        &[
            "out/2022/report.zh-Hant.html is stale",
            "out/index.zh-Hant.html is stale",
            "out/diff/2023-2024.zh-Hant.html is stale",
        ],
    );
    assert!(p.join("out/2022/report.zh-Hant.html").is_file());
    assert!(!read(p, "out/2022/report.html").contains("hreflang"));
    assert_eq!(
        read(p, "out/2023/report.html"),
        plain,
        "byte for byte as before"
    );
    let check = lawrpt(p, &["build", "--all", "--check", "--script", "hans"]);
    assert_holds(
        &stdout(&check),
        &[
            "stale: out/2024/report.zh-Hant.txt\n",
            "stale: out/diff/2022-2023.zh-Hant.html\n",
            "stale: out/index.zh-Hant.html\n",
        ],
    );
    let pruned = lawrpt(p, &["build", "--all", "--prune", "--script", "hans"]);
    assert_exit(&pruned, 0);
    assert_holds(
        &stderr(&pruned),
        &[
            "removed out/2024/report.zh-Hant.txt",
            "removed out/index.zh-Hant.html",
            "removed out/diff/2023-2024.zh-Hant.html",
        ],
    );
    for gone in [
        "2024/report.zh-Hant.html",
        "index.zh-Hant.html",
        "diff/2023-2024.zh-Hant.html",
    ] {
        assert!(!p.join("out").join(gone).exists(), "{gone}");
    }
    assert!(!read(p, "out/index.html").contains("zh-Hant"));
    let clean = lawrpt(p, &["build", "--all", "--check", "--script", "hans"]);
    assert_exit(&clean, 0);
}

#[test]
fn a_bad_script_in_lawrpt_toml_is_reported_at_its_place_and_nothing_is_built() {
    let project = three_years();
    let p = project.path();
    publish_scripts(p, "[\"zh-Hans\", \"zh-TW\"]");
    let run = lawrpt(p, &["build", "--all"]);
    assert_exit(&run, 1);
    let messages = stderr(&run);
    assert!(
        messages.contains("error[config]: unknown script `zh-TW`"),
        "{messages}"
    );
    assert!(messages.contains("lawrpt.toml:1:23"), "{messages}");
    assert!(!p.join("out").exists());
}

/// Every page a year's navigation links (the neighbouring years, the index) is in the script
/// of the page that links it: `page -> href` for each that is not.
fn year_links_in_another_script(out: &Path) -> Vec<String> {
    use scraper::{Html, Selector};
    let lang = |page: &Html| {
        let html = Selector::parse("html").unwrap();
        let element = page.select(&html).next().unwrap();
        element.value().attr("lang").unwrap_or_default().to_string()
    };
    let nav = Selector::parse("nav.years a.prev, nav.years a.next, nav.years a.index").unwrap();
    let mut wrong = Vec::new();
    for path in common::html_pages(out) {
        let page = Html::parse_document(&fs::read_to_string(&path).unwrap());
        for link in page.select(&nav) {
            let href = link.value().attr("href").unwrap();
            let target = path.parent().unwrap().join(href);
            let target = Html::parse_document(&fs::read_to_string(&target).unwrap_or_default());
            if lang(&target) != lang(&page) {
                wrong.push(format!("{} ({}) -> {href}", path.display(), lang(&page)));
            }
        }
    }
    wrong
}

/// Asserts that the site is whole: every link lands, a year's navigation leads to pages in the
/// linking page's script, a build finds nothing to do and `--check` nothing that differs.
#[track_caller]
fn assert_site_whole(project: &Path) {
    let out = project.join("out");
    assert_eq!(common::broken_links(&out), Vec::<String>::new());
    assert_eq!(year_links_in_another_script(&out), Vec::<String>::new());
    let again = lawrpt(project, &["build", "--all"]);
    assert_holds(&stderr(&again), &["0 built, 3 unchanged"]);
    assert_exit(&lawrpt(project, &["build", "--all", "--check"]), 0);
}

/// Asserts that `text` holds each of `parts`, showing it when it does not.
#[track_caller]
fn assert_holds(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "no {part:?} in:\n{text}");
    }
}

/// A year's report rewritten in Traditional characters, as an office typing in them would.
fn write_in_traditional(project: &Path, year: &str) {
    let path = project.join(format!("reports/{year}.yaml"));
    let text = fs::read_to_string(&path).unwrap();
    fs::write(path, hanconv::s2tw(&text)).unwrap();
}

#[test]
fn with_both_scripts_the_index_and_the_comparison_pages_are_published_in_each() {
    let project = three_years();
    let p = project.path();
    publish_scripts(p, "[\"zh-Hans\", \"zh-Hant\"]");
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);

    // The index in the years' script, and its Traditional copy, linking each other.
    let index = read(p, "out/index.html");
    assert_holds(
        &index,
        &[
            "<html lang=\"zh-Hans\">",
            "<link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"index.zh-Hant.html\">",
            "href=\"diff/2023-2024.html\"",
        ],
    );
    let hant = read(p, "out/index.zh-Hant.html");
    assert_holds(
        &hant,
        &[
            "<html lang=\"zh-Hant\">",
            "<h1>某某市某某區人民政府法治政府建設年度報告</h1>",
            "hreflang=\"zh-Hans\" href=\"index.html\">简体</a>",
            "href=\"diff/2023-2024.zh-Hant.html\"",
        ],
    );
    // Every year's page and comparison page in its own script; the years' titles converted.
    for year in ["2022", "2023", "2024"] {
        assert_holds(
            &hant,
            &[&format!(
                "href=\"{year}/report.zh-Hant.html\">某某市某某區人民政府{year}年法治政府建設情況報告</a>"
            )],
        );
    }
    assert!(!hant.contains("某某区"), "{hant}");

    // Each comparison page has its copy, in one script throughout, each linking the other.
    let diff = read(p, "out/diff/2023-2024.zh-Hant.html");
    assert_holds(
        &diff,
        &[
            "<html lang=\"zh-Hant\">",
            "hreflang=\"zh-Hans\" href=\"2023-2024.html\">简体</a>",
            "<del>刪除</del>",
            "法治政府建設",
        ],
    );
    assert!(!diff.contains("法治政府建设"), "{diff}");
    assert_holds(
        &read(p, "out/diff/2023-2024.html"),
        &[
            "<html lang=\"zh-Hans\">",
            "hreflang=\"zh-Hant\" href=\"2023-2024.zh-Hant.html\">繁體</a>",
        ],
    );
    // A Traditional page's way back leads to the Traditional index.
    assert!(read(p, "out/2023/report.zh-Hant.html").contains("href=\"../index.zh-Hant.html\""));

    // Outputs like the others: unchanged on the next build, compared by --check, rebuilt.
    assert_site_whole(p);
    fs::write(p.join("out/index.zh-Hant.html"), "edited").unwrap();
    fs::remove_file(p.join("out/diff/2022-2023.zh-Hant.html")).unwrap();
    let check = lawrpt(p, &["build", "--all", "--check"]);
    assert_exit(&check, 1);
    assert_eq!(
        stdout(&check),
        "missing: out/diff/2022-2023.zh-Hant.html\nchanged: out/index.zh-Hant.html\n"
    );
    fs::remove_file(p.join("out/index.zh-Hant.html")).unwrap();
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    assert_exit(&lawrpt(p, &["build", "--all", "--check"]), 0);
    let built_again = fs::read(p.join("out/index.zh-Hant.html")).unwrap();
    assert_eq!(built_again, hant.as_bytes(), "the same bytes");
}

#[test]
fn in_a_project_whose_years_differ_in_script_every_year_link_leads_to_the_page_in_its_script() {
    let project = three_years();
    let p = project.path();
    let out = p.join("out");
    publish_scripts(p, "[\"zh-Hans\", \"zh-Hant\"]");
    write_in_traditional(p, "2023");
    // 2024 is Simplified, but its YAML opens with a long Traditional comment: a year not built
    // yet is guessed to be in the script its file reads as, and here the guess is wrong.
    let path = p.join("reports/2024.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let comment: String = hanconv::s2tw(&text)
        .lines()
        .map(|line| format!("# {line}\n"))
        .collect();
    fs::write(&path, format!("{comment}{text}")).unwrap();

    let run = lawrpt(p, &["build", "--all"]);
    assert_exit(&run, 0);
    assert_holds(
        &stderr(&run),
        &[
            "2023: built out/2023/report.md",
            "(its links to the years around it)",
            "3 built, 0 unchanged",
        ],
    );
    assert_holds(
        &read(p, "out/2022/report.html"),
        &["href=\"../2023/report.zh-Hans.html\""],
    );
    assert_holds(
        &read(p, "out/2023/report.html"),
        &[
            "<html lang=\"zh-Hant\">",
            "href=\"../2022/report.zh-Hant.html\"",
            "href=\"../2024/report.zh-Hant.html\"",
        ],
    );
    // The comparison page is in its newer year's script throughout, the older year converted.
    let diff = read(p, "out/diff/2022-2023.html");
    assert_holds(&diff, &["<html lang=\"zh-Hant\">"]);
    assert!(!diff.contains("法治政府建设"), "{diff}");
    assert!(p.join("out/diff/2022-2023.zh-Hans.html").is_file());
    assert_site_whole(p);
    // Check mode trusts no manifest: without one, it still finds the site as a build leaves it.
    fs::remove_file(out.join(".lawrpt-manifest.json")).unwrap();
    assert_exit(&lawrpt(p, &["build", "--all", "--check"]), 0);

    // 2023 goes back to Simplified: its neighbours' links change with it, though their
    // reports did not.
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/three-years/reports/2023.yaml"),
        p.join("reports/2023.yaml"),
    )
    .unwrap();
    let run = lawrpt(p, &["build", "--all", "--prune"]);
    assert_exit(&run, 0);
    assert_holds(
        &stderr(&run),
        &[
            "2022: built out/2022/report.md",
            "2024: built out/2024/report.md",
            "3 built, 0 unchanged",
        ],
    );
    assert_holds(
        &read(p, "out/2022/report.html"),
        &["href=\"../2023/report.html\""],
    );
    assert_site_whole(p);
}

#[test]
fn the_index_stays_in_the_script_of_the_newest_year_built_while_a_newer_draft_fails() {
    let project = three_years();
    let p = project.path();
    // Next year's draft, typed in Traditional, with an error: it is not built.
    let draft = read(p, "reports/2024.yaml").replace("year: 2024", "year: 2025");
    fs::write(p.join("reports/2025.yaml"), hanconv::s2tw(&draft)).unwrap();
    break_year(p, "2025");
    assert_exit(&lawrpt(p, &["build", "--all"]), 1);
    assert_holds(&read(p, "out/index.html"), &["<html lang=\"zh-Hans\">"]);
}

#[test]
fn building_one_year_that_changed_script_rebuilds_the_years_that_link_it() {
    let project = three_years();
    let p = project.path();
    publish_scripts(p, "[\"zh-Hans\", \"zh-Hant\"]");
    assert_exit(&lawrpt(p, &["build", "--all"]), 0);
    // The newest year is rewritten in Traditional and built alone: the index is now
    // Traditional, and the pages of 2022 and 2023 link 2024 and the index by their script.
    write_in_traditional(p, "2024");
    let run = lawrpt(p, &["build", "2024", "--prune"]);
    assert_exit(&run, 0);
    assert_holds(
        &stderr(&run),
        &[
            "2023: built out/2023/report.md",
            "(its links to the years around it)",
        ],
    );
    assert_holds(
        &read(p, "out/2023/report.html"),
        &[
            "href=\"../2024/report.zh-Hans.html\"",
            "href=\"../index.zh-Hans.html\"",
        ],
    );
    assert_site_whole(p);
}

#[test]
fn with_the_newest_year_unreadable_pages_and_index_agree_on_the_index_script() {
    let project = three_years();
    let p = project.path();
    publish_scripts(p, "[\"zh-Hans\", \"zh-Hant\"]");
    write_in_traditional(p, "2023");
    // A newest year that cannot be read: the index falls back to one script, and the pages
    // link the index in theirs by the same rule.
    fs::write(p.join("reports/2025.yaml"), b"year: 2025\n\xff\xfe\n").unwrap();
    let run = lawrpt(p, &["build", "--all"]);
    assert_exit(&run, 1);
    // (2024's link to 2025, which did not build, leads nowhere: left out here.)
    let wrong: Vec<String> = year_links_in_another_script(&p.join("out"))
        .into_iter()
        .filter(|link| !link.ends_with("2025/report.html") && !link.contains("../2025/"))
        .collect();
    assert_eq!(wrong, Vec::<String>::new());
}
