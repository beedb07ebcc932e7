//! The national occupation classification as the catalogue's spine: every detailed occupation
//! of the 2022 classification is in the default catalogue, in one of two tiers.
//!
//! - **Reviewed**: the catalogue's own occupations, written and reviewed by hand
//!   (`requirements_from` absent). They also take the classification's official name and
//!   other names of their code as other names ([`add_official_names`]).
//! - **From the official tasks**: every other detailed occupation ([`derived_occupations`]),
//!   with its code, official name, marks, definition, tasks and other names, and requirements
//!   mapped from its tasks onto the skill vocabulary (`domain::derive::map_tasks`). The tasks
//!   name skills, not levels, so each mapped skill is asked at the scale's first level (some
//!   experience) with weight 1: whether a worker has the skill at all, nothing more is
//!   invented. An occupation whose tasks name none of the vocabulary's skills has no
//!   requirements, and the page says so.
//!
//! `skillgap-cli build` appends the derived occupations after the reviewed ones. The public page
//! carries them apart ([`split`]): their names and requirements in the compact
//! [`Spine`](crate::domain::compact::Spine), fetched after the rest, and their definitions and
//! tasks in one small text file per group of the classification ([`details_text`]), fetched when
//! one of them is shown.

use std::collections::{BTreeMap, HashSet};

use crate::domain::catalogue::Catalogue;
use crate::domain::derive::map_tasks;
use crate::domain::extract::Extractor;
use crate::domain::format::{CatalogueFile, OccupationEntry, RequirementEntry, RequirementSource, Synonyms};
use crate::domain::import::classification::Classification;
use crate::domain::text::Bilingual;

/// The id of a derived occupation: `csco-` and its code.
pub fn id_of(code: &str) -> String {
    format!("csco-{code}")
}

/// The detailed occupations of `classification` whose code no occupation of `catalogue` has,
/// as catalogue entries with requirements from their tasks, in the classification's order.
/// `english` gives English names by code (the classification has none; a missing one leaves the
/// name's English empty, and the page shows the Chinese).
pub fn derived_occupations(
    classification: &Classification,
    catalogue: &Catalogue,
    english: &BTreeMap<String, String>,
) -> Vec<OccupationEntry> {
    let extractor = Extractor::for_tasks(catalogue);
    let tasks_of: Vec<&[String]> = classification.occupations.iter().map(|o| o.tasks.as_slice()).collect();
    let mapped = map_tasks(catalogue, &extractor, &tasks_of);
    let reviewed: HashSet<&str> = catalogue.occupations.iter().map(|o| o.code.as_str()).collect();
    classification
        .occupations
        .iter()
        .zip(mapped)
        .filter(|(o, _)| !reviewed.contains(o.code.as_str()))
        .map(|(o, skills)| OccupationEntry {
            id: id_of(&o.code),
            code: o.code.clone(),
            name: Bilingual { zh: o.name.clone(), en: english.get(&o.code).cloned().unwrap_or_default() },
            synonyms: Synonyms { zh: o.other_names.clone(), en: Vec::new() },
            description: Bilingual { zh: o.definition.clone(), en: String::new() },
            tasks: o.tasks.clone(),
            green: o.green,
            digital: o.digital,
            industries: Vec::new(),
            shortage: None,
            requirements_from: RequirementSource::Tasks,
            requires: skills
                .iter()
                .map(|t| RequirementEntry { skill: catalogue.skill(t.skill).id.clone(), level: 1, weight: 1.0 })
                .collect(),
        })
        .collect()
}

/// The reviewed occupations of `file` with the classification's names of their code: the
/// official name (where theirs differs) and the other names join their Chinese other names, so
/// that every name of the classification finds an occupation of its code.
pub fn add_official_names(file: &mut CatalogueFile, classification: &Classification) {
    for o in &mut file.occupations {
        let Some(official) = classification.occupation(&o.code) else { continue };
        for name in std::iter::once(&official.name).chain(&official.other_names) {
            if *name != o.name.zh && !o.synonyms.zh.contains(name) {
                o.synonyms.zh.push(name.clone());
            }
        }
    }
}

/// Whether an occupation is derived (its requirements come from its tasks).
pub fn is_derived(o: &OccupationEntry) -> bool {
    o.requirements_from == RequirementSource::Tasks
}

/// `file` without its derived occupations, and those occupations (in file order).
pub fn split(file: &CatalogueFile) -> (CatalogueFile, Vec<OccupationEntry>) {
    let mut reviewed = file.clone();
    let (derived, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut reviewed.occupations).into_iter().partition(is_derived);
    reviewed.occupations = kept;
    (reviewed, derived)
}

/// The group of the classification whose file holds a derived occupation's definition and
/// tasks: its 小类, the first three parts of its code (`6-31-01` of `6-31-01-03`).
pub fn group_of(code: &str) -> &str {
    match code.rmatch_indices('-').next() {
        Some((at, _)) => &code[..at],
        None => code,
    }
}

/// The first line of a group's file.
const DETAILS_HEADER: &str = "SGD1";

