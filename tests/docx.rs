//! Word output (`build --docx`, `docx = true`): `report.docx` laid out to GB/T 9704-2012,
//! published like every other output, and read back by `lawrpt import`.
//!
//! The layout tests open the file as Word does — a zip of XML parts — and read the page
//! setup, the styles, the paragraphs, the footers and the font table from it. The last test
//! has LibreOffice convert the sample to PDF and reads that with poppler: A4, the page count
//! of the HTML print, the text, and the free faces contrib/fontconfig maps the standard's to;
//! and to OpenDocument, where its headings are outline headings. Where there is no LibreOffice it is skipped, except on CI,
//! which installs it (`.ci/run`), where its absence fails.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;

use roxmltree::{Document, Node};

mod common;
use common::{assert_exit, lawrpt, poppler, sample, sample_as_imported, stderr, stdout};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The parts of a Word file, by name, in the order the zip holds them.
struct Parts {
    names: Vec<String>,
    archive: zip::ZipArchive<Cursor<Vec<u8>>>,
}

impl Parts {
    fn open(path: &Path) -> Parts {
        let archive = zip::ZipArchive::new(Cursor::new(fs::read(path).unwrap())).unwrap();
        let names = archive
            .file_names()
            .map(|name| name.unwrap().to_string())
            .collect();
        Parts { names, archive }
    }

    fn text(&mut self, name: &str) -> String {
        let mut text = String::new();
        self.archive
            .by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .read_to_string(&mut text)
            .unwrap();
        text
    }
}

/// The first element named `w:name` at or under `node`.
fn first<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.descendants().find(|n| n.has_tag_name((W, name)))
}

/// `w:val` (or another `w:` attribute) of the first descendant named `name`.
fn attr<'a>(node: Node<'a, '_>, name: &str, attribute: &str) -> Option<&'a str> {
    first(node, name).and_then(|n| n.attribute((W, attribute)))
}

fn children<'a, 'i>(node: Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |n| n.has_tag_name((W, name)))
}

/// The style of a paragraph (`w:p`), "Normal" where it names none.
fn style_of<'a>(p: Node<'a, '_>) -> &'a str {
    children(p, "pPr")
        .next()
        .and_then(|ppr| attr(ppr, "pStyle", "val"))
        .unwrap_or("Normal")
}

/// A paragraph's or a cell's text.
fn text_of(node: Node) -> String {
    node.descendants()
        .filter(|n| n.has_tag_name((W, "t")))
        .filter_map(|n| n.text())
        .collect()
}

/// Whether a run (`w:r`) is bold.
fn bold(run: Node) -> bool {
    children(run, "rPr")
        .next()
        .is_some_and(|rpr| children(rpr, "b").next().is_some())
}

