//! The match score, gap and course chooser on the shipped sample catalogue, with answers worked
//! out by hand.

use skillgap::domain::{assess_match, plan_courses, Catalogue, OccupationIdx, PlanOptions, Profile, SkillLevel};

/// The small hand-checked sample catalogue (a fixture; the app embeds the full default one).
const SAMPLE: &str = include_str!("../data/catalogue.sample.json");

fn catalogue() -> Catalogue {
    Catalogue::from_json(SAMPLE).expect("valid sample catalogue")
}

fn profile(c: &Catalogue, skills: &[(&str, u8)]) -> Profile {
    skills
        .iter()
        .map(|(id, l)| (c.skill_by_id(id).expect("known skill"), SkillLevel::new(*l).expect("level")))
        .collect()
}

fn occupation(c: &Catalogue, id: &str) -> OccupationIdx {
    c.occupation_by_id(id).expect("known occupation")
}

fn course_ids(c: &Catalogue, plan: &skillgap::domain::CoursePlan) -> Vec<String> {
    plan.courses.iter().map(|p| c.course(p.course).id.clone()).collect()
}

#[test]
fn welder_score_worked_example() {
    // 焊工 requires smaw 3 (w3), gmaw 3 (w3), gtaw 2 (w1), weld-inspection 2 (w2),
    // blueprint 2 (w2), safety 3 (w3): total weight 14.
    // Held: smaw 2 → 3×2/3 = 2; blueprint 2 → 2; safety 3 → 3; others 0. 7 / 14 = 50 %.
    let c = catalogue();
    let p = profile(&c, &[("smaw", 2), ("safety", 3), ("blueprint", 2)]);
    let report = assess_match(&c, &p, occupation(&c, "welder"));
    assert_eq!(report.percent(), 50);
    assert_eq!(report.met_count(), 2);
    let missing: Vec<(String, u8)> =
        report.missing().iter().map(|g| (c.skill(g.skill).id.clone(), g.shortfall())).collect();
    assert_eq!(
        missing,
        vec![("gmaw".into(), 3), ("weld-inspection".into(), 2), ("gtaw".into(), 2), ("smaw".into(), 1)],
        "largest shortfall first, then weight"
    );
}

#[test]
fn plan_skips_prerequisites_the_worker_already_meets() {
    let c = catalogue();
    let p = profile(&c, &[("smaw", 2), ("safety", 3), ("blueprint", 2)]);
    let report = assess_match(&c, &p, occupation(&c, "welder"));
    let plan = plan_courses(&c, &p, &report, &PlanOptions::default());
    assert_eq!(course_ids(&c, &plan), vec!["welder-4", "tig-special"]);
    assert_eq!(plan.total_hours, 250);
    assert!(plan.unclosable.is_empty());
}

#[test]
fn plan_adds_missing_prerequisites_first() {
    let c = catalogue();
    let p = Profile::new();
    let report = assess_match(&c, &p, occupation(&c, "welder"));
    assert_eq!(report.percent(), 0);
    let plan = plan_courses(&c, &p, &report, &PlanOptions::default());
    assert_eq!(course_ids(&c, &plan), vec!["welder-5", "welder-4", "tig-special"]);
    assert_eq!(plan.total_hours, 370);
}

#[test]
fn meeting_every_requirement_scores_100_with_an_empty_plan() {
    let c = catalogue();
    for o in c.occupation_indices() {
        let p: Profile = c.occupation(o).requires.iter().map(|r| (r.skill, r.level)).collect();
        let report = assess_match(&c, &p, o);
        assert_eq!(report.percent(), 100, "{}", c.occupation(o).id);
        assert!(report.missing().is_empty());
        let plan = plan_courses(&c, &p, &report, &PlanOptions::default());
        assert!(plan.courses.is_empty() && plan.unclosable.is_empty());
    }
}

#[test]
fn over_qualification_in_one_skill_does_not_hide_another_gap() {
    let c = catalogue();
    let low = profile(&c, &[("smaw", 3)]);
    let high = profile(&c, &[("smaw", 8)]);
    let o = occupation(&c, "welder");
    assert_eq!(assess_match(&c, &low, o).score, assess_match(&c, &high, o).score);
}

