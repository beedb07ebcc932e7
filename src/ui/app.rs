//! The root component: language switch, the loaded catalogue and the assessment, kept together
//! in one session reducer so that the assessment never refers to another catalogue's indices.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::format::CatalogueFile;
#[cfg(feature = "tools")]
use crate::domain::upload::Loaded;
use crate::domain::{CatalogueError, Lang};
use crate::i18n::{dropped_summary, notice_text, t, Msg};
use crate::state::export::{export, export_json};
use crate::state::kiosk::KioskTimes;
use crate::state::restore::{Notice, Startup, SET_ASIDE_KEY, STORAGE_KEY};
use crate::state::session::{English, Session, SessionAction};
use crate::state::{AssessmentAction, AssessmentState};
use crate::ui::{use_english_half, EnglishStatus, WantEnglish};
use crate::ui::{Assessment, CatalogueHandle, KioskGuard};
#[cfg(feature = "tools")]
use crate::ui::{CohortView, CounsellorPanel, DataPanel};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The interface language at start (Chinese unless a test or a saved choice says otherwise).
    #[prop_or_default]
    pub lang: Lang,
    /// Larger text for people with poor eyesight.
    #[prop_or_default]
    pub large_text: bool,
    /// A public kiosk (`?mode=kiosk`): nothing is stored, and the screen resets when idle.
    #[prop_or_default]
    pub kiosk: bool,
    /// Counsellor mode (`tools/?mode=counsellor`): notes and the device's list of saved
    /// assessments. Only the `tools` build shows it; the public page sends the address there.
    #[prop_or_default]
    pub counsellor: bool,
    /// The cohort view (`tools/?mode=cohort`) instead of one assessment (`tools` build only).
    #[prop_or_default]
    pub cohort: bool,
    /// The kiosk's idle and warning times.
    #[prop_or_default]
    pub kiosk_times: KioskTimes,
    /// The default catalogue, already loaded step by step (`ui::boot`); without it the app
    /// parses the catalogue itself in its first render.
    #[prop_or_default]
    pub preloaded: Option<Rc<Session>>,
}

/// The session (`state::session`) as a Yew reducer: the reducing is the core's
/// [`Session::reduce`]; this only lets `use_reducer` hold it.
#[derive(Clone, PartialEq)]
pub struct SessionState(pub Rc<Session>);

impl std::ops::Deref for SessionState {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.0
    }
}

impl Reducible for SessionState {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let next = self.0.clone().reduce(action);
        if Rc::ptr_eq(&next, &self.0) {
            self
        } else {
            Rc::new(SessionState(next))
        }
    }
}

/// Reads the embedded default catalogue at once (tests, and the fallback when the stepwise
/// load in `ui::boot` failed: this reports the same errors).
pub fn default_session() -> Result<Session, Vec<CatalogueError>> {
    let (_, file) = crate::first_load_file()?;
    let catalogue = crate::first_load_catalogue(&file, crate::domain::catalogue::TermPinyin::of(&file))?;
    Ok(first_load_session(catalogue, file))
}

