//! "What fits me?": every occupation of the catalogue (or of chosen industries) ranked for a
//! profile, by closeness or by the effort to close the gap.
//!
//! The rank key for closeness is the match score plus a **shortage boost** for occupations on the
//! current shortage list: `min(boost, MAX_SHORTAGE_BOOST)` points (default 5), so a listed
//! occupation can overtake an unlisted one at most that many points closer. The score shown to
//! people stays the unboosted one. Ties are broken by plan hours (when plans are computed), then
//! by catalogue order, so the ranking is deterministic.

use crate::domain::catalogue::{Catalogue, IndustryIdx, OccupationIdx};
use crate::domain::matching::{assess_with, Profile, ProfileVector};
use crate::domain::planner::{plan_courses, PlanOptions};

/// The largest shortage boost, in score points.
pub const MAX_SHORTAGE_BOOST: f32 = 10.0;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RankBy {
    /// Highest (boosted) score first.
    #[default]
    Closeness,
    /// Fewest plan hours first (occupations with unclosable gaps last), then closeness.
    Effort,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RankOptions {
    /// Only occupations in these industries (or clusters of these bases); empty: all.
    pub industries: Vec<IndustryIdx>,
    pub shortage_boost: f32,
    pub by: RankBy,
    /// Compute a course plan for each occupation (needed for `RankBy::Effort`).
    pub with_plans: bool,
    pub plan: PlanOptions,
}

impl Default for RankOptions {
    fn default() -> Self {
        RankOptions {
            industries: Vec::new(),
            shortage_boost: 5.0,
            by: RankBy::Closeness,
            with_plans: false,
            plan: PlanOptions::default(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RankedOption {
    pub occupation: OccupationIdx,
    /// The match score 0–100 (unboosted).
    pub score: f32,
    /// The key used for closeness: score plus the bounded shortage boost.
    pub rank_key: f32,
    pub shortage: bool,
    /// Plan hours and the number of gaps no attendable course closes (when plans are computed).
    pub plan_hours: Option<u32>,
    pub unclosable: Option<usize>,
}

fn in_industries(catalogue: &Catalogue, o: OccupationIdx, chosen: &[IndustryIdx]) -> bool {
    chosen.is_empty()
        || catalogue
            .occupation(o)
            .industries
            .iter()
            .any(|i| chosen.contains(i) || catalogue.industries[i.get()].base.is_some_and(|b| chosen.contains(&b)))
}

/// Ranks the occupations of `catalogue` for `profile`.
pub fn rank_occupations(catalogue: &Catalogue, profile: &Profile, options: &RankOptions) -> Vec<RankedOption> {
    let vector = ProfileVector::new(catalogue, profile);
    let boost = options.shortage_boost.clamp(0.0, MAX_SHORTAGE_BOOST);
    let mut ranked: Vec<RankedOption> = catalogue
        .occupation_indices()
        .filter(|&o| in_industries(catalogue, o, &options.industries))
        .map(|o| {
            let occ = catalogue.occupation(o);
            let score = vector.score(occ);
            let shortage = occ.shortage.is_some();
            let (plan_hours, unclosable) = if options.with_plans || options.by == RankBy::Effort {
                let report = assess_with(catalogue, &vector, o);
                let plan = plan_courses(catalogue, profile, &report, &options.plan);
                (Some(plan.total_hours), Some(plan.unclosable.len()))
            } else {
                (None, None)
            };
            RankedOption {
                occupation: o,
                score,
                rank_key: score + if shortage { boost } else { 0.0 },
                shortage,
                plan_hours,
                unclosable,
            }
        })
        .collect();
    ranked.sort_by(|a, b| {
        let closeness = b.rank_key.total_cmp(&a.rank_key);
        let effort = a.unclosable.cmp(&b.unclosable).then(a.plan_hours.cmp(&b.plan_hours));
        match options.by {
            RankBy::Closeness => closeness.then(effort),
            RankBy::Effort => effort.then(closeness),
        }
        .then(a.occupation.cmp(&b.occupation))
    });
    ranked
}
