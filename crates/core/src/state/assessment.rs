//! One assessment: the worker's skills with levels and the chosen target occupation.

use crate::domain::city::{find_city, City};
use crate::domain::planner::{Objective, PlanOptions};
use crate::domain::{OccupationIdx, Profile, SkillIdx, SkillLevel, Terms};

/// The level a newly added skill starts at: 初级工 (五级), "I can do simple jobs on my own".
/// Low enough not to overstate, high enough that a skill someone names counts for something.
pub const DEFAULT_LEVEL: SkillLevel = match SkillLevel::new(2) {
    Some(l) => l,
    None => SkillLevel::NONE,
};

/// When, where and how the worker can train.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Constraints {
    /// City id (`fuxin`); `None`: anywhere in the province.
    pub city: Option<&'static str>,
    /// Bit `m` for each free month 1–12; 0: any month.
    pub free_months: u16,
    pub hours_per_week: u32,
    pub objective: Objective,
}

impl Default for Constraints {
    fn default() -> Self {
        Constraints { city: None, free_months: 0, hours_per_week: 40, objective: Objective::Hours }
    }
}

impl Constraints {
    /// The planner's options for these constraints, scheduling from `start_month`.
    pub fn plan_options(&self, start_month: u8) -> PlanOptions {
        PlanOptions {
            city: self.city.and_then(find_city),
            free_months: self.free_months,
            hours_per_week: self.hours_per_week,
            objective: self.objective,
            start_month,
            ..PlanOptions::default()
        }
    }

    pub fn city(&self) -> Option<&'static City> {
        self.city.and_then(find_city)
    }
}

/// How many occupations can be compared side by side.
pub const MAX_COMPARE: usize = 3;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssessmentState {
    pub profile: Profile,
    pub target: Option<OccupationIdx>,
    /// Occupations put side by side, in the order chosen (at most [`MAX_COMPARE`]).
    pub compare: Vec<OccupationIdx>,
    pub constraints: Constraints,
    /// A counsellor's notes (kept on the device, printed and exported; never in a share link).
    pub notes: String,
}

/// The longest notes kept (characters).
pub const MAX_NOTES: usize = 2_000;

/// True when `text` seems to hold contact details: a run of seven or more digits (a phone or ID
/// number, with spaces or dashes inside) or an e-mail address. Notes are warned about, since
/// files with notes travel to counsellors' colleagues.
pub fn looks_personal(text: &str) -> bool {
    let mut run = 0;
    for ch in text.chars() {
        if ch.is_ascii_digit() || ('０'..='９').contains(&ch) {
            run += 1;
            if run >= 7 {
                return true;
            }
        } else if !matches!(ch, ' ' | '-') {
            run = 0;
        }
    }
    text.split_whitespace().any(|w| w.split_once('@').is_some_and(|(a, b)| !a.is_empty() && b.contains('.')))
}

/// What a person can do to an assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum AssessmentAction {
    /// Adds a skill at [`DEFAULT_LEVEL`]; a skill already in the profile keeps its level.
    AddSkill(SkillIdx),
    /// Sets the level of a skill (adding it when absent).
    SetLevel(SkillIdx, SkillLevel),
    RemoveSkill(SkillIdx),
    SetTarget(Option<OccupationIdx>),
    /// Puts an occupation in the comparison or takes it out; a fourth replaces the oldest.
    ToggleCompare(OccupationIdx),
    /// Fills the profile from an origin occupation's typical skills (skills already entered
    /// keep the higher of the two levels).
    FillFrom(Vec<(SkillIdx, SkillLevel)>),
    /// Sets the level of several skills at once (skills confirmed from a description).
    SetMany(Vec<(SkillIdx, SkillLevel)>),
    /// Sets the city (by id; `None` for anywhere).
    SetCity(Option<&'static str>),
    /// Turns a free month (1–12) on or off.
    ToggleMonth(u8),
    SetHoursPerWeek(u32),
    SetObjective(Objective),
    /// Replaces the counsellor's notes (cut to [`MAX_NOTES`] characters).
    SetNotes(String),
    /// Forgets everything.
    Reset,
}

