//! Engine benchmarks (criterion). `cargo bench --bench engine`.
//!
//! - `rank/esco_3007_occupations_30_skills`: rank every ESCO v1.1.1 occupation (imported from
//!   `../shared/data`) for a 30-skill profile — skipped with a message when the data is absent;
//! - `rank/default_catalogue_with_plans`: rank the default catalogue by effort (a plan each);
//! - `plan/16_gaps_60_plus_candidates`: the exact planner on an occupation with 16 gaps that at
//!   least 60 courses (86 in the default catalogue) can close;
//! - `parse/default_catalogue`: parse and validate the embedded catalogue.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use skillgap::domain::catalogue::{FirstPart, TermPinyin};
use skillgap::domain::compact::decode_first as decode;
use skillgap::domain::format::CatalogueFile;
use skillgap::domain::import::esco::{import_esco, EscoFiles};
use skillgap::domain::ranking::{
    rank_occupations, top_occupations, top_occupations_on, RankBy, RankOptions, ScoreBoard,
};
use skillgap::domain::{assess_match, plan_courses, Catalogue, PlanOptions, Profile, SkillIdx, SkillLevel};

fn esco() -> Option<Catalogue> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/esco-v1.1.1");
    if !dir.is_dir() {
        eprintln!("SKIPPED: {} is missing; the ESCO ranking benchmark needs ../shared/data", dir.display());
        return None;
    }
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let mut relations = String::new();
    use std::io::Read;
    flate2::read::GzDecoder::new(std::fs::File::open(dir.join("occupationSkillRelations.csv.gz")).unwrap())
        .read_to_string(&mut relations)
        .unwrap();
    let (file, _) = import_esco(EscoFiles {
        occupations: &read("occupations_en.csv"),
        skills: &read("skills_en.csv"),
        relations: &relations,
    })
    .unwrap();
    Some(Catalogue::from_file(file).unwrap())
}

/// 30 skills spread over the catalogue (every n-th skill), at levels 1–4.
fn profile_of(c: &Catalogue, n: usize) -> Profile {
    let step = (c.skills.len() / n).max(1);
    (0..n).map(|i| (SkillIdx((i * step) as u32), SkillLevel::new(1 + (i % 4) as u8).unwrap())).collect()
}

/// The default catalogue plus one occupation requiring, at level 3, one skill from each skill
/// category in turn (skills taught to level 3 by at least two courses), until 60 courses are
/// candidates: a realistic many-gap instance where several courses must be combined.
fn sixty_candidates() -> (Catalogue, usize, usize) {
    let base = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let teaching =
        |s: SkillIdx| base.courses.iter().filter(|c| c.teaches.iter().any(|(t, l)| *t == s && l.value() >= 3)).count();
    let mut pool: Vec<SkillIdx> = base.skill_indices().filter(|&s| teaching(s) >= 2).collect();
    pool.sort_by_key(|&s| (base.skill(s).category.clone(), s));
    let mut chosen: Vec<SkillIdx> = Vec::new();
    let mut used_categories: Vec<String> = Vec::new();
    let mut candidates = 0;
    while candidates < 60 {
        let next = pool
            .iter()
            .copied()
            .find(|s| !chosen.contains(s) && !used_categories.contains(&base.skill(*s).category))
            .or_else(|| {
                used_categories.clear();
                pool.iter().copied().find(|s| !chosen.contains(s))
            });
        let Some(s) = next else { break };
        used_categories.push(base.skill(s).category.clone());
        chosen.push(s);
        candidates =
            base.courses.iter().filter(|c| c.teaches.iter().any(|(t, l)| chosen.contains(t) && l.value() >= 3)).count();
    }
    let mut v: serde_json::Value = serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let requires: Vec<serde_json::Value> =
        chosen.iter().map(|s| serde_json::json!({"skill": base.skill(*s).id, "level": 3, "weight": 2})).collect();
    v["occupations"].as_array_mut().unwrap().push(serde_json::json!({
        "id": "bench", "code": "bench", "name": {"zh": "基准", "en": "bench"}, "description": {"zh": "", "en": ""},
        "industries": [base.industries[0].id], "requires": requires
    }));
    (Catalogue::from_json(&v.to_string()).unwrap(), candidates, chosen.len())
}

