//! The open catalogue file format (JSON), as serde types.
//!
//! These types mirror the file one to one, with string ids for cross-references. They are turned
//! into the validated, interned [`Catalogue`](crate::domain::Catalogue) by
//! [`Catalogue::from_file`](crate::domain::Catalogue::from_file); nothing else in the engine
//! reads them. `docs/catalogue-format.md` documents every field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::text::Bilingual;

/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole catalogue file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFile {
    /// Must equal [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The edition, e.g. `2025Q2`.
    pub edition: String,
    /// Who publishes this catalogue.
    pub publisher: Bilingual,
    /// True when the facts are illustrative (sample data), not an official release.
    #[serde(default)]
    pub illustrative: bool,
    /// Where the parts of the catalogue come from, with their licences.
    #[serde(default)]
    pub sources: Vec<SourceEntry>,
    /// The plain-language wording of every level of the 0–8 scale.
    pub levels: Vec<LevelEntry>,
    pub industries: Vec<IndustryEntry>,
    pub skills: Vec<SkillEntry>,
    pub occupations: Vec<OccupationEntry>,
    /// Jobs workers come from, with a typical skill profile.
    #[serde(default)]
    pub origins: Vec<OriginEntry>,
    pub courses: Vec<CourseEntry>,
    /// Subsidy rules referenced by courses.
    #[serde(default)]
    pub subsidy_rules: Vec<SubsidyRuleEntry>,
    /// Job openings by occupation code and city (the employment service's regional demand).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demand: Vec<DemandEntry>,
    /// The tone-less pinyin of every Chinese character used in skill and previous-job names and
    /// synonyms (`"焊": "han"`), written by `skillgap-cli build`; terms without a `pinyin` list
    /// get theirs from it when the catalogue loads.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pinyin_table: BTreeMap<String, String>,
    /// True for the first of the public page's two embedded parts (`domain::compact`): what
    /// [`crate::domain::compact::Rest`] holds is left out and comes with the second part, which
    /// the page loads with the first view that needs it. Never in a JSON file.
    #[serde(skip)]
    pub partial: bool,
}

/// Openings for one occupation code in one city in one period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemandEntry {
    /// National occupation code (all occupations with this code share the row).
    pub code: String,
    /// City id or name (one of the 14 prefecture-level cities).
    pub city: String,
    pub openings: u32,
    /// Monthly wage band in yuan.
    pub wage_low: u32,
    pub wage_high: u32,
    /// e.g. `2025Q2`.
    pub period: String,
    pub source: String,
    /// Seasonal work: the months of the year (1–12) the openings are for. A row with months
    /// counts in "work in your free months" and in the cohort's month-by-month supply and
    /// demand, not in the quarter's openings; empty (the default): a row of the quarter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub months: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: String,
    pub name: Bilingual,
    pub licence: String,
    /// Which parts of the catalogue it supplied, in words.
    #[serde(default)]
    pub covers: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelEntry {
    pub level: u8,
    /// Short name, e.g. 中级工 (四级).
    pub name: Bilingual,
    /// A sentence a worker recognises, e.g. "I can do it on my own".
    pub plain: Bilingual,
}

