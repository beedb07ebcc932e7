//! Importers: ESCO, O*NET and the shortage list — error kinds on small inline files, and the
//! full public data sets from `../shared/data` when they are present.

use std::path::PathBuf;

use skillgap::domain::format::{CatalogueFile, Stats};
use skillgap::domain::import::esco::{import_esco, EscoFiles};
use skillgap::domain::import::onet::{import_onet, OnetFiles};
use skillgap::domain::import::shortage::apply_shortage;
use skillgap::domain::import::{decode_upload, ImportErrorKind as Kind, MAX_FILE_BYTES};
use skillgap::domain::{Catalogue, Lang};

const OCC: &str = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description,code
Occupation,http://data.europa.eu/esco/occupation/o1,7212,welder,\"welding operative\nwelding technician\",Welds.,7212.1
Occupation,http://data.europa.eu/esco/occupation/o2,8343,crane operator,,Operates cranes.,8343.1
";
const SKILLS: &str = "conceptType,conceptUri,skillType,preferredLabel,altLabels
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s1,skill/competence,use welding equipment,\"operate welding equipment\"
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s2,knowledge,mechanics,
";
const REL: &str = "occupationUri,relationType,skillType,skillUri
http://data.europa.eu/esco/occupation/o1,essential,skill/competence,http://data.europa.eu/esco/skill/s1
http://data.europa.eu/esco/occupation/o1,optional,knowledge,http://data.europa.eu/esco/skill/s2
http://data.europa.eu/esco/occupation/o2,essential,knowledge,http://data.europa.eu/esco/skill/s2
http://data.europa.eu/esco/occupation/o9,essential,knowledge,http://data.europa.eu/esco/skill/s2
";

fn esco(
    occupations: &str,
    skills: &str,
    relations: &str,
) -> Result<(CatalogueFile, skillgap::domain::import::ImportReport), skillgap::domain::import::ImportError> {
    import_esco(EscoFiles { occupations, skills, relations })
}

#[test]
fn esco_small_set_maps_essential_and_optional() {
    let (file, report) = esco(OCC, SKILLS, REL).unwrap();
    assert_eq!(
        file.stats(),
        Stats {
            industries: 2,
            occupations: 2,
            reviewed_occupations: 2,
            derived_with_3_skills: 0,
            origin_occupations: 0,
            skills: 2,
            courses: 0,
            relations: 3
        }
    );
    let welder = &file.occupations[0];
    assert_eq!(welder.code, "7212.1");
    assert_eq!((welder.requires[0].level, welder.requires[0].weight), (3, 3.0));
    assert_eq!((welder.requires[1].level, welder.requires[1].weight), (2, 1.0));
    assert_eq!(file.skills[0].synonyms.en, vec!["operate welding equipment"]);
    assert_eq!(report.warning_count, 1, "the relation to o9 is reported");
    assert_eq!(report.warnings[0].line, Some(5));
    Catalogue::from_file(file).expect("an imported catalogue validates");
}

#[test]
fn esco_missing_columns_are_located() {
    let err = esco(OCC, "conceptUri,preferredLabel\nx,y\n", REL).unwrap_err();
    assert_eq!(err.file, "skills_en.csv");
    assert_eq!(err.line, Some(1));
    assert_eq!(err.kind, Kind::MissingColumns { missing: vec!["skillType".into()] });
    assert!(err.message(Lang::Zh).contains("缺少列：skillType"));
}

#[test]
fn empty_files_bom_and_crlf() {
    assert_eq!(esco("", SKILLS, REL).unwrap_err().kind, Kind::Empty);
    assert_eq!(esco("\u{feff}conceptUri,preferredLabel,iscoGroup\n", SKILLS, REL).unwrap_err().kind, Kind::Empty);
    let crlf = OCC.replace('\n', "\r\n");
    let bom = format!("\u{feff}{SKILLS}");
    let (file, _) = esco(&crlf, &bom, REL).expect("CRLF and a BOM are accepted");
    assert_eq!(file.occupations.len(), 2);
}

