//! A checked reader for tables — CSV/TSV text or a workbook's sheet: header validation, row
//! limits and located errors.

use csv::{ReaderBuilder, StringRecord, Trim};

use super::workbook::{self, Grid, HEADER_SEARCH_ROWS};
use super::{decode_upload, ImportError, ImportErrorKind, MAX_ROWS};

/// A table as it arrives: text already read (CSV/TSV), or a file's bytes — a workbook, or text
/// in any encoding [`decode_upload`] reads.
#[derive(Clone, Copy, Debug)]
pub enum Source<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

impl<'a> From<&'a str> for Source<'a> {
    fn from(text: &'a str) -> Self {
        Source::Text(text)
    }
}

impl<'a> From<&'a String> for Source<'a> {
    fn from(text: &'a String) -> Self {
        Source::Text(text)
    }
}

impl<'a, 'b: 'a> From<&'a std::borrow::Cow<'b, str>> for Source<'a> {
    fn from(text: &'a std::borrow::Cow<'b, str>) -> Self {
        Source::Text(text)
    }
}

impl<'a> From<&'a [u8]> for Source<'a> {
    fn from(bytes: &'a [u8]) -> Self {
        Source::Bytes(bytes)
    }
}

/// A parsed table with its header.
pub(crate) struct Table {
    pub file: String,
    /// The sheet, when the table came from a workbook.
    sheet: Option<String>,
    header: Vec<String>,
    /// (1-based line where the record starts — the sheet's row in a workbook —, record)
    pub rows: Vec<(u64, StringRecord)>,
}

impl Table {
    /// The table in a sheet: the header is the first of its first rows that names every
    /// required column (a title or notes above it are passed over).
    fn from_grid(file: &str, grid: Grid, required: &[&str], aliases: &[(&str, &str)]) -> Result<Table, ImportError> {
        let Grid { sheet, rows } = grid;
        let named = |cells: &[String]| -> Vec<String> { cells.iter().map(|h| alias(h, aliases)).collect() };
        let Some(first) = rows.first() else {
            return Err(ImportError::new(file, None, ImportErrorKind::Empty).in_sheet(&sheet, None));
        };
        let found = rows.iter().take(HEADER_SEARCH_ROWS).position(|(_, cells)| {
            let header = named(cells);
            required.iter().all(|r| header.iter().any(|h| h == r))
        });
        let Some(at) = found else {
            let header = named(&first.1);
            let missing =
                required.iter().filter(|r| !header.iter().any(|h| h == *r)).map(|r| (*r).to_owned()).collect();
            return Err(ImportError::new(file, Some(first.0), ImportErrorKind::MissingColumns { missing })
                .in_sheet(&sheet, None));
        };
        let header = named(&rows[at].1);
        let width = header.len();
        let rows: Vec<(u64, StringRecord)> = rows
            .into_iter()
            .skip(at + 1)
            .map(|(row, mut cells)| {
                cells.resize(width, String::new());
                (row, StringRecord::from(cells))
            })
            .collect();
        if rows.is_empty() {
            return Err(ImportError::new(file, None, ImportErrorKind::Empty).in_sheet(&sheet, None));
        }
        Ok(Table { file: file.to_owned(), sheet: Some(sheet), header, rows })
    }

    /// An error about the value in column `col` of the row at `line`: in a workbook it names
    /// the cell.
    pub fn bad_value(&self, line: u64, col: usize, column: &str, value: &str) -> ImportError {
        let e = ImportError::new(
            &self.file,
            Some(line),
            ImportErrorKind::BadValue { column: column.into(), value: value.into() },
        );
        match &self.sheet {
            Some(sheet) => e.in_sheet(sheet, Some(col)),
            None => e,
        }
    }

    /// A warning's place: the line, or the sheet's row.
    pub fn place(&self, line: u64) -> (String, Option<u64>) {
        match &self.sheet {
            Some(sheet) => (format!("{} {sheet}", self.file), Some(line)),
            None => (self.file.clone(), Some(line)),
        }
    }

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
        let header: Vec<String> =
            reader.headers().map_err(|e| malformed(file, &e))?.iter().map(|h| alias(h, aliases)).collect();
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
        Ok(Table { file: file.to_owned(), sheet: None, header, rows })
    }

    /// The index of a column that `parse` checked is present.
    pub fn col(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or(usize::MAX)
    }
}

/// The column a header names: the first of a pair in `aliases` whose name or alias it is, else
/// the header itself. Against the pairs, spaces and line breaks inside a header and a trailing
/// `*` (the templates' mark of a column that must be filled) do not count.
fn alias(h: &str, aliases: &[(&str, &str)]) -> String {
    let h = h.trim();
    let squeeze = |s: &str| -> String {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        s.trim_end_matches('*').to_owned()
    };
    let key = squeeze(h);
    aliases
        .iter()
        .find(|(name, alias)| squeeze(alias) == key || squeeze(name) == key)
        .map_or(h, |(name, _)| name)
        .to_owned()
}

/// One column of a table the importers read: its name, its Chinese header (either is accepted),
/// whether it must be there, an example value and what it holds. The templates are written
/// from these, so a template and its importer cannot disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub zh: &'static str,
    pub required: bool,
    pub example: &'static str,
    pub about_zh: &'static str,
    pub about_en: &'static str,
}

/// The occupation code column the shortage list and the openings table share.
pub const CODE_COLUMN: Column = Column {
    name: "code",
    zh: "职业编码",
    required: true,
    example: "6-31-01-03",
    about_zh: "《中华人民共和国职业分类大典（2022年版）》的细类编码",
    about_en: "the occupation's code in the 2022 national classification",
};

/// A table the importers read, as a template describes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableFormat {
    /// The template's file stem, e.g. `shortage`.
    pub id: &'static str,
    /// The sheet read when a workbook has one so named (Chinese, English); else the first.
    pub sheet_zh: &'static str,
    pub sheet_en: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// The example rows' values follow `columns`; one row per entry.
    pub columns: &'static [Column],
}

impl TableFormat {
    /// (name, Chinese header) pairs.
    pub fn aliases(&self) -> Vec<(&'static str, &'static str)> {
        self.columns.iter().map(|c| (c.name, c.zh)).collect()
    }

    /// The names of the columns that must be there.
    pub fn required(&self) -> Vec<&'static str> {
        self.columns.iter().filter(|c| c.required).map(|c| c.name).collect()
    }

    /// Reads `source` as this table: a workbook's sheet (named like the table, or its first),
    /// or text with commas — or tabs, as Excel's "Unicode text" writes it, when the header has
    /// tabs and no comma.
    pub(crate) fn read(&self, file: &str, source: Source<'_>) -> Result<Table, ImportError> {
        let (required, aliases) = (self.required(), self.aliases());
        let text = match source {
            Source::Bytes(bytes) if workbook::is_workbook(bytes) => {
                if bytes.len() > super::MAX_FILE_BYTES {
                    let kind = ImportErrorKind::TooLarge { bytes: bytes.len(), limit: super::MAX_FILE_BYTES };
                    return Err(ImportError::new(file, None, kind));
                }
                let grid = workbook::read_sheet(file, bytes, &[self.sheet_zh, self.sheet_en])?;
                return Table::from_grid(file, grid, &required, &aliases);
            }
            Source::Bytes(bytes) => decode_upload(file, bytes)?,
            Source::Text(text) => std::borrow::Cow::Borrowed(text),
        };
        let header = text.lines().next().unwrap_or("");
        let delimiter = if header.contains('\t') && !header.contains(',') { b'\t' } else { b',' };
        Table::parse_with_aliases(file, &text, delimiter, &required, &aliases)
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
