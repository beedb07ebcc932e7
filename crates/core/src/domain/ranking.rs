//! "What fits me?": every occupation of the catalogue (or of chosen industries) ranked for a
//! profile, by fit, by closeness or by the effort to close the gap.
//!
//! The default order, **fit**, uses the suggestion points of `fit` (how well the job fits the
//! worker both ways: what of the job the worker meets, what of the worker the job uses, neither
//! far over- nor under-qualified). **Closeness** orders by the match score alone (the share of the
//! job's requirements met: right for one chosen target, too kind to jobs that ask little).
//! **Effort** puts the fewest unclosable gaps, then the fewest plan hours, first.
//!
//! The rank key is raised by a **shortage boost** for occupations on the current shortage list:
//! `min(boost, MAX_SHORTAGE_BOOST)` per cent (default 5), so a listed occupation can overtake an
//! unlisted one only when that one is less than that much better. The match score and the
//! suggestion points shown stay unboosted. Ties are broken by the suggestion points, then by the
//! match score, then by plan hours (when plans are computed), then by the occupation's id: never
//! by catalogue order.
//!
//! The optional **"more openings near me"** factor adds `min(boost, MAX_OPENINGS_BOOST) × n /
//! (n + 50)` per cent, where *n* is the number of openings in the worker's city (in the province
//! when no city is chosen): 50 openings give half the boost, and no number of openings gives more
//! than the bound. A filter keeps only occupations with openings in the city or the province.

use crate::domain::catalogue::{Catalogue, IndustryIdx, OccupationIdx, OpeningsSummary};
use crate::domain::fit::{self, FitSummary, Overlap, Strength};
use crate::domain::matching::{assess_with, Profile, ProfileVector};
use crate::domain::planner::{plan_courses, PlanOptions};

/// The largest shortage boost, in per cent of the rank key.
pub const MAX_SHORTAGE_BOOST: f32 = 10.0;
/// The largest "more openings near me" boost, in per cent of the rank key.
pub const MAX_OPENINGS_BOOST: f32 = 10.0;
/// Openings at which the openings boost reaches half its size.
pub const OPENINGS_HALF: f32 = 50.0;

