//! The suggestion score ("what fits me?", `domain::fit`): the worked examples of
//! `docs/scoring.md`, its flags, its tie-breaking, and the O*NET electrician of the reference
//! benchmark (which needs `../shared/data`).

use serde_json::json;
use skillgap::domain::catalogue::Catalogue;
use skillgap::domain::fit;
use skillgap::domain::ranking::{rank_occupations, RankBy, RankOptions, RankedOption};
use skillgap::domain::{Profile, SkillLevel};

fn default_catalogue() -> Catalogue {
    Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).expect("valid default catalogue")
}

fn profile(c: &Catalogue, skills: &[(&str, u8)]) -> Profile {
    skills
        .iter()
        .map(|(id, l)| (c.skill_by_id(id).expect("known skill"), SkillLevel::new(*l).expect("level")))
        .collect()
}

fn ids<'a>(c: &'a Catalogue, ranked: &[RankedOption]) -> Vec<&'a str> {
    ranked.iter().map(|r| c.occupation(r.occupation).id.as_str()).collect()
}

#[test]
fn a_skilled_welder_is_shown_the_welding_trades_first() {
    let c = default_catalogue();
    let p = profile(&c, &[("smaw", 5), ("gmaw", 5), ("safety", 4), ("blueprint", 4), ("cs-manual-handling", 3)]);
    let ranked = rank_occupations(&c, &p, &RankOptions::default());
    let top = ids(&c, &ranked);
    // The first three are welding trades (ships, pressure vessels, rail vehicles, steel structures).
    let welders = ["eq-ship-welder", "eq-pv-welder", "eq-rail-welder", "cn-steel-welder"];
    assert!(top[..3].iter().all(|id| welders.contains(id)), "{:?}", &top[..8]);
    assert_eq!(top[0], "eq-ship-welder", "{:?}", &top[..8]);
    let first = &ranked[0];
    assert_eq!((first.fit.used, first.fit.held, first.fit.to_learn), (3, 5, 6));
    assert!(!first.fit.flagged());
    // By the match score alone a production-line job that uses two of the skills at lower
    // levels ranks well ahead of where fit puts it, which is not among the first ten.
    let by_match = rank_occupations(&c, &p, &RankOptions { by: RankBy::Closeness, ..RankOptions::default() });
    let at = |ids: &[&str]| ids.iter().position(|&id| id == "eq-auto-line-operator");
    let (by_closeness, by_fit) = (at(&ids(&c, &by_match)), at(&top));
    assert!(by_closeness.is_some_and(|i| i < 12), "{:?}", &ids(&c, &by_match)[..12]);
    assert!(by_fit.is_none_or(|f| f >= 10 && by_closeness < Some(f)), "{by_closeness:?} {by_fit:?}");
}

#[test]
fn a_job_far_below_the_workers_level_is_flagged_over_qualified() {
    let c = default_catalogue();
    let lead = profile(
        &c,
        &[
            ("cs-packaging-machine", 5),
            ("cs-food-hygiene", 4),
            ("cs-food-labelling", 4),
            ("cs-foreign-body-detect", 4),
            ("safety", 4),
        ],
    );
    let ranked = rank_occupations(&c, &lead, &RankOptions::default());
    let packer = &ranked[0];
    assert_eq!(c.occupation(packer.occupation).id, "cs-food-packer");
    assert!(packer.fit.over_qualified, "two levels above on every shared skill");
    assert_eq!((packer.fit.used, packer.fit.held, packer.fit.to_learn), (5, 5, 2));
    assert_eq!(packer.score.round(), 85.0);
    // The same job for a worker at its levels is not flagged.
    let at_level = profile(
        &c,
        &[
            ("cs-packaging-machine", 3),
            ("cs-food-hygiene", 2),
            ("cs-food-labelling", 2),
            ("cs-foreign-body-detect", 2),
            ("safety", 2),
        ],
    );
    let o = c.occupation_by_id("cs-food-packer").unwrap();
    assert!(!fit::explain(&c, &at_level, o).over_qualified);
    // The comparison's explanation agrees with the suggestions'.
    let explained = fit::explain(&c, &lead, o);
    assert_eq!((explained.used, explained.to_learn, explained.over_qualified), (5, 2, true));
    // And says so in both languages.
    use skillgap::domain::Lang;
    use skillgap::i18n::fit_line;
    assert_eq!(
        fit_line(Lang::Zh, &packer.fit, Some((80, 1))),
        "用上你 5 项技能中的 5 项；还要学 2 项；课程约 80 小时；其中 1 项现在没有你能上的课；你的水平比这个岗位要求高很多，可能屈才"
    );
    assert_eq!(
        fit_line(Lang::En, &packer.fit, None),
        "Uses 5 of your 5 skills; 2 more to learn; well below your level: you may be over-qualified"
    );
}

