//! The quarterly shortage list (急需紧缺技能人才职业（工种）目录) as a CSV: it flags the
//! occupations of a loaded catalogue.
//!
//! Columns (English or Chinese headers): `code`/`职业编码`, `name`/`职业名称`,
//! `quarter`/`季度` (e.g. `2025Q2`). A new list replaces the old one: every occupation whose code
//! is on the list is flagged with its quarter, every other occupation loses its flag. Codes not in
//! the catalogue and names that differ from the catalogue's are reported as warnings.

use super::table::{field, Column, Source, TableFormat, CODE_COLUMN};
use super::{ImportError, ImportReport};
use crate::domain::format::CatalogueFile;

/// What applying a shortage list changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShortageOutcome {
    /// Occupations now flagged.
    pub flagged: usize,
    /// Occupations whose old flag was removed because they are no longer on the list.
    pub cleared: usize,
    pub report: ImportReport,
}

/// The shortage list's columns.
pub const FORMAT: TableFormat = TableFormat {
    id: "shortage",
    sheet_zh: "紧缺职业",
    sheet_en: "shortage",
    title_zh: "急需紧缺职业（工种）目录",
    title_en: "Shortage list",
    columns: &[
        CODE_COLUMN,
        Column {
            name: "name",
            zh: "职业名称",
            required: false,
            example: "电工",
            about_zh: "职业名称，用来核对编码（可不填）",
            about_en: "the occupation's name, to check the code (may be left empty)",
        },
        Column {
            name: "quarter",
            zh: "季度",
            required: true,
            example: "2026Q1",
            about_zh: "目录所属季度，如 2026Q1；也可以填这个季度里的一个日期",
            about_en: "the list's quarter, e.g. 2026Q1; a date in that quarter also works",
        },
    ],
};

/// Whether `q` looks like `2025Q2`.
pub fn is_quarter(q: &str) -> bool {
    let b = q.as_bytes();
    b.len() == 6 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'Q' && (b'1'..=b'4').contains(&b[5])
}

/// The quarter a field names, as `2025Q2`: the quarter itself (`2025Q2`, `2025q2`) or a date in
/// it (`2025-04-01`, `2025/4/1` — a date cell of a workbook reads as `2025-04-01`).
pub fn quarter_of(text: &str) -> Option<String> {
    let upper = text.trim().to_ascii_uppercase();
    if is_quarter(&upper) {
        return Some(upper);
    }
    let mut parts = upper.split(['-', '/', '.']);
    let year: u16 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.split(' ').next()?.parse().ok()?;
    if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(format!("{year}Q{}", (month - 1) / 3 + 1))
}

/// Applies the shortage list in `source` (file name `file`: CSV text, or a file's bytes — a
/// workbook or text in any encoding read) to `catalogue`. On error the catalogue is left
/// unchanged.
pub fn apply_shortage<'a>(
    catalogue: &mut CatalogueFile,
    file: &str,
    source: impl Into<Source<'a>>,
) -> Result<ShortageOutcome, ImportError> {
    let table = FORMAT.read(file, source.into())?;
    let (c_code, c_name, c_quarter) = (table.col("code"), table.col("name"), table.col("quarter"));

    let mut listed: Vec<(String, String)> = Vec::new();
    let mut outcome = ShortageOutcome::default();
    outcome.report.rows_read.push((file.to_owned(), table.rows.len()));
    for (line, r) in &table.rows {
        let code = field(r, c_code);
        let quarter = quarter_of(field(r, c_quarter))
            .ok_or_else(|| table.bad_value(*line, c_quarter, "quarter", field(r, c_quarter)))?;
        let (file, line) = &table.place(*line);
        let matches: Vec<&str> =
            catalogue.occupations.iter().filter(|o| o.code == code).map(|o| o.name.zh.as_str()).collect();
        if matches.is_empty() {
            outcome.report.warn(
                file,
                *line,
                format!("职业编码 {code} 不在当前目录中"),
                format!("occupation code {code} is not in the loaded catalogue"),
            );
            continue;
        }
        let name = if c_name == usize::MAX { "" } else { field(r, c_name) };
        if !name.is_empty() && !matches.iter().any(|m| m.contains(name) || name.contains(*m)) {
            outcome.report.warn(
                file,
                *line,
                format!("名称“{name}”与目录中的“{}”不同，请核对编码", matches[0]),
                format!("name “{name}” differs from the catalogue's “{}”; check the code", matches[0]),
            );
        }
        listed.push((code.to_owned(), quarter));
    }

    for occupation in &mut catalogue.occupations {
        match listed.iter().find(|(code, _)| *code == occupation.code) {
            Some((_, quarter)) => {
                occupation.shortage = Some(quarter.clone());
                outcome.flagged += 1;
            }
            None => {
                if occupation.shortage.take().is_some() {
                    outcome.cleared += 1;
                }
            }
        }
    }
    Ok(outcome)
}
