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

/// The default catalogue, whole (Chinese and English): built from `data/catalogue/` by
/// `skillgap-cli build` (an illustrative edition; see `docs/catalogue-format.md`). The
/// counsellors' page embeds it; tests read it.
pub const DEFAULT_CATALOGUE_JSON: &str = include_str!("../data/catalogue.json");

/// The catalogue a page embeds. The public page takes only the Chinese half
/// (`data/public/catalogue.zh.json`); the English half loads when a person switches to English
/// (`ui::english`). The counsellors' page takes the whole.
#[cfg(not(feature = "tools"))]
pub const FIRST_LOAD_CATALOGUE_JSON: &str = include_str!("../data/public/catalogue.zh.json");
/// The catalogue a page embeds: the counsellors' page takes the whole.
#[cfg(feature = "tools")]
pub const FIRST_LOAD_CATALOGUE_JSON: &str = DEFAULT_CATALOGUE_JSON;

/// Mounts the app on the document body. Called by `main` in the browser build.
///
/// The static first screen of `index.html` stays until the frame after next (the browser has
/// then painted it and reported it as the largest contentful paint; the app's own first screen
/// has the same words in the same places, so it is not reported again) and while the default
/// catalogue loads in steps (`ui::boot`).
pub fn start() {
    ui::recovery::install_panic_hook();
    let props = ui::prefs::read();
    // An old address of counsellor or cohort mode opens the tools page, which has them.
    if !cfg!(feature = "tools") && (props.counsellor || props.cohort) && ui::prefs::open_tools_page() {
        return;
    }
    ui::prefs::after_next_paint(move || ui::boot::load_then_mount(props));
}
