//! Properties of the engine on random small catalogues (proptest): scores are monotone, a full
//! profile scores 100 with an empty plan, every planned course is needed, the order respects
//! prerequisites, the exact planner equals brute force and is never worse than greedy, and
//! results are deterministic.

use proptest::prelude::*;
use serde_json::{json, Value};
use skillgap::domain::planner::{greedy_value, month_mask, Objective, PlanOptions};
use skillgap::domain::{
    assess_match, plan_courses, Catalogue, CourseIdx, OccupationIdx, Profile, SkillIdx, SkillLevel,
};

const CITY_IDS: [&str; 3] = ["fuxin", "shenyang", "chaoyang"];

#[derive(Clone, Debug)]
struct CourseSpec {
    teaches: Vec<(usize, u8)>,
    hours: u32,
    cost: u32,
    subsidy: bool,
    prerequisite: Option<usize>,
    months: Vec<u8>,
    city: Option<usize>,
}

#[derive(Clone, Debug)]
struct World {
    skills: usize,
    requires: Vec<(usize, u8, u8)>,
    related: Vec<(usize, usize, u8)>,
    courses: Vec<CourseSpec>,
}

fn course_spec(skills: usize, index: usize) -> impl Strategy<Value = CourseSpec> {
    (
        prop::collection::vec((0..skills, 1u8..=5), 1..=3),
        5u32..=200,
        0u32..=30,
        any::<bool>(),
        prop::option::weighted(0.3, 0..index.max(1)),
        prop::collection::vec(1u8..=12, 1..=3),
        prop::option::weighted(0.8, 0..CITY_IDS.len()),
    )
        .prop_map(move |(teaches, hours, cost, subsidy, prerequisite, months, city)| CourseSpec {
            teaches,
            hours,
            cost: cost * 100,
            subsidy,
            prerequisite: prerequisite.filter(|_| index > 0),
            months,
            city,
        })
}

fn world() -> impl Strategy<Value = World> {
    (3usize..=6).prop_flat_map(|skills| {
        (
            prop::collection::vec((0..skills, 1u8..=5, 1u8..=3), 2..=6),
            prop::collection::vec((0..skills, 0..skills, 1u8..=9), 0..=3),
            (2usize..=9).prop_flat_map(move |n| (0..n).map(|i| course_spec(skills, i)).collect::<Vec<_>>()),
        )
            .prop_map(move |(requires, related, courses)| World { skills, requires, related, courses })
    })
}

fn levels() -> Vec<Value> {
    (0..=8).map(|l| json!({"level": l, "name": {"zh": "级", "en": "L"}, "plain": {"zh": "说明", "en": "p"}})).collect()
}

fn build(w: &World) -> Catalogue {
    let mut requires: Vec<Value> = Vec::new();
    for &(s, l, weight) in &w.requires {
        if !requires.iter().any(|r| r["skill"] == format!("s{s}")) {
            requires.push(json!({"skill": format!("s{s}"), "level": l, "weight": weight}));
        }
    }
    let skills: Vec<Value> = (0..w.skills)
        .map(|i| {
            let related: Vec<Value> = w
                .related
                .iter()
                .filter(|(a, b, _)| *a == i && a != b)
                .map(|(_, b, sim)| json!({"skill": format!("s{b}"), "similarity": *sim as f32 / 10.0}))
                .collect();
            json!({"id": format!("s{i}"), "name": {"zh": format!("技能{i}"), "en": format!("skill {i}")}, "category": "c", "related": related})
        })
        .collect();
    let courses: Vec<Value> = w
        .courses
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut teaches: Vec<Value> = Vec::new();
            for &(s, l) in &c.teaches {
                if !teaches.iter().any(|t| t["skill"] == format!("s{s}")) {
                    teaches.push(json!({"skill": format!("s{s}"), "level": l}));
                }
            }
            let (mode, cities) = match c.city {
                Some(k) => ("in_person", vec![CITY_IDS[k]]),
                None => ("online", vec![]),
            };
            let mut v = json!({"id": format!("c{i}"), "name": {"zh": format!("课程{i}"), "en": format!("course {i}")},
                "provider": "technical_school", "hours": c.hours, "teaches": teaches, "mode": mode,
                "cities": cities, "months": c.months, "cost": c.cost,
                "prerequisites": c.prerequisite.map(|p| vec![format!("c{p}")]).unwrap_or_default()});
            if c.subsidy {
                v["subsidy"] = json!("s");
            }
            v
        })
        .collect();
    let file = json!({
        "format_version": 1, "edition": "prop", "publisher": {"zh": "测", "en": "t"}, "levels": levels(),
        "industries": [{"id": "i", "name": {"zh": "业", "en": "i"}, "kind": "base"}],
        "skills": skills,
        "occupations": [{"id": "o", "code": "0", "name": {"zh": "职", "en": "o"}, "description": {"zh": "", "en": ""}, "industries": ["i"], "requires": requires}],
        "courses": courses,
        "subsidy_rules": [{"id": "s", "name": {"zh": "补", "en": "s"}, "amount": 500}]
    });
    Catalogue::from_json(&file.to_string()).expect("generated catalogues are valid")
}

