//! The pure core of Skill Gap Check.
//!
//! Everything that decides something lives here: the catalogue format and its validation, the
//! skill-level scale, the match score with its per-skill gaps, the course chooser and the skill
//! search. This module never imports `yew`, `web_sys`, `gloo` or `wasm_bindgen` (the crate
//! depends on none of them: `tests/boundaries.rs` asks `cargo tree`), never panics on outside
//! input and does no I/O, so it is tested natively with plain `cargo test` and reused unchanged
//! by the browser app and the CLI.

pub mod assemble;
pub mod browse;
pub mod catalogue;
pub mod city;
pub mod compact;
pub mod derive;
pub mod english;
pub mod error;
pub mod extract;
pub mod fit;
pub mod format;
pub mod import;
pub mod ladder;
pub mod level;
pub mod matching;
pub mod order;
pub mod pinyin;
pub mod planner;
pub mod profile_input;
pub mod ranking;
pub mod search;
pub mod season;
pub mod spine;
pub mod text;
pub mod upload;

pub use catalogue::{Catalogue, CourseIdx, FirstPart, IndustryIdx, OccupationIdx, SkillIdx, Terms};
pub use error::{CatalogueError, CatalogueErrorKind};
pub use level::SkillLevel;
pub use matching::{assess_match, assess_with, Credit, GapReport, Profile, ProfileVector, SkillGap};
pub use planner::{plan_courses, CoursePlan, Objective, PlanOptions};
pub use text::{Bilingual, Lang};
