//! What stands around a report on a web page or at the head and foot of the document: the
//! site's debris (page counters, 来源/发布时间 lines, 打印/关闭 buttons), the title, and the
//! issuer and date that close it. Everything is read after folding to Simplified, so one list
//! serves both scripts.

use crate::report::model::Date;
use crate::report::script;

use super::marker;

/// Field names a government site prints around an article, before a colon or a value.
const SITE_FIELDS: &[&str] = &[
    "浏览次数",
    "浏览量",
    "访问次数",
    "访问量",
    "阅读次数",
    "阅读量",
    "点击数",
    "点击量",
    "点击次数",
    "信息来源",
    "文章来源",
    "来源",
    "发布时间",
    "发布日期",
    "发布机构",
    "发布者",
    "作者",
    "责任编辑",
    "编辑",
    "字号",
    "字体",
    "索引号",
    "主题分类",
    "成文日期",
    "生成日期",
    "当前位置",
    "您当前的位置",
    "您的位置",
    "分享到",
    "上一篇",
    "下一篇",
    "相关链接",
    "相关文章",
    "时间",
    "阅读",
];

/// Buttons and menu words a site prints on their own line: 【打印】【关闭】, 字号：大 中 小.
const MENU_WORDS: &[&str] = &[
    "打印本页",
    "关闭窗口",
    "返回顶部",
    "我要纠错",
    "视力保护色",
    "打印",
    "关闭",
    "收藏",
    "分享",
    "字号",
    "字体",
    "默认",
    "返回",
    "微信",
    "微博",
    "扫一扫在手机打开当前页",
    "扫一扫",
    "网站地图",
    "联系我们",
    "大",
    "中",
    "小",
];

/// What kind of website debris a line is, if it is.
pub fn debris(text: &str) -> Option<&'static str> {
    if text.chars().count() > 80 {
        return None;
    }
    let folded = script::fold(text);
    let compact: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
    for field in SITE_FIELDS {
        if let Some(rest) = compact.strip_prefix(field)
            && (rest.is_empty() || rest.starts_with([':', '：', '|', '｜']))
        {
            return Some(
                if field.contains("次数") || field.contains('量') || field.contains("点击") {
                    "counter"
                } else {
                    "field"
                },
            );
        }
    }
    // 首页 > 政务公开 > 法治政府建设: where the page stands on the site.
    if compact.starts_with("首页") && compact.contains(['>', '＞', '»', '›']) {
        return Some("breadcrumb");
    }
    let mut rest = compact.replace(['【', '】', '[', ']', '|', '｜', '：', ':', '·'], "");
    if rest.is_empty() {
        return None;
    }
    for word in MENU_WORDS {
        rest = rest.replace(word, "");
    }
    if rest.is_empty() {
        return Some("buttons");
    }
    // （此件公开发布）: a publication note under the date; the model has no place for it.
    if (compact.starts_with('（') || compact.starts_with('('))
        && compact.contains("此件")
        && compact.chars().count() <= 20
    {
        return Some("publication");
    }
    None
}

/// Whether a paragraph is the report's title: it names itself a report, and is a name, not a
/// sentence (no clause punctuation: `现将…报告如下：` is the preamble's last sentence).
pub fn is_title(text: &str) -> bool {
    text.chars().count() <= 80
        && !text.contains(['。', '；', '，', '：', ',', ';', ':', '！', '？'])
        && script::fold(text).contains("报告")
        && marker::at_start(text).is_none()
}

/// Whether a short paragraph could be an issuer's name: no sentence punctuation, no numbering.
pub fn is_name(text: &str) -> bool {
    let n = text.chars().count();
    (2..=40).contains(&n)
        && !text.contains(|c: char| "。，；：！？,;:!?、“”\"".contains(c))
        && marker::at_start(text).is_none()
        && !is_date_line(text)
}

/// Whether a name ends as a body that issues reports does (人民政府, 局, 委员会 …).
pub fn is_institution(text: &str) -> bool {
    let folded = script::fold(text);
    is_name(text)
        && [
            "政府",
            "委员会",
            "委",
            "局",
            "厅",
            "办公室",
            "办",
            "部",
            "院",
            "署",
            "中心",
            "司法所",
        ]
        .iter()
        .any(|suffix| folded.ends_with(suffix))
}

pub fn is_date_line(text: &str) -> bool {
    parse_date(text).is_some()
}

