//! Workbooks for the bureau's tables: the same table as a workbook, as GB18030 text and as UTF-8
//! text gives the same catalogue; a sheet as people fill it (a title above the header, merged
//! cells, a formula, a date, empty rows) reads as a person reads it; errors name the cell; a
//! million-row sheet is refused, not held; an old .xls is refused with what to do. Fixtures:
//! tests/fixtures/workbooks (the .xlsx made by `cargo xtask fixtures`, the .xls by
//! scripts/make_xls_fixtures.py) and tests/fixtures/encodings (made by
//! scripts/make_encoding_fixtures.py).

use std::path::PathBuf;
use std::time::Instant;

use skillgap::domain::format::{CatalogueFile, DemandEntry};
use skillgap::domain::import::courses::apply_courses;
use skillgap::domain::import::demand::apply_demand;
use skillgap::domain::import::requirements::apply_requirements;
use skillgap::domain::import::shortage::{apply_shortage, quarter_of};
use skillgap::domain::import::{ImportErrorKind as Kind, MAX_ROWS, TABLES};
use skillgap::domain::upload::{load_upload, UploadKind};
use skillgap::domain::Lang;

fn fixture(path: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sample() -> CatalogueFile {
    serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap()
}

/// The counsellors' page's own path: bytes in, a loaded catalogue out.
fn upload(kind: UploadKind, name: &str, bytes: Vec<u8>) -> CatalogueFile {
    match load_upload(kind, &[(name.to_owned(), bytes)], &sample()) {
        Ok(loaded) => loaded.file,
        Err(e) => panic!("{name}: {:?}", e.messages(Lang::En)),
    }
}

#[test]
fn each_table_as_a_workbook_and_as_gb18030_text_gives_the_utf8_result() {
    for (table, kind) in [
        ("shortage", UploadKind::Shortage),
        ("demand", UploadKind::Demand),
        ("courses", UploadKind::Courses),
        ("requirements", UploadKind::Requirements),
    ] {
        // The same file name for every form: the demand rows record it as their source.
        let expected = upload(kind, "t", fixture(&format!("encodings/{table}.utf8.csv")));
        assert_ne!(expected, sample(), "{table}: the table changes the catalogue");
        for form in ["workbooks/{t}.xlsx", "encodings/{t}.gb18030.csv", "encodings/{t}.utf16le.csv"] {
            let got = upload(kind, "t", fixture(&form.replace("{t}", table)));
            assert!(got == expected, "{table}: {form} differs from the UTF-8 CSV");
        }
    }
}

#[test]
fn a_sheet_as_people_fill_it_reads_as_a_person_reads_it() {
    // A title merged across the top, an empty row, "月薪\n下限" as a header, 阜新市 merged down
    // two rows, =10+2 for the openings, a date cell for the period, 5000.0, an empty row between
    // rows, a remark beyond the header and a lower-case quarter.
    let mut file = sample();
    let outcome = apply_demand(&mut file, "messy.xlsx", fixture("workbooks/demand-messy.xlsx").as_slice())
        .unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    let row = |code: &str, city: &str, openings, wage_low, wage_high| DemandEntry {
        code: code.into(),
        city: city.into(),
        openings,
        wage_low,
        wage_high,
        period: "2026Q1".into(),
        source: "messy.xlsx".into(),
        months: Vec::new(),
    };
    assert_eq!(
        file.demand,
        vec![
            row("6-31-01-03", "fuxin", 12, 4000, 6500),
            row("6-18-02-04", "fuxin", 30, 5000, 8000),
            row("6-31-01-03", "dalian", 5, 4500, 7000),
        ]
    );
    assert_eq!(outcome.report.warning_count, 0);
}

#[test]
fn a_bad_cell_is_named_the_way_excel_names_it() {
    let mut file = sample();
    let before = file.clone();
    let e = apply_demand(&mut file, "bad.xlsx", fixture("workbooks/demand-bad.xlsx").as_slice()).unwrap_err();
    assert_eq!((e.sheet(), e.line, e.column()), (Some("岗位需求"), Some(3), Some(2)));
    let (zh, en) = (e.message(Lang::Zh), e.message(Lang::En));
    assert!(zh.contains("bad.xlsx 的 岗位需求!C3 单元格") && zh.contains("三十"), "{zh}");
    assert!(en.contains("bad.xlsx, cell 岗位需求!C3") && en.contains("openings"), "{en}");
    assert_eq!(file, before, "an error changes nothing");
}

#[test]
fn a_header_the_sheet_lacks_is_named_with_the_sheet() {
    let bytes = sheet(&[&["编码", "城市"], &["6-31-01-03", "阜新市"]]);
    let e = apply_demand(&mut sample(), "x.xlsx", bytes.as_slice()).unwrap_err();
    assert!(matches!(&e.kind, Kind::MissingColumns { missing } if missing.contains(&"code".to_owned())), "{e:?}");
    assert!(e.message(Lang::Zh).contains("工作表“Sheet1”第 1 行"), "{}", e.message(Lang::Zh));
}

#[test]
fn damaged_and_pretend_workbooks_are_refused_in_words() {
    let whole = fixture("workbooks/demand.xlsx");
    for (name, bytes) in [
        ("cut.xlsx", whole[..whole.len() / 2].to_vec()),
        ("zip.xlsx", b"PK\x03\x04\x14\x00\x00\x00 nothing after".to_vec()),
        ("old.xls", vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0]),
    ] {
        let e = apply_demand(&mut sample(), name, bytes.as_slice()).unwrap_err();
        assert!(matches!(e.kind, Kind::NotAWorkbook | Kind::SheetUnreadable | Kind::OldWorkbook), "{name}: {e:?}");
        let zh = e.message(Lang::Zh);
        assert!(zh.contains(name) && (zh.contains("工作簿") || zh.contains("工作表")), "{zh}");
    }
}