impl AssessmentState {
    /// The state after `action`. Pure: no I/O, no time, no randomness.
    pub fn apply(&self, action: AssessmentAction) -> AssessmentState {
        let mut next = self.clone();
        match action {
            AssessmentAction::AddSkill(skill) => {
                if !next.profile.contains(skill) {
                    next.profile.set(skill, DEFAULT_LEVEL);
                }
            }
            AssessmentAction::SetLevel(skill, level) => next.profile.set(skill, level),
            AssessmentAction::RemoveSkill(skill) => next.profile.remove(skill),
            AssessmentAction::SetTarget(target) => next.target = target,
            AssessmentAction::ToggleCompare(o) => {
                if let Some(i) = next.compare.iter().position(|&c| c == o) {
                    next.compare.remove(i);
                } else {
                    if next.compare.len() == MAX_COMPARE {
                        next.compare.remove(0);
                    }
                    next.compare.push(o);
                }
            }
            AssessmentAction::FillFrom(skills) => {
                for (skill, level) in skills {
                    let held = next.profile.held(skill);
                    if !next.profile.contains(skill) || level > held {
                        next.profile.set(skill, level.max(held));
                    }
                }
            }
            AssessmentAction::SetMany(skills) => {
                for (skill, level) in skills {
                    next.profile.set(skill, level);
                }
            }
            AssessmentAction::SetCity(city) => next.constraints.city = city.and_then(find_city).map(|c| c.id),
            AssessmentAction::ToggleMonth(m) if (1..=12).contains(&m) => next.constraints.free_months ^= 1 << m,
            AssessmentAction::ToggleMonth(_) => {}
            AssessmentAction::SetHoursPerWeek(h) => next.constraints.hours_per_week = h.clamp(1, 40),
            AssessmentAction::SetObjective(o) => next.constraints.objective = o,
            AssessmentAction::SetNotes(n) => next.notes = n.chars().take(MAX_NOTES).collect(),
            AssessmentAction::Reset => next = AssessmentState::default(),
        }
        next
    }

