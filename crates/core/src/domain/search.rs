//! Finding skills and previous jobs by what people type: Chinese names, colloquial synonyms,
//! English, full pinyin and initials (`hangong`, `hg` → 焊工), with tolerance for one typo or one
//! missing syllable.
//!
//! [`SearchIndex`] is built once per catalogue: every name and synonym, lower-cased, plus the
//! build-time pinyin of each Chinese term as a joined string (`dianhan`), its initials (`dh`) and
//! its syllables. A query is compared with every term in tiers (lower is better):
//!
//! | tier | match |
//! |---|---|
//! | 0 | the whole name |
//! | 1 | a whole synonym, or the whole pinyin / initials of the name |
//! | 2 | a prefix of the name |
//! | 3 | a prefix of a synonym, pinyin or initials |
//! | 4 | contained in a name |
//! | 5 | contained in a synonym or pinyin |
//! | 6 | pinyin with one syllable left out, or one typo (edit distance 1, queries of 4+ letters) |
//!
//! Ties go to the shorter term, then catalogue order. A query is answered in up to three passes,
//! each only when the one before found fewer entries than asked for:
//! 1. the terms that start with the query (tiers 0–3), among the terms with its first letter;
//! 2. the terms that contain it (tiers 4–5): among those that contained the previous query when
//!    this one extends it (a person types one key at a time), else among the words that contain
//!    it (a query without spaces lies inside one word), else in every term's text;
//! 3. the typo tier, comparing each distinct word once.
//!
//! On ESCO (111,000 terms, 3.4 MB of text) the benchmark's keystroke takes 0.17 ms instead of the
//! 3.2 ms of scanning every term for every key; a test checks the passes against that scan.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use crate::domain::catalogue::Terms;
use crate::domain::text::Lang;

/// What a term is, for ranking and for showing why something matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TermKind {
    /// The Chinese name.
    Name,
    /// The English name.
    OtherName,
    Synonym,
    Pinyin,
    Initials,
}

impl TermKind {
    /// Whether a term of this kind is the name in the interface language (for the tier).
    fn is_name(self, lang: Lang) -> bool {
        self == if lang == Lang::Zh { TermKind::Name } else { TermKind::OtherName }
    }
}

#[derive(Clone, Debug)]
struct Term {
    entry: u32,
    kind: TermKind,
    /// Lower-cased text.
    text: String,
    /// For pinyin terms: the syllables.
    syllables: Vec<String>,
}

/// A searchable list of entries (skills or origin occupations).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// Every term of every entry, entry by entry. Both interface languages search all of them;
    /// which name counts as the name depends on the language ([`TermKind::is_name`]).
    terms: Vec<Term>,
    /// The last query that needed the pass over terms containing it, and those terms: a person
    /// types one key at a time, so the next query usually extends it and only these terms can
    /// still contain it. (Which terms contain a query does not depend on the interface language.)
    last: RefCell<Option<Narrowed>>,
    /// Every term's text, one after the other, for the first scan of a query.
    haystack: Haystack,
    /// The terms by their words, built on the first query that needs it.
    words: OnceCell<WordIndex>,
}

/// The terms by their words: each distinct word of the ASCII names and synonyms once, with the
/// terms it occurs in (ESCO: 440,000 term–word pairs but 13,600 distinct words), and the terms
/// that are not split into words. Two passes use it:
/// - the scan for a query without spaces that cannot be narrowed from the previous one: such a
///   query can only occur inside a word, so it is looked for in the words (126 KB on ESCO) rather
///   than in every term's text (3.4 MB);
/// - the typo pass, which compares each distinct word with the query once.
#[derive(Clone, Debug, Default)]
struct WordIndex {
    /// The distinct words, in no particular order.
    words: Haystack,
    /// The terms of word `i` are `postings[ends[i - 1]..ends[i]]` (from 0 for the first), in order.
    ends: Vec<u32>,
    postings: Vec<u32>,
    /// The pinyin terms, for the typo pass.
    pinyin: Vec<u32>,
    /// The terms not split into words: those that are not ASCII, and the phonetic ones.
    others: Vec<u32>,
}

