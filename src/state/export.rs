//! The assessment as a small, versioned JSON document that names skills and the target by id (so
//! it survives catalogue editions) and never holds a personal name. Used to rescue the work when
//! the app fails, and later for sharing and counsellors' files.

use serde::{Deserialize, Serialize};

use crate::domain::planner::Objective;
use crate::domain::Catalogue;
use crate::state::AssessmentState;

/// The `format` field of an exported assessment.
pub const EXPORT_FORMAT: &str = "skillgap-assessment";
/// The version this build writes.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedSkill {
    pub skill: String,
    pub level: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentExport {
    pub format: String,
    pub version: u32,
    pub catalogue_edition: String,
    pub skills: Vec<ExportedSkill>,
    pub target: Option<String>,
    pub city: Option<String>,
    pub free_months: Vec<u8>,
    pub hours_per_week: u32,
    /// `hours` or `cost`.
    pub objective: String,
}

/// The assessment as an export document.
pub fn export(state: &AssessmentState, catalogue: &Catalogue) -> AssessmentExport {
    let c = &state.constraints;
    AssessmentExport {
        format: EXPORT_FORMAT.to_owned(),
        version: EXPORT_VERSION,
        catalogue_edition: catalogue.edition.clone(),
        skills: state
            .profile
            .entries()
            .iter()
            .map(|(s, l)| ExportedSkill { skill: catalogue.skill(*s).id.clone(), level: l.value() })
            .collect(),
        target: state.target.map(|o| catalogue.occupation(o).id.clone()),
        city: c.city.map(str::to_owned),
        free_months: (1..=12).filter(|m| c.free_months & (1 << m) != 0).collect(),
        hours_per_week: c.hours_per_week,
        objective: match c.objective {
            Objective::Hours => "hours",
            Objective::OutOfPocket => "cost",
        }
        .to_owned(),
    }
}

/// The export as JSON text.
pub fn export_json(state: &AssessmentState, catalogue: &Catalogue) -> String {
    serde_json::to_string_pretty(&export(state, catalogue)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AssessmentAction;

    #[test]
    fn exports_name_skills_and_target_by_id() {
        let c = Catalogue::from_json(include_str!("../../data/catalogue.sample.json")).unwrap();
        let state = AssessmentState::default()
            .apply(AssessmentAction::AddSkill(c.skill_by_id("smaw").unwrap()))
            .apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")))
            .apply(AssessmentAction::SetCity(Some("fuxin")))
            .apply(AssessmentAction::ToggleMonth(11));
        let e = export(&state, &c);
        assert_eq!(e.skills, vec![ExportedSkill { skill: "smaw".into(), level: 2 }]);
        assert_eq!(
            (e.target.as_deref(), e.city.as_deref(), e.free_months.as_slice()),
            (Some("welder"), Some("fuxin"), &[11u8][..])
        );
        let json = export_json(&state, &c);
        assert!(json.contains("\"format\": \"skillgap-assessment\""));
        assert!(!json.contains("name"), "no names in an export");
    }
}
