//! The course plan: the least training that brings every closable missing skill to its required
//! level, respecting prerequisites and the worker's constraints.
//!
//! 1. **Gaps**: missing skills (held level below required). A gap is *closable* when some course
//!    that the worker can attend (city or online; a start month within the free months, with the
//!    whole course inside them at the chosen weekly hours) teaches the skill to the required
//!    level. Other gaps are reported as unclosable, with the reason, never dropped.
//! 2. **Candidates**: each attendable course teaching some gap, with the closure of its
//!    prerequisites the worker does not already meet (a prerequisite is met when the worker
//!    holds every skill it teaches at the level it teaches).
//! 3. **Exact search**: branch and bound over candidates. The objective is total hours (or
//!    out-of-pocket cost after subsidy), then the other one, then course order — so ties are
//!    broken deterministically. Branching picks the uncovered gap with the fewest candidates; the
//!    bound adds, to the cost so far, the largest over uncovered gaps of the cheapest way to cover
//!    it. The greedy plan is the first incumbent, so the result is never worse than greedy. Past
//!    `node_limit` nodes the search stops and the plan states its gap to the lower bound.
//! 4. **Order and schedule**: prerequisites first; each course starts in the first month from
//!    `start_month` that it is offered in and that fits the worker's free months.

use crate::domain::catalogue::{Catalogue, Course, CourseIdx, SkillIdx};
use crate::domain::city::City;
use crate::domain::format::DeliveryMode;
use crate::domain::level::SkillLevel;
use crate::domain::matching::{GapReport, Profile};

/// What the plan minimises.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Objective {
    /// Fewest training hours (the default).
    #[default]
    Hours,
    /// Least out-of-pocket cost: fees minus certification subsidies.
    OutOfPocket,
}

/// The worker's constraints and the search settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanOptions {
    /// Only courses held in this city (online courses are always allowed); `None`: anywhere.
    pub city: Option<&'static City>,
    /// Bit `m` set for each month (1–12) the worker is free; 0 means every month.
    pub free_months: u16,
    /// Hours of training per week the worker can manage (courses are assumed to run at this
    /// pace; at most 40).
    pub hours_per_week: u32,
    pub objective: Objective,
    /// The month (1–12) from which courses are scheduled.
    pub start_month: u8,
    /// Search nodes before the exact search stops with a bounded result.
    pub node_limit: usize,
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions {
            city: None,
            free_months: 0,
            hours_per_week: 40,
            objective: Objective::Hours,
            start_month: 1,
            node_limit: 200_000,
        }
    }
}

/// Months as a bit set from a list (ignores values outside 1–12).
pub fn month_mask(months: &[u8]) -> u16 {
    months.iter().filter(|m| (1..=12).contains(*m)).fold(0, |acc, m| acc | (1 << m))
}

/// Why a gap is left open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnclosableReason {
    /// No course in the catalogue teaches the skill to the required level.
    NoCourse,
    /// Such courses exist, but not in the worker's city or free months.
    NotAttendable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unclosable {
    pub skill: SkillIdx,
    pub required: SkillLevel,
    /// The highest level any course in the catalogue teaches this skill to.
    pub best_taught: SkillLevel,
    pub reason: UnclosableReason,
}

/// One course of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedCourse {
    pub course: CourseIdx,
    /// Months from the start of the plan (0 = `start_month`) and the calendar month it starts.
    pub starts_after_months: u8,
    pub start_month: u8,
    pub weeks: u32,
    pub subsidy: u32,
    pub out_of_pocket: u32,
    /// The gaps of the report it closes (empty for a pure prerequisite).
    pub closes: Vec<SkillIdx>,
}

impl PlannedCourse {
    /// Calendar months the course runs in (1 or more), counted from its start month.
    pub fn months_spanned(&self) -> u8 {
        span_months(self.weeks)
    }
}

/// The chosen courses, in order, and what they leave open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CoursePlan {
    pub courses: Vec<PlannedCourse>,
    pub total_hours: u32,
    pub total_fee: u32,
    pub total_subsidy: u32,
    pub total_out_of_pocket: u32,
    pub unclosable: Vec<Unclosable>,
    /// True when the search proved the plan optimal for the objective.
    pub optimal: bool,
    /// A lower bound of the objective (hours or yuan); equals the plan's value when optimal.
    pub lower_bound: u32,
    /// Search nodes visited.
    pub nodes: usize,
}

impl CoursePlan {
    pub fn course_ids(&self) -> Vec<CourseIdx> {
        self.courses.iter().map(|c| c.course).collect()
    }

    /// The objective's value of this plan.
    pub fn value(&self, objective: Objective) -> u32 {
        match objective {
            Objective::Hours => self.total_hours,
            Objective::OutOfPocket => self.total_out_of_pocket,
        }
    }
}

