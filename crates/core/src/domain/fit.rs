//! The suggestion score of "what fits me?": how well an occupation fits a worker, measured both
//! ways. The words for workers, and two worked examples, are in `docs/scoring.md`.
//!
//! The match score (`matching`) answers "how close am I to *this* job": the share of the job's
//! requirements the worker meets. It cannot pick suggestions, since a job that asks little is met
//! by everyone. The suggestion score compares the two profiles as a whole:
//!
//! - **alike**: the correlation, over every skill of the catalogue, between the square of the
//!   worker's effective level (held, or related-skill credit) and the job's demand (required level
//!   × weight), each skill counted by how telling it is: `1 + ½ ln((jobs + 1) / (jobs asking it +
//!   1))`, so safety, which nearly every job asks, says less than driving a loader. It is high
//!   when the skills the worker is strongest in are the ones the job leans on most, and it counts
//!   what the worker can do that the job does not use;
//! - **level fit**: over the skills both have, the mean of `min(e, r) / max(e, r)` (weighted by
//!   the requirement's weight and how telling the skill is), 1
//!   when the worker's level is what the job asks; far below (a gap) or far above
//!   (over-qualified) both lower it;
//! - **fit** = max(0, alike) × √(level fit);
//! - **like your best matches**: the [`NEIGHBOURS`] occupations that fit best lend the others a
//!   lift of their mean fit × ([`NEIGHBOUR_LIFT`] × the mean correlation of demands with them +
//!   [`FIELD_LIFT`] × the share of them in one of its industries), so a welder's suggestions are
//!   the welding trades rather than whatever shares one skill;
//! - the **suggestion points** are 100 × (fit + lift) / (1 + [`NEIGHBOUR_LIFT`] + [`FIELD_LIFT`]),
//!   0–100. Ranking adds the bounded shortage and openings boosts of `ranking` to them; the
//!   match % shown stays the match score.
//!
//! Everything is computed from a [`ProfileVector`] and the catalogue; nothing here knows where a
//! catalogue came from.

use crate::domain::catalogue::{Catalogue, Occupation, OccupationIdx};
use crate::domain::matching::ProfileVector;

/// How many of the best-fitting occupations lend a lift to those like them.
pub const NEIGHBOURS: usize = 3;
/// The weight of "asks what your best matches ask" in the lift.
pub const NEIGHBOUR_LIFT: f32 = 1.5;
/// The weight of "in the same field as your best matches" in the lift.
pub const FIELD_LIFT: f32 = 0.1;
/// How much rarer skills say more ([`Demand`]'s `telling`).
pub const TELLING: f32 = 0.5;
/// The largest fit + lift, so that the points are 0–100.
const MAX_POINTS_SUM: f32 = 1.0 + NEIGHBOUR_LIFT + FIELD_LIFT;
/// Over-qualified: on the skills both have (at least two, or all the worker's when fewer), the
/// worker is on average at least this many levels above what the occupation asks (weighted like
/// the level fit). A job that shares one skill does not fit; it is not beneath the worker.
pub const OVER_QUALIFIED_LEVELS: f32 = 1.5;
/// "Asks little": the worker already meets at least this much of it (match %), and it uses fewer
/// than half of the worker's skills.
pub const ASKS_LITTLE_MATCH: f32 = 90.0;

/// What each occupation asks, as sums over its demand `d = required level × weight`: the
/// constants of a catalogue that the correlations need.
#[derive(Clone, Debug, PartialEq)]
pub struct Demand {
    /// Number of skills in the catalogue (the length of the vectors correlated).
    skills: f32,
    /// How telling each skill is: 1 + [`TELLING`] × ln((occupations + 1) / (occupations requiring it + 1)).
    telling: Vec<f32>,
    sum: Vec<f32>,
    /// Σ d² − (Σ d)² / n: n × the variance of the demand vector.
    spread: Vec<f32>,
}

impl Demand {
    pub fn new(catalogue: &Catalogue) -> Self {
        let skills = catalogue.skills.len().max(1) as f32;
        // Only reviewed occupations are suggested, and only they say how telling a skill is: an
        // occupation derived from its tasks asks no level (`domain::spine`).
        let reviewed = |o: &crate::domain::OccupationIdx| catalogue.occupation(*o).requirements_from.is_reviewed();
        let jobs = catalogue.occupation_indices().filter(reviewed).count() as f32;
        let telling = (0..catalogue.skills.len())
            .map(|s| {
                let asking = catalogue
                    .occupations_requiring(crate::domain::SkillIdx(s as u32))
                    .iter()
                    .filter(|o| reviewed(o))
                    .count() as f32;
                1.0 + TELLING * ((jobs + 1.0) / (asking + 1.0)).ln()
            })
            .collect();
        let mut demand = Demand { skills, telling, sum: Vec::new(), spread: Vec::new() };
        for o in &catalogue.occupations {
            let s: f32 = o.requires.iter().map(|r| demand.of(r)).sum();
            let s2: f32 = o.requires.iter().map(|r| demand.of(r) * demand.of(r)).sum();
            demand.sum.push(s);
            demand.spread.push((s2 - s * s / skills).max(0.0));
        }
        demand
    }

