//! The bureau's demand table as a CSV: job openings by occupation code and city, with the wage
//! band, for one or more quarters.
//!
//! Columns (English or Chinese headers): `code`/`职业编码`, `city`/`城市`, `openings`/`岗位数`,
//! `wage_low`/`月薪下限`, `wage_high`/`月薪上限`, `period`/`期间`, and optionally
//! `months`/`用工月份` (seasonal work: `11-3`, `4-10`, `12、1`) and `source`/`来源`. A new table replaces the old one. Rows whose code is in no occupation of the
//! catalogue are reported and skipped; a bad number, an unknown city, a wage band the wrong way
//! round or a malformed period is a located error and changes nothing.

use super::shortage::quarter_of;
use super::table::{field, Column, Source, TableFormat, CODE_COLUMN};
use super::{ImportError, ImportReport};
use crate::domain::city::find_city;
use crate::domain::format::{CatalogueFile, DemandEntry};
use crate::domain::season::{months_from, parse_months};

/// The openings table's columns.
pub const FORMAT: TableFormat = TableFormat {
    id: "demand",
    sheet_zh: "岗位需求",
    sheet_en: "demand",
    title_zh: "岗位需求表",
    title_en: "Openings table",
    columns: &[
        CODE_COLUMN,
        Column {
            name: "city",
            zh: "城市",
            required: true,
            example: "阜新市",
            about_zh: "辽宁省的地级市，如 阜新市 或 阜新",
            about_en: "a city of Liaoning, e.g. 阜新市 or Fuxin",
        },
        Column {
            name: "openings",
            zh: "岗位数",
            required: true,
            example: "12",
            about_zh: "空缺岗位数（整数）",
            about_en: "the number of openings (a whole number)",
        },
        Column {
            name: "wage_low",
            zh: "月薪下限",
            required: true,
            example: "4000",
            about_zh: "月薪下限（元）",
            about_en: "the lowest monthly wage offered (yuan)",
        },
        Column {
            name: "wage_high",
            zh: "月薪上限",
            required: true,
            example: "6500",
            about_zh: "月薪上限（元），不低于下限",
            about_en: "the highest monthly wage offered (yuan), not below the lowest",
        },
        Column {
            name: "period",
            zh: "期间",
            required: true,
            example: "2026Q1",
            about_zh: "季度，如 2026Q1；也可以填这个季度里的一个日期",
            about_en: "the quarter, e.g. 2026Q1; a date in that quarter also works",
        },
        Column {
            name: "months",
            zh: "用工月份",
            required: false,
            example: "",
            about_zh: "季节性用工：这些岗位在一年中的哪几个月，如 11-3（跨年）、4-10、12、1；常年岗位不填",
            about_en: "seasonal work: the months of the year the openings are for, e.g. 11-3 (across the new year), 4-10, 12、1; empty for work all year",
        },
        Column {
            name: "source",
            zh: "来源",
            required: false,
            example: "阜新市人社局",
            about_zh: "数据来源（可不填，不填时记为文件名）",
            about_en: "where the figures come from (may be left empty: the file's name is used)",
        },
    ],
};

/// What applying a demand table changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DemandOutcome {
    /// Rows now in the catalogue.
    pub rows: usize,
    /// Rows the table replaced.
    pub replaced: usize,
    pub report: ImportReport,
}

/// Replaces the demand table of `catalogue` with the rows of `source` (file name `file`: CSV
/// text, or a file's bytes — a workbook or text in any encoding read). On error the catalogue
/// is left unchanged.
pub fn apply_demand<'a>(
    catalogue: &mut CatalogueFile,
    file: &str,
    source: impl Into<Source<'a>>,
) -> Result<DemandOutcome, ImportError> {
    let table = FORMAT.read(file, source.into())?;
    let col = |name: &str| table.col(name);
    let (c_code, c_city, c_open, c_low, c_high, c_period, c_source) =
        (col("code"), col("city"), col("openings"), col("wage_low"), col("wage_high"), col("period"), col("source"));
    let c_months = col("months");
    let mut outcome = DemandOutcome::default();
    outcome.report.rows_read.push((file.to_owned(), table.rows.len()));
    let mut rows: Vec<DemandEntry> = Vec::new();
    for (line, r) in &table.rows {
        let line = *line;
        let bad = |c: usize, name: &str, v: &str| table.bad_value(line, c, name, v);
        let number = |c: usize, name: &str| -> Result<u32, ImportError> {
            let v = field(r, c);
            v.replace(',', "").parse::<u32>().map_err(|_| bad(c, name, v))
        };
        let code = field(r, c_code);
        let city_text = field(r, c_city);
        let city = find_city(city_text).ok_or_else(|| bad(c_city, "city", city_text))?;
        let openings = number(c_open, "openings")?;
        let wage_low = number(c_low, "wage_low")?;
        let wage_high = number(c_high, "wage_high")?;
        if wage_low > wage_high {
            return Err(bad(c_low, "wage_low", &format!("{wage_low} > {wage_high}")));
        }
        let period = quarter_of(field(r, c_period)).ok_or_else(|| bad(c_period, "period", field(r, c_period)))?;
        if !catalogue.occupations.iter().any(|o| o.code == code) {
            let (place, line) = table.place(line);
            outcome.report.warn(
                &place,
                line,
                format!("职业编码 {code} 不在当前目录中，已跳过"),
                format!("occupation code {code} is not in the loaded catalogue; skipped"),
            );
            continue;
        }
        let source = if c_source == usize::MAX { String::new() } else { field(r, c_source).to_owned() };
        let months_text = if c_months == usize::MAX { "" } else { field(r, c_months) };
        let months = if months_text.is_empty() {
            Vec::new()
        } else {
            months_from(parse_months(months_text).ok_or_else(|| bad(c_months, "months", months_text))?, 1)
        };
        rows.push(DemandEntry {
            code: code.to_owned(),
            city: city.id.to_owned(),
            openings,
            wage_low,
            wage_high,
            period,
            source: if source.is_empty() { file.to_owned() } else { source },
            months,
        });
    }
    outcome.replaced = catalogue.demand.len();
    outcome.rows = rows.len();
    catalogue.demand = rows;
    Ok(outcome)
}
