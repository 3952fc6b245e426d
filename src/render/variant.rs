//! Between view and render: a report's view in the other script, for a project that publishes
//! both (`scripts` in lawrpt.toml, `build --script`). Input: the view of the report as written;
//! output: that view with its language links, and one converted view per other script.
//!
//! The conversion is OpenCC's, phrase-aware, through hanconv (头发 → 頭髮 but 发展 → 發展;
//! 干部 → 幹部 but 干涉 → 干涉), never `script::fold`'s character table, which is for
//! matching only. It converts the view's strings, not the YAML: the model stays the author's,
//! and what templates see is converted whole (title, headings, bodies rendered three ways,
//! points, authority, dates). Rendered HTML may be converted as text because OpenCC's
//! dictionaries hold no ASCII: tags, attributes, entities and percent-encoded link targets
//! pass through unchanged. hanconv's dictionaries take milliseconds to load, so nothing here
//! runs unless a variant is asked for.

use crate::render::view::{
    DateView, DivisionView, Nav, PointView, ReportView, Rich, ScriptLink, Words,
};
use crate::report::script::Script;

/// The file name of an output in a script the report was not written in:
/// `report.html` → `report.zh-Hant.html`.
pub fn file_name(output: &str, script: Script) -> String {
    match output.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{}.{extension}", script.lang()),
        None => format!("{output}.{}", script.lang()),
    }
}

/// An output's file name in one version of a year's pages: as written (`None`), or converted
/// into `script`.
pub fn version_file(output: &str, script: Option<Script>) -> String {
    script.map_or_else(|| output.to_string(), |script| file_name(output, script))
}

/// Whether a file name is one [`file_name`] gives for some output and script.
pub fn is_variant_file(name: &str, outputs: &[&str]) -> bool {
    outputs.iter().any(|output| {
        Script::ALL
            .into_iter()
            .any(|script| file_name(output, script) == name)
    })
}

/// The scripts a report written in `own` gets a converted variant in: those published, less
/// its own.
pub fn others(own: Script, published: &[Script]) -> Vec<Script> {
    published.iter().copied().filter(|s| *s != own).collect()
}

/// Text in another script, phrase by phrase. Traditional is OpenCC's `s2tw`: its phrases,
/// then the character forms Traditional texts are commonly set in (為, 裡, not OpenCC's own
/// 爲, 裏), as the sample's published Traditional copy is; words are not localised (that
/// would be `s2twp`). Simplified is `tw2s`, which reads both forms.
pub fn convert_text(text: &str, to: Script) -> String {
    match to {
        Script::Traditional => hanconv::s2tw(text),
        Script::Simplified => hanconv::tw2s(text),
    }
}

/// The pages of one year: the report as written (`None`), then each variant, every one with
/// links to the others and, through `nav` (the site's navigation in a script), to the index
/// and the neighbouring years' pages in its own script.
pub fn versions(
    mut view: ReportView,
    own: Script,
    others: &[Script],
    nav: impl Fn(Script) -> Nav,
) -> Vec<(Option<Script>, ReportView)> {
    view.nav = nav(own);
    if others.is_empty() {
        return vec![(None, view)];
    }
    let page = |script: Script| {
        if script == own {
            "report.html".to_string()
        } else {
            file_name("report.html", script)
        }
    };
    let links = |current: Script| -> Vec<ScriptLink> {
        std::iter::once(own)
            .chain(others.iter().copied())
            .map(|script| ScriptLink {
                lang: script.lang(),
                label: script.label(),
                href: page(script),
                current: script == current,
            })
            .collect()
    };
    let mut pages = Vec::with_capacity(others.len() + 1);
    for &script in others {
        let mut converted = convert(&view, script);
        converted.nav = nav(script);
        converted.scripts = links(script);
        pages.push((Some(script), converted));
    }
    view.scripts = links(own);
    pages.insert(0, (None, view));
    pages
}

