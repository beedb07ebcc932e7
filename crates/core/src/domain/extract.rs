//! Finding skills in a worker's own words ("在煤矿井下干了十五年，会开采煤机，懂一点电工，有叉车证").
//!
//! 1. **Dictionary**: every Chinese name and synonym of at least two characters and every
//!    English name and synonym of at least three letters (or a letter and a digit: "A2"),
//!    lower-cased. Scanning the text from left to right, the longest term starting at each
//!    position wins (Chinese needs no spaces);
//!    terms made of Latin letters must stand as whole words.
//!    A synonym shared by several skills is read as the one whose broader skill is found beside
//!    it (嫁接 beside 大棚 is 蔬菜嫁接育苗, beside 果园 果树嫁接); where nothing decides, as its one
//!    skill without a broader skill (打药 is 背负式喷药), or not at all.
//!    A job's names stand for the skill that says most about the job ("当过电焊工" → the
//!    welding skill), below any skill's own words; a job name whose jobs say different
//!    skills is ambiguous and is not used. A verb and its object may have an aspect particle
//!    and a few words between them ("种了一辈子地", "开过两年叉车"); an English word may be
//!    plural ("sea cucumbers"), and the first word of an English verb phrase may take its other
//!    forms ("raised sheep", "fixing pumps", "drove"). A term that sits across an everyday word is
//!    not meant (月底盘点 is not 底盘, 打扫卫生间 not 打扫卫生). Where nothing is found
//!    as written, a phone's slips are: a character typed as its pinyin ("wa掘机", "开cha车") or,
//!    in a term of three or more characters, as another character of the same reading
//!    ("采媒机"), one in three at most.
//! 2. **Whose skill it is**: a match preceded in its clause by 不会, 没, 不懂, 不能, 不让, never,
//!    not, can't, don't…, or followed by a denial (Chinese often puts it after: "电脑不会",
//!    "破碎锤没使过", "证没考下来"; a little further when nothing between says otherwise,
//!    "电路上的毛病不会看"; not a boast, "没出过事故"), is dropped; so is one the worker only
//!    wishes for or means to learn (想学, 打算, want to…, "听说学电工好找活"; 自学 is learnt), one
//!    someone else has ("老伴会做饭", "俺家老头子在矿上开绞车", "my son can…"), one the worker
//!    worked alongside, sought or hired ("跟着大工干", "得找兽医", "雇收割机") and a machine they
//!    repaired rather than ran ("修过采煤机", "修皮带机、刮板机"; a repair skill's own words begin
//!    with 修).
//! 3. **Level cues** in the match's clause (split at ，。；！？ and line breaks), in this order:
//!    a certificate grade (五级/初级 → 2, 四级/中级 → 3, 三级/高级 → 4, 技师 → 5, 高级技师 → 6);
//!    a permit or certificate (证, licence, certificate) → 3; a hedge (懂一点, 学过, a little) → 1;
//!    leading others (带班, 带徒弟, 班长) → 4; long experience (five or more years, also as a
//!    spoken range or in English words: 六七年, six years; 多年, 熟练, 一辈子, for years) → 3;
//!    otherwise 2 (会, can). Experience and leading stated elsewhere in the same sentence count
//!    when the clause itself has no cue.
//!
//! 4. **Broader skills**: a skill found brings the broader skills it is a kind of (母猪接产 →
//!    生猪饲养管理 → 畜禽养殖), at its level and with its words.
//!
//! The result keeps the byte span of each match so the interface can highlight it, and the worker
//! confirms each one before it is added.

use std::collections::HashMap;

use crate::domain::catalogue::{outweighs, SkillIdx, Terms};
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
    /// 0 for names, 1 for synonyms, 2 for a job's names (names win ties).
    priority: u8,
}

/// At most this many characters may stand between a verb's particle and its object
/// ("开过|两年|叉车").
const GAP: usize = 5;

/// Aspect particles that may follow the verb of a term ("种了…地", "开过…叉车").
const PARTICLES: [char; 3] = ['了', '过', '着'];

/// What may stand between a verb and a one-character object: a span of time or a count, with
/// its measure word ("开了八年车", "种了一辈子地", "养了三十多只羊", "种着十几亩地").
const COUNTS: &str = "0123456789零一二两三四五六七八九十百千万几多来半年个月天回次趟遍辈子头只亩条块间口棵株";

/// The verbs of work a term may start with for a particle to stand between it and its object:
/// only these, so that "岁数大了在海参加工" is not read as 大…工.
const VERBS: &str = "开种养带修做干当看绑砌焊炒骑送跑打搬装卸拉喂擦扫拖刷抹贴铺刮搭支浇剪摘收卖包蒸烤洗剃烫染理按伺陪编缝织拆换接挖铲推吊压切磨钻铣刨喷涂测查巡算记画管烧蒸煮腌酿晒割挤挑扛运码盘放";

/// The last characters of a two-character word that names a person by the job (电工, 保安, 厨师,
/// 保姆): a two-character job word must end in one, so that a field (物业) is not read as a job.
const PERSON_ENDINGS: &str = "工员师匠手姆安嫂长司";

/// The dictionary of a catalogue, built once.
pub struct Extractor {
    by_first: HashMap<char, Vec<DictTerm>>,
    /// The Chinese terms of two or more characters with the reading of each character, by the
    /// reading of the first, longest first: for the slips of a phone ([`Extractor::slip_at`]).
    by_first_reading: HashMap<String, Vec<Spelled>>,
    /// The reading of each character the catalogue knows ([`Terms::readings`]).
    readings: HashMap<char, String>,
    /// Each skill's broader skill, which a worker who has it has too (none for official tasks).
    broader: Vec<Option<SkillIdx>>,
    /// The words several skills share, with those skills: the skills found beside such a word
    /// say which it means ([`Extractor::resolve`]).
    shared: HashMap<Vec<char>, Vec<SkillIdx>>,
}

