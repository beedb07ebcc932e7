//! Finding skills in a worker's own words ("在煤矿井下干了十五年，会开采煤机，懂一点电工，有叉车证").
//!
//! 1. **Dictionary**: every Chinese name and synonym of at least two characters and every
//!    English name and synonym of at least three letters, lower-cased. Scanning the text from
//!    left to right, the longest term starting at each position wins (Chinese needs no spaces);
//!    terms made of Latin letters must stand as whole words.
//!    A synonym shared by several skills is ambiguous and is not used (names always are).
//! 2. **Negation**: a match preceded in its clause by 不会, 没, 不懂, 不能, never, not, can't…,
//!    or followed by 不会, 一点不会, 不懂 (Chinese often puts it after: "电脑不会"), is dropped.
//! 3. **Level cues** in the match's clause (split at ，。；！？ and line breaks), in this order:
//!    a certificate grade (五级/初级 → 2, 四级/中级 → 3, 三级/高级 → 4, 技师 → 5, 高级技师 → 6);
//!    a permit or certificate (证, licence, certificate) → 3; a hedge (懂一点, 学过, a little) → 1;
//!    leading others (带班, 带徒弟, 班长) → 4; long experience (five or more years, 多年, 熟练)
//!    → 3; otherwise 2 (会, can). Experience and leading stated elsewhere in the same sentence
//!    count when the clause itself has no cue.
//!
//! The result keeps the byte span of each match so the interface can highlight it, and the worker
//! confirms each one before it is added.

use std::collections::HashMap;

use crate::domain::catalogue::{SkillIdx, Terms};
use crate::domain::level::SkillLevel;

/// Why a level was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelCue {
    /// A certificate grade was named (the level it corresponds to).
    Grade,
    /// A permit or certificate was mentioned.
    Permit,
    /// "A little", "learned it once".
    Hedge,
    /// Leads a team or trains apprentices.
    Leads,
    /// Five or more years, "many years", "skilled".
    Experienced,
    /// No cue: "can do it".
    Plain,
}

/// A skill found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub skill: SkillIdx,
    pub level: SkillLevel,
    pub cue: LevelCue,
    /// Byte range of the matched words in the original text.
    pub start: usize,
    pub end: usize,
}

struct DictTerm {
    chars: Vec<char>,
    skill: SkillIdx,
    /// 0 for names, 1 for synonyms (names win ties).
    priority: u8,
}

/// The dictionary of a catalogue, built once.
pub struct Extractor {
    by_first: HashMap<char, Vec<DictTerm>>,
}

const NEGATIONS_ZH: [&str; 9] = ["不会", "没有", "没", "不懂", "不能", "从未", "未", "不太会", "不行"];
const NEGATIONS_EN: [&str; 8] = ["not ", "never ", "no ", "can't ", "cannot ", "don't ", "didn't ", "without "];

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

impl Extractor {
    pub fn new(catalogue: &Terms) -> Extractor {
        // Synonyms used by more than one skill are ambiguous.
        let mut owners: HashMap<String, usize> = HashMap::new();
        for s in &catalogue.skills {
            let mut mine: Vec<String> =
                s.synonyms.zh.iter().chain(&s.synonyms.en).map(|t| t.trim().to_lowercase()).collect();
            crate::domain::order::sort(&mut mine);
            mine.dedup();
            for t in mine {
                *owners.entry(t).or_default() += 1;
            }
        }
        let mut by_first: HashMap<char, Vec<DictTerm>> = HashMap::new();
        for (i, s) in catalogue.skills.iter().enumerate() {
            let skill = SkillIdx(i as u32);
            let names = [(&s.name.zh, 0u8), (&s.name.en, 0u8)];
            let synonyms = s.synonyms.zh.iter().chain(&s.synonyms.en).map(|t| (t, 1u8));
            for (term, priority) in names.into_iter().chain(synonyms) {
                let chars: Vec<char> = term.trim().to_lowercase().chars().collect();
                let latin = chars.iter().all(|c| c.is_ascii());
                let long_enough = if latin { chars.len() >= 3 } else { chars.len() >= 2 };
                let ambiguous = priority == 1 && owners.get(&term.trim().to_lowercase()).is_some_and(|n| *n > 1);
                if !long_enough || ambiguous {
                    continue;
                }
                by_first.entry(chars[0]).or_default().push(DictTerm { chars, skill, priority });
            }
        }
        for terms in by_first.values_mut() {
            crate::domain::order::sort_by(terms, |a, b| {
                b.chars.len().cmp(&a.chars.len()).then(a.priority.cmp(&b.priority)).then(a.skill.cmp(&b.skill))
            });
        }
        Extractor { by_first }
    }

