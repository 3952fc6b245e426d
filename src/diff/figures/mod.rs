//! Figures: the numbers a report states in its text (159件, 98.6%, 130余件, 3个百分点, 1.2万),
//! each with the words that say what it counts, and the pairing of two years' figures by those
//! words, so that `lawrpt diff` can say "区政府常务会议学法: 5次 → 7次".
//!
//! Input: prose as an author wrote it, in either script (one body, lead or preamble at a
//! time). Output: [`extract`] gives the [`Figure`]s of a text in reading order, each with a byte
//! range into that text; [`pair`] matches last year's figures with this year's by the similarity
//! of their [`Figure::key`]s and lists the rest as only in one year. Extraction is a scanner, not
//! a parser: a figure is a number in Arabic digits followed by one of a fixed list of units
//! ([`UNITS`]); the label is the words of the clause around it. Numbers in Chinese numerals
//! (三项机制) are not figures, nor are years, dates, ranges, ordinals (第3次), codes (5G) or
//! numbers with no unit.
//!
//! What it must not do: rewrite or judge the author's text (`label` and `text` are the author's
//! own characters; only `key`, `unit` and `qualifier` are folded, and only for comparing), do
//! I/O, or panic on any input.
//!
//! Finding figures is `text` (the characters, folded, and the questions asked of each),
//! `scan` (numbers, units and qualifiers: the figure's core) and `label` (what it counts,
//! and the key); pairing them is `pairing`.

mod label;
mod pairing;
mod scan;
mod text;

use std::ops::Range;

use serde::Serialize;

pub use pairing::{pair, similarity};

/// A figure stated in a report: a number with its unit, e.g. 159件, 98.6%, 20024次, 130余件,
/// 3个百分点, 1.2万.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The words that say what the figure counts, as written: the words before it, back to
    /// the previous punctuation (，,。；;、：:“”《》（）() and the like) or the start of the
    /// text, e.g. "矛盾糾紛化解率達到" for "…基本建立,矛盾糾紛化解率達到98.6%". When the figure
    /// stands before what it counts (words follow it, not punctuation), the words after it
    /// are appended, up to the next punctuation, number or linking word (并 和 及 与 等 均 全部
    /// 已 的 共 其中 同比 …): "2024年共受理行政復議案件" for "2024年共受理159件行政復議案件,",
    /// "行政許可事項" for "258項行政許可事項、". A percentage takes the words after it only
    /// when they name the rate and the words before do not ("機房實現接入率" for
    /// "機房實現100%接入率"). When that leaves no words at all, the label reaches back past
    /// quotation and title marks to the previous other punctuation: "發出《責令履行通知書》"
    /// for "發出《責令履行通知書》3份". At most 64 characters before and 32 after are taken.
    ///
    /// Other figures and years in the clause stay in the label as written (and out of the
    /// key): the two figures of "通過率由53.4%提升至95%" are labelled "通過率由" and
    /// "通過率由53.4%提升至", so they stay apart.
    pub label: String,
    /// `label` folded for matching: Traditional → Simplified ([`script::fold`](crate::report::script::fold)), with digits,
    /// the other figures of the clause, years and dates (2024年, 3月, 31日), the clause's
    /// total-qualifiers (共, 累计, …), punctuation, symbols and whitespace removed, e.g.
    /// "受理行政复议案件". May be empty; a figure with an empty key is never paired.
    pub key: String,
    /// The number in ones: 1.2万 is 12000.0, 95% is 95.0, 5000万元 is 50000000.0.
    pub value: f64,
    /// The unit, in Simplified characters whatever the script of the text (項 → 项): one of
    /// [`UNITS`], or `%`, or 万 / 亿 for a number written with 万 or 亿 and no measure word
    /// (the value is still in ones). 万元 and 亿元 are 元 with the value in 元.
    pub unit: String,
    /// How the number is qualified, normalised and in Simplified characters: 余 (130余件,
    /// 300多件, 580萬餘次), 以上 (85%以上, 逾300件, 超过300件), 近 (近300件), 约 (约300件,
    /// 300件左右), 累计, or 共 (also 共计, 总计, 合计, 总共). 累计 and 共 count anywhere in the
    /// clause before the figure ("共服務企業群眾20024次", "全年累計清理證件19個"; not 公共,
    /// 共同, …); the others only written against the number. Of several, the one after the
    /// number wins, then the one right before it, then the last in the clause.
    pub qualifier: Option<String>,
    /// The figure as written, with the qualifiers written against it: "130余件", "近300件",
    /// "85%以上", "53.4%".
    pub text: String,
    /// Byte range of `text` in the string given to [`extract`] (figures gathered from several
    /// texts have ranges into each their own).
    pub range: Range<usize>,
}