/// A report's view with every string a reader sees converted into `to`. Struct literals
/// throughout, so a field added to the view does not compile until it is converted here.
fn convert(view: &ReportView, to: Script) -> ReportView {
    let c = |text: &str| convert_text(text, to);
    ReportView {
        year: view.year,
        title: c(&view.title),
        authority: view.authority.as_deref().map(c),
        issued: view.issued.as_ref().map(|d| DateView {
            iso: d.iso.clone(),
            display: c(&d.display),
        }),
        lang: to.lang(),
        generator: view.generator.clone(),
        preamble: view.preamble.as_ref().map(|r| rich(r, to)),
        parts: view.parts.iter().map(|d| division(d, to)).collect(),
        nav: view.nav.clone(),
        scripts: Vec::new(),
        pdf: None,
        docx: None,
        words: Words::of(to),
    }
}

fn rich(rich: &Rich, to: Script) -> Rich {
    Rich {
        html: convert_text(&rich.html, to),
        md: convert_text(&rich.md, to),
        text: convert_text(&rich.text, to),
    }
}

fn division(view: &DivisionView, to: Script) -> DivisionView {
    let children = |list: &[DivisionView]| list.iter().map(|d| division(d, to)).collect();
    DivisionView {
        number: convert_text(&view.number, to),
        anchor: view.anchor.clone(),
        depth: view.depth,
        role: view.role,
        heading: convert_text(&view.heading, to),
        body: view.body.as_ref().map(|r| rich(r, to)),
        points: view.points.iter().map(|p| point(p, to)).collect(),
        sections: children(&view.sections),
        items: children(&view.items),
        subitems: children(&view.subitems),
    }
}

