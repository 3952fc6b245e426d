//! Numbering generated from position, as GB/T 9704-2012 sets it for official documents:
//! parts 一、, sections （一）, items 1., sub-items （1）, and the inline points 一是, 二是.
//!
//! Also recognises numbering an author typed into a heading, for the `typed-numbering` check.

use crate::report::model::Level;

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// A number in Chinese numerals, as headings count: 一 … 十 十一 … 九十九 一百 一百零一 ….
/// From 1000 on, where headings never go, Arabic digits.
pub fn chinese(n: usize) -> String {
    match n {
        0 => DIGITS[0].to_string(),
        1..=9 => DIGITS[n].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n % 10] }),
        20..=99 => format!(
            "{}十{}",
            DIGITS[n / 10],
            if n.is_multiple_of(10) {
                ""
            } else {
                DIGITS[n % 10]
            }
        ),
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", DIGITS[rest]),
                // Inside a larger number, 10–19 are read 一十…: 一百一十二.
                10..=19 => format!("一{}", chinese(rest)),
                _ => chinese(rest),
            };
            format!("{}百{}", DIGITS[n / 100], tail)
        }
        _ => n.to_string(),
    }
}

/// The number of the `index`-th (0-based) division of `level`.
pub fn heading_number(level: Level, index: usize) -> String {
    let n = index + 1;
    match level {
        Level::Part => format!("{}、", chinese(n)),
        Level::Section => format!("（{}）", chinese(n)),
        Level::Item => format!("{n}."),
        Level::SubItem => format!("（{n}）"),
    }
}

/// The ordinal of the `index`-th (0-based) inline point: 一是, 二是, ….
pub fn point_ordinal(index: usize) -> String {
    format!("{}是", chinese(index + 1))
}

/// The numbering an author typed at the start of a heading, if any: 一、 （一） (一) 1. 1． 1、
/// （1） (1) 一是 第一, …. Returns the typed prefix.
pub fn typed_prefix(heading: &str) -> Option<&str> {
    let numeral = |c: char| "零一二三四五六七八九十百".contains(c);
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let chars: Vec<(usize, char)> = heading.char_indices().collect();
    let run = |from: usize, pred: &dyn Fn(char) -> bool| {
        chars[from..].iter().take_while(|(_, c)| pred(*c)).count()
    };
    let end_of = |i: usize| chars.get(i).map_or(heading.len(), |(at, _)| *at);
    let first = chars.first()?.1;
    // （一） (一) （1） (1)
    if first == '（' || first == '(' {
        let n = run(1, &numeral).max(run(1, &digit));
        let close = chars.get(1 + n)?.1;
        return (n > 0 && (close == '）' || close == ')')).then(|| &heading[..end_of(n + 2)]);
    }
    // 第一，
    if first == '第' {
        let n = run(1, &numeral);
        let sep = chars.get(1 + n)?.1;
        return (n > 0 && "，,、是".contains(sep)).then(|| &heading[..end_of(n + 2)]);
    }
    // 一、 一是 一.
    let n = run(0, &numeral);
    if n > 0 {
        let sep = chars.get(n)?.1;
        return ("、．.是".contains(sep)).then(|| &heading[..end_of(n + 1)]);
    }
    // 1. 1． 1、 — but not a year or a figure: 2024年度… has no separator after the digits.
    // 1.5亿元 is a figure, not a number typed before a heading.
    let n = run(0, &digit);
    if n > 0 && n <= 2 {
        let sep = chars.get(n)?.1;
        let figure = chars.get(n + 1).is_some_and(|(_, c)| digit(*c));
        return ("、．.".contains(sep) && !figure).then(|| &heading[..end_of(n + 1)]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_count_as_headings_do() {
        let cases = [
            (1, "一"),
            (9, "九"),
            (10, "十"),
            (11, "十一"),
            (19, "十九"),
            (20, "二十"),
            (21, "二十一"),
            (90, "九十"),
            (99, "九十九"),
            (100, "一百"),
            (101, "一百零一"),
            (110, "一百一十"),
            (112, "一百一十二"),
            (120, "一百二十"),
            (999, "九百九十九"),
            (1000, "1000"),
        ];
        for (n, expected) in cases {
            assert_eq!(chinese(n), expected, "{n}");
        }
    }

    #[test]
    fn each_level_has_its_own_numbering() {
        assert_eq!(heading_number(Level::Part, 0), "一、");
        assert_eq!(heading_number(Level::Part, 98), "九十九、");
        assert_eq!(heading_number(Level::Section, 1), "（二）");
        assert_eq!(heading_number(Level::Section, 10), "（十一）");
        assert_eq!(heading_number(Level::Item, 0), "1.");
        assert_eq!(heading_number(Level::Item, 11), "12.");
        assert_eq!(heading_number(Level::SubItem, 2), "（3）");
    }

    #[test]
    fn points_count_yi_shi_er_shi() {
        assert_eq!(point_ordinal(0), "一是");
        assert_eq!(point_ordinal(2), "三是");
        assert_eq!(point_ordinal(9), "十是");
        assert_eq!(point_ordinal(10), "十一是");
    }

    #[test]
    fn typed_numbering_is_recognised_in_every_form() {
        let cases = [
            ("一、2024年度推进法治政府建设", Some("一、")),
            ("十二、其他", Some("十二、")),
            ("（一）始终坚持", Some("（一）")),
            ("(一)始終堅持", Some("(一)")),
            ("（1）细项", Some("（1）")),
            ("(12)细项", Some("(12)")),
            ("1.分项", Some("1.")),
            ("1．分项", Some("1．")),
            ("３、分项", Some("３、")),
            ("一是加强", Some("一是")),
            ("第一，加强", Some("第一，")),
            ("2024年度推进法治政府建设的主要举措和成效", None),
            ("始终坚持党的领导", None),
            ("（注）说明", None),
            ("一体推进", None),
            ("一", None),
            ("1.5亿元投入", None),
            ("", None),
        ];
        for (heading, expected) in cases {
            assert_eq!(typed_prefix(heading), expected, "{heading}");
        }
    }
}
