//! Content names and integrity values.
//!
//! A file a browser may keep for good is named `<stem>-<hash>.<ext>`, where `<hash>` is the first
//! 16 hex digits of the SHA-256 of its final bytes (after optimising, minifying and filling in its
//! references to other files). A page's HTML carries `sha256-…` integrity values of the files it
//! loads (SHA-256 rather than SHA-384: each value is 20 bytes of base64 shorter, and gzip cannot
//! shrink base64, on a page whose first load has a byte budget).
//!
//! The glue and the chunks' loader import each other, so neither can be named after the other's
//! final name. They share one name instead, [`cycle_hash`]: the SHA-256 of both files as they read
//! with [`PLACEHOLDER`] written where that shared hash goes. Filling the hash in changes nothing
//! else, so replacing it by the placeholder in both served files gives back the hashed bytes.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// Hex digits of SHA-256 kept in a name (what Trunk used, and what the e2e server's caching rule
/// expects).
pub const HASH_LEN: usize = 16;

/// Stands for the shared hash of the glue and the loader while that hash is being computed.
pub const PLACEHOLDER: &str = "0000000000000000";

/// The first [`HASH_LEN`] hex digits of the SHA-256 of `bytes`.
pub fn hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))[..HASH_LEN].to_string()
}

/// `<stem>-<hash of bytes>.<ext>`.
pub fn content_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    format!("{stem}-{}.{ext}", hash(bytes))
}

/// The one hash naming two files that refer to each other: SHA-256 of `a`, a NUL byte and `b`,
/// each with [`PLACEHOLDER`] where the hash will go.
pub fn cycle_hash(a: &[u8], b: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(a);
    h.update([0u8]);
    h.update(b);
    hex(&h.finalize())[..HASH_LEN].to_string()
}

/// An integrity attribute's value: `sha256-<base64>`.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes)))
}

/// A Content-Security-Policy source for an inline script: `'sha256-<base64>'`.
pub fn csp_source(script: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes())))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_the_hash_of_the_bytes() {
        // SHA-256("abc") = ba7816bf8f01cfea...
        assert_eq!(content_name("main", "css", b"abc"), "main-ba7816bf8f01cfea.css");
        assert_eq!(hash(b"abc").len(), HASH_LEN);
    }

    #[test]
    fn one_changed_byte_changes_the_name() {
        let a = b"body{color:red}".to_vec();
        let mut b = a.clone();
        b[5] ^= 1;
        assert_ne!(content_name("main", "css", &a), content_name("main", "css", &b));
    }

    #[test]
    fn the_cycle_hash_covers_both_files_and_their_boundary() {
        let glue = b"import'./__wasm_split-0000000000000000.js'";
        let loader = b"import'../../skillgap-0000000000000000.js'";
        let h = cycle_hash(glue, loader);
        assert_eq!(h.len(), HASH_LEN);
        assert_ne!(h, cycle_hash(b"import'./__wasm_split-0000000000000000.jS'", loader));
        assert_ne!(h, cycle_hash(glue, b"import'../../skillgap-0000000000000000.jS'"));
        // The NUL between them: moving bytes from one file to the other is a different pair.
        assert_ne!(cycle_hash(b"ab", b"c"), cycle_hash(b"a", b"bc"));
        assert_eq!(PLACEHOLDER.len(), HASH_LEN);
    }

    #[test]
    fn integrity_and_csp_values_are_base64_digests() {
        // SHA-256("abc") in base64.
        assert_eq!(integrity(b"abc"), "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
        assert_eq!(csp_source("abc"), "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
    }
}