#[test]
fn the_sample_is_laid_out_to_the_official_document_standard() {
    let project = sample();
    assert_exit(&lawrpt(project.path(), &["build", "2024", "--docx"]), 0);
    let mut parts = Parts::open(&project.path().join("out/2024/report.docx"));

    // The page: A4; margins 37, 35, 28 and 26 mm; a grid of lines at the body's pitch.
    let document = parts.text("word/document.xml");
    let document = Document::parse(&document).unwrap();
    let section = first(document.root(), "sectPr").unwrap();
    assert_eq!(attr(section, "pgSz", "w"), Some("11906"));
    assert_eq!(attr(section, "pgSz", "h"), Some("16838"));
    let margin = |side: &str| {
        attr(section, "pgMar", side)
            .unwrap()
            .parse::<f64>()
            .unwrap()
    };
    for (side, mm) in [
        ("top", 37.0),
        ("bottom", 35.0),
        ("left", 28.0),
        ("right", 26.0),
    ] {
        let twips = mm * 1440.0 / 25.4;
        assert!(
            (margin(side) - twips).abs() < 1.0,
            "{side}: {}",
            margin(side)
        );
    }
    assert_eq!(attr(section, "docGrid", "type"), Some("lines"));
    assert_eq!(attr(section, "docGrid", "linePitch"), Some("579"));

    // The styles: one of each, Word's built-in names, the standard's faces and sizes.
    let styles = parts.text("word/styles.xml");
    let styles = Document::parse(&styles).unwrap();
    let style = |id: &str| {
        let found: Vec<Node> = styles
            .descendants()
            .filter(|n| n.has_tag_name((W, "style")) && n.attribute((W, "styleId")) == Some(id))
            .collect();
        assert_eq!(found.len(), 1, "style {id}");
        found[0]
    };
    let normal = style("Normal");
    assert_eq!(attr(normal, "rFonts", "eastAsia"), Some("仿宋_GB2312"));
    assert_eq!(attr(normal, "sz", "val"), Some("32"), "三号 is 16 pt");
    assert_eq!(attr(normal, "spacing", "lineRule"), Some("exact"));
    assert_eq!(attr(normal, "spacing", "line"), Some("579"), "28.95 pt");
    assert_eq!(
        attr(normal, "ind", "firstLine"),
        Some("640"),
        "two characters"
    );
    let title = style("Title");
    assert_eq!(attr(title, "rFonts", "eastAsia"), Some("方正小标宋简体"));
    assert_eq!(attr(title, "sz", "val"), Some("44"), "二号 is 22 pt");
    assert_eq!(attr(title, "jc", "val"), Some("center"));
    for (level, face, is_bold) in [
        (1, "黑体", false),
        (2, "楷体_GB2312", true),
        (3, "仿宋_GB2312", true),
        (4, "仿宋_GB2312", true),
    ] {
        let heading = style(&format!("Heading{level}"));
        assert_eq!(
            attr(heading, "name", "val"),
            Some(format!("heading {level}").as_str()),
            "Word's built-in name, which it shows as 标题 {level}"
        );
        assert_eq!(attr(heading, "rFonts", "eastAsia"), Some(face));
        assert_eq!(attr(heading, "sz", "val"), Some("32"));
        let outline = (level - 1).to_string();
        assert_eq!(attr(heading, "outlineLvl", "val"), Some(outline.as_str()));
        let has_bold = heading.descendants().any(|n| n.has_tag_name((W, "b")));
        assert_eq!(has_bold, is_bold, "heading {level}");
    }
    let footer = style("Footer");
    assert_eq!(attr(footer, "rFonts", "eastAsia"), Some("宋体"));
    assert_eq!(attr(footer, "sz", "val"), Some("28"), "四号 is 14 pt");

    // The paragraphs: the title, the parts and sections as headings, 一是 and its lead bold,
    // the issuer and the date at the right.
    let body = first(document.root(), "body").unwrap();
    let paragraphs: Vec<Node> = children(body, "p").collect();
    let count = |id: &str| paragraphs.iter().filter(|p| style_of(**p) == id).count();
    assert_eq!(style_of(paragraphs[0]), "Title");
    assert_eq!(
        text_of(paragraphs[0]),
        "西安市高陵區人民政府2024年法治政府建設情況報告"
    );
    assert_eq!(
        (count("Title"), count("Heading1"), count("Heading2")),
        (1, 3, 10)
    );
    let headings: Vec<String> = paragraphs
        .iter()
        .filter(|p| style_of(**p) == "Heading1")
        .map(|p| text_of(*p))
        .collect();
    assert_eq!(headings[0], "一、2024年度推進法治政府建設的主要舉措和成效");
    let points: Vec<&Node> = paragraphs
        .iter()
        .filter(|p| {
            let runs: Vec<Node> = children(**p, "r").collect();
            runs.first()
                .is_some_and(|r| bold(*r) && text_of(*r).contains('是'))
        })
        .collect();
    assert_eq!(
        points.len(),
        21,
        "every point opens with its 一是 and lead in bold"
    );
    let lead = children(*points[0], "r").next().unwrap();
    assert!(text_of(lead).starts_with("一是"), "{}", text_of(lead));
    // The sample names its issuer and no date: a blank line, then the issuer at the right.
    let closing: Vec<(String, Option<&str>)> = paragraphs[paragraphs.len() - 2..]
        .iter()
        .map(|p| (text_of(*p), attr(*p, "jc", "val")))
        .collect();
    assert_eq!(
        closing,
        [
            (String::new(), None),
            ("西安市高陵區人民政府".to_string(), Some("right")),
        ]
    );

    // Page numbers: "— 1 —" in the footer style, at the right on odd pages and the left on
    // even ones, which Word keeps apart only when the settings say so.
    let settings = parts.text("word/settings.xml");
    assert!(settings.contains("<w:evenAndOddHeaders"), "{settings}");
    let rels = parts.text("word/_rels/document.xml.rels");
    for (kind, side) in [("default", "right"), ("even", "left")] {
        let reference = section
            .children()
            .find(|n| {
                n.has_tag_name((W, "footerReference")) && n.attribute((W, "type")) == Some(kind)
            })
            .unwrap();
        let id = reference
            .attribute((
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "id",
            ))
            .unwrap();
        let rels = Document::parse(&rels).unwrap();
        let target = rels
            .descendants()
            .find(|n| n.attribute("Id") == Some(id))
            .and_then(|n| n.attribute("Target"))
            .unwrap();
        let footer = parts.text(&format!("word/{target}"));
        let footer = Document::parse(&footer).unwrap();
        let p = first(footer.root(), "p").unwrap();
        assert_eq!(style_of(p), "Footer");
        assert_eq!(attr(p, "jc", "val"), Some(side), "{kind} footer");
        let field: String = p
            .descendants()
            .filter(|n| n.has_tag_name((W, "instrText")))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(field.trim(), "PAGE");
        assert_eq!(
            text_of(p),
            "— 1 —",
            "{kind} footer, with the field's cached 1"
        );
    }

    // Every face the styles name is in the font table with the face to use without it.
    let fonts = parts.text("word/fontTable.xml");
    let fonts = Document::parse(&fonts).unwrap();
    for face in [
        "仿宋_GB2312",
        "方正小标宋简体",
        "黑体",
        "楷体_GB2312",
        "宋体",
    ] {
        let font = fonts
            .descendants()
            .find(|n| n.has_tag_name((W, "font")) && n.attribute((W, "name")) == Some(face))
            .unwrap_or_else(|| panic!("{face} is not in the font table"));
        assert!(attr(font, "altName", "val").is_some(), "{face}");
        assert_eq!(attr(font, "charset", "val"), Some("86"), "{face}: GB2312");
    }
}