/// A session on the catalogue the page embeds: on the public page its English half is still
/// to come.
pub fn first_load_session(catalogue: CatalogueHandle, file: CatalogueFile) -> Session {
    let english = if cfg!(feature = "tools") { English::Complete } else { English::Missing };
    Session { english, ..Session::fresh(catalogue, file) }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = use_state_eq(|| props.lang);
    let large_text = use_state_eq(|| props.large_text);
    // A kiosk reset starts a new session view (every component's state discarded).
    let generation = use_state_eq(|| 0u32);
    // Parsed once; a language switch re-renders without parsing again.
    let initial = {
        let preloaded = props.preloaded.clone();
        use_memo((), move |_| match preloaded {
            Some(session) => Ok(session),
            None => default_session().map(Rc::new),
        })
    };

    // The document's `lang` attribute and text size follow the choices (browser only: effects do
    // not run when rendering to a string).
    use_effect_with((*lang, *large_text), |&(lang, large)| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
            let _ = root.class_list().toggle_with_force("large-text", large);
        }
    });
    use_effect_with(props.kiosk, |&kiosk| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.class_list().toggle_with_force("kiosk", kiosk);
        }
    });

    // A choice the person makes is remembered where storage is allowed (never on a kiosk).
    let switch = {
        let (lang, large_text, kiosk) = (lang.clone(), large_text.clone(), props.kiosk);
        Callback::from(move |_| {
            let next = lang.other();
            lang.set(next);
            crate::ui::prefs::write(kiosk, next, *large_text);
        })
    };
    let toggle_large = {
        let (lang, large_text, kiosk) = (lang.clone(), large_text.clone(), props.kiosk);
        Callback::from(move |_| {
            let next = !*large_text;
            large_text.set(next);
            crate::ui::prefs::write(kiosk, *lang, next);
        })
    };

    let on_kiosk_reset = {
        let (lang, large_text, generation) = (lang.clone(), large_text.clone(), generation.clone());
        Callback::from(move |_: ()| {
            wipe_device();
            lang.set(Lang::Zh);
            large_text.set(false);
            generation.set(*generation + 1);
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        })
    };

    html! {
        <ContextProvider<Lang> context={*lang}>
            if props.kiosk {
                <KioskGuard times={props.kiosk_times} on_reset={on_kiosk_reset} />
            }
            <header class="app-header">
                <div class="app-header__text">
                    <h1>{ t(*lang, Msg::AppTitle) }</h1>
                    <p class="tagline">{ t(*lang, Msg::AppTagline) }</p>
                </div>
                <div class="app-header__tools">
                    <button type="button" class="lang-switch" aria-pressed={if *large_text { "true" } else { "false" }} onclick={toggle_large}>
                        { t(*lang, Msg::LargeText) }
                    </button>
                    <button type="button" class="lang-switch" lang={lang.other().tag()} onclick={switch}>
                        { t(*lang, Msg::SwitchLanguage) }
                    </button>
                </div>
            </header>
            {
                match &*initial {
                    #[cfg(feature = "tools")]
                    // The counsellors' page loads a whole catalogue.
                    Ok(session) if props.cohort => match session.catalogue.whole_if_made() {
                        Some(catalogue) => html! { <CohortView {catalogue} /> },
                        None => html! {},
                    },
                    Ok(session) => html! { <SessionView key={*generation} initial={session.clone()} kiosk={props.kiosk} counsellor={props.counsellor} /> },
                    Err(errors) => html! {
                        <div class="error-panel" role="alert">
                            <p>{ t(*lang, Msg::CatalogueError) }</p>
                            <ul>{ for errors.iter().take(20).map(|e| html! { <li>{ e.message(*lang) }</li> }) }</ul>
                        </div>
                    },
                }
            }
            <footer class="app-footer"><p>{ t(*lang, Msg::Disclaimer) }</p></footer>
        </ContextProvider<Lang>>
    }
}

#[derive(Properties)]
struct SessionViewProps {
    initial: Rc<Session>,
    kiosk: bool,
    counsellor: bool,
}

impl PartialEq for SessionViewProps {
    fn eq(&self, _: &Self) -> bool {
        true // the initial session is only read once
    }
}

/// Saves `json` (the export of `assessment`) on this device, or removes the saved copy when the
/// assessment is empty; reports a failure to the session.
fn save(session: &UseReducerHandle<SessionState>, assessment: &AssessmentState, json: &str) {
    let Some(storage) = gloo::utils::window().local_storage().ok().flatten() else {
        session.dispatch(SessionAction::SaveFailed);
        return;
    };
    let saved = if *assessment == AssessmentState::default() {
        storage.remove_item(STORAGE_KEY)
    } else {
        storage.set_item(STORAGE_KEY, json)
    };
    if saved.is_err() {
        session.dispatch(SessionAction::SaveFailed);
    }
}

