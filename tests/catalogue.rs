//! Catalogue parsing and validation: the shipped catalogue loads, and each kind of error is
//! reported with its location.

use serde_json::{json, Value};
use skillgap::domain::{Catalogue, CatalogueErrorKind as Kind, Lang};

/// The small hand-checked sample catalogue (a fixture; the app embeds the full default one).
const SAMPLE: &str = include_str!("../data/catalogue.sample.json");

/// The smallest valid catalogue; tests break one thing at a time.
fn minimal() -> Value {
    let levels: Vec<Value> = (0..=8)
        .map(|l| json!({"level": l, "name": {"zh": format!("{l}级"), "en": format!("L{l}")}, "plain": {"zh": "说明", "en": "plain"}}))
        .collect();
    json!({
        "format_version": 1,
        "edition": "test",
        "publisher": {"zh": "测试", "en": "test"},
        "levels": levels,
        "industries": [{"id": "eq", "name": {"zh": "装备", "en": "Equipment"}, "kind": "base"}],
        "skills": [
            {"id": "weld", "name": {"zh": "焊接", "en": "Welding"}, "category": "welding"},
            {"id": "read", "name": {"zh": "识图", "en": "Drawings"}, "category": "general"}
        ],
        "occupations": [{
            "id": "welder", "code": "6-18-02-04", "name": {"zh": "焊工", "en": "Welder"},
            "description": {"zh": "焊接", "en": "Welds"}, "industries": ["eq"],
            "requires": [{"skill": "weld", "level": 3, "weight": 3}, {"skill": "read", "level": 2, "weight": 1}]
        }],
        "courses": [
            {"id": "c1", "name": {"zh": "焊工五级", "en": "Welder 5"}, "provider": "technical_school", "hours": 120,
             "teaches": [{"skill": "weld", "level": 2}], "mode": "in_person", "cities": ["fuxin"], "months": [3], "cost": 1000},
            {"id": "c2", "name": {"zh": "焊工四级", "en": "Welder 4"}, "provider": "technical_school", "hours": 150,
             "teaches": [{"skill": "weld", "level": 3}], "mode": "in_person", "cities": ["阜新市"], "months": [9], "prerequisites": ["c1"], "cost": 2000}
        ]
    })
}

fn load(v: &Value) -> Result<Catalogue, Vec<skillgap::domain::CatalogueError>> {
    Catalogue::from_json(&v.to_string())
}

/// Applies `edit` to the minimal catalogue and checks the single error it must cause.
fn check_error(edit: impl FnOnce(&mut Value), path: &str, expected: Kind) {
    let mut v = minimal();
    edit(&mut v);
    let errors = load(&v).expect_err("the edit makes the catalogue invalid");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, path);
    assert_eq!(errors[0].kind, expected);
}

#[test]
fn the_minimal_catalogue_is_valid() {
    let c = load(&minimal()).expect("valid");
    assert_eq!(c.skills.len(), 2);
    assert_eq!(c.courses[1].prerequisites.len(), 1);
    assert_eq!(c.courses[1].cities[0].id, "fuxin", "cities are found by Chinese name too");
}

#[test]
fn a_reference_names_an_id_never_a_position() {
    // Positions are how the compact form the public page embeds writes references
    // (`domain::compact`); in the open format a reference is an id, and `#1` or `1` is just an
    // unknown one.
    for bad in ["#1", "1", "#0"] {
        check_error(
            |v| v["occupations"][0]["requires"][0]["skill"] = json!(bad),
            "$.occupations[0].requires[0].skill",
            Kind::UnknownReference { target: "skill", id: bad.to_owned() },
        );
    }
    // An id that reads like a position is the entry with that id.
    let mut v = minimal();
    v["skills"][0]["id"] = json!("#1");
    v["occupations"][0]["requires"][0]["skill"] = json!("#1");
    v["courses"][0]["teaches"][0]["skill"] = json!("#1");
    v["courses"][1]["teaches"][0]["skill"] = json!("#1");
    let c = load(&v).expect("valid");
    assert_eq!(c.skill(c.occupations[0].requires[0].skill).id, "#1");
}

#[test]
fn the_shipped_catalogue_is_valid_and_big_enough_for_the_skeleton() {
    let c = Catalogue::from_json(SAMPLE).expect("the shipped catalogue is valid");
    assert!(c.industries.len() >= 2);
    assert!(c.occupations.len() >= 4);
    assert!(c.skills.len() >= 20);
    assert!(c.courses.len() >= 8);
    for o in &c.occupations {
        assert!(!o.name.zh.is_empty() && !o.name.en.is_empty(), "{} has both names", o.id);
    }
}

