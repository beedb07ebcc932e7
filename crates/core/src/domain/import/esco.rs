//! ESCO importer: occupations, skills and occupation–skill relations (the official CSV set).
//!
//! Mapping (documented in `docs/catalogue-format.md`):
//! - ids are the UUID at the end of each concept URI; names and `altLabels` (one per line inside
//!   the field) become the English name and synonyms (ESCO has no Chinese);
//! - `essential` relations become a requirement at level 3 (中级工) with weight 3, `optional`
//!   ones level 2 (初级工) with weight 1 — ESCO states no proficiency level;
//! - industries are the ten ISCO-08 major groups of each occupation's `iscoGroup`.
//!
//! Relations that name an occupation or skill missing from the other files are skipped with a
//! located warning, never silently.

use std::collections::HashMap;

use super::table::{field, Table};
use super::{ImportError, ImportReport};
use crate::domain::format::{
    CatalogueFile, IndustryEntry, IndustryKind, OccupationEntry, RequirementEntry, SkillEntry, SourceEntry, Synonyms,
};
use crate::domain::text::Bilingual;

/// The three files of an ESCO import.
#[derive(Clone, Copy, Debug)]
pub struct EscoFiles<'a> {
    /// `occupations_en.csv`
    pub occupations: &'a str,
    /// `skills_en.csv`
    pub skills: &'a str,
    /// `occupationSkillRelations.csv`
    pub relations: &'a str,
}

pub const OCCUPATIONS_FILE: &str = "occupations_en.csv";
pub const SKILLS_FILE: &str = "skills_en.csv";
pub const RELATIONS_FILE: &str = "occupationSkillRelations.csv";

const ISCO_MAJOR: [(&str, &str); 10] = [
    ("军人", "Armed forces occupations"),
    ("管理人员", "Managers"),
    ("专业人员", "Professionals"),
    ("技术员和助理专业人员", "Technicians and associate professionals"),
    ("办事人员", "Clerical support workers"),
    ("服务和销售人员", "Service and sales workers"),
    ("农林渔业技术工人", "Skilled agricultural, forestry and fishery workers"),
    ("工艺及相关行业工人", "Craft and related trades workers"),
    ("机器操作员和装配工", "Plant and machine operators and assemblers"),
    ("简单劳动职业", "Elementary occupations"),
];

fn uuid(uri: &str) -> &str {
    uri.rsplit('/').next().unwrap_or(uri)
}