/// A Chinese term with the reading of each of its characters.
struct Spelled {
    chars: Vec<char>,
    readings: Vec<String>,
    skill: SkillIdx,
}

const NEGATIONS_ZH: [&str; 10] = ["不会", "没有", "没", "不懂", "不能", "从未", "未", "不太会", "不行", "不让"];
const NEGATIONS_EN: [&str; 14] = [
    "not ",
    "never ",
    "no ",
    "can't ",
    "cant ",
    "cannot ",
    "don't ",
    "dont ",
    "didn't ",
    "didnt ",
    "doesn't ",
    "doesnt ",
    "without ",
    "unable to ",
];

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Verbs whose other forms are not made by rule.
const IRREGULAR: [(&str, &[&str]); 12] = [
    ("drive", &["drove", "driven"]),
    ("make", &["made"]),
    ("build", &["built"]),
    ("sell", &["sold"]),
    ("feed", &["fed"]),
    ("dig", &["dug", "digging"]),
    ("run", &["ran", "running"]),
    ("teach", &["taught"]),
    ("lay", &["laid"]),
    ("keep", &["kept"]),
    ("take", &["took", "taken"]),
    ("do", &["did", "done", "does"]),
];

/// The other forms of an English term of two or more words whose first word is a verb, as a
/// worker writes it ("drives a forklift" is not needed, but "drove tractor", "raised cattle",
/// "fixing pumps" are): -s, -ed, -ing and the irregular forms. Words that are not verbs get
/// forms no one writes, which match nothing.
fn inflected(term: &[char]) -> Vec<Vec<char>> {
    let text: String = term.iter().collect();
    let Some((first, rest)) = text.split_once(' ') else { return Vec::new() };
    if first.len() < 2 || !first.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let vowel = |c: u8| b"aeiou".contains(&c);
    let bytes = first.as_bytes();
    let last = bytes[bytes.len() - 1];
    let stem_y = last == b'y' && !vowel(bytes[bytes.len() - 2]);
    let mut forms: Vec<String> = Vec::new();
    if stem_y {
        let stem = &first[..first.len() - 1];
        forms.extend([format!("{stem}ies"), format!("{stem}ied"), format!("{first}ing")]);
    } else {
        let sibilant = ["s", "x", "z", "ch", "sh", "o"].iter().any(|e| first.ends_with(e));
        forms.push(if sibilant { format!("{first}es") } else { format!("{first}s") });
        if last == b'e' {
            let stem = &first[..first.len() - 1];
            forms.push(format!("{first}d"));
            forms.push(if first.ends_with("ee") { format!("{first}ing") } else { format!("{stem}ing") });
        } else {
            forms.extend([format!("{first}ed"), format!("{first}ing")]);
        }
    }
    if let Some((_, irregular)) = IRREGULAR.iter().find(|(verb, _)| *verb == first) {
        forms.extend(irregular.iter().map(|f| (*f).to_owned()));
    }
    forms.into_iter().map(|f| format!("{f} {rest}").chars().collect()).collect()
}

/// Whether the character before `i` ends a word: a hyphen between letters joins ("long-haul").
fn word_ends_before(chars: &[char], i: usize) -> bool {
    match i.checked_sub(1).map(|j| chars[j]) {
        None => true,
        Some('-') => !(i >= 2 && is_word_char(chars[i - 2])),
        Some(c) => !is_word_char(c),
    }
}

impl Extractor {
    /// The dictionary for a worker's own words: the skills' words and the jobs' names.
    pub fn new(catalogue: &Terms) -> Extractor {
        Extractor::with(catalogue, true)
    }

    /// The dictionary for an occupation's official tasks: the skills' words alone (a task that
    /// names a job, "指导初级工", does not say the job's skill is asked), as printed (no slips).
    pub fn for_tasks(catalogue: &Terms) -> Extractor {
        Extractor::with(catalogue, false)
    }

