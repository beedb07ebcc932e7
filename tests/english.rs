//! The catalogue's two halves: the public page embeds the Chinese half and loads the English
//! half when a person switches to English. Put back together they are the whole catalogue.
//! (The counsellors' build, feature `tools`, embeds the whole catalogue instead.)
#![cfg(all(not(target_arch = "wasm32"), not(feature = "tools")))]

use std::rc::Rc;

use skillgap::domain::catalogue::{FirstPart, TermPinyin};
use skillgap::domain::english::{apply, attach, fingerprint, parse, split, EnglishError};
use skillgap::domain::format::CatalogueFile;
use skillgap::domain::{Catalogue, Lang};
use skillgap::state::session::{with_english, CatalogueHandle, English, Session, SessionAction};
use skillgap::state::AssessmentAction;
use skillgap::ui::default_session;

const ENGLISH_HALF: &str = include_str!("../data/public/catalogue.en.json");
const CHINESE_HALF: &str = include_str!("../data/public/catalogue.zh.json");

/// The whole catalogue but the classification's derived occupations, which the public page
/// carries apart (`domain::spine`, tested in `tests/spine.rs`): what the halves make.
fn whole() -> CatalogueFile {
    skillgap::domain::spine::split(&serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).expect("parses")).0
}

#[test]
fn the_halves_on_disk_put_together_are_the_whole_catalogue() {
    let chinese: CatalogueFile = serde_json::from_str(CHINESE_HALF).expect("parses");
    let english = parse(ENGLISH_HALF).expect("parses");
    // The Chinese half is an open-format file: its references are ids (positions exist only in
    // the compact form the page embeds).
    let skill = |id: &String| chinese.skills.iter().any(|s| &s.id == id);
    assert!(chinese.occupations.iter().flat_map(|o| &o.requires).all(|r| skill(&r.skill)));
    assert!(chinese.courses.iter().flat_map(|c| &c.teaches).all(|t| skill(&t.skill)));
    assert!(chinese.courses.iter().flat_map(|c| &c.prerequisites).all(|p| chinese.courses.iter().any(|c| &c.id == p)));
    // Put together, they are the whole file again, ids and all.
    let together = apply(&chinese, fingerprint(CHINESE_HALF), &english).expect("fits");
    assert_eq!(together, whole());
    assert_eq!(Catalogue::from_file(together).unwrap(), Catalogue::from_file(whole()).unwrap());
    // And they are what `split` makes of the whole (the CLI's `build --check` says the same).
    assert_eq!(split(&whole()), (chinese, english));
}

#[test]
fn the_public_page_embeds_the_chinese_half_in_its_compact_form() {
    let (named, file) = skillgap::domain::compact::decode_first(skillgap::FIRST_LOAD_COMPACT).expect("decodes");
    let chinese: CatalogueFile = serde_json::from_str(CHINESE_HALF).unwrap();
    // The first load carries the first part; joined with the rest it is the Chinese half,
    // field for field.
    assert!(file.partial);
    assert!(file.courses.is_empty() && file.demand.is_empty() && file.subsidy_rules.is_empty());
    // Of the requirements it carries only each occupation's signature (the skill search's job
    // names need them before the rest).
    let signature = skillgap::domain::catalogue::SIGNATURE;
    assert!(file.occupations.iter().all(|o| o.description.zh.is_empty() && o.requires.len() <= signature));
    assert_eq!(file, skillgap::domain::compact::split(&chinese).0);
    let first_part = FirstPart::from_file(&file, TermPinyin::of(&file)).expect("valid");
    let rest = skillgap::embedded_rest(&first_part).expect("reads");
    assert_eq!(
        skillgap::domain::compact::join(&file, rest.clone()).expect("joins"),
        chinese,
        "the two parts are the Chinese half"
    );
    assert_eq!(named, fingerprint(CHINESE_HALF), "it names the Chinese half the English half checks");
    assert_eq!(skillgap::first_load_fingerprint(), fingerprint(CHINESE_HALF));
    let (_, first) = skillgap::first_load_file().expect("reads");
    assert_eq!(first, file);
    // What step 4 does with the first load's catalogue: add the embedded rest.
    let made_whole = first_part.with_rest(rest).expect("fits");
    assert_eq!(made_whole, Catalogue::from_json(CHINESE_HALF).unwrap());
    // What the English merge does with the first load's catalogue: make it whole, then attach
    // the English texts (no file joined, nothing validated again).
    let english = parse(ENGLISH_HALF).unwrap();
    let session = skillgap::ui::default_session().expect("valid");
    assert!(session.catalogue.is_partial());
    let complete = |f: &FirstPart| Ok(f.with_rest(skillgap::embedded_rest(f)?).expect("fits"));
    let merged = with_english(&session.catalogue, complete, fingerprint(CHINESE_HALF), &english).expect("fits");
    assert_eq!(
        *merged.whole_if_made().expect("whole"),
        Catalogue::from_file(whole()).unwrap(),
        "the first part, its rest and the English half are the whole catalogue (but the spine)"
    );
    assert_eq!(
        attach(&made_whole, fingerprint(CHINESE_HALF), &english),
        Ok((*merged.whole_if_made().unwrap()).clone())
    );
}