fn lines(field: &str) -> Vec<String> {
    field.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

/// Imports the ESCO CSV set into a catalogue file.
pub fn import_esco(files: EscoFiles<'_>) -> Result<(CatalogueFile, ImportReport), ImportError> {
    let mut report = ImportReport::default();
    let occ = Table::parse(OCCUPATIONS_FILE, files.occupations, b',', &["conceptUri", "preferredLabel", "iscoGroup"])?;
    let skills = Table::parse(SKILLS_FILE, files.skills, b',', &["conceptUri", "preferredLabel", "skillType"])?;
    let rel = Table::parse(RELATIONS_FILE, files.relations, b',', &["occupationUri", "relationType", "skillUri"])?;
    for t in [&occ, &skills, &rel] {
        report.rows_read.push((t.file.clone(), t.rows.len()));
    }

    let mut catalogue =
        CatalogueFile::empty("ESCO v1.1.1", Bilingual::new("欧盟委员会（ESCO）", "European Commission (ESCO)"));
    catalogue.sources.push(SourceEntry {
        id: "esco".into(),
        name: Bilingual::new(
            "欧洲技能、能力、资格和职业分类（ESCO）",
            "ESCO classification of the European Commission",
        ),
        licence:
            "Commission Decision 2011/833/EU — “This service uses the ESCO classification of the European Commission.”"
                .into(),
        covers: "occupations, skills, occupation–skill relations".into(),
    });

    // Skills.
    let (s_uri, s_label, s_type, s_alt) =
        (skills.col("conceptUri"), skills.col("preferredLabel"), skills.col("skillType"), skills.col("altLabels"));
    let mut skill_ids: HashMap<String, ()> = HashMap::with_capacity(skills.rows.len());
    for (line, r) in &skills.rows {
        let id = uuid(field(r, s_uri)).to_owned();
        let label = field(r, s_label);
        if id.is_empty() || label.is_empty() {
            report.warn(SKILLS_FILE, Some(*line), "缺少编号或名称，已跳过".into(), "no URI or label; skipped".into());
            continue;
        }
        if skill_ids.insert(id.clone(), ()).is_some() {
            report.warn(
                SKILLS_FILE,
                Some(*line),
                format!("重复的技能 {id}，已跳过"),
                format!("duplicate skill {id}; skipped"),
            );
            continue;
        }
        let category = match field(r, s_type) {
            "knowledge" => "knowledge",
            "skill/competence" => "skill",
            _ => "other",
        };
        catalogue.skills.push(SkillEntry {
            id,
            name: Bilingual { zh: String::new(), en: label.to_owned() },
            synonyms: Synonyms { zh: Vec::new(), en: lines(field(r, s_alt)) },
            pinyin: Vec::new(),
            category: category.into(),
            related: Vec::new(),
            former_ids: Vec::new(),
            broader: None,
        });
    }

    // Relations, grouped by occupation.
    let (r_occ, r_type, r_skill) = (rel.col("occupationUri"), rel.col("relationType"), rel.col("skillUri"));
    let mut requires: HashMap<String, Vec<RequirementEntry>> = HashMap::new();
    let mut relation_lines: HashMap<String, u64> = HashMap::new();
    for (line, r) in &rel.rows {
        let skill = uuid(field(r, r_skill));
        if !skill_ids.contains_key(skill) {
            report.warn(
                RELATIONS_FILE,
                Some(*line),
                format!("技能 {skill} 不在技能文件中，已跳过"),
                format!("skill {skill} is not in the skills file; skipped"),
            );
            continue;
        }
        let (level, weight) = match field(r, r_type) {
            "essential" => (3, 3.0),
            "optional" => (2, 1.0),
            other => {
                report.warn(
                    RELATIONS_FILE,
                    Some(*line),
                    format!("未知的关系类型“{other}”，按可选处理"),
                    format!("unknown relation type “{other}”; taken as optional"),
                );
                (2, 1.0)
            }
        };
        let occupation = uuid(field(r, r_occ)).to_owned();
        relation_lines.entry(occupation.clone()).or_insert(*line);
        requires.entry(occupation).or_default().push(RequirementEntry { skill: skill.to_owned(), level, weight });
    }

    // Occupations.
    let (o_uri, o_label, o_isco, o_code, o_desc) = (
        occ.col("conceptUri"),
        occ.col("preferredLabel"),
        occ.col("iscoGroup"),
        occ.col("code"),
        occ.col("description"),
    );
    let mut used_major = [false; 10];
    let mut seen: HashMap<String, ()> = HashMap::new();
    for (line, r) in &occ.rows {
        let id = uuid(field(r, o_uri)).to_owned();
        let label = field(r, o_label);
        if id.is_empty() || label.is_empty() || seen.insert(id.clone(), ()).is_some() {
            report.warn(
                OCCUPATIONS_FILE,
                Some(*line),
                "缺少编号或名称，或编号重复，已跳过".into(),
                "no URI or label, or a duplicate; skipped".into(),
            );
            continue;
        }
        let Some(reqs) = requires.remove(&id) else {
            report.warn(
                OCCUPATIONS_FILE,
                Some(*line),
                format!("职业“{label}”没有技能关系，已跳过"),
                format!("occupation “{label}” has no skill relations; skipped"),
            );
            continue;
        };
        let major = field(r, o_isco).chars().next().and_then(|c| c.to_digit(10)).unwrap_or(9) as usize;
        used_major[major] = true;
        let code = field(r, o_code);
        catalogue.occupations.push(OccupationEntry {
            id,
            code: if code.is_empty() { field(r, o_isco).to_owned() } else { code.to_owned() },
            name: Bilingual { zh: String::new(), en: label.to_owned() },
            description: Bilingual { zh: String::new(), en: field(r, o_desc).to_owned() },
            industries: vec![format!("isco-{major}")],
            shortage: None,
            requires: reqs,
            ..OccupationEntry::default()
        });
    }
    // Relations whose occupation is not in the occupations file.
    let mut orphans: Vec<(u64, String, usize)> =
        requires.into_iter().map(|(occ, reqs)| (relation_lines[&occ], occ, reqs.len())).collect();
    crate::domain::order::sort(&mut orphans);
    for (line, occupation, n) in orphans {
        report.warn(
            RELATIONS_FILE,
            Some(line),
            format!("职业 {occupation} 不在职业文件中，跳过其 {n} 条关系"),
            format!("occupation {occupation} is not in the occupations file; its {n} relations skipped"),
        );
    }

    catalogue.industries = (0..10)
        .filter(|&m| used_major[m])
        .map(|m| IndustryEntry {
            id: format!("isco-{m}"),
            name: Bilingual::new(ISCO_MAJOR[m].0, ISCO_MAJOR[m].1),
            kind: IndustryKind::Base,
            base: None,
        })
        .collect();
    Ok((catalogue, report))
}
