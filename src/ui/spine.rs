//! Every occupation of the national classification on the public page (`domain::spine`).
//!
//! The spine's names, other names and requirements come in a chunk of their own ([`SPINE`]),
//! fetched after the catalogue's rest at the first use of the page; the session then adds them
//! to its catalogue (`SessionAction::SpineLoaded`), and the target and previous-job searches
//! find every detailed occupation. The official definition and tasks of a derived occupation
//! come from its group's small file when its result is shown ([`OfficialTasks`]).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::spine::{group_of, read_details, Details};
use crate::domain::OccupationIdx;
use crate::i18n::{t, PartMsg};
use crate::state::session::SpineAdder;
use crate::ui::{use_lang, use_whole};

/// What adds the spine to a whole catalogue (`None` for a damaged page: the spine and the first
/// part come from one build, and a test reads them together). In the spine's chunk, with the
/// spine's bytes; the whole chunk asks for it once the catalogue is whole (`ui::whole`).
pub type ReadSpine = fn(&crate::domain::Terms) -> Option<SpineAdder>;

fn read_spine(first: &crate::domain::Terms) -> Option<SpineAdder> {
    let spine = match crate::embedded_spine(first) {
        Ok(spine) => spine,
        Err(e) => {
            web_sys::console::warn_1(&format!("spine: {}", e.message(crate::domain::Lang::En)).into());
            return None;
        }
    };
    Some(SpineAdder(Rc::new(move |catalogue: &crate::domain::Catalogue| catalogue.with_spine(&spine).ok())))
}

crate::on_demand! {
    /// The spine's bytes and the code that adds them to a catalogue.
    pub static SPINE: Lazy<ReadSpine> = spine_chunk => read_spine;
}

/// The folder of the groups' files, beside the page.
pub const GROUPS: &str = "spine";

thread_local! {
    /// The groups' files fetched so far, with their group (a few at most in a session).
    static FETCHED: RefCell<Vec<(String, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

#[derive(Clone, PartialEq)]
enum Fetch {
    Loading,
    Here(Option<Details>),
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct OfficialTasksProps {
    pub occupation: OccupationIdx,
}

/// For an occupation whose requirements come from its official tasks: says so, and shows its
/// official definition and tasks (the catalogue's, or else fetched from its group's file).
#[component]
pub fn OfficialTasks(props: &OfficialTasksProps) -> Html {
    let lang = use_lang();
    let catalogue = use_whole();
    let occupation = catalogue.as_ref().map(|c| c.occupation(props.occupation));
    let fetched = use_state(|| Fetch::Loading);
    let attempt = use_state(|| 0u32);
    {
        let fetched = fetched.clone();
        // The group's file is fetched only where the catalogue lacks the tasks (the public page).
        let code = occupation.filter(|o| o.tasks.is_empty()).map(|o| o.code.clone());
        use_effect_with((code, *attempt), move |(code, _)| {
            let Some(code) = code.clone() else { return };
            fetched.set(Fetch::Loading);
            let group = group_of(&code).to_owned();
            wasm_bindgen_futures::spawn_local(async move {
                let fingerprint = crate::first_load_fingerprint();
                let kept = FETCHED.with(|f| f.borrow().iter().find(|(g, _)| *g == group).map(|(_, text)| text.clone()));
                let text = match kept {
                    Some(text) => Ok(text),
                    None => {
                        let address = format!("{GROUPS}/{group}.txt?v={fingerprint:016x}");
                        crate::ui::english::fetch_text(&address).await.map(|text| {
                            let text: Rc<str> = text.into();
                            FETCHED.with(|f| f.borrow_mut().push((group.clone(), text.clone())));
                            text
                        })
                    }
                };
                fetched.set(match text.map(|text| read_details(&text, fingerprint, &code)) {
                    Ok(Ok(details)) => Fetch::Here(details),
                    Ok(Err(e)) => {
                        web_sys::console::warn_1(&format!("{GROUPS}/{group}.txt: {e}").into());
                        Fetch::Failed
                    }
                    Err(e) => {
                        web_sys::console::warn_1(&format!("{GROUPS}/{group}.txt: {e}").into());
                        Fetch::Failed
                    }
                });
            });
        });
    }
    let Some(occupation) = occupation else { return html! {} };
    let details = if occupation.tasks.is_empty() {
        (*fetched).clone()
    } else {
        Fetch::Here(Some(Details { definition: occupation.description.zh.clone(), tasks: occupation.tasks.clone() }))
    };
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    html! {
        <section class="official" aria-labelledby="official-title">
            <p class="notice official__note" role="note">{ t(lang, PartMsg::DerivedNote) }</p>
            if occupation.requires.is_empty() {
                <p class="official__none">{ t(lang, PartMsg::DerivedNone) }</p>
            }
            <h3 id="official-title">{ t(lang, PartMsg::OfficialTitle) }</h3>
            {
                match details {
                    Fetch::Loading => html! { <p class="hint" role="status">{ t(lang, PartMsg::OfficialLoading) }</p> },
                    Fetch::Failed => html! {
                        <p role="alert">
                            { t(lang, PartMsg::OfficialFailed) }{ " " }
                            <button type="button" class="button button--small" onclick={retry}>{ t(lang, PartMsg::OfficialRetry) }</button>
                        </p>
                    },
                    Fetch::Here(None) => html! { <p>{ t(lang, PartMsg::OfficialMissing) }</p> },
                    Fetch::Here(Some(d)) => html! {
                        <div lang="zh-CN">
                            if !d.definition.is_empty() {
                                <p class="hint">{ d.definition }</p>
                            }
                            if d.tasks.is_empty() {
                                <p>{ t(lang, PartMsg::OfficialMissing) }</p>
                            } else {
                                <ol class="official__tasks">{ for d.tasks.into_iter().map(|task| html! { <li>{ task }</li> }) }</ol>
                            }
                        </div>
                    },
                }
            }
        </section>
    }
}
