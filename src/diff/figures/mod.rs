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

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

use crate::report::script;

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
    /// `label` folded for matching: Traditional → Simplified ([`script::fold`]), with digits,
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
    let chars = index(text);
    let cores = scan(&chars);
    cores
        .iter()
        .map(|core| figure(text, &chars, &cores, core))
        .collect()
}

/// Pairs last year's figures (`old`) with this year's (`new`): a pair must have the same unit
/// (% and 个百分点 do not pair: one is a level, the other a change of level) and keys at least
/// [`PAIR_THRESHOLD`] alike. The most alike pairs are taken first, each figure at most once;
/// equally alike candidates go in the order of the old figures, then of the new ones, so the
/// result depends only on the input. Figures with an empty key are never paired.
pub fn pair(old: Vec<Figure>, new: Vec<Figure>) -> Pairing {
    let (old_keys, new_keys) = (keys(&old), keys(&new));
    // This year's figures by unit: only those can pair.
    let mut by_unit: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, b) in new.iter().enumerate() {
        by_unit.entry(b.unit.as_str()).or_default().push(n);
    }
    let mut row = Vec::new();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (o, a) in old.iter().enumerate() {
        for &n in by_unit.get(a.unit.as_str()).into_iter().flatten() {
            let b = &new[n];
            if !may_pair(&old_keys[o].sorted, &new_keys[n].sorted) {
                continue;
            }
            // A figure with no words before it pairs only with the same figure, as written
            // (a table cell, a list of numbers): it has nothing else to be known by.
            let score = if a.key.is_empty() || b.key.is_empty() {
                if a.key == b.key && a.text == b.text {
                    1.0
                } else {
                    continue;
                }
            } else {
                let alike = alike(
                    &old_keys[o].chars,
                    &new_keys[n].chars,
                    PAIR_THRESHOLD,
                    &mut row,
                );
                match alike {
                    Some(score) => score,
                    None => continue,
                }
            };
            if score >= PAIR_THRESHOLD {
                candidates.push((score, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut old_match: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_match: Vec<Option<usize>> = vec![None; new.len()];
    for (_, o, n) in candidates {
        if old_match[o].is_none() && new_match[n].is_none() {
            old_match[o] = Some(n);
            new_match[n] = Some(o);
        }
    }
    let mut old: Vec<Option<Figure>> = old.into_iter().map(Some).collect();
    let mut pairing = Pairing::default();
    for (n, figure) in new.into_iter().enumerate() {
        match new_match[n].and_then(|o| old[o].take()) {
            Some(previous) => pairing.pairs.push((previous, figure)),
            None => pairing.only_new.push(figure),
        }
    }
    pairing.only_old = old.into_iter().flatten().collect();
    pairing
}

/// How alike two keys are, 0 to 1, character by character (Chinese has no spaces to find
/// words by, and every character carries meaning): the larger of
///
/// - one minus the Levenshtein distance over the longer key's length (strsim's
///   `normalized_levenshtein`), for a label reworded in place, and
/// - when every character of the shorter key (3 or more) appears in the longer one in order,
///   0.6 + 0.4 × (shorter length / longer length), for a label said again with words added or
///   dropped (Chinese puts the modifiers first, and they come and go from year to year); it
///   reaches the threshold when the shorter key is at least a fifth of the longer.
///
/// With [`PAIR_THRESHOLD`] at 0.68 (fewer than a third of the characters changed), measured on
/// Gaoling's reports of 2023–2025: the same figure reworded scores 0.93
/// (区政府常务会议集体学法 / 区政府常务会议学法), 0.90 (…向西安市高陵区人民政府提交… /
/// …向区政府提交…), 0.79 (通过区政府门户网站主动公开各类信息 / 主动公开各类信息), 0.76
/// (办理行政复议 / 办理政府信息公开引起的行政复议), 0.71 (其中规范性文件 / 发布规范性文件);
/// different figures of one report sharing their vocabulary score 0.67 (行政许可事项 /
/// 行政备案事项), 0.55 (受理行政复议案件 / 办理市政府复议答复案件), 0.46 (受理行政复议案件 /
/// 参与区政府行政复议案件审理). Levenshtein alone misses the added-words pairs (0.40–0.47);
/// Sørensen–Dice on characters ignores order and scores those false pairs 0.63–0.67. Exactly
/// a third changed is left unpaired on purpose: a pair missed shows as a figure dropped and
/// one added, which a reader sees; a wrong pair shows a change that did not happen. The weak
/// spot is a one-character change in a short key: 市政协提案 / 区政协提案 (0.80) are different
/// figures that pair when each is alone in its year, so a diff should show both labels
/// whenever they differ.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    alike(&a, &b, f64::NEG_INFINITY, &mut Vec::new()).unwrap_or(0.0)
}

/// A figure's key as [`pair`] compares it: its characters in order, and sorted.
struct Key {
    chars: Vec<char>,
    sorted: Vec<char>,
}

fn keys(figures: &[Figure]) -> Vec<Key> {
    figures
        .iter()
        .map(|f| {
            let chars: Vec<char> = f.key.chars().collect();
            let mut sorted = chars.clone();
            sorted.sort_unstable();
            Key { chars, sorted }
        })
        .collect()
}

/// Whether two keys (their characters, sorted) can reach [`PAIR_THRESHOLD`]: the edit
/// distance is at least the longer length less the characters they share, so a pair sharing
/// too few cannot, unless the shorter is contained whole in the longer.
fn may_pair(a: &[char], b: &[char]) -> bool {
    if a.is_empty() || b.is_empty() {
        return a.is_empty() && b.is_empty();
    }
    let shared = super::shingles::shared_count(a, b);
    let (shorter, longer) = (a.len().min(b.len()), a.len().max(b.len()));
    shared == shorter || shared as f64 / longer as f64 >= PAIR_THRESHOLD
}

/// [`similarity`] of two keys' characters when it is at least `floor`, `None` when it is less:
/// the edit distance is followed only as far as it can still raise the score to `floor` (or
/// above what the shorter key contained in the longer already gives). `row` is room for it.
fn alike(a: &[char], b: &[char], floor: f64, row: &mut Vec<usize>) -> Option<f64> {
    if a.is_empty() && b.is_empty() {
        return (1.0 >= floor).then_some(1.0);
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (ls, ll) = (short.len(), long.len());
    let contained = (ls >= MIN_CONTAINED && is_subsequence(short, long))
        .then(|| 0.6 + 0.4 * ls as f64 / ll as f64);
    // strsim's normalized_levenshtein, as it computes it.
    let edits = |distance: usize| 1.0 - (distance as f64) / (ll as f64);
    // The edit score matters where it reaches `need`: the largest distance that does.
    let need = contained.map_or(floor, |c| c.max(floor));
    let within = (0..=ll).rev().find(|d| edits(*d) >= need);
    match within.and_then(|most| levenshtein_within(a, b, most, row)) {
        Some(distance) => Some(edits(distance)),
        None => contained.filter(|c| *c >= floor),
    }
}

/// The Levenshtein distance of `a` and `b` if it is at most `most`.
fn levenshtein_within(a: &[char], b: &[char], most: usize, row: &mut Vec<usize>) -> Option<usize> {
    if a.len().abs_diff(b.len()) > most {
        return None;
    }
    // What the two share at either end costs nothing (keys of one figure mostly differ in a
    // few characters, or none).
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    // row[j]: the distance of the part of `a` done so far and b[..j].
    row.clear();
    row.extend(0..=b.len());
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        let mut least = row[0];
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            let value = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
            row[j + 1] = value;
            least = least.min(value);
        }
        // Distances only grow down the table: a row all past `most` ends the search.
        if least > most {
            return None;
        }
    }
    row.last().copied().filter(|d| *d <= most)
}

/// The shortest key that counts as said again, with words added, by a longer one: two
/// characters (办结) are found in order in too many keys.
const MIN_CONTAINED: usize = 3;

/// Whether every character of `short` appears in `long`, in order.
fn is_subsequence(short: &[char], long: &[char]) -> bool {
    let mut long = long.iter();
    short.iter().all(|c| long.any(|l| l == c))
}

/// A character of the input: where it starts, as written, and folded to Simplified.
#[derive(Debug, Clone, Copy)]
struct Ch {
    at: usize,
    c: char,
    f: char,
}

fn index(text: &str) -> Vec<Ch> {
    text.char_indices()
        .map(|(at, c)| Ch {
            at,
            c,
            f: script::fold_char(c),
        })
        .collect()
}

/// A figure as the scanner finds it, in character indices, before its label is read.
#[derive(Debug)]
struct Core {
    /// Where its text starts (a qualifier written against the number included).
    start: usize,
    /// Where its text ends (以上 included).
    end: usize,
    value: f64,
    unit: &'static str,
    qualifier: Option<&'static str>,
}

/// A number in digits: where it ends, its digits ("1234.5"), whether it is dotted like a
/// date or version (2024.3.31).
struct Number {
    end: usize,
    digits: String,
    dotted: bool,
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn is_digit_at(chars: &[Ch], i: usize) -> bool {
    chars.get(i).is_some_and(|c| digit(c.c).is_some())
}

/// Punctuation that ends a clause for a label. (A `match`, as are the marks and joiners
/// below: these are asked of nearly every character of a report.)
fn is_hard_boundary(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '。'
            | '；'
            | ';'
            | '、'
            | '：'
            | ':'
            | '（'
            | '）'
            | '('
            | ')'
            | '！'
            | '!'
            | '？'
            | '?'
            | '［'
            | '］'
            | '['
            | ']'
            | '【'
            | '】'
            | '…'
            | '—'
            | '―'
            | '\n'
            | '\r'
            | '\t'
    )
}

/// Quotation and title marks: they end a clause for a label too, but a label that would be
/// empty reaches past them.
fn is_soft_boundary(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '"' | '《' | '》' | '〈' | '〉' | '「' | '」' | '『' | '』'
    )
}

fn is_boundary(c: char) -> bool {
    is_hard_boundary(c) || is_soft_boundary(c)
}

/// What joins the two ends of a range or the parts of a date: 2023—2025, 3-5, 5·12, 3/31.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '—' | '–' | '-' | '‐' | '‑' | '－' | '~' | '～' | '〜' | '·' | '・' | '/' | '／'
    )
}

