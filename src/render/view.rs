//! What templates see: view structs made for them from a checked [`Report`].
//!
//! This is the templates' documented contract (README, "Templates"); the model's insides
//! may change without breaking a project's templates. Every key is always present (an absent
//! value is `null`), numbering is generated here, and bodies arrive rendered three ways.

use serde::Serialize;

use crate::i18n::Lang;
use crate::report::markdown;
use crate::report::model::{Division, Level, Point, Report};
use crate::report::numbering;
use crate::report::script::Script;
use crate::report::title;
use crate::tr;

/// The whole context of a template: `{{ report.… }}`.
#[derive(Debug, Serialize)]
pub struct ReportView {
    pub year: i64,
    pub title: String,
    pub authority: Option<String>,
    pub issued: Option<DateView>,
    /// `zh-Hans` or `zh-Hant`, from the characters of the report.
    pub lang: &'static str,
    pub generator: String,
    pub preamble: Option<Rich>,
    pub parts: Vec<DivisionView>,
    /// Links to the site's index and the neighbouring years' pages, relative to this page.
    pub nav: Nav,
    /// Every script this page is published in, this one included (`current`), for a language
    /// switch and `<link rel="alternate" hreflang>`. Empty when the project publishes each
    /// report in its own script only.
    pub scripts: Vec<ScriptLink>,
    /// This page printed to PDF, relative to it (`report.pdf`, `report.zh-Hant.pdf`), when the
    /// project publishes PDFs.
    pub pdf: Option<String>,
    /// This report as a Word file, relative to the page (`report.docx`, `report.zh-Hant.docx`),
    /// when the project publishes them.
    pub docx: Option<String>,
    /// The page's own words, in its script.
    pub words: Words,
}

/// The words a page says around the report (目录, 全部年度, 与上年对比 …), in the page's
/// script, from the message catalogue (`page-*`): the built-in templates take them from here,
/// and a project's own templates may.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Words {
    /// 目录: the heading of a report page's table of contents.
    pub contents: String,
    /// 跳到正文: the link that skips the navigation.
    pub skip: String,
    /// 全部年度: the link from a report page to the index.
    pub all_years: String,
    /// 年: after a year number in the year navigation (2023年).
    pub year_suffix: String,
    /// 年度: after a year on the index (2024年度).
    pub year: String,
    /// 其他格式: the index's column of the other formats.
    pub formats: String,
    /// 纯文本: the plain-text format, as the index links it.
    pub plain_text: String,
    /// 条检查提示: after a year's count of warnings on the index.
    pub warnings: String,
    /// 尚无报告: the index of a site with no report yet.
    pub no_reports: String,
    /// 与上年对比: the link to a year's comparison page.
    pub compared: String,
    /// 简繁切换: the label of the switch between the scripts.
    pub switch_script: String,
    /// 法治政府建设年度报告: the index's title, after the newest year's authority.
    pub site_title: String,
}

impl Words {
    /// The words of a page in `script`.
    pub fn of(script: Script) -> Words {
        let lang = match script {
            Script::Simplified => Lang::ZhHans,
            Script::Traditional => Lang::ZhHant,
        };
        Words {
            contents: tr!(in lang; "page-contents").text,
            skip: tr!(in lang; "page-skip").text,
            all_years: tr!(in lang; "page-all-years").text,
            year_suffix: tr!(in lang; "page-year-suffix").text,
            year: tr!(in lang; "page-year").text,
            formats: tr!(in lang; "page-formats").text,
            plain_text: tr!(in lang; "page-plain-text").text,
            warnings: tr!(in lang; "page-warnings").text,
            no_reports: tr!(in lang; "page-no-reports").text,
            compared: tr!(in lang; "page-compared").text,
            switch_script: tr!(in lang; "page-switch-script").text,
            site_title: tr!(in lang; "page-site-title").text,
        }
    }
}

