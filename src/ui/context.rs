//! App-wide contexts: the interface language and the loaded catalogue.

use std::cell::OnceCell;
use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::format::CatalogueFile;
use crate::domain::search::SearchIndex;
use crate::domain::{Catalogue, CatalogueError, Lang};

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
    /// The public page's first load: the catalogue of the first part of its file
    /// ([`CatalogueFile::partial`]), and the whole catalogue once a part that needs
    /// the rest (courses, demand, requirements…) has made it ([`CatalogueHandle::whole`]).
    partial: Option<OnceCell<Made>>,
}

/// The whole catalogue made from a first part, or why it could not be.
type Made = Result<CatalogueHandle, CatalogueError>;

impl CatalogueHandle {
    pub fn new(catalogue: Catalogue) -> Self {
        CatalogueHandle(Rc::new(Shared { catalogue, skills: OnceCell::new(), origins: OnceCell::new(), partial: None }))
    }

    /// A handle on `catalogue`, built from `file` (a first part makes a partial handle).
    pub fn of_file(catalogue: Catalogue, file: &CatalogueFile) -> Self {
        let partial = file.partial.then(OnceCell::new);
        CatalogueHandle(Rc::new(Shared { catalogue, skills: OnceCell::new(), origins: OnceCell::new(), partial }))
    }

    /// Whether this catalogue lacks what the public page's first part leaves out (courses,
    /// subsidy rules, demand, the occupations' descriptions and requirements, the skills'
    /// related skills: `domain::compact::Rest`).
    pub fn is_partial(&self) -> bool {
        self.0.partial.is_some()
    }

    /// The whole catalogue: this one, or the one `complete` makes (once) from this one.
    /// Skills, occupations and origins stand where they stand here, so the assessment's indices
    /// mean the same in both.
    pub fn whole(
        &self,
        complete: impl FnOnce(&Catalogue) -> Result<Catalogue, CatalogueError>,
    ) -> Result<CatalogueHandle, CatalogueError> {
        match &self.0.partial {
            None => Ok(self.clone()),
            Some(whole) => whole.get_or_init(|| complete(&self.0.catalogue).map(CatalogueHandle::new)).clone(),
        }
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