/// `char::is_alphabetic`, answered at once for the common Chinese characters (all of them are
/// letters), which it looks up in Unicode's tables.
fn is_alphabetic(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}') || c.is_alphabetic()
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{3000}')
}

fn is_percent(c: char) -> bool {
    matches!(c, '%' | '％')
}

/// Whether the folded text at `i` starts with `word`.
fn starts_with(chars: &[Ch], i: usize, word: &str) -> bool {
    let mut k = i;
    for w in word.chars() {
        match chars.get(k) {
            Some(c) if c.f == w => k += 1,
            _ => return false,
        }
    }
    true
}

/// Whether the folded text before `i` ends with `word`.
fn ends_with(chars: &[Ch], i: usize, word: &str) -> bool {
    let n = word.chars().count();
    i >= n && starts_with(chars, i - n, word)
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
fn scan(chars: &[Ch]) -> Vec<Core> {
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
/// Qualifiers that may stand anywhere in the clause before the figure.
const IN_CLAUSE: &[(&str, &str)] = &[
    ("累计", "累计"),
    ("共计", "共"),
    ("总计", "共"),
    ("合计", "共"),
    ("总共", "共"),
    ("共", "共"),
];

/// Words 共 is part of without meaning "in all" (公共, 共同, …), as the character before and
/// the character after.
const NOT_TOTAL_BEFORE: &[char] = &['公', '中'];
const NOT_TOTAL_AFTER: &[char] = &[
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
fn total_is_part_of_a_word(chars: &[Ch], k: usize) -> bool {
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
fn figure(text: &str, chars: &[Ch], cores: &[Core], core: &Core) -> Figure {
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

    /// The only figure of a text.
    fn one(text: &str) -> Figure {
        let figures = extract(text);
        assert_eq!(figures.len(), 1, "{text}: {figures:#?}");
        figures.into_iter().next().unwrap()
    }

    /// What each figure of a text says, as written.
    fn texts(text: &str) -> Vec<String> {
        extract(text).into_iter().map(|f| f.text).collect()
    }

    /// Figures from a few short texts, as `pair` takes them.
    fn figures(texts: &[&str]) -> Vec<Figure> {
        texts.iter().flat_map(|t| extract(t)).collect()
    }

    /// The texts of a pairing: (old, new) pairs, only old, only new.
    fn paired(p: &Pairing) -> (Vec<(&str, &str)>, Vec<&str>, Vec<&str>) {
        (
            p.pairs
                .iter()
                .map(|(o, n)| (o.text.as_str(), n.text.as_str()))
                .collect(),
            p.only_old.iter().map(|f| f.text.as_str()).collect(),
            p.only_new.iter().map(|f| f.text.as_str()).collect(),
        )
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
    fn boundaries_and_joiners_are_the_characters_listed() {
        let hard = "，,。；;、：:（）()！!？?［］[]【】…—―\n\r\t";
        let soft = "“”‘’\"《》〈〉「」『』";
        let joiners = "—–-‐‑－~～〜·・/／";
        for c in ('\0'..='\u{ffff}').chain(['\u{1f600}']) {
            assert_eq!(is_hard_boundary(c), hard.contains(c), "{c:?}");
            assert_eq!(is_soft_boundary(c), soft.contains(c), "{c:?}");
            assert_eq!(is_joiner(c), joiners.contains(c), "{c:?}");
        }
    }

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

    #[test]
    fn study_sessions_pair_across_a_reworded_label_and_a_change_of_script() {
        let old = figures(&["举办专题学习班,区政府常务会议集体学法5次,不断提高"]);
        let new = figures(&[
            "2024年區委理論學習中心組學法7次、區政府常務會議學法7次,區政府及部門領導班子旁聽庭審3次",
        ]);
        let p = pair(old, new);
        assert_eq!(p.pairs.len(), 1);
        assert_eq!(
            (p.pairs[0].0.label.as_str(), p.pairs[0].1.label.as_str()),
            ("区政府常务会议集体学法", "區政府常務會議學法")
        );
        assert_eq!(p.pairs[0].1.value - p.pairs[0].0.value, 2.0);
        assert_eq!(paired(&p).2, ["7次", "3次"]);
    }

    #[test]
    fn traditional_and_simplified_figures_pair() {
        let p = pair(
            figures(&["共受理行政复议案件120件"]),
            figures(&["受理159件行政復議案件"]),
        );
        assert_eq!(paired(&p).0, [("120件", "159件")]);
    }

    #[test]
    fn a_label_that_gained_or_lost_a_few_words_still_pairs() {
        let p = pair(
            figures(&[
                "通過區政府門戶網站主動公開各類信息8915條",
                "領導信箱共收到群眾來信293件",
                "辦理行政復議12件",
            ]),
            figures(&[
                "主動公開各類信息8032條",
                "領導信箱收到群眾來信251件",
                "辦理政府信息公開引起的行政復議25件",
            ]),
        );
        assert_eq!(
            paired(&p).0,
            [("8915條", "8032條"), ("293件", "251件"), ("12件", "25件")]
        );
    }

    #[test]
    fn different_things_sharing_their_words_do_not_pair() {
        let p = pair(
            figures(&["258項行政許可事項"]),
            figures(&["266項行政備案事項"]),
        );
        assert_eq!(paired(&p), (vec![], vec!["258項"], vec!["266項"]));
        let p = pair(
            figures(&["共受理159件行政復議案件"]),
            figures(&["參與159件區政府行政復議案件審理"]),
        );
        assert!(p.pairs.is_empty());
    }

    #[test]
    fn units_must_agree_and_percentage_points_are_not_percentages() {
        let p = pair(
            figures(&["结案率达到95%"]),
            figures(&["结案率提高3个百分点"]),
        );
        assert!(p.pairs.is_empty());
        let p = pair(figures(&["开展评查2次"]), figures(&["开展评查2件"]));
        assert!(p.pairs.is_empty());
    }

    #[test]
    fn figures_in_one_year_only_are_listed_apart_in_their_order() {
        let old = figures(&["法治督察3次", "旁聽庭審3次", "編制重大行政決策事項3個"]);
        let new = figures(&[
            "新增市場主體5429戶",
            "法治督察4次",
            "發出《責令履行通知書》3份",
        ]);
        let p = pair(old, new);
        assert_eq!(
            paired(&p),
            (
                vec![("3次", "4次")],
                vec!["3次", "3個"],
                vec!["5429戶", "3份"]
            )
        );
        assert_eq!(p.only_old[0].label, "旁聽庭審");
    }

    #[test]
    fn the_most_alike_pair_is_taken_first() {
        let p = pair(
            figures(&["區政協提案152件"]),
            figures(&["市政協提案7件", "區政協提案160件"]),
        );
        assert_eq!(paired(&p), (vec![("152件", "160件")], vec![], vec!["7件"]));
    }

    #[test]
    fn equally_alike_figures_pair_in_the_order_of_the_text() {
        let sentence = "為106個在建市區兩級重點項目解決問題36個";
        let p = pair(
            extract(sentence),
            extract(&sentence.replace("106", "110").replace("36", "40")),
        );
        assert_eq!(paired(&p).0, [("106個", "110個"), ("36個", "40個")]);
    }

    #[test]
    fn pairing_depends_only_on_its_input() {
        let sample = include_str!("../../../reports/2024.yaml");
        let all: Vec<Figure> = sample.lines().flat_map(extract).collect();
        let first = pair(all.clone(), all.clone());
        assert_eq!(first.pairs.len(), all.len());
        assert!(
            first.pairs.iter().all(|(o, n)| o == n),
            "{:?}",
            first.pairs.iter().find(|(o, n)| o != n)
        );
        for _ in 0..3 {
            assert_eq!(pair(all.clone(), all.clone()), first);
        }
    }

    #[test]
    fn figures_with_no_words_never_pair() {
        let blank = |text: &str| Figure {
            key: String::new(),
            ..one(text)
        };
        let p = pair(vec![blank("3件")], vec![blank("4件")]);
        assert_eq!(paired(&p), (vec![], vec!["3件"], vec!["4件"]));
    }

    #[test]
    fn the_bounded_score_is_strsims_wherever_it_reaches_the_floor() {
        let sample = include_str!("../../../reports/2024.yaml");
        let mut keys: Vec<String> = sample.lines().flat_map(extract).map(|f| f.key).collect();
        keys.extend(
            [
                "行政许可事项",
                "行政备案事项",
                "受理行政复议案件",
                "办结",
                "已办结率",
                "办理行政复议",
                "办理政府信息公开引起的行政复议",
                "通过区政府门户网站主动公开各类信息",
                "主动公开各类信息",
            ]
            .map(String::from),
        );
        // The score as it was computed before the edit distance was bounded.
        let reference = |a: &str, b: &str| {
            let edits = strsim::normalized_levenshtein(a, b);
            let (ls, ll) = (
                a.chars().count().min(b.chars().count()),
                a.chars().count().max(b.chars().count()),
            );
            let (short, long) = if a.chars().count() <= b.chars().count() {
                (a, b)
            } else {
                (b, a)
            };
            let mut rest = long.chars();
            if ls >= MIN_CONTAINED && short.chars().all(|c| rest.any(|l| l == c)) {
                edits.max(0.6 + 0.4 * ls as f64 / ll as f64)
            } else {
                edits
            }
        };
        let mut row = Vec::new();
        for a in &keys {
            for b in &keys {
                let expected = reference(a, b);
                assert_eq!(similarity(a, b), expected, "{a} / {b}");
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                for floor in [0.3, PAIR_THRESHOLD, 0.9] {
                    let bounded = alike(&ac, &bc, floor, &mut row);
                    assert_eq!(
                        bounded,
                        (expected >= floor).then_some(expected),
                        "{a} / {b}"
                    );
                }
            }
        }
    }

    #[test]
    fn similarity_rewards_a_label_said_again_with_more_words() {
        assert_eq!(similarity("受理行政复议案件", "受理行政复议案件"), 1.0);
        assert!(similarity("区政府常务会议集体学法", "区政府常务会议学法") > 0.9);
        assert!(similarity("行政许可事项", "行政备案事项") < PAIR_THRESHOLD);
        assert!(similarity("办结", "已办结率") < PAIR_THRESHOLD);
        assert!(similarity("", "") == 1.0);
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
