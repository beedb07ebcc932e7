//! A profile as people and other programs write it: skills by id **or by any name or synonym in
//! Chinese or English, or by what the app's skill search finds first for the words** (焊接, a
//! job's name: 电工), a target by national code, id or name, a city by name, free months. Names
//! that resolve to nothing are listed, never ignored.
//!
//! ```json
//! {"skills":[{"skill":"电焊","level":3}],"target":"6-31-01-03","city":"阜新市","months":[11,12,1,2,3]}
//! ```

use serde::Deserialize;

use crate::domain::catalogue::{Catalogue, OccupationIdx, SkillIdx};
use crate::domain::city::find_city;
use crate::domain::level::SkillLevel;
use crate::domain::matching::Profile;
use crate::domain::planner::{month_mask, Objective, PlanOptions};
use crate::domain::search::SearchIndex;
use crate::domain::text::Lang;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillInput {
    pub skill: String,
    pub level: u8,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileInput {
    #[serde(default)]
    pub skills: Vec<SkillInput>,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    /// Months (1–12) the worker is free; empty: any month.
    #[serde(default)]
    pub months: Vec<u8>,
    #[serde(default)]
    pub hours_per_week: Option<u32>,
    /// `"hours"` (default) or `"cost"` (out of pocket after subsidy).
    #[serde(default)]
    pub objective: Option<String>,
    /// Month (1–12) from which to schedule courses (default January).
    #[serde(default)]
    pub start_month: Option<u8>,
}

/// A profile input resolved against a catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedInput {
    pub profile: Profile,
    pub target: Option<OccupationIdx>,
    pub options: PlanOptions,
    /// Everything that named nothing: skills, target, city, objective, levels or months out of range.
    pub unresolved: Vec<String>,
}

/// Finds a skill by id, Chinese or English name, or synonym (case-insensitive; exact matches,
/// ids and names first), or else the first skill the app's skill search (`index`) suggests for
/// `key`: a word inside a name (焊接), a job's name (电工, welder), pinyin, one typo.
pub fn resolve_skill(catalogue: &Catalogue, index: &SearchIndex, key: &str) -> Option<SkillIdx> {
    let key = key.trim();
    if let Some(s) = catalogue.skill_by_id(key) {
        return Some(s);
    }
    let lower = key.to_lowercase();
    let eq = |t: &String| t.to_lowercase() == lower;
    let by_name = catalogue.skills.iter().position(|s| eq(&s.name.zh) || eq(&s.name.en));
    let by_synonym = || catalogue.skills.iter().position(|s| s.synonyms.zh.iter().chain(&s.synonyms.en).any(eq));
    let exact = by_name.or_else(by_synonym).map(|i| SkillIdx(i as u32));
    exact.or_else(|| {
        let lang = if key.is_ascii() { Lang::En } else { Lang::Zh };
        index.search(key, lang, 1).first().map(|hit| SkillIdx(hit.entry))
    })
}

/// Finds an occupation by national code, id, or Chinese or English name.
pub fn resolve_occupation(catalogue: &Catalogue, key: &str) -> Option<OccupationIdx> {
    let key = key.trim();
    catalogue.occupation_by_code_or_id(key).or_else(|| {
        let lower = key.to_lowercase();
        catalogue
            .occupations
            .iter()
            .position(|o| o.name.zh == key || o.name.en.to_lowercase() == lower)
            .map(|i| OccupationIdx(i as u32))
    })
}

pub fn resolve(catalogue: &Catalogue, input: &ProfileInput) -> ResolvedInput {
    let mut unresolved = Vec::new();
    let mut profile = Profile::new();
    let index = SearchIndex::skills(catalogue);
    for s in &input.skills {
        match (resolve_skill(catalogue, &index, &s.skill), SkillLevel::new(s.level)) {
            (Some(skill), Some(level)) => profile.set(skill, level),
            (None, _) => unresolved.push(format!("skill: {}", s.skill)),
            (_, None) => unresolved.push(format!("level {} of {}", s.level, s.skill)),
        }
    }
    let target = input.target.as_deref().and_then(|t| {
        let found = resolve_occupation(catalogue, t);
        if found.is_none() {
            unresolved.push(format!("target: {t}"));
        }
        found
    });
    let city = input.city.as_deref().and_then(|c| {
        let found = find_city(c);
        if found.is_none() {
            unresolved.push(format!("city: {c}"));
        }
        found
    });
    for m in input.months.iter().filter(|m| !(1..=12).contains(*m)) {
        unresolved.push(format!("month: {m}"));
    }
    let objective = match input.objective.as_deref() {
        None | Some("hours") => Objective::Hours,
        Some("cost") | Some("out_of_pocket") => Objective::OutOfPocket,
        Some(other) => {
            unresolved.push(format!("objective: {other}"));
            Objective::Hours
        }
    };
    let options = PlanOptions {
        city,
        free_months: month_mask(&input.months),
        hours_per_week: input.hours_per_week.unwrap_or(40).clamp(1, 40),
        objective,
        start_month: input.start_month.filter(|m| (1..=12).contains(m)).unwrap_or(1),
        ..PlanOptions::default()
    };
    ResolvedInput { profile, target, options, unresolved }
}
