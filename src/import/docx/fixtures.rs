//! The Word files written by `tests/fixtures/import/make-docx.py`, read end to end.

use super::{Block, blocks};

/// Each block of a fixture as one line: its kind, its bold lead in brackets, then its text.
#[track_caller]
fn outline(name: &str) -> Vec<String> {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap();
    let blocks = blocks(&bytes).unwrap();
    for (number, block) in blocks.iter().enumerate() {
        assert_eq!(block.index, number + 1);
    }
    blocks.iter().map(line).collect()
}

fn line(block: &Block) -> String {
    let kind = match (block.heading, block.title, block.table) {
        (Some(level), _, _) => format!("h{level}"),
        (None, true, _) => "title".to_owned(),
        (None, false, true) => "table".to_owned(),
        (None, false, false) => "p".to_owned(),
    };
    match block.bold_prefix {
        Some(lead) => format!("{kind} [{}]{}", &block.text[..lead], &block.text[lead..]),
        None => format!("{kind} {}", block.text),
    }
}

const PREAMBLE: &str = "2024年，高陵区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，\
    扎实推进依法行政，法治政府建设各项工作展现新气象、取得新成效。现将2024年法治政府建设情况报告如下。";
const BODY_1: &str =
    "深入学习贯彻习近平法治思想，落实述法点评工作机制，每年召开区委书记点评法治工作会议。";
const BODY_2: &str = "紧盯法治政府建设短板弱项，压紧压实各部门法治政府建设主体责任。";
const BODY_3: &str = "对区级部门权责事项清单进行动态调整，规范行政权力运行。";
const BODY_4: &str =
    "公共法律服务供给与群众日益增长的用法需求有差距，人才队伍建设成效与高质量发展要求还不匹配。";
const BODY_5: &str = "深入学习贯彻习近平法治思想，扎实推动法治政府建设高质量发展。";

#[test]
fn a_report_with_heading_styles_has_its_title_parts_sections_and_bold_leads() {
    let expected = [
        "title 西安市高陵区2024年法治政府建设情况报告".to_owned(),
        format!("p {PREAMBLE}"),
        "h1 一、2024年度推进法治政府建设的主要举措和成效".to_owned(),
        "h2 （一）始终坚持党对法治政府建设的领导".to_owned(),
        format!("p [一是全面加强党对法治政府建设的领导。]{BODY_1}"),
        // "二是" is not bold, so the paragraph does not start bold: no lead.
        format!("p 二是着力夯实法治政府建设主体责任。{BODY_2}"),
        "h2 （二）持续优化政府机构职责体系".to_owned(),
        format!("p [一是推进政府职能协同高效。]{BODY_3}"),
        "h1 二、存在的不足和原因".to_owned(),
        format!("p {BODY_4}"),
        "h1 三、2025年度推进法治政府建设的主要安排".to_owned(),
        format!("p {BODY_5}"),
        "p 西安市高陵区人民政府".to_owned(),
        "p 2025年1月20日".to_owned(),
    ];
    assert_eq!(outline("headings-styled.docx"), expected);
}

#[test]
fn a_report_with_typed_numbering_has_no_headings_but_keeps_its_indentation_and_leads() {
    let expected = [
        "p 西安市高陵区2024年法治政府建设情况报告".to_owned(),
        format!("p 　　{PREAMBLE}"),
        "p 　　一、2024年度推进法治政府建设的主要举措和成效".to_owned(),
        "p 　　（一）始终坚持党对法治政府建设的领导".to_owned(),
        format!("p [　　一是全面加强党对法治政府建设的领导。]{BODY_1}"),
        format!("p [　　二是着力夯实法治政府建设主体责任。]{BODY_2}"),
        "p 　　（二）持续优化政府机构职责体系".to_owned(),
        format!("p [　　一是推进政府职能协同高效。]{BODY_3}"),
        "p 　　二、存在的不足和原因".to_owned(),
        format!("p 　　{BODY_4}"),
        "p 　　三、2025年度推进法治政府建设的主要安排".to_owned(),
        format!("p 　　{BODY_5}"),
        "p 西安市高陵区人民政府\n2025年1月20日".to_owned(),
    ];
    assert_eq!(outline("typed-numbering.docx"), expected);
}

#[test]
fn a_table_between_paragraphs_is_one_markdown_block() {
    let expected = [
        "p 2024年行政复议和行政诉讼案件办理情况如下：",
        "table | 类别 | 数量（件） | 备注 |\n\
         | --- | --- | --- |\n\
         | 行政复议 | 36 | 其中维持28件 纠错8件 |\n\
         | 行政诉讼 | 12 | 一审\\|二审 |",
        "p 以上数据截至2024年12月31日。",
    ];
    assert_eq!(outline("table.docx"), expected);
}

#[test]
fn a_damaged_file_is_read_or_refused_never_a_panic() {
    // Most damage is caught by the zip's checksums; the XML itself is damaged in
    // `docx::tests::any_tree_of_word_elements_is_read_without_panicking`.
    for name in ["headings-styled.docx", "typed-numbering.docx", "table.docx"] {
        let path = format!(
            "{}/tests/fixtures/import/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let bytes = std::fs::read(&path).unwrap();
        for at in (0..bytes.len()).step_by(2003) {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x55;
            let _ = blocks(&flipped);
            let _ = blocks(&bytes[..at]);
        }
    }
}