/// The subsidy paid for `course` (its rule's amount, never more than the fee).
pub fn subsidy(catalogue: &Catalogue, course: &Course) -> u32 {
    catalogue.subsidy_rule(course).map_or(0, |r| r.amount.min(course.cost))
}

fn weeks(course: &Course, hours_per_week: u32) -> u32 {
    course.hours.div_ceil(hours_per_week.clamp(1, 40))
}

/// Months a course of `weeks` weeks spans (a month ≈ 4.33 weeks).
fn span_months(weeks: u32) -> u8 {
    ((weeks * 3).div_ceil(13)).clamp(1, 12) as u8
}

fn month_after(start: u8, offset: u8) -> u8 {
    ((start as u16 - 1 + offset as u16) % 12 + 1) as u8
}

/// The first offset (0–23 months after `from_offset`) at which `course` can start: offered that
/// month, and every month it spans is free.
fn first_start(course: &Course, options: &PlanOptions, from_offset: u8) -> Option<u8> {
    let span = span_months(weeks(course, options.hours_per_week));
    (from_offset..from_offset.saturating_add(24)).find(|&offset| {
        let month = month_after(options.start_month.clamp(1, 12), offset);
        let offered = course.months & (1 << month) != 0;
        let free =
            options.free_months == 0 || (0..span).all(|k| options.free_months & (1 << month_after(month, k)) != 0);
        offered && free
    })
}

/// Whether `course` has a start month that fits the worker's free months.
pub fn can_start(course: &Course, options: &PlanOptions) -> bool {
    first_start(course, options, 0).is_some()
}

fn attendable(course: &Course, options: &PlanOptions) -> bool {
    let place = match options.city {
        None => true,
        Some(city) => course.mode == DeliveryMode::Online || course.cities.iter().any(|c| c.id == city.id),
    };
    place && first_start(course, options, 0).is_some()
}

/// A fixed-size bit set over gaps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn has(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn union_with(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
}

/// The search problem, with courses renumbered densely (`local` indices).
struct Problem {
    /// Catalogue course of each local index.
    courses: Vec<CourseIdx>,
    /// Combined cost of each local course: primary × SCALE + secondary.
    cost: Vec<u64>,
    /// Gaps each local course closes.
    covers: Vec<Bits>,
    /// Candidates: a local course plus its unmet prerequisites (local indices, the course last).
    bundles: Vec<Vec<usize>>,
    /// For each gap, the candidates that cover it (through any course of the bundle).
    by_gap: Vec<Vec<usize>>,
    gaps: usize,
}

const SCALE: u64 = 10_000_000;

impl Problem {
    fn incremental(&self, bundle: usize, chosen: &[bool]) -> u64 {
        self.bundles[bundle].iter().filter(|&&c| !chosen[c]).map(|&c| self.cost[c]).sum()
    }

    fn bundle_covers(&self, bundle: usize, gap: usize) -> bool {
        self.bundles[bundle].iter().any(|&c| self.covers[c].has(gap))
    }
}

struct Search<'a> {
    p: &'a Problem,
    best: Option<(u64, Vec<bool>)>,
    nodes: usize,
    limit: usize,
    stopped: bool,
}

impl Search<'_> {
    fn lower_bound(&self, covered: &Bits, chosen: &[bool]) -> Option<u64> {
        let mut bound = 0u64;
        for g in 0..self.p.gaps {
            if covered.has(g) {
                continue;
            }
            let cheapest = self.p.by_gap[g].iter().map(|&b| self.p.incremental(b, chosen)).min()?;
            bound = bound.max(cheapest);
        }
        Some(bound)
    }

    fn run(&mut self, covered: &mut Bits, chosen: &mut Vec<bool>, cost: u64) {
        self.nodes += 1;
        if self.nodes > self.limit {
            self.stopped = true;
            return;
        }
        let Some(bound) = self.lower_bound(covered, chosen) else { return };
        if let Some((best, _)) = &self.best {
            if cost + bound >= *best {
                return;
            }
        }
        // The uncovered gap with the fewest candidates.
        let next = (0..self.p.gaps).filter(|&g| !covered.has(g)).min_by_key(|&g| (self.p.by_gap[g].len(), g));
        let Some(gap) = next else {
            self.best = Some((cost, chosen.clone()));
            return;
        };
        let mut options: Vec<(u64, usize)> =
            self.p.by_gap[gap].iter().map(|&b| (self.p.incremental(b, chosen), b)).collect();
        crate::domain::order::sort(&mut options);
        for (extra, bundle) in options {
            if self.stopped {
                return;
            }
            let added: Vec<usize> = self.p.bundles[bundle].iter().copied().filter(|&c| !chosen[c]).collect();
            let saved = covered.clone();
            for &c in &added {
                chosen[c] = true;
                covered.union_with(&self.p.covers[c]);
            }
            self.run(covered, chosen, cost + extra);
            for &c in &added {
                chosen[c] = false;
            }
            *covered = saved;
        }
    }
}

