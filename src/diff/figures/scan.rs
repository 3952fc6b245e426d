//! Finding the figures of a text: a number in digits, its multiplier (万, 亿), its unit and
//! the qualifiers written against it (余, 以上, 近, 约, 共, 累计), and what is not a figure
//! (years, dates, ranges, ordinals, codes, numbers with no unit).

use super::UNITS;
use super::text::{
    Ch, digit, ends_with, is_digit_at, is_joiner, is_percent, is_space, starts_with,
};

/// A figure as the scanner finds it, in character indices, before its label is read.
#[derive(Debug)]
pub(super) struct Core {
    /// Where its text starts (a qualifier written against the number included).
    pub(super) start: usize,
    /// Where its text ends (以上 included).
    pub(super) end: usize,
    /// The number in ones ([`super::Figure::value`]).
    pub(super) value: f64,
    /// One of [`UNITS`], `%`, 万 or 亿.
    pub(super) unit: &'static str,
    /// The qualifier written against the number, normalised.
    pub(super) qualifier: Option<&'static str>,
}

/// A number in digits: where it ends, its digits ("1234.5"), whether it is dotted like a
/// date or version (2024.3.31).
struct Number {
    end: usize,
    digits: String,
    dotted: bool,
}

fn read_number(chars: &[Ch], i: usize) -> Number {
    let mut digits = String::new();
    let mut j = i;
    let push_run = |j: &mut usize, digits: &mut String| {
        while let Some(d) = chars.get(*j).and_then(|c| digit(c.c)) {
            digits.push(char::from(b'0' + d as u8));
            *j += 1;
        }
    };
    push_run(&mut j, &mut digits);
    // Thousands separators: 12,345 (a comma followed by exactly three digits).
    if digits.len() <= 3 {
        while chars.get(j).is_some_and(|c| c.c == ',')
            && (1..=3).all(|k| is_digit_at(chars, j + k))
            && !is_digit_at(chars, j + 4)
        {
            j += 1;
            push_run(&mut j, &mut digits);
        }
    }
    let is_point = |j: usize| {
        chars.get(j).is_some_and(|c| matches!(c.c, '.' | '．')) && is_digit_at(chars, j + 1)
    };
    let mut dotted = false;
    if is_point(j) {
        digits.push('.');
        j += 1;
        push_run(&mut j, &mut digits);
        while is_point(j) {
            dotted = true;
            j += 1;
            while is_digit_at(chars, j) {
                j += 1;
            }
        }
    }
    Number {
        end: j,
        digits,
        dotted,
    }
}

/// Finds the figures of a text, in order.
pub(super) fn scan(chars: &[Ch]) -> Vec<Core> {
    let mut cores = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_digit_at(chars, i) {
            i += 1;
            continue;
        }
        let number = read_number(chars, i);
        match core(chars, i, &number) {
            Some(core) => {
                i = core.end;
                cores.push(core);
            }
            None => i = number.end,
        }
    }
    cores
}

/// Qualifiers written right after the number, before the unit.
const AFTER_NUMBER: &[(&str, &str)] = &[("余", "余"), ("多", "余")];
/// Qualifiers written right after the unit.
const AFTER_UNIT: &[(&str, &str)] = &[("以上", "以上"), ("左右", "约")];
/// Qualifiers written right before the number, longest first.
const BEFORE_NUMBER: &[(&str, &str)] = &[
    ("超过", "以上"),
    ("累计", "累计"),
    ("共计", "共"),
    ("总计", "共"),
    ("合计", "共"),
    ("总共", "共"),
    ("逾", "以上"),
    ("近", "近"),
    ("约", "约"),
    ("共", "共"),
];

/// Words 共 is part of without meaning "in all" (公共, 共同, …), as the character before and
/// the character after.
pub(super) const NOT_TOTAL_BEFORE: &[char] = &['公', '中'];
pub(super) const NOT_TOTAL_AFTER: &[char] = &[
    '同', '享', '建', '治', '识', '青', '赢', '性', '有', '商', '用', '担', '育', '产', '和', '筑',
    '生', '情', '鸣', '振', '通', '存', '谋', '进', '事', '济', '富', '融', '抓',
];