#[test]
fn a_job_that_asks_little_is_flagged_and_not_suggested_first() {
    // A one-requirement job is met at 100 % by anyone with that skill.
    let mut v: serde_json::Value = serde_json::from_str(include_str!("../data/catalogue.sample.json")).unwrap();
    let occupations = v["occupations"].as_array_mut().unwrap();
    let mut helper = occupations.iter().find(|o| o["id"] == "welder").unwrap().clone();
    helper["id"] = json!("aa-helper");
    helper["code"] = json!("6-99-99-99");
    helper["requires"] = json!([{"skill": "safety", "level": 2, "weight": 1}]);
    helper["shortage"] = serde_json::Value::Null;
    occupations.insert(0, helper);
    let c = Catalogue::from_json(&v.to_string()).expect("valid");
    let p = profile(&c, &[("smaw", 3), ("gmaw", 3), ("safety", 3), ("blueprint", 2)]);
    let ranked = rank_occupations(&c, &p, &RankOptions::default());
    let helper = ranked.iter().find(|r| c.occupation(r.occupation).id == "aa-helper").unwrap();
    assert_eq!(helper.score, 100.0);
    assert!(helper.fit.asks_little, "{:?}", helper.fit);
    assert_eq!(c.occupation(ranked[0].occupation).id, "welder");
    // By the match score alone it ties at 100 % and is not behind the welder.
    let by_match = rank_occupations(&c, &p, &RankOptions { by: RankBy::Closeness, ..RankOptions::default() });
    assert_eq!(by_match[0].score, 100.0);
}

#[test]
fn ties_are_broken_by_id_never_by_catalogue_order() {
    let mut v: serde_json::Value = serde_json::from_str(include_str!("../data/catalogue.sample.json")).unwrap();
    let mut twin = v["occupations"].as_array().unwrap().iter().find(|o| o["id"] == "welder").unwrap().clone();
    twin["id"] = json!("a-welder-twin");
    let forward = {
        let mut v = v.clone();
        v["occupations"].as_array_mut().unwrap().push(twin.clone());
        Catalogue::from_json(&v.to_string()).expect("valid")
    };
    v["occupations"].as_array_mut().unwrap().insert(0, twin);
    let backward = Catalogue::from_json(&v.to_string()).expect("valid");
    for c in [&forward, &backward] {
        let p = profile(c, &[("smaw", 3), ("safety", 3), ("blueprint", 2)]);
        let ranked = rank_occupations(c, &p, &RankOptions { shortage_boost: 0.0, ..RankOptions::default() });
        let top = ids(c, &ranked);
        let (twin, welder) = (top.iter().position(|&i| i == "a-welder-twin"), top.iter().position(|&i| i == "welder"));
        assert_eq!(welder.unwrap(), twin.unwrap() + 1, "{top:?}");
    }
}

#[test]
fn the_onet_electrician_is_shown_electrical_occupations_first() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/onet-29.2");
    if !dir.join("Skills.tsv").exists() {
        eprintln!("SKIPPED: needs ../shared/data/onet-29.2 (O*NET 29.2, see its SOURCE.md) beside the project");
        return;
    }
    use skillgap::domain::import::onet;
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("readable");
    let (occupations, skills, knowledge) =
        (read(onet::OCCUPATIONS_FILE), read(onet::SKILLS_FILE), read(onet::KNOWLEDGE_FILE));
    let (file, _) =
        onet::import_onet(onet::OnetFiles { occupations: &occupations, skills: &skills, knowledge: Some(&knowledge) })
            .expect("imports");
    let c = Catalogue::from_file(file).expect("valid");
    let electrician = c.occupation_by_id("47-2111.00").expect("Electricians");
    let p: Profile = c.occupation(electrician).requires.iter().map(|r| (r.skill, r.level)).collect();
    assert_eq!(p.len(), 59, "all rated skills and knowledge areas");
    let ranked = rank_occupations(&c, &p, &RankOptions::default());
    let titles: Vec<&str> = ranked.iter().take(10).map(|r| c.occupation(r.occupation).name.en.as_str()).collect();
    assert_eq!(titles[0], "Electricians");
    let electrical = titles.iter().filter(|t| t.contains("Electric")).count();
    assert!(electrical >= 3, "electrical occupations in the first ten: {titles:?}");
    // By the match score alone, jobs that ask less than an electrician can do come first.
    let by_match = rank_occupations(&c, &p, &RankOptions { by: RankBy::Closeness, ..RankOptions::default() });
    assert_ne!(c.occupation(by_match[0].occupation).name.en, "Electricians");
}