#[test]
fn the_same_report_gives_the_same_bytes_dated_nowhere() {
    let project = sample();
    assert_exit(&lawrpt(project.path(), &["build", "2024", "--docx"]), 0);
    let path = project.path().join("out/2024/report.docx");
    let first = fs::read(&path).unwrap();
    assert_exit(
        &lawrpt(project.path(), &["build", "2024", "--docx", "--force"]),
        0,
    );
    assert_eq!(fs::read(&path).unwrap(), first);
    // No part carries the moment it was written: zip times are the format's epoch, and the
    // document properties name no date.
    let mut archive = zip::ZipArchive::new(Cursor::new(first)).unwrap();
    for i in 0..archive.len() {
        let entry = archive.by_index(i).unwrap();
        let time = entry.last_modified().unwrap();
        assert_eq!(
            (
                time.year(),
                time.month(),
                time.day(),
                time.hour(),
                time.minute()
            ),
            (1980, 1, 1, 0, 0),
            "{}",
            entry.name().unwrap()
        );
    }
    let mut core = String::new();
    archive
        .by_name("docProps/core.xml")
        .unwrap()
        .read_to_string(&mut core)
        .unwrap();
    assert!(!core.contains("2026") && !core.contains("2027"), "{core}");
    let parts = Parts::open(&path);
    assert_eq!(parts.names[4], "[Content_Types].xml");
    assert_eq!(parts.names.last().unwrap(), "word/_rels/footer2.xml.rels");
}

/// Each paragraph of the Word file is a line of report.txt, whatever a body holds: lists,
/// quotations, links, and a point whose body opens with a list (its 一是 and lead stand alone).
#[test]
fn every_paragraph_is_a_line_of_the_plain_text() {
    let project = common::project_with_2024(
        "year: 2024\nauthority: 某县人民政府\nparts:\n  - heading: 2024年度推进法治政府建设的主要举措和成效\n    role: measures\n    body: |\n      见[网站](https://www.gov.cn/)。\n\n      > 引文一句。\n    points:\n      - lead: 加强领导。\n        body: |\n          - 甲项\n          - 乙项\n      - lead: 完善制度。\n        body: 制定办法。\n  - heading: 2024年度推进法治政府建设存在的不足和原因\n    role: shortcomings\n    body: 仍有差距。\n  - heading: 2025年度推进法治政府建设的主要安排\n    role: plans\n    body: |\n      1. 第一\n      2. 第二\n",
    );
    assert_exit(&lawrpt(project.path(), &["build", "2024", "--docx"]), 0);
    let txt = fs::read_to_string(project.path().join("out/2024/report.txt")).unwrap();
    let lines: Vec<&str> = txt.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut parts = Parts::open(&project.path().join("out/2024/report.docx"));
    let document = parts.text("word/document.xml");
    let document = Document::parse(&document).unwrap();
    let body = first(document.root(), "body").unwrap();
    let paragraphs: Vec<String> = children(body, "p")
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(paragraphs, lines);
}

