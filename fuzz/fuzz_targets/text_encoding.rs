//! Any bytes as an uploaded table: read as UTF-8, UTF-16 or GB18030, or refused with the offset
//! of the first byte that is not UTF-8; never a panic. UTF-8 comes back unchanged.
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::import::{decode_text, TextEncoding};

fuzz_target!(|data: &[u8]| {
    match decode_text(data) {
        Ok((text, TextEncoding::Utf8)) => {
            let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
            assert_eq!(text.as_bytes(), body);
        }
        Ok(_) => {}
        Err(offset) => assert!(offset <= data.len()),
    }
});
