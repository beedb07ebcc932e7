//! The QR code of a share link, as one SVG path, so a kiosk user takes the result away on a
//! phone. Low error correction keeps long links scannable (fewer, larger modules).

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of quiet zone around the code (the standard asks for 4).
pub const QUIET: u32 = 4;

/// A QR code drawn as an SVG path of unit squares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Modules per side including the quiet zone: the SVG `viewBox` is `0 0 side side`.
    pub side: u32,
    /// The dark modules, one sub-path per horizontal run.
    pub path: String,
}

/// The QR code of `text`, or `None` when it is too long for any QR version (about 2,900 bytes).
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                let run = x - start;
                let (px, py) = (start as u32 + QUIET, y as u32 + QUIET);
                path.push_str(&format!("M{px} {py}h{run}v1h-{run}z"));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg { side: size as u32 + 2 * QUIET, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_path_inside_the_quiet_zone() {
        let q = qr_svg("https://example.org/#a=1&s=smaw:4&h=40&o=h").unwrap();
        // Version 3 (29 modules) holds 53 bytes at low correction; this link is 44.
        assert_eq!(q.side, 29 + 2 * QUIET);
        assert!(q.path.starts_with(&format!("M{QUIET} {QUIET}h7v1h-7z")), "finder pattern first: {}", &q.path[..30]);
        let numbers = q.path.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse::<u32>().ok());
        assert!(numbers.into_iter().all(|n| n < q.side));
    }

    #[test]
    fn too_long_a_text_has_no_code() {
        assert!(qr_svg(&"x".repeat(3_000)).is_none());
        assert!(qr_svg(&"x".repeat(1_500)).is_some());
    }
}