fn profile_strategy() -> impl Strategy<Value = Vec<(usize, u8)>> {
    prop::collection::vec((0usize..6, 0u8..=5), 0..=4)
}

fn to_profile(c: &Catalogue, p: &[(usize, u8)]) -> Profile {
    p.iter()
        .filter(|(s, _)| *s < c.skills.len())
        .map(|&(s, l)| (SkillIdx(s as u32), SkillLevel::new(l).unwrap()))
        .collect()
}

fn options_strategy() -> impl Strategy<Value = PlanOptions> {
    (
        prop::option::of(0..CITY_IDS.len()),
        prop::collection::vec(1u8..=12, 0..=6),
        prop_oneof![Just(Objective::Hours), Just(Objective::OutOfPocket)],
        prop_oneof![Just(10u32), Just(40)],
    )
        .prop_map(|(city, months, objective, hours_per_week)| PlanOptions {
            city: city.and_then(|k| skillgap::domain::city::find_city(CITY_IDS[k])),
            free_months: month_mask(&months),
            hours_per_week,
            objective,
            start_month: 1,
            ..PlanOptions::default()
        })
}

/// The combined objective the planner minimises (primary, then the other).
fn combined(c: &Catalogue, courses: &[CourseIdx], objective: Objective) -> (u64, u64) {
    let hours: u64 = courses.iter().map(|&k| c.course(k).hours as u64).sum();
    let oop: u64 = courses
        .iter()
        .map(|&k| {
            let course = c.course(k);
            (course.cost - skillgap::domain::planner::subsidy(c, course)) as u64
        })
        .sum();
    match objective {
        Objective::Hours => (hours, oop),
        Objective::OutOfPocket => (oop, hours),
    }
}