    fn with(catalogue: &Terms, workers: bool) -> Extractor {
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
        let mut shared: HashMap<Vec<char>, Vec<SkillIdx>> = HashMap::new();
        for (i, s) in catalogue.skills.iter().enumerate() {
            let skill = SkillIdx(i as u32);
            let names = [(&s.name.zh, 0u8), (&s.name.en, 0u8)];
            let synonyms = s.synonyms.zh.iter().chain(&s.synonyms.en).map(|t| (t, 1u8));
            for (term, priority) in names.into_iter().chain(synonyms) {
                let chars: Vec<char> = term.trim().to_lowercase().chars().collect();
                let latin = chars.iter().all(|c| c.is_ascii());
                // Latin terms of three letters or more, or a licence class or a method of a
                // letter and a digit ("A2", "C1", "5S").
                let class = chars.len() == 2
                    && chars.iter().any(char::is_ascii_digit)
                    && chars.iter().any(char::is_ascii_alphabetic);
                let long_enough = if latin { chars.len() >= 3 || class } else { chars.len() >= 2 };
                let ambiguous = priority == 1 && owners.get(&term.trim().to_lowercase()).is_some_and(|n| *n > 1);
                if !long_enough || (ambiguous && !workers) {
                    continue;
                }
                let variants = if workers && latin { inflected(&chars) } else { Vec::new() };
                if ambiguous {
                    for form in variants.iter().chain([&chars]) {
                        shared.entry(form.clone()).or_default().push(skill);
                    }
                }
                for variant in variants {
                    by_first.entry(variant[0]).or_default().push(DictTerm { chars: variant, skill, priority });
                }
                by_first.entry(chars[0]).or_default().push(DictTerm { chars, skill, priority });
            }
        }
        for (chars, skill) in if workers { job_words(catalogue) } else { Vec::new() } {
            by_first.entry(chars[0]).or_default().push(DictTerm { chars, skill, priority: 2 });
        }
        for terms in by_first.values_mut() {
            crate::domain::order::sort_by(terms, |a, b| {
                b.chars.len().cmp(&a.chars.len()).then(a.priority.cmp(&b.priority)).then(a.skill.cmp(&b.skill))
            });
        }
        let readings: HashMap<char, String> = catalogue.readings().map(|(c, r)| (c, r.to_owned())).collect();
        let mut by_first_reading: HashMap<String, Vec<Spelled>> = HashMap::new();
        // A shared word is read only as written: its slips could not say which skill is meant.
        for term in by_first.values().flatten().filter(|t| workers && !shared.contains_key(&t.chars)) {
            let spelled: Option<Vec<String>> = term.chars.iter().map(|c| readings.get(c).cloned()).collect();
            let Some(spelled) = spelled.filter(|r| r.len() >= 2) else { continue };
            by_first_reading.entry(spelled[0].clone()).or_default().push(Spelled {
                chars: term.chars.clone(),
                readings: spelled,
                skill: term.skill,
            });
        }
        for terms in by_first_reading.values_mut() {
            crate::domain::order::sort_by(terms, |a, b| b.chars.len().cmp(&a.chars.len()).then(a.skill.cmp(&b.skill)));
        }
        let broader = if workers { catalogue.skills.iter().map(|s| s.broader).collect() } else { Vec::new() };
        Extractor { by_first, by_first_reading, readings, broader, shared }
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
        let narrated = told_by_someone_else(&chars);
        let mut found: Vec<Found> = Vec::new();
        // Shared words, with the skills they may mean, until the rest of the text is read.
        let mut undecided: Vec<(Found, &[SkillIdx])> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let matched = self.longest_at(&chars, i);
            let choices = matched.as_ref().and_then(|m| self.shared.get(&m.term.chars));
            let Some((skill, end)) = matched.map(|m| (m.term.skill, m.end)).or_else(|| self.slip_at(&chars, i)) else {
                i += 1;
                continue;
            };
            if straddled(&chars, i, end) {
                i += 1;
                continue;
            }
            if !found.iter().any(|f| f.skill == skill)
                && !negated(&chars, i, end)
                && !wished(&chars, i, narrated)
                && !not_their_work(&chars, i, end)
            {
                let (level, cue) = level_for(&chars, i, end);
                let f = Found { skill, level, cue, start: offsets[i], end: offsets[end] };
                match choices {
                    Some(choices) => undecided.push((f, choices)),
                    None => found.push(f),
                }
            }
            i = end;
        }
        let found = self.resolve(found, undecided);
        self.with_broader(found)
    }

    /// `found` with each shared word read as the one of its skills that the skills found beside
    /// it are kin to (the same broader skill, or one the broader of the other): 嫁接 beside 大棚
    /// is 蔬菜嫁接育苗, beside 果园 or 疏花疏果 果树嫁接. Where none or two equally decide, the word
    /// is its one skill without a broader skill if it has one (打药 is 背负式喷药 but beside 无人机),
    /// and is left out otherwise; a skill found already is not found twice.
    fn resolve(&self, mut found: Vec<Found>, undecided: Vec<(Found, &[SkillIdx])>) -> Vec<Found> {
        if undecided.is_empty() {
            return found;
        }
        let broader = |s: SkillIdx| self.broader.get(s.0 as usize).copied().flatten();
        // A skill's broader skill or narrower one says more than a sibling under the same broader
        // skill: 接生 beside 养猪 is 母猪接产 (a kind of pig husbandry), not calving.
        let kin = |a: SkillIdx, b: SkillIdx| {
            if a != b && (broader(a) == Some(b) || broader(b) == Some(a)) {
                2
            } else if a != b && broader(a).is_some() && broader(a) == broader(b) {
                1
            } else {
                0
            }
        };
        let mut decided: Vec<Found> = Vec::new();
        for (f, choices) in undecided {
            let support = |c: SkillIdx| found.iter().map(|g| kin(g.skill, c)).sum::<usize>();
            let best = choices.iter().map(|&c| support(c)).max().unwrap_or(0);
            let winners: Vec<SkillIdx> = choices.iter().copied().filter(|&c| support(c) == best).collect();
            let plain: Vec<SkillIdx> = choices.iter().copied().filter(|&c| broader(c).is_none()).collect();
            let skill = match (best, &winners[..], &plain[..]) {
                (1.., [one], _) | (_, _, [one]) => Some(*one),
                _ => None,
            };
            if let Some(skill) = skill.filter(|s| !found.iter().chain(&decided).any(|g| g.skill == *s)) {
                decided.push(Found { skill, ..f });
            }
        }
        found.extend(decided);
        crate::domain::order::sort_by_key(&mut found, |f| f.start);
        found
    }

    /// `found` with, after each skill, the broader skills it is a kind of that are not found
    /// already, at its level and with its words: 生猪饲养管理 brings 畜禽养殖.
    fn with_broader(&self, found: Vec<Found>) -> Vec<Found> {
        let mut all: Vec<Found> = Vec::with_capacity(found.len());
        for f in &found {
            all.push(f.clone());
            let mut at = f.skill;
            // A chain is at most as long as the catalogue has skills (it has no cycle).
            for _ in 0..self.broader.len() {
                let Some(b) = self.broader.get(at.0 as usize).copied().flatten() else { break };
                if !found.iter().chain(&all).any(|g| g.skill == b) {
                    all.push(Found { skill: b, ..f.clone() });
                }
                at = b;
            }
        }
        all
    }

    /// The longest term that starts at `i`, written out; failing that, the longest verb and
    /// object with a particle between them.
    fn longest_at(&self, chars: &[char], i: usize) -> Option<Match<'_>> {
        let terms = self.by_first.get(&chars[i])?;
        self.written_at(chars, i).or_else(|| {
            // The particle follows the verb, or a complement of its result ("带大了…孩子").
            let at = (i + 1..=i + 2).find(|&j| chars.get(j).is_some_and(|c| PARTICLES.contains(c)))?;
            if !VERBS.contains(chars[i]) || chars[i + 1..at].iter().any(|&c| !is_han(c)) {
                return None;
            }
            terms.iter().filter(|t| t.chars.len() >= 2 && !t.chars.iter().any(|c| c.is_ascii())).find_map(|t| {
                let object = &t.chars[1..];
                let from = at + 1;
                (from..=from + GAP).find_map(|at| {
                    let end = at + object.len();
                    let between = chars.get(from..at)?;
                    // A one-character object ends another word unless only a count stands
                    // between: "开了八年车", but not "开了八年电动车" or "做了八年大锅菜".
                    let counted = object.len() > 1 || between.iter().all(|c| COUNTS.contains(*c));
                    let clean = counted && !between.iter().any(|&c| is_clause_break(c) || c.is_whitespace());
                    // Nor where a term written out starts between and reaches the object's end:
                    // "开过两年数控车床" is 数控车床, not 开…车床.
                    let inside = || (from..at).any(|p| self.written_at(chars, p).is_some_and(|m| m.end >= end));
                    (clean && chars.get(at..end)? == object && !inside()).then_some(Match { term: t, end })
                })
            })
        })
    }

    /// The longest term written out at `i` (an English one may be plural).
    fn written_at(&self, chars: &[char], i: usize) -> Option<Match<'_>> {
        let terms = self.by_first.get(&chars[i])?;
        terms.iter().find_map(|t| {
            let end = i + t.chars.len();
            let fits = end <= chars.len()
                && chars[i..end] == t.chars[..]
                && (!is_word_char(t.chars[0]) || word_ends_before(chars, i));
            if !fits {
                return None;
            }
            let last = t.chars[t.chars.len() - 1];
            if !is_word_char(last) || end == chars.len() || !is_word_char(chars[end]) {
                return Some(Match { term: t, end });
            }
            // An English plural: "cucumbers", "boxes".
            let plural = ["s", "es"].into_iter().map(|p| p.chars().collect::<Vec<char>>()).find(|p| {
                let e = end + p.len();
                e <= chars.len() && chars[end..e] == p[..] && (e == chars.len() || !is_word_char(chars[e]))
            });
            plural.map(|p| Match { term: t, end: end + p.len() })
        })
    }

    /// The longest Chinese term at `i` written with a phone's slips: a character typed as its
    /// pinyin ("wa掘机", "开cha车"), or, in a term of three or more characters, one character
    /// typed as another of the same reading ("采媒机"). At least one character is as written, and
    /// at most one in three is not. Returns the skill and where the words end.
    fn slip_at(&self, chars: &[char], i: usize) -> Option<(SkillIdx, usize)> {
        let letters = |at: usize| -> Option<(String, usize)> {
            let starts_word = at == 0 || !chars[at - 1].is_ascii_alphanumeric();
            if !chars.get(at)?.is_ascii_alphabetic() || !starts_word {
                return None;
            }
            let end = (at..chars.len()).find(|&j| !chars[j].is_ascii_alphabetic()).unwrap_or(chars.len());
            (end == chars.len() || !chars[end].is_ascii_digit()).then(|| (chars[at..end].iter().collect(), end))
        };
        let first = match letters(i) {
            Some((word, _)) => word,
            None => self.readings.get(&chars[i])?.clone(),
        };
        self.by_first_reading.get(&first)?.iter().find_map(|term| {
            let (mut j, mut exact, mut typed, mut homophones) = (i, 0usize, 0usize, 0usize);
            for (k, (&c, reading)) in term.chars.iter().zip(&term.readings).enumerate() {
                if chars.get(j) == Some(&c) {
                    exact += 1;
                    j += 1;
                } else if let Some(end) = letters(j).filter(|(w, _)| w == reading).map(|(_, end)| end) {
                    typed += 1;
                    j = end;
                } else if term.chars.len() >= 3
                    && k > 0
                    && chars.get(j).is_some_and(|t| !FUNCTION_CHARS.contains(*t))
                    && chars.get(j).and_then(|t| self.readings.get(t)) == Some(reading)
                {
                    homophones += 1;
                    j += 1;
                } else {
                    return None;
                }
            }
            let slips = typed + homophones;
            (exact >= 1 && slips >= 1 && homophones <= 1 && slips * 3 <= term.chars.len().max(3))
                .then_some((term.skill, j))
        })
    }
}