/// Plans the courses that close the gaps of `report` for a worker with `profile`.
pub fn plan_courses(catalogue: &Catalogue, profile: &Profile, report: &GapReport, options: &PlanOptions) -> CoursePlan {
    let missing = report.missing();
    let already_met = |c: CourseIdx| catalogue.course(c).teaches.iter().all(|(s, l)| profile.held(*s) >= *l);
    // Whether each course can be attended, worked out only for the courses a gap needs (a
    // catalogue has hundreds; a gap has a handful): 0 not yet known, 1 yes, 2 no.
    let known = std::cell::RefCell::new(vec![0u8; catalogue.courses.len()]);
    let can_attend = |c: CourseIdx| {
        let mut known = known.borrow_mut();
        if known[c.get()] == 0 {
            known[c.get()] = if attendable(catalogue.course(c), options) { 1 } else { 2 };
        }
        known[c.get()] == 1
    };

    // Prerequisite closure of a course among attendable courses; None if one cannot be attended.
    let closure = |c: CourseIdx| -> Option<Vec<CourseIdx>> {
        let mut all = vec![c];
        let mut i = 0;
        while i < all.len() {
            for &p in &catalogue.course(all[i]).prerequisites {
                if !all.contains(&p) && !already_met(p) {
                    if !can_attend(p) {
                        return None;
                    }
                    all.push(p);
                }
            }
            i += 1;
        }
        Some(all)
    };

    let teaches = |c: &Course, s: SkillIdx, l: SkillLevel| c.teaches.iter().any(|&(t, tl)| t == s && tl >= l);
    let mut gaps: Vec<(SkillIdx, SkillLevel)> = Vec::new();
    let mut unclosable = Vec::new();
    let mut bundles_by_course: Vec<(CourseIdx, Vec<CourseIdx>)> = Vec::new();
    for g in &missing {
        let teaching = catalogue.courses_teaching(g.skill);
        let best_taught = teaching.iter().map(|&(_, l)| l).max().unwrap_or(SkillLevel::NONE);
        let mut closable = false;
        for &(ci, level) in teaching {
            if level >= g.required && can_attend(ci) {
                if let Some(b) = closure(ci) {
                    closable = true;
                    if !bundles_by_course.iter().any(|(k, _)| *k == ci) {
                        bundles_by_course.push((ci, b));
                    }
                }
            }
        }
        if closable {
            gaps.push((g.skill, g.required));
        } else {
            let reason =
                if best_taught >= g.required { UnclosableReason::NotAttendable } else { UnclosableReason::NoCourse };
            unclosable.push(Unclosable { skill: g.skill, required: g.required, best_taught, reason });
        }
    }
    crate::domain::order::sort_by_key(&mut bundles_by_course, |(c, _)| *c);

    // Dense problem.
    let mut local: Vec<CourseIdx> = bundles_by_course.iter().flat_map(|(_, b)| b.iter().copied()).collect();
    crate::domain::order::sort(&mut local);
    local.dedup();
    let pos = |c: CourseIdx| local.binary_search(&c).unwrap_or(0);
    let cost_of = |c: CourseIdx| {
        let course = catalogue.course(c);
        let oop = (course.cost - subsidy(catalogue, course)) as u64;
        let hours = course.hours as u64;
        match options.objective {
            Objective::Hours => hours * SCALE + oop,
            Objective::OutOfPocket => oop * SCALE + hours,
        }
    };
    let problem = Problem {
        cost: local.iter().map(|&c| cost_of(c)).collect(),
        covers: local
            .iter()
            .map(|&c| {
                let mut b = Bits::new(gaps.len());
                for (g, &(s, l)) in gaps.iter().enumerate() {
                    if teaches(catalogue.course(c), s, l) {
                        b.set(g);
                    }
                }
                b
            })
            .collect(),
        bundles: bundles_by_course
            .iter()
            .map(|(c, b)| {
                let mut v: Vec<usize> = b.iter().filter(|x| *x != c).map(|&x| pos(x)).collect();
                v.push(pos(*c));
                v
            })
            .collect(),
        by_gap: Vec::new(),
        gaps: gaps.len(),
        courses: local.clone(),
    };
    let by_gap: Vec<Vec<usize>> = (0..gaps.len())
        .map(|g| (0..problem.bundles.len()).filter(|&b| problem.bundle_covers(b, g)).collect())
        .collect();
    let problem = Problem { by_gap, ..problem };

    // Greedy incumbent: cheapest incremental cost per newly covered gap.
    let mut chosen = vec![false; local.len()];
    let mut covered = Bits::new(gaps.len());
    let mut greedy_cost = 0u64;
    loop {
        let uncovered: Vec<usize> = (0..gaps.len()).filter(|&g| !covered.has(g)).collect();
        if uncovered.is_empty() {
            break;
        }
        let pick = (0..problem.bundles.len())
            .filter_map(|b| {
                let n = uncovered.iter().filter(|&&g| problem.bundle_covers(b, g)).count();
                (n > 0).then(|| (problem.incremental(b, &chosen) as f64 / n as f64, b))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let Some((_, b)) = pick else { break };
        greedy_cost += problem.incremental(b, &chosen);
        for &c in &problem.bundles[b] {
            if !chosen[c] {
                chosen[c] = true;
                covered.union_with(&problem.covers[c]);
            }
        }
    }

    let mut search =
        Search { p: &problem, best: Some((greedy_cost, chosen)), nodes: 0, limit: options.node_limit, stopped: false };
    let root_bound = search.lower_bound(&Bits::new(gaps.len()), &vec![false; local.len()]).unwrap_or(0);
    search.run(&mut Bits::new(gaps.len()), &mut vec![false; local.len()], 0);
    let (best_cost, best_set) = search.best.clone().unwrap_or_default();
    let optimal = !search.stopped;

    // Drop any course that is nobody's prerequisite and closes nothing the others do not.
    let mut set: Vec<CourseIdx> =
        best_set.iter().enumerate().filter(|(_, &on)| on).map(|(i, _)| problem.courses[i]).collect();
    loop {
        let redundant = set.iter().copied().rev().find(|&c| {
            let is_pre = set.iter().any(|o| catalogue.course(*o).prerequisites.contains(&c));
            let needed = gaps.iter().any(|&(s, l)| {
                teaches(catalogue.course(c), s, l) && !set.iter().any(|&o| o != c && teaches(catalogue.course(o), s, l))
            });
            !is_pre && !needed
        });
        match redundant {
            Some(c) => set.retain(|&o| o != c),
            None => break,
        }
    }

    let ordered = in_prerequisite_order(catalogue, set);
    let mut offset = 0u8;
    let mut courses = Vec::with_capacity(ordered.len());
    for c in ordered {
        let course = catalogue.course(c);
        let w = weeks(course, options.hours_per_week);
        let start = first_start(course, options, offset).unwrap_or(offset);
        offset = start.saturating_add(span_months(w));
        let sub = subsidy(catalogue, course);
        courses.push(PlannedCourse {
            course: c,
            starts_after_months: start,
            start_month: month_after(options.start_month.clamp(1, 12), start),
            weeks: w,
            subsidy: sub,
            out_of_pocket: course.cost - sub,
            closes: gaps.iter().filter(|&&(s, l)| teaches(course, s, l)).map(|&(s, _)| s).collect(),
        });
    }
    let sum = |f: &dyn Fn(&PlannedCourse) -> u32| courses.iter().map(f).sum::<u32>();
    let total_hours = sum(&|p| catalogue.course(p.course).hours);
    let total_fee = sum(&|p| catalogue.course(p.course).cost);
    let total_subsidy = sum(&|p| p.subsidy);
    let total_out_of_pocket = sum(&|p| p.out_of_pocket);
    let lower_bound = if optimal { (best_cost / SCALE) as u32 } else { (root_bound / SCALE) as u32 };
    CoursePlan {
        courses,
        total_hours,
        total_fee,
        total_subsidy,
        total_out_of_pocket,
        unclosable,
        optimal,
        lower_bound,
        nodes: search.nodes,
    }
}

/// Orders courses so that each comes after those of its prerequisites that are in the set;
/// otherwise catalogue order. The catalogue is validated to be free of prerequisite cycles.
fn in_prerequisite_order(catalogue: &Catalogue, mut all: Vec<CourseIdx>) -> Vec<CourseIdx> {
    crate::domain::order::sort(&mut all);
    let mut ordered: Vec<CourseIdx> = Vec::with_capacity(all.len());
    while ordered.len() < all.len() {
        let next = all.iter().copied().find(|c| {
            !ordered.contains(c)
                && catalogue.course(*c).prerequisites.iter().all(|p| ordered.contains(p) || !all.contains(p))
        });
        match next {
            Some(c) => ordered.push(c),
            None => break, // unreachable for a validated catalogue (no cycles)
        }
    }
    ordered
}

/// The greedy plan alone (for comparison in tests and benchmarks): its objective value.
pub fn greedy_value(catalogue: &Catalogue, profile: &Profile, report: &GapReport, options: &PlanOptions) -> u32 {
    let plan = plan_courses(catalogue, profile, report, &PlanOptions { node_limit: 0, ..*options });
    plan.value(options.objective)
}
