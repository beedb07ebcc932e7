//! App-wide contexts: the interface language, the loaded catalogue (first part or whole), and,
//! inside [`crate::ui::Whole`], the whole catalogue.

use yew::prelude::*;

use crate::domain::Lang;
pub use crate::state::session::{CatalogueHandle, WholeCatalogue};

/// The interface language chosen by the person (Chinese when nothing was chosen).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The loaded catalogue: its terms (skills, occupations, previous jobs…), which every view has.
/// Components that call this are rendered inside `Assessment`, which provides it.
#[hook]
pub fn use_catalogue() -> Option<CatalogueHandle> {
    use_context::<CatalogueHandle>()
}

/// The whole catalogue, for what matches, plans or shows courses and demand. Only components
/// rendered inside [`crate::ui::Whole`] have it (the public page loads their code with the
/// catalogue's rest).
#[hook]
pub fn use_whole() -> Option<WholeCatalogue> {
    use_context::<WholeCatalogue>()
}

/// Moves keyboard focus to the element with `id` (after a step, so a keyboard or screen-reader
/// user continues where the new content is). Browser only: call it from callbacks.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
