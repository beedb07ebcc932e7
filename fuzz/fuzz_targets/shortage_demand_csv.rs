//! A shortage list and a demand table applied to the sample catalogue: an error leaves it
//! unchanged; a success still validates.
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::format::CatalogueFile;
use skillgap_core::domain::import::{demand::apply_demand, shortage::apply_shortage};
use skillgap_core::domain::Catalogue;

const SAMPLE: &str = include_str!("../../data/catalogue.sample.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let original: CatalogueFile = serde_json::from_str(SAMPLE).unwrap();
    let mut file = original.clone();
    match apply_shortage(&mut file, "s.csv", text) {
        Ok(_) => assert!(Catalogue::from_file(file.clone()).is_ok()),
        Err(_) => assert_eq!(file, original),
    }
    let mut file = original.clone();
    match apply_demand(&mut file, "d.csv", text) {
        Ok(_) => assert!(Catalogue::from_file(file).is_ok()),
        Err(_) => assert_eq!(file, original),
    }
});
