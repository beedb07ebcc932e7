//! The national classification as the catalogue's spine (`domain::spine`): every detailed
//! occupation of the 2022 classification is in the default catalogue, reviewed or derived from
//! its official tasks; the public page carries the derived ones apart and adds them after the
//! rest. Tests that need the shared file read it from `../shared/data` and say when it is
//! missing.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "tools")))]

use std::path::PathBuf;
use std::rc::Rc;

use skillgap::domain::catalogue::FirstPart;
use skillgap::domain::english::{fingerprint, parse};
use skillgap::domain::format::{CatalogueFile, RequirementSource};
use skillgap::domain::import::classification::{read_classification, Classification};
use skillgap::domain::search::{previous_jobs, PreviousJob, SearchIndex};
use skillgap::domain::{assess_match, Catalogue, Lang, OccupationIdx, Profile};
use skillgap::state::session::{with_english, English, SessionAction, SpineAdder};
use skillgap::ui::default_session;

const CHINESE_HALF: &str = include_str!("../data/public/catalogue.zh.json");
const ENGLISH_HALF: &str = include_str!("../data/public/catalogue.en.json");
const CLASSIFICATION: &str = include_str!("../data/catalogue/classification.json");

fn complete(f: &FirstPart) -> Result<Catalogue, skillgap::domain::CatalogueError> {
    Ok(f.with_rest(skillgap::embedded_rest(f)?).expect("fits"))
}

/// What the public page adds once the spine is here.
fn adder(first: &skillgap::domain::Terms) -> SpineAdder {
    let spine = skillgap::embedded_spine(first).expect("reads");
    SpineAdder(Rc::new(move |c| c.with_spine(&spine).ok()))
}

/// The public page's catalogue once the rest and the spine have arrived.
fn public_catalogue() -> Catalogue {
    let session = default_session().expect("valid");
    let whole = session.catalogue.whole(complete).expect("whole");
    (adder(&whole).0)(&whole).expect("the spine fits")
}

fn shared_classification() -> Option<Classification> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/cn-occupation-classification-2022/csco22.csv");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(read_classification("csco22.csv", &text).expect("reads").0),
        Err(_) => {
            eprintln!("SKIPPED: {} is missing; this test needs ../shared/data beside the project", path.display());
            None
        }
    }
}

#[test]
fn the_default_catalogue_holds_every_detailed_occupation_in_two_tiers() {
    let file: CatalogueFile = serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let stats = file.stats();
    assert!(stats.occupations >= 1_600, "{stats:?}");
    assert!(stats.reviewed_occupations >= 300, "{stats:?}");
    assert!(stats.skills >= 900 && stats.courses >= 380, "{stats:?}");
    let classification: Classification = serde_json::from_str(CLASSIFICATION).unwrap();
    // Every detailed occupation's code is in the catalogue: once as a derived occupation, or
    // as one or more reviewed ones.
    for o in &classification.occupations {
        let with_code: Vec<_> = file.occupations.iter().filter(|x| x.code == o.code).collect();
        assert!(!with_code.is_empty(), "{} {}", o.code, o.name);
        let derived = with_code.iter().filter(|x| x.requirements_from == RequirementSource::Tasks).count();
        assert!(derived == 0 || with_code.len() == 1, "{}: a code is reviewed or derived, not both", o.code);
    }
    // A derived occupation asks the first level of each skill its tasks name, weight 1, and
    // carries its official definition and tasks and an English name.
    let derived: Vec<_> = file.occupations.iter().filter(|o| o.requirements_from == RequirementSource::Tasks).collect();
    assert!(derived.iter().flat_map(|o| &o.requires).all(|r| r.level == 1 && r.weight == 1.0));
    assert!(derived.iter().all(|o| !o.name.en.is_empty()), "every derived occupation has an English name");
    let seal = derived.iter().find(|o| o.code == "6-31-01-03").map(|o| o.id.as_str());
    assert_eq!(seal, None, "电工 is reviewed");
    let with_tasks = derived.iter().filter(|o| !o.tasks.is_empty()).count();
    assert!(with_tasks * 100 >= derived.len() * 99, "{with_tasks} of {} have tasks", derived.len());
}

