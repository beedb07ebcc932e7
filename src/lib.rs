//! Skill Gap Check (技能差距评估): compare a worker's skills with a target occupation and plan
//! the short, subsidised, certified courses that close the gap — entirely in the browser.
//!
//! The web app: [`ui`] (Yew components) on the core crate `skillgap_core` ([`domain`], [`state`],
//! [`i18n`], re-exported here), and the catalogue the page embeds. See `ARCHITECTURE.md` for the
//! code map and invariants.

pub use skillgap_core::{domain, i18n, state, DEFAULT_CATALOGUE_JSON};
pub mod ui;

/// The catalogue the public page embeds: the Chinese half only
/// (`data/public/catalogue.zh.json`, the English half loads when a person switches to English,
/// `ui::english`), in its compact form (`data/public/catalogue.zh.bin`, `domain::compact`).
#[cfg(not(feature = "tools"))]
pub const FIRST_LOAD_COMPACT: &[u8] = include_bytes!("../data/public/catalogue.zh.bin");
/// The second part of the public page's compact catalogue: what the first part leaves out
/// (`domain::compact::Rest`). Only code in the parts that need it refers to it
/// (through [`embedded_rest`], which `ui::whole::complete` hands to `FirstPart::with_rest`), so
/// the split build puts these bytes in those parts' chunks, not in the first load.
#[cfg(not(feature = "tools"))]
static REST_COMPACT: &[u8] = include_bytes!("../data/public/catalogue.zh.rest.bin");

/// The third part: the national classification's occupations that have no reviewed
/// requirements (`domain::compact::Spine`), read only by `ui::spine`'s chunk.
#[cfg(not(feature = "tools"))]
static SPINE_COMPACT: &[u8] = include_bytes!("../data/public/catalogue.zh.spine.bin");

/// The catalogue a page embeds: the counsellors' page takes the whole, as JSON.
#[cfg(feature = "tools")]
pub const FIRST_LOAD_CATALOGUE_JSON: &str = DEFAULT_CATALOGUE_JSON;

/// The file of the catalogue the page embeds, read at once, and the fingerprint of the Chinese
/// half it came from (which the English half must name; see `domain::english`).
pub fn first_load_file() -> Result<(u64, domain::format::CatalogueFile), Vec<domain::CatalogueError>> {
    #[cfg(not(feature = "tools"))]
    {
        domain::compact::decode_first(FIRST_LOAD_COMPACT).map_err(|e| vec![e.into()])
    }
    #[cfg(feature = "tools")]
    {
        let file = domain::catalogue::parse_file(FIRST_LOAD_CATALOGUE_JSON)?;
        Ok((domain::english::fingerprint(FIRST_LOAD_CATALOGUE_JSON), file))
    }
}

/// The validated catalogue of the file the page embeds ([`first_load_file`]), whose terms'
/// pinyin is `pinyin`: on the public page its first part ([`domain::FirstPart`], checked without
/// the courses' code, which the first load then does not carry), on the counsellors' page the
/// whole.
pub(crate) fn first_load_catalogue(
    file: &domain::format::CatalogueFile,
    pinyin: domain::catalogue::TermPinyin,
) -> Result<state::session::CatalogueHandle, Vec<domain::CatalogueError>> {
    use state::session::CatalogueHandle;
    #[cfg(not(feature = "tools"))]
    {
        domain::FirstPart::from_file(file, pinyin).map(CatalogueHandle::first_part)
    }
    #[cfg(feature = "tools")]
    {
        domain::Catalogue::from_file_and_pinyin(file, pinyin).map(CatalogueHandle::new)
    }
}

/// The embedded rest of the public page's first part `first` (see [`REST_COMPACT`]). Call it
/// only from code that loads on demand.
pub fn embedded_rest(first: &domain::Terms) -> Result<domain::compact::Rest, domain::CatalogueError> {
    #[cfg(not(feature = "tools"))]
    {
        let skills: Vec<String> = first.skills.iter().map(|s| s.id.clone()).collect();
        Ok(domain::compact::decode_rest(REST_COMPACT, first_load_fingerprint(), &skills)?)
    }
    #[cfg(feature = "tools")]
    {
        let _ = first;
        Err(domain::compact::CompactError::Mismatch.into())
    }
}

/// The fingerprint of the Chinese half the page embeds (no need to read the whole file).
/// The public page's spine (`ui::spine`), its references as ids of `first`'s skills. The
/// counsellors' page has none: its whole catalogue holds every occupation.
pub fn embedded_spine(first: &domain::Terms) -> Result<domain::compact::Spine, domain::CatalogueError> {
    #[cfg(not(feature = "tools"))]
    {
        let skills: Vec<String> = first.skills.iter().map(|s| s.id.clone()).collect();
        Ok(domain::compact::decode_spine(SPINE_COMPACT, first_load_fingerprint(), &skills)?)
    }
    #[cfg(feature = "tools")]
    {
        let _ = first;
        Err(domain::compact::CompactError::Mismatch.into())
    }
}

pub fn first_load_fingerprint() -> u64 {
    #[cfg(not(feature = "tools"))]
    {
        domain::compact::fingerprint(FIRST_LOAD_COMPACT).unwrap_or(0)
    }
    #[cfg(feature = "tools")]
    {
        domain::english::fingerprint(FIRST_LOAD_CATALOGUE_JSON)
    }
}

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
