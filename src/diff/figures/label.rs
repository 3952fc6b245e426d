//! What a figure counts: its label (the words of the clause around it, as written), the key
//! folded from the label for pairing, and the total-qualifiers (共, 累计) of the clause.

use std::ops::Range;

use super::Figure;
use super::scan::{Core, NOT_TOTAL_AFTER, NOT_TOTAL_BEFORE, total_is_part_of_a_word};
use super::text::{
    Ch, digit, is_alphabetic, is_boundary, is_digit_at, is_hard_boundary, starts_with,
};

/// Qualifiers that may stand anywhere in the clause before the figure.
const IN_CLAUSE: &[(&str, &str)] = &[
    ("累计", "累计"),
    ("共计", "共"),
    ("总计", "共"),
    ("合计", "共"),
    ("总共", "共"),
    ("共", "共"),
];

/// Words that end what a figure standing before a noun counts (下放24项行政执法事项并开展…),
/// each with the characters before and after it that make it part of another word instead
/// (合并, 和解, 及时, 平等, 目的, 公共, 平均).
const TAIL_STOPS: &[(&str, &[char], &[char])] = &[
    ("并", &['合'], &[]),
    ("和", &[], &['解', '谐', '平', '美']),
    ("以及", &[], &[]),
    ("涉及", &[], &[]),
    ("及", &[], &['时']),
    ("参与", &[], &[]),
    ("与", &[], &[]),
    (
        "等",
        &['平', '同', '对', '高', '中', '初', '均'],
        &['级', '同', '待'],
    ),
    ("均", &['平'], &[]),
    ("全部", &[], &[]),
    ("已", &[], &[]),
    ("的", &['目'], &['确']),
    ("共", NOT_TOTAL_BEFORE, NOT_TOTAL_AFTER),
    ("累计", &[], &[]),
    ("其中", &[], &[]),
    ("同比", &[], &[]),
    ("环比", &[], &[]),
    ("较上年", &[], &[]),
    ("比上年", &[], &[]),
];

/// Whether a word of [`TAIL_STOPS`] may start with `c`: a quick no for most characters of a
/// tail, before the list is tried word by word.
fn may_stop_tail(c: char) -> bool {
    matches!(
        c,
        '并' | '和'
            | '以'
            | '涉'
            | '及'
            | '参'
            | '与'
            | '等'
            | '均'
            | '全'
            | '已'
            | '的'
            | '共'
            | '累'
            | '其'
            | '同'
            | '环'
            | '较'
            | '比'
    )
}

/// Whether a tail stops at character `i`.
fn stops_tail(chars: &[Ch], i: usize) -> bool {
    if !chars.get(i).is_some_and(|c| may_stop_tail(c.f)) {
        return false;
    }
    TAIL_STOPS.iter().any(|(word, not_after, not_before)| {
        starts_with(chars, i, word)
            && !(i > 0 && not_after.contains(&chars[i - 1].f))
            && !chars
                .get(i + word.chars().count())
                .is_some_and(|c| not_before.contains(&c.f))
    })
}

/// The most characters a label takes before the figure, and after it: a clause longer than
/// that is no longer a name for what is counted, and the bound keeps extraction linear on
/// text without punctuation.
const MAX_LEAD: usize = 64;
const MAX_TAIL: usize = 32;

/// The figure of `core`, one of `cores`, with its label, key and text.
pub(super) fn figure(text: &str, chars: &[Ch], cores: &[Core], core: &Core) -> Figure {
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.at);
    let (lead_start, tail_end) = clause(chars, core);
    let lead = &text[byte(lead_start)..byte(core.start)];
    let tail = &text[byte(core.end)..byte(tail_end)];
    let label = format!("{}{}", lead.trim(), tail.trim());
    let totals = totals(chars, cores, lead_start..core.start);
    let mut key = String::new();
    for range in [lead_start..core.start, core.end..tail_end] {
        push_key(&mut key, chars, cores, &totals, range);
    }
    let total = totals.last().map(|(_, normal)| *normal);
    Figure {
        label,
        key,
        value: core.value,
        unit: core.unit.to_string(),
        qualifier: core.qualifier.or(total).map(str::to_string),
        text: text[byte(core.start)..byte(core.end)].to_string(),
        range: byte(core.start)..byte(core.end),
    }
}