/// Characters that carry grammar, not a thing: never read as a slip for a term's character
/// ("换尿不湿" is not 换尿布).
const FUNCTION_CHARS: &str = "不没了的过着是在和也都就还又很把被给";

/// A term found at a position, and where its words end in the text.
struct Match<'a> {
    term: &'a DictTerm,
    end: usize,
}

/// A job's names (Chinese of at least two characters, English of at least three letters) with
/// the skill that says most about the job: the weightiest of its signature. A skill's own word
/// of the same length wins over it; a word whose jobs say different skills is ambiguous and left
/// out.
fn job_words(catalogue: &Terms) -> Vec<(Vec<char>, SkillIdx)> {
    let mut said: HashMap<String, Option<SkillIdx>> = HashMap::new();
    for o in &catalogue.occupations {
        let weightiest = o.requires.iter().filter(|r| o.signature.contains(&r.skill)).reduce(|a, b| {
            if outweighs((b.weight, b.level.value()), (a.weight, a.level.value())) {
                b
            } else {
                a
            }
        });
        let Some(skill) = weightiest.map(|r| r.skill) else { continue };
        let words = [&o.name.zh, &o.name.en].into_iter().chain(&o.synonyms.zh).chain(&o.synonyms.en);
        let mut mine: Vec<String> = words.map(|w| w.trim().to_lowercase()).collect();
        crate::domain::order::sort(&mut mine);
        mine.dedup();
        for w in mine {
            let chars = w.chars().count();
            let latin = w.is_ascii();
            let person = w.chars().last().is_some_and(|c| PERSON_ENDINGS.contains(c));
            if (latin && chars < 3) || (!latin && (chars < 2 || (chars == 2 && !person))) {
                continue;
            }
            said.entry(w)
                .and_modify(|s| {
                    if *s != Some(skill) {
                        *s = None
                    }
                })
                .or_insert(Some(skill));
        }
    }
    let mut words: Vec<(Vec<char>, SkillIdx)> =
        said.into_iter().filter_map(|(w, s)| s.map(|s| (w.chars().collect(), s))).collect();
    crate::domain::order::sort_by(&mut words, |a, b| a.0.cmp(&b.0));
    words
}

