//! Any bytes as the copy saved on the device (or an opened assessment file): the start-up
//! decision and the file reader give an assessment or a typed error, never a panic; a copy that
//! restores exports to one that restores to the same assessment.
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::Catalogue;
use skillgap_core::state::export::{export_json, import_json, parse_bytes};
use skillgap_core::state::restore::startup;

thread_local! {
    static SAMPLE: Catalogue = Catalogue::from_json(include_str!("../../data/catalogue.sample.json")).unwrap();
}

fuzz_target!(|data: &[u8]| {
    let _ = parse_bytes(data);
    let Ok(text) = std::str::from_utf8(data) else { return };
    SAMPLE.with(|c| {
        let start = startup(c, "", Some(text));
        assert_eq!(start.set_aside, start.state.is_none());
        if let Some(state) = start.state {
            let again = import_json(&export_json(&state, c), c).expect("an export reads back");
            assert_eq!(again.state, state);
        }
    });
});
