//! A checked reader for CSV/TSV files: header validation, row limits and located errors.

use csv::{ReaderBuilder, StringRecord, Trim};

use super::{ImportError, ImportErrorKind, MAX_ROWS};

/// A parsed table with its header.
pub(crate) struct Table {
    pub file: String,
    header: Vec<String>,
    /// (1-based line where the record starts, record)
    pub rows: Vec<(u64, StringRecord)>,
}

impl Table {
    /// Parses `text` and checks that every name in `required` is a column.
    pub fn parse(file: &str, text: &str, delimiter: u8, required: &[&str]) -> Result<Table, ImportError> {
        Table::parse_with_aliases(file, text, delimiter, required, &[])
    }

    /// [`Table::parse`], where a header equal to the second name of a pair in `aliases` (e.g. a
    /// Chinese header) counts as the first.
    pub fn parse_with_aliases(
        file: &str,
        text: &str,
        delimiter: u8,
        required: &[&str],
        aliases: &[(&str, &str)],
    ) -> Result<Table, ImportError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(ImportError::new(file, None, ImportErrorKind::Empty));
        }
        let mut reader = ReaderBuilder::new().delimiter(delimiter).trim(Trim::Headers).from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| malformed(file, &e))?
            .iter()
            .map(|h| {
                let h = h.trim();
                aliases.iter().find(|(_, alias)| *alias == h).map_or(h, |(name, _)| name).to_owned()
            })
            .collect();
        let missing: Vec<String> =
            required.iter().filter(|r| !header.iter().any(|h| h == *r)).map(|r| (*r).to_owned()).collect();
        if !missing.is_empty() {
            return Err(ImportError::new(file, Some(1), ImportErrorKind::MissingColumns { missing }));
        }
        let mut rows = Vec::new();
        let mut record = StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    if rows.len() >= MAX_ROWS {
                        return Err(ImportError::new(file, None, ImportErrorKind::TooManyRows { limit: MAX_ROWS }));
                    }
                    let line = record.position().map_or(0, |p| p.line());
                    rows.push((line, record.clone()));
                }
                Err(e) => return Err(malformed(file, &e)),
            }
        }
        if rows.is_empty() {
            return Err(ImportError::new(file, None, ImportErrorKind::Empty));
        }
        Ok(Table { file: file.to_owned(), header, rows })
    }

    /// The index of a column that `parse` checked is present.
    pub fn col(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or(usize::MAX)
    }
}

/// A field of a record by column index ("" when the column is missing from this record).
pub(crate) fn field(record: &StringRecord, col: usize) -> &str {
    record.get(col).unwrap_or("").trim()
}

fn malformed(file: &str, e: &csv::Error) -> ImportError {
    let line = e.position().map(|p| p.line());
    let kind = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            ImportErrorKind::FieldCount { expected: *expected_len, found: *len }
        }
        _ => ImportErrorKind::Unreadable,
    };
    ImportError::new(file, line, kind)
}