/// The best plan by enumerating every set of courses.
fn brute_force(
    c: &Catalogue,
    p: &Profile,
    gaps: &[(SkillIdx, SkillLevel)],
    options: &PlanOptions,
    attendable: &[bool],
) -> Option<(u64, u64)> {
    let n = c.courses.len();
    let met = |k: CourseIdx| c.course(k).teaches.iter().all(|(s, l)| p.held(*s) >= *l);
    let mut best: Option<(u64, u64)> = None;
    for mask in 0u32..(1 << n) {
        let set: Vec<CourseIdx> = (0..n).filter(|i| mask & (1 << i) != 0).map(|i| CourseIdx(i as u32)).collect();
        let valid = set
            .iter()
            .all(|&k| attendable[k.get()] && c.course(k).prerequisites.iter().all(|q| set.contains(q) || met(*q)));
        let covers = gaps
            .iter()
            .all(|&(s, l)| set.iter().any(|&k| c.course(k).teaches.iter().any(|&(t, tl)| t == s && tl >= l)));
        if valid && covers {
            let v = combined(c, &set, options.objective);
            if best.is_none_or(|b| v < b) {
                best = Some(v);
            }
        }
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_exact_planner_equals_brute_force_and_beats_greedy(w in world(), p in profile_strategy(), options in options_strategy()) {
        let c = build(&w);
        let profile = to_profile(&c, &p);
        let report = assess_match(&c, &profile, OccupationIdx(0));
        let plan = plan_courses(&c, &profile, &report, &options);
        prop_assert!(plan.optimal);
        // Which courses the worker can attend: probe each one alone through the planner's rules.
        let attendable: Vec<bool> = (0..c.courses.len()).map(|i| {
            let course = c.course(CourseIdx(i as u32));
            let place = options.city.is_none_or(|city| course.mode == skillgap::domain::format::DeliveryMode::Online || course.cities.iter().any(|x| x.id == city.id));
            place && skillgap::domain::planner::can_start(course, &options)
        }).collect();
        let closable: Vec<(SkillIdx, SkillLevel)> = report.missing().iter()
            .filter(|g| !plan.unclosable.iter().any(|u| u.skill == g.skill))
            .map(|g| (g.skill, g.required)).collect();
        let best = brute_force(&c, &profile, &closable, &options, &attendable);
        let ids = plan.course_ids();
        prop_assert_eq!(Some(combined(&c, &ids, options.objective)), best);
        // Unclosable gaps really are: no valid set closes any of them.
        for u in &plan.unclosable {
            prop_assert!(brute_force(&c, &profile, &[(u.skill, u.required)], &options, &attendable).is_none());
        }
        prop_assert!(plan.value(options.objective) <= greedy_value(&c, &profile, &report, &options));
    }

    #[test]
    fn every_planned_course_is_needed_and_comes_after_its_prerequisites(w in world(), p in profile_strategy(), options in options_strategy()) {
        let c = build(&w);
        let profile = to_profile(&c, &p);
        let report = assess_match(&c, &profile, OccupationIdx(0));
        let plan = plan_courses(&c, &profile, &report, &options);
        let ids = plan.course_ids();
        for (i, &k) in ids.iter().enumerate() {
            let unique = report.missing().iter().any(|g| {
                let closes = |x: CourseIdx| c.course(x).teaches.iter().any(|&(s, l)| s == g.skill && l >= g.required);
                closes(k) && !ids.iter().any(|&o| o != k && closes(o))
            });
            let prerequisite = ids.iter().any(|&o| c.course(o).prerequisites.contains(&k));
            prop_assert!(unique || prerequisite, "course {} adds nothing", k.0);
            for q in &c.course(k).prerequisites {
                if let Some(j) = ids.iter().position(|x| x == q) {
                    prop_assert!(j < i);
                }
            }
        }
    }

    #[test]
    fn raising_a_level_or_adding_a_skill_never_lowers_the_score(w in world(), p in profile_strategy(), extra in (0usize..6, 1u8..=8)) {
        let c = build(&w);
        let before = to_profile(&c, &p);
        let mut after = before.clone();
        let s = SkillIdx((extra.0 % c.skills.len()) as u32);
        let raised = SkillLevel::new(extra.1).unwrap().max(before.held(s));
        after.set(s, raised);
        let o = OccupationIdx(0);
        prop_assert!(assess_match(&c, &after, o).score >= assess_match(&c, &before, o).score - 1e-4);
    }

    #[test]
    fn meeting_every_requirement_scores_100_with_an_empty_plan(w in world(), options in options_strategy()) {
        let c = build(&w);
        let full: Profile = c.occupation(OccupationIdx(0)).requires.iter().map(|r| (r.skill, r.level)).collect();
        let report = assess_match(&c, &full, OccupationIdx(0));
        prop_assert_eq!(report.percent(), 100);
        let plan = plan_courses(&c, &full, &report, &options);
        prop_assert!(plan.courses.is_empty() && plan.unclosable.is_empty());
    }

    #[test]
    fn results_are_deterministic(w in world(), p in profile_strategy(), options in options_strategy()) {
        let c = build(&w);
        let profile = to_profile(&c, &p);
        let r1 = assess_match(&c, &profile, OccupationIdx(0));
        let r2 = assess_match(&build(&w), &profile, OccupationIdx(0));
        prop_assert_eq!(&r1, &r2);
        prop_assert_eq!(plan_courses(&c, &profile, &r1, &options), plan_courses(&c, &profile, &r2, &options));
    }
}

fn default_catalogue() -> &'static Catalogue {
    static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).expect("valid"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// The score board rescored only what a change touched, yet after every change of a random
    /// sequence (levels set, skills added and removed) it equals a board made from scratch, and
    /// its top five equal the ranking's.
    #[test]
    fn the_score_board_after_each_change_equals_a_fresh_one(
        start in prop::collection::vec((0usize..600, 1u8..=8), 0..=6),
        edits in prop::collection::vec((0usize..600, 0u8..=8), 1..=10),
    ) {
        use skillgap::domain::ranking::{top_occupations, top_occupations_on, RankOptions, ScoreBoard};
        let c = default_catalogue();
        let skill = |s: usize| SkillIdx((s % c.skills.len()) as u32);
        let mut profile = Profile::new();
        for &(s, l) in &start {
            profile.set(skill(s), SkillLevel::new(l).unwrap());
        }
        let mut board = ScoreBoard::new(c, &profile);
        let options = RankOptions::default();
        for &(s, l) in &edits {
            match SkillLevel::new(l).filter(|l| l.value() > 0) {
                Some(level) => profile.set(skill(s), level),
                None => profile.remove(skill(s)),
            }
            let rescored = board.update(c, &profile);
            prop_assert!(rescored <= c.occupations.len());
            let fresh = ScoreBoard::new(c, &profile);
            for o in c.occupation_indices() {
                prop_assert_eq!(board.score(o).to_bits(), fresh.score(o).to_bits(), "{}", c.occupation(o).id);
            }
            // The fit parts too: the suggestion points of every occupation, to the bit.
            prop_assert_eq!(board.suggestion_points(c), fresh.suggestion_points(c));
            prop_assert_eq!(top_occupations_on(&board, c, &profile, &options, 5), top_occupations(c, &profile, &options, 5));
        }
    }
}

#[test]
fn a_level_change_rescores_only_the_occupations_it_touches() {
    use skillgap::domain::ranking::ScoreBoard;
    let c = default_catalogue();
    let welding = c.skill_by_id("smaw").expect("in the default catalogue");
    let mut profile = Profile::new();
    profile.set(welding, SkillLevel::new(2).unwrap());
    let mut board = ScoreBoard::new(c, &profile);
    assert_eq!(board.update(c, &profile), 0, "nothing changed");
    profile.set(welding, SkillLevel::new(3).unwrap());
    let rescored = board.update(c, &profile);
    let requiring = c.occupations.iter().filter(|o| o.requires.iter().any(|r| r.skill == welding)).count();
    assert!(rescored >= requiring && rescored < c.occupations.len(), "{rescored} of {}", c.occupations.len());
}