    /// The same assessment in another catalogue: skills and target are found again by id. Returns
    /// the ids of the skills (and the target) that the new catalogue lacks, so the UI can say so.
    pub fn remap(&self, from: &Terms, to: &Terms) -> (AssessmentState, Vec<String>) {
        let mut dropped = Vec::new();
        let mut profile = Profile::new();
        for &(skill, level) in self.profile.entries() {
            let id = &from.skill(skill).id;
            match to.skill_by_id(id) {
                Some(s) => profile.set(s, level),
                None => dropped.push(id.clone()),
            }
        }
        let target = self.target.and_then(|o| {
            let id = &from.occupation(o).id;
            let found = to.occupation_by_id(id);
            if found.is_none() {
                dropped.push(id.clone());
            }
            found
        });
        let compare = self
            .compare
            .iter()
            .filter_map(|&o| {
                let id = &from.occupation(o).id;
                let found = to.occupation_by_id(id);
                if found.is_none() && !dropped.contains(id) {
                    dropped.push(id.clone());
                }
                found
            })
            .collect();
        (
            AssessmentState { profile, target, compare, constraints: self.constraints, notes: self.notes.clone() },
            dropped,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalogue;

    fn lvl(v: u8) -> SkillLevel {
        SkillLevel::new(v).unwrap()
    }

    #[test]
    fn adding_keeps_an_existing_level() {
        let s = AssessmentState::default()
            .apply(AssessmentAction::AddSkill(SkillIdx(3)))
            .apply(AssessmentAction::SetLevel(SkillIdx(3), lvl(5)))
            .apply(AssessmentAction::AddSkill(SkillIdx(3)));
        assert_eq!(s.profile.held(SkillIdx(3)), lvl(5));
        assert_eq!(s.profile.len(), 1);
    }

    #[test]
    fn new_skills_start_at_the_default_level_in_order() {
        let s = AssessmentState::default()
            .apply(AssessmentAction::AddSkill(SkillIdx(7)))
            .apply(AssessmentAction::AddSkill(SkillIdx(2)));
        assert_eq!(s.profile.entries(), &[(SkillIdx(7), DEFAULT_LEVEL), (SkillIdx(2), DEFAULT_LEVEL)]);
    }

    #[test]
    fn remap_finds_skills_and_target_by_id() {
        let sample = Catalogue::from_json(include_str!("../../../../data/catalogue.sample.json")).unwrap();
        let mut v: serde_json::Value =
            serde_json::from_str(include_str!("../../../../data/catalogue.sample.json")).unwrap();
        // The other catalogue lists skills in reverse order and lacks "gtaw".
        let skills = v["skills"].as_array_mut().unwrap();
        skills.reverse();
        skills.retain(|s| s["id"] != "gtaw");
        for o in v["occupations"].as_array_mut().unwrap() {
            o["requires"].as_array_mut().unwrap().retain(|r| r["skill"] != "gtaw");
        }
        v["courses"].as_array_mut().unwrap().retain(|c| c["id"] != "tig-special");
        let other = Catalogue::from_json(&v.to_string()).unwrap();
        let id = |c: &Catalogue, s: &str| c.skill_by_id(s).unwrap();
        let state = AssessmentState::default()
            .apply(AssessmentAction::SetLevel(id(&sample, "smaw"), lvl(4)))
            .apply(AssessmentAction::AddSkill(id(&sample, "gtaw")))
            .apply(AssessmentAction::SetTarget(sample.occupation_by_id("welder")));
        let (moved, dropped) = state.remap(&sample, &other);
        assert_eq!(moved.profile.entries(), &[(id(&other, "smaw"), lvl(4))]);
        assert_eq!(moved.target, other.occupation_by_id("welder"));
        assert_eq!(dropped, vec!["gtaw".to_owned()]);
    }

    #[test]
    fn compare_holds_at_most_three_in_order() {
        let mut s = AssessmentState::default();
        for o in [1, 2, 3, 2, 4, 5] {
            s = s.apply(AssessmentAction::ToggleCompare(OccupationIdx(o)));
        }
        // 2 was taken out again; 4 then 5 pushed out the oldest (1).
        assert_eq!(s.compare, vec![OccupationIdx(3), OccupationIdx(4), OccupationIdx(5)]);
    }

    #[test]
    fn contact_details_in_notes_are_noticed() {
        for yes in
            ["电话 138 0013 8000", "身份证21010219800101123X", "mail li.wei@example.cn", "１３８００１３８０００"]
        {
            assert!(looks_personal(yes), "{yes}");
        }
        for no in ["三月再联系", "wants day courses, 2 kids", "Grade 5 in 2024-03", "a@b"] {
            assert!(!looks_personal(no), "{no}");
        }
    }

    #[test]
    fn constraints_are_validated() {
        let s = AssessmentState::default()
            .apply(AssessmentAction::SetCity(Some("阜新市")))
            .apply(AssessmentAction::ToggleMonth(11))
            .apply(AssessmentAction::ToggleMonth(12))
            .apply(AssessmentAction::ToggleMonth(12))
            .apply(AssessmentAction::ToggleMonth(13))
            .apply(AssessmentAction::SetHoursPerWeek(90));
        assert_eq!(s.constraints.city, Some("fuxin"));
        assert_eq!(s.constraints.free_months, 1 << 11);
        assert_eq!(s.constraints.hours_per_week, 40);
        assert_eq!(s.apply(AssessmentAction::SetCity(Some("北京"))).constraints.city, None);
    }

    #[test]
    fn filling_from_a_previous_job_keeps_higher_levels() {
        let s = AssessmentState::default()
            .apply(AssessmentAction::SetLevel(SkillIdx(1), lvl(5)))
            .apply(AssessmentAction::FillFrom(vec![(SkillIdx(1), lvl(3)), (SkillIdx(2), lvl(2))]));
        assert_eq!(s.profile.entries(), &[(SkillIdx(1), lvl(5)), (SkillIdx(2), lvl(2))]);
    }

    #[test]
    fn remove_target_and_reset() {
        let s = AssessmentState::default()
            .apply(AssessmentAction::AddSkill(SkillIdx(1)))
            .apply(AssessmentAction::SetTarget(Some(OccupationIdx(2))))
            .apply(AssessmentAction::RemoveSkill(SkillIdx(1)));
        assert!(s.profile.is_empty());
        assert_eq!(s.target, Some(OccupationIdx(2)));
        assert_eq!(s.apply(AssessmentAction::Reset), AssessmentState::default());
    }
}
