//! Workbooks as tables: a bureau's tables saved by Excel, WPS or LibreOffice as `.xlsx`, read
//! with `calamine`'s `.xlsx` reader only. An old `.xls` (an OLE compound file) is refused with
//! the advice to save it as `.xlsx`: calamine's reader of that format loops without end on a
//! compound file whose sector chain is a cycle (found by the `workbook` fuzz target), and a
//! counsellor's page must not hang on a doctored file. `.xlsb` and `.ods` are refused the same
//! way, so only the reader that is fuzzed here is reachable.
//!
//! The sheet read is the one named like the table (the templates' sheet name, in Chinese or
//! English), or else the first sheet. Every cell becomes the text a person sees in it:
//! numbers without a trailing `.0`, dates as `YYYY-MM-DD`, a formula as its last computed value,
//! an error value as Excel shows it (`#DIV/0!`). A merged region's value fills every cell of the
//! region (a city merged down three rows names the city of each row). Rows with no text are
//! left out; the header row is found by name by the table reader, so a title above it is fine.
//!
//! Limits: at most [`MAX_ROWS`](super::MAX_ROWS) rows with text (an `.xlsx` sheet is read as a
//! stream and refused when the row after the limit arrives, so a million-row sheet is never held
//! whole) and the first [`MAX_COLUMNS`] columns.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, DataRef, Reader, Xlsx};

use super::{ImportError, ImportErrorKind, MAX_ROWS};

/// Columns read from each row; cells further right are ignored.
pub const MAX_COLUMNS: usize = 200;
/// Rows above the header (a title, notes) the header search looks through.
pub(crate) const HEADER_SEARCH_ROWS: usize = 20;

const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether `bytes` start like a workbook: a zip container (`.xlsx`, `.xlsb`, `.ods`) or an OLE
/// compound file (`.xls`). Anything else is read as text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&OLE)
}

/// One sheet's rows with text: (1-based row number in the sheet, the cells' text from column A).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    pub sheet: String,
    pub rows: Vec<(u64, Vec<String>)>,
}

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
pub fn column_letters(mut col: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Reads the sheet named one of `names` (compared without case), or else the first sheet.
pub fn read_sheet(file: &str, bytes: &[u8], names: &[&str]) -> Result<Grid, ImportError> {
    let not_a_workbook = || ImportError::new(file, None, ImportErrorKind::NotAWorkbook);
    if bytes.starts_with(&OLE) {
        return Err(ImportError::new(file, None, ImportErrorKind::OldWorkbook));
    }
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| not_a_workbook())?;
    let sheets = workbook.sheet_names();
    let sheet = sheets
        .iter()
        .find(|s| names.iter().any(|n| s.trim().eq_ignore_ascii_case(n)))
        .or_else(|| sheets.first())
        .cloned()
        .ok_or_else(|| ImportError::new(file, None, ImportErrorKind::Empty))?;
    let at = |row: Option<u64>, kind| ImportError::new(file, row, kind).in_sheet(&sheet, None);
    let too_many = || at(None, ImportErrorKind::TooManyRows { limit: MAX_ROWS });
    let limit = MAX_ROWS + HEADER_SEARCH_ROWS;

    let mut grid = Grid { sheet: sheet.clone(), rows: Vec::new() };
    // Stream the cells, so a sheet too long is refused without holding it.
    let merged: Vec<Region> = workbook
        .merge_cells_by_sheet_name(&sheet)
        .map_err(|_| at(None, ImportErrorKind::SheetUnreadable))?
        .into_iter()
        .map(|d| Region { start: d.start, end: d.end })
        .collect();
    let mut reader = workbook.worksheet_cells_reader(&sheet).map_err(|_| at(None, ImportErrorKind::SheetUnreadable))?;
    let mut last_row = None;
    loop {
        let cell = match reader.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(_) => return Err(at(last_row.map(|r: u32| u64::from(r) + 1), ImportErrorKind::SheetUnreadable)),
        };
        let (row, col) = cell.get_position();
        last_row = Some(row);
        grid.put(row, col, text_of_ref(cell.get_value()));
        if grid.rows.len() > limit {
            return Err(too_many());
        }
    }
    grid.fill_merged(&merged);
    grid.rows.retain(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
    Ok(grid)
}