    /// The skills stated in `text`, in the order they appear, each at most once (the first
    /// mention wins).
    pub fn extract(&self, text: &str) -> Vec<Found> {
        // Lower-cased characters with their byte offsets in the original text.
        let mut chars: Vec<char> = Vec::new();
        let mut offsets: Vec<usize> = Vec::new();
        for (offset, c) in text.char_indices() {
            for lc in c.to_lowercase() {
                chars.push(lc);
                offsets.push(offset);
            }
        }
        offsets.push(text.len());
        let mut found: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let Some(m) = self.longest_at(&chars, i) else {
                i += 1;
                continue;
            };
            let end = i + m.chars.len();
            if !found.iter().any(|f| f.skill == m.skill) && !negated(&chars, i, end) {
                let (level, cue) = level_for(&chars, i, end);
                found.push(Found { skill: m.skill, level, cue, start: offsets[i], end: offsets[end] });
            }
            i = end;
        }
        found
    }

    fn longest_at(&self, chars: &[char], i: usize) -> Option<&DictTerm> {
        let terms = self.by_first.get(&chars[i])?;
        terms.iter().find(|t| {
            let end = i + t.chars.len();
            end <= chars.len()
                && chars[i..end] == t.chars[..]
                && !(is_word_char(t.chars[0]) && i > 0 && is_word_char(chars[i - 1]))
                && !(is_word_char(t.chars[t.chars.len() - 1]) && end < chars.len() && is_word_char(chars[end]))
        })
    }
}

fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | ',' | '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n' | '.')
}

fn is_sentence_break(c: char) -> bool {
    matches!(c, '。' | '！' | '!' | '？' | '?' | '\n')
}

/// How far a clause or sentence reaches on each side of a match (characters).
const REACH: usize = 120;

/// The range of the clause (or sentence) around `start..end`, at most [`REACH`] characters
/// on each side.
fn span_around(chars: &[char], start: usize, end: usize, brk: fn(char) -> bool) -> (usize, usize) {
    let lo = start.saturating_sub(REACH);
    let hi = (end + REACH).min(chars.len());
    let from = chars[lo..start].iter().rposition(|&c| brk(c)).map_or(lo, |p| lo + p + 1);
    let to = chars[end..hi].iter().position(|&c| brk(c)).map_or(hi, |p| end + p);
    (from, to)
}

const NEGATIONS_AFTER_ZH: [&str; 6] = ["不会", "一点不会", "不懂", "没学过", "没干过", "不行"];

fn negated(chars: &[char], start: usize, end: usize) -> bool {
    let (from, to) = span_around(chars, start, end, is_clause_break);
    let after: String = chars[end..to].iter().take(5).collect();
    if NEGATIONS_AFTER_ZH
        .iter()
        .any(|n| after.starts_with(n) || after.starts_with(&format!("也{n}")) || after.starts_with(&format!("都{n}")))
    {
        return true;
    }
    let before: String = chars[from..start].iter().collect();
    let near_zh: String = before.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    if NEGATIONS_ZH.iter().any(|n| near_zh.contains(n)) {
        return true;
    }
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let near_en: String = words.into_iter().rev().map(|w| format!("{w} ")).collect();
    let near_en = format!(" {near_en}");
    NEGATIONS_EN.iter().any(|n| near_en.contains(&format!(" {n}")))
}

fn has(s: &str, any: &[&str]) -> bool {
    any.iter().any(|w| s.contains(w))
}

