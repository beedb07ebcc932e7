//! The kiosk's idle guard: any touch, key or scroll counts as use; after the idle time a warning
//! with a countdown and a "continue" button shows; when it runs out, `on_reset` wipes the
//! session. Timers and listeners live in an effect and are dropped with the component.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::i18n::{kiosk_countdown, t, Msg};
use crate::state::kiosk::{IdlePhase, KioskTimes};
use crate::ui::use_lang;

#[derive(Properties, PartialEq)]
pub struct KioskGuardProps {
    pub times: KioskTimes,
    pub on_reset: Callback<()>,
}

fn now_secs() -> f64 {
    js_sys::Date::now() / 1000.0
}

#[component]
pub fn KioskGuard(props: &KioskGuardProps) -> Html {
    let lang = use_lang();
    let phase = use_state_eq(|| IdlePhase::Active);
    let last: Rc<RefCell<f64>> = use_mut_ref(now_secs);
    {
        let (phase, last, on_reset) = (phase.clone(), last.clone(), props.on_reset.clone());
        use_effect_with(props.times, move |&times| {
            let document = gloo::utils::document();
            let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
            let listeners: Vec<EventListener> = ["pointerdown", "keydown", "input", "wheel", "touchstart"]
                .into_iter()
                .map(|event| {
                    let last = last.clone();
                    EventListener::new_with_options(&document, event, options, move |_| *last.borrow_mut() = now_secs())
                })
                .collect();
            let interval = Interval::new(1_000, move || {
                let current = times.phase(now_secs() - *last.borrow());
                if current == IdlePhase::Reset {
                    *last.borrow_mut() = now_secs();
                    phase.set(IdlePhase::Active);
                    on_reset.emit(());
                } else {
                    phase.set(current);
                }
            });
            move || {
                drop(listeners);
                drop(interval);
            }
        });
    }
    // The warning takes focus so a keyboard user can answer it at once; "continue" gives focus
    // back to where it was.
    let before: Rc<RefCell<Option<web_sys::HtmlElement>>> = use_mut_ref(|| None);
    {
        let before = before.clone();
        use_effect_with(matches!(*phase, IdlePhase::Warning { .. }), move |&warning| {
            if warning {
                use wasm_bindgen::JsCast;
                *before.borrow_mut() =
                    gloo::utils::document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                crate::ui::focus_id("kiosk-continue");
            }
        });
    }
    let on_continue = {
        let (phase, last, before) = (phase.clone(), last.clone(), before.clone());
        Callback::from(move |_: MouseEvent| {
            *last.borrow_mut() = now_secs();
            phase.set(IdlePhase::Active);
            if let Some(el) = before.borrow_mut().take() {
                let _ = el.focus();
            }
        })
    };
    match *phase {
        IdlePhase::Warning { left } => html! {
            <div class="kiosk-warning" role="alertdialog" aria-labelledby="kiosk-warning-title" aria-describedby="kiosk-warning-text">
                <div class="kiosk-warning__box">
                    <h2 id="kiosk-warning-title">{ t(lang, Msg::KioskStillThere) }</h2>
                    <p id="kiosk-warning-text">{ kiosk_countdown(lang, left) }</p>
                    <button type="button" id="kiosk-continue" class="button button--primary" onclick={on_continue}>{ t(lang, Msg::KioskContinue) }</button>
                </div>
            </div>
        },
        _ => html! {},
    }
}
