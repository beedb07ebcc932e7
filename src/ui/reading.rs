//! Reading an assessment back: a share link, the copy saved on this device, or a chosen file.
//! A first visit has nothing to read, so the code that reads (serde's JSON reader for the export
//! format, the link decoder) loads on demand: the start-up effect fetches [`STARTUP`] only
//! when the address holds a link or the device a saved copy, and the file picker fetches
//! [`READ_FILE`] once a file is chosen. The service worker keeps both chunks for offline use.

use crate::domain::Terms;
use crate::state::export::{parse_bytes, AssessmentError, AssessmentExport};
use crate::state::restore::{startup, Startup};

/// What the page opens with (`state::restore::startup`).
pub type Start = fn(&Terms, &str, Option<&str>) -> Startup;

/// An assessment file's bytes, read (`state::export::parse_bytes`).
pub type ReadFile = fn(&[u8]) -> Result<AssessmentExport, AssessmentError>;

crate::on_demand! {
    /// Reads a share link or the saved copy at start-up.
    pub static STARTUP: Lazy<Start> = startup_chunk => startup;
}

crate::on_demand! {
    /// Reads a chosen assessment file.
    pub static READ_FILE: Lazy<ReadFile> = read_file_chunk => parse_bytes;
}
