//! Application state and its transitions, without any UI or I/O.
//!
//! Reducers here are plain functions (`AssessmentState::apply`, `Session::reduce`), tested
//! natively; the web app wraps the session in Yew's `Reducible` (`ui::app`). Reading and writing
//! storage happen in the web app's effects, never here.

pub mod assessment;
pub mod cohort;
pub mod export;
pub mod kiosk;
pub mod qr;
pub mod restore;
pub mod saved;
pub mod session;
pub mod share;

pub use assessment::{
    looks_personal, AssessmentAction, AssessmentState, Constraints, DEFAULT_LEVEL, MAX_COMPARE, MAX_NOTES,
};

/// The small hand-checked sample catalogue, for the tests of this module.
#[cfg(test)]
pub(crate) fn sample_catalogue() -> crate::domain::Catalogue {
    crate::domain::Catalogue::from_json(include_str!("../../../../data/catalogue.sample.json")).unwrap()
}
