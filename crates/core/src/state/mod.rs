//! Application state and its transitions, without any UI or I/O.
//!
//! Reducers here are plain functions (`apply`) so they are tested natively; the UI wraps them in
//! Yew's `Reducible` in `ui::app`. Saving to storage (later issues) happens in effects, never here.

pub mod assessment;
pub mod cohort;
pub mod export;
pub mod kiosk;
pub mod qr;
pub mod restore;
pub mod saved;
pub mod share;

pub use assessment::{
    looks_personal, AssessmentAction, AssessmentState, Constraints, DEFAULT_LEVEL, MAX_COMPARE, MAX_NOTES,
};

/// The small hand-checked sample catalogue, for the tests of this module.
#[cfg(test)]
pub(crate) fn sample_catalogue() -> crate::domain::Catalogue {
    crate::domain::Catalogue::from_json(include_str!("../../../../data/catalogue.sample.json")).unwrap()
}
