//! Any bytes as an uploaded workbook: read into rows in order, within the row and column limits,
//! or refused with a located error; the openings table read from them leaves the catalogue as it
//! was when it fails. Never a panic. Seeds: corpus/workbook (the fixtures of tests/fixtures/workbooks).
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::format::CatalogueFile;
use skillgap_core::domain::import::workbook::{read_sheet, MAX_COLUMNS};
use skillgap_core::domain::import::{demand::apply_demand, MAX_ROWS};

const SAMPLE: &str = include_str!("../../data/catalogue.sample.json");

fuzz_target!(|data: &[u8]| {
    if let Ok(grid) = read_sheet("f.xlsx", data, &["岗位需求"]) {
        assert!(grid.rows.windows(2).all(|w| w[0].0 < w[1].0), "rows in order, each once");
        assert!(grid.rows.len() <= MAX_ROWS + 20);
        assert!(grid.rows.iter().all(|(_, cells)| cells.len() <= MAX_COLUMNS));
    }
    let original: CatalogueFile = serde_json::from_str(SAMPLE).unwrap();
    let mut file = original.clone();
    if apply_demand(&mut file, "f.xlsx", data).is_err() {
        assert_eq!(file, original);
    }
});
