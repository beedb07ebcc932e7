//! The English half of the public page's catalogue, loaded when a person first switches to
//! English (`domain::english`: the first load carries only the Chinese half). Until it is
//! here, names show in Chinese under a status line; if it cannot be had, an alert says so and
//! offers to try again, and everything else keeps working.

use yew::prelude::*;

use crate::domain::english::parse;
use crate::domain::Lang;
use crate::i18n::{t, Msg};
use crate::state::session::{with_english, English, EnglishFailure, SessionAction};
use crate::ui::{CatalogueHandle, SessionState};

/// The English half's file, next to `index.html`.
pub const ENGLISH_HALF: &str = "catalogue.en.json";

/// The largest English half accepted (the real one is 84 KB).
const MAX_BYTES: usize = 4 * 1024 * 1024;

/// Reads the English half and attaches its texts to the session's catalogue, made whole first
/// (the public page's first part with its embedded rest, `ui::whole::complete`).
type Merge = fn(&CatalogueHandle, u64, &str) -> Result<CatalogueHandle, Failure>;

fn merge(catalogue: &CatalogueHandle, chinese_half: u64, text: &str) -> Result<CatalogueHandle, Failure> {
    let english = parse(text)?;
    with_english(catalogue, crate::ui::whole::complete, chinese_half, &english).map_err(|e| match e {
        EnglishFailure::English(e) => e.into(),
        EnglishFailure::Catalogue(e) => Failure::Other(e.message(Lang::En)),
    })
}

crate::on_demand! {
    /// Reading and merging the English half: in a chunk of its own (`ui::lazy`), fetched with the
    /// half itself, so a person who stays with Chinese never downloads that code.
    static MERGE: Lazy<Merge> = english_chunk => merge;
}

/// Asks for the English half once `wanted` (the language is English, or a kiosk) and the
/// catalogue lacks it, and puts it into the session when it arrives.
#[hook]
pub fn use_english_half(wanted: bool, session: UseReducerHandle<SessionState>) {
    use_effect_with((wanted, session.english), move |&(wanted, english)| {
        if !wanted || english != English::Missing {
            return;
        }
        session.dispatch(SessionAction::EnglishLoading);
        // The catalogue without the spine: the English half holds no text of the spine's
        // occupations (they bring their own), and the session adds them to what it makes.
        let catalogue = session.base.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // Worked out once: it names the build in the address and checks the half that arrives.
            let chinese_half = crate::first_load_fingerprint();
            let address = format!("{ENGLISH_HALF}?v={chinese_half:016x}");
            // The code that reads it is fetched while the half is (the second `load` waits for
            // the same fetch of the chunk).
            wasm_bindgen_futures::spawn_local(async {
                let _ = MERGE.load().await;
            });
            let text = fetch_text(&address).await;
            let merge = MERGE.load().await;
            let loaded = text.map_err(Failure::from).and_then(|text| {
                // The half arrived but the code that reads it did not: the server answers, so
                // most likely this page is older than the site (its chunks' names are gone), and
                // a reload is the answer; a new try would fetch the same missing name.
                let merge = merge.map_err(|_| Failure::Outdated)?;
                merge(&catalogue, chinese_half, &text)
            });
            match loaded {
                Ok(english) => session.dispatch(SessionAction::EnglishLoaded { from: catalogue, catalogue: english }),
                Err(failure) => {
                    web_sys::console::warn_1(&format!("{ENGLISH_HALF}: {}", failure.detail()).into());
                    session.dispatch(SessionAction::EnglishFailed { outdated: matches!(failure, Failure::Outdated) });
                }
            }
        });
    });
}

/// Why the English half could not be used.
enum Failure {
    /// It belongs to another build of the page: reloading helps, trying again does not.
    Outdated,
    Other(String),
}

impl Failure {
    fn detail(&self) -> &str {
        match self {
            Failure::Outdated => "the English half of another build, or its reader gone from the server",
            Failure::Other(detail) => detail,
        }
    }
}