#[test]
fn the_committed_classification_is_what_import_classification_makes_of_the_shared_file() {
    let Some(shared) = shared_classification() else { return };
    let committed: Classification = serde_json::from_str(CLASSIFICATION).unwrap();
    assert_eq!(committed, shared);
}

#[test]
fn the_public_page_with_its_spine_has_the_occupations_of_the_whole_catalogue() {
    let full = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let public = public_catalogue();
    assert_eq!(public.occupations.len(), full.occupations.len());
    for (a, b) in public.occupations.iter().zip(&full.occupations) {
        assert_eq!((&a.id, &a.code, &a.name.zh, &a.synonyms.zh), (&b.id, &b.code, &b.name.zh, &b.synonyms.zh));
        assert_eq!((&a.requires, a.requirements_from, &a.signature), (&b.requires, b.requirements_from, &b.signature));
        assert_eq!(a.pinyin, b.pinyin, "{}", a.id);
        if a.requirements_from == RequirementSource::Tasks {
            // The English name travels with the spine; the definition and tasks in the groups' files.
            assert_eq!(a.name.en, b.name.en);
            assert!(a.tasks.is_empty() && a.description.zh.is_empty());
        }
    }
    let seal = public.occupation_by_id("csco-4-12-06-00").expect("a derived occupation, by its id");
    assert_eq!(public.occupation(seal).name.zh, "印章制作工");
}

#[test]
fn every_derived_occupations_details_are_in_its_groups_file() {
    let full = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/public/spine");
    let named = fingerprint(CHINESE_HALF);
    let mut read = 0;
    for o in full.occupations.iter().filter(|o| !o.requirements_from.is_reviewed()) {
        let group = skillgap::domain::spine::group_of(&o.code);
        let text = std::fs::read_to_string(dir.join(format!("{group}.txt"))).expect("the group's file");
        let details = skillgap::domain::spine::read_details(&text, named, &o.code).unwrap().expect("listed");
        assert_eq!((details.definition.as_str(), &details.tasks), (o.description.zh.as_str(), &o.tasks));
        read += 1;
    }
    assert!(read >= 1_300, "{read}");
}

#[test]
fn the_spine_joins_the_session_in_any_order_with_the_rest_and_the_english_half() {
    let english = parse(ENGLISH_HALF).unwrap();
    let start = Rc::new(default_session().unwrap());
    let first = start.catalogue.clone();
    let whole = first.made_whole(complete).unwrap();
    let spine = adder(&whole);
    let welding = first.skill_by_id("smaw").unwrap();
    let start = start.reduce(SessionAction::Assess(skillgap::state::AssessmentAction::AddSkill(welding)));
    let reviewed = first.occupations.len();
    // The rest, then the spine: every occupation; the indices of the first part mean the same.
    let s = start.clone().reduce(SessionAction::WholeLoaded { from: first.clone(), catalogue: whole.clone() });
    assert_eq!(s.catalogue.occupations.len(), reviewed);
    let s = s.reduce(SessionAction::SpineLoaded { from: whole.clone(), spine: spine.clone() });
    assert!(s.catalogue.occupations.len() >= 1_600);
    assert_eq!(s.catalogue.occupations[..reviewed], whole.occupations[..]);
    assert_eq!(s.assessment, start.assessment);
    // A second spine changes nothing; the English half arriving keeps the spine.
    let again = s.clone().reduce(SessionAction::SpineLoaded { from: whole.clone(), spine: adder(&whole) });
    assert!(Rc::ptr_eq(&again, &s));
    let s = s.reduce(SessionAction::EnglishLoading);
    let with_english_half =
        with_english(&s.base, complete, fingerprint(CHINESE_HALF), &english).expect("the English half fits");
    let from = s.base.clone();
    let s = s.reduce(SessionAction::EnglishLoaded { from, catalogue: with_english_half });
    assert_eq!(s.english, English::Complete);
    assert!(s.catalogue.occupations.len() >= 1_600, "the spine stays");
    let welder = s.catalogue.occupation_by_id("eq-ship-welder").unwrap();
    assert_eq!(s.catalogue.occupation(welder).name.get(Lang::En), "Welder (shipbuilding)");
    let seal = s.catalogue.occupation_by_id("csco-4-12-06-00").unwrap();
    assert!(!s.catalogue.occupation(seal).name.en.is_empty());
    // The English half first, then the spine, onto a first part never made whole by the rest.
    let t = start.clone().reduce(SessionAction::EnglishLoading);
    let merged = with_english(&t.base, complete, fingerprint(CHINESE_HALF), &english).unwrap();
    let t = t.reduce(SessionAction::EnglishLoaded { from: first.clone(), catalogue: merged.clone() });
    let t = t.reduce(SessionAction::SpineLoaded { from: merged, spine: spine.clone() });
    assert_eq!(t.catalogue.occupations.len(), s.catalogue.occupations.len());
    // A spine read for a catalogue loaded meanwhile (a bureau's) is not added to it.
    let bureau = skillgap::state::session::CatalogueHandle::new(
        Catalogue::from_json(include_str!("../data/catalogue.sample.json")).unwrap(),
    );
    let file = Rc::new(serde_json::from_str(include_str!("../data/catalogue.sample.json")).unwrap());
    let u = start.reduce(SessionAction::Load { catalogue: bureau.clone(), file });
    let u = u.reduce(SessionAction::SpineLoaded { from: whole, spine });
    assert_eq!(u.catalogue, bureau);
}

