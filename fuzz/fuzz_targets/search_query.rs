//! Search queries (typed, pasted, pinyin, anything): at most `limit` distinct entries, never a
//! panic — including when queries follow each other (the index narrows as a person types).
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::search::SearchIndex;
use skillgap_core::domain::{Catalogue, Lang};

thread_local! {
    static INDEX: SearchIndex = SearchIndex::skills(&Catalogue::from_json(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap());
}

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else { return };
    INDEX.with(|index| {
        // The whole query, then every prefix of it as if typed.
        let mut ends: Vec<usize> = query.char_indices().map(|(i, _)| i).skip(1).collect();
        ends.push(query.len());
        for end in ends {
            for lang in [Lang::Zh, Lang::En] {
                let hits = index.search(&query[..end], lang, 8);
                assert!(hits.len() <= 8);
                let mut entries: Vec<u32> = hits.iter().map(|h| h.entry).collect();
                entries.sort_unstable();
                entries.dedup();
                assert_eq!(entries.len(), hits.len());
            }
        }
    });
});
