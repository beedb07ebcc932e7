//! The assessment as a small, versioned JSON document that names skills and the target by id (so
//! it survives catalogue editions) and never holds a personal name: the format has no field for
//! one and a file with any field it does not know is refused. Used for the file a counsellor
//! downloads, the copy kept on a personal device, the share link (`state::share`) and the
//! recovery screen.
//!
//! Reading one back ([`parse_json`], then [`restore`]) never panics: every fault is an
//! [`AssessmentError`] with a message in both languages, and skills or a target the loaded
//! catalogue lacks are listed, not fatal.

use serde::{Deserialize, Serialize};

use crate::domain::city::find_city;
use crate::domain::planner::Objective;
use crate::domain::{Catalogue, Lang, Profile, SkillLevel, Terms};
use crate::state::{AssessmentState, Constraints};

/// The `format` field of an exported assessment.
pub const EXPORT_FORMAT: &str = "skillgap-assessment";
/// The version this build writes.
pub const EXPORT_VERSION: u32 = 1;

/// The largest assessment file read (a real one is a few kilobytes).
pub const MAX_ASSESSMENT_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedSkill {
    pub skill: String,
    pub level: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentExport {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub catalogue_edition: String,
    pub skills: Vec<ExportedSkill>,
    #[serde(default)]
    pub target: Option<String>,
    /// Occupations put side by side (at most [`crate::state::MAX_COMPARE`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compare: Vec<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub free_months: Vec<u8>,
    #[serde(default = "default_hours")]
    pub hours_per_week: u32,
    /// `hours` or `cost`.
    #[serde(default = "default_objective")]
    pub objective: String,
    /// A counsellor's notes (files and the device's copy only; share links leave them out).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

fn default_hours() -> u32 {
    Constraints::default().hours_per_week
}

fn default_objective() -> String {
    "hours".to_owned()
}

/// Why an assessment file, saved copy or share link cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentError {
    /// Nothing to read.
    Empty,
    /// Larger than [`MAX_ASSESSMENT_BYTES`] (or a share link longer than its limit).
    TooLarge { bytes: usize },
    /// Not JSON, or a field of the wrong type or unknown name (1-based position).
    Syntax { line: usize, column: usize },
    /// Some other kind of file (its `format` field).
    NotAnAssessment,
    /// Written by a newer version of the app.
    NewerVersion { found: u32 },
    /// A value outside what the format allows (the field and the value as written).
    BadValue { field: &'static str, value: String },
    /// A share link whose text is damaged (cut off, edited by hand).
    BadLink { part: String },
    /// A file that is not UTF-8 text.
    NotText,
    /// The code that reads it could not be fetched (the public page loads it on demand and the
    /// device is offline before the service worker kept it): nothing was read.
    ReaderUnavailable,
}

impl AssessmentError {
    /// The fault in plain words.
    pub fn message(&self, lang: Lang) -> String {
        use AssessmentError::*;
        match (self, lang) {
            (Empty, Lang::Zh) => "内容是空的。".to_owned(),
            (Empty, Lang::En) => "It is empty.".to_owned(),
            (TooLarge { bytes }, Lang::Zh) => format!("内容太大（{bytes} 字节），不是本程序保存的评估。"),
            (TooLarge { bytes }, Lang::En) => {
                format!("It is too large ({bytes} bytes) to be an assessment saved by this app.")
            }
            (Syntax { line, column }, Lang::Zh) => format!("第 {line} 行第 {column} 列格式不对。"),
            (Syntax { line, column }, Lang::En) => format!("It is damaged at line {line}, column {column}."),
            (NotAnAssessment, Lang::Zh) => "这不是技能差距评估的文件。".to_owned(),
            (NotAnAssessment, Lang::En) => "This is not a Skill Gap Check assessment.".to_owned(),
            (NewerVersion { found }, Lang::Zh) => format!("它由更新的版本（{found}）保存，请更新本程序后再打开。"),
            (NewerVersion { found }, Lang::En) => {
                format!("It was saved by a newer version ({found}); update the app and open it again.")
            }
            (BadValue { field, value }, Lang::Zh) => {
                format!("“{}”的值“{}”不对。", field_name(field, lang), clip(value))
            }
            (BadValue { field, value }, Lang::En) => {
                format!("The value “{}” of “{}” is not valid.", clip(value), field_name(field, lang))
            }
            (BadLink { part }, Lang::Zh) => format!("链接不完整或被改动过（“{}”）。", clip(part)),
            (BadLink { part }, Lang::En) => format!("The link is incomplete or was changed (“{}”).", clip(part)),
            (NotText, Lang::Zh) => "这不是文本文件（UTF-8）。".to_owned(),
            (NotText, Lang::En) => "This is not a text (UTF-8) file.".to_owned(),
            (ReaderUnavailable, Lang::Zh) => {
                "页面中用来读取它的部分没能下载（可能没有联网），它本身没有问题。请联网后再试。".to_owned()
            }
            (ReaderUnavailable, Lang::En) => {
                "The part of the page that reads it could not be downloaded (no connection?); it is not at fault. Try again when you are online."
                    .to_owned()
            }
        }
    }
}

/// A field of the format in plain words.
fn field_name(field: &str, lang: Lang) -> &str {
    let (zh, en) = match field {
        "level" => ("技能水平", "skill level"),
        "city" => ("城市", "city"),
        "free_months" => ("空闲月份", "free months"),
        "hours_per_week" => ("每周学时", "hours per week"),
        "objective" => ("方案优先", "plan for"),
        "compare" => ("比较的职业", "compared occupations"),
        "version" => ("版本", "version"),
        other => (other, other),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// At most 40 characters of outside text, for messages.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// An assessment read back, in the loaded catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub state: AssessmentState,
    /// Skill and occupation ids the loaded catalogue does not have (left out).
    pub dropped: Vec<String>,
    /// The catalogue edition it was made with.
    pub edition: String,
}

/// The assessment as an export document.
pub fn export(state: &AssessmentState, catalogue: &Terms) -> AssessmentExport {
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
        compare: state.compare.iter().map(|o| catalogue.occupation(*o).id.clone()).collect(),
        city: c.city.map(str::to_owned),
        free_months: (1..=12).filter(|m| c.free_months & (1 << m) != 0).collect(),
        hours_per_week: c.hours_per_week,
        notes: state.notes.clone(),
        objective: match c.objective {
            Objective::Hours => "hours",
            Objective::OutOfPocket => "cost",
        }
        .to_owned(),
    }
}

/// The export as JSON text.
pub fn export_json(state: &AssessmentState, catalogue: &Terms) -> String {
    serde_json::to_string_pretty(&export(state, catalogue)).unwrap_or_default()
}

/// Reads an export document, checking its size, syntax, format and version.
pub fn parse_json(text: &str) -> Result<AssessmentExport, AssessmentError> {
    if text.len() > MAX_ASSESSMENT_BYTES {
        return Err(AssessmentError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(AssessmentError::Empty);
    }
    let syntax = |e: serde_json::Error| AssessmentError::Syntax { line: e.line(), column: e.column() };
    // Syntax first, then the format and version, so another kind of file or a newer one gets
    // the plainer message (small types: `serde_json::Value` would cost download size).
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(syntax)?;
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        format: String,
        #[serde(default)]
        version: u64,
    }
    let head: Head = serde_json::from_str(text).unwrap_or(Head { format: String::new(), version: 0 });
    if head.format != EXPORT_FORMAT {
        return Err(AssessmentError::NotAnAssessment);
    }
    if head.version > u64::from(EXPORT_VERSION) {
        return Err(AssessmentError::NewerVersion { found: u32::try_from(head.version).unwrap_or(u32::MAX) });
    }
    serde_json::from_str(text).map_err(syntax)
}

/// The assessment an export describes, in `catalogue`. Values outside the format's ranges are
/// errors; ids the catalogue lacks are listed in [`Restored::dropped`].
pub fn restore(export: &AssessmentExport, catalogue: &Terms) -> Result<Restored, AssessmentError> {
    let bad = |field: &'static str, value: String| Err(AssessmentError::BadValue { field, value });
    if export.format != EXPORT_FORMAT {
        return Err(AssessmentError::NotAnAssessment);
    }
    if export.version > EXPORT_VERSION {
        return Err(AssessmentError::NewerVersion { found: export.version });
    }
    if export.version == 0 {
        return bad("version", "0".to_owned());
    }
    let mut dropped = Vec::new();
    let mut profile = Profile::new();
    for s in &export.skills {
        let Some(level) = SkillLevel::new(s.level) else { return bad("level", s.level.to_string()) };
        match catalogue.skill_by_id(&s.skill) {
            Some(idx) => profile.set(idx, level),
            None => dropped.push(s.skill.clone()),
        }
    }
    let mut find = |id: &String| {
        let found = catalogue.occupation_by_id(id);
        if found.is_none() && !dropped.contains(id) {
            dropped.push(id.clone());
        }
        found
    };
    let target = export.target.as_ref().and_then(&mut find);
    if export.compare.len() > crate::state::MAX_COMPARE {
        return bad("compare", export.compare.len().to_string());
    }
    let mut compare = Vec::new();
    for o in export.compare.iter().filter_map(&mut find) {
        if !compare.contains(&o) {
            compare.push(o);
        }
    }
    let city = match &export.city {
        None => None,
        Some(c) => match find_city(c) {
            Some(city) => Some(city.id),
            None => return bad("city", c.clone()),
        },
    };
    let mut free_months = 0u16;
    for &m in &export.free_months {
        if !(1..=12).contains(&m) {
            return bad("free_months", m.to_string());
        }
        free_months |= 1 << m;
    }
    if !(1..=40).contains(&export.hours_per_week) {
        return bad("hours_per_week", export.hours_per_week.to_string());
    }
    let objective = match export.objective.as_str() {
        "hours" => Objective::Hours,
        "cost" => Objective::OutOfPocket,
        other => return bad("objective", other.to_owned()),
    };
    Ok(Restored {
        state: AssessmentState {
            profile,
            target,
            compare,
            constraints: Constraints { city, free_months, hours_per_week: export.hours_per_week, objective },
            notes: export.notes.chars().take(crate::state::MAX_NOTES).collect(),
        },
        dropped,
        edition: export.catalogue_edition.clone(),
    })
}

/// [`parse_json`] of a file's bytes (size first, then UTF-8).
pub fn parse_bytes(bytes: &[u8]) -> Result<AssessmentExport, AssessmentError> {
    if bytes.len() > MAX_ASSESSMENT_BYTES {
        return Err(AssessmentError::TooLarge { bytes: bytes.len() });
    }
    parse_json(std::str::from_utf8(bytes).map_err(|_| AssessmentError::NotText)?)
}

/// [`parse_json`] then [`restore`].
pub fn import_json(text: &str, catalogue: &Catalogue) -> Result<Restored, AssessmentError> {
    restore(&parse_json(text)?, catalogue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AssessmentAction;

    #[test]
    fn exports_name_skills_and_target_by_id() {
        let c = Catalogue::from_json(include_str!("../../../../data/catalogue.sample.json")).unwrap();
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

    use crate::state::sample_catalogue as sample;

    fn full_state(c: &Catalogue) -> AssessmentState {
        AssessmentState::default()
            .apply(AssessmentAction::SetLevel(c.skill_by_id("smaw").unwrap(), SkillLevel::new(4).unwrap()))
            .apply(AssessmentAction::AddSkill(c.skill_by_id("gtaw").unwrap()))
            .apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")))
            .apply(AssessmentAction::ToggleCompare(c.occupation_by_id("welder").unwrap()))
            .apply(AssessmentAction::SetCity(Some("fuxin")))
            .apply(AssessmentAction::ToggleMonth(11))
            .apply(AssessmentAction::SetHoursPerWeek(12))
            .apply(AssessmentAction::SetObjective(Objective::OutOfPocket))
            .apply(AssessmentAction::SetNotes("Prefers day courses; call back in March.".into()))
    }

    #[test]
    fn an_export_reads_back_to_the_same_assessment() {
        let c = sample();
        let state = full_state(&c);
        let back = import_json(&export_json(&state, &c), &c).unwrap();
        assert_eq!(back.state, state);
        assert!(back.dropped.is_empty());
        assert_eq!(back.edition, c.edition);
    }

    #[test]
    fn bad_files_get_typed_errors() {
        let c = sample();
        let good = export_json(&full_state(&c), &c);
        let with = |from: &str, to: &str| {
            assert!(good.contains(from), "{from}");
            import_json(&good.replacen(from, to, 1), &c).unwrap_err()
        };
        assert_eq!(import_json("", &c).unwrap_err(), AssessmentError::Empty);
        assert_eq!(import_json("\u{feff}  ", &c).unwrap_err(), AssessmentError::Empty);
        assert!(matches!(import_json("{\"format\": ", &c).unwrap_err(), AssessmentError::Syntax { line: 1, .. }));
        assert_eq!(import_json("{\"format\": \"other\"}", &c).unwrap_err(), AssessmentError::NotAnAssessment);
        assert_eq!(import_json("[1, 2]", &c).unwrap_err(), AssessmentError::NotAnAssessment);
        assert_eq!(with("\"version\": 1", "\"version\": 7"), AssessmentError::NewerVersion { found: 7 });
        assert_eq!(
            with("\"level\": 4", "\"level\": 9"),
            AssessmentError::BadValue { field: "level", value: "9".into() }
        );
        assert_eq!(
            with("\"fuxin\"", "\"atlantis\""),
            AssessmentError::BadValue { field: "city", value: "atlantis".into() }
        );
        assert_eq!(with("11", "13"), AssessmentError::BadValue { field: "free_months", value: "13".into() });
        assert_eq!(
            with("\"hours_per_week\": 12", "\"hours_per_week\": 0"),
            AssessmentError::BadValue { field: "hours_per_week", value: "0".into() }
        );
        assert_eq!(with("\"cost\"", "\"fun\""), AssessmentError::BadValue { field: "objective", value: "fun".into() });
        assert!(matches!(with("\"level\": 4", "\"level\": \"4\""), AssessmentError::Syntax { .. }));
        assert_eq!(parse_bytes(b"{\xff}").unwrap_err(), AssessmentError::NotText);
        assert_eq!(parse_bytes(good.as_bytes()).unwrap(), parse_json(&good).unwrap());
        let big = " ".repeat(MAX_ASSESSMENT_BYTES + 1);
        assert_eq!(import_json(&big, &c).unwrap_err(), AssessmentError::TooLarge { bytes: big.len() });
        let months = AssessmentError::BadValue { field: "free_months", value: "13".into() };
        assert_eq!(months.message(Lang::Zh), "“空闲月份”的值“13”不对。");
        assert_eq!(months.message(Lang::En), "The value “13” of “free months” is not valid.");
        for e in [AssessmentError::Empty, AssessmentError::NotAnAssessment, AssessmentError::TooLarge { bytes: 9 }] {
            assert!(!e.message(Lang::Zh).is_empty() && e.message(Lang::Zh) != e.message(Lang::En));
        }
    }

    #[test]
    fn a_personal_name_is_refused() {
        let c = sample();
        let good = export_json(&full_state(&c), &c);
        let named = good.replacen("{", "{\n  \"name\": \"张三\",", 1);
        assert!(matches!(import_json(&named, &c).unwrap_err(), AssessmentError::Syntax { .. }));
    }

    #[test]
    fn unknown_ids_are_listed_not_fatal() {
        let c = sample();
        let good = export_json(&full_state(&c), &c);
        let back =
            import_json(&good.replace("\"gtaw\"", "\"underwater-basket\"").replace("\"welder\"", "\"astronaut\""), &c)
                .unwrap();
        assert_eq!(back.dropped, vec!["underwater-basket".to_owned(), "astronaut".to_owned()]);
        assert_eq!(back.state.profile.len(), 1);
        assert_eq!(back.state.target, None);
        assert!(back.state.compare.is_empty());
    }
}