/// The definitions and tasks of `occupations` (derived ones, taken from the spine) as one text
/// per group ([`group_of`]), each naming `chinese_half`: a line `SGD1`, tab, the fingerprint in
/// hex, then one line per occupation, its code, definition and tasks separated by tabs.
pub fn details_text(occupations: &[OccupationEntry], chinese_half: u64) -> BTreeMap<String, String> {
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    for o in occupations {
        let text = files
            .entry(group_of(&o.code).to_owned())
            .or_insert_with(|| format!("{DETAILS_HEADER}\t{chinese_half:016x}\n"));
        text.push_str(&clean(&o.code));
        text.push('\t');
        text.push_str(&clean(&o.description.zh));
        for task in &o.tasks {
            text.push('\t');
            text.push_str(&clean(task));
        }
        text.push('\n');
    }
    files
}

/// An occupation's official definition and tasks, read from its group's file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Details {
    pub definition: String,
    pub tasks: Vec<String>,
}

/// The details of `code` in a group's file, if the file is one that names `chinese_half` (a file
/// of another build is refused as `Mismatch`, a text that is no such file as `NotCompact`).
pub fn read_details(
    text: &str,
    chinese_half: u64,
    code: &str,
) -> Result<Option<Details>, crate::domain::compact::CompactError> {
    use crate::domain::compact::CompactError;
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let Some(named) = header.strip_prefix(DETAILS_HEADER).and_then(|h| h.strip_prefix('\t')) else {
        return Err(CompactError::NotCompact);
    };
    if named != format!("{chinese_half:016x}") {
        return Err(CompactError::Mismatch);
    }
    Ok(lines.find_map(|line| {
        let mut fields = line.split('\t');
        (fields.next() == Some(code)).then(|| Details {
            definition: fields.next().unwrap_or_default().to_owned(),
            tasks: fields.filter(|t| !t.is_empty()).map(str::to_owned).collect(),
        })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::import::classification::ClassifiedOccupation;

    fn classified(code: &str, name: &str, tasks: &[&str]) -> ClassifiedOccupation {
        ClassifiedOccupation {
            code: code.into(),
            name: name.into(),
            green: false,
            digital: false,
            definition: format!("{name}的定义"),
            tasks: tasks.iter().map(|t| (*t).to_owned()).collect(),
            other_names: vec![format!("{name}别名")],
        }
    }

    #[test]
    fn the_occupations_the_catalogue_lacks_are_derived_from_their_tasks() {
        let c = Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let reviewed_code = c.occupations[0].code.clone();
        let classification = Classification {
            groups: Vec::new(),
            occupations: vec![
                classified(&reviewed_code, "已有职业", &["焊接钢结构"]),
                classified("6-99-01-01", "叉车装卸工", &["驾驶叉车装卸货物", "保养叉车，填写记录"]),
                classified("6-99-01-02", "无关职业", &["研究理论问题"]),
            ],
        };
        let english = BTreeMap::from([("6-99-01-01".to_owned(), "Forklift loader".to_owned())]);
        let derived = derived_occupations(&classification, &c, &english);
        assert_eq!(derived.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["csco-6-99-01-01", "csco-6-99-01-02"]);
        let forklift = &derived[0];
        assert_eq!(forklift.name, Bilingual { zh: "叉车装卸工".into(), en: "Forklift loader".into() });
        assert_eq!(forklift.synonyms.zh, ["叉车装卸工别名"]);
        assert!(is_derived(forklift));
        // Levels are not invented: the first level, weight 1, for every mapped skill.
        assert!(forklift.requires.iter().any(|r| r.skill == "forklift"), "{:?}", forklift.requires);
        assert!(forklift.requires.iter().all(|r| r.level == 1 && r.weight == 1.0));
        assert!(derived[1].requires.is_empty());
        assert_eq!(derived[1].name.en, "", "no English name is made up");
    }

    #[test]
    fn the_details_of_a_group_come_back_from_its_file() {
        let c = Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let classification = Classification {
            groups: Vec::new(),
            occupations: vec![
                classified("6-99-01-01", "甲", &["任务一\t带制表符", "任务二"]),
                classified("6-99-02-01", "乙", &[]),
            ],
        };
        let derived = derived_occupations(&classification, &c, &BTreeMap::new());
        let files = details_text(&derived, 42);
        assert_eq!(files.keys().collect::<Vec<_>>(), ["6-99-01", "6-99-02"]);
        let text = &files["6-99-01"];
        assert_eq!(
            read_details(text, 42, "6-99-01-01"),
            Ok(Some(Details {
                definition: "甲的定义".into(), tasks: vec!["任务一 带制表符".into(), "任务二".into()]
            }))
        );
        assert_eq!(read_details(text, 42, "6-99-01-09"), Ok(None));
        assert_eq!(read_details(text, 41, "6-99-01-01"), Err(crate::domain::compact::CompactError::Mismatch));
        assert_eq!(read_details("<html>", 42, "6-99-01-01"), Err(crate::domain::compact::CompactError::NotCompact));
        assert_eq!(group_of("6-31-01-03"), "6-31-01");
    }

    #[test]
    fn split_takes_the_derived_occupations_out() {
        let mut file: CatalogueFile = serde_json::from_str(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let (reviewed, derived) = split(&file);
        assert!(reviewed.occupations.iter().all(|o| !is_derived(o)));
        assert_eq!(reviewed.occupations.len() + derived.len(), file.occupations.len());
        file.occupations.retain(|o| !is_derived(o));
        assert_eq!(reviewed, file);
    }
}