    /// The demand of a requirement: required level × weight × how telling the skill is.
    fn of(&self, r: &crate::domain::catalogue::Requirement) -> f32 {
        r.level.value() as f32 * r.weight * self.telling[r.skill.get()]
    }
}

/// The parts of the fit of one occupation that depend on the profile, kept by the score board and
/// computed again only when a skill the occupation requires changes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Overlap {
    /// Σ e² × d over the occupation's requirements.
    dot: f32,
    /// Σ w × min(e, r) / max(e, r) over the requirements the worker has some level in, and Σ w.
    level_fit: f32,
    level_weight: f32,
    /// Σ w × max(0, e − r) over the same: how far the worker is above what is asked.
    excess: f32,
    /// The worker's skills the occupation uses: required, or lending related experience to a
    /// requirement.
    pub used: u16,
    /// Requirements the worker holds below the required level (the gaps to train).
    pub to_learn: u16,
}

impl Overlap {
    pub fn new(demand: &Demand, vector: &ProfileVector, occupation: &Occupation) -> Self {
        let mut o = Overlap::default();
        // The worker's skills it uses: held and required, or lending related experience.
        // (On the stack: this runs for every occupation on every ranking. Past its size, a skill
        // counts without looking for it twice.)
        let mut used = [crate::domain::SkillIdx(u32::MAX); 32];
        let mut n_used = 0usize;
        for r in &occupation.requires {
            let (e, credit) = vector.effective(r.skill);
            let held = vector.held(r.skill);
            let required = r.level.value().max(1) as f32;
            let telling = demand.telling[r.skill.get()];
            o.dot += e * e * telling * demand.of(r);
            if e > 0.0 {
                let w = r.weight * telling;
                o.level_fit += w * e.min(required) / e.max(required);
                o.level_weight += w;
                o.excess += w * (e - required).max(0.0);
            }
            let from = match credit {
                Some(c) => Some(c.from),
                None if held.value() > 0 => Some(r.skill),
                None => None,
            };
            if let Some(from) = from.filter(|f| !used[..n_used.min(used.len())].contains(f)) {
                if let Some(slot) = used.get_mut(n_used) {
                    *slot = from;
                }
                n_used += 1;
            }
            if held < r.level {
                o.to_learn += 1;
            }
        }
        o.used = n_used.min(u16::MAX as usize) as u16;
        o
    }

    /// The weighted mean of `min(e, r) / max(e, r)` over the shared skills (0 when none).
    pub fn level_fit(&self) -> f32 {
        if self.level_weight > 0.0 {
            self.level_fit / self.level_weight
        } else {
            0.0
        }
    }

    /// Levels the worker is above what is asked, on average over the shared skills.
    pub fn excess_levels(&self) -> f32 {
        if self.level_weight > 0.0 {
            self.excess / self.level_weight
        } else {
            0.0
        }
    }
}

/// The sums of the worker's side of the correlation: Σ e² and Σ e⁴ over every skill.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Strength {
    sum: f32,
    sum_sq: f32,
}

impl Strength {
    pub fn new(demand: &Demand, vector: &ProfileVector) -> Self {
        let mut s = Strength::default();
        for (e, telling) in vector.effective_levels().zip(&demand.telling) {
            let x = e * e * telling;
            s.sum += x;
            s.sum_sq += x * x;
        }
        s
    }
}

/// The fit of one occupation without the lift: max(0, alike) × √(level fit), 0–1.
pub fn fit(demand: &Demand, strength: Strength, o: OccupationIdx, overlap: &Overlap) -> f32 {
    let n = demand.skills;
    let i = o.get();
    let spread_worker = strength.sum_sq - strength.sum * strength.sum / n;
    let spread_job = demand.spread[i];
    if spread_worker <= 0.0 || spread_job <= 0.0 {
        return 0.0;
    }
    let covariance = overlap.dot - strength.sum * demand.sum[i] / n;
    let alike = (covariance / (spread_worker * spread_job).sqrt()).clamp(0.0, 1.0);
    alike * overlap.level_fit().sqrt()
}

/// Why a suggestion is where it is: the figures its explanation line is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FitSummary {
    /// The suggestion points, 0–100 (before the shortage and openings boosts).
    pub points: f32,
    /// The fit without the lift, 0–1.
    pub fit: f32,
    /// The worker's skills it uses, and of how many the worker has.
    pub used: u16,
    pub held: u16,
    /// Requirements below the required level.
    pub to_learn: u16,
    /// The worker is well above what it asks (see [`OVER_QUALIFIED_LEVELS`]).
    pub over_qualified: bool,
    /// The worker meets nearly all of it, but it uses fewer than half of the worker's skills.
    pub asks_little: bool,
}

