//! O*NET importer: occupations with their Skills and Knowledge ratings.
//!
//! Mapping (documented in `docs/catalogue-format.md`):
//! - each O*NET element (35 skills, 33 knowledge areas) becomes a skill `onet-<element id>`;
//! - for every occupation × element, the Importance rating (IM, 1–5) becomes the weight and the
//!   Level rating (LV, 0–7) becomes the required level `clamp(round(1 + LV × 5 / 7), 1, 6)`:
//!   LV 0 → 1 (学徒工), 1–2 → 2 (五级), 3 → 3 (四级), 4 → 4 (三级), 5–6 → 5 (二级), 7 → 6 (一级);
//! - pairs that O*NET marks "Not Relevant" are left out (counted in the report);
//! - industries are the SOC major groups (first two digits of the code);
//! - occupations without any rating are skipped with a warning.

use std::collections::{BTreeMap, HashMap};

use super::table::{field, Table};
use super::{ImportError, ImportErrorKind, ImportReport};
use crate::domain::format::{
    CatalogueFile, IndustryEntry, IndustryKind, OccupationEntry, RequirementEntry, SkillEntry, SourceEntry, Synonyms,
};
use crate::domain::text::Bilingual;

pub const OCCUPATIONS_FILE: &str = "Occupation Data.tsv";
pub const SKILLS_FILE: &str = "Skills.tsv";
pub const KNOWLEDGE_FILE: &str = "Knowledge.tsv";

/// The files of an O*NET import (tab-separated, as in the database's text/Excel release).
#[derive(Clone, Copy, Debug)]
pub struct OnetFiles<'a> {
    pub occupations: &'a str,
    pub skills: &'a str,
    /// Optional: without it only the 35 skills are imported.
    pub knowledge: Option<&'a str>,
}

const SOC_MAJOR: [(&str, &str, &str); 23] = [
    ("11", "管理", "Management"),
    ("13", "商务和金融运营", "Business and Financial Operations"),
    ("15", "计算机和数学", "Computer and Mathematical"),
    ("17", "建筑和工程", "Architecture and Engineering"),
    ("19", "生命、物理和社会科学", "Life, Physical, and Social Science"),
    ("21", "社区和社会服务", "Community and Social Service"),
    ("23", "法律", "Legal"),
    ("25", "教育和图书馆", "Educational Instruction and Library"),
    ("27", "艺术、设计、娱乐、体育和媒体", "Arts, Design, Entertainment, Sports, and Media"),
    ("29", "医疗从业和技术", "Healthcare Practitioners and Technical"),
    ("31", "医疗辅助", "Healthcare Support"),
    ("33", "安保服务", "Protective Service"),
    ("35", "餐饮服务", "Food Preparation and Serving Related"),
    ("37", "楼宇和场地清洁维护", "Building and Grounds Cleaning and Maintenance"),
    ("39", "个人护理和服务", "Personal Care and Service"),
    ("41", "销售", "Sales and Related"),
    ("43", "办公和行政支持", "Office and Administrative Support"),
    ("45", "农业、渔业和林业", "Farming, Fishing, and Forestry"),
    ("47", "建筑施工和采掘", "Construction and Extraction"),
    ("49", "安装、维护和修理", "Installation, Maintenance, and Repair"),
    ("51", "生产", "Production"),
    ("53", "运输和物料搬运", "Transportation and Material Moving"),
    ("55", "军事", "Military Specific"),
];

/// O*NET level (0–7) → our scale (1–6).
pub fn map_level(lv: f32) -> u8 {
    (1.0 + lv * 5.0 / 7.0).round().clamp(1.0, 6.0) as u8
}

#[derive(Default)]
struct Rating {
    importance: Option<f32>,
    level: Option<f32>,
    not_relevant: bool,
    line: u64,
}

const RATING_COLUMNS: [&str; 6] =
    ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Not Relevant"];