/// Two years' figures paired by what they count.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Pairing {
    /// (last year's, this year's), in the order of this year's figures.
    pub pairs: Vec<(Figure, Figure)>,
    /// Figures only last year, in their order.
    pub only_old: Vec<Figure>,
    /// Figures only this year, in their order.
    pub only_new: Vec<Figure>,
}

/// The measure words a figure may have, in Simplified characters (Traditional text is folded
/// before matching), longest first. % (or ％) and 个百分点 are units too; 万 and 亿 multiply.
/// 元 is there for money (5000万元, 1.2亿元); 人次 because it is common and is not 人.
pub const UNITS: &[&str] = &[
    "个百分点",
    "人次",
    "件",
    "次",
    "项",
    "个",
    "家",
    "户",
    "条",
    "份",
    "名",
    "人",
    "元",
];

/// How alike two keys must be, by [`similarity`], for two figures to be taken for the same
/// one. See [`similarity`] for why this value.
pub const PAIR_THRESHOLD: f64 = 0.68;

/// Every figure of a text, in reading order.
pub fn extract(text: &str) -> Vec<Figure> {
    let chars = text::index(text);
    let cores = scan::scan(&chars);
    cores
        .iter()
        .map(|core| label::figure(text, &chars, &cores, core))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The only figure of a text.
    pub(super) fn one(text: &str) -> Figure {
        let figures = extract(text);
        assert_eq!(figures.len(), 1, "{text}: {figures:#?}");
        figures.into_iter().next().unwrap()
    }

    /// What each figure of a text says, as written.
    fn texts(text: &str) -> Vec<String> {
        extract(text).into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn two_items_of_a_list_are_two_figures_labelled_by_what_they_count() {
        let f = extract(
            "全面梳理許可事項及備案事項,258項行政許可事項、266項行政備案事項全部納入清單化管理。",
        );
        assert_eq!(f.len(), 2);
        assert_eq!(
            (f[0].text.as_str(), f[0].value, f[0].unit.as_str()),
            ("258項", 258.0, "项")
        );
        assert_eq!(
            (f[1].text.as_str(), f[1].value, f[1].unit.as_str()),
            ("266項", 266.0, "项")
        );
        assert_eq!(
            (f[0].label.as_str(), f[1].label.as_str()),
            ("行政許可事項", "行政備案事項")
        );
        assert_eq!(
            (f[0].key.as_str(), f[1].key.as_str()),
            ("行政许可事项", "行政备案事项")
        );
    }

    #[test]
    fn a_figure_ending_its_clause_is_labelled_by_the_words_before_it() {
        let f = one("及時、有效、規范向社會公開重點領域信息,全年公開各類政務信息9288條,領導信箱");
        assert_eq!(
            (f.label.as_str(), f.key.as_str()),
            ("全年公開各類政務信息", "全年公开各类政务信息")
        );
        assert_eq!(
            (f.value, f.unit.as_str(), f.qualifier),
            (9288.0, "条", None)
        );
    }

    #[test]
    fn yu_between_number_and_unit_is_a_qualifier() {
        let f = one(
            "代理區政府行政訴訟案件75件,區政府合同及其他各類文件審核130余件,參與"
                .split(',')
                .nth(1)
                .unwrap(),
        );
        assert_eq!(
            (f.text.as_str(), f.value, f.unit.as_str()),
            ("130余件", 130.0, "件")
        );
        assert_eq!(f.qualifier.as_deref(), Some("余"));
        assert_eq!(f.label, "區政府合同及其他各類文件審核");
        assert_eq!(one("受理300餘件").qualifier.as_deref(), Some("余"));
        assert_eq!(one("受理300多件").qualifier.as_deref(), Some("余"));
    }

    #[test]
    fn a_rate_raised_from_one_figure_to_another_is_two_figures_told_apart() {
        let f = extract("持續優化“勘驗即發證”服務模式,勘驗一次性通過率由53.4%提升至95%;打造");
        assert_eq!(f.len(), 2);
        assert_eq!((f[0].value, f[1].value), (53.4, 95.0));
        assert_eq!((f[0].unit.as_str(), f[1].unit.as_str()), ("%", "%"));
        assert_eq!(f[0].label, "勘驗一次性通過率由");
        assert_eq!(f[1].label, "勘驗一次性通過率由53.4%提升至");
        assert_eq!(f[1].key, "勘验一次性通过率由提升至");
        assert_ne!(f[0].key, f[1].key);
    }

    #[test]
    fn a_percentage_with_decimals_is_read_whole() {
        let f = one("全區“大調解”工作格局基本建立,矛盾糾紛化解率達到98.6%。");
        assert_eq!(
            (f.text.as_str(), f.value, f.unit.as_str()),
            ("98.6%", 98.6, "%")
        );
        assert_eq!(f.label, "矛盾糾紛化解率達到");
        assert_eq!(
            f.range,
            "全區“大調解”工作格局基本建立,矛盾糾紛化解率達到".len()
                .."全區“大調解”工作格局基本建立,矛盾糾紛化解率達到98.6%".len()
        );
    }

    #[test]
    fn a_percentage_takes_the_rate_named_after_it() {
        assert_eq!(
            one("機房實現100%接入率和7×24小時正常運行").label,
            "機房實現接入率"
        );
        assert_eq!(one("全程網辦率達到85%以上").label, "全程網辦率達到");
    }

    #[test]
    fn words_after_a_figure_say_what_it_counts_up_to_a_linking_word() {
        let f = one("向各街道辦事處下放24項行政執法事項并開展專題培訓,確保");
        assert_eq!((f.text.as_str(), f.unit.as_str()), ("24項", "项"));
        assert_eq!(f.label, "向各街道辦事處下放行政執法事項");
        assert_eq!(
            one("建立了由23家單位組成的會商機制").label,
            "建立了由單位組成"
        );
    }

    #[test]
    fn a_linking_word_inside_another_word_does_not_end_what_is_counted() {
        assert_eq!(
            one("建成12个公共法律服务站点").label,
            "建成公共法律服务站点"
        );
        assert_eq!(one("办理3件和解案件").label, "办理和解案件");
        assert_eq!(one("组织5次参与执法活动").label, "组织");
        assert_eq!(one("目前國辦第一批13個和市級事項").label, "目前國辦第一批");
    }

    #[test]
    fn gong_earlier_in_the_clause_qualifies_the_figure_and_leaves_the_key() {
        let f = one("已全部實現無差別受理,共服務企業群眾20024次。");
        assert_eq!(
            (f.text.as_str(), f.qualifier.as_deref()),
            ("20024次", Some("共"))
        );
        assert_eq!(
            (f.label.as_str(), f.key.as_str()),
            ("共服務企業群眾", "服务企业群众")
        );
        let f = one("2024年共受理159件行政復議案件,");
        assert_eq!(
            (f.label.as_str(), f.key.as_str()),
            ("2024年共受理行政復議案件", "受理行政复议案件")
        );
        assert_eq!(f.qualifier.as_deref(), Some("共"));
    }

    #[test]
    fn leiji_earlier_in_the_clause_qualifies_the_figure() {
        let f = extract("開展行政執法證件清理專項行動,全年累計清理證件19個,完成證件信息變更19個。");
        assert_eq!(f.len(), 2);
        assert_eq!(
            (f[0].qualifier.as_deref(), f[0].key.as_str()),
            (Some("累计"), "全年清理证件")
        );
        assert_eq!(
            (f[1].qualifier.as_deref(), f[1].key.as_str()),
            (None, "完成证件信息变更")
        );
    }

    #[test]
    fn qualifiers_written_against_the_number_are_part_of_its_text() {
        let f = one("办理案件近300件");
        assert_eq!(
            (f.text.as_str(), f.qualifier.as_deref(), f.label.as_str()),
            ("近300件", Some("近"), "办理案件")
        );
        assert_eq!(one("办理案件约300件").qualifier.as_deref(), Some("约"));
        assert_eq!(one("办理案件300件左右").qualifier.as_deref(), Some("约"));
        assert_eq!(one("办理案件逾300件").qualifier.as_deref(), Some("以上"));
        assert_eq!(one("办理案件共计300件").qualifier.as_deref(), Some("共"));
        assert_eq!(one("最近3次会议").qualifier, None);
    }

    #[test]
    fn yishang_after_the_unit_is_a_qualifier() {
        let f = one("實現“15分鐘政務服務圈”全覆蓋、全程網辦率達到85%以上。");
        assert_eq!(
            (f.text.as_str(), f.value, f.qualifier.as_deref()),
            ("85%以上", 85.0, Some("以上"))
        );
    }

    #[test]
    fn an_approximate_qualifier_wins_over_a_total() {
        assert_eq!(one("共审核文件130余件").qualifier.as_deref(), Some("余"));
    }

    #[test]
    fn gong_inside_another_word_is_not_a_qualifier() {
        let f = one("建成公共法律服务站点12个");
        assert_eq!(
            (f.qualifier, f.key.as_str()),
            (None, "建成公共法律服务站点")
        );
        assert_eq!(one("推进共建共享项目3个").qualifier, None);
    }

    #[test]
    fn years_are_not_figures() {
        assert!(extract("2024年,高陵區堅持以習近平新時代中國特色社會主義思想為指導").is_empty());
        assert!(extract("制發《高陵區2024年度法治政府建設工作要點》").is_empty());
        assert_eq!(texts("2024年區委理論學習中心組學法7次"), ["7次"]);
    }

    #[test]
    fn ranges_and_dates_are_not_figures() {
        assert!(extract("《提升行政執法質量三年行動計劃(2023—2025年)》實施方案").is_empty());
        assert!(extract("在5·12防災減災日、安全生產月等重要節點開展科普宣傳").is_empty());
        assert!(extract("于3月31日前报送").is_empty());
        assert!(extract("2024.3.31发布").is_empty());
        assert!(extract("每年开展3—5次").is_empty());
        assert!(extract("每年开展3至5次").is_empty());
        assert!(extract("提高3%—5%").is_empty());
        assert!(extract("提高3个-5个").is_empty());
    }

    #[test]
    fn ordinals_and_codes_are_not_figures() {
        assert!(extract("召开第3次会议").is_empty());
        assert!(extract("召开第 3 次会议").is_empty());
        assert!(extract("建成5G基站").is_empty());
        assert!(extract("V2版本3件").len() == 1 && extract("V2件").is_empty());
    }

    #[test]
    fn numbers_with_no_unit_are_not_figures() {
        assert!(extract("實現“15分鐘政務服務圈”全覆蓋").is_empty());
        assert!(extract("12345热线").is_empty());
        assert!(extract("7×24小時正常運行").is_empty());
        assert!(extract("著力解決執法方式簡單僵化等5方面突出問題").is_empty());
    }

    #[test]
    fn unit_characters_starting_another_word_are_not_units() {
        assert!(extract("3人民调解").is_empty());
        assert!(extract("3条例").is_empty());
        assert!(extract("1次性告知").is_empty());
    }

    #[test]
    fn chinese_numerals_are_not_figures() {
        assert!(extract("在全市率先出臺行政應訴“三項機制”").is_empty());
    }

    #[test]
    fn wan_and_yi_multiply_the_value() {
        let f = one("服务群众1.2万");
        assert_eq!((f.value, f.unit.as_str()), (12000.0, "万"));
        let f = one("總訪問量580萬余次");
        assert_eq!(
            (f.value, f.unit.as_str(), f.qualifier.as_deref()),
            (5_800_000.0, "次", Some("余"))
        );
        let f = one("投入资金5000万元");
        assert_eq!((f.value, f.unit.as_str()), (50_000_000.0, "元"));
        assert_eq!(one("1200余万元").value, 12_000_000.0);
        assert_eq!(one("预算1.2亿元").value, 120_000_000.0);
        assert_eq!(one("服务0.07万人次").value, 700.0);
    }

    #[test]
    fn percentage_points_are_their_own_unit() {
        let f = one("结案率提高3.5个百分点");
        assert_eq!(
            (f.value, f.unit.as_str(), f.text.as_str()),
            (3.5, "个百分点", "3.5个百分点")
        );
        assert_eq!(one("結案率提高3.5個百分點").unit, "个百分点");
    }

    #[test]
    fn traditional_units_and_labels_are_folded_in_key_and_unit_only() {
        let f = one("受理159件行政復議案件");
        assert_eq!(
            (f.label.as_str(), f.key.as_str(), f.unit.as_str()),
            ("受理行政復議案件", "受理行政复议案件", "件")
        );
        assert_eq!(one("新增市場主體5429戶").unit, "户");
        assert_eq!(one("典型案例9個").unit, "个");
        assert_eq!(one("政務信息9288條").unit, "条");
    }

    #[test]
    fn full_width_digits_thousands_separators_and_spaces_are_read() {
        let f = one("受理１２件");
        assert_eq!((f.value, f.text.as_str()), (12.0, "１２件"));
        assert_eq!(one("結案率達到９８．６％").value, 98.6);
        assert_eq!(one("服务群众12,345人次").value, 12345.0);
        let f = one("市人大建議 1 件");
        assert_eq!(
            (f.text.as_str(), f.label.as_str(), f.key.as_str()),
            ("1 件", "市人大建議", "市人大建议")
        );
        assert_eq!(texts("辦結134件,發出3份"), ["134件", "3份"]);
    }

    #[test]
    fn a_figure_alone_between_title_marks_reaches_back_for_its_label() {
        let f = extract("辦結134件,發出《責令履行通知書》3份,辦理");
        assert_eq!(
            (f[1].text.as_str(), f[1].label.as_str()),
            ("3份", "發出《責令履行通知書》")
        );
        assert_eq!(f[1].key, "发出责令履行通知书");
    }

    #[test]
    fn figures_in_a_clause_keep_their_neighbours_out_of_the_key() {
        let f = extract("為39家規上企業代辦事項72件,");
        assert_eq!(f[1].label, "為39家規上企業代辦事項");
        assert_eq!(f[1].key, "为规上企业代办事项");
    }

    #[test]
    fn every_figure_of_the_sample_is_found_and_its_range_is_its_text() {
        let sample = include_str!("../../../reports/2024.yaml");
        let found: Vec<Figure> = sample.lines().flat_map(extract).collect();
        let all: Vec<&str> = found.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(all.len(), 50, "{all:?}");
        assert_eq!(
            &all[..6],
            ["3次", "24項", "258項", "266項", "85%以上", "13個"]
        );
        for line in sample.lines() {
            for f in extract(line) {
                assert_eq!(&line[f.range.clone()], f.text);
                assert!(!f.label.is_empty() && !f.key.is_empty(), "{f:?}");
                assert!(!f.text.contains('年'), "{f:?}");
            }
        }
    }

    #[test]
    fn no_text_makes_extraction_fail() {
        for text in [
            "",
            "1",
            "1.",
            "1,",
            ",123件",
            "．5件",
            "第",
            "共",
            "近",
            "万",
            "3万",
            "余件",
            "3余",
            "99999999999999999999999999999件",
            "1,234,567件",
            "1,2345件",
            "3件以",
            "共3",
            "近3件",
            "“3份”",
            "《》3份",
            "3%以上",
            "——159件",
            "年3件",
        ] {
            for f in extract(text) {
                assert_eq!(&text[f.range.clone()], f.text);
            }
        }
        assert_eq!(one("1,234,567件").value, 1_234_567.0);
        assert_eq!(texts("——159件"), ["159件"]);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_gives_figures_in_order_each_range_holding_its_text(
            text in "[0-9０-９.．,，、。;“”《》()—\\-·/%％ 年月日第共近余餘多以上万萬亿元件次项項个個百分点點率公受理案由提升至]{0,40}"
        ) {
            let figures = extract(&text);
            let mut end = 0;
            for f in &figures {
                prop_assert!(f.range.start >= end);
                prop_assert_eq!(text.get(f.range.clone()), Some(f.text.as_str()));
                prop_assert!(f.value.is_finite() && f.value >= 0.0);
                end = f.range.end;
            }
        }
    }
}