impl FitSummary {
    pub fn new(points: f32, fit: f32, overlap: &Overlap, held: u16, match_score: f32) -> Self {
        FitSummary {
            points,
            fit,
            used: overlap.used,
            held,
            to_learn: overlap.to_learn,
            over_qualified: overlap.excess_levels() >= OVER_QUALIFIED_LEVELS && overlap.used >= held.min(2),
            asks_little: match_score >= ASKS_LITTLE_MATCH && u32::from(overlap.used) * 2 < u32::from(held),
        }
    }

    /// A weak suggestion despite a high match: say why.
    pub fn flagged(&self) -> bool {
        self.over_qualified || self.asks_little
    }
}

/// The [`NEIGHBOURS`] best fits, best first, ties by id (never by catalogue order). `fits` are
/// [`fit`] of every occupation; an occupation that does not fit at all is never among them.
pub fn best_fits(catalogue: &Catalogue, fits: &[f32]) -> Vec<usize> {
    let mut best: Vec<usize> = Vec::with_capacity(NEIGHBOURS + 1);
    for (i, &f) in fits.iter().enumerate() {
        if f <= 0.0 {
            continue;
        }
        let before =
            |j: &usize| fits[*j] > f || (fits[*j] == f && catalogue.occupations[*j].id < catalogue.occupations[i].id);
        let at = best.iter().take_while(|j| before(j)).count();
        if at < NEIGHBOURS {
            best.insert(at, i);
            best.truncate(NEIGHBOURS);
        }
    }
    best
}

/// How much each occupation is like the `best` fits: [`NEIGHBOUR_LIFT`] × the mean correlation of
/// its demand with theirs (at least 0) + [`FIELD_LIFT`] × the share of them in one of its
/// industries. It depends on which occupations are the best fits only, so a score board keeps it
/// while they stay the same.
pub fn likeness(catalogue: &Catalogue, demand: &Demand, best: &[usize]) -> Vec<f32> {
    if best.is_empty() {
        return vec![0.0; catalogue.occupations.len()];
    }
    let n = demand.skills;
    let k = best.len() as f32;
    // The mean correlation with the best fits in one pass: Σ_k (d·d_k − Σd Σd_k / n) / √(s s_k)
    // = (d·D − Σd S / n) / √s, with D = Σ_k d_k / √s_k and S = Σ_k Σd_k / √s_k.
    let mut together = vec![0.0f32; catalogue.skills.len()];
    let mut together_sum = 0.0f32;
    for &j in best {
        if demand.spread[j] <= 0.0 {
            continue;
        }
        let scale = demand.spread[j].sqrt().recip();
        for r in &catalogue.occupations[j].requires {
            together[r.skill.get()] += demand.of(r) * scale;
        }
        together_sum += demand.sum[j] * scale;
    }
    catalogue
        .occupations
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let alike = if demand.spread[i] > 0.0 {
                let dot: f32 = o.requires.iter().map(|r| demand.of(r) * together[r.skill.get()]).sum();
                (dot - demand.sum[i] * together_sum / n) / demand.spread[i].sqrt() / k
            } else {
                0.0
            };
            let field = best
                .iter()
                .filter(|&&j| catalogue.occupations[j].industries.iter().any(|x| o.industries.contains(x)))
                .count() as f32;
            NEIGHBOUR_LIFT * alike.clamp(0.0, 1.0) + FIELD_LIFT * field / k
        })
        .collect()
}

/// The suggestion points of every occupation, 0–100: 100 × (fit + lift) / the largest fit + lift,
/// where the lift is the mean fit of the `best` fits × the occupation's [`likeness`] to them.
pub fn suggestion_points(fits: &[f32], best: &[usize], likeness: &[f32]) -> Vec<f32> {
    let lend = if best.is_empty() { 0.0 } else { best.iter().map(|&j| fits[j]).sum::<f32>() / best.len() as f32 };
    fits.iter().zip(likeness).map(|(f, like)| 100.0 * (f + lend * like) / MAX_POINTS_SUM).collect()
}

/// The explanation figures of one occupation for `profile`, without the points (which compare
/// it with the others): the comparison shows them for the occupations a worker put side by side.
pub fn explain(catalogue: &Catalogue, profile: &crate::domain::Profile, o: OccupationIdx) -> FitSummary {
    let demand = catalogue.fit_demand();
    let vector = ProfileVector::new(catalogue, profile);
    let overlap = Overlap::new(demand, &vector, catalogue.occupation(o));
    let held = profile.entries().iter().filter(|(_, l)| l.value() > 0).count().min(u16::MAX as usize) as u16;
    let f = fit(demand, Strength::new(demand, &vector), o, &overlap);
    FitSummary::new(0.0, f, &overlap, held, vector.score(catalogue.occupation(o)))
}