const WISHES_ZH: [&str; 7] = ["想", "打算", "希望", "准备学", "要学", "愿意学", "计划"];
const WISHES_EN: [&str; 12] = [
    "want to",
    "wants to",
    "would like",
    "hope to",
    "plan to",
    "wish to",
    "interested in",
    "want work",
    "wants work",
    "maybe",
    "look for",
    "looking for",
];

/// People other than the worker, and what they can do: "老伴会做饭", "儿子会修电脑".
const RELATIVES_ZH: [&str; 16] = [
    "老伴",
    "儿子",
    "女儿",
    "闺女",
    "媳妇",
    "老婆",
    "老公",
    "丈夫",
    "爱人",
    "老头子",
    "老头",
    "老太太",
    "我爸",
    "我妈",
    "俺爸",
    "俺妈",
];
const PRONOUNS_ZH: [&str; 3] = ["他", "她", "别人"];

/// Households' words before a relative who is the subject of a clause ("俺家老头子在矿上开绞车",
/// "我儿子在外边开挖机"), the longer of two that start alike first.
const HOUSEHOLD_ZH: [&str; 8] = ["我们家", "我家", "俺家", "家里的", "家里", "我的", "我", "俺"];
const OTHERS_EN: [&str; 4] = ["my son", "my wife", "my husband", "my daughter"];
const PRONOUNS_EN: [&str; 4] = ["he can", "she can", "he does", "she does"];

/// Whether the words before `start` in its clause say the worker only wishes for it ("想学个
/// 开叉车或者电工"), or that someone else can do it.
fn wished(chars: &[char], start: usize, narrated: bool) -> bool {
    let (from, _) = span_around(chars, start, start, is_clause_break);
    // A space after a Chinese word also ends a clause ("抓绒也会 我儿子在外边开挖机").
    let from = (from..start)
        .rev()
        .find(|&p| chars[p].is_whitespace() && p > 0 && is_han(chars[p - 1]))
        .map_or(from, |p| p + 1);
    let before: String = chars[from..start].iter().collect();
    if WISHES_ZH.iter().any(|w| before.contains(w)) {
        return true;
    }
    // A relative who is the clause's subject: "老伴在饭店当厨师", "俺家老头子在矿上开绞车".
    let subject = HOUSEHOLD_ZH.iter().find_map(|h| before.strip_prefix(h)).unwrap_or(&before);
    if RELATIVES_ZH.iter().any(|p| subject.starts_with(p) || before.starts_with(p)) {
        return true;
    }
    let others = RELATIVES_ZH.iter().chain(&PRONOUNS_ZH).any(|p| {
        before.match_indices(p).any(|(at, _)| {
            let next = &before[at + p.len()..];
            ["会", "能", "也会", "还会"].iter().any(|v| next.starts_with(v))
        })
    });
    let lower = before.to_lowercase();
    // In a text a relative writes about the worker, "he can…" is the worker.
    let others_en = OTHERS_EN.iter().chain(if narrated { &[][..] } else { &PRONOUNS_EN[..] });
    others || WISHES_EN.iter().chain(others_en).any(|w| lower.contains(w))
}

/// Whether an English text tells of the worker in the third person, as a relative writes it
/// ("Written by my son: my dad was a coal miner… He can weld a little"): it has "he" or "she"
/// and never "I".
fn told_by_someone_else(chars: &[char]) -> bool {
    let text: String = chars.iter().collect();
    let words: Vec<&str> =
        text.split(|c: char| !c.is_ascii_alphabetic() && c != '\'').filter(|w| !w.is_empty()).collect();
    let first_person = words.iter().any(|w| matches!(*w, "i" | "i'm" | "i've" | "i'd" | "i'll"));
    !first_person && words.iter().any(|w| matches!(*w, "he" | "she"))
}

