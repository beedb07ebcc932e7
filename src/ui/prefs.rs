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
/// `scripts/sw.py`). Only over http(s); a refusal leaves the app working online.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    if !window.location().protocol().is_ok_and(|p| p.starts_with("http")) {
        return;
    }
    let _ = window.navigator().service_worker().register("sw.js");
}

/// Runs `f` in a task after the browser's next frame (an animation frame, then a zero timeout),
/// so what is on screen now is painted and reported first. Runs `f` at once without a window.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    let later = Closure::once_into_js(move || gloo::timers::callback::Timeout::new(0, f).forget());
    if window.request_animation_frame(later.unchecked_ref()).is_err() {
        // Without animation frames (a hidden tab in some browsers) the timeout alone is enough.
        if let Some(f) = later.dyn_ref::<js_sys::Function>() {
            let _ = window.set_timeout_with_callback(f);
        }
    }
}

/// Sends the browser to the tools page (`tools/`) with the same query and fragment, replacing
/// this page in the history. False when that is not possible (the public page then opens).
pub fn open_tools_page() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let location = window.location();
    let query = location.search().unwrap_or_default();
    let fragment = location.hash().unwrap_or_default();
    location.replace(&format!("tools/{query}{fragment}")).is_ok()
}