impl WordIndex {
    fn new(terms: &[Term]) -> WordIndex {
        // (Vec<usize>, as the catalogue's map of codes: one copy of the map's code in the wasm.)
        let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
        let (mut pinyin, mut others) = (Vec::new(), Vec::new());
        for (t, term) in terms.iter().enumerate() {
            match term.kind {
                TermKind::Name | TermKind::OtherName | TermKind::Synonym if term.text.is_ascii() => {
                    for w in term.text.split_ascii_whitespace() {
                        let list = by_word.entry(w).or_default();
                        if list.last() != Some(&t) {
                            list.push(t);
                        }
                    }
                }
                kind => {
                    if kind == TermKind::Pinyin {
                        pinyin.push(t as u32);
                    }
                    others.push(t as u32);
                }
            }
        }
        // The words in the map's order: no pass depends on it.
        let by_word: Vec<(&str, Vec<usize>)> = by_word.into_iter().collect();
        let mut index = WordIndex {
            words: Haystack::new(by_word.iter().map(|(w, _)| *w)),
            ends: Vec::with_capacity(by_word.len()),
            pinyin,
            others,
            ..WordIndex::default()
        };
        for (_, list) in &by_word {
            index.postings.extend(list.iter().map(|&t| t as u32));
            index.ends.push(index.postings.len() as u32);
        }
        index
    }

    /// The terms of word `w`.
    fn terms_of(&self, w: usize) -> &[u32] {
        let start = if w == 0 { 0 } else { self.ends[w - 1] as usize };
        &self.postings[start..self.ends[w] as usize]
    }

    /// The terms (in order) that contain `needle`, or for phonetic terms `compact`. `needle`
    /// must hold no ASCII white space (words are split at it) and no NUL.
    fn terms_containing(&self, terms: &[Term], needle: &str, compact: &str) -> Vec<usize> {
        debug_assert!(!needle.bytes().any(|b| b.is_ascii_whitespace() || b == 0));
        let from_words = needle
            .is_ascii()
            .then(|| self.words.terms_containing(needle, |_| true))
            .into_iter()
            .flatten()
            .flat_map(|w| self.terms_of(w).iter().map(|&t| t as usize));
        let others = self.others.iter().map(|&t| t as usize).filter(|&t| {
            let term = &terms[t];
            let phonetic = matches!(term.kind, TermKind::Pinyin | TermKind::Initials);
            term.text.contains(if phonetic { compact } else { needle })
        });
        in_order(terms.len(), from_words.chain(others))
    }

    /// The terms within one typo of the query (see the tier table), each at least once, unsorted.
    fn typo_terms(&self, terms: &[Term], needle: &str, compact: &str) -> Vec<u32> {
        let mut out = Vec::new();
        if needle.len() >= 4 {
            for w in 0..self.ends.len() {
                if prefix_within_one_edit(self.words.text_of(w).as_bytes(), needle.as_bytes()) {
                    out.extend_from_slice(self.terms_of(w));
                }
            }
        }
        for &t in &self.pinyin {
            let term = &terms[t as usize];
            if missing_syllable(&term.syllables, compact.as_bytes())
                || (compact.len() >= 4 && prefix_within_one_edit(term.text.as_bytes(), compact.as_bytes()))
            {
                out.push(t);
            }
        }
        out
    }
}

/// Texts (of terms, or of words) in one string, each followed by a NUL, so that a query is looked
/// for in one pass of one searcher instead of one `contains` per text, which sets up a searcher
/// each time (ESCO: 111,000 terms).
#[derive(Clone, Debug, Default)]
struct Haystack {
    text: String,
    /// Where each term's text starts in `text`.
    starts: Vec<u32>,
    /// The terms by the first byte of their text: those starting with byte `b` are
    /// `by_first[first_ends[b - 1]..first_ends[b]]` (from 0 for `b` = 0), in order.
    by_first: Vec<u32>,
    first_ends: Vec<u32>,
}

