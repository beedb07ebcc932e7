//! The match between a worker's profile and an occupation: a score 0–100, the per-skill gap and
//! an explanation of every contribution. The formula is documented in `docs/scoring.md`.
//!
//! For each requirement (skill *s*, required level *r*, weight *w*):
//! - *held* is the level the worker states for *s* (0 when absent);
//! - *credited* is the best `similarity × level` over skills the worker holds that the catalogue
//!   links to *s* (transferable experience; links count both ways);
//! - *effective* = max(held, credited); the requirement earns `w × min(effective, r) / r`.
//!
//! The score is the sum earned over the sum of weights, × 100. Over-qualification in one skill
//! never hides a gap in another. The **gap** (levels to train) uses *held* only: related
//! experience makes a worker closer, but the certificate still needs the skill itself.

use crate::domain::catalogue::{Catalogue, Occupation, OccupationIdx, SkillIdx};
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

/// Credit from a related skill.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Credit {
    /// The skill the worker holds.
    pub from: SkillIdx,
    pub similarity: f32,
    /// `similarity × level held in from`.
    pub level: f32,
}

/// A profile laid out densely for one catalogue: held and effective level of every skill.
/// Built once per profile; scoring an occupation with it allocates nothing.
#[derive(Clone, Debug)]
pub struct ProfileVector {
    held: Vec<u8>,
    credit: Vec<Option<Credit>>,
}

impl ProfileVector {
    pub fn new(catalogue: &Catalogue, profile: &Profile) -> Self {
        let n = catalogue.skills.len();
        let mut held = vec![0u8; n];
        for &(s, l) in profile.entries() {
            held[s.get()] = l.value();
        }
        let mut credit: Vec<Option<Credit>> = vec![None; n];
        for &(from, l) in profile.entries() {
            for &(to, similarity) in catalogue.transfers_to(from) {
                let level = similarity * l.value() as f32;
                let better = match credit[to.get()] {
                    Some(c) => level > c.level || (level == c.level && from < c.from),
                    None => level > 0.0,
                };
                if better {
                    credit[to.get()] = Some(Credit { from, similarity, level });
                }
            }
        }
        ProfileVector { held, credit }
    }

    pub fn held(&self, s: SkillIdx) -> SkillLevel {
        SkillLevel::clamped(self.held[s.get()] as i64)
    }

    /// The level that counts for the score: held, or related credit when that is larger.
    pub fn effective(&self, s: SkillIdx) -> (f32, Option<Credit>) {
        let held = self.held[s.get()] as f32;
        match self.credit[s.get()] {
            Some(c) if c.level > held => (c.level, Some(c)),
            _ => (held, None),
        }
    }

    /// The effective level of every skill of the catalogue, in the catalogue's order.
    pub fn effective_levels(&self) -> impl Iterator<Item = f32> + '_ {
        self.held.iter().zip(&self.credit).map(|(&h, c)| match c {
            Some(c) if c.level > h as f32 => c.level,
            _ => h as f32,
        })
    }

    /// The skills whose effective level differs between `self` and `other` (same catalogue).
    pub fn changed_skills<'a>(&'a self, other: &'a ProfileVector) -> impl Iterator<Item = SkillIdx> + 'a {
        (0..self.held.len())
            .filter(move |&s| self.held[s] != other.held[s] || self.credit[s] != other.credit[s])
            .map(|s| SkillIdx(s as u32))
    }

    /// The score 0–100 of `occupation` (no allocation).
    pub fn score(&self, occupation: &Occupation) -> f32 {
        let (mut earned, mut total) = (0.0f32, 0.0f32);
        for r in &occupation.requires {
            let required = r.level.value().max(1) as f32;
            let (effective, _) = self.effective(r.skill);
            earned += r.weight * effective.min(required) / required;
            total += r.weight;
        }
        if total > 0.0 {
            100.0 * earned / total
        } else {
            100.0
        }
    }
}

/// One required skill of the occupation compared with the profile: a line of the explanation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SkillGap {
    pub skill: SkillIdx,
    pub required: SkillLevel,
    /// The level the worker states for this skill.
    pub held: SkillLevel,
    pub weight: f32,
    /// Related experience used instead of `held`, when it counts for more.
    pub credit: Option<Credit>,
    /// max(held, credit), the level that counts for the score.
    pub effective: f32,
    /// `weight × min(effective, required) / required`: this skill's part of the score.
    pub contribution: f32,
}

impl SkillGap {
    /// Levels to train (0 when the held level meets the requirement).
    pub fn shortfall(&self) -> u8 {
        self.held.shortfall(self.required)
    }

    pub fn is_met(&self) -> bool {
        self.shortfall() == 0
    }

    /// Points this skill could still add to the score (× 100 / total weight).
    pub fn missing_points(&self) -> f32 {
        self.weight - self.contribution
    }
}

/// The comparison of a profile with one occupation, with every contribution explained.
#[derive(Clone, Debug, PartialEq)]
pub struct GapReport {
    pub occupation: OccupationIdx,
    /// 0–100.
    pub score: f32,
    /// Sum of the weights of all requirements.
    pub total_weight: f32,
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
        crate::domain::order::sort_by(&mut v, |a, b| {
            b.shortfall().cmp(&a.shortfall()).then(b.weight.total_cmp(&a.weight)).then(a.skill.cmp(&b.skill))
        });
        v
    }

    pub fn met_count(&self) -> usize {
        self.skills.iter().filter(|g| g.is_met()).count()
    }

    /// Requirements where related experience counted.
    pub fn credited(&self) -> impl Iterator<Item = &SkillGap> {
        self.skills.iter().filter(|g| g.credit.is_some())
    }
}

/// Compares a profile with an occupation of the catalogue.
pub fn assess_match(catalogue: &Catalogue, profile: &Profile, occupation: OccupationIdx) -> GapReport {
    assess_with(catalogue, &ProfileVector::new(catalogue, profile), occupation)
}

/// [`assess_match`] with a profile vector built once for many occupations.
pub fn assess_with(catalogue: &Catalogue, vector: &ProfileVector, occupation: OccupationIdx) -> GapReport {
    let occ = catalogue.occupation(occupation);
    let mut total_weight = 0.0f32;
    let mut earned = 0.0f32;
    let skills = occ
        .requires
        .iter()
        .map(|r| {
            let held = vector.held(r.skill);
            let (effective, credit) = vector.effective(r.skill);
            let required = r.level.value().max(1) as f32;
            let contribution = r.weight * effective.min(required) / required;
            total_weight += r.weight;
            earned += contribution;
            SkillGap { skill: r.skill, required: r.level, held, weight: r.weight, credit, effective, contribution }
        })
        .collect();
    let score = if total_weight > 0.0 { 100.0 * earned / total_weight } else { 100.0 };
    GapReport { occupation, score, total_weight, skills }
}