#[test]
fn every_plan_closes_every_closable_gap_on_the_sample() {
    let c = catalogue();
    let p = profile(&c, &[("safety", 2), ("electrical-basics", 1), ("loader", 3)]);
    for o in c.occupation_indices() {
        let report = assess_match(&c, &p, o);
        let plan = plan_courses(&c, &p, &report, &PlanOptions::default());
        for gap in report.missing() {
            let closed = plan
                .courses
                .iter()
                .any(|k| c.course(k.course).teaches.iter().any(|&(s, l)| s == gap.skill && l >= gap.required));
            let reported = plan.unclosable.iter().any(|u| u.skill == gap.skill);
            assert!(closed ^ reported, "{}: {} is closed xor reported", c.occupation(o).id, c.skill(gap.skill).id);
        }
        // Prerequisites come before the courses that need them.
        for (i, k) in plan.courses.iter().enumerate() {
            for pre in &c.course(k.course).prerequisites {
                if let Some(j) = plan.courses.iter().position(|x| x.course == *pre) {
                    assert!(j < i, "prerequisite after its course");
                }
            }
        }
        let hours: u32 = plan.courses.iter().map(|k| c.course(k.course).hours).sum();
        assert_eq!(hours, plan.total_hours);
    }
}

#[test]
fn skills_no_course_reaches_are_reported_as_unclosable() {
    let c = catalogue();
    // robot-maintenance is taught up to level 4; ask for more via a hand-made occupation.
    let mut text: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    text["occupations"][1]["requires"][0]["level"] = serde_json::json!(6);
    let c2 = Catalogue::from_json(&text.to_string()).unwrap();
    let o = occupation(&c2, "robot-technician");
    let p = Profile::new();
    let report = assess_match(&c2, &p, o);
    let plan = plan_courses(&c2, &p, &report, &PlanOptions::default());
    let robot = c.skill_by_id("robot-maintenance").unwrap();
    assert_eq!(plan.unclosable.len(), 1);
    assert_eq!((plan.unclosable[0].skill, plan.unclosable[0].best_taught), (robot, SkillLevel::new(4).unwrap()));
    assert_eq!(plan.unclosable[0].reason, skillgap::domain::planner::UnclosableReason::NoCourse);
    assert!(!plan.courses.is_empty(), "the other gaps are still planned");
}

// ---- Exact planning, credit, ranking, outlook, profile input ----

use serde_json::json;
use skillgap::domain::ladder::outlook;
use skillgap::domain::planner::{greedy_value, month_mask, Objective};
use skillgap::domain::profile_input::{resolve, ProfileInput};
use skillgap::domain::ranking::{rank_occupations, top_occupations, OpeningsFilter, RankBy, RankOptions};
use skillgap::domain::search::SearchIndex;
use skillgap::domain::Lang;

/// Four skills a–d; greedy takes the 3-skill course first (10 h per gap) and pays 52 h, the
/// optimum is the two 22-hour courses (44 h).
fn greedy_trap() -> Catalogue {
    let mut v: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    let course = |id: &str, skills: &[&str], hours: u32| {
        json!({"id": id, "name": {"zh": id, "en": id}, "provider": "technical_school", "hours": hours,
               "teaches": skills.iter().map(|s| json!({"skill": s, "level": 2})).collect::<Vec<_>>(),
               "mode": "online", "months": [1], "cost": hours * 10})
    };
    v["courses"] = json!([
        course("abc", &["smaw", "gmaw", "gtaw"], 30),
        course("ab", &["smaw", "gmaw"], 22),
        course("d", &["plc"], 30),
        course("cd", &["gtaw", "plc"], 22),
    ]);
    let requires: Vec<serde_json::Value> =
        ["smaw", "gmaw", "gtaw", "plc"].iter().map(|s| json!({"skill": s, "level": 2, "weight": 1})).collect();
    v["occupations"] = json!([{"id": "trap", "code": "0", "name": {"zh": "陷阱", "en": "trap"},
        "description": {"zh": "", "en": ""}, "industries": ["equipment"], "requires": requires}]);
    Catalogue::from_json(&v.to_string()).unwrap()
}

