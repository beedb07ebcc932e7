//! The root component: language switch, the loaded catalogue and the assessment, kept together
//! in one session reducer so that the assessment never refers to another catalogue's indices.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::format::CatalogueFile;
#[cfg(feature = "tools")]
use crate::domain::upload::Loaded;
use crate::domain::{Catalogue, CatalogueError, Lang};
use crate::i18n::{dropped_summary, notice_text, t, Msg};
use crate::state::export::{export, export_json, AssessmentError, AssessmentExport};
use crate::state::kiosk::KioskTimes;
use crate::state::restore::{open, Notice, Startup, SET_ASIDE_KEY, STORAGE_KEY};
use crate::state::{AssessmentAction, AssessmentState};
use crate::ui::{use_english_half, English, EnglishStatus, WantEnglish};
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

/// The loaded catalogue (with its file, for importers that amend it) and the assessment.
#[derive(Clone, PartialEq)]
pub struct Session {
    pub catalogue: CatalogueHandle,
    pub file: Rc<CatalogueFile>,
    pub assessment: AssessmentState,
    /// Ids the last catalogue change removed from the assessment.
    pub dropped: Vec<String>,
    /// Earlier assessments, newest last, for undo (at most [`UNDO_DEPTH`]).
    pub history: Vec<AssessmentState>,
    /// True once the start-up effect has looked for a share link or a saved copy; nothing is
    /// saved before, so the empty first render never overwrites a saved assessment.
    pub ready: bool,
    /// False on a public kiosk (`?mode=kiosk`): nothing is written to storage.
    pub persist: bool,
    pub notice: Option<Notice>,
    /// Counts "forget" presses, so an effect clears storage each time.
    pub forgets: u32,
    /// True once the person changed something here. Only then is the assessment saved: opening
    /// a share link (good or broken) never overwrites or deletes the copy saved on the device.
    pub dirty: bool,
    /// The saved copy could not be read at start-up (its reader could not be fetched): nothing
    /// is saved over it until the page is reloaded.
    pub held: bool,
    /// Whether the catalogue's English texts are here (the public page loads them when a person
    /// switches to English).
    pub english: English,
    /// True once a search in Latin letters found nothing: the English half may answer it.
    pub english_wanted: bool,
}

/// How many steps can be undone.
pub const UNDO_DEPTH: usize = 30;

pub enum SessionAction {
    Assess(AssessmentAction),
    /// Goes back to the assessment before the last change.
    Undo,
    /// Switch to another catalogue, carrying the assessment over by id.
    Load(CatalogueHandle, Rc<CatalogueFile>),
    /// What the start-up effect found (see `state::restore::startup`).
    Started(Startup, bool),
    /// An assessment file the person chose, read (not yet restored).
    Open(Result<AssessmentExport, AssessmentError>),
    /// Forgets the assessment (the effect clears storage).
    Forget,
    SaveFailed,
    Dismiss,
    /// The English half of the catalogue was asked for.
    EnglishLoading,
    /// The catalogue `from` with its English texts: `catalogue`, built from `file`.
    EnglishLoaded {
        from: Rc<CatalogueFile>,
        catalogue: CatalogueHandle,
        file: Rc<CatalogueFile>,
    },
    /// The English half could not be had (`outdated`: it belongs to another build of the page);
    /// [`SessionAction::EnglishRetry`] asks again.
    EnglishFailed {
        outdated: bool,
    },
    EnglishRetry,
    /// A search could use the English half (see `ui::english::use_english_for_latin_queries`).
    EnglishWanted,
}