/// Holds the session reducer; re-renders of `App` (language switch) keep it.
#[component]
fn SessionView(props: &SessionViewProps) -> Html {
    let lang = crate::ui::use_lang();
    let session = {
        let initial = props.initial.clone();
        use_reducer(move || SessionState(initial))
    };
    // Start-up: a share link in the address wins, else the copy saved on this device (never on
    // a kiosk). The link leaves the address bar once read; a damaged saved copy is set aside.
    {
        let session = session.clone();
        // Auto-saving is for a person's own device: never at a kiosk, and not in counsellor mode,
        // where each worker's assessment is saved only with consent (the saved list).
        let persist = !props.kiosk && !props.counsellor;
        // In a task of its own, so the first render of the page stays one short task on a phone.
        use_effect_with((), move |_| crate::ui::prefs::next_task(move || start_session(&session, persist)));
    }
    // After every change: save on a personal device, and keep an export of the assessment for the
    // recovery screen (effects: reducers do no I/O). One JSON encoding serves both.
    // `?selftest=panic` fails on purpose so support staff and the tests can see the recovery screen.
    {
        let session = session.clone();
        use_effect_with(
            (session.assessment.clone(), session.ready && session.dirty, session.persist && !session.held),
            move |(assessment, ready, persist)| {
                let json = export_json(assessment, &session.catalogue);
                if *ready && *persist {
                    save(&session, assessment, &json);
                }
                crate::ui::recovery::remember(json);
                let search = gloo::utils::window().location().search().unwrap_or_default();
                if search.contains("selftest=panic") && !assessment.profile.is_empty() {
                    panic!("self-test: the recovery screen was asked for");
                }
            },
        );
    }
    // The English half of the public page's catalogue, once the language is English or a search
    // in Latin letters found nothing; a kiosk fetches it at once, so that the service worker
    // keeps it (from the kiosk's second load on, once the worker controls the page) for a
    // visitor who wants English while the hall's network is down. A kiosk reset starts from the
    // Chinese half again and takes the English half from the worker's cache.
    use_english_half(lang == Lang::En || props.kiosk || session.english_wanted, session.clone());
    crate::ui::whole::use_whole_on_first_use(session.clone());
    // "Forget": clear everything this app keeps on the device (the assessment, a set-aside copy,
    // the display choices) and any link in the address.
    use_effect_with(session.forgets, |forgets| {
        if *forgets > 0 {
            wipe_device();
        }
    });
    // Callbacks made once (the dispatcher never changes), so that children whose other props are
    // the same are not rendered again after every change.
    let dispatcher = session.dispatcher();
    let on_action = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |a: AssessmentAction| d.dispatch(SessionAction::Assess(a)))
    }))
    .clone();
    let on_undo = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |_: ()| d.dispatch(SessionAction::Undo))
    }))
    .clone();
    #[cfg(feature = "tools")]
    let on_loaded = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |loaded: Loaded| {
            d.dispatch(SessionAction::Load {
                catalogue: CatalogueHandle::new(loaded.catalogue),
                file: Rc::new(loaded.file),
            })
        })
    }))
    .clone();
    #[cfg(feature = "tools")]
    let on_restore = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |_| {
            if let Ok(s) = default_session() {
                d.dispatch(SessionAction::Load { catalogue: s.catalogue, file: s.file });
            }
        })
    }))
    .clone();
    let on_forget = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |_: ()| {
            d.dispatch(SessionAction::Forget);
            crate::ui::focus_id("skill-search");
        })
    }))
    .clone();
    let on_open = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |file| d.dispatch(SessionAction::Open(file)))
    }))
    .clone();
    let on_dismiss = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(SessionAction::Dismiss);
            crate::ui::focus_id("step-skills");
        })
    }))
    .clone();
    let on_english_retry = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |_: ()| d.dispatch(SessionAction::EnglishRetry))
    }))
    .clone();
    let want_english = (*use_memo(dispatcher, |d| {
        let d = d.clone();
        WantEnglish(Callback::from(move |_: ()| d.dispatch(SessionAction::EnglishWanted)))
    }))
    .clone();
    // One export per render, shared by the take-away panel and the counsellor panel.
    let exported = export(&session.assessment, &session.catalogue);
    // The counsellors' tools are a build of their own (`tools/`, cargo feature `tools`): the
    // public page links to them instead of making every phone download them.
    #[cfg(feature = "tools")]
    let tools = html! {
        <>
            if props.counsellor {
                <CounsellorPanel catalogue={session.catalogue.clone()} export={exported.clone()}
                    on_action={on_action.clone()} on_open={on_open.clone()} />
            }
            // No file system at a kiosk: catalogue files are for counsellors' own devices.
            if !props.kiosk {
                <DataPanel catalogue={session.catalogue.clone()} file={session.file.clone()} {on_loaded} {on_restore} />
            }
        </>
    };
    #[cfg(not(feature = "tools"))]
    let tools = if props.kiosk {
        Html::default()
    } else {
        html! {
            <aside class="tools-link no-print" aria-labelledby="tools-link">
                <p><a id="tools-link" href="tools/">{ t(lang, Msg::ToolsLink) }</a></p>
                <p class="hint">{ t(lang, Msg::ToolsLinkHint) }</p>
            </aside>
        }
    };
    html! {
        <>
            <EnglishStatus english={session.english} on_retry={on_english_retry} />
            if !session.dropped.is_empty() {
                <p class="notice" role="status">{ dropped_summary(lang, &session.dropped) }</p>
            }
            if let Some(notice) = &session.notice {
                <div class={classes!("notice", notice.is_fault().then_some("notice--fault"))} role={if notice.is_fault() { "alert" } else { "status" }}>
                    <p>{ notice_text(lang, notice) }</p>
                    <button type="button" class="button button--small" onclick={on_dismiss}>{ t(lang, Msg::Dismiss) }</button>
                </div>
            }
            <ContextProvider<WantEnglish> context={want_english}>
                <Assessment catalogue={session.catalogue.clone()} state={session.assessment.clone()} on_action={on_action.clone()}
                    can_undo={!session.history.is_empty()} {on_undo}
                    export={exported} persist={session.persist} held={session.held} kiosk={props.kiosk} {on_forget} {on_open} />
            </ContextProvider<WantEnglish>>
            { tools }
        </>
    }
}