#[test]
fn the_exact_planner_beats_greedy_where_greedy_fails() {
    let c = greedy_trap();
    let p = Profile::new();
    let report = assess_match(&c, &p, OccupationIdx(0));
    let options = PlanOptions::default();
    let plan = plan_courses(&c, &p, &report, &options);
    assert_eq!(course_ids(&c, &plan), vec!["ab", "cd"]);
    assert_eq!((plan.total_hours, plan.optimal, plan.lower_bound), (44, true, 44));
    assert_eq!(greedy_value(&c, &p, &report, &options), 52);
    // A search stopped early keeps the greedy plan and states its gap to the lower bound.
    let bounded = plan_courses(&c, &p, &report, &PlanOptions { node_limit: 1, ..options });
    assert!(!bounded.optimal);
    assert_eq!(bounded.total_hours, 52);
    assert!(bounded.lower_bound <= 44, "the bound is a lower bound");
}

#[test]
fn the_cost_objective_uses_the_subsidy() {
    // Welder from scratch, sample catalogue: the hours-optimal plan is also the only one, so
    // compare the accounting: out of pocket = fees − subsidies, each subsidy ≤ its fee.
    let c = catalogue();
    let p = Profile::new();
    let report = assess_match(&c, &p, occupation(&c, "welder"));
    let plan =
        plan_courses(&c, &p, &report, &PlanOptions { objective: Objective::OutOfPocket, ..PlanOptions::default() });
    assert_eq!(plan.total_fee, 1600 + 2600 + 1500);
    assert_eq!(plan.total_subsidy, 1000 + 1500 + 600);
    assert_eq!(plan.total_out_of_pocket, plan.total_fee - plan.total_subsidy);
}

#[test]
fn constraints_city_and_slack_season() {
    let c = catalogue();
    let p = Profile::new();
    let report = assess_match(&c, &p, occupation(&c, "welder"));
    // In Tieling no welding course is held: the welding gaps are left open, with the reason;
    // what is planned is held in Tieling or online.
    let tieling = skillgap::domain::city::find_city("tieling");
    let plan = plan_courses(&c, &p, &report, &PlanOptions { city: tieling, ..PlanOptions::default() });
    assert!(plan.courses.iter().all(|k| {
        let course = c.course(k.course);
        course.mode == skillgap::domain::format::DeliveryMode::Online || course.cities.iter().any(|x| x.id == "tieling")
    }));
    assert!(plan.unclosable.iter().any(
        |u| c.skill(u.skill).id == "smaw" && u.reason == skillgap::domain::planner::UnclosableReason::NotAttendable
    ));
    // A farm worker free Nov–Mar in Fuxin, 20 hours a week, planning in September: the welding
    // courses that reach level 3 are not held in Fuxin, so smaw and gmaw stay open; safety comes
    // from the low-voltage permit course (72 h = 4 weeks), which starts in November.
    let free = month_mask(&[11, 12, 1, 2, 3]);
    let options = PlanOptions {
        city: skillgap::domain::city::find_city("阜新"),
        free_months: free,
        hours_per_week: 20,
        start_month: 9,
        ..PlanOptions::default()
    };
    let plan = plan_courses(&c, &p, &report, &options);
    let first = &plan.courses[0];
    assert_eq!((c.course(first.course).id.as_str(), first.start_month, first.weeks), ("low-voltage-op", 11, 4));
    assert!(plan.courses.iter().all(|k| free & (1 << k.start_month) != 0), "every course starts in a free month");
    for id in ["smaw", "gmaw"] {
        assert!(
            plan.unclosable
                .iter()
                .any(|u| c.skill(u.skill).id == id
                    && u.reason == skillgap::domain::planner::UnclosableReason::NotAttendable),
            "{id}"
        );
    }
}