impl Reducible for Session {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        match action {
            SessionAction::Assess(a) => {
                let assessment = self.assessment.apply(a);
                if assessment == self.assessment {
                    return self;
                }
                let mut history = self.history.clone();
                history.push(self.assessment.clone());
                if history.len() > UNDO_DEPTH {
                    history.remove(0);
                }
                Rc::new(Session {
                    assessment,
                    dropped: Vec::new(),
                    history,
                    notice: None,
                    dirty: true,
                    ..(*self).clone()
                })
            }
            SessionAction::Undo => {
                let mut history = self.history.clone();
                match history.pop() {
                    Some(assessment) => {
                        Rc::new(Session { assessment, history, dropped: Vec::new(), dirty: true, ..(*self).clone() })
                    }
                    None => self,
                }
            }
            SessionAction::Load(catalogue, file) => {
                let (assessment, dropped) = self.assessment.remap(&self.catalogue, &catalogue);
                // Indices of the old catalogue mean nothing in the new one: history starts again.
                // A loaded catalogue is whole: no English half is fetched for it.
                Rc::new(Session {
                    catalogue,
                    file,
                    assessment,
                    dropped,
                    history: Vec::new(),
                    english: English::Complete,
                    ..(*self).clone()
                })
            }
            // Once: a reader that arrives after the start-up gave up changes nothing.
            SessionAction::Started(..) if self.ready => self,
            SessionAction::Started(start, persist) => {
                let mut next =
                    Session { notice: start.notice, ready: true, persist, held: start.held, ..(*self).clone() };
                if let Some(state) = start.state {
                    // What the person entered while the reader loaded stays one undo away, and
                    // the opened assessment is not a change of theirs: a share link opened now
                    // never overwrites the copy saved on the device.
                    if self.dirty {
                        next.history.push(std::mem::replace(&mut next.assessment, state));
                        if next.history.len() > UNDO_DEPTH {
                            next.history.remove(0);
                        }
                    } else {
                        next.assessment = state;
                    }
                    next.dirty = false;
                }
                Rc::new(next)
            }
            SessionAction::Open(file) => {
                let (state, notice) = open(file, &self.catalogue, Notice::FileOpened, Notice::FileBroken);
                let mut next = Session { notice: Some(notice), dropped: Vec::new(), ..(*self).clone() };
                if let Some(state) = state {
                    next.dirty = true;
                    next.history.push(std::mem::replace(&mut next.assessment, state));
                    if next.history.len() > UNDO_DEPTH {
                        next.history.remove(0);
                    }
                }
                Rc::new(next)
            }
            SessionAction::Forget => Rc::new(Session {
                assessment: AssessmentState::default(),
                history: Vec::new(),
                dropped: Vec::new(),
                notice: Some(Notice::Forgotten),
                forgets: self.forgets + 1,
                dirty: false,
                ..(*self).clone()
            }),
            SessionAction::SaveFailed => Rc::new(Session { notice: Some(Notice::SaveFailed), ..(*self).clone() }),
            SessionAction::Dismiss => Rc::new(Session { notice: None, ..(*self).clone() }),
            // Each step only from the one before it: a second click or a late answer changes nothing.
            SessionAction::EnglishLoading if self.english == English::Missing => {
                Rc::new(Session { english: English::Loading, ..(*self).clone() })
            }
            SessionAction::EnglishFailed { outdated } if self.english == English::Loading => Rc::new(Session {
                english: if outdated { English::Outdated } else { English::Failed },
                ..(*self).clone()
            }),
            SessionAction::EnglishRetry if self.english == English::Failed => {
                Rc::new(Session { english: English::Missing, ..(*self).clone() })
            }
            SessionAction::EnglishLoading | SessionAction::EnglishFailed { .. } | SessionAction::EnglishRetry => self,
            SessionAction::EnglishWanted if self.english == English::Missing && !self.english_wanted => {
                Rc::new(Session { english_wanted: true, ..(*self).clone() })
            }
            SessionAction::EnglishWanted => self,
            // Only onto the catalogue it was made from (not one loaded meanwhile), and only when
            // every entry stands where it stood: indices, undo history and all carry over.
            SessionAction::EnglishLoaded { from, catalogue, file }
                if self.english == English::Loading
                    && Rc::ptr_eq(&from, &self.file)
                    && same_entries(&self.catalogue, &catalogue) =>
            {
                Rc::new(Session { catalogue, file, english: English::Complete, ..(*self).clone() })
            }
            SessionAction::EnglishLoaded { .. } => self,
        }
    }
}