#[test]
fn rows_with_the_wrong_number_of_fields_are_located() {
    let broken = "occupationUri,relationType,skillType,skillUri\na,essential,knowledge,b\nc,essential\n";
    let err = esco(OCC, SKILLS, broken).unwrap_err();
    assert_eq!(err.file, "occupationSkillRelations.csv");
    assert_eq!(err.line, Some(3));
    assert!(matches!(err.kind, Kind::FieldCount { .. } | Kind::Unreadable), "{err:?}");
}

#[test]
fn uploads_in_no_known_encoding_or_too_large() {
    let err = decode_upload("a.csv", b"code,name\n\xff\xfe").unwrap_err();
    assert_eq!(err.kind, Kind::UnknownEncoding { offset: 10 });
    assert!(err.message(Lang::Zh).contains("CSV UTF-8") && err.message(Lang::En).contains("Save As"));
    let big = vec![b'a'; MAX_FILE_BYTES + 1];
    assert!(matches!(decode_upload("big.csv", &big).unwrap_err().kind, Kind::TooLarge { .. }));
    assert_eq!(decode_upload("ok.csv", "名称".as_bytes()).unwrap(), "名称");
}

const ONET_OCC: &str = "O*NET-SOC Code\tTitle\tDescription\n51-4121.06\tWelders, Cutters, and Welder Fitters\tUse hand-welding equipment.\n11-1011.00\tChief Executives\tDetermine policies.\n";
const ONET_SKILLS: &str =
    "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tN\tNot Relevant
51-4121.06\tWelders\t2.A.1.a\tReading Comprehension\tIM\tImportance\t3.0\t8\t
51-4121.06\tWelders\t2.A.1.a\tReading Comprehension\tLV\tLevel\t3.4\t8\tN
51-4121.06\tWelders\t2.B.3.a\tOperations Analysis\tIM\tImportance\t1.2\t8\t
51-4121.06\tWelders\t2.B.3.a\tOperations Analysis\tLV\tLevel\t0.1\t8\tY
";

#[test]
fn onet_importance_and_level_mapping() {
    let (file, report) =
        import_onet(OnetFiles { occupations: ONET_OCC, skills: ONET_SKILLS, knowledge: None }).unwrap();
    assert_eq!(file.occupations.len(), 1, "Chief Executives has no ratings here");
    let r = &file.occupations[0].requires;
    assert_eq!(r.len(), 1, "the Not Relevant pair is left out");
    assert_eq!((r[0].skill.as_str(), r[0].level, r[0].weight), ("onet-2.A.1.a", 3, 3.0));
    assert_eq!(report.warning_count, 2);
    Catalogue::from_file(file).expect("valid");
}

#[test]
fn onet_bad_numbers_are_located() {
    let bad = ONET_SKILLS.replace("3.4", "high");
    let err = import_onet(OnetFiles { occupations: ONET_OCC, skills: &bad, knowledge: None }).unwrap_err();
    assert_eq!((err.file.as_str(), err.line), ("Skills.tsv", Some(3)));
    assert_eq!(err.kind, Kind::BadValue { column: "Data Value".into(), value: "high".into() });
}

fn sample() -> CatalogueFile {
    serde_json::from_str(include_str!("../data/catalogue.sample.json")).unwrap()
}

#[test]
fn shortage_list_flags_and_clears() {
    let mut file = sample();
    let before: Vec<bool> = file.occupations.iter().map(|o| o.shortage.is_some()).collect();
    assert!(before.iter().any(|b| *b));
    let csv = "职业编码,职业名称,季度\n6-31-01-03,电工,2025Q3\n6-18-02-04,焊工,2025Q3\n9-99-99-99,不存在,2025Q3\n6-31-07-01,数控车工,2025Q3\n";
    let outcome = apply_shortage(&mut file, "shortage.csv", csv).unwrap();
    assert_eq!(outcome.flagged, 3);
    assert_eq!(outcome.cleared, 2, "robot operator and CNC operator are no longer on the list");
    let flagged: Vec<&str> =
        file.occupations.iter().filter(|o| o.shortage.as_deref() == Some("2025Q3")).map(|o| o.id.as_str()).collect();
    assert_eq!(flagged, vec!["robot-technician", "welder", "electrician"]);
    let lines: Vec<Option<u64>> = outcome.report.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, vec![Some(4), Some(5)], "unknown code and a differing name are reported");
}