/// What the start-up effect does (see there): reads the address and the saved copy, sets a damaged
/// copy aside, and tells the session what it found.
/// The code that reads a link or a saved copy loads on demand (`ui::reading`): a first visit,
/// with neither, starts at once without it.
fn start_session(session: &UseReducerHandle<SessionState>, persist: bool) {
    let window = gloo::utils::window();
    let fragment = window.location().hash().unwrap_or_default();
    let storage = window.local_storage().ok().flatten();
    let stored = if persist { storage.as_ref().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) } else { None };
    let link = crate::state::share::is_share_link(&fragment);
    if !link && stored.is_none() {
        session.dispatch(SessionAction::Started { startup: Startup::default(), persist });
        return;
    }
    // Offline before the service worker kept the reader, or no answer within the time a part
    // waits for its chunk: the link stays in the address and the copy on the device, and nothing
    // is saved over the copy until a reload. (The first `Started` wins.)
    let give_up = {
        let session = session.clone();
        let held = stored.is_some();
        move || {
            let start = Startup { notice: Some(Notice::NotReadNow { link }), held, ..Startup::default() };
            session.dispatch(SessionAction::Started { startup: start, persist });
        }
    };
    {
        let give_up = give_up.clone();
        gloo::timers::callback::Timeout::new(crate::ui::lazy::STALL_MS, give_up).forget();
    }
    let session = session.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(read) = crate::ui::reading::STARTUP.load().await else { return give_up() };
        let start = read(session.clone(), fragment, stored.clone()).await;
        if link {
            clear_fragment();
        }
        if let (true, Some(storage), Some(text)) = (start.set_aside, &storage, &stored) {
            let _ = storage.set_item(SET_ASIDE_KEY, text);
            let _ = storage.remove_item(STORAGE_KEY);
        }
        session.dispatch(SessionAction::Started { startup: start, persist });
    });
}

/// Removes the `#…` part from the address without reloading or adding a history entry.
fn clear_fragment() {
    let window = gloo::utils::window();
    let location = window.location();
    if location.hash().unwrap_or_default().is_empty() {
        return;
    }
    let url = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Clears everything this app keeps in the browser (the assessment, a set-aside copy, the
/// display choices, session storage) and any link in the address.
fn wipe_device() {
    let window = gloo::utils::window();
    if let Ok(Some(storage)) = window.local_storage() {
        for key in [
            STORAGE_KEY,
            SET_ASIDE_KEY,
            crate::state::saved::SAVED_SET_ASIDE_KEY,
            crate::ui::prefs::LANG_KEY,
            crate::ui::prefs::LARGE_TEXT_KEY,
        ] {
            let _ = storage.remove_item(key);
        }
    }
    if let Ok(Some(s)) = window.session_storage() {
        let _ = s.clear();
    }
    clear_fragment();
}
