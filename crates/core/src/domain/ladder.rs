//! The certificate ladder: after the plan, which national certificate grade of the target
//! occupation the worker can sit, and which comes next.
//!
//! After the plan each required skill stands at max(held, the level the plan's courses teach).
//! The lowest of these levels decides the grade (a certificate attests the whole occupation):
//! level 2 → 五级, 3 → 四级, 4 → 三级, 5 → 二级, 6 → 一级. The next grade is one above.

use crate::domain::catalogue::{Catalogue, OccupationIdx, SkillIdx};
use crate::domain::level::SkillLevel;
use crate::domain::matching::{GapReport, Profile, ProfileVector};
use crate::domain::planner::CoursePlan;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlook {
    /// The national grade (5 = 五级 … 1 = 一级) the worker can sit after the plan, if any.
    pub ready_grade: Option<u8>,
    /// The grade after that, as the next goal.
    pub next_grade: Option<u8>,
    /// The lowest skill after the plan, which holds the grade back.
    pub limiting_skill: Option<(SkillIdx, SkillLevel)>,
}

pub fn outlook(catalogue: &Catalogue, report: &GapReport, plan: &CoursePlan) -> Outlook {
    let after = |skill: SkillIdx, held: SkillLevel| {
        plan.courses
            .iter()
            .flat_map(|p| catalogue.course(p.course).teaches.iter())
            .filter(|(s, _)| *s == skill)
            .map(|(_, l)| *l)
            .fold(held, SkillLevel::max)
    };
    let limiting = report.skills.iter().map(|g| (g.skill, after(g.skill, g.held))).min_by_key(|(s, l)| (*l, *s));
    let Some((skill, level)) = limiting else {
        return Outlook { ready_grade: None, next_grade: None, limiting_skill: None };
    };
    let ready = level.national_grade();
    let next = SkillLevel::new(level.value().saturating_add(1)).and_then(SkillLevel::national_grade);
    Outlook { ready_grade: ready, next_grade: next, limiting_skill: Some((skill, level)) }
}

/// The profile after the plan: every skill a planned course teaches stands at least at the level
/// the course teaches.
pub fn profile_after(catalogue: &Catalogue, profile: &Profile, plan: &CoursePlan) -> Profile {
    let mut after = profile.clone();
    for (skill, level) in plan.courses.iter().flat_map(|p| catalogue.course(p.course).teaches.iter()) {
        if *level > after.held(*skill) {
            after.set(*skill, *level);
        }
    }
    after
}

/// The match at which an occupation counts as "you can apply".
pub const APPLY_PERCENT: u8 = 90;

/// Occupations other than `target` that reach [`APPLY_PERCENT`] after the plan and did not
/// before, best first, at most `limit`: "what you can also apply for after this plan".
pub fn also_open_after(
    catalogue: &Catalogue,
    profile: &Profile,
    plan: &CoursePlan,
    target: OccupationIdx,
    limit: usize,
) -> Vec<(OccupationIdx, u8)> {
    // Without a course the profile stays as it is, and so does every score.
    if plan.courses.is_empty() {
        return Vec::new();
    }
    let before = ProfileVector::new(catalogue, profile);
    let after = ProfileVector::new(catalogue, &profile_after(catalogue, profile, plan));
    let percent =
        |v: &ProfileVector, o: &crate::domain::catalogue::Occupation| v.score(o).round().clamp(0.0, 100.0) as u8;
    let mut open: Vec<(OccupationIdx, u8)> = catalogue
        .occupations
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let i = OccupationIdx(i as u32);
            let now = percent(&after, o);
            (i != target && now >= APPLY_PERCENT && percent(&before, o) < APPLY_PERCENT).then_some((i, now))
        })
        .collect();
    crate::domain::order::sort_by_key(&mut open, |&(i, p)| (std::cmp::Reverse(p), i));
    open.truncate(limit);
    open
}