/// Where a figure's label starts (the lead, before it) and ends (the tail, after it).
fn clause(chars: &[Ch], core: &Core) -> (usize, usize) {
    let floor = core.start.saturating_sub(MAX_LEAD);
    let mut lead_start = core.start;
    while lead_start > floor && !is_boundary(chars[lead_start - 1].c) {
        lead_start -= 1;
    }
    let ceiling = (core.end + MAX_TAIL).min(chars.len());
    let mut tail_end = core.end;
    while tail_end < ceiling {
        let c = chars[tail_end].c;
        if is_boundary(c) || digit(c).is_some() || stops_tail(chars, tail_end) {
            break;
        }
        tail_end += 1;
    }
    // A percentage measures what its clause names as a rate (化解率达到98.6%, 通过率由53.4%提升
    // 至95%); the words after it are taken only when the rate is named there (实现100%接入率).
    if matches!(core.unit, "%" | "个百分点") {
        let names_a_rate =
            |range: Range<usize>| chars[range].iter().any(|c| matches!(c.f, '率' | '比'));
        if names_a_rate(lead_start..core.start) || !names_a_rate(core.end..tail_end) {
            tail_end = core.end;
        }
    }
    // Nothing but the figure between marks (发出《责令履行通知书》3份): reach back past them.
    let has_words = |range: Range<usize>| chars[range].iter().any(|c| is_alphabetic(c.c));
    if !has_words(lead_start..core.start) && !has_words(core.end..tail_end) {
        while lead_start > floor && !is_hard_boundary(chars[lead_start - 1].c) {
            lead_start -= 1;
        }
    }
    (lead_start, tail_end)
}

/// Whether a word of [`IN_CLAUSE`] may start with `c`: a quick no for most characters.
fn may_be_total(c: char) -> bool {
    matches!(c, '累' | '共' | '总' | '合')
}

/// The total-qualifiers (共, 累计, …) standing in `lead`, in order, with their normal form.
fn totals(chars: &[Ch], cores: &[Core], lead: Range<usize>) -> Vec<(Range<usize>, &'static str)> {
    let mut totals = Vec::new();
    let mut i = lead.start;
    while i < lead.end {
        let found = IN_CLAUSE
            .iter()
            .filter(|_| may_be_total(chars[i].f))
            .find(|(w, _)| starts_with(chars, i, w));
        match found {
            Some((word, normal))
                if !(*word == "共" && total_is_part_of_a_word(chars, i))
                    && inside_figure(cores, i).is_none() =>
            {
                let n = word.chars().count();
                totals.push((i..(i + n).min(lead.end), *normal));
                i += n;
            }
            _ => i += 1,
        }
    }
    totals
}

/// Appends the folded words of `range` to `key`, leaving out figures, numbers with the year or
/// date they name, totals, punctuation, symbols and whitespace.
fn push_key(
    key: &mut String,
    chars: &[Ch],
    cores: &[Core],
    totals: &[(Range<usize>, &str)],
    range: Range<usize>,
) {
    let mut i = range.start;
    while i < range.end {
        if let Some(end) = inside_figure(cores, i) {
            i = end;
        } else if let Some((total, _)) = totals.iter().find(|(t, _)| t.contains(&i)) {
            i = total.end;
        } else if is_digit_at(chars, i) {
            while is_digit_at(chars, i)
                || (chars
                    .get(i)
                    .is_some_and(|c| matches!(c.c, '.' | '．' | ','))
                    && is_digit_at(chars, i + 1))
            {
                i += 1;
            }
            // A year or a date: 2024年度, 3月, 31日.
            if let Some(word) = ["年度", "年", "月", "日", "号"]
                .iter()
                .find(|w| starts_with(chars, i, w))
            {
                i += word.chars().count();
            }
        } else {
            if is_alphabetic(chars[i].c) {
                key.push(chars[i].f);
            }
            i += 1;
        }
    }
}

/// The end of the figure character `i` is part of, if it is part of one.
fn inside_figure(cores: &[Core], i: usize) -> Option<usize> {
    let after = cores.partition_point(|c| c.start <= i);
    let core = cores.get(after.checked_sub(1)?)?;
    (i < core.end).then_some(core.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_character_tests_say_what_the_full_ones_say() {
        assert!(('\u{4e00}'..='\u{9fff}').all(char::is_alphabetic));
        for (word, _, _) in TAIL_STOPS {
            assert!(word.chars().next().is_some_and(may_stop_tail), "{word}");
        }
        for (word, _) in IN_CLAUSE {
            assert!(word.chars().next().is_some_and(may_be_total), "{word}");
        }
    }
}