/// Whether the words at `start` name whom or what the worker worked alongside, sought, hired,
/// repaired or only means to learn, not their own work ("雇收割机", "修皮带机、刮板机"): "跟着大工干" (a helper to a bricklayer), "跟着泵车干"
/// (beside the pump truck), "得找兽医", "听说学电工好找活" (but "自学电工" is learnt).
fn not_their_work(chars: &[char], start: usize, end: usize) -> bool {
    let before = &chars[..start];
    // A machine named after a list's first, not a verb of the worker's own ("修车、开车都行").
    let machine = MACHINES.contains(chars[end - 1]) && !OWN_VERBS.contains(chars[start]);
    // A machine the worker repaired, not ran: "修过采煤机", "修刮板机减速器" (a repair skill's
    // own words begin with 修 and are matched from there).
    let repaired = before.ends_with(&['修']) || before.ends_with(&['修', '过']) || before.ends_with(&['修', '了']);
    repaired
        || (machine && repaired_in_a_list(before))
        || before.ends_with(&['跟', '着'])
        || before.ends_with(&['找'])
        || before.ends_with(&['雇'])
        || before.ends_with(&['请', '人'])
        || (before.ends_with(&['学']) && !before.ends_with(&['自', '学']))
}

/// The last characters of a machine's name: 皮带机, 矿车, 水泵, 减速器, 锅炉, 车床, 电梯.
const MACHINES: &str = "机车泵器炉床梯";

/// Verbs a term may start with that make it the worker's own work, not a machine in a list.
const OWN_VERBS: &str = "开修用驾骑跑操干做当";

/// Whether `before` ends a list of machines whose first was repaired: "修皮带机、刮板机",
/// "修水泵和皮带机" (the match that follows is the list's next machine).
fn repaired_in_a_list(before: &[char]) -> bool {
    if !before.last().is_some_and(|c| matches!(c, '、' | '和' | '跟')) {
        return false;
    }
    // The list's first machine follows 修 (检修, 维修, 修过) within its clause and the last 13
    // characters: "在乡农机站修收割机、拖拉机".
    let list = &before[before.len().saturating_sub(14)..before.len() - 1];
    let start = list.iter().rposition(|&c| is_clause_break(c) || c.is_whitespace()).map_or(0, |p| p + 1);
    list[start..].contains(&'修')
}

/// Whether `chars` begin with `word`.
fn begins_with(chars: &[char], word: &str) -> bool {
    let mut rest = chars.iter();
    word.chars().all(|c| rest.next() == Some(&c))
}

/// Everyday words that a Chinese term can sit across in a worker's sentence without being
/// meant: 焊装车间 is not 装车, 月底盘点 not 底盘, 换水龙头 not 换水, 电瓶车 not 平车,
/// 开泵车 not 开泵, 自助餐 not 助餐.
const STRADDLED: [&str; 12] =
    ["车间", "月底", "年底", "水龙头", "水笼头", "龙头", "电瓶车", "电平车", "泵车", "自助", "卫生间", "底下"];

/// Whether the Chinese term at `start..end` is part of one of [`STRADDLED`] that reaches beyond
/// it on one side (打扫卫生间 is not 打扫卫生).
fn straddled(chars: &[char], start: usize, end: usize) -> bool {
    if !is_han(chars[start]) {
        return false;
    }
    STRADDLED.iter().any(|w| {
        let n = w.chars().count();
        (start.saturating_sub(n - 1)..end).any(|p| (p < start || p + n > end) && begins_with(&chars[p..], w))
    })
}

fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | ',' | '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n' | '.' | '：' | ':')
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

const NEGATIONS_AFTER_ZH: [&str; 20] = [
    "不会",
    "不懂",
    "不行",
    "整不",
    "弄不",
    "干不",
    "不了",
    "不让",
    "没考下",
    "没考上",
    "没考过",
    "没考出",
    "不太会",
    "不大会",
    "不太懂",
    "未从事",
    "没从事",
    "没接触",
    "未接触",
    "不敢",
];

/// Verbs of "没…过" that deny having done a thing ("破碎锤没使过", "中央空调没整过"); not those
/// that boast ("没出过事故", "没断过").
const NEVER_DONE: &str = "使用整弄开修做学干碰摸装铺养种接考拉";

/// Words that, standing between a skill and a later negation, show the negation is about
/// something else ("挖掘机会开，装载机不会" has a comma; "挖掘机能开装载机不会" has 能).
const NOT_NEGATED_BY_WHAT_FOLLOWS: &str = "会能也还但可就";

/// Where the first negation in `after` starts (characters), if any.
fn negation_after(after: &[char]) -> Option<usize> {
    (0..after.len()).find(|&i| {
        NEGATIONS_AFTER_ZH.iter().any(|n| begins_with(&after[i..], n))
            || (after[i] == '没'
                && after.get(i + 2) == Some(&'过')
                && after.get(i + 1).is_some_and(|v| NEVER_DONE.contains(*v)))
    })
}

