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

/// Makes the session's catalogue whole (the rest arrived), then adds the spine (its chunk
/// fetched), telling the session each time, and hands back the catalogue with the spine (`None`
/// when a part could not be had): what the first use of the page starts, and what a share link
/// naming an occupation of the spine waits for.
pub(crate) type MadeWhole =
    fn(UseReducerHandle<crate::ui::SessionState>) -> crate::ui::lazy::LocalFuture<Option<crate::ui::CatalogueHandle>>;

fn made_whole(
    session: UseReducerHandle<crate::ui::SessionState>,
) -> crate::ui::lazy::LocalFuture<Option<crate::ui::CatalogueHandle>> {
    Box::pin(async move {
        let base = session.base.clone();
        let whole = base.made_whole(complete).ok()?;
        if base.is_partial() {
            session
                .dispatch(crate::state::session::SessionAction::WholeLoaded { from: base, catalogue: whole.clone() });
        }
        // Then every occupation of the classification, for the target and previous-job searches.
        let read = crate::ui::spine::SPINE.load().await.ok()?;
        let spine = read(&whole)?;
        let with_spine = whole.whole_if_made().and_then(|w| (spine.0)(&w)).map(crate::ui::CatalogueHandle::new)?;
        session.dispatch(crate::state::session::SessionAction::SpineLoaded { from: whole, spine });
        Some(with_spine)
    })
}

crate::on_demand! {
    /// Making the whole catalogue: its code and the rest's bytes, in the chunk the result, the
    /// suggestions and the English merge share.
    pub(crate) static MADE_WHOLE: Lazy<MadeWhole> = whole_chunk => made_whole;
}

/// Once a person starts to use the page (a touch, a click, a key or a focus anywhere), fetches
/// what the first load leaves for then: the pictures of the lists and "read to me" for the steps
/// (shown from the next render), and, while the session's catalogue is the page's own and lacks
/// them, the rest, which makes it whole, so the searches know the everyday words and pinyin by
/// the time they are typed (until then they find terms by their names), then the spine. A page
/// nobody touches (a first visit's measurement, a kiosk at rest) fetches nothing.
#[hook]
pub fn use_whole_on_first_use(session: UseReducerHandle<crate::ui::SessionState>) {
    // The page's own catalogue (its file is the first part, also once made whole or in English;
    // a catalogue a counsellor loads is whole and has its own occupations) without the spine.
    let wanted = session.file.partial && session.spine.is_none();
    use_effect_with(wanted, move |&partial| {
        let started = std::rc::Rc::new(std::cell::Cell::new(false));
        let document = gloo::utils::document();
        let mut listeners = Vec::new();
        for kind in ["pointerdown", "keydown", "focusin"] {
            let (session, started) = (session.clone(), started.clone());
            let options = gloo::events::EventListenerOptions::run_in_capture_phase();
            listeners.push(gloo::events::EventListener::new_with_options(&document, kind, options, move |_| {
                if started.replace(true) {
                    return;
                }
                // What fails to arrive (offline before the service worker kept it) is asked for
                // again at the next touch or key, and a part that needs a chunk offers to.
                // The pictures and the steps' "read to me" are fetched alongside the rest, not
                // before it: the searches wait for the rest.
                let extras_started = started.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let pictures = crate::ui::pictogram::PICTURES.load().await.is_ok();
                    if !(pictures && crate::ui::read_aloud::STEP_READ.load().await.is_ok()) {
                        extras_started.set(false);
                    }
                });
                if !partial {
                    return;
                }
                let (session, started) = (session.clone(), started.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let Ok(made_whole) = MADE_WHOLE.load().await else {
                        started.set(false);
                        return;
                    };
                    // The validation of the rest is a task of its own, after the event's.
                    crate::ui::prefs::next_task(move || {
                        wasm_bindgen_futures::spawn_local(async move {
                            made_whole(session).await;
                        })
                    });
                });
            }));
        }
        move || drop(listeners)
    });
}