/// A year's page in one script, linked from its page in the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScriptLink {
    /// `zh-Hans` or `zh-Hant`.
    pub lang: &'static str,
    /// The script's name in itself: 简体, 繁體.
    pub label: &'static str,
    /// The page, relative to this one: `report.html`, `report.zh-Hant.html`.
    pub href: String,
    /// Whether this is the page that carries the link.
    pub current: bool,
}

/// Script links as `(lang, href, current)`, for tests to compare at a glance.
#[cfg(test)]
pub fn script_links(links: &[ScriptLink]) -> Vec<(&'static str, &str, bool)> {
    links
        .iter()
        .map(|l| (l.lang, l.href.as_str(), l.current))
        .collect()
}

/// Where a year's page sits among the others.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Nav {
    /// `../index.html`
    pub index: String,
    pub prev: Option<NavLink>,
    pub next: Option<NavLink>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NavLink {
    pub year: String,
    /// `../2023/report.html`
    pub href: String,
}

/// What the site's index page sees: `{{ site.… }}`.
#[derive(Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    pub lang: &'static str,
    pub generator: String,
    /// Newest first.
    pub years: Vec<YearLink>,
    /// The index in every script it is published in, this one included (`current`), each
    /// `href` relative to the index: `index.html`, `index.zh-Hans.html`. Empty when the index is
    /// published in its own script only.
    pub scripts: Vec<ScriptLink>,
    /// The page's own words, in its script.
    pub words: Words,
}

/// One year on the index page, with links relative to the index.
#[derive(Debug, Clone, Serialize)]
pub struct YearLink {
    pub year: String,
    /// The script of the page `html` links and of the title, authority and date shown: the
    /// index's, unless the year has no page in it (then the year's own).
    pub lang: &'static str,
    pub title: String,
    pub authority: Option<String>,
    pub issued: Option<DateView>,
    pub warnings: usize,
    /// `2024/report.html`, `2024/report.md`, `2024/report.txt`: the year in the index's script
    /// (`2024/report.zh-Hant.html` when that is a converted copy).
    pub html: String,
    pub md: String,
    pub txt: String,
    /// `2024/report.pdf`, beside `html`, when the year's last build printed it.
    pub pdf: Option<String>,
    /// `2024/report.docx`, when the year's last build wrote it.
    pub docx: Option<String>,
    /// `diff/2023-2024.html`: what changed since the year before, when there is one.
    pub diff: Option<String>,
    /// The year in the other script, when the project publishes both: empty, or one entry
    /// with the lang, label and links of its pages in that script (`report.zh-Hant.{html,md,txt}`,
    /// or `report.{html,md,txt}` in the index of the script the year is not written in).
    pub variants: Vec<VariantLink>,
}

/// A year's outputs in another script than the index's, linked from the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VariantLink {
    pub lang: &'static str,
    pub label: &'static str,
    /// `2024/report.zh-Hant.html`, `.md`, `.txt`, or the report as written
    pub html: String,
    pub md: String,
    pub txt: String,
}

impl YearLink {
    pub fn new(
        year: &str,
        lang: &'static str,
        title: String,
        authority: Option<String>,
        issued: Option<DateView>,
        warnings: usize,
    ) -> YearLink {
        YearLink {
            year: year.to_string(),
            lang,
            title,
            authority,
            issued,
            warnings,
            html: format!("{year}/report.html"),
            md: format!("{year}/report.md"),
            txt: format!("{year}/report.txt"),
            pdf: None,
            docx: None,
            diff: None,
            variants: Vec::new(),
        }
    }
}