/// Imports O*NET occupations and ratings into a catalogue file.
pub fn import_onet(files: OnetFiles<'_>) -> Result<(CatalogueFile, ImportReport), ImportError> {
    let mut report = ImportReport::default();
    let occ = Table::parse(OCCUPATIONS_FILE, files.occupations, b'\t', &["O*NET-SOC Code", "Title", "Description"])?;
    let mut tables = vec![("skill", Table::parse(SKILLS_FILE, files.skills, b'\t', &RATING_COLUMNS)?)];
    if let Some(k) = files.knowledge {
        tables.push(("knowledge", Table::parse(KNOWLEDGE_FILE, k, b'\t', &RATING_COLUMNS)?));
    }
    report.rows_read.push((occ.file.clone(), occ.rows.len()));
    for (_, t) in &tables {
        report.rows_read.push((t.file.clone(), t.rows.len()));
    }

    let mut catalogue =
        CatalogueFile::empty("O*NET 29.2", Bilingual::new("美国劳工部就业与培训管理局（O*NET）", "USDOL/ETA (O*NET)"));
    catalogue.sources.push(SourceEntry {
        id: "onet".into(),
        name: Bilingual::new("O*NET 数据库", "O*NET Database"),
        licence: "CC BY 4.0 — “This product includes information from the O*NET Database by USDOL/ETA, used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.” Levels mapped to the 0–8 scale (modified).".into(),
        covers: "occupations, skills and knowledge with importance and level".into(),
    });

    // (occupation code, element id) → rating; element id → (name, category).
    let mut ratings: BTreeMap<(String, String), Rating> = BTreeMap::new();
    let mut elements: BTreeMap<String, (String, &str)> = BTreeMap::new();
    for (category, t) in &tables {
        let (c_code, c_id, c_name, c_scale, c_value, c_nr) = (
            t.col("O*NET-SOC Code"),
            t.col("Element ID"),
            t.col("Element Name"),
            t.col("Scale ID"),
            t.col("Data Value"),
            t.col("Not Relevant"),
        );
        for (line, r) in &t.rows {
            let value_text = field(r, c_value);
            let value: f32 = value_text.parse().map_err(|_| {
                ImportError::new(
                    &t.file,
                    Some(*line),
                    ImportErrorKind::BadValue { column: "Data Value".into(), value: value_text.into() },
                )
            })?;
            let element = field(r, c_id).to_owned();
            elements.entry(element.clone()).or_insert_with(|| (field(r, c_name).to_owned(), category));
            let rating = ratings.entry((field(r, c_code).to_owned(), element)).or_default();
            rating.line = *line;
            match field(r, c_scale) {
                "IM" => rating.importance = Some(value),
                "LV" => {
                    rating.level = Some(value);
                    rating.not_relevant = field(r, c_nr) == "Y";
                }
                other => report.warn(
                    &t.file,
                    Some(*line),
                    format!("未知的量表“{other}”，已跳过"),
                    format!("unknown scale “{other}”; skipped"),
                ),
            }
        }
    }

    for (id, (name, category)) in &elements {
        catalogue.skills.push(SkillEntry {
            id: format!("onet-{id}"),
            name: Bilingual { zh: String::new(), en: name.clone() },
            synonyms: Synonyms::default(),
            pinyin: Vec::new(),
            category: (*category).into(),
            related: Vec::new(),
            former_ids: Vec::new(),
            broader: None,
        });
    }

    let mut by_occupation: HashMap<&str, Vec<RequirementEntry>> = HashMap::new();
    let mut not_relevant = 0usize;
    for ((code, element), rating) in &ratings {
        match (rating.importance, rating.level) {
            (Some(_), Some(_)) if rating.not_relevant => not_relevant += 1,
            (Some(im), Some(lv)) => by_occupation.entry(code.as_str()).or_default().push(RequirementEntry {
                skill: format!("onet-{element}"),
                level: map_level(lv),
                weight: im.clamp(0.01, 100.0),
            }),
            _ => report.warn(
                SKILLS_FILE,
                Some(rating.line),
                format!("{code} 的 {element} 缺少重要性或等级评分，已跳过"),
                format!("{code} {element} lacks an importance or a level rating; skipped"),
            ),
        }
    }
    if not_relevant > 0 {
        report.warn(
            SKILLS_FILE,
            None,
            format!("{not_relevant} 个职业—技能组合被 O*NET 标为“不相关”，未导入"),
            format!("{not_relevant} occupation–element pairs marked “Not Relevant” by O*NET were left out"),
        );
    }

    let (o_code, o_title, o_desc) = (occ.col("O*NET-SOC Code"), occ.col("Title"), occ.col("Description"));
    let mut used_major: BTreeMap<&str, ()> = BTreeMap::new();
    let mut skipped = 0usize;
    for (line, r) in &occ.rows {
        let code = field(r, o_code);
        let Some(reqs) = by_occupation.remove(code) else {
            skipped += 1;
            if skipped <= 20 {
                report.warn(
                    OCCUPATIONS_FILE,
                    Some(*line),
                    format!("{code} 没有技能评分，已跳过"),
                    format!("{code} has no skill ratings; skipped"),
                );
            }
            continue;
        };
        let major = SOC_MAJOR.iter().find(|(m, _, _)| code.starts_with(m)).map_or("99", |(m, _, _)| m);
        used_major.insert(major, ());
        catalogue.occupations.push(OccupationEntry {
            id: code.to_owned(),
            code: code.to_owned(),
            name: Bilingual { zh: String::new(), en: field(r, o_title).to_owned() },
            description: Bilingual { zh: String::new(), en: field(r, o_desc).to_owned() },
            industries: vec![format!("soc-{major}")],
            shortage: None,
            requires: reqs,
            ..OccupationEntry::default()
        });
    }
    if skipped > 20 {
        report.warn(
            OCCUPATIONS_FILE,
            None,
            format!("共 {skipped} 个职业没有评分，已跳过"),
            format!("{skipped} occupations in all have no ratings and were skipped"),
        );
    }
    catalogue.industries = used_major
        .keys()
        .map(|m| {
            let (zh, en) =
                SOC_MAJOR.iter().find(|(c, _, _)| c == m).map_or(("其他", "Other"), |(_, zh, en)| (*zh, *en));
            IndustryEntry { id: format!("soc-{m}"), name: Bilingual::new(zh, en), kind: IndustryKind::Base, base: None }
        })
        .collect();
    Ok((catalogue, report))
}

#[cfg(test)]
mod tests {
    use super::map_level;

    #[test]
    fn onet_levels_map_onto_the_scale() {
        let cases = [(0.0, 1), (1.0, 2), (2.0, 2), (3.0, 3), (4.0, 4), (5.0, 5), (6.0, 5), (7.0, 6), (3.5, 4)];
        for (lv, ours) in cases {
            assert_eq!(map_level(lv), ours, "LV {lv}");
        }
    }
}
