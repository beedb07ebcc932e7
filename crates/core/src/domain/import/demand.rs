//! The bureau's demand table as a CSV: job openings by occupation code and city, with the wage
//! band, for one or more quarters.
//!
//! Columns (English or Chinese headers): `code`/`职业编码`, `city`/`城市`, `openings`/`岗位数`,
//! `wage_low`/`月薪下限`, `wage_high`/`月薪上限`, `period`/`期间`, and optionally
//! `source`/`来源`. A new table replaces the old one. Rows whose code is in no occupation of the
//! catalogue are reported and skipped; a bad number, an unknown city, a wage band the wrong way
//! round or a malformed period is a located error and changes nothing.

use super::shortage::is_quarter;
use super::table::{field, Table};
use super::{ImportError, ImportErrorKind, ImportReport};
use crate::domain::city::find_city;
use crate::domain::format::{CatalogueFile, DemandEntry};

const ALIASES: [(&str, &str); 7] = [
    ("code", "职业编码"),
    ("city", "城市"),
    ("openings", "岗位数"),
    ("wage_low", "月薪下限"),
    ("wage_high", "月薪上限"),
    ("period", "期间"),
    ("source", "来源"),
];

/// What applying a demand table changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DemandOutcome {
    /// Rows now in the catalogue.
    pub rows: usize,
    /// Rows the table replaced.
    pub replaced: usize,
    pub report: ImportReport,
}

fn bad(file: &str, line: u64, column: &str, value: &str) -> ImportError {
    ImportError::new(file, Some(line), ImportErrorKind::BadValue { column: column.into(), value: value.into() })
}

/// Replaces the demand table of `catalogue` with the rows of the CSV `text` (file name `file`).
/// On error the catalogue is left unchanged.
pub fn apply_demand(catalogue: &mut CatalogueFile, file: &str, text: &str) -> Result<DemandOutcome, ImportError> {
    let required = ["code", "city", "openings", "wage_low", "wage_high", "period"];
    let table = Table::parse_with_aliases(file, text, b',', &required, &ALIASES)?;
    let col = |name: &str| table.col(name);
    let (c_code, c_city, c_open, c_low, c_high, c_period, c_source) =
        (col("code"), col("city"), col("openings"), col("wage_low"), col("wage_high"), col("period"), col("source"));
    let mut outcome = DemandOutcome::default();
    outcome.report.rows_read.push((file.to_owned(), table.rows.len()));
    let mut rows: Vec<DemandEntry> = Vec::new();
    for (line, r) in &table.rows {
        let line = *line;
        let number = |c: usize, name: &str| -> Result<u32, ImportError> {
            let v = field(r, c);
            v.replace(',', "").parse::<u32>().map_err(|_| bad(file, line, name, v))
        };
        let code = field(r, c_code);
        let city_text = field(r, c_city);
        let city = find_city(city_text).ok_or_else(|| bad(file, line, "city", city_text))?;
        let openings = number(c_open, "openings")?;
        let wage_low = number(c_low, "wage_low")?;
        let wage_high = number(c_high, "wage_high")?;
        if wage_low > wage_high {
            return Err(bad(file, line, "wage_low", &format!("{wage_low} > {wage_high}")));
        }
        let period = field(r, c_period);
        if !is_quarter(period) {
            return Err(bad(file, line, "period", period));
        }
        if !catalogue.occupations.iter().any(|o| o.code == code) {
            outcome.report.warn(
                file,
                Some(line),
                format!("职业编码 {code} 不在当前目录中，已跳过"),
                format!("occupation code {code} is not in the loaded catalogue; skipped"),
            );
            continue;
        }
        let source = if c_source == usize::MAX { String::new() } else { field(r, c_source).to_owned() };
        rows.push(DemandEntry {
            code: code.to_owned(),
            city: city.id.to_owned(),
            openings,
            wage_low,
            wage_high,
            period: period.to_owned(),
            source: if source.is_empty() { file.to_owned() } else { source },
        });
    }
    outcome.replaced = catalogue.demand.len();
    outcome.rows = rows.len();
    catalogue.demand = rows;
    Ok(outcome)
}
