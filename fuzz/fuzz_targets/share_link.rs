//! Any text as a share-link fragment: an error or an assessment, never a panic. A link that
//! decodes encodes back to a link that decodes to the same thing, and restoring it into the
//! sample catalogue never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::Catalogue;
use skillgap_core::state::export::restore;
use skillgap_core::state::share::{decode, encode};

thread_local! {
    static SAMPLE: Catalogue = Catalogue::from_json(include_str!("../../data/catalogue.sample.json")).unwrap();
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(export) = decode(text) {
        assert_eq!(decode(&encode(&export)).as_ref(), Ok(&export), "round trip of {text:?}");
        SAMPLE.with(|c| {
            let _ = restore(&export, c);
        });
    }
});
