//! The whole catalogue for the parts that need what the public page's first load leaves out
//! (`domain::compact::Rest`). The first load carries the first part of the compact catalogue (`domain::compact::split`); step 4's result,
//! its comparison and take-away, and the suggestions wrap their content in [`Whole`], whose
//! code (and with it the embedded rest, `crate::embedded_rest`) loads with theirs. The whole
//! catalogue is made once per catalogue and shared ([`CatalogueHandle::whole`]); components
//! inside read it with [`crate::ui::use_whole`].

use yew::prelude::*;

use crate::domain::{Catalogue, CatalogueError, FirstPart};
use crate::i18n::{t, Msg};
use crate::ui::{use_catalogue, use_lang, WholeCatalogue};

#[derive(Properties, PartialEq)]
pub struct WholeProps {
    pub children: Html,
}

/// Its children, with the whole catalogue as their catalogue context.
#[component]
pub fn Whole(props: &WholeProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_catalogue() else { return html! {} };
    match catalogue.whole(complete) {
        // Always under a provider, so that the English half arriving (which makes the session's
        // catalogue whole) changes a context, not the tree: nothing below is mounted again.
        Ok(whole) => html! {
            <ContextProvider<WholeCatalogue> context={whole}>{ props.children.clone() }</ContextProvider<WholeCatalogue>>
        },
        // Both parts come from one build and a test joins them, so this means a damaged page.
        Err(e) => html! {
            <div class="part-failed" role="alert">
                <p>{ t(lang, Msg::CatalogueError) }</p>
                <p>{ e.message(lang) }</p>
            </div>
        },
    }
}

/// The whole catalogue of the page's first part: the embedded rest checked and added
/// (`FirstPart::with_rest`; the first part is not read or checked again).
pub fn complete(partial: &FirstPart) -> Result<Catalogue, CatalogueError> {
    partial.with_rest(crate::embedded_rest(partial)?).map_err(|errors| {
        errors.into_iter().next().unwrap_or_else(|| CatalogueError::new("$", crate::domain::CatalogueErrorKind::Empty))
    })
}
