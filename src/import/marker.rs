//! Numbering an author typed before a paragraph, read back: which level it marks and which
//! number it says. Parts 一、, sections （一）/(一), items 1. 1． 1、, sub-items （1）/(1), and
//! inline points 一是 — at the start of a paragraph, or inside one after a clause ends.

use crate::report::model::Level;

/// What a typed number marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Heading(Level),
    Point,
}

/// Typed numbering at the start of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub mark: Mark,
    /// The number it says, from 1.
    pub number: usize,
    /// Its length in bytes, with the spaces after it.
    pub len: usize,
}

const NUMERALS: &str = "〇零一二三四五六七八九十百";

fn is_numeral(c: char) -> bool {
    NUMERALS.contains(c)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A number in Chinese numerals as headings count (一 … 十 十一 … 九十九 一百零一), or None.
pub fn chinese_value(numerals: &str) -> Option<usize> {
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .find(c)
            .map(|i| i / 3)
            .or((c == '零').then_some(0))
    };
    let mut total = 0;
    let mut pending: Option<usize> = None;
    for c in numerals.chars() {
        match c {
            '十' => {
                total += pending.take().unwrap_or(1) * 10;
            }
            '百' => {
                total += pending.take()? * 100;
            }
            _ => {
                let d = digit(c)?;
                if pending.is_some() && d != 0 {
                    return None;
                }
                pending = if d == 0 { pending } else { Some(d) };
            }
        }
    }
    let value = total + pending.unwrap_or(0);
    (value > 0).then_some(value)
}

fn digits_value(digits: &str) -> Option<usize> {
    let ascii: String = digits
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect();
    ascii.parse().ok().filter(|n| *n > 0)
}

/// The numbering typed at the start of `text`, if any, and only when words follow it.
pub fn at_start(text: &str) -> Option<Marker> {
    let (mark, number, end) = typed(text)?;
    let rest = &text[end..];
    let spaces = rest.len() - rest.trim_start().len();
    if rest.trim().is_empty() {
        return None;
    }
    Some(Marker {
        mark,
        number,
        len: end + spaces,
    })
}

fn typed(text: &str) -> Option<(Mark, usize, usize)> {
    let first = text.chars().next()?;
    let run = |from: usize, pred: fn(char) -> bool| -> usize {
        text[from..]
            .char_indices()
            .find(|(_, c)| !pred(*c))
            .map_or(text.len() - from, |(i, _)| i)
    };
    // Spaces an author typed inside the brackets or before the separator: （ 一）, 二 、.
    let spaces = |from: usize| -> usize {
        text[from..]
            .char_indices()
            .find(|(_, c)| !c.is_whitespace())
            .map_or(text.len() - from, |(i, _)| i)
    };
    if first == '（' || first == '(' {
        let open = first.len_utf8();
        let open = open + spaces(open);
        let numerals = run(open, is_numeral);
        let digits = run(open, is_digit);
        let (len, level, value) = if numerals > 0 {
            let value = chinese_value(&text[open..open + numerals])?;
            (numerals, Level::Section, value)
        } else if digits > 0 && digits <= 6 {
            (
                digits,
                Level::SubItem,
                digits_value(&text[open..open + digits])?,
            )
        } else {
            return None;
        };
        let at = open + len + spaces(open + len);
        let close = text[at..].chars().next()?;
        return (close == '）' || close == ')')
            .then(|| (Mark::Heading(level), value, at + close.len_utf8()));
    }
    let numerals = run(0, is_numeral);
    if numerals > 0 {
        let value = chinese_value(&text[..numerals])?;
        let at = numerals + spaces(numerals);
        let sep = text[at..].chars().next()?;
        return match sep {
            '、' | '．' | '.' => Some((Mark::Heading(Level::Part), value, at + sep.len_utf8())),
            '是' if at == numerals => Some((Mark::Point, value, at + sep.len_utf8())),
            _ => None,
        };
    }
    let digits = run(0, is_digit);
    if digits > 0 && digits <= 6 {
        let sep = text[digits..].chars().next()?;
        let after = text[digits + sep.len_utf8()..].chars().next();
        // 1.5亿元 is a figure, not an item number.
        let figure = after.is_some_and(is_digit);
        if matches!(sep, '.' | '．' | '、') && !figure {
            let value = digits_value(&text[..digits])?;
            return Some((Mark::Heading(Level::Item), value, digits + sep.len_utf8()));
        }
    }
    None
}

