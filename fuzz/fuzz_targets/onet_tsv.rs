//! O*NET occupation data, skills and knowledge from one input (split at 0xFF bytes).
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::import::onet::{import_onet, OnetFiles};
use skillgap_core::domain::Catalogue;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|b| *b == 0xFF);
    let (Some(a), Some(b)) = (parts.next(), parts.next()) else { return };
    let knowledge = parts.next().and_then(|k| std::str::from_utf8(k).ok());
    let (Ok(occupations), Ok(skills)) = (std::str::from_utf8(a), std::str::from_utf8(b)) else { return };
    if let Ok((file, _)) = import_onet(OnetFiles { occupations, skills, knowledge }) {
        let _ = Catalogue::from_file(file);
    }
});
