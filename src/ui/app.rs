//! The root component: language switch, catalogue loading and the page frame.

use yew::prelude::*;

use crate::domain::{Catalogue, Lang};
use crate::i18n::{t, Msg};
use crate::ui::{Assessment, CatalogueHandle};
use crate::DEFAULT_CATALOGUE_JSON;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The interface language at start (Chinese unless a test or a saved choice says otherwise).
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = use_state_eq(|| props.lang);
    let catalogue = use_memo((), |_| Catalogue::from_json(DEFAULT_CATALOGUE_JSON).map(CatalogueHandle::new));

    // The document's `lang` attribute follows the choice (browser only: effects do not run when
    // rendering to a string).
    use_effect_with(*lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });

    let switch = {
        let lang = lang.clone();
        Callback::from(move |_| lang.set(lang.other()))
    };

    let body = match &*catalogue {
        Ok(catalogue) => html! { <Assessment catalogue={catalogue.clone()} /> },
        Err(errors) => html! {
            <div class="error-panel" role="alert">
                <p>{ t(*lang, Msg::CatalogueError) }</p>
                <ul>{ for errors.iter().map(|e| html! { <li>{ e.message(*lang) }</li> }) }</ul>
            </div>
        },
    };

    html! {
        <ContextProvider<Lang> context={*lang}>
            <header class="app-header">
                <div class="app-header__text">
                    <h1>{ t(*lang, Msg::AppTitle) }</h1>
                    <p class="tagline">{ t(*lang, Msg::AppTagline) }</p>
                </div>
                <button type="button" class="lang-switch" lang={lang.other().tag()} onclick={switch}>
                    { t(*lang, Msg::SwitchLanguage) }
                </button>
            </header>
            { body }
            <footer class="app-footer"><p>{ t(*lang, Msg::Disclaimer) }</p></footer>
        </ContextProvider<Lang>>
    }
}