/// The index of a site whose years are `years` (any order; shown newest first), in the script
/// `lang`. Its title names the authority of the newest year, as `years` shows it.
pub fn site(mut years: Vec<YearLink>, lang: &'static str, scripts: Vec<ScriptLink>) -> SiteView {
    years.sort_by(|a, b| b.year.cmp(&a.year));
    let authority = years
        .first()
        .and_then(|y| y.authority.clone())
        .unwrap_or_default();
    let script = Script::from_lang(lang).unwrap_or(Script::Simplified);
    let words = Words::of(script);
    SiteView {
        title: format!("{authority}{}", words.site_title),
        lang,
        generator: format!("lawrpt {}", env!("CARGO_PKG_VERSION")),
        years,
        scripts,
        words,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateView {
    /// 2025-03-28
    pub iso: String,
    /// 2025年3月28日
    pub display: String,
}

/// A Markdown body rendered for each output.
#[derive(Debug, Serialize)]
pub struct Rich {
    /// Block HTML, escaped and sanitised: emit with `| safe`.
    pub html: String,
    /// Markdown with raw HTML and unsafe links defused.
    pub md: String,
    /// Plain text, one paragraph per line, no trailing newline.
    pub text: String,
}

/// A part, section, item or sub-item. Parts also carry their `role`. The divisions one level
/// in are under the name of their level: a part's `sections`, a section's `items`, an item's
/// `subitems`; the other two lists are empty.
#[derive(Debug, Serialize)]
pub struct DivisionView {
    /// 一、 （一） 1. （1）
    pub number: String,
    /// A unique fragment id: part-1, part-1-2, part-1-2-3, part-1-2-3-4.
    pub anchor: String,
    /// 1 for parts, 2 for sections, 3 for items, 4 for sub-items.
    pub depth: u8,
    /// `measures`, `shortcomings`, `leadership`, `plans`, `other`; `null` below parts.
    pub role: Option<&'static str>,
    pub heading: String,
    pub body: Option<Rich>,
    pub points: Vec<PointView>,
    pub sections: Vec<DivisionView>,
    pub items: Vec<DivisionView>,
    pub subitems: Vec<DivisionView>,
}

#[derive(Debug, Serialize)]
pub struct PointView {
    /// 一是, 二是, …
    pub ordinal: String,
    pub lead: Option<String>,
    pub body: Option<Rich>,
    /// The whole point as one HTML block, the ordinal and lead in `<strong>`: emit with `| safe`.
    pub html: String,
    /// The whole point as Markdown, the ordinal and lead in bold.
    pub md: String,
    /// The whole point as plain text: ordinal, lead and body run together.
    pub text: String,
    /// The body opens with a paragraph, which the ordinal and lead run into (otherwise they
    /// stand on a line of their own, before a list or table). For the Word file, which sets
    /// the same lines; not a template field.
    #[serde(skip)]
    pub runs_in: bool,
}

/// Builds the view of a report. `title_pattern` is the project's, if it sets one.
pub fn build(report: &Report, title_pattern: Option<&str>, nav: Nav) -> ReportView {
    let script = report.script();
    let authority = report.authority.as_ref().map(|a| a.value.clone());
    let title = match &report.title {
        Some(title) => title.value.clone(),
        None => title::default_title(
            report.year.value,
            authority.as_deref(),
            title_pattern,
            script,
        ),
    };
    ReportView {
        year: report.year.value,
        title,
        authority,
        issued: report.issued.as_ref().map(|d| DateView {
            iso: d.value.iso(),
            display: d.value.chinese(),
        }),
        lang: script.lang(),
        generator: format!("lawrpt {}", env!("CARGO_PKG_VERSION")),
        preamble: report.preamble.as_ref().map(|p| rich(&p.value)),
        parts: report
            .parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let mut view = division(&part.division, i, "part");
                view.role = Some(part.role.value.key());
                view
            })
            .collect(),
        nav,
        scripts: Vec::new(),
        pdf: None,
        docx: None,
        words: Words::of(script),
    }
}

fn rich(source: &str) -> Rich {
    Rich::from(markdown::render(source))
}

impl From<markdown::Rendered> for Rich {
    fn from(rendered: markdown::Rendered) -> Rich {
        Rich {
            html: rendered.html,
            md: rendered.md,
            text: rendered.text,
        }
    }
}