impl Haystack {
    /// `texts` must not be empty, nor hold a NUL.
    fn new<'a>(texts: impl Iterator<Item = &'a str> + Clone) -> Haystack {
        let mut h =
            Haystack { text: String::with_capacity(texts.clone().map(|t| t.len() + 1).sum()), ..Haystack::default() };
        let mut counts = vec![0u32; 256];
        for t in texts.clone() {
            h.starts.push(h.text.len() as u32);
            h.text.push_str(t);
            h.text.push('\0');
            counts[usize::from(t.as_bytes()[0])] += 1;
        }
        // A counting sort: the ends of each byte's run, then every term into its run, in order.
        h.first_ends = counts
            .iter()
            .scan(0, |end, c| {
                *end += c;
                Some(*end)
            })
            .collect();
        let mut next: Vec<u32> = std::iter::once(0).chain(h.first_ends[..255].iter().copied()).collect();
        h.by_first = vec![0; h.starts.len()];
        for (i, t) in texts.enumerate() {
            let b = usize::from(t.as_bytes()[0]);
            h.by_first[next[b] as usize] = i as u32;
            next[b] += 1;
        }
        h
    }

    /// Text `i`.
    fn text_of(&self, i: usize) -> &str {
        let start = self.starts[i] as usize;
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&s| s as usize);
        &self.text[start..end - 1]
    }

    /// The texts that start with byte `a` or byte `b`, in order.
    fn terms_starting_with(&self, a: u8, b: u8) -> Vec<usize> {
        let end = |x: usize| self.first_ends.get(x).map_or(0, |&e| e as usize);
        let run = |x: u8| {
            let start = if x == 0 { 0 } else { end(usize::from(x) - 1) };
            self.by_first[start..end(usize::from(x))].iter().map(|&t| t as usize)
        };
        if a == b {
            run(a).collect()
        } else {
            in_order(self.starts.len(), run(a).chain(run(b)))
        }
    }

    /// The terms (in order) that contain `pattern` and for which `wanted` holds. `pattern` must
    /// not contain a NUL, so that no match spans two terms.
    fn terms_containing(&self, pattern: &str, wanted: impl Fn(usize) -> bool) -> Vec<usize> {
        debug_assert!(!pattern.contains('\0'));
        let mut out = Vec::new();
        let mut t = 0;
        let mut next_start = 0;
        for (at, _) in self.text.match_indices(pattern) {
            if at < next_start {
                continue; // another match in a term already taken
            }
            // Forward to the term this match starts in: matches only move forward.
            t += self.starts[t..].partition_point(|&s| s as usize <= at) - 1;
            next_start = self.starts.get(t + 1).map_or(usize::MAX, |&s| s as usize);
            if wanted(t) {
                out.push(t);
            }
        }
        out
    }
}

#[derive(Clone, Debug)]
struct Narrowed {
    needle: String,
    compact: String,
    terms: Vec<usize>,
}

/// One hit: the entry, its tier and the term that matched (for "电焊 → 焊条电弧焊").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entry: u32,
    pub tier: u8,
    /// The term that matched (lower-cased).
    pub matched: String,
    /// True when the match was on pinyin or initials rather than on words.
    pub phonetic: bool,
}

struct Entry<'a> {
    zh: &'a str,
    en: &'a str,
    synonyms_zh: &'a [String],
    synonyms_en: &'a [String],
    pinyin: &'a [String],
    /// Other words that find this entry, as synonyms do (a skill's jobs: their names).
    more_words: Vec<&'a str>,
    more_pinyin: Vec<&'a String>,
}

