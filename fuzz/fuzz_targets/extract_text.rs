//! Free text from a worker: every span found lies on character boundaries inside the text, each
//! skill at most once, levels on the scale.
#![no_main]
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::extract::Extractor;
use skillgap_core::domain::Catalogue;

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::from_json(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap());
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(&CATALOGUE));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let found = EXTRACTOR.extract(text);
    let mut seen = Vec::new();
    for f in &found {
        assert!(f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(!seen.contains(&f.skill));
        seen.push(f.skill);
    }
});
