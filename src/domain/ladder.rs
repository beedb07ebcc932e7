//! The certificate ladder: after the plan, which national certificate grade of the target
//! occupation the worker can sit, and which comes next.
//!
//! After the plan each required skill stands at max(held, the level the plan's courses teach).
//! The lowest of these levels decides the grade (a certificate attests the whole occupation):
//! level 2 → 五级, 3 → 四级, 4 → 三级, 5 → 二级, 6 → 一级. The next grade is one above.

use crate::domain::catalogue::{Catalogue, SkillIdx};
use crate::domain::level::SkillLevel;
use crate::domain::matching::GapReport;
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
