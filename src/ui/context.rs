//! App-wide contexts: the interface language and the loaded catalogue.

use std::cell::OnceCell;
use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::search::SearchIndex;
use crate::domain::{Catalogue, Lang};

/// A shared, immutable catalogue and the search indexes made from it. Two handles are equal when
/// they point at the same catalogue, so passing it as a prop never compares the catalogue's
/// contents.
#[derive(Clone, Debug)]
pub struct CatalogueHandle(Rc<Shared>);

#[derive(Debug)]
struct Shared {
    catalogue: Catalogue,
    /// Built the first time they are asked for, once per catalogue (the skills' by `ui::boot`
    /// in a task of its own before the first render, so that render stays short).
    skills: OnceCell<SearchIndex>,
    origins: OnceCell<SearchIndex>,
}

impl CatalogueHandle {
    pub fn new(catalogue: Catalogue) -> Self {
        CatalogueHandle(Rc::new(Shared { catalogue, skills: OnceCell::new(), origins: OnceCell::new() }))
    }

    /// What the skill search looks in.
    pub fn skill_index(&self) -> &SearchIndex {
        self.0.skills.get_or_init(|| SearchIndex::skills(&self.0.catalogue))
    }

    /// What the previous-job search looks in.
    pub fn origin_index(&self) -> &SearchIndex {
        self.0.origins.get_or_init(|| SearchIndex::origins(&self.0.catalogue))
    }
}

impl PartialEq for CatalogueHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for CatalogueHandle {
    type Target = Catalogue;
    fn deref(&self) -> &Catalogue {
        &self.0.catalogue
    }
}

/// The interface language chosen by the person (Chinese when nothing was chosen).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The loaded catalogue. Components that call this are rendered inside `Assessment`, which
/// provides it.
#[hook]
pub fn use_catalogue() -> Option<CatalogueHandle> {
    use_context::<CatalogueHandle>()
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