/// The figure whose number starts at `i`, if it is one.
fn core(chars: &[Ch], i: usize, number: &Number) -> Option<Core> {
    if number.dotted {
        return None;
    }
    // Ordinals (第3次) and codes (G20, 5G).
    let mut before = i;
    while before > 0 && is_space(chars[before - 1].c) {
        before -= 1;
    }
    if before > 0 && chars[before - 1].f == '第' {
        return None;
    }
    if i > 0 && (chars[i - 1].c.is_ascii_alphabetic() || matches!(chars[i - 1].c, '.' | '．')) {
        return None;
    }
    // The second end of a range or a later part of a date: 2023—2025年, 3至5个, 5·12.
    if i >= 2 {
        let (joiner, other) = (chars[i - 1], chars[i - 2]);
        // The other end is a number, possibly with its unit: 2023—, 3%—, 3个-.
        let other_is_number = digit(other.c).is_some()
            || is_percent(other.c)
            || matches!(other.f, '万' | '亿')
            || UNITS.iter().any(|u| u.ends_with(other.f));
        if (is_joiner(joiner.c) && other_is_number)
            || (matches!(joiner.f, '至' | '到') && digit(other.c).is_some())
        {
            return None;
        }
    }
    let mut j = number.end;
    if let Some(next) = chars.get(j) {
        let joins_a_number =
            (is_joiner(next.c) || matches!(next.f, '至' | '到')) && is_digit_at(chars, j + 1);
        if next.c.is_ascii_alphabetic() || joins_a_number {
            return None;
        }
    }
    while chars.get(j).is_some_and(|c| is_space(c.c)) {
        j += 1;
    }
    let mut exponent = 0;
    let mut multiplier = None;
    let mut qualifier = None;
    let mut read_multiplier = |j: &mut usize| {
        if multiplier.is_none() {
            match chars.get(*j).map(|c| c.f) {
                Some('万') => (exponent, multiplier) = (4, Some("万")),
                Some('亿') => (exponent, multiplier) = (8, Some("亿")),
                _ => return,
            }
            *j += 1;
        }
    };
    read_multiplier(&mut j);
    if let Some((word, normal)) = AFTER_NUMBER.iter().find(|(w, _)| starts_with(chars, j, w)) {
        qualifier = Some(*normal);
        j += word.chars().count();
        read_multiplier(&mut j);
    }
    let unit = match unit_at(chars, j) {
        Some(unit) => {
            j += if unit == "%" { 1 } else { unit.chars().count() };
            unit
        }
        None => multiplier?,
    };
    if let Some((word, normal)) = AFTER_UNIT.iter().find(|(w, _)| starts_with(chars, j, w)) {
        qualifier = qualifier.or(Some(*normal));
        j += word.chars().count();
    }
    // The first end of a range: 3%—5%, 3个-5个.
    if chars.get(j).is_some_and(|c| is_joiner(c.c)) && is_digit_at(chars, j + 1) {
        return None;
    }
    let mut start = before;
    if let Some((word, normal)) = BEFORE_NUMBER
        .iter()
        .find(|(w, _)| ends_with(chars, before, w))
    {
        let n = word.chars().count();
        let is_word = match *word {
            "近" => !ends_with(chars, before - n, "最"),
            "共" => !total_is_part_of_a_word(chars, before - n),
            _ => true,
        };
        if is_word {
            start = before - n;
            qualifier = qualifier.or(Some(*normal));
        }
    }
    if start == before {
        start = i;
    }
    let value = format!("{}e{exponent}", number.digits)
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())?;
    Some(Core {
        start,
        end: j,
        value,
        unit,
        qualifier,
    })
}

/// Whether the 共 at `k` belongs to another word (公共, 共同, …).
pub(super) fn total_is_part_of_a_word(chars: &[Ch], k: usize) -> bool {
    (k > 0 && NOT_TOTAL_BEFORE.contains(&chars[k - 1].f))
        || chars
            .get(k + 1)
            .is_some_and(|c| NOT_TOTAL_AFTER.contains(&c.f))
}

/// The unit at `j`, if any.
fn unit_at(chars: &[Ch], j: usize) -> Option<&'static str> {
    if chars.get(j).is_some_and(|c| is_percent(c.c)) {
        return Some("%");
    }
    let unit = UNITS.iter().find(|u| starts_with(chars, j, u))?;
    let after = chars.get(j + unit.chars().count()).map(|c| c.f);
    // A unit character starting another word: 人民, 条例, 次性, 名单, 名称.
    let other_word = matches!(
        (*unit, after),
        ("人", Some('民')) | ("条", Some('例')) | ("次", Some('性')) | ("名", Some('单' | '称'))
    );
    (!other_word).then_some(*unit)
}