/// One function for every index (not generic over the entries' iterator: each instance would be
/// its own copy in the wasm).
fn build(entries: Vec<(u32, Entry<'_>)>) -> SearchIndex {
    let mut index = SearchIndex::default();
    for (i, e) in entries {
        let mut push = |kind: TermKind, text: &str| {
            // (No NUL: the haystack separates texts with it.)
            let text = text.trim().to_lowercase().replace('\0', "");
            if text.is_empty() {
                return;
            }
            index.terms.push(Term { entry: i, kind, text, syllables: Vec::new() });
        };
        push(TermKind::Name, e.zh);
        push(TermKind::OtherName, e.en);
        for s in e.synonyms_zh.iter().chain(e.synonyms_en) {
            push(TermKind::Synonym, s);
        }
        for s in &e.more_words {
            push(TermKind::Synonym, s);
        }
        for p in e.pinyin.iter().chain(e.more_pinyin) {
            let syllables: Vec<String> = p.split_whitespace().map(str::to_lowercase).collect();
            if syllables.is_empty() {
                continue;
            }
            let joined: String = syllables.concat();
            let initials: String = syllables.iter().filter_map(|s| s.chars().next()).collect();
            for (kind, text) in [(TermKind::Pinyin, joined), (TermKind::Initials, initials)] {
                index.terms.push(Term { entry: i, kind, text, syllables: syllables.clone() });
            }
        }
    }
    index.haystack = Haystack::new(index.terms.iter().map(|t| t.text.as_str()));
    index
}

impl SearchIndex {
    /// The index of every skill of a catalogue. A job's names find its signature skills too
    /// (电焊工, 焊工, `hg` → the welding skills): a worker names the job more often than the skill.
    pub fn skills(catalogue: &Terms) -> SearchIndex {
        let mut jobs: Vec<Vec<&crate::domain::catalogue::Occupation>> = vec![Vec::new(); catalogue.skills.len()];
        for o in &catalogue.occupations {
            for s in &o.signature {
                if let Some(list) = jobs.get_mut(s.get()) {
                    list.push(o);
                }
            }
        }
        build(
            catalogue
                .skills
                .iter()
                .zip(jobs)
                .enumerate()
                .map(|(i, (s, jobs))| {
                    let mut more_words: Vec<&str> = Vec::new();
                    let mut more_pinyin: Vec<&String> = Vec::new();
                    for o in jobs {
                        // 焊工（船舶焊接） is 焊工 to a worker: the name before its specialisation counts too.
                        let base = crate::domain::text::base_name(&o.name.zh);
                        more_words.extend([o.name.zh.as_str(), base, o.name.en.as_str()]);
                        more_words.extend(o.synonyms.zh.iter().chain(&o.synonyms.en).map(String::as_str));
                        more_pinyin.extend(&o.pinyin);
                    }
                    (
                        i as u32,
                        Entry {
                            zh: &s.name.zh,
                            en: &s.name.en,
                            synonyms_zh: &s.synonyms.zh,
                            synonyms_en: &s.synonyms.en,
                            pinyin: &s.pinyin,
                            more_words,
                            more_pinyin,
                        },
                    )
                })
                .collect(),
        )
    }

    /// The index of the target occupations: official and other names, the name before its
    /// specialisation (焊工 of 焊工（船舶焊接）), the national code, pinyin and initials.
    pub fn occupations(catalogue: &Terms) -> SearchIndex {
        build(
            catalogue
                .occupations
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let base = crate::domain::text::base_name(&o.name.zh);
                    (
                        i as u32,
                        Entry {
                            zh: &o.name.zh,
                            en: &o.name.en,
                            synonyms_zh: &o.synonyms.zh,
                            synonyms_en: &o.synonyms.en,
                            pinyin: &o.pinyin,
                            more_words: vec![base, o.code.as_str()],
                            more_pinyin: Vec::new(),
                        },
                    )
                })
                .collect(),
        )
    }

    /// The index of the origin occupations ("start from my previous job").
    pub fn origins(catalogue: &Terms) -> SearchIndex {
        build(
            catalogue
                .origins
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    (
                        i as u32,
                        Entry {
                            zh: &o.name.zh,
                            en: &o.name.en,
                            synonyms_zh: &o.synonyms.zh,
                            synonyms_en: &o.synonyms.en,
                            pinyin: &o.pinyin,
                            more_words: Vec::new(),
                            more_pinyin: Vec::new(),
                        },
                    )
                })
                .collect(),
        )
    }

    /// Builds now what the first query that looks inside words would build (the index of
    /// distinct words: about 50 ms natively on ESCO), so that a person's keystroke does not pay
    /// for it. The app calls it when the page is idle after a catalogue loads.
    pub fn prepare(&self) {
        self.words.get_or_init(|| WordIndex::new(&self.terms));
    }

    /// Entries matching `query`, best first, at most `limit`. An empty query (or one of
    /// apostrophes only) matches nothing.
    pub fn search(&self, query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
        let needle: String = query.trim().to_lowercase();
        if needle.is_empty() || limit == 0 {
            return Vec::new();
        }
        let compact: String = needle.chars().filter(|c| !c.is_whitespace() && *c != '\'').collect();
        if compact.is_empty() {
            return Vec::new(); // nothing but apostrophes
        }
        let terms = &self.terms;
        let ascii = compact.is_ascii();
        // Every (entry, tier, term length, term) that matched; the best per entry is kept below.
        let mut hits: Vec<(u32, u8, usize, usize)> = Vec::new();
        // A single Latin letter is too common to look for inside words.
        let inside_ok = !ascii || needle.len() >= 2;
        let phonetic = |t: usize| matches!(terms[t].kind, TermKind::Pinyin | TermKind::Initials);
        // The tier of a term that contains its query (see the table), if it counts.
        let tier_of = |t: usize| -> Option<u8> {
            let term = &terms[t];
            let phonetic = phonetic(t);
            let q = if phonetic { compact.as_str() } else { needle.as_str() };
            if (phonetic && !ascii) || (q.len() < 2 && term.kind == TermKind::Initials) {
                return None;
            }
            let name = term.kind.is_name(lang);
            if term.text == q {
                Some(if name { 0 } else { 1 })
            } else if term.text.starts_with(q) {
                Some(if name { 2 } else { 3 })
            } else if inside_ok && !phonetic {
                Some(if name { 4 } else { 5 })
            } else if term.kind == TermKind::Pinyin && q.len() >= 3 {
                Some(5)
            } else {
                None
            }
        };
        let hit = |t: usize, tier: u8| (terms[t].entry, tier, terms[t].text.len(), t);

        // First the terms that start with the query (tiers 0–3), from the terms with its first
        // byte. When they give `limit` entries, or the query is one Latin letter (which is not
        // looked for inside words), nothing found inside a term can be among the first `limit`.
        let mut starting: Vec<(u32, u8, usize, usize)> = Vec::new();
        for t in self.haystack.terms_starting_with(needle.as_bytes()[0], compact.as_bytes()[0]) {
            let q = if phonetic(t) { compact.as_str() } else { needle.as_str() };
            if terms[t].text.starts_with(q) {
                if let Some(tier) = tier_of(t) {
                    starting.push(hit(t, tier));
                }
            }
        }
        let starting = best_of_runs(starting);
        if starting.len() >= limit || (ascii && needle.len() == 1) {
            return self.first(terms, starting, limit);
        }

        // Else every term that contains the query (phonetic terms: without spaces and
        // apostrophes), in order: from the previous query's when this one extends it and they are
        // few, else from the words when the query has no spaces, else from one pass over every
        // term's text.
        let previous = self.last.borrow_mut().take();
        let containing: Vec<usize> = match previous {
            Some(p)
                if needle.starts_with(&p.needle)
                    && compact.starts_with(&p.compact)
                    && p.terms.len() <= terms.len() / 8 =>
            {
                p.terms
                    .into_iter()
                    .filter(|&t| terms[t].text.contains(if phonetic(t) { compact.as_str() } else { needle.as_str() }))
                    .collect()
            }
            _ if needle.contains('\0') => Vec::new(),
            _ if !needle.bytes().any(|b| b.is_ascii_whitespace()) => {
                self.words.get_or_init(|| WordIndex::new(&self.terms)).terms_containing(terms, &needle, &compact)
            }
            _ => {
                let words = self.haystack.terms_containing(&needle, |t| !phonetic(t));
                let sounds = self.haystack.terms_containing(&compact, phonetic);
                in_order(terms.len(), words.into_iter().chain(sounds))
            }
        };
        for &t in &containing {
            if let Some(tier) = tier_of(t) {
                hits.push(hit(t, tier));
            }
        }
        let still = containing;
        *self.last.borrow_mut() = Some(Narrowed { needle: needle.clone(), compact: compact.clone(), terms: still });
        // Hits come in term order, so in entry order.
        let mut best = best_of_runs(hits);
        if best.len() < limit && ascii && compact.len() >= 3 {
            let mut fuzzy_hits: Vec<(u32, u8, usize, usize)> = Vec::new();
            // In entry order, as `best` is.
            let found: Vec<u32> = best.iter().map(|b| b.0).collect();
            for t in self.words.get_or_init(|| WordIndex::new(&self.terms)).typo_terms(terms, &needle, &compact) {
                let term = &terms[t as usize];
                if found.binary_search(&term.entry).is_err() {
                    fuzzy_hits.push((term.entry, 6, term.text.len(), t as usize));
                }
            }
            best.extend(best_per_entry(fuzzy_hits));
        }
        self.first(terms, best, limit)
    }

    /// The first `limit` of the best hit of each entry, best first. The keystroke path ranks
    /// thousands of entries for a handful of places: each goes into a short sorted list only
    /// when it beats the last of it (every entry is a different key, so the order is total).
    fn first(&self, terms: &[Term], best: Vec<(u32, u8, usize, usize)>, limit: usize) -> Vec<Hit> {
        let key = |b: &(u32, u8, usize, usize)| (b.1, b.2, b.0);
        let mut top: Vec<(u32, u8, usize, usize)> = Vec::with_capacity(limit.min(best.len()) + 1);
        for b in best {
            if top.len() == limit && top.last().is_some_and(|last| key(&b) >= key(last)) {
                continue;
            }
            top.insert(top.partition_point(|x| key(x) < key(&b)), b);
            top.truncate(limit);
        }
        top.into_iter()
            .map(|(entry, tier, _, t)| Hit {
                entry,
                tier,
                matched: terms[t].text.clone(),
                phonetic: matches!(terms[t].kind, TermKind::Pinyin | TermKind::Initials),
            })
            .collect()
    }
}