/// Whether a character can be one of a year's numerals in a date [`parse_date`] reads: a
/// digit, half- or full-width, a Chinese numeral, or one of the zeros it takes (〇 ○ Ｏ O o 零).
pub fn is_year_numeral(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || "〇○ＯOo零一二三四五六七八九".contains(c)
}

/// A date written out as 2025年3月28日 or 二〇二五年三月二十八日 (the whole line), in full-
/// or half-width digits, with 〇, ○ or O for zero, spaces allowed between its parts.
pub fn parse_date(text: &str) -> Option<Date> {
    let text: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => {
                char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
            }
            '○' | 'Ｏ' | 'O' | 'o' | '零' => '〇',
            c => c,
        })
        .collect();
    let text = text.as_str();
    let (year, rest) = text.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let year: i32 = if year.chars().all(|c| c.is_ascii_digit()) {
        year.parse().ok()?
    } else {
        // 二〇二五: one numeral a digit.
        year.chars()
            .map(|c| {
                "〇一二三四五六七八九"
                    .find(c)
                    .map(|i| i / 3)
                    .or((c == '零' || c == 'O').then_some(0))
            })
            .try_fold(0i32, |acc, d| Some(acc * 10 + i32::try_from(d?).ok()?))?
    };
    let small = |s: &str| -> Option<u32> {
        if s.chars().all(|c| c.is_ascii_digit()) && !s.is_empty() && s.len() <= 2 {
            s.parse().ok()
        } else {
            marker::chinese_value(s).and_then(|n| u32::try_from(n).ok())
        }
    };
    if !(1000..=9999).contains(&year) {
        return None;
    }
    Date::parse_iso(&format!(
        "{year:04}-{:02}-{:02}",
        small(month)?,
        small(day)?
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_debris_is_recognised_in_both_scripts() {
        for text in [
            "瀏覽次數:次",
            "浏览次数：1234",
            "来源：高陵区司法局",
            "發布時間：2025-03-28 10:00",
            "信息来源: 区政府办",
            "【打印】【关闭】",
            "[ 打印本页 ] [ 关闭窗口 ]",
            "字号：大 中 小",
            "字號：大 中 小",
            "【字体：大 中 小】",
            "打印本页 关闭窗口",
            "发布时间：2025年3月28日",
            "（此件公开发布）",
            "首页 > 政务公开 > 法治政府建设",
            "扫一扫在手机打开当前页",
            "相关链接：",
            "网站地图 | 联系我们",
            "时间：2025-03-28　阅读：1234",
        ] {
            assert!(debris(text).is_some(), "{text}");
        }
        for text in [
            "来源于群众的意见建议",
            "2024年,高陵區堅持以習近平新時代中國特色社會主義思想為指導",
            "大力推进",
            "一、主要举措",
        ] {
            assert_eq!(debris(text), None, "{text}");
        }
    }

    #[test]
    fn dates_are_read_in_arabic_and_chinese_numerals() {
        let date = |y, m, d| {
            Some(Date {
                year: y,
                month: m,
                day: d,
            })
        };
        assert_eq!(parse_date("2025年3月28日"), date(2025, 3, 28));
        assert_eq!(parse_date("二〇二五年三月二十八日"), date(2025, 3, 28));
        assert_eq!(parse_date("2025年2月30日"), None);
        assert_eq!(parse_date("2025年3月28日召开会议"), None);
        assert_eq!(parse_date("２０２５年３月２８日"), date(2025, 3, 28));
        assert_eq!(parse_date("二○二五年三月二十八日"), date(2025, 3, 28));
        assert_eq!(parse_date("2025 年 3 月 28 日"), date(2025, 3, 28));
    }

    #[test]
    fn titles_and_issuers_are_told_from_sentences() {
        assert!(is_title(
            "西安市高陵区人民政府关于2024年法治政府建设情况的报告"
        ));
        assert!(is_title("西安市高陵區人民政府2024年法治政府建設情況報告"));
        assert!(!is_title("现将有关情况报告如下。"));
        assert!(!is_title(
            "2024年，本局坚持依法行政。现将2024年度法治政府建设情况报告如下："
        ));
        assert!(is_institution("西安市高陵区人民政府"));
        assert!(is_institution("高陵區司法局"));
        assert!(!is_institution("全面提升依法行政能力，推进法治政府"));
    }
}