#[test]
fn related_experience_counts_towards_the_score_but_not_the_gap() {
    let mut v: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    // A loader driver's experience carries over to forklift driving at 0.5.
    let loader = v["skills"].as_array().unwrap().iter().position(|s| s["id"] == "loader").unwrap();
    v["skills"][loader]["related"] = json!([{"skill": "forklift", "similarity": 0.5}]);
    v["occupations"] = json!([{"id": "driver", "code": "0", "name": {"zh": "叉车司机", "en": "forklift driver"},
        "description": {"zh": "", "en": ""}, "industries": ["equipment"],
        "requires": [{"skill": "forklift", "level": 3, "weight": 1}]}]);
    let c = Catalogue::from_json(&v.to_string()).unwrap();
    let p = profile(&c, &[("loader", 4)]);
    let report = assess_match(&c, &p, OccupationIdx(0));
    // 0.5 × 4 = 2 of 3 → 67 %; the gap is still 3 levels (forklift itself is not held).
    assert_eq!(report.percent(), 67);
    let g = report.skills[0];
    assert_eq!(g.credit.map(|x| (c.skill(x.from).id.as_str(), x.similarity)), Some(("loader", 0.5)));
    assert_eq!(g.shortfall(), 3);
    // Links count both ways: forklift experience counts towards the loader too.
    let back = profile(&c, &[("forklift", 2)]);
    let v2 = skillgap::domain::ProfileVector::new(&c, &back);
    assert_eq!(v2.effective(c.skill_by_id("loader").unwrap()).0, 1.0);
}

#[test]
fn ranking_is_deterministic_and_the_shortage_boost_is_bounded() {
    let c = catalogue();
    let p = profile(&c, &[("smaw", 3), ("safety", 3), ("blueprint", 2)]);
    let ranked = rank_occupations(&c, &p, &RankOptions::default());
    assert_eq!(ranked.len(), c.occupations.len());
    assert_eq!(c.occupation(ranked[0].occupation).id, "welder");
    for pair in ranked.windows(2) {
        assert!(pair[0].rank_key >= pair[1].rank_key);
    }
    for r in &ranked {
        assert!(r.boost == 0.0 || (r.shortage && r.boost == 5.0));
        assert_eq!(r.rank_key, r.fit.points * (1.0 + r.boost / 100.0));
    }
    let huge = rank_occupations(&c, &p, &RankOptions { shortage_boost: 1000.0, ..RankOptions::default() });
    assert!(huge.iter().all(|r| r.boost <= skillgap::domain::ranking::MAX_SHORTAGE_BOOST));
    assert_eq!(ranked, rank_occupations(&c, &p, &RankOptions::default()));
    let by_effort = rank_occupations(&c, &p, &RankOptions { by: RankBy::Effort, ..RankOptions::default() });
    for pair in by_effort.windows(2) {
        assert!((pair[0].unclosable, pair[0].plan_hours) <= (pair[1].unclosable, pair[1].plan_hours));
    }
    let robots = c.industries.iter().position(|i| i.id == "robotics").unwrap();
    let only = rank_occupations(
        &c,
        &p,
        &RankOptions { industries: vec![skillgap::domain::IndustryIdx(robots as u32)], ..RankOptions::default() },
    );
    assert_eq!(only.len(), 2);
}

#[test]
fn the_top_of_the_ranking_is_the_ranking_cut_short() {
    let c = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).expect("valid");
    let ids =
        |ranked: &[skillgap::domain::ranking::RankedOption]| ranked.iter().map(|r| r.occupation).collect::<Vec<_>>();
    let profiles = [
        Profile::new(),
        // Many occupations tie at 0 % for an empty profile; a welder's profile ties fewer.
        profile(&c, &[("smaw", 3), ("safety", 3)]),
        profile(&c, &[("safety", 2), ("computer-basics", 3), ("forklift", 2)]),
    ];
    let options = [
        RankOptions::default(),
        RankOptions { by: RankBy::Effort, ..RankOptions::default() },
        RankOptions { openings_boost: 10.0, openings_filter: OpeningsFilter::InProvince, ..RankOptions::default() },
    ];
    for p in &profiles {
        for o in &options {
            let all = rank_occupations(&c, p, o);
            for n in [0, 1, 5, 17, all.len(), all.len() + 3] {
                let top = top_occupations(&c, p, o, n);
                assert_eq!(ids(&top), ids(&all[..n.min(all.len())]), "n = {n}, {o:?}");
                assert_eq!(top, all[..n.min(all.len())]);
            }
        }
    }
}

