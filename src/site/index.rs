//! The site's index, as the index template sees it: `index.html` in the newest year's script,
//! and `index.zh-Hant.html` (or `index.zh-Hans.html`) in each other script the project
//! publishes (`--script hant` with a Simplified newest year writes one too). Input: the manifest's entries of the years built and
//! the comparison pages; output: one view per index file. No I/O.
//!
//! Each index links every year's page in its own script (the year's own page, or its converted
//! copy), shows the year's title, authority and date as that page does (converted by hanconv
//! where it is a copy), and links its other pages and the index in the other scripts.

use crate::render::variant;
use crate::render::view::{self, DateView, ScriptLink, SiteView, VariantLink, YearLink};
use crate::report::model::Date;
use crate::report::script::Script;
use crate::site::manifest::Entry;
use crate::site::sitemap::Map;

use super::pairs::{DIFF_DIR, Pair};

/// Each index file's name with its view, the index as written first.
pub(super) fn views(
    built: &[(&String, &Entry)],
    pairs: &[Pair],
    map: &Map,
) -> Vec<(String, SiteView)> {
    let scripts = map.index_scripts();
    scripts
        .iter()
        .map(|&script| {
            let mut links: Vec<YearLink> = built
                .iter()
                .map(|(year, entry)| year_link(year, entry, script))
                .collect();
            for link in &mut links {
                link.diff = pairs
                    .iter()
                    .find(|pair| pair.new == link.year)
                    .map(|pair| format!("{DIFF_DIR}/{}", pair.file_in(script)));
            }
            let versions = if scripts.len() > 1 {
                scripts
                    .iter()
                    .map(|&other| ScriptLink {
                        lang: other.lang(),
                        label: other.label(),
                        href: map.index_file(other),
                        current: other == script,
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let site = view::site(links, script.lang(), versions);
            (map.index_file(script), site)
        })
        .collect()
}

/// A year as the index in `want` lists it: its page in that script if it has one (its own, or
/// the copy its last build wrote), its own page otherwise, and its pages in the other scripts.
fn year_link(year: &str, entry: &Entry, want: Script) -> YearLink {
    let own = Script::from_lang(&entry.lang).unwrap_or(Script::Simplified);
    // An output's file in the year's folder, as written in `script`, and its link.
    let file = |output: &str, script: Script| match script == own {
        true => output.to_string(),
        false => variant::file_name(output, script),
    };
    let name = |output: &str, script: Script| format!("{year}/{}", file(output, script));
    let has =
        |script: Script| script == own || entry.files.contains_key(&file("report.html", script));
    let shown = if has(want) { want } else { own };
    let text = |text: &str| {
        if shown == own {
            text.to_string()
        } else {
            variant::convert_text(text, shown)
        }
    };
    let issued = entry
        .issued
        .as_deref()
        .and_then(Date::parse_iso)
        .map(|d| DateView {
            iso: d.iso(),
            display: text(&d.chinese()),
        });
    let mut link = YearLink::new(
        year,
        shown.lang(),
        text(&entry.title),
        entry.authority.as_deref().map(text),
        issued,
        entry.warnings,
    );
    link.html = name("report.html", shown);
    link.md = name("report.md", shown);
    link.txt = name("report.txt", shown);
    link.pdf = entry
        .files
        .contains_key(&file("report.pdf", shown))
        .then(|| name("report.pdf", shown));
    link.docx = entry
        .files
        .contains_key(&file("report.docx", shown))
        .then(|| name("report.docx", shown));
    link.variants = Script::ALL
        .into_iter()
        .filter(|script| *script != shown && has(*script))
        .map(|script| VariantLink {
            lang: script.lang(),
            label: script.label(),
            html: name("report.html", script),
            md: name("report.md", script),
            txt: name("report.txt", script),
        })
        .collect();
    link
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::manifest::{FileStamp, Stamp};
    use Script::{Simplified as Hans, Traditional as Hant};

    fn entry(lang: Script, copies: &[Script]) -> Entry {
        let files = copies
            .iter()
            .map(|s| {
                let stamp = FileStamp {
                    hash: String::new(),
                    len: 0,
                };
                (variant::file_name("report.html", *s), stamp)
            })
            .collect();
        let (title, authority) = match lang {
            Hans => ("某区2023年报告", "某区人民政府"),
            Hant => ("某區2024年報告", "某區人民政府"),
        };
        Entry {
            context: String::new(),
            source: String::new(),
            stamp: Stamp::default(),
            files,
            title: title.into(),
            authority: Some(authority.into()),
            issued: Some("2025-03-28".into()),
            lang: lang.lang().into(),
            warnings: 0,
        }
    }

    #[test]
    fn each_index_links_every_year_in_its_own_script_with_its_words_converted() {
        let (y2023, y2024) = ("2023".to_string(), "2024".to_string());
        let (old, new) = (entry(Hans, &[Hant]), entry(Hant, &[Hans]));
        let built = [(&y2023, &old), (&y2024, &new)];
        let pairs = [Pair::new(("2023", Hans), ("2024", Hant), &[Hans, Hant])];
        let map = Map {
            published: vec![Hans, Hant],
            index: Hant,
        };
        let views = views(&built, &pairs, &map);
        let names: Vec<&str> = views.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["index.html", "index.zh-Hans.html"]);

        let hant = &views[0].1;
        assert_eq!(hant.lang, "zh-Hant");
        assert_eq!(hant.title, "某區人民政府法治政府建設年度報告");
        let y = &hant.years[1];
        assert_eq!((y.year.as_str(), y.lang), ("2023", "zh-Hant"));
        assert_eq!(y.html, "2023/report.zh-Hant.html");
        assert_eq!(y.title, "某區2023年報告");
        assert_eq!(y.variants[0].html, "2023/report.html");
        assert_eq!(hant.years[0].diff.as_deref(), Some("diff/2023-2024.html"));

        let hans = &views[1].1;
        assert_eq!(hans.lang, "zh-Hans");
        assert_eq!(hans.title, "某区人民政府法治政府建设年度报告");
        assert_eq!(hans.years[0].html, "2024/report.zh-Hans.html");
        assert_eq!(hans.years[1].html, "2023/report.html");
        assert_eq!(
            hans.years[0].diff.as_deref(),
            Some("diff/2023-2024.zh-Hans.html")
        );
        assert_eq!(
            view::script_links(&hans.scripts),
            [
                ("zh-Hant", "index.html", false),
                ("zh-Hans", "index.zh-Hans.html", true)
            ]
        );
    }

    #[test]
    fn a_year_with_no_page_in_the_index_script_is_linked_as_written() {
        let y2023 = "2023".to_string();
        let old = entry(Hant, &[]);
        let map = Map {
            published: vec![],
            index: Hans,
        };
        let views = views(&[(&y2023, &old)], &[], &map);
        assert_eq!(views.len(), 1);
        let y = &views[0].1.years[0];
        assert_eq!((y.html.as_str(), y.lang), ("2023/report.html", "zh-Hant"));
        assert_eq!(y.title, "某區2024年報告", "not converted");
        assert!(y.variants.is_empty() && views[0].1.scripts.is_empty());
    }
}