/// Whether an industry entry is one of the province's trillion-yuan bases or a key cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndustryKind {
    Base,
    Cluster,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndustryEntry {
    pub id: String,
    pub name: Bilingual,
    pub kind: IndustryKind,
    /// For a cluster: the id of the base it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Synonyms {
    #[serde(default)]
    pub zh: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

impl Synonyms {
    pub fn is_empty(&self) -> bool {
        self.zh.is_empty() && self.en.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelatedSkillEntry {
    pub skill: String,
    /// 0.0–1.0: how much of this skill carries over.
    pub similarity: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillEntry {
    pub id: String,
    pub name: Bilingual,
    /// Other words for the same skill, including colloquial ones (电焊, 烧焊, 开铲车).
    #[serde(default)]
    pub synonyms: Synonyms,
    /// Pinyin of the Chinese name and synonyms, written by the build tool; optional in files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pinyin: Vec<String>,
    pub category: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedSkillEntry>,
    /// Ids this skill had before two skills were found to be one and merged into it: saved
    /// assessments, share links and other files naming them still find it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_ids: Vec<String>,
    /// The broader skill this one is a kind of (生猪饲养管理 is a kind of 畜禽养殖): a worker
    /// whose own words show this one has that one too, at the same level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub broader: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequirementEntry {
    pub skill: String,
    /// Required level, 1–8.
    pub level: u8,
    /// Importance weight, greater than 0 (1 = useful, 2 = important, 3 = essential).
    pub weight: f32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OccupationEntry {
    pub id: String,
    /// National code from the 2022 occupation classification, e.g. `6-31-01-03`.
    pub code: String,
    pub name: Bilingual,
    /// Other names of the job: the classification's other names and the words workers and job
    /// boards use (开挖机的, 挖机司机).
    #[serde(default, skip_serializing_if = "Synonyms::is_empty")]
    pub synonyms: Synonyms,
    pub description: Bilingual,
    /// The classification's main tasks (主要工作任务), one sentence each, in Chinese.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<String>,
    /// Marked green (绿色职业) in the 2022 classification.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub green: bool,
    /// Marked digital (数字职业) in the 2022 classification.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub digital: bool,
    pub industries: Vec<String>,
    /// The quarter of the shortage list that names this occupation, e.g. `2025Q2`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortage: Option<String>,
    /// Where the requirements come from: reviewed by hand (the default), or mapped from the
    /// official tasks at build time (not reviewed; levels the tasks do not state are not
    /// invented).
    #[serde(default, skip_serializing_if = "RequirementSource::is_reviewed")]
    pub requirements_from: RequirementSource,
    pub requires: Vec<RequirementEntry>,
}

/// Where an occupation's requirements come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementSource {
    /// Written and reviewed by hand.
    #[default]
    Reviewed,
    /// Mapped from the classification's main tasks onto the skill vocabulary, not reviewed.
    Tasks,
}

impl RequirementSource {
    pub fn is_reviewed(&self) -> bool {
        *self == RequirementSource::Reviewed
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSkillEntry {
    pub skill: String,
    pub level: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OriginEntry {
    pub id: String,
    pub name: Bilingual,
    #[serde(default)]
    pub synonyms: Synonyms,
    /// Pinyin of the Chinese name and synonyms, written by the build tool; optional in files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pinyin: Vec<String>,
    pub skills: Vec<ProfileSkillEntry>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderType {
    /// 技工院校 (technician college / technical school).
    TechnicalSchool,
    /// 职业培训机构 (licensed private training institution).
    TrainingInstitution,
    /// 企业培训中心 (enterprise training centre, incl. 企业新型学徒制).
    Enterprise,
    /// 公共实训基地 (public training base).
    PublicTrainingBase,
    /// 线上平台 (online platform).
    Online,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMode {
    InPerson,
    Online,
    Blended,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateKind {
    /// 职业技能等级证书 at a national grade (五级 … 一级).
    National,
    /// 特种作业操作证 / 专项职业能力证书 and similar special-ability certificates.
    Special,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateEntry {
    pub kind: CertificateKind,
    /// For national certificates: the grade 5 (五级) … 1 (一级).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<u8>,
    pub name: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeachesEntry {
    pub skill: String,
    /// The level a graduate reaches, 1–8.
    pub level: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseEntry {
    pub id: String,
    pub name: Bilingual,
    pub provider: ProviderType,
    pub hours: u32,
    pub teaches: Vec<TeachesEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateEntry>,
    /// Id of a subsidy rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsidy: Option<String>,
    pub mode: DeliveryMode,
    /// City ids (see `domain::city`) where the course is held; empty for online-only courses.
    #[serde(default)]
    pub cities: Vec<String>,
    /// Months (1–12) in which a cohort starts.
    pub months: Vec<u8>,
    #[serde(default)]
    pub prerequisites: Vec<String>,
    /// Fee in yuan before subsidy.
    pub cost: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubsidyRuleEntry {
    pub id: String,
    pub name: Bilingual,
    /// Yuan paid for passing, by certificate grade or kind; the course fee caps it.
    pub amount: u32,
}

/// The level scale with the project's plain-language wording, for catalogues made by importers
/// (a publisher's own catalogue may word its levels differently).
pub fn default_levels() -> Vec<LevelEntry> {
    const LEVELS: [(&str, &str, &str, &str); 9] = [
        ("不会", "None", "没做过，也没学过。", "I have never done it."),
        ("学徒工", "Apprentice", "在师傅带着的时候做过。", "I have done it while someone showed me."),
        (
            "初级工（五级）",
            "Entry level (Grade 5)",
            "简单的活能自己干，难一点的要有人指导。",
            "I can do simple jobs on my own and harder ones with supervision.",
        ),
        (
            "中级工（四级）",
            "Intermediate (Grade 4)",
            "我能独立干好，干了好几年了。",
            "I have done it on my own for years.",
        ),
        (
            "高级工（三级）",
            "Advanced (Grade 3)",
            "难活、急活我也能干，还能发现并解决问题。",
            "I handle difficult jobs and solve problems myself.",
        ),
        (
            "技师（二级）",
            "Technician (Grade 2)",
            "我能带徒弟，能改进做法。",
            "I teach apprentices and improve how the work is done.",
        ),
        (
            "高级技师（一级）",
            "Senior technician (Grade 1)",
            "我能解决别人解决不了的技术难题。",
            "I solve technical problems others cannot.",
        ),
        (
            "特级技师",
            "Principal technician",
            "我在行业里有绝活，能主持技术攻关。",
            "I lead technical breakthroughs in my trade.",
        ),
        (
            "首席技师",
            "Chief technician",
            "我是企业或行业的技能带头人。",
            "I am the leading skilled worker of a firm or trade.",
        ),
    ];
    LEVELS
        .iter()
        .enumerate()
        .map(|(i, (zh, en, pzh, pen))| LevelEntry {
            level: i as u8,
            name: Bilingual::new(zh, en),
            plain: Bilingual::new(pzh, pen),
        })
        .collect()
}

impl CatalogueFile {
    /// An empty catalogue with the default level scale, for importers.
    pub fn empty(edition: &str, publisher: Bilingual) -> Self {
        CatalogueFile {
            format_version: FORMAT_VERSION,
            edition: edition.to_owned(),
            publisher,
            illustrative: false,
            sources: Vec::new(),
            levels: default_levels(),
            industries: Vec::new(),
            skills: Vec::new(),
            occupations: Vec::new(),
            origins: Vec::new(),
            courses: Vec::new(),
            subsidy_rules: Vec::new(),
            demand: Vec::new(),
            pinyin_table: BTreeMap::new(),
            partial: false,
        }
    }

    /// Counts of what the file holds (`relations` = occupation–skill requirements).
    pub fn stats(&self) -> Stats {
        Stats {
            industries: self.industries.len(),
            occupations: self.occupations.len(),
            reviewed_occupations: self.occupations.iter().filter(|o| o.requirements_from.is_reviewed()).count(),
            derived_with_3_skills: self
                .occupations
                .iter()
                .filter(|o| !o.requirements_from.is_reviewed() && o.requires.len() >= 3)
                .count(),
            origin_occupations: self.origins.len(),
            skills: self.skills.len(),
            courses: self.courses.len(),
            relations: self.occupations.iter().map(|o| o.requires.len()).sum(),
        }
    }
}

/// Counts of a catalogue, as printed by `skillgap-cli stats`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub industries: usize,
    pub occupations: usize,
    /// Occupations whose requirements are reviewed by hand; the others' come from their tasks.
    #[serde(default)]
    pub reviewed_occupations: usize,
    /// Occupations whose requirements come from their tasks and name at least 3 skills.
    #[serde(default)]
    pub derived_with_3_skills: usize,
    pub origin_occupations: usize,
    pub skills: usize,
    pub courses: usize,
    pub relations: usize,
}