/// `items` (each below `n`) in ascending order without repeats: marks in a bit set, read back in
/// order (no sort; lists of terms are merged this way).
fn in_order(n: usize, items: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut bits = vec![0u64; n.div_ceil(64)];
    for i in items {
        bits[i / 64] |= 1 << (i % 64);
    }
    let mut out = Vec::new();
    for (k, &word) in bits.iter().enumerate() {
        let mut w = word;
        while w != 0 {
            out.push(k * 64 + w.trailing_zeros() as usize);
            w &= w - 1;
        }
    }
    out
}

/// The best (tier, term length, term) of each entry, from hits grouped by entry (in term order).
fn best_of_runs(hits: Vec<(u32, u8, usize, usize)>) -> Vec<(u32, u8, usize, usize)> {
    let mut best: Vec<(u32, u8, usize, usize)> = Vec::new();
    for h in hits {
        match best.last_mut() {
            Some(b) if b.0 == h.0 => *b = (*b).min(h),
            _ => best.push(h),
        }
    }
    best
}

/// The best (tier, term length, term) of each entry, sorted by entry.
fn best_per_entry(mut hits: Vec<(u32, u8, usize, usize)>) -> Vec<(u32, u8, usize, usize)> {
    hits.sort_unstable();
    hits.dedup_by_key(|h| h.0);
    hits
}

