//! Choosing the courses that close a gap.
//!
//! First version (walking skeleton): a greedy cover. Every missing skill that some course
//! teaches up to the required level is "closable"; the chooser repeatedly takes the course with
//! the fewest hours per gap it closes, then drops any chosen course that the others make
//! redundant, adds prerequisites (transitively) and orders the result so that prerequisites come
//! first (a prerequisite whose skills the worker already holds is skipped). Skills no course can close are reported, never dropped. The result covers every
//! closable gap but is not guaranteed to be the least total hours; the exact planner with
//! constraints (city, months, hours per week) replaces this in the engine issue.

use crate::domain::catalogue::{Catalogue, CourseIdx, SkillIdx};
use crate::domain::level::SkillLevel;
use crate::domain::matching::{GapReport, Profile};

/// The chosen courses and what they leave open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CoursePlan {
    /// Courses in the order to take them (prerequisites first).
    pub courses: Vec<CourseIdx>,
    pub total_hours: u32,
    /// Missing skills that no course in the catalogue teaches to the required level, with the
    /// best level a course could reach (0 when none teaches the skill at all).
    pub unclosable: Vec<(SkillIdx, SkillLevel)>,
}

/// Chooses courses that bring every closable missing skill of `report` to its required level.
/// `profile` decides which prerequisites the worker already meets: a prerequisite course is
/// skipped when the worker holds every skill it teaches at the level it teaches.
pub fn plan_courses(catalogue: &Catalogue, profile: &Profile, report: &GapReport) -> CoursePlan {
    let missing = report.missing();
    let mut open: Vec<(SkillIdx, SkillLevel)> = Vec::new();
    let mut unclosable = Vec::new();
    for gap in &missing {
        let best = catalogue
            .courses
            .iter()
            .flat_map(|c| c.teaches.iter())
            .filter(|(s, _)| *s == gap.skill)
            .map(|(_, l)| *l)
            .max()
            .unwrap_or(SkillLevel::NONE);
        if best >= gap.required {
            open.push((gap.skill, gap.required));
        } else {
            unclosable.push((gap.skill, best));
        }
    }

    let closes = |course: CourseIdx, gap: &(SkillIdx, SkillLevel)| {
        catalogue.course(course).teaches.iter().any(|(s, l)| *s == gap.0 && *l >= gap.1)
    };

    // Greedy: fewest hours per closed gap; ties by catalogue order (deterministic).
    let mut chosen: Vec<CourseIdx> = Vec::new();
    let mut remaining = open.clone();
    while !remaining.is_empty() {
        let best = (0..catalogue.courses.len() as u32)
            .map(CourseIdx)
            .filter(|c| !chosen.contains(c))
            .filter_map(|c| {
                let n = remaining.iter().filter(|g| closes(c, g)).count();
                (n > 0).then(|| (c, catalogue.course(c).hours as f32 / n as f32))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        let Some((course, _)) = best else { break };
        chosen.push(course);
        remaining.retain(|g| !closes(course, g));
    }

    // Add the prerequisites not already met, then drop any course that is nobody's
    // prerequisite and whose gaps the other courses already close (longest first), until stable.
    let mut set = with_prerequisites(catalogue, profile, &chosen);
    loop {
        let mut by_hours = set.clone();
        by_hours.sort_by_key(|c| (std::cmp::Reverse(catalogue.course(*c).hours), *c));
        let redundant = by_hours.into_iter().find(|&c| {
            let is_prerequisite = set.iter().any(|o| catalogue.course(*o).prerequisites.contains(&c));
            let needed = open.iter().any(|g| closes(c, g) && !set.iter().any(|&o| o != c && closes(o, g)));
            !is_prerequisite && !needed
        });
        match redundant {
            Some(c) => set.retain(|&o| o != c),
            None => break,
        }
    }

    let courses = in_prerequisite_order(catalogue, set);
    let total_hours = courses.iter().map(|c| catalogue.course(*c).hours).sum();
    CoursePlan { courses, total_hours, unclosable }
}

/// `chosen` plus their prerequisites (transitively), except prerequisites whose skills the
/// worker already holds at the level they teach.
fn with_prerequisites(catalogue: &Catalogue, profile: &Profile, chosen: &[CourseIdx]) -> Vec<CourseIdx> {
    let already_met = |c: CourseIdx| catalogue.course(c).teaches.iter().all(|(s, l)| profile.held(*s) >= *l);
    let mut all: Vec<CourseIdx> = chosen.to_vec();
    let mut i = 0;
    while i < all.len() {
        for &p in &catalogue.course(all[i]).prerequisites {
            if !all.contains(&p) && !already_met(p) {
                all.push(p);
            }
        }
        i += 1;
    }
    all
}

/// Orders courses so that each comes after those of its prerequisites that are in the set;
/// otherwise catalogue order. The catalogue is validated to be free of prerequisite cycles.
fn in_prerequisite_order(catalogue: &Catalogue, mut all: Vec<CourseIdx>) -> Vec<CourseIdx> {
    all.sort();
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