fn division(division: &Division, index: usize, parent_anchor: &str) -> DivisionView {
    let anchor = format!("{parent_anchor}-{}", index + 1);
    let children: Vec<DivisionView> = division
        .children
        .iter()
        .enumerate()
        .map(|(i, child)| self::division(child, i, &anchor))
        .collect();
    let mut view = DivisionView {
        number: numbering::heading_number(division.level, index),
        depth: division.level as u8 + 1,
        role: None,
        heading: division.heading.value.clone(),
        body: division.body.as_ref().map(|b| rich(&b.value)),
        points: division
            .points
            .iter()
            .enumerate()
            .map(|(i, p)| point(p, i))
            .collect(),
        anchor,
        sections: Vec::new(),
        items: Vec::new(),
        subitems: Vec::new(),
    };
    match division.level.child() {
        Some(Level::Section) => view.sections = children,
        Some(Level::Item) => view.items = children,
        _ => view.subitems = children,
    }
    view
}

fn point(point: &Point, index: usize) -> PointView {
    let ordinal = numbering::point_ordinal(index);
    let lead = point.lead.as_ref().map(|l| l.value.clone());
    let rendered = point.body.as_ref().map(|b| markdown::render(&b.value));
    let runs_in = rendered.as_ref().is_none_or(|r| r.starts_with_paragraph);
    let body = rendered.map(Rich::from);
    let opening = format!("{ordinal}{}", lead.as_deref().unwrap_or(""));

    let html_open = match &lead {
        Some(_) => format!(
            "<p class=\"point\"><strong>{}</strong>",
            markdown::escape_html(&opening)
        ),
        None => format!("<p class=\"point\">{}", markdown::escape_html(&opening)),
    };
    let body_html = body.as_ref().map_or("", |b| b.html.as_str());
    let html = match body_html.strip_prefix("<p>") {
        Some(rest) if runs_in => format!("{html_open}{rest}"),
        _ => format!("{html_open}</p>\n{body_html}"),
    };

    let md_open = match &lead {
        Some(_) => strong_md(&opening),
        None => markdown::escape_inline(&opening),
    };
    let body_md = body.as_ref().map_or("", |b| b.md.as_str());
    let md = if runs_in || body_md.is_empty() {
        format!("{md_open}{body_md}")
    } else {
        format!("{md_open}\n\n{body_md}")
    };

    let body_text = body.as_ref().map_or("", |b| b.text.as_str());
    let text = if runs_in || body_text.is_empty() {
        format!("{opening}{body_text}")
    } else {
        format!("{opening}\n{body_text}")
    };
    PointView {
        ordinal,
        lead,
        body,
        html,
        md,
        text,
        runs_in,
    }
}

/// Bold Markdown that CommonMark actually reads as bold in Chinese text. A closing `**` right
/// after punctuation and right before a character (`**领导。**深入`) does not close, so
/// trailing punctuation goes after the closing `**`.
fn strong_md(text: &str) -> String {
    let core = text.trim_end_matches(|c: char| c.is_ascii_punctuation() || is_cjk_punctuation(c));
    let tail = &text[core.len()..];
    if core.is_empty() {
        return markdown::escape_inline(text);
    }
    format!(
        "**{}**{}",
        markdown::escape_inline(core),
        markdown::escape_inline(tail)
    )
}

fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '\u{2010}'..='\u{2027}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    fn view(source: &str) -> ReportView {
        build(&load(source).report.unwrap(), None, Nav::default())
    }

    const REPORT: &str = "year: 2024\nauthority: 某区人民政府\nparts:\n  - role: measures\n    heading: 举措\n    sections:\n      - heading: 节\n        points:\n          - lead: 加强领导。\n            body: 深入学习。\n          - 没有引领句。\n        items:\n          - heading: 项\n            subitems:\n              - heading: 子项\n                body: 正文\n";

    #[test]
    fn numbers_and_anchors_follow_position() {
        let v = view(REPORT);
        let part = &v.parts[0];
        assert_eq!(
            (part.number.as_str(), part.anchor.as_str(), part.role),
            ("一、", "part-1", Some("measures"))
        );
        let section = &part.sections[0];
        assert_eq!(
            (section.number.as_str(), section.anchor.as_str()),
            ("（一）", "part-1-1")
        );
        let item = &section.items[0];
        assert_eq!((item.number.as_str(), item.depth), ("1.", 3));
        assert_eq!(item.subitems[0].number, "（1）");
        assert_eq!(item.subitems[0].anchor, "part-1-1-1-1");
    }

    #[test]
    fn a_point_runs_its_bold_lead_into_its_body() {
        let v = view(REPORT);
        let points = &v.parts[0].sections[0].points;
        assert_eq!(
            points[0].html,
            "<p class=\"point\"><strong>一是加强领导。</strong>深入学习。</p>\n"
        );
        assert_eq!(points[0].md, "**一是加强领导**。深入学习。");
        assert_eq!(points[0].text, "一是加强领导。深入学习。");
        assert_eq!(points[1].text, "二是没有引领句。");
        assert_eq!(points[1].html, "<p class=\"point\">二是没有引领句。</p>\n");
    }

    #[test]
    fn the_markdown_bold_of_a_lead_is_read_as_bold() {
        let v = view(REPORT);
        let html = markdown::to_html(&v.parts[0].sections[0].points[0].md);
        assert_eq!(html, "<p><strong>一是加强领导</strong>。深入学习。</p>\n");
    }

    #[test]
    fn the_title_comes_from_the_report_the_project_or_the_default_in_the_reports_script() {
        assert_eq!(view(REPORT).title, "某区人民政府2024年法治政府建设情况报告");
        let traditional = hanconv::s2t(REPORT);
        assert_eq!(
            view(&traditional).title,
            "某區人民政府2024年法治政府建設情況報告"
        );
        assert_eq!(view(&traditional).lang, "zh-Hant");
        let report = load(REPORT).report.unwrap();
        assert_eq!(
            build(&report, Some("{year}年报告"), Nav::default()).title,
            "2024年报告"
        );
        let titled = REPORT.replace("year: 2024\n", "year: 2024\ntitle: 自定标题\n");
        assert_eq!(view(&titled).title, "自定标题");
    }

    #[test]
    fn the_index_lists_years_newest_first_under_the_newest_authority() {
        let link = |year: &str, authority: &str| {
            YearLink::new(
                year,
                "zh-Hans",
                format!("{year}年报告"),
                Some(authority.into()),
                None,
                0,
            )
        };
        let site = site(
            vec![link("2023", "旧名"), link("2024", "某区人民政府")],
            "zh-Hans",
            Vec::new(),
        );
        assert_eq!(site.title, "某区人民政府法治政府建设年度报告");
        assert_eq!(site.years[0].year, "2024");
        assert_eq!(site.years[0].html, "2024/report.html");
    }

    #[test]
    fn lead_html_is_escaped() {
        let v = view(&REPORT.replace("加强领导。", "\"<b>加强</b>\""));
        assert!(v.parts[0].sections[0].points[0].html.contains("&lt;b&gt;"));
    }

    #[test]
    fn a_page_says_its_words_in_its_script_from_the_catalogue() {
        let hans = Words::of(Script::Simplified);
        let hant = Words::of(Script::Traditional);
        assert_eq!(
            (hans.contents.as_str(), hant.contents.as_str()),
            ("目录", "目錄")
        );
        // Traditional writes "plain text" its own way, not character for character (純文本).
        assert_eq!(
            (hans.plain_text.as_str(), hant.plain_text.as_str()),
            ("纯文本", "純文字")
        );
        assert_eq!(hant.site_title, "法治政府建設年度報告");
    }
}