/// Whether `query` is a prefix of the syllables with one syllable (not the first) left out, the
/// left-out syllable falling inside what was typed (else it is a plain prefix). No allocation:
/// this runs over every pinyin term when a query finds little.
fn missing_syllable(syllables: &[String], query: &[u8]) -> bool {
    if syllables.len() < 3 {
        return false;
    }
    let mut before = 0;
    for skip in 1..syllables.len() {
        before += syllables[skip - 1].len();
        if query.len() <= before {
            return false;
        }
        let mut rest = query;
        let mut matched = true;
        for (i, syllable) in syllables.iter().enumerate() {
            if i == skip {
                continue;
            }
            let s = syllable.as_bytes();
            if rest.len() <= s.len() {
                matched = s.starts_with(rest);
                rest = &[];
                break;
            }
            if !rest.starts_with(s) {
                matched = false;
                break;
            }
            rest = &rest[s.len()..];
        }
        if matched && rest.is_empty() {
            return true;
        }
    }
    false
}

/// Whether some prefix of `text` is within one edit (insert, delete, substitute, swap of two
/// neighbours) of `query` (both ASCII bytes here).
fn prefix_within_one_edit(text: &[u8], query: &[u8]) -> bool {
    (query.len().saturating_sub(1)..=(query.len() + 1).min(text.len()))
        .any(|len| edit_distance_at_most_one(&text[..len], query))
}

fn edit_distance_at_most_one<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if la == lb {
        // substitution, or a swap of neighbours
        a[prefix + 1..] == b[prefix + 1..]
            || (prefix + 1 < la
                && a[prefix] == b[prefix + 1]
                && a[prefix + 1] == b[prefix]
                && a[prefix + 2..] == b[prefix + 2..])
    } else if la > lb {
        a[prefix + 1..] == b[prefix..]
    } else {
        a[prefix..] == b[prefix + 1..]
    }
}

/// What the previous-job search suggests: a described previous job (a miner's, a farm worker's…
/// typical skills at typical levels) or an occupation of the catalogue (someone who did the job
/// has its requirements).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviousJob {
    Origin(crate::domain::catalogue::OriginIdx),
    Occupation(crate::domain::catalogue::OccupationIdx),
}

