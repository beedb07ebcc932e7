//! Any bytes as the English half of the catalogue (what the public page fetches when a person
//! switches to English): read, checked against the Chinese half and merged, or a typed error,
//! never a panic; a merged catalogue validates or reports errors.
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::english::{apply, chinese_half_text, fingerprint, parse, split};
use skillgap_core::domain::format::CatalogueFile;
use skillgap_core::domain::Catalogue;

thread_local! {
    static CHINESE: (CatalogueFile, u64) = {
        let file: CatalogueFile = serde_json::from_str(include_str!("../../data/catalogue.sample.json")).unwrap();
        let (chinese, _) = split(&file);
        let print = fingerprint(&chinese_half_text(&chinese));
        (chinese, print)
    };
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(english) = parse(text) else { return };
    CHINESE.with(|(chinese, chinese_half)| {
        if let Ok(full) = apply(chinese, *chinese_half, &english) {
            let _ = Catalogue::from_file_ref(&full);
        }
    });
});
