//! The person's display choices (language, large text), remembered in this browser where storage
//! is allowed: never on a kiosk (`?mode=kiosk`), where the next person starts in Chinese.

use crate::domain::Lang;
use crate::state::kiosk::KioskTimes;
use crate::ui::AppProps;

/// Storage keys of the remembered choices.
pub const LANG_KEY: &str = "skillgap.lang";
pub const LARGE_TEXT_KEY: &str = "skillgap.large-text";

/// True when the page runs as a public kiosk.
pub fn is_kiosk() -> bool {
    web_sys::window().and_then(|w| w.location().search().ok()).is_some_and(|s| s.contains("mode=kiosk"))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The start-up props: kiosk or not, and the remembered choices (browser only).
pub fn read() -> AppProps {
    let kiosk = is_kiosk();
    let stored = |key| if kiosk { None } else { storage().and_then(|s| s.get_item(key).ok().flatten()) };
    AppProps {
        lang: if stored(LANG_KEY).as_deref() == Some("en") { Lang::En } else { Lang::Zh },
        large_text: stored(LARGE_TEXT_KEY).as_deref() == Some("1"),
        kiosk,
        counsellor: !kiosk
            && web_sys::window()
                .and_then(|w| w.location().search().ok())
                .is_some_and(|s| s.contains("mode=counsellor")),
        cohort: !kiosk
            && web_sys::window().and_then(|w| w.location().search().ok()).is_some_and(|s| s.contains("mode=cohort")),
        kiosk_times: KioskTimes::from_query(
            &web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default(),
        ),
        preloaded: None,
    }
}

/// Remembers the choices (nothing on a kiosk; a refusal of storage is not an error here).
pub fn write(kiosk: bool, lang: Lang, large_text: bool) {
    if kiosk {
        return;
    }
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, if lang == Lang::En { "en" } else { "zh" });
        let _ = s.set_item(LARGE_TEXT_KEY, if large_text { "1" } else { "0" });
    }
}

/// Registers the service worker that keeps the app for offline use (`sw.js`, built by
/// `cargo xtask dist`, xtask/src/sw.rs). Only over http(s); a refusal leaves the app working online.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    if !window.location().protocol().is_ok_and(|p| p.starts_with("http")) {
        return;
    }
    let _ = window.navigator().service_worker().register("sw.js");
}

/// Runs `f` in a task after the browser's next frame (an animation frame, then a new task), so
/// what is on screen now is painted and reported first. A page opened in a background tab gets no
/// animation frames until it is shown: after 100 ms `f` runs anyway. Runs `f` at once without a
/// window.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    type Once = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;
    let once: Once = Rc::new(RefCell::new(Some(Box::new(f))));
    let run = |once: Once| {
        move || {
            let f = once.borrow_mut().take();
            if let Some(f) = f {
                f();
            }
        }
    };
    let after_frame = run(once.clone());
    let frame = Closure::once_into_js(move || next_task(after_frame));
    let _ = window.request_animation_frame(frame.unchecked_ref());
    gloo::timers::callback::Timeout::new(100, run(once)).forget();
}

/// Runs `f` in a new task as soon as possible: a message to itself, which (unlike a chain of
/// zero timeouts) is neither clamped to 4 ms nor slowed to one a second in a background tab.
pub fn next_task(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(channel) = web_sys::MessageChannel::new() else {
        gloo::timers::callback::Timeout::new(0, f).forget();
        return;
    };
    let (receiver, sender) = (channel.port1(), channel.port2());
    let handler = Closure::once_into_js(move || {
        // The channel lives until its message has arrived.
        drop(channel);
        f();
    });
    receiver.set_onmessage(Some(handler.unchecked_ref()));
    if sender.post_message(&wasm_bindgen::JsValue::from(0)).is_err() {
        receiver.set_onmessage(None);
    }
}

/// Sends the browser to the tools page (`tools/`) with the same query and fragment, replacing
/// this page in the history. False when that is not possible (the public page then opens).
pub fn open_tools_page() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let location = window.location();
    // Already there (a host or an offline service worker that answers every path with the public
    // page): going on would add `tools/` for ever.
    if location.pathname().unwrap_or_default().contains("/tools/") {
        return false;
    }
    let query = location.search().unwrap_or_default();
    let fragment = location.hash().unwrap_or_default();
    location.replace(&format!("tools/{query}{fragment}")).is_ok()
}
