//! "Read to me" (读给我听): the result said aloud by the browser's own speech synthesis, in
//! short sentences written for the ear (`i18n::spoken`). Only a voice the browser says runs on
//! the device (`localService`) is used, so no word leaves it; where the page's language has no
//! such voice the button is not shown. Pause, stop and a slower pace; leaving the result (a kiosk's
//! reset, another target) stops it. Its code is in the result's chunk.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::Lang;
use crate::i18n::{t, PartMsg};
use crate::ui::use_lang;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// What to say, a sentence each.
    pub sentences: Rc<Vec<String>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Saying {
    Idle,
    Speaking,
    Paused,
}

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// The voice to use for `lang`: one that runs on the device, the browser's default among them
/// first, a mainland one first for Chinese.
fn local_voice(lang: Lang) -> Option<web_sys::SpeechSynthesisVoice> {
    let prefix = match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    };
    let voices: Vec<web_sys::SpeechSynthesisVoice> =
        synthesis()?.get_voices().iter().map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>()).collect();
    let mut fitting: Vec<web_sys::SpeechSynthesisVoice> = voices
        .into_iter()
        .filter(|v| v.local_service() && v.lang().to_lowercase().replace('_', "-").starts_with(prefix))
        .collect();
    crate::domain::order::sort_by_key(&mut fitting, |v| {
        let tag = v.lang().to_lowercase().replace('_', "-");
        (!v.default(), !(tag == "zh-cn" || tag == "en-gb" || tag == "en-us"))
    });
    fitting.into_iter().next()
}

#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let lang = use_lang();
    // Whether the device has a voice for the language: looked for in an effect (the browser's
    // speech is not there when rendering to a string).
    let has_voice = use_state(|| false);
    let saying = use_state(|| Saying::Idle);
    let slow = use_state(|| false);
    // Voices often arrive after the page: look again when the browser says they changed, and
    // when the language does.
    {
        let has_voice = has_voice.clone();
        use_effect_with(lang, move |&lang| {
            has_voice.set(local_voice(lang).is_some());
            let listener = synthesis().map(|s| {
                let has_voice = has_voice.clone();
                gloo::events::EventListener::new(&s, "voiceschanged", move |_| {
                    has_voice.set(local_voice(lang).is_some());
                })
            });
            move || drop(listener)
        });
    }
    // Leaving the result, or the language or what to say changing, stops the voice.
    {
        let saying = saying.clone();
        use_effect_with((lang, props.sentences.clone()), move |_| {
            move || {
                if let Some(s) = synthesis() {
                    s.cancel();
                }
                saying.set(Saying::Idle);
            }
        });
    }
    if !*has_voice {
        return html! {};
    }

    let start = {
        let (saying, sentences, slow) = (saying.clone(), props.sentences.clone(), *slow);
        Callback::from(move |_: MouseEvent| {
            let (Some(s), Some(v)) = (synthesis(), local_voice(lang)) else { return };
            s.cancel();
            let tag = match lang {
                Lang::Zh => "zh-CN",
                Lang::En => "en-GB",
            };
            let last = sentences.len().saturating_sub(1);
            for (i, sentence) in sentences.iter().enumerate() {
                let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(sentence) else { return };
                u.set_lang(tag);
                u.set_voice(Some(&v));
                u.set_rate(if slow { 0.7 } else { 0.95 });
                if i == last {
                    let saying = saying.clone();
                    let done = wasm_bindgen::closure::Closure::once_into_js(move || saying.set(Saying::Idle));
                    u.set_onend(Some(done.unchecked_ref()));
                }
                s.speak(&u);
            }
            saying.set(Saying::Speaking);
        })
    };
    let pause = {
        let saying = saying.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(s) = synthesis() else { return };
            if *saying == Saying::Paused {
                s.resume();
                saying.set(Saying::Speaking);
            } else {
                s.pause();
                saying.set(Saying::Paused);
            }
        })
    };
    let stop = {
        let saying = saying.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = synthesis() {
                s.cancel();
            }
            saying.set(Saying::Idle);
        })
    };
    let toggle_slow = {
        let slow = slow.clone();
        Callback::from(move |_: MouseEvent| slow.set(!*slow))
    };
    html! {
        <div class="read-aloud no-print" role="group" aria-label={t(lang, PartMsg::ReadAloud)}>
            if *saying == Saying::Idle {
                <button type="button" class="button read-aloud__start" onclick={start}>
                    <span aria-hidden="true">{ "🔊 " }</span>{ t(lang, PartMsg::ReadAloud) }
                </button>
            } else {
                <button type="button" class="button" onclick={pause}>
                    { t(lang, if *saying == Saying::Paused { PartMsg::ReadResume } else { PartMsg::ReadPause }) }
                </button>
                <button type="button" class="button" onclick={stop}>{ t(lang, PartMsg::ReadStop) }</button>
            }
            <button type="button" class="button button--small" aria-pressed={if *slow { "true" } else { "false" }} onclick={toggle_slow}>
                { t(lang, PartMsg::ReadSlower) }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepReadProps {
    /// 1: your skills, 2: the job you want, 3: when and where.
    pub step: u8,
}

#[component]
fn StepRead(props: &StepReadProps) -> Html {
    let lang = use_lang();
    let sentences = Rc::new(crate::i18n::spoken::step_sentences(lang, props.step));
    html! { <ReadAloud {sentences} /> }
}

fn step_view(props: &StepReadProps) -> Html {
    html! { <StepRead step={props.step} /> }
}

crate::on_demand! {
    /// "Read to me" for a step of the page: its code and words load when a person first touches
    /// the page (`ui::whole::use_whole_on_first_use`).
    pub static STEP_READ: Lazy<crate::ui::lazy::View<StepReadProps>> = step_read_chunk => step_view;
}

/// "Read to me" for `step` once its code is here (from the render after a person first touched
/// the page); nothing before.
pub fn step_read_if_loaded(step: u8) -> Html {
    match STEP_READ.loaded() {
        Some(view) => view(&StepReadProps { step }),
        None => html! {},
    }
}
