//! The quarterly shortage list (急需紧缺技能人才职业（工种）目录) as a CSV: it flags the
//! occupations of a loaded catalogue.
//!
//! Columns (English or Chinese headers): `code`/`职业编码`, `name`/`职业名称`,
//! `quarter`/`季度` (e.g. `2025Q2`). A new list replaces the old one: every occupation whose code
//! is on the list is flagged with its quarter, every other occupation loses its flag. Codes not in
//! the catalogue and names that differ from the catalogue's are reported as warnings.

use super::table::{field, Table};
use super::{ImportError, ImportErrorKind, ImportReport};
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

const ALIASES: [(&str, &str); 3] = [("code", "职业编码"), ("name", "职业名称"), ("quarter", "季度")];

/// Whether `q` looks like `2025Q2`.
pub fn is_quarter(q: &str) -> bool {
    let b = q.as_bytes();
    b.len() == 6 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'Q' && (b'1'..=b'4').contains(&b[5])
}

/// Applies the shortage list in `text` (file name `file`) to `catalogue`. On error the catalogue
/// is left unchanged.
pub fn apply_shortage(catalogue: &mut CatalogueFile, file: &str, text: &str) -> Result<ShortageOutcome, ImportError> {
    let table = Table::parse_with_aliases(file, text, b',', &["code", "quarter"], &ALIASES)?;
    let (c_code, c_name, c_quarter) = (table.col("code"), table.col("name"), table.col("quarter"));

    let mut listed: Vec<(String, String)> = Vec::new();
    let mut outcome = ShortageOutcome::default();
    outcome.report.rows_read.push((file.to_owned(), table.rows.len()));
    for (line, r) in &table.rows {
        let code = field(r, c_code);
        let quarter = field(r, c_quarter);
        if !is_quarter(quarter) {
            return Err(ImportError::new(
                file,
                Some(*line),
                ImportErrorKind::BadValue { column: "quarter".into(), value: quarter.into() },
            ));
        }
        let matches: Vec<&str> =
            catalogue.occupations.iter().filter(|o| o.code == code).map(|o| o.name.zh.as_str()).collect();
        if matches.is_empty() {
            outcome.report.warn(
                file,
                Some(*line),
                format!("职业编码 {code} 不在当前目录中"),
                format!("occupation code {code} is not in the loaded catalogue"),
            );
            continue;
        }
        let name = if c_name == usize::MAX { "" } else { field(r, c_name) };
        if !name.is_empty() && !matches.iter().any(|m| m.contains(name) || name.contains(*m)) {
            outcome.report.warn(
                file,
                Some(*line),
                format!("名称“{name}”与目录中的“{}”不同，请核对编码", matches[0]),
                format!("name “{name}” differs from the catalogue's “{}”; check the code", matches[0]),
            );
        }
        listed.push((code.to_owned(), quarter.to_owned()));
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