impl From<String> for Failure {
    fn from(detail: String) -> Self {
        Failure::Other(detail)
    }
}

impl From<crate::domain::english::EnglishError> for Failure {
    fn from(e: crate::domain::english::EnglishError) -> Self {
        use crate::domain::english::EnglishError;
        match e {
            EnglishError::OtherBuild | EnglishError::OtherEdition { .. } | EnglishError::WrongCount { .. } => {
                Failure::Outdated
            }
            EnglishError::Malformed(detail) => Failure::Other(detail),
        }
    }
}

/// The text of the file at `address` (same origin), or why not.
pub(crate) async fn fetch_text(address: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let described = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(address)).await.map_err(described)?.dyn_into().map_err(described)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(described)?).await.map_err(described)?;
    let text = text.as_string().ok_or("not text")?;
    if text.len() > MAX_BYTES {
        return Err(format!("{} bytes, more than {MAX_BYTES}", text.len()));
    }
    Ok(text)
}

/// What a component calls to say the English half is wanted (a context the session view gives).
#[derive(Clone, PartialEq)]
pub struct WantEnglish(pub Callback<()>);

/// For a search box: a query in Latin letters that finds nothing may be English, so the English
/// half is asked for (its names and synonyms then answer the same query; pinyin, which is also
/// Latin letters, usually finds something first and asks for nothing). None while the catalogue
/// is a first part: it has no pinyin yet, so such a query is asked again once the whole is here.
#[hook]
pub fn use_english_for_latin_queries() -> Option<Callback<String>> {
    let want = use_context::<WantEnglish>();
    let partial = crate::ui::use_catalogue().is_none_or(|c| c.is_partial());
    (!partial).then(|| {
        Callback::from(move |query: String| {
            if let Some(WantEnglish(want)) = &want {
                if query.bytes().any(|b| b.is_ascii_alphabetic()) {
                    want.emit(());
                }
            }
        })
    })
}

#[derive(Properties, PartialEq)]
pub struct EnglishStatusProps {
    pub english: English,
    pub on_retry: Callback<()>,
}

/// The status line while the English half loads, or what to do when it could not. The live
/// region is always there (empty while there is nothing to say), so screen readers announce
/// what appears in it; after "Try again" focus moves to it. While loading it floats over the
/// page's foot (`english-status--loading`), so its coming and going moves nothing.
#[component]
pub fn EnglishStatus(props: &EnglishStatusProps) -> Html {
    let lang = crate::ui::use_lang();
    let shown = if lang == Lang::En { props.english } else { English::Complete };
    let retry = props.on_retry.reform(|_: MouseEvent| {
        crate::ui::focus_id("english-status");
    });
    let reload = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().location().reload();
    });
    let fault = matches!(shown, English::Failed | English::Outdated);
    html! {
        <div id="english-status" tabindex="-1" role={if fault { "alert" } else { "status" }}
            class={classes!(
                "english-status",
                (shown != English::Complete).then_some("notice"),
                fault.then_some("notice--fault"),
                matches!(shown, English::Missing | English::Loading).then_some("english-status--loading"),
            )}>
            {
                match shown {
                    English::Complete => html! {},
                    English::Missing | English::Loading => html! { <p>{ t(lang, Msg::EnglishLoading) }</p> },
                    English::Failed => html! {
                        <>
                            <p>{ t(lang, Msg::EnglishFailed) }</p>
                            <button type="button" class="button button--small" onclick={retry}>{ t(lang, Msg::TryAgain) }</button>
                        </>
                    },
                    English::Outdated => html! {
                        <>
                            <p>{ t(lang, Msg::EnglishOutdated) }</p>
                            <button type="button" class="button button--small" onclick={reload}>{ t(lang, Msg::Reload) }</button>
                        </>
                    },
                }
            }
        </div>
    }
}