fn negated(chars: &[char], start: usize, end: usize) -> bool {
    let (from, to) = span_around(chars, start, end, is_clause_break);
    // Right after it ("电脑不会"), after one more thing of the same list ("钣金喷漆不会"), or a
    // little further when nothing between says otherwise ("电路上的毛病不会看", "带孩子这块整不明白").
    let after: Vec<char> = chars[end..to].iter().take(10).copied().collect();
    if let Some(at) = negation_after(&after) {
        let between = &after[..at];
        if at <= 2 || (at <= 6 && !between.iter().any(|c| NOT_NEGATED_BY_WHAT_FOLLOWS.contains(*c))) {
            return true;
        }
    }
    let before: String = chars[from..start].iter().collect();
    // A negation just before, even one letter of it: "不会电脑" found as 会电脑.
    if before.ends_with(['不', '没', '未']) {
        return true;
    }
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
        let value = if let Ok(n) = num.parse::<u32>() {
            Some(n)
        } else if num.is_empty() {
            english_number(&chars[..j])
        } else {
            chinese_number(&num)
        };
        if let Some(v) = value {
            best = Some(best.map_or(v, |b| b.max(v)));
        }
    }
    best
}

/// The number an English word just before the end of `before` names ("six years", "ten years").
fn english_number(before: &[char]) -> Option<u32> {
    const WORDS: [&str; 20] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    let from = before.iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |p| p + 1);
    let word: String = before[from..].iter().collect::<String>().to_ascii_lowercase();
    WORDS.iter().position(|w| *w == word).map(|i| i as u32 + 1)
}