#[test]
fn the_course_index_lists_exactly_the_courses_that_teach_a_skill() {
    let c = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).expect("valid");
    for s in 0..c.skills.len() {
        let skill = skillgap::domain::SkillIdx(s as u32);
        let expected: Vec<_> = c
            .courses
            .iter()
            .enumerate()
            .flat_map(|(i, course)| {
                course
                    .teaches
                    .iter()
                    .filter(move |(t, _)| *t == skill)
                    .map(move |&(_, l)| (skillgap::domain::CourseIdx(i as u32), l))
            })
            .collect();
        assert_eq!(c.courses_teaching(skill), expected.as_slice(), "{}", c.skill(skill).id);
    }
    assert!(c
        .skills
        .iter()
        .enumerate()
        .any(|(s, _)| c.courses_teaching(skillgap::domain::SkillIdx(s as u32)).len() > 1));
}

#[test]
fn the_certificate_outlook_after_the_plan() {
    let c = catalogue();
    let p = profile(&c, &[("smaw", 2), ("safety", 3), ("blueprint", 2)]);
    let report = assess_match(&c, &p, occupation(&c, "welder"));
    let plan = plan_courses(&c, &p, &report, &PlanOptions::default());
    let o = outlook(&c, &report, &plan);
    // After welder-4 and tig-special every welder skill is at 3 except blueprint and weld
    // inspection (2): the lowest, 2, is 五级; the next step is 四级.
    assert_eq!((o.ready_grade, o.next_grade), (Some(5), Some(4)));
}

#[test]
fn profiles_name_skills_by_id_name_or_synonym_and_report_the_rest() {
    let c = catalogue();
    let input: ProfileInput = serde_json::from_value(json!({
        "skills": [{"skill": "电焊", "level": 3}, {"skill": "Forklift driving", "level": 2}, {"skill": "plc", "level": 1},
                   {"skill": "量子纠缠", "level": 3}, {"skill": "safety", "level": 12}],
        "target": "6-31-01-03", "city": "阜新市", "months": [11, 12, 1, 2, 3, 13], "objective": "cost"
    }))
    .unwrap();
    let r = resolve(&c, &input);
    let ids: Vec<&str> = r.profile.entries().iter().map(|(s, _)| c.skill(*s).id.as_str()).collect();
    assert_eq!(ids, vec!["smaw", "forklift", "plc"]);
    assert_eq!(r.target, c.occupation_by_id("electrician"));
    assert_eq!(r.options.city.map(|x| x.id), Some("fuxin"));
    assert_eq!(r.options.objective, Objective::OutOfPocket);
    assert_eq!(r.unresolved, vec!["skill: 量子纠缠", "level 12 of safety", "month: 13"]);
}

/// Words that name no skill exactly are resolved as the app's skill search suggests first: a
/// word inside a skill's name, a job's name, English.
#[test]
fn profiles_resolve_other_words_through_the_skill_search() {
    let c = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    for word in ["焊接", "设备维修", "农机修理", "welding", "electrician", "电焊工", "hg"] {
        let input: ProfileInput = serde_json::from_value(json!({"skills": [{"skill": word, "level": 3}]})).unwrap();
        let r = resolve(&c, &input);
        assert!(r.unresolved.is_empty(), "{word}: {:?}", r.unresolved);
        let found = c.skill(r.profile.entries()[0].0);
        let first = SearchIndex::skills(&c).search(word, if word.is_ascii() { Lang::En } else { Lang::Zh }, 1);
        assert_eq!(found.id, c.skills[first[0].entry as usize].id, "{word}: the search's first suggestion");
    }
}