#[test]
fn shortage_list_errors_leave_the_catalogue_unchanged() {
    let mut file = sample();
    let before = file.clone();
    let err =
        apply_shortage(&mut file, "s.csv", "code,name,quarter\n6-31-01-03,电工,2025Q3\n6-18-02-04,焊工,Q3-2025\n")
            .unwrap_err();
    assert_eq!(
        (err.line, err.kind.clone()),
        (Some(3), Kind::BadValue { column: "quarter".into(), value: "Q3-2025".into() })
    );
    assert_eq!(file, before);
    assert_eq!(apply_shortage(&mut file, "s.csv", "code,quarter\n").unwrap_err().kind, Kind::Empty);
    assert!(matches!(
        apply_shortage(&mut file, "s.csv", "编码,名称\n1,2\n").unwrap_err().kind,
        Kind::MissingColumns { .. }
    ));
}

// ---- Full public data sets (skipped with a clear message when ../shared/data is absent) ----

fn shared(dir: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data").join(dir);
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: {} is missing; the full-data import test needs ../shared/data", p.display());
        None
    }
}

fn gunzip(path: PathBuf) -> String {
    use std::io::Read;
    let mut s = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap()).read_to_string(&mut s).unwrap();
    s
}

#[test]
fn full_esco_gives_the_counts_of_its_source_file() {
    let Some(dir) = shared("esco-v1.1.1") else { return };
    let occupations = std::fs::read_to_string(dir.join("occupations_en.csv")).unwrap();
    let skills = std::fs::read_to_string(dir.join("skills_en.csv")).unwrap();
    let relations = gunzip(dir.join("occupationSkillRelations.csv.gz"));
    let (file, report) = esco(&occupations, &skills, &relations).unwrap();
    // SOURCE.md: 3,007 occupations, 13,896 skills, 123,855 relations.
    assert_eq!(report.rows("occupations_en.csv"), 3_007);
    assert_eq!(report.rows("skills_en.csv"), 13_896);
    assert_eq!(report.rows("occupationSkillRelations.csv"), 123_855);
    let stats = file.stats();
    assert_eq!((stats.occupations, stats.skills), (3_007, 13_896));
    // 67 relations name one occupation that is not in occupations_en.csv; they are reported.
    assert_eq!(stats.relations, 123_855 - 67);
    assert_eq!(report.warning_count, 1);
    let catalogue = Catalogue::from_file(file).expect("the ESCO import validates");
    assert_eq!(catalogue.occupations.len(), 3_007);
}

#[test]
fn full_onet_gives_the_counts_of_its_source_files() {
    let Some(dir) = shared("onet-29.2") else { return };
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let (occupations, skills, knowledge) = (read("Occupation Data.tsv"), read("Skills.tsv"), read("Knowledge.tsv"));
    let (file, report) =
        import_onet(OnetFiles { occupations: &occupations, skills: &skills, knowledge: Some(&knowledge) }).unwrap();
    // SOURCE.md: 1,016 occupations, 61,530 skill rows, 58,014 knowledge rows.
    assert_eq!(report.rows("Occupation Data.tsv"), 1_016);
    assert_eq!(report.rows("Skills.tsv"), 61_530);
    assert_eq!(report.rows("Knowledge.tsv"), 58_014);
    let stats = file.stats();
    assert_eq!(stats.skills, 35 + 33);
    assert_eq!(stats.occupations, 879, "the 137 occupations without ratings are skipped");
    // (61,530 + 58,014) / 2 rating pairs, less the 3,302 + 5,939 marked Not Relevant.
    assert_eq!(stats.relations, (61_530 + 58_014) / 2 - 3_302 - 5_939);
    Catalogue::from_file(file).expect("the O*NET import validates");
}

use skillgap::domain::import::demand::apply_demand;