#[test]
fn every_official_name_and_other_name_finds_its_occupation_among_the_first_three() {
    let Some(classification) = shared_classification() else { return };
    let c = public_catalogue();
    let targets = SearchIndex::occupations(&c);
    let origins = SearchIndex::origins(&c);
    let (mut names, mut misses) = (0, Vec::new());
    for o in &classification.occupations {
        for word in std::iter::once(&o.name).chain(&o.other_names) {
            names += 1;
            let ours = |i: usize| c.occupations[i].code == o.code;
            let hits = targets.search(word, Lang::Zh, 3);
            let target = hits.iter().any(|h| ours(h.entry as usize));
            let jobs = previous_jobs(&origins, &targets, word, Lang::Zh, 3);
            let previous = jobs
                .iter()
                .any(|(job, _)| matches!(job, PreviousJob::Occupation(OccupationIdx(i)) if ours(*i as usize)));
            if !(target && previous) {
                let shown: Vec<&str> = hits.iter().map(|h| c.occupations[h.entry as usize].name.zh.as_str()).collect();
                misses.push(format!("{word} ({}) → {shown:?} target {target} previous {previous}", o.code));
            }
        }
    }
    println!("{names} official and other names checked, {} missed", misses.len());
    assert!(misses.is_empty(), "{} of {names}:\n{}", misses.len(), misses.join("\n"));
}

#[test]
fn a_derived_occupation_is_scored_on_what_maps_and_never_suggested() {
    let c = public_catalogue();
    let derived: Vec<OccupationIdx> =
        c.occupation_indices().filter(|&o| !c.occupation(o).requirements_from.is_reviewed()).collect();
    let mapped = derived.iter().copied().find(|&o| c.occupation(o).requires.len() >= 3).expect("one with 3 skills");
    // A worker with every mapped skill at the first level meets it in full; with none, not at all.
    let mut profile = Profile::default();
    for r in &c.occupation(mapped).requires {
        profile.set(r.skill, skillgap::domain::SkillLevel::new(1).unwrap());
    }
    assert_eq!(assess_match(&c, &profile, mapped).percent(), 100);
    assert_eq!(assess_match(&c, &Profile::default(), mapped).percent(), 0);
    // The suggestions rank reviewed occupations only.
    let ranked = skillgap::domain::ranking::rank_occupations(&c, &profile, &Default::default());
    assert!(!ranked.is_empty());
    assert!(ranked.iter().all(|r| c.occupation(r.occupation).requirements_from.is_reviewed()));
}
