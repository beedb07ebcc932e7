//! Three ESCO files from one input (split at 0xFF bytes): an error or a catalogue that validates.
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::import::esco::{import_esco, EscoFiles};
use skillgap_core::domain::Catalogue;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|b| *b == 0xFF);
    let (Some(a), Some(b), Some(c)) = (parts.next(), parts.next(), parts.next()) else { return };
    let (Ok(occupations), Ok(skills), Ok(relations)) = (std::str::from_utf8(a), std::str::from_utf8(b), std::str::from_utf8(c)) else { return };
    if let Ok((file, _)) = import_esco(EscoFiles { occupations, skills, relations }) {
        // Imported catalogues may be rejected by validation (e.g. no industries), but never panic.
        let _ = Catalogue::from_file(file);
    }
});