#[test]
fn the_public_page_embeds_no_english_catalogue_text() {
    let (_, left) = split(&serde_json::from_str(CHINESE_HALF).unwrap());
    assert!(left.texts.iter().all(String::is_empty) && left.lists.iter().all(Vec::is_empty));
    let english = parse(ENGLISH_HALF).unwrap();
    assert!(
        english.texts.iter().filter(|t| t.is_empty()).count() < english.texts.len() / 100,
        "nearly every text has its English"
    );
    // The Chinese half alone is a valid catalogue, shown in Chinese whatever the language.
    let c = Catalogue::from_json(CHINESE_HALF).expect("valid");
    let welder = c.occupation(c.occupation_by_id("eq-ship-welder").unwrap());
    assert_eq!(welder.name.get(Lang::En), welder.name.get(Lang::Zh));
}

#[test]
fn an_english_half_that_does_not_fit_is_refused_with_a_reason() {
    let chinese: CatalogueFile = serde_json::from_str(CHINESE_HALF).unwrap();
    let english = parse(ENGLISH_HALF).unwrap();
    let mut other = english.clone();
    other.edition = "2019Q1".into();
    assert!(matches!(apply(&chinese, fingerprint(CHINESE_HALF), &other), Err(EnglishError::OtherEdition { .. })));
    // The same edition and count, but another Chinese half (another build): refused.
    let mut rebuilt = chinese.clone();
    rebuilt.courses.swap(0, 1);
    let rebuilt_text = skillgap::domain::english::chinese_half_text(&rebuilt);
    assert_eq!(apply(&rebuilt, fingerprint(&rebuilt_text), &english), Err(EnglishError::OtherBuild));
    let mut short = english.clone();
    short.texts.pop();
    let e = apply(&chinese, fingerprint(CHINESE_HALF), &short).unwrap_err();
    assert!(matches!(e, EnglishError::WrongCount { .. }), "{e}");
    let mut long = english;
    long.lists.push(vec!["extra".into()]);
    assert!(matches!(apply(&chinese, fingerprint(CHINESE_HALF), &long), Err(EnglishError::WrongCount { .. })));
    for broken in ["", "<html>404</html>", "{\"edition\": 3}", &ENGLISH_HALF[..ENGLISH_HALF.len() / 2]] {
        assert!(matches!(parse(broken), Err(EnglishError::Malformed(_))), "{broken:.40}");
    }
}

#[test]
fn the_english_half_arriving_keeps_the_assessment_and_its_history() {
    let session = Rc::new(default_session().expect("valid"));
    assert_eq!(session.english, English::Missing, "the public page starts without the English half");
    let welding = session.catalogue.skill_by_id("smaw").unwrap();
    let session = session.reduce(SessionAction::Assess(AssessmentAction::AddSkill(welding)));
    let session = session.reduce(SessionAction::EnglishLoading);
    assert_eq!(session.english, English::Loading);
    let file = whole();
    let catalogue = CatalogueHandle::new(Catalogue::from_file_ref(&file).unwrap());
    let before = session.assessment.clone();
    let history = session.history.len();
    // An answer for another catalogue (one loaded meanwhile) changes nothing.
    let stray =
        session.clone().reduce(SessionAction::EnglishLoaded { from: catalogue.clone(), catalogue: catalogue.clone() });
    assert!(Rc::ptr_eq(&stray, &session));
    let from = session.catalogue.clone();
    let session = session.reduce(SessionAction::EnglishLoaded { from, catalogue });
    assert_eq!(session.english, English::Complete);
    assert!(!session.catalogue.is_partial(), "the merge made the catalogue whole");
    assert_eq!(session.assessment, before);
    assert_eq!(session.history.len(), history, "undo still works");
    assert!(session.dropped.is_empty());
    assert_eq!(session.catalogue.skill(welding).name.get(Lang::En), "Shielded metal arc welding");
    // A late failure after it arrived changes nothing; a failure while loading, then a new try.
    assert_eq!(session.clone().reduce(SessionAction::EnglishFailed { outdated: false }).english, English::Complete);
    let loading = Rc::new(Session { english: English::Loading, ..(*session).clone() });
    let failed = loading.clone().reduce(SessionAction::EnglishFailed { outdated: false });
    assert_eq!(failed.english, English::Failed);
    assert_eq!(failed.clone().reduce(SessionAction::EnglishRetry).english, English::Missing);
    assert_eq!(
        loading.clone().reduce(SessionAction::EnglishRetry).english,
        English::Loading,
        "no second fetch while one runs"
    );
    // Another build's half: reloading is the way, not trying again.
    let outdated = loading.reduce(SessionAction::EnglishFailed { outdated: true });
    assert_eq!(outdated.english, English::Outdated);
    assert_eq!(outdated.reduce(SessionAction::EnglishRetry).english, English::Outdated);
}
