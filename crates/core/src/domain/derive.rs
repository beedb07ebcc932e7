//! Requirements read from an occupation's official main tasks: which skills of the catalogue's
//! vocabulary the tasks name, found by the same extractor as "describe it in your own words"
//! (`domain::extract`), each with how many of the tasks name it. A task that says "不" before a
//! skill (rare in official text) does not count it, as in a worker's words.
//!
//! Levels are not read from tasks (they seldom state one): what this gives is the list of skills
//! the official description of the job asks for, not how well.

use std::collections::{BTreeSet, HashMap};

use crate::domain::catalogue::{SkillIdx, Terms};
use crate::domain::extract::Extractor;

/// A word that names a skill in the tasks of more than this many occupations is too general to
/// name that one skill there (保养, 调试, 包装 name a skill of the vocabulary in a worker's
/// sentence, but in official tasks they are said of hundreds of trades).
pub const GENERAL_WORD: usize = 12;

/// A skill the tasks name, and in how many of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskSkill {
    pub skill: SkillIdx,
    pub tasks: usize,
    /// The words of the first task that named it.
    pub words: String,
}

/// The skills `tasks` name, most-named first (then in the order they first appear).
pub fn skills_in_tasks(extractor: &Extractor, tasks: &[String]) -> Vec<TaskSkill> {
    let mut found: Vec<TaskSkill> = Vec::new();
    for task in tasks {
        for f in extractor.extract(task) {
            match found.iter_mut().find(|t| t.skill == f.skill) {
                Some(t) => t.tasks += 1,
                None => found.push(TaskSkill { skill: f.skill, tasks: 1, words: task[f.start..f.end].to_owned() }),
            }
        }
    }
    crate::domain::order::sort_by(&mut found, |a, b| b.tasks.cmp(&a.tasks));
    found
}

/// The skills each occupation's `tasks` name, kept only where the words are the skill's own
/// name, or specific: used by the tasks of at most [`GENERAL_WORD`] of these occupations, and
/// either three characters or more or found in two tasks or more. This is the mapping behind
/// every requirement marked `requirements_from: tasks`; `skillgap-cli map-tasks` reports it.
pub fn map_tasks(terms: &Terms, extractor: &Extractor, tasks_of: &[&[String]]) -> Vec<Vec<TaskSkill>> {
    let found: Vec<Vec<TaskSkill>> = tasks_of.iter().map(|tasks| skills_in_tasks(extractor, tasks)).collect();
    let mut used_by: HashMap<&str, usize> = HashMap::new();
    for skills in &found {
        for words in skills.iter().map(|t| t.words.as_str()).collect::<BTreeSet<_>>() {
            *used_by.entry(words).or_default() += 1;
        }
    }
    let specific = |t: &TaskSkill| {
        t.words == terms.skill(t.skill).name.zh
            || (used_by.get(t.words.as_str()).is_some_and(|&n| n <= GENERAL_WORD)
                && (t.words.chars().count() >= 3 || t.tasks >= 2))
    };
    found.iter().map(|skills| skills.iter().filter(|t| specific(t)).cloned().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalogue;

    #[test]
    fn the_skills_named_by_the_tasks_most_named_first() {
        let c = Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let extractor = Extractor::for_tasks(&c);
        let tasks: Vec<String> =
            ["使用叉车搬运货物", "进行焊条电弧焊作业，焊接钢结构", "驾驶叉车装卸货物，填写记录", "不会使用电脑"]
                .map(String::from)
                .to_vec();
        let found = skills_in_tasks(&extractor, &tasks);
        let ids: Vec<&str> = found.iter().map(|t| c.skill(t.skill).id.as_str()).collect();
        assert_eq!(ids.first(), Some(&"forklift"), "{ids:?}");
        assert_eq!(found[0].tasks, 2);
        assert!(ids.contains(&"smaw"), "{ids:?}");
        assert!(!ids.iter().any(|id| id.contains("computer")), "a negated skill does not count: {ids:?}");
        assert!(skills_in_tasks(&extractor, &[]).is_empty());
    }

    #[test]
    fn a_word_many_trades_use_does_not_map() {
        let c = Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let extractor = Extractor::for_tasks(&c);
        // 保养 names a skill in a worker's sentence; said by the tasks of many trades, it maps
        // in none of them. 叉车 in two tasks of one trade does.
        let general: Vec<Vec<String>> = (0..=GENERAL_WORD).map(|_| vec!["负责设备保养".to_owned()]).collect();
        let forklift = vec!["驾驶叉车装卸货物".to_owned(), "保养叉车".to_owned()];
        let mut tasks_of: Vec<&[String]> = general.iter().map(Vec::as_slice).collect();
        tasks_of.push(&forklift);
        let mapped = map_tasks(&c, &extractor, &tasks_of);
        assert!(mapped[..=GENERAL_WORD].iter().all(Vec::is_empty), "{:?}", mapped[0]);
        let ids: Vec<&str> = mapped[GENERAL_WORD + 1].iter().map(|t| c.skill(t.skill).id.as_str()).collect();
        assert_eq!(ids, ["forklift"]);
    }
}
