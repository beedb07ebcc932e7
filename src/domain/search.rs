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
//! Ties go to the shorter term, then catalogue order. Fuzzy tiers are only tried when the exact
//! tiers found fewer results than asked for, so the common case stays a plain scan.

use std::cell::RefCell;

use crate::domain::catalogue::Catalogue;
use crate::domain::text::Lang;

/// What a term is, for ranking and for showing why something matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TermKind {
    Name,
    OtherName,
    Synonym,
    Pinyin,
    Initials,
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
    zh_terms: Vec<Term>,
    en_terms: Vec<Term>,
    /// The last query and the terms that contain it: a person types one key at a time, so the
    /// next query usually extends this one and only these terms can still match (the fuzzy pass
    /// still looks at everything).
    last: RefCell<Option<Narrowed>>,
}

#[derive(Clone, Debug)]
struct Narrowed {
    lang: Lang,
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
}

fn build<'a>(entries: impl Iterator<Item = (u32, Entry<'a>)>) -> SearchIndex {
    let mut index = SearchIndex::default();
    for (i, e) in entries {
        let mut push = |kind: TermKind, text: &str, zh: bool| {
            let text = text.trim().to_lowercase();
            if text.is_empty() {
                return;
            }
            let term = Term { entry: i, kind, text, syllables: Vec::new() };
            if zh {
                index.zh_terms.push(term.clone());
            }
            index.en_terms.push(term);
        };
        // Both interface languages search every term; the kind of name decides the tier.
        push(TermKind::Name, e.zh, true);
        push(TermKind::OtherName, e.en, true);
        for s in e.synonyms_zh.iter().chain(e.synonyms_en) {
            push(TermKind::Synonym, s, true);
        }
        for p in e.pinyin {
            let syllables: Vec<String> = p.split_whitespace().map(str::to_lowercase).collect();
            if syllables.is_empty() {
                continue;
            }
            let joined: String = syllables.concat();
            let initials: String = syllables.iter().filter_map(|s| s.chars().next()).collect();
            for (kind, text) in [(TermKind::Pinyin, joined), (TermKind::Initials, initials)] {
                let term = Term { entry: i, kind, text, syllables: syllables.clone() };
                index.zh_terms.push(term.clone());
                index.en_terms.push(term);
            }
        }
    }
    // In the English interface the English name is the name.
    for t in &mut index.en_terms {
        t.kind = match t.kind {
            TermKind::Name => TermKind::OtherName,
            TermKind::OtherName => TermKind::Name,
            k => k,
        };
    }
    index
}

impl SearchIndex {
    /// The index of every skill of a catalogue.
    pub fn skills(catalogue: &Catalogue) -> SearchIndex {
        build(catalogue.skills.iter().enumerate().map(|(i, s)| {
            (
                i as u32,
                Entry {
                    zh: &s.name.zh,
                    en: &s.name.en,
                    synonyms_zh: &s.synonyms.zh,
                    synonyms_en: &s.synonyms.en,
                    pinyin: &s.pinyin,
                },
            )
        }))
    }

    /// The index of the origin occupations ("start from my previous job").
    pub fn origins(catalogue: &Catalogue) -> SearchIndex {
        build(catalogue.origins.iter().enumerate().map(|(i, o)| {
            (
                i as u32,
                Entry {
                    zh: &o.name.zh,
                    en: &o.name.en,
                    synonyms_zh: &o.synonyms.zh,
                    synonyms_en: &o.synonyms.en,
                    pinyin: &o.pinyin,
                },
            )
        }))
    }

    /// Entries matching `query`, best first, at most `limit`. An empty query matches nothing.
    pub fn search(&self, query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
        let needle: String = query.trim().to_lowercase();
        if needle.is_empty() || limit == 0 {
            return Vec::new();
        }
        let compact: String = needle.chars().filter(|c| !c.is_whitespace() && *c != '\'').collect();
        let terms = match lang {
            Lang::Zh => &self.zh_terms,
            Lang::En => &self.en_terms,
        };
        let ascii = compact.is_ascii();
        // Every (entry, tier, term length, term) that matched; the best per entry is kept below.
        let mut hits: Vec<(u32, u8, usize, usize)> = Vec::new();
        // A single Latin letter is too common to look for inside words.
        let inside_ok = !ascii || needle.len() >= 2;
        let previous = self.last.borrow_mut().take();
        let scan: Vec<usize> = match previous {
            Some(p) if p.lang == lang && needle.starts_with(&p.needle) && compact.starts_with(&p.compact) => p.terms,
            _ => (0..terms.len()).collect(),
        };
        let mut still: Vec<usize> = Vec::with_capacity(scan.len().min(4096));
        for t in scan {
            let term = &terms[t];
            let phonetic = matches!(term.kind, TermKind::Pinyin | TermKind::Initials);
            let q = if phonetic { compact.as_str() } else { needle.as_str() };
            if !term.text.contains(q) {
                continue;
            }
            still.push(t);
            if phonetic && !ascii {
                continue;
            }
            if q.len() < 2 && term.kind == TermKind::Initials {
                continue;
            }
            let name = term.kind == TermKind::Name;
            let tier = if term.text == q {
                Some(if name { 0 } else { 1 })
            } else if term.text.starts_with(q) {
                Some(if name { 2 } else { 3 })
            } else if inside_ok && !phonetic {
                Some(if name { 4 } else { 5 })
            } else if term.kind == TermKind::Pinyin && q.len() >= 3 {
                Some(5)
            } else {
                None
            };
            if let Some(tier) = tier {
                hits.push((term.entry, tier, term.text.len(), t));
            }
        }
        *self.last.borrow_mut() =
            Some(Narrowed { lang, needle: needle.clone(), compact: compact.clone(), terms: still });
        let mut best = best_per_entry(hits);
        if best.len() < limit && ascii && compact.len() >= 3 {
            let mut fuzzy_hits: Vec<(u32, u8, usize, usize)> = Vec::new();
            let mut found: Vec<u32> = best.iter().map(|b| b.0).collect();
            found.sort_unstable();
            for (t, term) in terms.iter().enumerate() {
                if found.binary_search(&term.entry).is_ok() {
                    continue;
                }
                let fuzzy = match term.kind {
                    TermKind::Pinyin => {
                        missing_syllable(&term.syllables, compact.as_bytes())
                            || (compact.len() >= 4 && prefix_within_one_edit(term.text.as_bytes(), compact.as_bytes()))
                    }
                    TermKind::Name | TermKind::OtherName | TermKind::Synonym if term.text.is_ascii() => {
                        needle.len() >= 4
                            && term
                                .text
                                // ASCII text: the ASCII split, which needs no Unicode tables (the
                                // general one cost a cheap phone ~3 ms per keystroke on ESCO).
                                .split_ascii_whitespace()
                                .any(|w| prefix_within_one_edit(w.as_bytes(), needle.as_bytes()))
                    }
                    _ => false,
                };
                if fuzzy {
                    fuzzy_hits.push((term.entry, 6, term.text.len(), t));
                }
            }
            best.extend(best_per_entry(fuzzy_hits));
        }
        // The keystroke path sorts thousands of hits: the standard sort, not `domain::order`.
        best.sort_unstable_by_key(|b| (b.1, b.2, b.0));
        best.into_iter()
            .take(limit)
            .map(|(entry, tier, _, t)| Hit {
                entry,
                tier,
                matched: terms[t].text.clone(),
                phonetic: matches!(terms[t].kind, TermKind::Pinyin | TermKind::Initials),
            })
            .collect()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