/// `1.12件…`: read as item 1 whose words start with a figure, which the caller decides from
/// where it stands (an item is due, and it is that item's number); at the start of a
/// paragraph anywhere else it is the figure 1.12.
pub fn item_before_figure(text: &str) -> Option<Marker> {
    let digits = text.find(|c: char| !is_digit(c))?;
    let rest = &text[digits..];
    let sep = rest.chars().next().filter(|c| matches!(c, '.' | '．'))?;
    let after = &rest[sep.len_utf8()..];
    if digits == 0 || digits > 6 || !after.starts_with(is_digit) {
        return None;
    }
    Some(Marker {
        mark: Mark::Heading(Level::Item),
        number: digits_value(&text[..digits])?,
        len: digits + sep.len_utf8(),
    })
}

/// Inline points inside a paragraph: where each 一是, 二是 … starts (bytes) and its number,
/// when it follows the end of a clause (。；：，). Numbers must count up by one from the first,
/// which must be `first`: 统一是 is a word, not a point.
pub fn inline_points(text: &str, first: usize) -> Vec<(usize, Marker)> {
    let mut found = Vec::new();
    let mut expected = first;
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let after_clause = previous.is_none_or(|p| "。；;：:，,".contains(p));
        if after_clause
            && is_numeral(c)
            && let Some((Mark::Point, number, len)) = typed(&text[at..])
            && number == expected
        {
            let rest = &text[at + len..];
            let spaces = rest.len() - rest.trim_start().len();
            found.push((
                at,
                Marker {
                    mark: Mark::Point,
                    number,
                    len: len + spaces,
                },
            ));
            expected += 1;
        }
        if !c.is_whitespace() {
            previous = Some(c);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn marks(text: &str, mark: Mark, number: usize, rest: &str) {
        let found = at_start(text).unwrap_or_else(|| panic!("no marker in {text}"));
        assert_eq!((found.mark, found.number), (mark, number), "{text}");
        assert_eq!(&text[found.len..], rest, "{text}");
    }

    #[test]
    fn every_heading_form_is_read_in_full_and_half_width() {
        use Level::*;
        marks("一、总体情况", Mark::Heading(Part), 1, "总体情况");
        marks("十二、其他", Mark::Heading(Part), 12, "其他");
        marks("三．安排", Mark::Heading(Part), 3, "安排");
        marks("一.2024年度", Mark::Heading(Part), 1, "2024年度");
        marks("二 、存在的不足", Mark::Heading(Part), 2, "存在的不足");
        marks("（ 一）加强", Mark::Heading(Section), 1, "加强");
        marks("( 2 ) 细则", Mark::Heading(SubItem), 2, "细则");
        marks("（一）加强领导", Mark::Heading(Section), 1, "加强领导");
        marks("(二)加强领导", Mark::Heading(Section), 2, "加强领导");
        marks("（十一) 混合括号", Mark::Heading(Section), 11, "混合括号");
        marks("1.推进", Mark::Heading(Item), 1, "推进");
        marks("2．推进", Mark::Heading(Item), 2, "推进");
        marks("１０、推进", Mark::Heading(Item), 10, "推进");
        marks("（1）细则", Mark::Heading(SubItem), 1, "细则");
        marks("(3) 细则", Mark::Heading(SubItem), 3, "细则");
        marks("一是加强学习。", Mark::Point, 1, "加强学习。");
    }

    #[test]
    fn figures_years_and_bare_numbers_are_not_numbering() {
        for text in [
            "1.5亿元用于",
            "2024年，全区",
            "一、",
            "（一）",
            "统一是前提",
            "(a) 不是",
            "（）空",
            "十百、怪",
        ] {
            assert_eq!(at_start(text), None, "{text}");
        }
    }

    #[test]
    fn chinese_numerals_read_as_headings_count() {
        let cases = [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十三", 23),
            ("一百", 100),
            ("一百零一", 101),
            ("一百一十二", 112),
        ];
        for (text, n) in cases {
            assert_eq!(chinese_value(text), Some(n), "{text}");
        }
        assert_eq!(chinese_value("零"), None);
        assert_eq!(chinese_value("一二"), None);
    }

    #[test]
    fn inline_points_follow_a_clause_and_count_up() {
        let text = "主要是：一是学法不够；二是执法不严，三是监督不力。";
        let found: Vec<usize> = inline_points(text, 1).iter().map(|(at, _)| *at).collect();
        assert_eq!(found.len(), 3);
        assert_eq!(&text[found[0]..found[0] + 6], "一是");
        assert!(inline_points("推进统一是关键；二是", 1).is_empty());
        // Out of sequence: 三是 without 二是 is not a point.
        assert_eq!(inline_points("一是甲；三是乙", 1).len(), 1);
    }
}