/// A number in Chinese numerals, or the smaller of a spoken range of two ("六七", "十七八").
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
        ['十', d, e] if digit(*e)? == digit(*d)? + 1 => Some(10 + digit(*d)?),
        [d, e] if digit(*e)? == digit(*d)? + 1 => digit(*d),
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
        || has(
            s,
            &[
                "多年",
                "老手",
                "熟练",
                "好几年",
                "十几年",
                "好些年",
                "一辈子",
                "半辈子",
                "many years",
                "for years",
                "all my life",
                "decades",
                "experienced",
            ],
        )
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

    /// The ids of the skills found in a text, with the default catalogue's dictionary.
    fn ids_in_the_default_catalogue() -> impl Fn(&str) -> Vec<String> {
        let c = crate::domain::Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let e = Extractor::new(&c);
        move |text| e.extract(text).iter().map(|f| c.skill(f.skill).id.clone()).collect()
    }

    #[test]
    fn a_phone_s_slips_are_read() {
        let c = crate::domain::Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let e = Extractor::new(&c);
        let ids = |text: &str| -> Vec<String> { e.extract(text).iter().map(|f| c.skill(f.skill).id.clone()).collect() };
        assert_eq!(ids("会开wa掘机"), ["tf-excavator-op"]);
        assert_eq!(ids("会开cha车"), ["forklift"]);
        assert_eq!(ids("会开采媒机"), ["coal-shearer"]);
        let slip = |text: &str| e.slip_at(&text.chars().collect::<Vec<char>>(), 0).map(|(s, _)| c.skill(s).id.clone());
        assert_eq!(slip("换尿bu"), Some("cs-infant-care".to_owned()));
        assert_eq!(slip("换尿不湿"), None);
        // Letters that are a word of their own, and two characters typed as others, are not.
        assert!(ids("开wa jue ji").is_empty());
        assert!(ids("会用excel").iter().all(|s| s != "tf-excavator-op"));
    }

    #[test]
    fn whom_a_worker_worked_alongside_is_not_their_skill() {
        let ids = ids_in_the_default_catalogue();
        assert!(ids("跟着电焊工干").is_empty());
        assert!(ids("不会修得找电焊工").is_empty());
        assert!(ids("听说学电焊好找活").is_empty());
        assert!(!ids("自学电焊").is_empty());
        assert!(ids("修过采煤机").is_empty());
        assert!(!ids("开过采煤机").is_empty());
        assert_eq!(ids("当过电焊工"), ids("电焊工"));
        assert!(!ids("当过电焊工").is_empty());
        // The next machine of a list whose first was repaired; a verb of the worker's own is not.
        assert_eq!(ids("修皮带机、刮板机"), ids("修皮带机"));
        assert!(!ids("刮板机").is_empty());
        assert_eq!(ids("修车、开车都行"), [ids("修车"), ids("开车")].concat());
        // What was hired: "雇收割机".
        assert!(ids("稻子收的时候雇收割机").is_empty());
        assert!(!ids("收割机").is_empty());
        // A relative as the subject after a space: "抓绒也会 我儿子在外边开挖机".
        assert!(ids("我儿子在外边开挖机").is_empty());
        assert_eq!(ids("抓绒也会 我儿子在外边开挖机"), ids("抓绒也会"));
    }

    #[test]
    fn a_skill_found_brings_its_broader_skill() {
        let c = crate::domain::Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let e = Extractor::new(&c);
        let found = e.extract("母猪接产干了六年");
        let ids: Vec<&str> = found.iter().map(|f| c.skill(f.skill).id.as_str()).collect();
        assert_eq!(ids, ["tf-farrowing-care", "tf-pig-husbandry", "cs-livestock-raising"]);
        // At the level and with the words of the skill that brought it.
        assert!(found.iter().all(|f| f.level == found[0].level && f.start == found[0].start));
        assert_eq!(found[0].level.value(), 3);
        // Not twice, and not for an occupation's official tasks.
        let again = e.extract("养过猪，母猪接产也会");
        assert_eq!(again.iter().filter(|f| c.skill(f.skill).id == "tf-pig-husbandry").count(), 1);
        assert!(Extractor::for_tasks(&c)
            .extract("母猪接产")
            .iter()
            .all(|f| c.skill(f.skill).id == "tf-farrowing-care"));
    }

    #[test]
    fn a_shared_word_is_read_by_the_skills_beside_it() {
        let ids = ids_in_the_default_catalogue();
        let greenhouse = ids("扣大棚的，嫁接也会");
        let orchard = ids("果园干活，嫁接也会");
        assert!(greenhouse.contains(&"tf-veg-grafting".to_owned()), "{greenhouse:?}");
        assert!(!greenhouse.contains(&"tf-tree-grafting".to_owned()));
        assert!(orchard.contains(&"tf-tree-grafting".to_owned()), "{orchard:?}");
        assert!(!orchard.contains(&"tf-veg-grafting".to_owned()));
        // A skill's broader skill says more than a sibling: 接生 beside 养猪 is 母猪接产.
        assert!(ids("养猪的，接生也会").contains(&"tf-farrowing-care".to_owned()));
        assert!(!ids("养猪的，接生也会").contains(&"tf-cattle-husbandry".to_owned()));
        // Alone, or beside both, nothing decides: it is left out.
        assert!(ids("嫁接也会").is_empty());
        // Unless one of its skills has no broader skill: that is its plain reading.
        assert_eq!(ids("打药都自己打"), ["cs-knapsack-spraying"]);
        let drone = ids("有植保无人机证，给人家打药");
        assert!(drone.contains(&"cs-drone-spraying".to_owned()), "{drone:?}");
        assert!(!drone.contains(&"cs-knapsack-spraying".to_owned()), "{drone:?}");
        // An occupation's official tasks leave a shared word out.
        let c = crate::domain::Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let tasks = Extractor::for_tasks(&c).extract("扣大棚，嫁接");
        assert!(tasks.iter().all(|f| !c.skill(f.skill).id.ends_with("-grafting")));
    }

    #[test]
    fn counts_and_licence_classes() {
        let ids = ids_in_the_default_catalogue();
        // A one-character object after a count, but not at the end of another word.
        assert_eq!(ids("种了一辈子地"), ids("种地"));
        assert_eq!(ids("养了三十多只羊"), ids("养羊"));
        assert!(!ids("种地").is_empty() && !ids("养羊").is_empty());
        assert!(!ids("开了八年电动车修理铺").contains(&ids("开车")[0]));
        assert_eq!(ids("做了八年大锅菜"), ids("大锅菜"));
        // Nor where a term written out starts between and reaches the object's end.
        assert_eq!(ids("开过两年数控车床"), ids("数控车床"));
        assert!(!ids("数控车床").is_empty() && ids("数控车床") != ids("车床"));
        // A licence class of a letter and a digit, as a word of its own.
        assert_eq!(ids("A2本"), ids("货车驾驶"));
        assert!(ids("A2B").is_empty());
        // A denial after the skill.
        assert!(ids("熨衣服不太会").is_empty());
        assert!(ids("电熔镁砂未从事过").is_empty());
    }

    #[test]
    fn what_is_denied_or_someone_else_s_is_not_the_worker_s() {
        let ids = ids_in_the_default_catalogue();
        assert!(ids("叉车没开过").is_empty());
        assert!(ids("电焊这块整不明白").is_empty());
        assert!(ids("叉车证没考下来").is_empty());
        assert!(ids("叉车坏了自己修不了").is_empty());
        assert!(ids("He dont know computer").is_empty());
        assert!(ids("俺家老头子在矿上开叉车").is_empty());
        // What boasts is not a denial, and a positive word between keeps the skill.
        assert_eq!(ids("开叉车十年没出过事故"), ["forklift"]);
        assert_eq!(ids("叉车能开电焊不会"), ["forklift"]);
        assert_eq!(ids("我在矿上开叉车"), ["forklift"]);
    }

    #[test]
    fn english_verbs_in_their_other_forms() {
        let forms = |t: &str| -> Vec<String> {
            inflected(&t.chars().collect::<Vec<_>>()).into_iter().map(String::from_iter).collect()
        };
        assert_eq!(
            forms("drive tractor"),
            ["drives tractor", "drived tractor", "driving tractor", "drove tractor", "driven tractor"]
        );
        assert_eq!(forms("fix pumps"), ["fixes pumps", "fixed pumps", "fixing pumps"]);
        assert_eq!(forms("carry loads"), ["carries loads", "carried loads", "carrying loads"]);
        assert!(forms("welding").is_empty());
        let ids = ids_in_the_default_catalogue();
        assert_eq!(ids("I can raise sheep"), ["cs-livestock-raising"]);
        assert_eq!(ids("My father raised sheep all his life"), ["cs-livestock-raising"]);
        assert_eq!(ids("raising sheep"), ["cs-livestock-raising"]);
    }

    #[test]
    fn a_term_inside_an_everyday_word_is_not_meant() {
        let ids = ids_in_the_default_catalogue();
        assert_eq!(ids("月底盘点"), ids("盘点"));
        assert!(!ids("盘点").is_empty());
        assert!(ids("拖地、打扫卫生间").iter().all(|id| !ids("打扫卫生").contains(id)));
        assert!(!ids("打扫卫生").is_empty());
    }

    #[test]
    fn numbers_of_years() {
        assert_eq!(years("干了十五年"), Some(15));
        assert_eq!(years("干了 20 年"), Some(20));
        assert_eq!(years("三年"), Some(3));
        assert_eq!(years("十几年"), Some(13));
        assert_eq!(years("二十多年"), Some(20));
        assert_eq!(years("for 12 years"), Some(12));
        assert_eq!(years("去年"), None);
        assert_eq!(years("干了六七年了"), Some(6));
        assert_eq!(years("十七八年"), Some(17));
        assert_eq!(years("for six years"), Some(6));
        assert_eq!(years("two years"), Some(2));
        assert_eq!(years("lastyear"), None);
        // Two numerals that are not a spoken range are not a number.
        assert_eq!(years("六九年"), None);
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