#[test]
fn openings_near_me_boost_is_bounded_and_the_filter_keeps_jobs_with_openings() {
    use skillgap::domain::ranking::{openings_points, OpeningsFilter, MAX_OPENINGS_BOOST};
    assert_eq!(openings_points(10.0, 0), 0.0);
    assert_eq!(openings_points(10.0, 50), 5.0);
    assert!(openings_points(1000.0, 1_000_000) <= MAX_OPENINGS_BOOST);
    let mut v: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    v["demand"] = json!([
        {"code": "6-31-01-03", "city": "fuxin", "openings": 50, "wage_low": 4000, "wage_high": 6000, "period": "2025Q2", "source": "t"},
        {"code": "6-18-01-07", "city": "dalian", "openings": 80, "wage_low": 5000, "wage_high": 8000, "period": "2025Q2", "source": "t"}
    ]);
    let c = Catalogue::from_json(&v.to_string()).unwrap();
    let p = profile(&c, &[("safety", 3)]);
    let fuxin = skillgap::domain::city::find_city("fuxin");
    let plan = PlanOptions { city: fuxin, ..PlanOptions::default() };
    let base = RankOptions { plan, shortage_boost: 0.0, ..RankOptions::default() };
    let plain = rank_occupations(&c, &p, &base);
    let boosted = rank_occupations(&c, &p, &RankOptions { openings_boost: 10.0, ..base.clone() });
    let key = |r: &[skillgap::domain::ranking::RankedOption], id: &str| {
        r.iter().find(|x| c.occupation(x.occupation).id == id).map(|x| x.boost).unwrap()
    };
    assert_eq!(key(&plain, "electrician"), 0.0);
    assert_eq!(key(&boosted, "electrician"), 5.0, "50 openings in Fuxin give half of the 10 points");
    assert_eq!(key(&boosted, "cnc-operator"), 0.0, "openings in Dalian are not near a worker in Fuxin");
    let in_city = rank_occupations(&c, &p, &RankOptions { openings_filter: OpeningsFilter::InCity, ..base.clone() });
    assert_eq!(in_city.iter().map(|r| c.occupation(r.occupation).id.as_str()).collect::<Vec<_>>(), vec!["electrician"]);
    let in_province = rank_occupations(&c, &p, &RankOptions { openings_filter: OpeningsFilter::InProvince, ..base });
    assert_eq!(in_province.len(), 2);
    assert_eq!(
        in_province.iter().find(|r| c.occupation(r.occupation).id == "cnc-operator").unwrap().openings.in_province,
        80
    );
}

#[test]
fn after_the_plan_other_occupations_open_up() {
    use skillgap::domain::ladder::{also_open_after, profile_after, APPLY_PERCENT};
    let c = catalogue();
    let p = profile(
        &c,
        &[
            ("low-voltage", 3),
            ("electrical-basics", 3),
            ("electrical-control", 2),
            ("safety", 3),
            ("blueprint", 2),
            ("computer-basics", 2),
        ],
    );
    let target = occupation(&c, "robot-operator");
    let report = assess_match(&c, &p, target);
    let plan = plan_courses(&c, &p, &report, &PlanOptions::default());
    let after = profile_after(&c, &p, &plan);
    // The plan teaches PLC, which the electrician occupation also asks for.
    assert!(after.held(c.skill_by_id("plc").unwrap()) >= SkillLevel::new(2).unwrap());
    let open = also_open_after(&c, &p, &plan, target, 3);
    let ids: Vec<&str> = open.iter().map(|(o, _)| c.occupation(*o).id.as_str()).collect();
    assert_eq!(ids, vec!["electrician"], "{open:?}");
    assert!(open.iter().all(|&(_, pct)| pct >= APPLY_PERCENT));
    // The target itself is never listed, and nothing opens when the plan is empty.
    assert!(also_open_after(&c, &p, &Default::default(), target, 3).is_empty());
}
