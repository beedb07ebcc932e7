//! Requirements read from an occupation's official main tasks: which skills of the catalogue's
//! vocabulary the tasks name, found by the same extractor as "describe it in your own words"
//! (`domain::extract`), each with how many of the tasks name it. A task that says "不" before a
//! skill (rare in official text) does not count it, as in a worker's words.
//!
//! Levels are not read from tasks (they seldom state one): what this gives is the list of skills
//! the official description of the job asks for, not how well.

use crate::domain::catalogue::SkillIdx;
use crate::domain::extract::Extractor;

/// A skill the tasks name, and in how many of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaskSkill {
    pub skill: SkillIdx,
    pub tasks: usize,
}

/// The skills `tasks` name, most-named first (then in the order they first appear).
pub fn skills_in_tasks(extractor: &Extractor, tasks: &[String]) -> Vec<TaskSkill> {
    let mut found: Vec<TaskSkill> = Vec::new();
    for task in tasks {
        for f in extractor.extract(task) {
            match found.iter_mut().find(|t| t.skill == f.skill) {
                Some(t) => t.tasks += 1,
                None => found.push(TaskSkill { skill: f.skill, tasks: 1 }),
            }
        }
    }
    crate::domain::order::sort_by(&mut found, |a, b| b.tasks.cmp(&a.tasks));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalogue;

    #[test]
    fn the_skills_named_by_the_tasks_most_named_first() {
        let c = Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let extractor = Extractor::new(&c);
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
}