/// The previous-job search: the described jobs (`origins`) and the occupations (`occupations`)
/// that match `query`, best match first, a described job before an occupation on a tie; at most
/// `limit`.
pub fn previous_jobs(
    origins: &SearchIndex,
    occupations: &SearchIndex,
    query: &str,
    lang: Lang,
    limit: usize,
) -> Vec<(PreviousJob, Hit)> {
    use crate::domain::catalogue::{OccupationIdx, OriginIdx};
    let mut hits: Vec<(PreviousJob, Hit)> = Vec::new();
    hits.extend(origins.search(query, lang, limit).into_iter().map(|h| (PreviousJob::Origin(OriginIdx(h.entry)), h)));
    hits.extend(
        occupations
            .search(query, lang, limit)
            .into_iter()
            .map(|h| (PreviousJob::Occupation(OccupationIdx(h.entry)), h)),
    );
    crate::domain::order::sort_by_key(&mut hits, |(job, hit)| (hit.tier, matches!(job, PreviousJob::Occupation(_))));
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalogue;

    /// The typo pass as it was before [`WordIndex`]: every term, every word occurrence.
    fn typo_terms_scanning_every_term(terms: &[Term], needle: &str, compact: &str) -> Vec<u32> {
        let mut out = Vec::new();
        for (t, term) in terms.iter().enumerate() {
            let fuzzy = match term.kind {
                TermKind::Pinyin => {
                    missing_syllable(&term.syllables, compact.as_bytes())
                        || (compact.len() >= 4 && prefix_within_one_edit(term.text.as_bytes(), compact.as_bytes()))
                }
                TermKind::Name | TermKind::OtherName | TermKind::Synonym if term.text.is_ascii() => {
                    needle.len() >= 4
                        && term
                            .text
                            .split_ascii_whitespace()
                            .any(|w| prefix_within_one_edit(w.as_bytes(), needle.as_bytes()))
                }
                _ => false,
            };
            if fuzzy {
                out.push(t as u32);
            }
        }
        out
    }

    /// The search as a plain scan: every term, `str::contains`, a full sort (the engine before the
    /// haystack, the runs and the partial sort).
    fn search_by_scanning(index: &SearchIndex, query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
        let needle = query.trim().to_lowercase();
        let compact: String = needle.chars().filter(|c| !c.is_whitespace() && *c != '\'').collect();
        if compact.is_empty() || limit == 0 {
            return Vec::new();
        }
        let terms = &index.terms;
        let ascii = compact.is_ascii();
        let inside_ok = !ascii || needle.len() >= 2;
        let mut best: Vec<(u32, u8, usize, usize)> = Vec::new();
        for (t, term) in terms.iter().enumerate() {
            let phonetic = matches!(term.kind, TermKind::Pinyin | TermKind::Initials);
            let q = if phonetic { compact.as_str() } else { needle.as_str() };
            if !term.text.contains(q) || (phonetic && !ascii) || (q.len() < 2 && term.kind == TermKind::Initials) {
                continue;
            }
            let name = term.kind.is_name(lang);
            let tier = if term.text == q {
                if name {
                    0
                } else {
                    1
                }
            } else if term.text.starts_with(q) {
                if name {
                    2
                } else {
                    3
                }
            } else if inside_ok && !phonetic {
                if name {
                    4
                } else {
                    5
                }
            } else if term.kind == TermKind::Pinyin && q.len() >= 3 {
                5
            } else {
                continue;
            };
            best.push((term.entry, tier, term.text.len(), t));
        }
        let mut best = best_per_entry(best);
        if best.len() < limit && ascii && compact.len() >= 3 {
            let found: Vec<u32> = best.iter().map(|b| b.0).collect();
            let fuzzy = typo_terms_scanning_every_term(terms, &needle, &compact)
                .into_iter()
                .map(|t| (terms[t as usize].entry, 6, terms[t as usize].text.len(), t as usize))
                .filter(|h| !found.contains(&h.0))
                .collect();
            best.extend(best_per_entry(fuzzy));
        }
        best.sort_by_key(|b| (b.1, b.2, b.0));
        best.truncate(limit);
        best.into_iter()
            .map(|(entry, tier, _, t)| Hit {
                entry,
                tier,
                matched: terms[t].text.clone(),
                phonetic: matches!(terms[t].kind, TermKind::Pinyin | TermKind::Initials),
            })
            .collect()
    }

    #[test]
    fn the_search_finds_what_a_plain_scan_finds() {
        let catalogue = Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        for index in [SearchIndex::skills(&catalogue), SearchIndex::origins(&catalogue)] {
            // Every prefix of every 150th term (as typed, so narrowing is exercised), and queries
            // with spaces, apostrophes, typos and nothing to find.
            let mut queries: Vec<String> = Vec::new();
            for term in index.terms.iter().step_by(150) {
                let chars: Vec<char> = term.text.chars().collect();
                queries.extend((1..=chars.len()).map(|i| chars[..i].iter().collect::<String>()));
            }
            let odd = [
                "e",
                "el",
                "ele",
                "xi'an",
                "dian han",
                " weld ",
                "a",
                "an",
                "'",
                "fork lift",
                "zzz",
                "焊",
                "we\0ld",
                "电\u{3000}焊",
                "arc\u{a0}welding",
                "arc\twelding",
                "elding",
                "weld\x0bing",
                "ding",
                "hangong",
            ];
            queries.extend(odd.map(String::from));
            let mut some = 0;
            for lang in [Lang::Zh, Lang::En] {
                for q in &queries {
                    let expected = search_by_scanning(&index, q, lang, 8);
                    some += usize::from(!expected.is_empty());
                    assert_eq!(index.search(q, lang, 8), expected, "{q:?} {lang:?}");
                }
            }
            assert!(some > queries.len(), "most queries find something");
            // Other limits (the first pass answers alone when it finds `limit` entries), and the
            // interface language switched between keys of one word.
            for limit in [1, 3, 20] {
                for q in odd {
                    let lang = if limit == 3 { Lang::En } else { Lang::Zh };
                    assert_eq!(
                        index.search(q, lang, limit),
                        search_by_scanning(&index, q, lang, limit),
                        "{q:?} {limit}"
                    );
                }
            }
            for (i, q) in ["w", "we", "wel", "weld", "weldi", "weldin", "welding", "weldin", "wel"].iter().enumerate() {
                let lang = if i % 2 == 0 { Lang::Zh } else { Lang::En };
                assert_eq!(index.search(q, lang, 8), search_by_scanning(&index, q, lang, 8), "{q:?} {lang:?}");
            }
        }
    }

    #[test]
    fn the_word_index_finds_the_same_typos_as_scanning_every_term() {
        let catalogue = Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        for index in [SearchIndex::skills(&catalogue), SearchIndex::origins(&catalogue)] {
            let typo = WordIndex::new(&index.terms);
            assert!(typo.ends.len() > 100 && !typo.pinyin.is_empty(), "the catalogue has English words and pinyin");
            let mut found_some = 0;
            for q in [
                "weldign",
                "forklfit",
                "elecrtic",
                "hangon",
                "dianhan",
                "gongjiqiren",
                "opreate",
                "wel",
                "x y z",
                "machine tool",
            ] {
                let compact: String = q.chars().filter(|c| !c.is_whitespace()).collect();
                let mut fast = typo.typo_terms(&index.terms, q, &compact);
                fast.sort_unstable();
                fast.dedup();
                let slow = typo_terms_scanning_every_term(&index.terms, q, &compact);
                assert_eq!(fast, slow, "{q}");
                found_some += usize::from(!slow.is_empty());
            }
            assert!(found_some >= 2, "several queries have a typo match: {found_some}");
        }
    }

    #[test]
    fn one_edit() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(edit_distance_at_most_one(&c("welding"), &c("weldign")));
        assert!(edit_distance_at_most_one(&c("welding"), &c("welting")));
        assert!(edit_distance_at_most_one(&c("welding"), &c("weldin")));
        assert!(edit_distance_at_most_one(&c("weldin"), &c("welding")));
        assert!(!edit_distance_at_most_one(&c("welding"), &c("wedlign")));
        assert!(prefix_within_one_edit(b"hangong", b"hnag"));
        assert!(!prefix_within_one_edit(b"hangong", b"dian"));
    }

    #[test]
    fn missing_syllables() {
        let s: Vec<String> = ["gong", "ye", "ji", "qi", "ren"].iter().map(|x| x.to_string()).collect();
        assert!(missing_syllable(&s, b"gongjiqiren"), "ye left out");
        assert!(missing_syllable(&s, b"gongyeqiren"), "ji left out");
        assert!(missing_syllable(&s, b"gongjiq"), "ye left out, stopping inside a later syllable");
        assert!(!missing_syllable(&s, b"gongye"), "a plain prefix is not a missing syllable");
        assert!(!missing_syllable(&s, b"yejiqiren"), "the first syllable must be typed");
        assert!(!missing_syllable(&s, b"gongjiqirenx"), "longer than the term");
    }
}