#[test]
fn demand_table_replaces_the_old_one_and_reports_unknown_codes() {
    let mut file = sample();
    let csv = "职业编码,城市,岗位数,月薪下限,月薪上限,期间,来源\n6-31-01-03,阜新市,12,4000,6000,2025Q3,阜新市人社局\n6-18-02-04,dalian,\"1,200\",5000,8000,2025Q3,\n9-99-99-99,沈阳,5,3000,4000,2025Q3,x\n";
    let outcome = apply_demand(&mut file, "demand.csv", csv).unwrap();
    assert_eq!((outcome.rows, outcome.replaced), (2, 0));
    assert_eq!(outcome.report.warnings[0].line, Some(4));
    assert_eq!(file.demand[1].openings, 1200, "thousands separators are accepted");
    assert_eq!(file.demand[1].city, "dalian");
    assert_eq!(file.demand[1].source, "demand.csv", "an empty source names the file");
    let c = Catalogue::from_file(file.clone()).unwrap();
    let electrician = c.occupation_by_id("electrician").unwrap();
    let o = c.openings(electrician, skillgap::domain::city::find_city("fuxin"));
    assert_eq!((o.in_city, o.in_province, o.wage, o.period.as_deref()), (12, 12, Some((4000, 6000)), Some("2025Q3")));
    // A second table replaces the first.
    let outcome = apply_demand(
        &mut file,
        "d2.csv",
        "code,city,openings,wage_low,wage_high,period\n6-31-01-03,fushun,3,4000,5000,2025Q4\n",
    )
    .unwrap();
    assert_eq!((outcome.rows, outcome.replaced), (1, 2));
}

#[test]
fn demand_table_errors_are_located_and_change_nothing() {
    let head = "code,city,openings,wage_low,wage_high,period\n";
    let cases = [
        ("6-31-01-03,fuxin,many,4000,6000,2025Q3", "openings", "many"),
        ("6-31-01-03,北京,3,4000,6000,2025Q3", "city", "北京"),
        ("6-31-01-03,fuxin,3,7000,6000,2025Q3", "wage_low", "7000 > 6000"),
        ("6-31-01-03,fuxin,3,4000,6000,Q3", "period", "Q3"),
    ];
    for (row, column, value) in cases {
        let mut file = sample();
        let before = file.clone();
        let err =
            apply_demand(&mut file, "d.csv", &format!("{head}6-18-02-04,dalian,1,1,2,2025Q3\n{row}\n")).unwrap_err();
        assert_eq!(err.line, Some(3), "{row}");
        assert_eq!(err.kind, Kind::BadValue { column: column.into(), value: value.into() }, "{row}");
        assert_eq!(file, before);
    }
    let mut file = sample();
    assert!(matches!(
        apply_demand(&mut file, "d.csv", "code,city\n1,2\n").unwrap_err().kind,
        Kind::MissingColumns { .. }
    ));
}

#[test]
fn the_full_classification_gives_the_counts_of_its_source_file() {
    use skillgap::domain::import::classification::read_classification;
    let Some(dir) = shared("cn-occupation-classification-2022") else { return };
    let text = std::fs::read_to_string(dir.join("csco22.csv")).unwrap();
    let (c, report) = read_classification("csco22.csv", &text).expect("reads");
    // SOURCE.md: 2,051 rows, 1,634 of them detailed occupations, 10,567 main tasks; 134 names
    // marked green (L or L/S), 95 digital (S or L/S). Three rows repeat an earlier one word for
    // word (two detailed occupations, 4-12-04-02 and 6-20-05-03, and one 中类): read once.
    assert_eq!(report.rows("csco22.csv"), 2_051);
    assert_eq!(c.occupations.len(), 1_634 - 2);
    assert_eq!(c.groups.len(), 2_051 - 1_634 - 1);
    assert_eq!(c.occupations.iter().map(|o| o.tasks.len()).sum::<usize>(), 10_567);
    assert_eq!(c.occupations.iter().filter(|o| o.green).count(), 134);
    assert_eq!(c.occupations.iter().filter(|o| o.digital).count(), 95);
    // Other names, without the official name (marked or not) and repeats.
    assert_eq!(c.occupations.iter().map(|o| o.other_names.len()).sum::<usize>(), 1_643);
    // Eight have no tasks (one of them no definition either): read, and reported with the three
    // repeated rows.
    assert_eq!(c.occupations.iter().filter(|o| o.tasks.is_empty()).count(), 8);
    assert_eq!(report.warning_count, 8 + 3);
    let electrician = c.occupation("6-31-01-03").unwrap();
    assert_eq!(electrician.name, "电工");
    assert!(electrician.other_names.iter().any(|n| n == "水电工"));
    let cleaner = c.occupation("4-09-08-01").unwrap();
    assert_eq!((cleaner.name.as_str(), cleaner.green), ("保洁员", true));
    assert!(cleaner.other_names.iter().any(|n| n == "保洁") && !cleaner.other_names.iter().any(|n| n == "保洁员L"));
    // Every detailed occupation's 中类 is in the file.
    for o in &c.occupations {
        let group = format!("{}-00-00", &o.code[..4]);
        assert!(c.groups.iter().any(|g| g.code == group && g.level == 2), "{} has no 中类 {group}", o.code);
    }
}

