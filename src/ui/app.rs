//! The root component: language switch, the loaded catalogue and the assessment, kept together
//! in one session reducer so that the assessment never refers to another catalogue's indices.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::format::CatalogueFile;
use crate::domain::upload::Loaded;
use crate::domain::{Catalogue, CatalogueError, Lang};
use crate::i18n::{dropped_summary, t, Msg};
use crate::state::{AssessmentAction, AssessmentState};
use crate::ui::{Assessment, CatalogueHandle, DataPanel};
use crate::DEFAULT_CATALOGUE_JSON;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The interface language at start (Chinese unless a test or a saved choice says otherwise).
    #[prop_or_default]
    pub lang: Lang,
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
}

/// How many steps can be undone.
pub const UNDO_DEPTH: usize = 30;

pub enum SessionAction {
    Assess(AssessmentAction),
    /// Goes back to the assessment before the last change.
    Undo,
    /// Switch to another catalogue, carrying the assessment over by id.
    Load(CatalogueHandle, Rc<CatalogueFile>),
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
                Rc::new(Session { assessment, dropped: Vec::new(), history, ..(*self).clone() })
            }
            SessionAction::Undo => {
                let mut history = self.history.clone();
                match history.pop() {
                    Some(assessment) => {
                        Rc::new(Session { assessment, history, dropped: Vec::new(), ..(*self).clone() })
                    }
                    None => self,
                }
            }
            SessionAction::Load(catalogue, file) => {
                let (assessment, dropped) = self.assessment.remap(&self.catalogue, &catalogue);
                // Indices of the old catalogue mean nothing in the new one: history starts again.
                Rc::new(Session { catalogue, file, assessment, dropped, history: Vec::new() })
            }
        }
    }
}

/// Parses the embedded default catalogue.
pub fn default_session() -> Result<Session, Vec<CatalogueError>> {
    let file: CatalogueFile = serde_json::from_str(DEFAULT_CATALOGUE_JSON).map_err(|e| {
        vec![CatalogueError::new(
            "$",
            crate::domain::CatalogueErrorKind::Syntax { line: e.line(), column: e.column(), detail: e.to_string() },
        )]
    })?;
    let catalogue = Catalogue::from_file(file.clone())?;
    Ok(Session {
        catalogue: CatalogueHandle::new(catalogue),
        file: Rc::new(file),
        assessment: AssessmentState::default(),
        dropped: Vec::new(),
        history: Vec::new(),
    })
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = use_state_eq(|| props.lang);
    // Parsed once; a language switch re-renders without parsing again.
    let initial = use_memo((), |_| default_session().map(Rc::new));

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
            {
                match &*initial {
                    Ok(session) => html! { <SessionView initial={session.clone()} /> },
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
}

impl PartialEq for SessionViewProps {
    fn eq(&self, _: &Self) -> bool {
        true // the initial session is only read once
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
    // Keep an export of the assessment for the recovery screen, after every change (an effect:
    // reducers do no I/O). `?selftest=panic` fails on purpose so support staff and the tests can
    // see the recovery screen.
    {
        let session = session.clone();
        use_effect_with(session.assessment.clone(), move |assessment| {
            crate::ui::recovery::remember(crate::state::export::export_json(assessment, &session.catalogue));
            let search = gloo::utils::window().location().search().unwrap_or_default();
            if search.contains("selftest=panic") && !assessment.profile.is_empty() {
                panic!("self-test: the recovery screen was asked for");
            }
        });
    }
    let on_action = {
        let session = session.clone();
        Callback::from(move |a: AssessmentAction| session.dispatch(SessionAction::Assess(a)))
    };
    let on_undo = {
        let session = session.clone();
        Callback::from(move |_: ()| session.dispatch(SessionAction::Undo))
    };
    let on_loaded = {
        let session = session.clone();
        Callback::from(move |loaded: Loaded| {
            session.dispatch(SessionAction::Load(CatalogueHandle::new(loaded.catalogue), Rc::new(loaded.file)))
        })
    };
    let on_restore = {
        let session = session.clone();
        Callback::from(move |_| {
            if let Ok(s) = default_session() {
                session.dispatch(SessionAction::Load(s.catalogue, s.file));
            }
        })
    };
    html! {
        <>
            if !session.dropped.is_empty() {
                <p class="notice" role="status">{ dropped_summary(lang, &session.dropped) }</p>
            }
            <Assessment catalogue={session.catalogue.clone()} state={session.assessment.clone()} {on_action}
                can_undo={!session.history.is_empty()} {on_undo} />
            <DataPanel catalogue={session.catalogue.clone()} file={session.file.clone()} {on_loaded} {on_restore} />
        </>
    }
}