#[test]
fn bodies_keep_their_bold_and_their_tables_become_word_tables() {
    let project = common::project_with_2024(
        "year: 2024\nparts:\n  - heading: 一、2024年度推进法治政府建设的主要举措和成效\n    role: measures\n    body: |\n      全区**依法行政**水平提升。\n\n      | 项目 | 数量 |\n      |---|---:|\n      | 行政复议案件 | 159件 |\n      | 行政诉讼案件 | 75件 |\n  - heading: 二、2024年度推进法治政府建设存在的不足和原因\n    role: shortcomings\n    body: 仍有差距。\n  - heading: 三、2025年度推进法治政府建设的主要安排\n    role: plans\n    body: 持续推进。\n",
    );
    fs::write(project.path().join("lawrpt.toml"), "docx = true\n").unwrap();
    let run = lawrpt(project.path(), &["build", "2024"]);
    assert_exit(&run, 0);
    let mut parts = Parts::open(&project.path().join("out/2024/report.docx"));
    let document = parts.text("word/document.xml");
    let document = Document::parse(&document).unwrap();
    let runs: Vec<(String, bool)> = document
        .descendants()
        .filter(|n| n.has_tag_name((W, "p")) && text_of(*n).starts_with("全区"))
        .flat_map(|p| {
            children(p, "r")
                .map(|r| (text_of(r), bold(r)))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(
        runs,
        [
            ("全区".to_string(), false),
            ("依法行政".to_string(), true),
            ("水平提升。".to_string(), false)
        ]
    );
    let table = first(document.root(), "tbl").expect("the Markdown table is a Word table");
    let rows: Vec<Vec<(String, bool)>> = children(table, "tr")
        .map(|tr| {
            children(tr, "tc")
                .map(|tc| {
                    let all_bold = tc
                        .descendants()
                        .filter(|n| n.has_tag_name((W, "r")))
                        .all(bold);
                    (text_of(tc), all_bold)
                })
                .collect()
        })
        .collect();
    let cell = |text: &str, bold: bool| (text.to_string(), bold);
    assert_eq!(
        rows,
        [
            vec![cell("项目", true), cell("数量", true)],
            vec![cell("行政复议案件", false), cell("159件", false)],
            vec![cell("行政诉讼案件", false), cell("75件", false)],
        ]
    );
}

#[test]
fn importing_the_samples_word_file_gives_its_yaml_back() {
    let project = sample();
    assert_exit(&lawrpt(project.path(), &["build", "2024", "--docx"]), 0);
    let run = lawrpt(
        project.path(),
        &[
            "import",
            "out/2024/report.docx",
            "--year",
            "2024",
            "-o",
            "-",
        ],
    );
    assert_exit(&run, 0);
    assert!(
        stderr(&run).contains("0 other notes"),
        "nothing guessed: {}",
        stderr(&run)
    );
    let yaml = stdout(&run);
    let body: String = yaml
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(body, sample_as_imported());
}

fn docx_links(html: &str) -> Vec<String> {
    use scraper::{Html, Selector};
    let html = Html::parse_document(html);
    let selector = Selector::parse(
        "a[type=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"]",
    )
    .unwrap();
    html.select(&selector)
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect()
}

#[test]
fn word_files_are_published_checked_and_pruned_like_any_output() {
    let project = sample();
    let build = |args: &[&str]| lawrpt(project.path(), args);
    let out = project.path().join("out");
    assert_exit(&build(&["build", "2024", "--docx", "--script", "both"]), 0);

    // Both scripts, each linked from its page and its index.
    let simplified = Parts::open(&out.join("2024/report.zh-Hans.docx")).text("word/document.xml");
    assert!(simplified.contains("西安市高陵区人民政府2024年法治政府建设情况报告"));
    let read = |page: &str| fs::read_to_string(out.join(page)).unwrap();
    assert_eq!(docx_links(&read("2024/report.html")), ["report.docx"]);
    assert_eq!(
        docx_links(&read("2024/report.zh-Hans.html")),
        ["report.zh-Hans.docx"]
    );
    assert_eq!(docx_links(&read("index.html")), ["2024/report.docx"]);
    assert_eq!(
        docx_links(&read("index.zh-Hans.html")),
        ["2024/report.zh-Hans.docx"]
    );
    let manifest = read(".lawrpt-manifest.json");
    assert!(
        manifest.contains("\"report.zh-Hans.docx\": {"),
        "{manifest}"
    );

    // Up to date, then changed by hand: --check tells it and writes nothing.
    let check = build(&["build", "2024", "--docx", "--script", "both", "--check"]);
    assert_exit(&check, 0);
    fs::write(out.join("2024/report.docx"), b"edited").unwrap();
    let check = build(&["build", "2024", "--docx", "--script", "both", "--check"]);
    assert_exit(&check, 1);
    assert_eq!(stdout(&check), "changed: out/2024/report.docx\n");
    assert_eq!(fs::read(out.join("2024/report.docx")).unwrap(), b"edited");
    assert_exit(&build(&["build", "2024", "--docx", "--script", "both"]), 0);
    assert!(
        fs::read(out.join("2024/report.docx"))
            .unwrap()
            .starts_with(b"PK")
    );

    // Word output turned off: the files are stale, then pruned, and no page links them.
    common::assert_stale_then_pruned(&build, &out, "docx", "Word output is off");
    assert!(docx_links(&read("2024/report.html")).is_empty());
    assert!(docx_links(&read("index.html")).is_empty());
}

#[test]
fn libreoffice_opens_the_sample_and_sets_it_on_a4_pages() {
    let Some(soffice) = common::on_path(&["soffice", "libreoffice"]) else {
        common::skipped("LibreOffice and poppler-utils", "the conversion");
        return;
    };
    let project = sample();
    assert_exit(&lawrpt(project.path(), &["build", "2024", "--docx"]), 0);
    let converted = tempfile::tempdir().unwrap();
    // A profile of its own, so a LibreOffice the user has open is neither used nor disturbed,
    // and the fontconfig mapping README gives Linux users (contrib/fontconfig/).
    let profile = tempfile::tempdir().unwrap();
    let fonts = profile.path().join("config/fontconfig/conf.d");
    fs::create_dir_all(&fonts).unwrap();
    let mapping = "contrib/fontconfig/60-lawrpt-gbt9704.conf";
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(mapping),
        fonts.join("60-lawrpt-gbt9704.conf"),
    )
    .unwrap();
    // LibreOffice converts the file as a user's "Save as" does; it must say nothing amiss.
    let convert = |format: &str| {
        let run = Command::new(&soffice)
            .env("XDG_CONFIG_HOME", profile.path().join("config"))
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.path().display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                format,
                "--outdir",
            ])
            .arg(converted.path())
            .arg(project.path().join("out/2024/report.docx"))
            .output()
            .unwrap();
        assert!(run.status.success(), "soffice: {}", stderr(&run));
        let errors = stderr(&run);
        assert!(
            !errors.to_lowercase().contains("error"),
            "soffice: {errors}"
        );
        let written = converted.path().join(format!("report.{format}"));
        assert!(
            written.is_file(),
            "soffice wrote no {format}: {}",
            stdout(&run)
        );
        written
    };
    // The headings are headings to it: outline levels its navigator lists (3 parts, 10
    // sections in the sample).
    let odt = Parts::open(&convert("odt")).text("content.xml");
    let level = |n: u8| odt.matches(&format!("text:outline-level=\"{n}\"")).count();
    let headings = odt.matches("<text:h ").count();
    assert_eq!((headings, level(1), level(2)), (13, 3, 10), "{odt}");
    let pdf = convert("pdf");
    let info = common::PdfInfo::of(&pdf);
    let field = |name: &str| info.field(name);
    assert!(field("Page size:").ends_with("(A4)"), "{}", info.0);
    // With the mapping, the body is set in a serif (Noto Serif CJK for 仿宋) and the level-2
    // headings in a 楷体 (AR PL UKai), the free faces .ci/run installs.
    let fonts = poppler("pdffonts", &pdf, &[]);
    for face in ["NotoSerifCJK", "UKai"] {
        assert!(fonts.contains(face), "{mapping}: no {face}: {fonts}");
    }
    // The HTML print holds the sample on 8 pages of 22 lines; so does Word's grid.
    let pages: usize = field("Pages:").parse().unwrap();
    assert!((7..=9).contains(&pages), "{pages} pages");
    let text: String = poppler("pdftotext", &pdf, &[])
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for expected in [
        "西安市高陵區人民政府2024年法治政府建設情況報告",
        "堅持以習近平新時代中國特色社會主義思想",
        "一是",
        "西安市高陵區人民政府",
        "—1—",
        &format!("—{pages}—"),
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
}
