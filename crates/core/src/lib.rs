//! The core of Skill Gap Check (技能差距评估): everything that decides, and nothing that draws.
//!
//! Layers, in dependency order: [`domain`] (the catalogue, scoring, planning, search) →
//! [`state`] (the session's reducers and what is saved, shared and exported). [`i18n`] holds
//! every interface string. This crate depends on no browser or UI crate (its `Cargo.toml` is the
//! check: the web app and the CLI build on it). See `ARCHITECTURE.md` for the code map.

pub mod domain;
pub mod i18n;
pub mod state;

/// The default catalogue, whole (Chinese and English): built from `data/catalogue/` by
/// `skillgap-cli build` (an illustrative edition; see `docs/catalogue-format.md`). The
/// counsellors' page embeds it; tests and the CLI read it.
pub const DEFAULT_CATALOGUE_JSON: &str = include_str!("../../../data/catalogue.json");
