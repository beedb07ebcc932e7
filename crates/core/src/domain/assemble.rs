//! Assembling a catalogue from its source parts (`data/catalogue/*.json`): one header with the
//! edition, sources, level scale, base industries and subsidy rules, and parts that each add
//! industries, skills, occupations, origins, courses and extra related-skill links.
//!
//! Authors edit the parts; `skillgap-cli build` assembles them, adds pinyin and validates, and
//! the app embeds the result.

use serde::Deserialize;

use crate::domain::error::{CatalogueError, CatalogueErrorKind};
use crate::domain::format::{
    CatalogueFile, CourseEntry, DemandEntry, IndustryEntry, LevelEntry, OccupationEntry, OriginEntry,
    RelatedSkillEntry, SkillEntry, SourceEntry, SubsidyRuleEntry,
};
use crate::domain::text::Bilingual;

/// The header part.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueHeader {
    pub format_version: u32,
    pub edition: String,
    pub publisher: Bilingual,
    #[serde(default)]
    pub illustrative: bool,
    #[serde(default)]
    pub sources: Vec<SourceEntry>,
    pub levels: Vec<LevelEntry>,
    #[serde(default)]
    pub industries: Vec<IndustryEntry>,
    #[serde(default)]
    pub subsidy_rules: Vec<SubsidyRuleEntry>,
}

/// An extra related-skill link added by a part to a skill defined elsewhere.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelatedLink {
    pub from: String,
    pub skill: String,
    pub similarity: f32,
}

/// A content part.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CataloguePart {
    pub part: String,
    #[serde(default)]
    pub industries: Vec<IndustryEntry>,
    #[serde(default)]
    pub skills: Vec<SkillEntry>,
    #[serde(default)]
    pub occupations: Vec<OccupationEntry>,
    #[serde(default)]
    pub origins: Vec<OriginEntry>,
    #[serde(default)]
    pub courses: Vec<CourseEntry>,
    #[serde(default)]
    pub related: Vec<RelatedLink>,
    #[serde(default)]
    pub demand: Vec<DemandEntry>,
}

fn parse<'a, T: Deserialize<'a>>(name: &str, text: &'a str) -> Result<T, CatalogueError> {
    serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)).map_err(|e| {
        CatalogueError::new(
            format!("{name}: $"),
            CatalogueErrorKind::Syntax {
                line: e.line(),
                column: e.column(),
                problem: crate::domain::error::JsonProblem::of(&e),
            },
        )
    })
}

/// Assembles a header and parts (each `(file name, text)`, in the order given) into one
/// catalogue file. Cross-references are checked later by `Catalogue::from_file`; here only the
/// `related` links of parts must name a skill defined in some part.
pub fn assemble(header: (&str, &str), parts: &[(&str, &str)]) -> Result<CatalogueFile, Vec<CatalogueError>> {
    let h: CatalogueHeader = parse(header.0, header.1).map_err(|e| vec![e])?;
    let mut file = CatalogueFile {
        format_version: h.format_version,
        edition: h.edition,
        publisher: h.publisher,
        illustrative: h.illustrative,
        sources: h.sources,
        levels: h.levels,
        industries: h.industries,
        skills: Vec::new(),
        occupations: Vec::new(),
        origins: Vec::new(),
        courses: Vec::new(),
        subsidy_rules: h.subsidy_rules,
        demand: Vec::new(),
        pinyin_table: Default::default(),
        partial: false,
    };
    let mut errors = Vec::new();
    let mut links: Vec<(String, RelatedLink)> = Vec::new();
    for (name, text) in parts {
        match parse::<CataloguePart>(name, text) {
            Ok(p) => {
                file.industries.extend(p.industries);
                file.skills.extend(p.skills);
                file.occupations.extend(p.occupations);
                file.origins.extend(p.origins);
                file.courses.extend(p.courses);
                file.demand.extend(p.demand);
                links.extend(p.related.into_iter().map(|l| ((*name).to_owned(), l)));
            }
            Err(e) => errors.push(e),
        }
    }
    for (i, (name, link)) in links.into_iter().enumerate() {
        match file.skills.iter_mut().find(|s| s.id == link.from) {
            Some(skill) => {
                if !skill.related.iter().any(|r| r.skill == link.skill) {
                    skill.related.push(RelatedSkillEntry { skill: link.skill, similarity: link.similarity });
                }
            }
            None => errors.push(CatalogueError::new(
                format!("{name}: $.related[{i}].from"),
                CatalogueErrorKind::UnknownReference { target: "skill", id: link.from },
            )),
        }
    }
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(errors)
    }
}