/// An old .xls (tests/fixtures/workbooks/*.xls, written by scripts/make_xls_fixtures.py) is
/// refused with the advice to save it as .xlsx, in both languages, and changes nothing.
#[test]
fn an_old_xls_workbook_is_refused_with_what_to_do() {
    for table in TABLES {
        let mut file = sample();
        let bytes = fixture(&format!("workbooks/{}.xls", table.id));
        let e = apply_demand(&mut file, "old.xls", bytes.as_slice()).unwrap_err();
        assert_eq!(e.kind, Kind::OldWorkbook, "{}", table.id);
        assert!(e.message(Lang::Zh).contains("另存为") && e.message(Lang::En).contains(".xlsx"));
        assert_eq!(file, sample());
    }
}

/// A sheet with `rows` (the first being the header) as bytes of an .xlsx.
fn sheet(rows: &[&[&str]]) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let ws = workbook.add_worksheet();
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn a_million_row_openings_sheet_is_refused_without_holding_it() {
    let started = Instant::now();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let ws = workbook.add_worksheet();
    for (c, h) in ["职业编码", "城市", "岗位数", "月薪下限", "月薪上限", "期间"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..=1_000_000u32 {
        ws.write_string(r, 0, "6-31-01-03").unwrap();
        ws.write_string(r, 1, "阜新市").unwrap();
        ws.write_number(r, 2, 1).unwrap();
        ws.write_number(r, 3, 4000).unwrap();
        ws.write_number(r, 4, 6500).unwrap();
        ws.write_string(r, 5, "2026Q1").unwrap();
    }
    let bytes = workbook.save_to_buffer().unwrap();
    let written = started.elapsed();
    let started = Instant::now();
    let mut file = sample();
    let e = apply_demand(&mut file, "million.xlsx", bytes.as_slice()).unwrap_err();
    println!(
        "measured: million-row sheet {} bytes written in {:.1} s, refused in {:.1} s ({} build)",
        bytes.len(),
        written.as_secs_f64(),
        started.elapsed().as_secs_f64(),
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    assert_eq!(e.kind, Kind::TooManyRows { limit: MAX_ROWS });
    assert!(e.message(Lang::Zh).contains("Sheet1"), "{}", e.message(Lang::Zh));
}

#[test]
fn quarters_are_read_from_a_quarter_or_a_date_in_it() {
    assert_eq!(quarter_of("2026Q1").as_deref(), Some("2026Q1"));
    assert_eq!(quarter_of(" 2026q3 ").as_deref(), Some("2026Q3"));
    assert_eq!(quarter_of("2026-02-15").as_deref(), Some("2026Q1"));
    assert_eq!(quarter_of("2026/12/1").as_deref(), Some("2026Q4"));
    assert_eq!(quarter_of("2026-04-01 08:30").as_deref(), Some("2026Q2"));
    for bad in ["2026Q5", "Q1-2026", "2026-13-01", "2026", "", "二〇二六年一季度"] {
        assert_eq!(quarter_of(bad), None, "{bad}");
    }
}

#[test]
fn the_templates_are_written_from_the_tables_definitions_and_read_back() {
    // Every column of every table has a Chinese header that differs from its name and a
    // description in both languages; each table's example row, put in its own template's sheet,
    // gets past the header check (the template and the importer agree).
    for table in TABLES {
        for c in table.columns {
            assert!(!c.zh.is_empty() && c.zh != c.name && !c.about_zh.is_empty() && !c.about_en.is_empty());
        }
        let header: Vec<String> =
            table.columns.iter().map(|c| if c.required { format!("{}*", c.zh) } else { c.zh.to_owned() }).collect();
        let example: Vec<&str> = table.columns.iter().map(|c| c.example).collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let bytes = sheet(&[&header, &example]);
        let mut file = sample();
        let result = match table.id {
            "shortage" => apply_shortage(&mut file, "t.xlsx", bytes.as_slice()).map(|_| ()),
            "demand" => apply_demand(&mut file, "t.xlsx", bytes.as_slice()).map(|_| ()),
            "courses" => apply_courses(&mut file, "t.xlsx", bytes.as_slice()).map(|_| ()),
            "requirements" => apply_requirements(&mut file, "t.xlsx", bytes.as_slice()).map(|_| ()),
            other => panic!("a table without a test: {other}"),
        };
        result.unwrap_or_else(|e| panic!("{}: {}", table.id, e.message(Lang::En)));
        assert_ne!(file, sample(), "{}: the example row changes the catalogue", table.id);
    }
}

#[test]
fn a_course_table_adds_new_courses_and_replaces_those_it_names() {
    let mut file = sample();
    let courses_before = file.courses.len();
    let outcome = apply_courses(&mut file, "c.xlsx", fixture("workbooks/courses.xlsx").as_slice()).unwrap();
    assert_eq!((outcome.added, outcome.replaced), (1, 1));
    assert_eq!(file.courses.len(), courses_before + 1);
    let welder = file.courses.iter().find(|c| c.id == "fx-weld-5").unwrap();
    assert_eq!(welder.hours, 120);
    assert_eq!(welder.months, vec![3, 9, 11]);
    assert_eq!(welder.cities, vec!["fuxin", "chaoyang"]);
    assert_eq!(
        welder.teaches.iter().map(|t| (t.skill.as_str(), t.level)).collect::<Vec<_>>(),
        vec![("smaw", 2), ("safety", 2)],
        "skills by their Chinese names"
    );
    assert_eq!(welder.certificate.as_ref().and_then(|c| c.grade), Some(5), "五级 is grade 5");
    let robot = file.courses.iter().find(|c| c.id == "eq-robot-op-5").unwrap();
    assert_eq!(robot.hours, 136, "the table's row replaced the catalogue's course");
    skillgap::domain::Catalogue::from_file_ref(&file).expect("the catalogue with the table's courses validates");

    // A skill the catalogue does not have: the cell is named, nothing changes.
    let bytes = sheet(&[
        &["课程编号", "课程名称", "机构类型", "学时", "所教技能", "授课方式", "开班月份", "费用"],
        &["x-1", "挖掘机驾驶培训", "职业培训机构", "80", "开飞机:2", "面授", "4", "1500"],
    ]);
    let mut file = sample();
    let e = apply_courses(&mut file, "c.xlsx", bytes.as_slice()).unwrap_err();
    assert!(
        e.message(Lang::Zh).contains("Sheet1!E2") && e.message(Lang::Zh).contains("开飞机"),
        "{}",
        e.message(Lang::Zh)
    );
    assert_eq!(file, sample());
}

#[test]
fn a_requirements_table_rewrites_the_occupations_it_names_only() {
    let mut file = sample();
    let before = sample();
    let outcome = apply_requirements(&mut file, "r.xlsx", fixture("workbooks/requirements.xlsx").as_slice()).unwrap();
    assert_eq!((outcome.occupations, outcome.rows), (1, 3));
    assert_eq!(outcome.report.warning_count, 1, "the code of three occupations is reported, not guessed");
    assert!(outcome.report.warnings[0].zh.contains("对应多个职业"));
    let ship = file.occupations.iter().find(|o| o.name.zh == "焊工（船舶焊接）").unwrap();
    assert_eq!(
        ship.requires.iter().map(|q| (q.skill.as_str(), q.level, q.weight)).collect::<Vec<_>>(),
        vec![("gmaw", 3, 3.0), ("safety", 3, 3.0), ("weld-inspection", 2, 1.0)]
    );
    let changed = file.occupations.iter().zip(&before.occupations).filter(|(a, b)| a != b).count();
    assert_eq!(changed, 1, "no other occupation changes");
    skillgap::domain::Catalogue::from_file_ref(&file).expect("validates");
}

#[test]
fn the_format_document_names_every_column_of_every_table() {
    let doc =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/catalogue-format.md")).unwrap();
    for table in TABLES {
        for text in [table.sheet_zh, table.sheet_en] {
            assert!(doc.contains(&format!("`{text}`")), "{}: sheet {text}", table.id);
        }
        for c in table.columns {
            assert!(
                doc.contains(&format!("`{}`", c.name)) && doc.contains(c.zh),
                "{}: column {} {}",
                table.id,
                c.name,
                c.zh
            );
        }
    }
}
