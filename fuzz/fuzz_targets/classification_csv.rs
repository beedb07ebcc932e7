//! Any text as the national classification's table: read or refused with a located error,
//! never a panic; what is read has well-formed codes and no empty name.
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::import::classification::read_classification;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok((c, _)) = read_classification("csco22.csv", text) {
        for o in &c.occupations {
            assert_eq!(o.code.len(), 10, "{}", o.code);
            assert!(!o.name.is_empty());
            assert!(o.tasks.iter().all(|t| !t.is_empty()));
        }
    }
});
