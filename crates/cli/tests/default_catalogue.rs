//! The default catalogue the app embeds: built from its parts, valid against the JSON Schema,
//! big enough, real occupation codes, courses in every city, and what the CLI reports about it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use skillgap_core::domain::city::CITIES;
use skillgap_core::domain::format::{CatalogueFile, IndustryKind};
use skillgap_core::domain::Catalogue;

/// The repository's top level (the CLI's paths in these tests are relative to it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the repository")
}

fn file() -> CatalogueFile {
    serde_json::from_str(skillgap_core::DEFAULT_CATALOGUE_JSON).expect("parses")
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_skillgap-cli")).args(args).current_dir(root()).output().expect("cli runs")
}

#[test]
fn the_embedded_file_is_up_to_date_with_its_parts() {
    let out = cli(&["build", "data/catalogue", "-o", "data/catalogue.json", "--check"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn it_validates_without_warnings() {
    let catalogue = Catalogue::from_json(skillgap_core::DEFAULT_CATALOGUE_JSON).expect("valid");
    let warnings: Vec<String> = catalogue.warnings().iter().map(|w| w.to_string()).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
}

#[test]
fn every_word_of_a_skill_names_that_skill_alone_or_is_told_apart_by_its_broader_skills() {
    // Two skills with the same words are one skill twice: the catalogue merges those (the
    // dropped id lives on as a former id) and gives every other shared word to the skill a
    // worker means by it. A word that stays shared is one the skills around it tell apart in a
    // worker's words (嫁接 beside 大棚 or beside 果园): each of its skills has a broader skill of
    // its own, but for at most one, which is the word's reading when nothing beside it decides
    // (打药 is 背负式喷药, and 植保无人机作业 beside 无人机).
    let mut owners: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    let f = file();
    let broader: BTreeMap<&str, Option<&str>> =
        f.skills.iter().map(|s| (s.id.as_str(), s.broader.as_deref())).collect();
    for s in &f.skills {
        let words = [&s.name.zh, &s.name.en].into_iter().chain(&s.synonyms.zh).chain(&s.synonyms.en);
        for w in words.filter(|w| !w.trim().is_empty()) {
            owners.entry(w.trim().to_lowercase()).or_default().insert(&s.id);
        }
    }
    let untold: Vec<String> = owners
        .iter()
        .filter(|(_, o)| {
            let kinds: BTreeSet<Option<&str>> = o.iter().map(|id| broader[id]).collect();
            o.len() > 1 && kinds.len() < o.len()
        })
        .map(|(w, o)| format!("{w}: {o:?}"))
        .collect();
    assert!(untold.is_empty(), "{} words name several skills that nothing tells apart: {untold:#?}", untold.len());
    let shared = owners.values().filter(|o| o.len() > 1).count();
    assert!(shared <= 12, "{shared} shared words: a few, told apart by context, not a habit");
    // Former ids name no current skill (validation refuses that) and each was a skill once.
    let catalogue = Catalogue::from_json(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap();
    for s in &f.skills {
        for former in &s.former_ids {
            assert_eq!(catalogue.skill_by_id(former), catalogue.skill_by_id(&s.id), "{former}");
        }
    }
    assert_eq!(catalogue.skill_by_id("mt-first-aid"), catalogue.skill_by_id("cs-first-aid"));
}

#[test]
fn it_matches_the_json_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("docs/catalogue.schema.json")).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    for name in ["data/catalogue.json", "data/catalogue.sample.json"] {
        let instance: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join(name)).unwrap()).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(&instance).map(|e| format!("{}: {e}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    // The schema rejects what validation rejects, e.g. a level out of range.
    let mut bad: serde_json::Value = serde_json::from_str(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap();
    bad["occupations"][0]["requires"][0]["level"] = serde_json::json!(9);
    assert!(!validator.is_valid(&bad));
}

#[test]
fn it_meets_the_counts_of_the_catalogue_issue() {
    let f = file();
    let s = f.stats();
    assert!(s.occupations >= 60, "{s:?}");
    assert!(s.origin_occupations >= 25, "{s:?}");
    assert!(s.skills >= 400, "{s:?}");
    assert!(s.courses >= 150, "{s:?}");
    let clusters: BTreeSet<&str> =
        f.industries.iter().filter(|i| i.kind == IndustryKind::Cluster).map(|i| i.id.as_str()).collect();
    let used: BTreeSet<&str> = f
        .occupations
        .iter()
        .flat_map(|o| o.industries.iter().map(String::as_str))
        .filter(|i| clusters.contains(i))
        .collect();
    assert!(used.len() >= 12, "occupations in {} clusters", used.len());
    for o in &f.occupations {
        // The classification has no English of its definitions: a derived occupation's is
        // shown in Chinese (its English name was translated for the project).
        let reviewed = o.requirements_from.is_reviewed();
        assert!(
            !o.name.zh.is_empty()
                && !o.name.en.is_empty()
                && (!reviewed || !o.description.en.is_empty())
                && (!reviewed || !o.description.zh.is_empty()),
            "{} is bilingual",
            o.id
        );
    }
    for s in &f.skills {
        assert!(!s.name.zh.is_empty() && !s.name.en.is_empty(), "{} is bilingual", s.id);
    }
    // The file carries a character table instead of per-term pinyin; every skill gets pinyin from it.
    assert!(f.skills.iter().all(|s| s.pinyin.is_empty()));
    let c = Catalogue::from_json(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap();
    for s in &c.skills {
        assert!(!s.pinyin.is_empty(), "{} has pinyin", s.id);
    }
}

#[test]
fn courses_are_spread_over_all_14_cities() {
    let c = Catalogue::from_json(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap();
    let mut per_city: BTreeMap<&str, usize> = CITIES.iter().map(|c| (c.id, 0)).collect();
    for course in &c.courses {
        for city in &course.cities {
            *per_city.get_mut(city.id).unwrap() += 1;
        }
    }
    assert!(per_city.values().all(|n| *n >= 10), "{per_city:?}");
}

#[test]
fn almost_every_requirement_can_be_closed_by_some_course() {
    let c = Catalogue::from_json(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap();
    let mut best = vec![0u8; c.skills.len()];
    for course in &c.courses {
        for (s, l) in &course.teaches {
            best[s.get()] = best[s.get()].max(l.value());
        }
    }
    // Of the reviewed occupations: one derived from its tasks may name skills no short
    // course teaches (the page says so for it).
    let total: usize =
        c.occupations.iter().filter(|o| o.requirements_from.is_reviewed()).map(|o| o.requires.len()).sum();
    let open: Vec<String> = c
        .occupations
        .iter()
        .filter(|o| o.requirements_from.is_reviewed())
        .flat_map(|o| o.requires.iter().map(move |r| (o, r)))
        .filter(|(_, r)| best[r.skill.get()] < r.level.value())
        .map(|(o, r)| format!("{} needs {} at {}", o.id, c.skill(r.skill).id, r.level.value()))
        .collect();
    // A few advanced skills are deliberately beyond short courses (the app reports them).
    assert!(open.len() <= 10 && open.len() * 50 <= total, "{} of {total} unclosable: {open:#?}", open.len());
}

fn classification() -> Option<PathBuf> {
    let p = root().join("../shared/data/cn-occupation-classification-2022/occupations_2022_flat.csv");
    if p.exists() {
        Some(p)
    } else {
        eprintln!("SKIPPED: {} is missing; the code check needs ../shared/data", p.display());
        None
    }
}

#[test]
fn every_national_code_exists_in_the_2022_classification() {
    let Some(path) = classification() else { return };
    let text = std::fs::read_to_string(path).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for r in reader.records() {
        let r = r.unwrap();
        if &r[3] == "4" {
            names.insert(r[0].to_owned(), r[2].to_owned());
        }
    }
    assert_eq!(names.len(), 1_639, "细类 count of the 2022 classification");
    for file in [file(), serde_json::from_str(include_str!("../../../data/catalogue.sample.json")).unwrap()] {
        // The derived occupations' names and codes are the classification's own (`csco22.csv`,
        // checked in `tests/spine.rs`), which differs from this extraction in a few.
        for o in file.occupations.iter().filter(|o| o.requirements_from.is_reviewed()) {
            let official = names
                .get(&o.code)
                .unwrap_or_else(|| panic!("{}: code {} is not a 细类 of the 2022 classification", o.id, o.code));
            assert!(
                o.name.zh.contains(official.as_str()),
                "{}: name {} does not contain the official {official}",
                o.id,
                o.name.zh
            );
        }
    }
}

#[test]
fn cli_stats_prints_the_counts_as_json() {
    let out = cli(&["stats", "data/catalogue.json"]);
    assert!(out.status.success());
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(stats, serde_json::to_value(file().stats()).unwrap());
    for key in ["industries", "occupations", "origin_occupations", "skills", "courses", "relations"] {
        assert!(stats[key].as_u64().is_some(), "{key}");
    }
}

#[test]
fn cli_rejects_bad_input_with_a_located_message_and_status_1() {
    let dir = std::env::temp_dir().join(format!("skillgap-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    let mut v: serde_json::Value = serde_json::from_str(include_str!("../../../data/catalogue.sample.json")).unwrap();
    v["courses"][3]["teaches"][0]["skill"] = serde_json::json!("no-such-skill");
    std::fs::write(&bad, v.to_string()).unwrap();
    let out = cli(&["validate", bad.to_str().unwrap(), "--lang", "zh"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("$.courses[3].teaches[0].skill: 引用了不存在的技能“no-such-skill”"), "{err}");
    assert_eq!(cli(&["validate"]).status.code(), Some(2), "usage error");
    let csv = dir.join("s.csv");
    std::fs::write(&csv, "code,name,quarter\n6-31-01-03,电工,2025-3\n").unwrap();
    let out = cli(&[
        "apply-shortage",
        "data/catalogue.sample.json",
        csv.to_str().unwrap(),
        "-o",
        dir.join("o.json").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
}

#[test]
fn cli_assess_and_rank_print_json_reports() {
    let dir = std::env::temp_dir().join(format!("skillgap-assess-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let profile = dir.join("p.json");
    std::fs::write(
        &profile,
        r#"{"skills":[{"skill":"电焊","level":3},{"skill":"开铲车","level":3},{"skill":"会修拖拉机吗","level":2}],"target":"6-31-01-03","city":"阜新市","months":[11,12,1,2,3]}"#,
    )
    .unwrap();
    let out = cli(&["assess", "data/catalogue.json", profile.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["occupation"]["code"], "6-31-01-03");
    assert_eq!(report["unresolved"], serde_json::json!(["skill: 会修拖拉机吗"]));
    let score = report["score"].as_f64().unwrap();
    assert!((0.0..=100.0).contains(&score));
    let courses = report["plan"]["courses"].as_array().unwrap();
    for (i, c) in courses.iter().enumerate() {
        assert_eq!(c["order"], i + 1);
        let cities = c["cities"].as_array().unwrap();
        assert!(cities.is_empty() || cities.iter().any(|x| x == "阜新市"), "held in Fuxin or online");
        let m = c["start_month"].as_u64().unwrap();
        assert!([11, 12, 1, 2, 3].contains(&m), "starts in a free month");
    }
    let explained = report["explanation"].as_array().unwrap();
    let points: f64 = explained.iter().map(|e| e["points"].as_f64().unwrap()).sum();
    assert!((points - score).abs() < 0.5, "the explanation adds up to the score");

    let out = cli(&["rank", "data/catalogue.json", profile.to_str().unwrap(), "--top", "3"]);
    assert!(out.status.success());
    let ranking: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = ranking["ranking"].as_array().unwrap();
    assert_eq!(r.len(), 3);
    // Of the reviewed occupations: the ones derived from their tasks are never suggested.
    let reviewed = file().occupations.iter().filter(|o| o.requirements_from.is_reviewed()).count();
    assert_eq!(ranking["of"].as_u64().unwrap() as usize, reviewed);
    assert_eq!(cli(&["rank", "data/catalogue.json", profile.to_str().unwrap(), "--top", "x"]).status.code(), Some(2));
}

#[test]
fn the_sample_demand_table_covers_every_target_occupation_in_the_seven_cities() {
    let c = Catalogue::from_json(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap();
    for o in c.occupation_indices().filter(|&o| c.occupation(o).requirements_from.is_reviewed()) {
        for city in ["fushun", "fuxin", "chaoyang", "huludao", "tieling", "shenyang", "dalian"] {
            let rows: Vec<_> = c.demand(o).iter().filter(|d| d.city.id == city).collect();
            assert!(!rows.is_empty(), "{} has no openings row in {city}", c.occupation(o).id);
            assert!(rows
                .iter()
                .all(|d| d.source == skillgap_core::domain::catalogue::SAMPLE_SOURCE && d.wage_low <= d.wage_high));
        }
    }
}

#[test]
fn map_tasks_reports_the_skills_an_occupation_s_tasks_name() {
    let dir = std::env::temp_dir().join(format!("skillgap-map-tasks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("csco22.csv");
    std::fs::write(
        &csv,
        "level,code,code_num,name,definition,tasks,csco_code_num,alias\n\
         4,6-30-05-01,,起重装卸机械操作工,操作起重机械的人员。,\"1.驾驶叉车搬运货物 2.操作叉车装卸 3.填写记录\",,\n\
         4,2-09-06-03,,动画设计人员,设计动画的人员。,1.绘制分镜,,\n",
    )
    .unwrap();
    let json = dir.join("map.json");
    let out = cli(&["map-tasks", "data/catalogue.json", csv.to_str().unwrap(), "--json", json.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["occupations"], 2);
    assert_eq!(summary["with_a_skill"], 1);
    let rows: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(rows[0]["skills"][0]["skill"], "forklift");
    assert_eq!(rows[0]["skills"][0]["tasks"], 2);
    assert_eq!(rows[1]["skills"].as_array().map(Vec::len), Some(0));
    std::fs::remove_dir_all(&dir).ok();
}

/// `cohort` reads the same assessments alike from files, a folder searched recursively, a list
/// of paths and JSON lines, and names what it skips.
#[test]
fn cohort_streams_files_folders_lists_and_json_lines_alike() {
    let c: CatalogueFile = file();
    let dir = std::env::temp_dir().join(format!("skillgap-cohort-{}", std::process::id()));
    let nested = dir.join("city/quarter");
    std::fs::create_dir_all(&nested).unwrap();
    let mut lines = String::new();
    let mut paths = Vec::new();
    for i in 0..40usize {
        let skill = &c.skills[(i * 37) % c.skills.len()].id;
        let target = if i % 7 == 6 {
            serde_json::Value::Null
        } else {
            c.occupations[(i * 13) % c.occupations.len()].id.clone().into()
        };
        let city = ["fuxin", "chaoyang", "dalian"][i % 3];
        let a = serde_json::json!({
            "format": "skillgap-assessment", "version": 1, "catalogue_edition": c.edition,
            "skills": [{"skill": skill, "level": 1 + i % 4}], "target": target,
            "city": city, "free_months": [], "hours_per_week": 20, "objective": "hours",
        });
        lines.push_str(&format!("{a}\n"));
        let path = (if i % 2 == 0 { &dir } else { &nested }).join(format!("a{i:02}.json"));
        std::fs::write(&path, a.to_string()).unwrap();
        paths.push(path.display().to_string());
    }
    std::fs::write(dir.join("broken.json"), "{\"format\": \"skillgap-assessment\", \"version\": 1, \"skills\": [")
        .unwrap();
    lines.push_str("{\"format\": \"skillgap-assessment\"\n");
    let jsonl = dir.join("all.jsonl");
    std::fs::write(&jsonl, &lines).unwrap();
    let list = dir.join("list.txt");
    std::fs::write(&list, paths.join("\n")).unwrap();

    let csv = |args: &[&str]| {
        let out = cli(&[&["cohort", "data/catalogue.json"], args].concat());
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let named: Vec<&str> = paths.iter().map(String::as_str).collect();
    let (by_files, _) = csv(&named);
    let (by_folder, folder_skips) = csv(&[dir.to_str().unwrap()]);
    let (by_list, _) = csv(&["--list", list.to_str().unwrap()]);
    let (by_lines, line_skips) = csv(&["--jsonl", jsonl.to_str().unwrap()]);
    assert!(by_files.contains("summary,,assessments,,40"), "{by_files}");
    assert_eq!(by_folder, by_files, "a folder, searched recursively");
    assert_eq!(by_list, by_files, "a list of paths");
    assert_eq!(by_lines, by_files, "JSON lines");
    assert!(folder_skips.contains("broken.json"), "{folder_skips}");
    assert!(line_skips.contains("line 41"), "{line_skips}");
    std::fs::remove_dir_all(&dir).ok();
}