fn point(view: &PointView, to: Script) -> PointView {
    let c = |text: &str| convert_text(text, to);
    PointView {
        ordinal: c(&view.ordinal),
        lead: view.lead.as_deref().map(c),
        body: view.body.as_ref().map(|r| rich(r, to)),
        html: c(&view.html),
        md: c(&view.md),
        text: c(&view.text),
        runs_in: view.runs_in,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;
    use crate::render::view;
    use crate::report::script;
    use crate::site::sitemap::{Around, Map};

    #[track_caller]
    fn to_traditional(simplified: &str, traditional: &str) {
        assert_eq!(convert_text(simplified, Script::Traditional), traditional);
    }

    #[test]
    fn conversion_reads_phrases_where_a_character_table_would_go_wrong() {
        // 发 is 發 in 发展 and 髮 in 头发; 干 is 幹 in 干部 and stays in 干涉.
        to_traditional("头发", "頭髮");
        to_traditional("发展", "發展");
        to_traditional("干部", "幹部");
        to_traditional("干涉", "干涉");
        to_traditional("理发师的头发", "理髮師的頭髮");
        to_traditional("为人民服务", "為人民服務");
        assert_eq!(
            convert_text("乾隆年間天氣乾燥", Script::Simplified),
            "乾隆年间天气干燥"
        );
        // The character table that folds for matching reads 乾 one way only.
        assert_eq!(script::fold("乾隆"), "干隆");
    }

    #[test]
    fn markup_and_ascii_pass_through_unchanged() {
        let html = "<p class=\"point\"><strong>一是加强领导。</strong>见<a href=\"https://example.org/%E5%8F%91\" title=\"发展\">发展</a> &amp; 2024年, ok</p>\n";
        assert_eq!(
            convert_text(html, Script::Traditional),
            "<p class=\"point\"><strong>一是加強領導。</strong>見<a href=\"https://example.org/%E5%8F%91\" title=\"發展\">發展</a> &amp; 2024年, ok</p>\n"
        );
    }

    #[test]
    fn variant_files_sit_beside_the_report_with_the_script_in_their_name() {
        assert_eq!(
            file_name("report.html", Script::Traditional),
            "report.zh-Hant.html"
        );
        assert_eq!(
            file_name("report.md", Script::Simplified),
            "report.zh-Hans.md"
        );
        let outputs = ["report.md", "report.html", "report.txt"];
        assert!(is_variant_file("report.zh-Hant.txt", &outputs));
        assert!(!is_variant_file("report.txt", &outputs));
        assert!(!is_variant_file("report.zh-TW.txt", &outputs));
    }

    #[test]
    fn a_report_gets_variants_in_the_published_scripts_but_its_own() {
        use Script::*;
        assert_eq!(
            others(Simplified, &[Simplified, Traditional]),
            [Traditional]
        );
        assert_eq!(
            others(Traditional, &[Simplified, Traditional]),
            [Simplified]
        );
        assert_eq!(others(Simplified, &[Simplified]), []);
        assert_eq!(others(Simplified, &[]), []);
    }

    const REPORT: &str = "year: 2024\nauthority: 某区人民政府\nissued: 2025-03-28\npreamble: 现将2024年法治政府建设情况报告如下。\nparts:\n  - role: measures\n    heading: 2024年度推进法治政府建设的主要举措和成效\n    sections:\n      - heading: 加强干部队伍建设\n        body: |-\n          头发与发展。\n\n          | 指标 | 数量 |\n          |---|---:|\n          | 受理复议案件 | 159 |\n        points:\n          - lead: 全面加强党的领导。\n            body: 深入学习。\n        items:\n          - heading: 项\n            subitems:\n              - heading: 规范执法\n                body: 开展执法检查。\n";

    #[test]
    fn every_string_a_reader_sees_is_converted_and_the_pages_link_each_other() {
        let report = load(REPORT).report.unwrap();
        let own = view::build(&report, None, Nav::default());
        let map = Map {
            published: vec![Script::Simplified, Script::Traditional],
            index: Script::Simplified,
        };
        let around = Around::new((Some("2023"), None), |_| Script::Simplified, map);
        let pages = versions(own, Script::Simplified, &[Script::Traditional], |s| {
            around.nav(s)
        });
        assert_eq!(pages.len(), 2);
        let (script, hant) = &pages[1];
        assert_eq!(*script, Some(Script::Traditional));
        assert_eq!(hant.lang, "zh-Hant");
        assert_eq!(hant.title, "某區人民政府2024年法治政府建設情況報告");
        assert_eq!(hant.parts[0].sections[0].heading, "加強幹部隊伍建設");
        assert_eq!(
            hant.nav.prev.as_ref().unwrap().href,
            "../2023/report.zh-Hant.html"
        );
        assert_eq!(hant.nav.index, "../index.zh-Hant.html");
        // Nothing Simplified is left anywhere in what the templates see.
        let json = serde_json::to_string(hant).unwrap();
        for simplified in [
            "区", "现将", "发展", "头发", "领导", "学习", "规范", "执法", "数量", "复议",
        ] {
            assert!(!json.contains(simplified), "{simplified} in {json}");
        }
        assert!(json.contains("頭髮與發展"), "{json}");
        assert_eq!(
            view::script_links(&hant.scripts),
            [
                ("zh-Hans", "report.html", false),
                ("zh-Hant", "report.zh-Hant.html", true)
            ]
        );
        let (script, hans) = &pages[0];
        assert_eq!(*script, None);
        assert_eq!(hans.lang, "zh-Hans");
        assert_eq!(hans.nav.prev.as_ref().unwrap().href, "../2023/report.html");
        assert_eq!(hans.nav.index, "../index.html");
        assert!(hans.scripts[0].current && !hans.scripts[1].current);
    }

    #[test]
    fn without_variants_the_view_is_left_as_it_was() {
        let report = load(REPORT).report.unwrap();
        let own = view::build(&report, None, Nav::default());
        let map = Map {
            published: vec![],
            index: Script::Simplified,
        };
        let around = Around::new((None, None), |_| Script::Simplified, map);
        let pages = versions(own, Script::Simplified, &[], |s| around.nav(s));
        assert_eq!(pages.len(), 1);
        assert!(pages[0].1.scripts.is_empty());
    }
}