/// Which occupations the ranking keeps, by openings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OpeningsFilter {
    #[default]
    Any,
    /// Openings in the worker's city.
    InCity,
    /// Openings anywhere in the province.
    InProvince,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RankBy {
    /// Highest (boosted) suggestion points first: the fit both ways (`fit`).
    #[default]
    Fit,
    /// Highest (boosted) match score first.
    Closeness,
    /// Fewest plan hours first (occupations with unclosable gaps last), then closeness.
    Effort,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RankOptions {
    /// Only occupations in these industries (or clusters of these bases); empty: all.
    pub industries: Vec<IndustryIdx>,
    pub shortage_boost: f32,
    /// Points for openings near the worker (0: off).
    pub openings_boost: f32,
    pub openings_filter: OpeningsFilter,
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
            openings_boost: 0.0,
            openings_filter: OpeningsFilter::Any,
            by: RankBy::Fit,
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
    /// The key of the order: the suggestion points (or, by closeness, the score) raised by
    /// `boost` per cent.
    pub rank_key: f32,
    /// The shortage and openings boosts together, in per cent (each bounded).
    pub boost: f32,
    /// Why it is suggested: the fit both ways and the figures of its explanation.
    pub fit: FitSummary,
    pub shortage: bool,
    /// Plan hours and the number of gaps no attendable course closes (when plans are computed).
    pub plan_hours: Option<u32>,
    pub unclosable: Option<usize>,
    /// Openings in the worker's city (the plan options' city) and in the province.
    pub openings: OpeningsSummary,
}

/// The "more openings near me" boost, in per cent, for `openings` near the worker.
pub fn openings_points(boost: f32, openings: u32) -> f32 {
    let n = openings as f32;
    boost.clamp(0.0, MAX_OPENINGS_BOOST) * n / (n + OPENINGS_HALF)
}

fn in_industries(catalogue: &Catalogue, o: OccupationIdx, chosen: &[IndustryIdx]) -> bool {
    chosen.is_empty()
        || catalogue
            .occupation(o)
            .industries
            .iter()
            .any(|i| chosen.contains(i) || catalogue.industries[i.get()].base.is_some_and(|b| chosen.contains(&b)))
}

/// The match score and the fit of every occupation for one profile, kept up to date as the
/// profile changes: after a change only the occupations that require a skill whose effective
/// level moved are scored again. A level change touches tens of ESCO's 3,007 occupations, not all
/// of them; the suggestion points, which compare each occupation with the best fits, are made
/// from the kept parts in one pass.
///
/// A board belongs to the catalogue it was made with; give it no other.
#[derive(Clone, Debug)]
pub struct ScoreBoard {
    profile: Profile,
    vector: ProfileVector,
    scores: Vec<f32>,
    overlaps: Vec<Overlap>,
    strength: Strength,
    /// The best fits and every occupation's likeness to them (`fit::likeness`), kept while the
    /// best fits stay the same (a cache: the points are a function of the profile).
    likeness: std::cell::RefCell<(Vec<usize>, Vec<f32>)>,
}

impl ScoreBoard {
    pub fn new(catalogue: &Catalogue, profile: &Profile) -> Self {
        let vector = ProfileVector::new(catalogue, profile);
        let scores = catalogue.occupations.iter().map(|o| vector.score(o)).collect();
        let demand = catalogue.fit_demand();
        let overlaps = catalogue.occupations.iter().map(|o| Overlap::new(demand, &vector, o)).collect();
        let strength = Strength::new(demand, &vector);
        ScoreBoard { profile: profile.clone(), vector, scores, overlaps, strength, likeness: Default::default() }
    }

    /// Moves the board to `profile`. Returns how many occupations were scored again.
    pub fn update(&mut self, catalogue: &Catalogue, profile: &Profile) -> usize {
        debug_assert_eq!(self.scores.len(), catalogue.occupations.len(), "a board of another catalogue");
        // A render for another reason (a language switch, a filter): nothing to look at.
        if *profile == self.profile {
            return 0;
        }
        let vector = ProfileVector::new(catalogue, profile);
        let mut stale = vec![false; self.scores.len()];
        for s in self.vector.changed_skills(&vector) {
            for &o in catalogue.occupations_requiring(s) {
                stale[o.get()] = true;
            }
        }
        let mut rescored = 0;
        for (i, _) in stale.iter().enumerate().filter(|(_, &stale)| stale) {
            self.scores[i] = vector.score(&catalogue.occupations[i]);
            self.overlaps[i] = Overlap::new(catalogue.fit_demand(), &vector, &catalogue.occupations[i]);
            rescored += 1;
        }
        self.strength = Strength::new(catalogue.fit_demand(), &vector);
        self.vector = vector;
        self.profile = profile.clone();
        rescored
    }

    /// The board's profile laid out for its catalogue (for [`assess_with`] on a few occupations).
    pub fn vector(&self) -> &ProfileVector {
        &self.vector
    }

    /// The score 0–100 of `occupation` for the board's profile.
    pub fn score(&self, occupation: OccupationIdx) -> f32 {
        self.scores[occupation.get()]
    }

    /// The fit 0–1 of every occupation, without the lift (`fit::fit`); 0 for one whose
    /// requirements come from its tasks (`domain::spine`), which is never suggested.
    pub fn fits(&self, catalogue: &Catalogue) -> Vec<f32> {
        catalogue
            .occupation_indices()
            .map(|o| match catalogue.occupation(o).requirements_from.is_reviewed() {
                true => fit::fit(catalogue.fit_demand(), self.strength, o, &self.overlaps[o.get()]),
                false => 0.0,
            })
            .collect()
    }

    /// The suggestion points 0–100 of every occupation (`fit::suggestion_points`), and the fits.
    pub fn suggestion_points(&self, catalogue: &Catalogue) -> (Vec<f32>, Vec<f32>) {
        let fits = self.fits(catalogue);
        let best = fit::best_fits(catalogue, &fits);
        let mut kept = self.likeness.borrow_mut();
        if kept.0 != best || kept.1.len() != catalogue.occupations.len() {
            *kept = (best.clone(), fit::likeness(catalogue, catalogue.fit_demand(), &best));
        }
        (fit::suggestion_points(&fits, &best, &kept.1), fits)
    }

    /// How many skills the profile holds (level above 0), for the "uses N of your M" line.
    fn held(&self) -> u16 {
        self.profile.entries().iter().filter(|(_, l)| l.value() > 0).count().min(u16::MAX as usize) as u16
    }

    fn summary(&self, o: OccupationIdx, points: f32, fit: f32, held: u16) -> FitSummary {
        FitSummary::new(points, fit, &self.overlaps[o.get()], held, self.scores[o.get()])
    }
}

/// Ranks the occupations of `catalogue` for `profile`.
pub fn rank_occupations(catalogue: &Catalogue, profile: &Profile, options: &RankOptions) -> Vec<RankedOption> {
    let board = ScoreBoard::new(catalogue, profile);
    let mut ranked: Vec<RankedOption> = unranked(catalogue, &board, profile, options).collect();
    crate::domain::order::sort_by(&mut ranked, |a, b| compare(catalogue, options, a, b));
    ranked
}

/// The first `n` of [`rank_occupations`], without sorting the rest: "what fits me?" shows five of
/// thousands, and a cheap phone should not sort 3,007 options on every change of the profile.
pub fn top_occupations(catalogue: &Catalogue, profile: &Profile, options: &RankOptions, n: usize) -> Vec<RankedOption> {
    top_occupations_on(&ScoreBoard::new(catalogue, profile), catalogue, profile, options, n)
}

/// [`top_occupations`] with the scores of `board`, which must be up to date for `profile`.
pub fn top_occupations_on(
    board: &ScoreBoard,
    catalogue: &Catalogue,
    profile: &Profile,
    options: &RankOptions,
    n: usize,
) -> Vec<RankedOption> {
    let mut top: Vec<RankedOption> = Vec::with_capacity(n + 1);
    for option in unranked(catalogue, board, profile, options) {
        // `compare` is a total order (the occupation's id breaks ties), so this is the sorted prefix.
        let at = top.partition_point(|t| compare(catalogue, options, t, &option).is_lt());
        if at < n {
            top.insert(at, option);
            top.truncate(n);
        }
    }
    top
}

/// The order of [`rank_occupations`]: a total order, and none of it catalogue order.
fn compare(catalogue: &Catalogue, options: &RankOptions, a: &RankedOption, b: &RankedOption) -> std::cmp::Ordering {
    let key = b.rank_key.total_cmp(&a.rank_key);
    let fit = b.fit.points.total_cmp(&a.fit.points).then(b.score.total_cmp(&a.score));
    let effort = a.unclosable.cmp(&b.unclosable).then(a.plan_hours.cmp(&b.plan_hours));
    match options.by {
        RankBy::Fit | RankBy::Closeness => key.then(fit).then(effort),
        RankBy::Effort => effort.then(key).then(fit),
    }
    .then_with(|| catalogue.occupation(a.occupation).id.cmp(&catalogue.occupation(b.occupation).id))
}

/// Every option the filters keep, in catalogue order.
fn unranked<'a>(
    catalogue: &'a Catalogue,
    board: &'a ScoreBoard,
    profile: &'a Profile,
    options: &'a RankOptions,
) -> impl Iterator<Item = RankedOption> + 'a {
    let boost = options.shortage_boost.clamp(0.0, MAX_SHORTAGE_BOOST);
    let city = options.plan.city;
    let (points, fits) = board.suggestion_points(catalogue);
    let held = board.held();
    // The suggestions rank the reviewed occupations: one derived from its official tasks states
    // no levels, so its score says only which skills a worker has (`domain::spine`).
    catalogue
        .occupation_indices()
        .filter(|&o| catalogue.occupation(o).requirements_from.is_reviewed())
        .filter(|&o| in_industries(catalogue, o, &options.industries))
        .map(move |o| (o, catalogue.openings(o, city)))
        .filter(|(_, openings)| match options.openings_filter {
            OpeningsFilter::Any => true,
            OpeningsFilter::InCity => openings.in_city > 0,
            OpeningsFilter::InProvince => openings.in_province > 0,
        })
        .map(move |(o, openings)| {
            let occ = catalogue.occupation(o);
            let score = board.score(o);
            let shortage = occ.shortage.is_some();
            let (plan_hours, unclosable) = if options.with_plans || options.by == RankBy::Effort {
                let report = assess_with(catalogue, &board.vector, o);
                let plan = plan_courses(catalogue, profile, &report, &options.plan);
                (Some(plan.total_hours), Some(plan.unclosable.len()))
            } else {
                (None, None)
            };
            let near = if city.is_some() { openings.in_city } else { openings.in_province };
            let fit = board.summary(o, points[o.get()], fits[o.get()], held);
            let base = if options.by == RankBy::Closeness { score } else { fit.points };
            let raised = if shortage { boost } else { 0.0 } + openings_points(options.openings_boost, near);
            RankedOption {
                occupation: o,
                score,
                fit,
                boost: raised,
                rank_key: base * (1.0 + raised / 100.0),
                shortage,
                plan_hours,
                unclosable,
                openings,
            }
        })
}
