//! The match between a worker's profile and one occupation: a score 0–100 and the per-skill gap.
//!
//! First version (walking skeleton). Each requirement contributes
//! `weight × min(held, required) / required`; the score is the sum of contributions over the sum
//! of weights, times 100. A skill held above the required level earns no extra credit, so
//! over-qualification in one skill never hides a gap in another. Credit from related skills comes
//! with the engine issue.

use crate::domain::catalogue::{Catalogue, OccupationIdx, SkillIdx};
use crate::domain::level::SkillLevel;

/// What a worker can do: skills with the level held. At most one entry per skill.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    skills: Vec<(SkillIdx, SkillLevel)>,
}

impl Profile {
    pub fn new() -> Self {
        Profile::default()
    }

    /// Sets the level held in a skill (adding the skill if it is new; level 0 keeps it listed).
    pub fn set(&mut self, skill: SkillIdx, level: SkillLevel) {
        match self.skills.iter_mut().find(|(s, _)| *s == skill) {
            Some(entry) => entry.1 = level,
            None => self.skills.push((skill, level)),
        }
    }

    pub fn remove(&mut self, skill: SkillIdx) {
        self.skills.retain(|(s, _)| *s != skill);
    }

    /// The level held in `skill` (0 when it is not in the profile).
    pub fn held(&self, skill: SkillIdx) -> SkillLevel {
        self.skills.iter().find(|(s, _)| *s == skill).map_or(SkillLevel::NONE, |(_, l)| *l)
    }

    pub fn contains(&self, skill: SkillIdx) -> bool {
        self.skills.iter().any(|(s, _)| *s == skill)
    }

    /// The entries in the order they were added.
    pub fn entries(&self) -> &[(SkillIdx, SkillLevel)] {
        &self.skills
    }

    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    pub fn len(&self) -> usize {
        self.skills.len()
    }
}

impl FromIterator<(SkillIdx, SkillLevel)> for Profile {
    fn from_iter<I: IntoIterator<Item = (SkillIdx, SkillLevel)>>(iter: I) -> Self {
        let mut p = Profile::new();
        for (s, l) in iter {
            p.set(s, l);
        }
        p
    }
}

/// One required skill of the occupation compared with the profile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SkillGap {
    pub skill: SkillIdx,
    pub required: SkillLevel,
    pub held: SkillLevel,
    pub weight: f32,
    /// `weight × min(held, required) / required`: this skill's part of the score.
    pub contribution: f32,
}

impl SkillGap {
    /// Levels short of the requirement (0 when met).
    pub fn shortfall(&self) -> u8 {
        self.held.shortfall(self.required)
    }

    pub fn is_met(&self) -> bool {
        self.shortfall() == 0
    }
}

/// The comparison of a profile with one occupation.
#[derive(Clone, Debug, PartialEq)]
pub struct GapReport {
    pub occupation: OccupationIdx,
    /// 0–100.
    pub score: f32,
    /// Every requirement, in the catalogue's order, met or not.
    pub skills: Vec<SkillGap>,
}

impl GapReport {
    /// The score rounded to a whole percentage, as shown to people.
    pub fn percent(&self) -> u8 {
        self.score.round().clamp(0.0, 100.0) as u8
    }

    /// The requirements not met, largest shortfall (then highest weight) first.
    pub fn missing(&self) -> Vec<SkillGap> {
        let mut v: Vec<SkillGap> = self.skills.iter().copied().filter(|g| !g.is_met()).collect();
        v.sort_by(|a, b| {
            b.shortfall().cmp(&a.shortfall()).then(b.weight.total_cmp(&a.weight)).then(a.skill.cmp(&b.skill))
        });
        v
    }

    pub fn met_count(&self) -> usize {
        self.skills.iter().filter(|g| g.is_met()).count()
    }
}

/// Compares a profile with an occupation of the catalogue.
pub fn assess_match(catalogue: &Catalogue, profile: &Profile, occupation: OccupationIdx) -> GapReport {
    let occ = catalogue.occupation(occupation);
    let mut total_weight = 0.0f32;
    let mut earned = 0.0f32;
    let skills = occ
        .requires
        .iter()
        .map(|r| {
            let held = profile.held(r.skill);
            let required = r.level.value().max(1) as f32;
            let ratio = (held.value() as f32).min(required) / required;
            let contribution = r.weight * ratio;
            total_weight += r.weight;
            earned += contribution;
            SkillGap { skill: r.skill, required: r.level, held, weight: r.weight, contribution }
        })
        .collect();
    let score = if total_weight > 0.0 { 100.0 * earned / total_weight } else { 100.0 };
    GapReport { occupation, score, skills }
}