/// A merged region, 0-based and inclusive, as calamine gives it.
struct Region {
    start: (u32, u32),
    end: (u32, u32),
}

impl Grid {
    /// Sets the text of the cell at the 0-based `row` and `col`. Cells come in order of rows
    /// from Excel; a file that lists rows out of order still gives rows in order.
    fn put(&mut self, row: u32, col: u32, text: String) {
        let col = col as usize;
        if col >= MAX_COLUMNS || text.is_empty() {
            return;
        }
        let number = u64::from(row) + 1;
        let at = match self.rows.last() {
            Some((last, _)) if *last == number => self.rows.len() - 1,
            Some((last, _)) if *last > number => match self.rows.binary_search_by_key(&number, |(r, _)| *r) {
                Ok(at) => at,
                Err(at) => {
                    self.rows.insert(at, (number, Vec::new()));
                    at
                }
            },
            _ => {
                self.rows.push((number, Vec::new()));
                self.rows.len() - 1
            }
        };
        let cells = &mut self.rows[at].1;
        if cells.len() <= col {
            cells.resize(col + 1, String::new());
        }
        cells[col] = text;
    }

    /// Copies each merged region's top-left text into the region's other cells.
    fn fill_merged(&mut self, regions: &[Region]) {
        for region in regions {
            let top = u64::from(region.start.0) + 1;
            let left = region.start.1 as usize;
            let Some(text) = self
                .rows
                .iter()
                .find(|(r, _)| *r == top)
                .and_then(|(_, cells)| cells.get(left))
                .filter(|t| !t.is_empty())
                .cloned()
            else {
                continue;
            };
            let right = (region.end.1 as usize).min(MAX_COLUMNS - 1);
            for row in top..=u64::from(region.end.0) + 1 {
                let at = match self.rows.binary_search_by_key(&row, |(r, _)| *r) {
                    Ok(at) => at,
                    Err(at) => {
                        self.rows.insert(at, (row, Vec::new()));
                        at
                    }
                };
                let cells = &mut self.rows[at].1;
                if cells.len() <= right {
                    cells.resize(right + 1, String::new());
                }
                for cell in &mut cells[left..=right] {
                    if cell.is_empty() {
                        cell.clone_from(&text);
                    }
                }
            }
        }
    }
}

fn text_of_ref(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.trim().to_owned(),
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(d) => date_text(d),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
    }
}

/// A number as a person typed it: `12`, not `12.0`.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// A date as `YYYY-MM-DD` (with `HH:MM` when it has a time of day).
fn date_text(d: &calamine::ExcelDateTime) -> String {
    let (y, m, day, h, min, _, _) = d.to_ymd_hms_milli();
    if h == 0 && min == 0 {
        format!("{y:04}-{m:02}-{day:02}")
    } else {
        format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_count_like_excel() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(2), "C");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number_text(12.0), "12");
        assert_eq!(number_text(4500.5), "4500.5");
        assert_eq!(number_text(-3.0), "-3");
    }

    #[test]
    fn text_that_only_looks_like_a_workbook_is_refused_in_words() {
        let e = read_sheet("a.xlsx", b"PK\x03\x04 not really a zip", &[]).unwrap_err();
        assert_eq!(e.kind, ImportErrorKind::NotAWorkbook);
        let e = read_sheet("a.xls", &[OLE.as_slice(), &[0; 600]].concat(), &[]).unwrap_err();
        assert_eq!(e.kind, ImportErrorKind::OldWorkbook);
        assert!(!is_workbook("职业编码,城市".as_bytes()));
    }
}