#[test]
fn syntax_errors_give_line_and_column() {
    let errors = Catalogue::from_json("{\n  \"format_version\": 1,\n  oops\n}").unwrap_err();
    match &errors[0].kind {
        Kind::Syntax { line, column, .. } => assert_eq!((*line, *column), (3, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    assert!(errors[0].message(Lang::Zh).contains("第 3 行"));
}

#[test]
fn empty_and_wrong_type_inputs_are_errors_not_panics() {
    for text in ["", "null", "[]", "{}", "\u{feff}", "{\"format_version\": \"1\"}"] {
        assert!(Catalogue::from_json(text).is_err(), "{text:?}");
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", minimal());
    assert!(Catalogue::from_json(&text).is_ok());
}

#[test]
fn wrong_format_version() {
    check_error(|v| v["format_version"] = json!(2), "$.format_version", Kind::FormatVersion { found: 2, expected: 1 });
}

#[test]
fn duplicate_ids() {
    check_error(
        |v| {
            let copy = v["skills"][0].clone();
            v["skills"].as_array_mut().unwrap().push(copy);
        },
        "$.skills[2].id",
        Kind::DuplicateId { id: "weld".into() },
    );
}

#[test]
fn unknown_references() {
    check_error(
        |v| v["courses"][0]["teaches"][0]["skill"] = json!("plc"),
        "$.courses[0].teaches[0].skill",
        Kind::UnknownReference { target: "skill", id: "plc".into() },
    );
    check_error(
        |v| v["occupations"][0]["industries"][0] = json!("robots"),
        "$.occupations[0].industries[0]",
        Kind::UnknownReference { target: "industry", id: "robots".into() },
    );
    check_error(
        |v| v["courses"][1]["prerequisites"][0] = json!("c9"),
        "$.courses[1].prerequisites[0]",
        Kind::UnknownReference { target: "course", id: "c9".into() },
    );
    check_error(
        |v| v["courses"][0]["cities"][0] = json!("beijing"),
        "$.courses[0].cities[0]",
        Kind::UnknownReference { target: "city", id: "beijing".into() },
    );
}

#[test]
fn levels_out_of_range() {
    check_error(
        |v| v["occupations"][0]["requires"][0]["level"] = json!(9),
        "$.occupations[0].requires[0].level",
        Kind::LevelOutOfRange { value: 9, min: 1, max: 8 },
    );
    check_error(
        |v| v["courses"][0]["teaches"][0]["level"] = json!(0),
        "$.courses[0].teaches[0].level",
        Kind::LevelOutOfRange { value: 0, min: 1, max: 8 },
    );
}

#[test]
fn values_out_of_range() {
    check_error(
        |v| v["courses"][0]["months"][0] = json!(13),
        "$.courses[0].months[0]",
        Kind::ValueOutOfRange { value: "13".into(), allowed: "1–12" },
    );
    check_error(
        |v| v["occupations"][0]["requires"][0]["weight"] = json!(0),
        "$.occupations[0].requires[0].weight",
        Kind::ValueOutOfRange { value: "0".into(), allowed: "0 < weight ≤ 100" },
    );
}

#[test]
fn courses_that_teach_nothing() {
    check_error(|v| v["courses"][0]["teaches"] = json!([]), "$.courses[0].teaches", Kind::CourseTeachesNothing);
}

#[test]
fn prerequisite_cycles() {
    check_error(
        |v| v["courses"][0]["prerequisites"] = json!(["c2"]),
        "$.courses[0].prerequisites",
        Kind::PrerequisiteCycle { cycle: vec!["c1".into(), "c2".into()] },
    );
}

#[test]
fn incomplete_level_scale() {
    check_error(
        |v| {
            v["levels"].as_array_mut().unwrap().remove(4);
        },
        "$.levels",
        Kind::IncompleteLevelScale { missing: vec![4] },
    );
}

#[test]
fn several_errors_are_reported_together() {
    let mut v = minimal();
    v["courses"][0]["hours"] = json!(0);
    v["courses"][0]["months"] = json!([0]);
    let errors = load(&v).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
}

#[test]
fn orphans_are_warnings_not_errors() {
    let mut v = minimal();
    v["skills"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "lonely", "name": {"zh": "孤立", "en": "Lonely"}, "category": "x"}));
    v["industries"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "empty", "name": {"zh": "空", "en": "Empty"}, "kind": "cluster", "base": "eq"}));
    let c = load(&v).expect("orphans do not stop loading");
    let w: Vec<(String, Kind)> = c.warnings().iter().map(|w| (w.path.clone(), w.kind.clone())).collect();
    assert_eq!(
        w,
        vec![
            ("$.skills[2]".into(), Kind::Orphan { what: "skill", id: "lonely".into() }),
            ("$.industries[1]".into(), Kind::Orphan { what: "industry", id: "empty".into() }),
        ]
    );
    assert!(c.warnings()[0].message(Lang::Zh).contains("技能“lonely”没有被任何条目使用"));
}

#[test]
fn a_share_link_naming_skills_merged_since_opens_with_the_skill_they_became() {
    // mt-first-aid and cs-first-aid were one skill twice (现场急救 / 急救技能); links and saved
    // copies made before they were merged name the old ids.
    let c = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let link = "#a=1&s=mt-first-aid:3,mt-overhead-crane:2,smaw:2&t=eq-ship-welder&c=fuxin&h=20&o=h";
    let export = skillgap::state::share::decode(link).unwrap();
    let restored = skillgap::state::export::restore(&export, &c).unwrap();
    assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
    let ids: Vec<(&str, u8)> =
        restored.state.profile.entries().iter().map(|(s, l)| (c.skill(*s).id.as_str(), l.value())).collect();
    assert!(ids.contains(&("cs-first-aid", 3)), "{ids:?}");
    assert!(ids.contains(&("eq-gantry-crane", 2)), "{ids:?}");
    assert!(ids.contains(&("smaw", 2)), "{ids:?}");
}
