//! Skill Gap Check (技能差距评估): compare a worker's skills with a target occupation and plan
//! the short, subsidised, certified courses that close the gap — entirely in the browser.
//!
//! Layers, in dependency order: [`domain`] (pure core: catalogue, scoring, planning, search) →
//! [`state`] (reducers) → [`ui`] (Yew components). [`i18n`] holds every interface string.
//! See `ARCHITECTURE.md` for the code map and invariants.

pub mod domain;
pub mod i18n;
pub mod state;
pub mod ui;

/// The default catalogue embedded in the app: built from `data/catalogue/` by
/// `skillgap-cli build` (an illustrative edition; see `docs/catalogue-format.md`).
pub const DEFAULT_CATALOGUE_JSON: &str = include_str!("../data/catalogue.json");

/// Mounts the app on the document body. Called by `main` in the browser build.
///
/// The static first screen of `index.html` stays until the frame after next: the browser then
/// has painted it and reported it as the largest contentful paint, and the app's own first
/// screen (the same words in the same places) is no larger, so it is not reported again.
pub fn start() {
    ui::recovery::install_panic_hook();
    ui::prefs::after_next_paint(|| {
        if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("shell")) {
            shell.remove();
        }
        yew::Renderer::<ui::App>::with_props(ui::prefs::read()).render();
        ui::prefs::register_service_worker();
    });
}