/// Whether two catalogues list the same skills, occupations, origins and courses in the same
/// order (so that the indices of one mean the same in the other). A first part
/// ([`CatalogueHandle::is_partial`]) has no courses yet: any courses of `b` fit it.
fn same_entries(a: &CatalogueHandle, b: &Catalogue) -> bool {
    a.skills.iter().map(|x| &x.id).eq(b.skills.iter().map(|x| &x.id))
        && a.occupations.iter().map(|x| &x.id).eq(b.occupations.iter().map(|x| &x.id))
        && a.origins.iter().map(|x| &x.id).eq(b.origins.iter().map(|x| &x.id))
        && (a.is_partial() || a.courses.iter().map(|x| &x.id).eq(b.courses.iter().map(|x| &x.id)))
}

/// Parses the embedded default catalogue at once (tests, and the fallback when the stepwise
/// load in `ui::boot` failed: this reports the same errors).
pub fn default_session() -> Result<Session, Vec<CatalogueError>> {
    let (_, file) = crate::first_load_file()?;
    let catalogue = crate::first_load_catalogue(&file, crate::domain::catalogue::TermPinyin::of(&file))?;
    Ok(Session::first_load(catalogue, file))
}

impl Session {
    /// A session on `catalogue` (built from `file`) with an empty assessment.
    pub fn fresh(catalogue: Catalogue, file: CatalogueFile) -> Session {
        let file = Rc::new(file);
        Session {
            catalogue: CatalogueHandle::of_file(catalogue, &file),
            file,
            assessment: AssessmentState::default(),
            dropped: Vec::new(),
            history: Vec::new(),
            ready: false,
            persist: false,
            notice: None,
            forgets: 0,
            dirty: false,
            held: false,
            english: English::Complete,
            english_wanted: false,
        }
    }

    /// A session on the catalogue the page embeds: on the public page its English half is still
    /// to come.
    pub fn first_load(catalogue: Catalogue, file: CatalogueFile) -> Session {
        let english = if cfg!(feature = "tools") { English::Complete } else { English::Missing };
        Session { english, ..Session::fresh(catalogue, file) }
    }
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
                    Ok(session) if props.cohort => html! { <CohortView catalogue={session.catalogue.clone()} /> },
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
fn save(session: &UseReducerHandle<Session>, assessment: &AssessmentState, json: &str) {
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
        use_reducer(move || (*initial).clone())
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
            d.dispatch(SessionAction::Load(CatalogueHandle::new(loaded.catalogue), Rc::new(loaded.file)))
        })
    }))
    .clone();
    #[cfg(feature = "tools")]
    let on_restore = (*use_memo(dispatcher.clone(), |d| {
        let d = d.clone();
        Callback::from(move |_| {
            if let Ok(s) = default_session() {
                d.dispatch(SessionAction::Load(s.catalogue, s.file));
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
fn start_session(session: &UseReducerHandle<Session>, persist: bool) {
    let window = gloo::utils::window();
    let fragment = window.location().hash().unwrap_or_default();
    let storage = window.local_storage().ok().flatten();
    let stored = if persist { storage.as_ref().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) } else { None };
    let link = crate::state::share::is_share_link(&fragment);
    if !link && stored.is_none() {
        session.dispatch(SessionAction::Started(Startup::default(), persist));
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
            session.dispatch(SessionAction::Started(start, persist));
        }
    };
    {
        let give_up = give_up.clone();
        gloo::timers::callback::Timeout::new(crate::ui::lazy::STALL_MS, give_up).forget();
    }
    let session = session.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(read) = crate::ui::reading::STARTUP.load().await else { return give_up() };
        let start = read(&session.catalogue, &fragment, stored.as_deref());
        if link {
            clear_fragment();
        }
        if let (true, Some(storage), Some(text)) = (start.set_aside, &storage, &stored) {
            let _ = storage.set_item(SET_ASIDE_KEY, text);
            let _ = storage.remove_item(STORAGE_KEY);
        }
        session.dispatch(SessionAction::Started(start, persist));
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
