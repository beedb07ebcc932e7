//! Occupations' requirements as the bureau keeps them (岗位技能要求表), CSV or a workbook: one
//! row per occupation and skill, with the level the job asks for and how much it matters.
//!
//! Every occupation the table names gets the table's rows as its requirements, marked as
//! reviewed (people wrote them); occupations it does not name keep theirs. An occupation is
//! named by its id, its Chinese name, or its code when only one occupation has that code. A value
//! that cannot be used is a located error (in a workbook, the cell) and changes nothing.

use super::courses::{level_of, skill_of};
use super::table::{field, Column, Source, TableFormat};
use super::{ImportError, ImportReport};
use crate::domain::format::{CatalogueFile, RequirementEntry, RequirementSource};

/// The requirements table's columns.
pub const FORMAT: TableFormat = TableFormat {
    id: "requirements",
    sheet_zh: "技能要求",
    sheet_en: "requirements",
    title_zh: "岗位技能要求表",
    title_en: "Requirements table",
    columns: &[
        Column {
            name: "occupation",
            zh: "职业",
            required: true,
            example: "焊工（船舶焊接）",
            about_zh: "目录中的职业名称（或编号；只有一个职业用这个职业编码时也可以写编码）",
            about_en:
                "the occupation's name in the catalogue (or its id; or its code, when no other occupation has it)",
        },
        Column {
            name: "skill",
            zh: "技能",
            required: true,
            example: "二氧化碳气体保护焊",
            about_zh: "目录中的技能名称（或编号）",
            about_en: "the skill's name in the catalogue (or its id)",
        },
        Column {
            name: "level",
            zh: "要求等级",
            required: true,
            example: "中级工（四级）",
            about_zh: "岗位要求的等级：1–8，或 学徒工、五级、四级……",
            about_en: "the level the job asks for: 1–8, or a grade such as 五级",
        },
        Column {
            name: "weight",
            zh: "重要程度",
            required: false,
            example: "必需",
            about_zh: "必需（3）、重要（2）或 有用（1）；不填为 重要",
            about_en: "essential (3), important (2) or useful (1); empty means important",
        },
    ],
};

/// What applying a requirements table changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequirementsOutcome {
    /// Occupations whose requirements the table replaced.
    pub occupations: usize,
    /// Requirement rows now in those occupations.
    pub rows: usize,
    pub report: ImportReport,
}

fn weight_of(text: &str) -> Option<f32> {
    Some(match text.trim().to_lowercase().as_str() {
        "" | "重要" | "important" | "2" => 2.0,
        "必需" | "必备" | "必须" | "essential" | "3" => 3.0,
        "有用" | "一般" | "useful" | "1" => 1.0,
        _ => return None,
    })
}

/// The index of the occupation `text` names, or why not: `Err(true)` when a code names several.
fn occupation_of(file: &CatalogueFile, text: &str) -> Result<usize, bool> {
    let text = text.trim();
    if let Some(i) = file.occupations.iter().position(|o| o.id == text || o.name.zh == text) {
        return Ok(i);
    }
    let mut by_code = file.occupations.iter().enumerate().filter(|(_, o)| o.code == text).map(|(i, _)| i);
    match (by_code.next(), by_code.next()) {
        (Some(i), None) => Ok(i),
        (Some(_), Some(_)) => Err(true),
        _ => Err(false),
    }
}

/// Replaces the requirements of every occupation `source` names (file name `file`: CSV text, or
/// a file's bytes — a workbook or text in any encoding read). On error the catalogue is left
/// unchanged.
pub fn apply_requirements<'a>(
    catalogue: &mut CatalogueFile,
    file: &str,
    source: impl Into<Source<'a>>,
) -> Result<RequirementsOutcome, ImportError> {
    let table = FORMAT.read(file, source.into())?;
    let (c_occ, c_skill, c_level, c_weight) =
        (table.col("occupation"), table.col("skill"), table.col("level"), table.col("weight"));
    let mut outcome = RequirementsOutcome::default();
    outcome.report.rows_read.push((file.to_owned(), table.rows.len()));
    // (occupation index, its new requirements), in the order the table names them.
    let mut new: Vec<(usize, Vec<RequirementEntry>)> = Vec::new();
    for (line, r) in &table.rows {
        let line = *line;
        let occupation_text = field(r, c_occ);
        let occupation = match occupation_of(catalogue, occupation_text) {
            Ok(i) => i,
            Err(several) => {
                let (place, at) = table.place(line);
                let (zh, en) = if several {
                    (
                        format!("职业编码 {occupation_text} 对应多个职业，请写职业名称；这一行已跳过"),
                        format!("the code {occupation_text} names several occupations; write the occupation's name. Row skipped"),
                    )
                } else {
                    (
                        format!("“{occupation_text}”不是目录中的职业，这一行已跳过"),
                        format!("“{occupation_text}” is no occupation of the catalogue; row skipped"),
                    )
                };
                outcome.report.warn(&place, at, zh, en);
                continue;
            }
        };
        let skill_text = field(r, c_skill);
        let skill =
            skill_of(catalogue, skill_text).ok_or_else(|| table.bad_value(line, c_skill, "skill", skill_text))?;
        let level_text = field(r, c_level);
        let level =
            level_of(catalogue, level_text).ok_or_else(|| table.bad_value(line, c_level, "level", level_text))?;
        let weight_text = if c_weight == usize::MAX { "" } else { field(r, c_weight) };
        let weight = weight_of(weight_text).ok_or_else(|| table.bad_value(line, c_weight, "weight", weight_text))?;
        let requirement = RequirementEntry { skill: skill.to_owned(), level, weight };
        let at = match new.iter().position(|(i, _)| *i == occupation) {
            Some(at) => at,
            None => {
                new.push((occupation, Vec::new()));
                new.len() - 1
            }
        };
        let list = &mut new[at].1;
        if let Some(old) = list.iter_mut().find(|q| q.skill == requirement.skill) {
            let (place, at) = table.place(line);
            outcome.report.warn(
                &place,
                at,
                format!("这个职业的技能 {skill_text} 出现了两次，以后面一行为准"),
                format!("the skill {skill_text} appears twice for this occupation; the later row counts"),
            );
            *old = requirement;
        } else {
            list.push(requirement);
        }
    }
    for (i, requires) in new {
        outcome.occupations += 1;
        outcome.rows += requires.len();
        let occupation = &mut catalogue.occupations[i];
        occupation.requires = requires;
        occupation.requirements_from = RequirementSource::Reviewed;
    }
    Ok(outcome)
}