fn benches(c: &mut Criterion) {
    if let Some(esco) = esco() {
        let index = skillgap::domain::search::SearchIndex::skills(&esco);
        let keys: Vec<String> = ["welding", "forklift", "electric"]
            .iter()
            .flat_map(|w| (1..=w.len()).map(move |i| w[..i].to_owned()))
            .collect();
        c.bench_function("search/esco_13896_skills_per_keystroke", |b| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % keys.len();
                black_box(index.search(black_box(&keys[i]), skillgap::domain::Lang::En, 8))
            })
        });
        // One-off costs: the index itself (built when the catalogue loads), and the index of
        // distinct words that the first query reaching the "contains" pass builds ("elding").
        let mut group = c.benchmark_group("search");
        group.sample_size(10);
        group.bench_function("esco_index_build", |b| {
            b.iter(|| black_box(skillgap::domain::search::SearchIndex::skills(&esco)))
        });
        group.bench_function("esco_index_build_then_first_inside_word_query", |b| {
            b.iter(|| {
                let index = skillgap::domain::search::SearchIndex::skills(&esco);
                black_box(index.search("elding", skillgap::domain::Lang::En, 8))
            })
        });
        group.finish();
        let profile = profile_of(&esco, 30);
        let options = RankOptions::default();
        c.bench_function("rank/esco_3007_occupations_30_skills", |b| {
            b.iter(|| black_box(rank_occupations(&esco, black_box(&profile), &options)))
        });
        // What "what fits me?" computes on each change: the first five only.
        c.bench_function("rank/esco_top5_of_3007", |b| {
            b.iter(|| black_box(top_occupations(&esco, black_box(&profile), &options, 5)))
        });
        // The same after a level change, with the score board the app keeps between changes.
        let mut board = ScoreBoard::new(&esco, &profile);
        let mut changed = profile.clone();
        let (skill, _) = profile.entries()[0];
        let mut level = 1u8;
        c.bench_function("rank/esco_top5_after_a_level_change", |b| {
            b.iter(|| {
                level = level % 5 + 1;
                changed.set(skill, skillgap::domain::SkillLevel::new(level).unwrap());
                board.update(&esco, &changed);
                black_box(top_occupations_on(&board, &esco, black_box(&changed), &options, 5))
            })
        });
    }

    let default = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let profile = profile_of(&default, 30);
    let effort = RankOptions { by: RankBy::Effort, ..RankOptions::default() };
    c.bench_function("rank/default_catalogue_with_plans", |b| {
        b.iter(|| black_box(rank_occupations(&default, black_box(&profile), &effort)))
    });

    let (catalogue, candidates, gaps) = sixty_candidates();
    eprintln!("plan benchmark: {gaps} gaps, {candidates} candidate courses");
    let target = catalogue.occupation_by_id("bench").unwrap();
    let empty = Profile::new();
    let report = assess_match(&catalogue, &empty, target);
    let options = PlanOptions::default();
    let plan = plan_courses(&catalogue, &empty, &report, &options);
    eprintln!(
        "plan benchmark: {} courses, {} hours (greedy {}), optimal {}, {} nodes",
        plan.courses.len(),
        plan.total_hours,
        skillgap::domain::planner::greedy_value(&catalogue, &empty, &report, &options),
        plan.optimal,
        plan.nodes
    );
    c.bench_function("plan/16_gaps_60_plus_candidates", |b| {
        b.iter(|| black_box(plan_courses(&catalogue, &empty, black_box(&report), &options)))
    });

    c.bench_function("parse/default_catalogue", |b| {
        b.iter(|| black_box(Catalogue::from_json(black_box(skillgap::DEFAULT_CATALOGUE_JSON)).unwrap()))
    });

    // Reading the file the public page embeds (its Chinese half) before validation: serde's JSON
    // reader against the compact form the page now reads (domain::compact).
    let chinese_half = include_str!("../data/public/catalogue.zh.json");
    let compact = include_bytes!("../data/public/catalogue.zh.bin");
    let mut group = c.benchmark_group("read/chinese_half");
    group.bench_function("json", |b| {
        b.iter(|| black_box(serde_json::from_str::<CatalogueFile>(black_box(chinese_half)).unwrap()))
    });
    group.bench_function("compact", |b| b.iter(|| black_box(decode(black_box(compact.as_slice())).unwrap())));
    group.finish();

    // The public page's first load reads the first part only; step 4 and the suggestions then
    // make the whole catalogue once (ui::Whole): read the rest and add it (FirstPart::with_rest),
    // against joining the files and validating the whole again.
    let (named, first) = decode(compact.as_slice()).unwrap();
    c.bench_function("read/first_part_then_validate", |b| {
        b.iter(|| {
            let (_, file) = decode(black_box(compact.as_slice())).unwrap();
            black_box(FirstPart::from_file(&file, TermPinyin::of(&file)).unwrap())
        })
    });
    let partial = FirstPart::from_file(&first, TermPinyin::of(&first)).unwrap();
    let skill_ids: Vec<String> = first.skills.iter().map(|x| x.id.clone()).collect();
    c.bench_function("whole/read_rest_and_add", |b| {
        b.iter(|| {
            let rest = skillgap::domain::compact::decode_rest(black_box(REST), named, &skill_ids).unwrap();
            black_box(partial.with_rest(rest).unwrap())
        })
    });
    c.bench_function("whole/read_rest_join_validate", |b| {
        b.iter(|| {
            let rest = skillgap::domain::compact::decode_rest(black_box(REST), named, &skill_ids).unwrap();
            let whole = skillgap::domain::compact::join(&first, rest).unwrap();
            black_box(Catalogue::from_file_ref(&whole).unwrap())
        })
    });

    // The spine: adding every derived occupation of the classification to the whole catalogue
    // (once per page, after the rest), then the target search over all 1,675 occupations and
    // their other names, a keystroke at a time, as a worker types a job (Chinese and pinyin).
    let whole = partial.with_rest(skillgap::domain::compact::decode_rest(REST, named, &skill_ids).unwrap()).unwrap();
    let spine = skillgap::domain::compact::decode_spine(SPINE, named, &skill_ids).unwrap();
    c.bench_function("spine/read_and_add_1367_occupations", |b| {
        b.iter(|| {
            let spine = skillgap::domain::compact::decode_spine(black_box(SPINE), named, &skill_ids).unwrap();
            black_box(whole.with_spine(&spine).unwrap())
        })
    });
    let all = whole.with_spine(&spine).unwrap();
    let index = skillgap::domain::search::SearchIndex::occupations(&all);
    let keys: Vec<(String, skillgap::domain::Lang)> = ["挖掘机司机", "印章制作工", "保洁员", "wajueji", "yzzzg"]
        .iter()
        .flat_map(|w| {
            let chars: Vec<char> = w.chars().collect();
            (1..=chars.len()).map(move |i| (chars[..i].iter().collect::<String>(), skillgap::domain::Lang::Zh))
        })
        .collect();
    c.bench_function("spine/target_search_per_keystroke_all_occupations", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % keys.len();
            black_box(index.search(black_box(&keys[i].0), keys[i].1, 8))
        })
    });
    c.bench_function("spine/target_index_build_all_occupations", |b| {
        b.iter(|| black_box(skillgap::domain::search::SearchIndex::occupations(black_box(&all))))
    });
}

/// The second part of the public page's embedded catalogue.
const REST: &[u8] = include_bytes!("../data/public/catalogue.zh.rest.bin");
/// Its third part, the classification's derived occupations.
const SPINE: &[u8] = include_bytes!("../data/public/catalogue.zh.spine.bin");

criterion_group!(engine, benches);
criterion_main!(engine);
