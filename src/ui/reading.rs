//! Reading an assessment back: a share link, the copy saved on this device, or a chosen file.
//! A first visit has nothing to read, so the code that reads (serde's JSON reader for the export
//! format, the link decoder) loads on demand: the start-up effect fetches [`STARTUP`] only
//! when the address holds a link or the device a saved copy, and the file picker fetches
//! [`READ_FILE`] once a file is chosen. The service worker keeps both chunks for offline use.

use yew::UseReducerHandle;

use crate::state::export::{parse_bytes, AssessmentError, AssessmentExport};
use crate::state::restore::{startup, Startup};
use crate::ui::lazy::LocalFuture;

/// What the page opens with (`state::restore::startup`), read from the address's fragment and
/// the saved copy against the session's catalogue. A link or a copy that names an occupation of
/// the classification's spine is read once the spine is here (else that occupation would be
/// dropped as unknown): the spine is asked for first.
pub type Start = fn(UseReducerHandle<crate::ui::SessionState>, String, Option<String>) -> LocalFuture<Startup>;

fn start(
    session: UseReducerHandle<crate::ui::SessionState>,
    fragment: String,
    stored: Option<String>,
) -> LocalFuture<Startup> {
    Box::pin(async move {
        let prefix = crate::domain::spine::id_of("");
        let names_spine = fragment.contains(&prefix) || stored.as_deref().is_some_and(|s| s.contains(&prefix));
        let mut catalogue = session.catalogue.clone();
        if names_spine {
            if let Ok(made_whole) = crate::ui::whole::MADE_WHOLE.load().await {
                catalogue = made_whole(session.clone()).await.unwrap_or(catalogue);
            }
        }
        startup(&catalogue, &fragment, stored.as_deref())
    })
}

/// An assessment file's bytes, read (`state::export::parse_bytes`).
pub type ReadFile = fn(&[u8]) -> Result<AssessmentExport, AssessmentError>;

crate::on_demand! {
    /// Reads a share link or the saved copy at start-up.
    pub static STARTUP: Lazy<Start> = startup_chunk => start;
}

crate::on_demand! {
    /// Reads a chosen assessment file.
    pub static READ_FILE: Lazy<ReadFile> = read_file_chunk => parse_bytes;
}
