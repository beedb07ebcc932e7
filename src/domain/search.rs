//! Finding skills by what people type: Chinese names, colloquial synonyms, English names.
//!
//! First version (walking skeleton): case-insensitive matching on names, synonyms and any pinyin
//! the catalogue carries, ranked exact > prefix > contained, names before synonyms. Pinyin
//! initials and typo tolerance come with the skill-entry issue.

use crate::domain::catalogue::{Catalogue, SkillIdx};
use crate::domain::text::Lang;

/// How well a skill matched; lower is better.
fn rank(haystack: &str, needle: &str) -> Option<u8> {
    let h = haystack.to_lowercase();
    if h == needle {
        Some(0)
    } else if h.starts_with(needle) {
        Some(1)
    } else if h.contains(needle) {
        Some(2)
    } else {
        None
    }
}

/// Skills matching `query`, best first, at most `limit`. An empty query matches nothing.
/// The interface language decides which name is preferred on ties.
pub fn search_skills(catalogue: &Catalogue, query: &str, lang: Lang, limit: usize) -> Vec<SkillIdx> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, SkillIdx)> = catalogue
        .skills
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let (first, second) = match lang {
                Lang::Zh => (&s.name.zh, &s.name.en),
                Lang::En => (&s.name.en, &s.name.zh),
            };
            let by_name = [rank(first, &needle), rank(second, &needle).map(|r| r + 3)];
            let by_synonym = s
                .synonyms
                .zh
                .iter()
                .chain(&s.synonyms.en)
                .chain(&s.pinyin)
                .filter_map(|w| rank(w, &needle).map(|r| r + 6));
            by_name.into_iter().flatten().chain(by_synonym).min().map(|r| (r, SkillIdx(i as u32)))
        })
        .collect();
    hits.sort();
    hits.into_iter().take(limit).map(|(_, s)| s).collect()
}