/// The same table in every encoding a bureau's files come in (tests/fixtures/encodings, made by
/// scripts/make_encoding_fixtures.py) reads to the same text and gives the same result.
#[test]
fn tables_in_utf8_utf16_and_gb18030_give_the_same_result() {
    use skillgap::domain::import::{decode_text, TextEncoding};
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/encodings");
    let read = |name: &str| std::fs::read(dir.join(name)).unwrap();
    let sample: CatalogueFile = serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    for table in ["shortage", "demand"] {
        let plain = read(&format!("{table}.utf8.csv"));
        let plain = decode_upload("x.csv", &plain).unwrap().into_owned();
        let mut expected = sample.clone();
        let expected_report = if table == "shortage" {
            format!("{:?}", apply_shortage(&mut expected, "t.csv", &plain).unwrap().flagged)
        } else {
            format!("{:?}", apply_demand(&mut expected, "t.csv", &plain).unwrap().rows)
        };
        for (name, encoding) in
            [("utf8bom", TextEncoding::Utf8), ("utf16le", TextEncoding::Utf16Le), ("gb18030", TextEncoding::Gb18030)]
        {
            let bytes = read(&format!("{table}.{name}.csv"));
            let (text, found) = decode_text(&bytes).unwrap();
            assert_eq!(found, encoding, "{table}.{name}");
            // Excel's "Unicode text" separates the fields with tabs.
            let text = text.replace("\r\n", "\n");
            let text = if name == "utf16le" { text.replace('\t', ",") } else { text };
            assert_eq!(text, plain, "{table}.{name}");
            let mut file = sample.clone();
            let report = if table == "shortage" {
                format!(
                    "{:?}",
                    apply_shortage(&mut file, "t.csv", &decode_upload("t.csv", &bytes).unwrap()).unwrap().flagged
                )
            } else {
                format!(
                    "{:?}",
                    apply_demand(&mut file, "t.csv", &decode_upload("t.csv", &bytes).unwrap()).unwrap().rows
                )
            };
            assert_eq!(file, expected, "{table}.{name}");
            assert_eq!(report, expected_report, "{table}.{name}");
        }
    }
    // Latin-1 bytes that are no GB18030 (a lone byte over 0x80 at the end) are refused, named.
    assert!(decode_text(b"name\ncaf\xe9").is_err());
}