/// Years of experience named in `s` (Arabic or Chinese numerals before 年 / "years").
fn years(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    let mut best: Option<u32> = None;
    for (i, &c) in chars.iter().enumerate() {
        let unit = c == '年' || (c == 'y' && s[s.char_indices().nth(i).map_or(0, |x| x.0)..].starts_with("year"));
        if !unit || i == 0 {
            continue;
        }
        let mut j = i;
        while j > 0 && (chars[j - 1] == ' ' || chars[j - 1] == '多' || chars[j - 1] == '来') {
            j -= 1;
        }
        let mut k = j;
        while k > 0 && (chars[k - 1].is_ascii_digit() || "一二两三四五六七八九十几".contains(chars[k - 1]))
        {
            k -= 1;
        }
        let num: String = chars[k..j].iter().collect();
        let value = if let Ok(n) = num.parse::<u32>() { Some(n) } else { chinese_number(&num) };
        if let Some(v) = value {
            best = Some(best.map_or(v, |b| b.max(v)));
        }
    }
    best
}

fn chinese_number(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "零一二三四五六七八九".find(c).map(|i| (i / 3) as u32).or(if c == '两' {
            Some(2)
        } else if c == '几' {
            Some(3)
        } else {
            None
        })
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [] => None,
        ['十'] => Some(10),
        ['十', d] => Some(10 + digit(*d)?),
        [d, '十'] => Some(10 * digit(*d)?),
        [d, '十', e] => Some(10 * digit(*d)? + digit(*e)?),
        [d] => digit(*d),
        _ => None,
    }
}

fn cue_in(s: &str) -> Option<(u8, LevelCue)> {
    if has(s, &["高级技师"]) {
        return Some((6, LevelCue::Grade));
    }
    if has(s, &["五级", "初级", "grade 5"]) {
        return Some((2, LevelCue::Grade));
    }
    if has(s, &["四级", "中级", "grade 4"]) {
        return Some((3, LevelCue::Grade));
    }
    if has(s, &["三级", "高级", "grade 3"]) {
        return Some((4, LevelCue::Grade));
    }
    if has(s, &["技师", "grade 2"]) {
        return Some((5, LevelCue::Grade));
    }
    if has(s, &["证", "执照", "驾照", "licen", "certificate", "certified", "permit"]) {
        return Some((3, LevelCue::Permit));
    }
    if has(
        s,
        &[
            "一点",
            "一些",
            "学过",
            "跟师傅",
            "跟着师傅",
            "略懂",
            "不太熟",
            "a little",
            "a bit",
            "some ",
            "basic",
            "learned",
            "learnt",
        ],
    ) {
        return Some((1, LevelCue::Hedge));
    }
    None
}

fn experience_in(s: &str) -> Option<(u8, LevelCue)> {
    if has(s, &["带班", "带徒弟", "带过徒弟", "带了徒弟", "班长", "组长", "工长", "lead", "supervis", "foreman"])
    {
        return Some((4, LevelCue::Leads));
    }
    if years(s).is_some_and(|y| y >= 5)
        || has(s, &["多年", "老手", "熟练", "好几年", "十几年", "many years", "experienced"])
    {
        return Some((3, LevelCue::Experienced));
    }
    None
}

fn level_for(chars: &[char], start: usize, end: usize) -> (SkillLevel, LevelCue) {
    let (cf, ct) = span_around(chars, start, end, is_clause_break);
    let clause: String = chars[cf..ct].iter().collect();
    let (sf, st) = span_around(chars, start, end, is_sentence_break);
    let sentence: String = chars[sf..st].iter().collect();
    let (level, cue) = cue_in(&clause)
        .or_else(|| experience_in(&clause))
        .or_else(|| experience_in(&sentence))
        .unwrap_or((2, LevelCue::Plain));
    (SkillLevel::clamped(level as i64), cue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_years() {
        assert_eq!(years("干了十五年"), Some(15));
        assert_eq!(years("干了 20 年"), Some(20));
        assert_eq!(years("三年"), Some(3));
        assert_eq!(years("十几年"), Some(13));
        assert_eq!(years("二十多年"), Some(20));
        assert_eq!(years("for 12 years"), Some(12));
        assert_eq!(years("去年"), None);
    }

    #[test]
    fn cues_in_order() {
        assert_eq!(cue_in("有焊工四级证"), Some((3, LevelCue::Grade)));
        assert_eq!(cue_in("有叉车证"), Some((3, LevelCue::Permit)));
        assert_eq!(cue_in("懂一点电工"), Some((1, LevelCue::Hedge)));
        assert_eq!(cue_in("会开叉车"), None);
        assert_eq!(experience_in("带过徒弟，当过班长"), Some((4, LevelCue::Leads)));
    }
}