/// Every import error says what is wrong in the user's language, in words of our own: no
/// parser's English in the Chinese message, no Chinese in the English one, the file named, and a
/// JSON file never called a table.
#[test]
fn every_import_error_kind_has_its_own_words_in_both_languages() {
    use skillgap::domain::error::JsonProblem;
    let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let kinds = vec![
        Kind::Empty,
        Kind::UnknownEncoding { offset: 3 },
        Kind::TooLarge { bytes: 70_000_000, limit: MAX_FILE_BYTES },
        Kind::TooManyRows { limit: 500_000 },
        Kind::MissingColumns { missing: vec!["code".into()] },
        Kind::CannotOpen,
        Kind::FieldCount { expected: 3, found: 4 },
        Kind::Unreadable,
        Kind::Json { column: 9, problem: JsonProblem::EndsEarly },
        Kind::Json { column: 1, problem: JsonProblem::NotJson },
        Kind::Json { column: 1, problem: JsonProblem::MissingField("edition".into()) },
        Kind::Json { column: 1, problem: JsonProblem::UnknownField("editon".into()) },
        Kind::Json { column: 1, problem: JsonProblem::WrongKind },
        Kind::BadValue { column: "quarter".into(), value: "2026Q5".into() },
        Kind::NotAWorkbook,
        Kind::SheetUnreadable,
        Kind::OldWorkbook,
    ];
    for kind in kinds {
        let e = skillgap::domain::import::ImportError::new("huge.json", Some(7), kind.clone());
        let (zh, en) = (e.message(Lang::Zh), e.message(Lang::En));
        assert!(zh.contains("huge.json") && en.contains("huge.json"), "{kind:?}");
        assert!(cjk(&zh), "{kind:?}: {zh}");
        assert!(!cjk(&en), "{kind:?}: {en}");
        for parser_words in ["EOF", "expected", "while parsing", "invalid type"] {
            assert!(!zh.contains(parser_words), "{kind:?}: {zh}");
        }
        if matches!(kind, Kind::Json { .. }) {
            assert!(!zh.contains("表格") && !en.contains("table"), "{kind:?}: a JSON file is no table: {zh} / {en}");
        }
    }
    // The parser's errors, classified: a cut file, a stray character, a missing or unknown field,
    // a value of the wrong kind.
    let problem = |text: &str| JsonProblem::of(&serde_json::from_str::<CatalogueFile>(text).unwrap_err());
    assert_eq!(problem("{\"format_version\": 1,\n \"edition\": "), JsonProblem::EndsEarly);
    assert_eq!(problem("{\"format_version\": 1,, }"), JsonProblem::NotJson);
    assert_eq!(problem("{\"format_version\": \"one\"}"), JsonProblem::WrongKind);
    assert!(matches!(problem("{\"format_version\": 1}"), JsonProblem::MissingField(_)));
    let mut file: serde_json::Value = serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    file["editon"] = serde_json::json!("x");
    assert_eq!(problem(&file.to_string()), JsonProblem::UnknownField("editon".into()));
}

/// The counsellors' page's catalogue upload: a cut file gets our words, not the parser's.
#[test]
fn a_cut_catalogue_upload_is_described_in_the_user_s_language() {
    use skillgap::domain::upload::{load_upload, UploadKind};
    let current: CatalogueFile = serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let cut = skillgap::DEFAULT_CATALOGUE_JSON.as_bytes()[..5_000].to_vec();
    let Err(e) = load_upload(UploadKind::Catalogue, &[("huge.json".into(), cut)], &current) else {
        panic!("a cut file loads")
    };
    let zh = e.messages(Lang::Zh).join(" ");
    assert!(zh.contains("提前结束") && !zh.contains("EOF") && !zh.contains("表格"), "{zh}");
    let en = e.messages(Lang::En).join(" ");
    assert!(en.contains("ends early"), "{en}");
}

/// One upload of several files, each in another encoding (UTF-16 from Excel's "Unicode text",
/// UTF-8 with a byte-order mark, plain UTF-8), gives what the same files in UTF-8 give.
#[test]
fn one_upload_with_files_in_different_encodings() {
    use skillgap::domain::upload::{load_upload, UploadKind};
    let current: CatalogueFile = serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let utf16 = |text: &str| -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.replace('\n', "\r\n").encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    };
    let bom = |text: &str| -> Vec<u8> { [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat() };
    let plain = [
        ("occupations_en.csv".to_owned(), OCC.as_bytes().to_vec()),
        ("skills_en.csv".to_owned(), SKILLS.as_bytes().to_vec()),
        ("occupationSkillRelations_en.csv".to_owned(), REL.as_bytes().to_vec()),
    ];
    let mixed = [
        ("occupations_en.csv".to_owned(), utf16(OCC)),
        ("skills_en.csv".to_owned(), bom(SKILLS)),
        ("occupationSkillRelations_en.csv".to_owned(), REL.as_bytes().to_vec()),
    ];
    let expected = load_upload(UploadKind::Esco, &plain, &current).unwrap();
    let got = load_upload(UploadKind::Esco, &mixed, &current).unwrap();
    assert_eq!(got.file, expected.file);
    assert_eq!(got.report.warning_count, expected.report.warning_count);
}
