//! Importers: turn other classifications (ESCO, O*NET) and the bureau's tables (the quarterly
//! shortage list, the openings table, its courses and occupations' requirements — CSV in the
//! encodings Excel writes, or workbooks) into the open catalogue format.
//!
//! Each importer takes the files' text (the UI reads uploads, the CLI reads the disk) and
//! returns a [`CatalogueFile`](crate::domain::format::CatalogueFile) plus an [`ImportReport`]
//! of what was read and skipped, or a located [`ImportError`]. Nothing here touches the disk.

pub mod classification;
pub mod courses;
pub mod demand;
pub mod esco;
pub mod onet;
pub mod requirements;
pub mod shortage;
mod table;
pub use table::{Column, Source, TableFormat};
pub mod workbook;

use std::fmt;

use crate::domain::text::Lang;

/// The largest file an importer accepts (the full ESCO relations file is 21 MB).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;
/// The tables a bureau keeps that the importers read, for templates and documentation.
pub const TABLES: [&TableFormat; 4] = [&shortage::FORMAT, &demand::FORMAT, &courses::FORMAT, &requirements::FORMAT];

/// The most data rows one file may have.
pub const MAX_ROWS: usize = 500_000;
/// How many warnings a report keeps in full (the rest are only counted).
pub const MAX_WARNINGS_KEPT: usize = 200;

/// What is wrong with an imported file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportErrorKind {
    /// The file is empty (or holds only a header or a byte-order mark).
    Empty,
    /// The bytes are text in none of the encodings read (UTF-8, UTF-16 with its byte-order
    /// mark, GB18030/GBK); `offset` is the first byte that is not UTF-8.
    UnknownEncoding { offset: usize },
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// The file has more than [`MAX_ROWS`] data rows.
    TooManyRows { limit: usize },
    /// The header lacks columns the importer needs.
    MissingColumns { missing: Vec<String> },
    /// The file could not be read at all (moved, or no permission).
    CannotOpen,
    /// A row with another number of fields than the header.
    FieldCount { expected: u64, found: u64 },
    /// The table cannot be read on from this row (a quote that never closes, a broken field).
    Unreadable,
    /// A JSON file (a catalogue) that is not JSON, or not the catalogue format, at this column
    /// of the error's line.
    Json { column: usize, problem: crate::domain::error::JsonProblem },
    /// A field holds a value the importer cannot use.
    BadValue { column: String, value: String },
    /// The file starts like a workbook (a zip container) but cannot be opened as an `.xlsx`
    /// (damaged, protected by a password, an `.xlsb` or `.ods`, or another kind of document).
    NotAWorkbook,
    /// A sheet of the workbook cannot be read on from this place.
    SheetUnreadable,
    /// An old Excel workbook (`.xls`), which is not read: it must be saved as `.xlsx`.
    OldWorkbook,
}

/// An import error located in a file (and a line, when it concerns one; in a workbook, a sheet,
/// its row and, when known, its column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    /// 1-based line in a text file; 1-based row in a workbook's sheet.
    pub line: Option<u64>,
    /// The sheet and the cell's column, when the file is a workbook (boxed: most errors are
    /// not in one, and an error stays small to pass around).
    cell: Option<Box<SheetPlace>>,
    pub kind: ImportErrorKind,
}

/// Where in a workbook an error is, besides its row.
#[derive(Clone, Debug, PartialEq, Eq)]
struct SheetPlace {
    sheet: String,
    /// The 0-based column of the cell, when the error concerns one cell.
    column: Option<usize>,
}

impl ImportError {
    pub fn new(file: &str, line: Option<u64>, kind: ImportErrorKind) -> Self {
        ImportError { file: file.to_owned(), line, cell: None, kind }
    }

    /// The same error placed in `sheet` (and at its 0-based `column`, when given).
    pub fn in_sheet(mut self, sheet: &str, column: Option<usize>) -> Self {
        self.cell = Some(Box::new(SheetPlace { sheet: sheet.to_owned(), column }));
        self
    }

    /// The sheet, when the file is a workbook.
    pub fn sheet(&self) -> Option<&str> {
        self.cell.as_ref().map(|c| c.sheet.as_str())
    }

    /// The 0-based column of the cell, when the error concerns one cell of a sheet.
    pub fn column(&self) -> Option<usize> {
        self.cell.as_ref().and_then(|c| c.column)
    }

    /// Where the error is, as the person would look for it: "file, line 3", or in a workbook
    /// "file, Sheet1!C14" (Excel's own way of naming a cell).
    fn place(&self, lang: Lang) -> String {
        match (self.sheet(), self.line, self.column(), lang) {
            (Some(sheet), Some(row), Some(col), Lang::Zh) => {
                format!("{} 的 {sheet}!{}{row} 单元格", self.file, workbook::column_letters(col))
            }
            (Some(sheet), Some(row), Some(col), Lang::En) => {
                format!("{}, cell {sheet}!{}{row}", self.file, workbook::column_letters(col))
            }
            (Some(sheet), Some(row), None, Lang::Zh) => format!("{} 的工作表“{sheet}”第 {row} 行", self.file),
            (Some(sheet), Some(row), None, Lang::En) => format!("{}, sheet “{sheet}”, row {row}", self.file),
            (Some(sheet), None, _, Lang::Zh) => format!("{} 的工作表“{sheet}”", self.file),
            (Some(sheet), None, _, Lang::En) => format!("{}, sheet “{sheet}”", self.file),
            (None, Some(l), _, Lang::Zh) => format!("{} 第 {l} 行", self.file),
            (None, Some(l), _, Lang::En) => format!("{}, line {l}", self.file),
            (None, None, _, _) => self.file.clone(),
        }
    }

    /// The error in plain words in `lang`, starting with the file and the place in it.
    pub fn message(&self, lang: Lang) -> String {
        use ImportErrorKind::*;
        let place = self.place(lang);
        let what = match (&self.kind, lang) {
            (Empty, Lang::Zh) => "文件是空的（没有数据行）".to_owned(),
            (Empty, Lang::En) => "the file is empty (no data rows)".to_owned(),
            (UnknownEncoding { offset }, Lang::Zh) => format!(
                "读不出文字：不是 UTF-8、UTF-16 或 GB18030（GBK）编码（第 {offset} 字节）。请在 Excel 中“另存为”，选“CSV UTF-8（逗号分隔）”"
            ),
            (UnknownEncoding { offset }, Lang::En) => format!(
                "cannot read the text: it is not UTF-8, UTF-16 or GB18030 (GBK) (byte {offset}). In Excel, use Save As and choose “CSV UTF-8 (Comma delimited)”"
            ),
            (TooLarge { bytes, limit }, Lang::Zh) => format!("文件太大（{bytes} 字节，上限 {limit} 字节）"),
            (TooLarge { bytes, limit }, Lang::En) => format!("the file is too large ({bytes} bytes, limit {limit})"),
            (TooManyRows { limit }, Lang::Zh) => format!("行数超过上限 {limit}"),
            (TooManyRows { limit }, Lang::En) => format!("more than {limit} rows"),
            (MissingColumns { missing }, Lang::Zh) => format!("缺少列：{}", missing.join("、")),
            (MissingColumns { missing }, Lang::En) => format!("missing columns: {}", missing.join(", ")),
            (FieldCount { expected, found }, Lang::Zh) => format!("这一行有 {found} 列，表头有 {expected} 列"),
            (FieldCount { expected, found }, Lang::En) => {
                format!("this row has {found} fields, the header has {expected}")
            }
            (CannotOpen, Lang::Zh) => "这个文件打不开（可能已被移动，或没有读取权限）".to_owned(),
            (CannotOpen, Lang::En) => "the file cannot be opened (it may have moved, or may not be readable)".to_owned(),
            (Unreadable, Lang::Zh) => "表格从这一行起读不下去了（可能有一个没有配对的引号）".to_owned(),
            (Unreadable, Lang::En) => "the table cannot be read on from this row (perhaps a quote that never closes)".to_owned(),
            (Json { column, problem }, Lang::Zh) => format!("第 {column} 列：{}", problem.describe(Lang::Zh)),
            (Json { column, problem }, Lang::En) => format!("column {column}: {}", problem.describe(Lang::En)),
            (BadValue { column, value }, Lang::Zh) => format!("列“{column}”的值“{value}”无法使用"),
            (BadValue { column, value }, Lang::En) => format!("column “{column}” has an unusable value “{value}”"),
            (NotAWorkbook, Lang::Zh) => {
                "这个工作簿打不开（可能已损坏、设了密码，或不是 Excel/WPS 表格）。请在 Excel 或 WPS 中打开后另存为 .xlsx".to_owned()
            }
            (NotAWorkbook, Lang::En) => "the workbook cannot be opened (it may be damaged, protected by a password, or not a spreadsheet). Open it in Excel or WPS and save it as .xlsx".to_owned(),
            (OldWorkbook, Lang::Zh) => {
                "这是旧版 Excel 工作簿（.xls），不能直接读。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再导入".to_owned()
            }
            (OldWorkbook, Lang::En) => "this is an old Excel workbook (.xls), which is not read. Open it in Excel or WPS and save it as “Excel Workbook (.xlsx)”, then import that".to_owned(),
            (SheetUnreadable, Lang::Zh) => "工作表从这里起读不下去了（文件可能已损坏）".to_owned(),
            (SheetUnreadable, Lang::En) => "the sheet cannot be read on from here (the file may be damaged)".to_owned(),
        };
        format!("{place}: {what}")
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}

/// The text encodings an uploaded table is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// With or without a byte-order mark.
    Utf8,
    /// With its byte-order mark (Excel's "Unicode text").
    Utf16Le,
    Utf16Be,
    /// What Excel writes for "CSV (comma delimited)" on a Chinese Windows machine (GBK is a part
    /// of it).
    Gb18030,
}

/// The text of `bytes` and its encoding: a byte-order mark decides (UTF-8, UTF-16); else valid
/// UTF-8 is UTF-8; else text that decodes as GB18030 without a fault and has a character beyond
/// ASCII is GB18030. Otherwise the offset of the first byte that is not UTF-8. A byte-order mark
/// is not part of the text.
pub fn decode_text(bytes: &[u8]) -> Result<(std::borrow::Cow<'_, str>, TextEncoding), usize> {
    use std::borrow::Cow;
    let utf16 = |encoding: &'static encoding_rs::Encoding, body: &[u8], which| {
        encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .map(|text| (Cow::Owned(text.into_owned()), which))
            .ok_or(0)
    };
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(body)
            .map(|t| (Cow::Borrowed(t), TextEncoding::Utf8))
            .map_err(|e| e.valid_up_to() + 3);
    }
    if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(encoding_rs::UTF_16LE, body, TextEncoding::Utf16Le);
    }
    if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(encoding_rs::UTF_16BE, body, TextEncoding::Utf16Be);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((Cow::Borrowed(text), TextEncoding::Utf8)),
        Err(e) => match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
            Some(text) if !text.is_ascii() => Ok((Cow::Owned(text.into_owned()), TextEncoding::Gb18030)),
            _ => Err(e.valid_up_to()),
        },
    }
}

/// Checks the size and encoding of an uploaded file and returns its text ([`decode_text`]).
pub fn decode_upload<'a>(file: &str, bytes: &'a [u8]) -> Result<std::borrow::Cow<'a, str>, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::new(
            file,
            None,
            ImportErrorKind::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES },
        ));
    }
    decode_text(bytes)
        .map(|(text, _)| text)
        .map_err(|offset| ImportError::new(file, None, ImportErrorKind::UnknownEncoding { offset }))
}

/// A row the importer skipped or a doubt it has, located.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportWarning {
    pub file: String,
    pub line: Option<u64>,
    pub zh: String,
    pub en: String,
}

impl ImportWarning {
    pub fn message(&self, lang: Lang) -> String {
        let text = match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        };
        match self.line {
            Some(l) => format!("{} ({l}): {text}", self.file),
            None => format!("{}: {text}", self.file),
        }
    }
}

/// What an import read, produced and skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Data rows read per file, in the order the files were read.
    pub rows_read: Vec<(String, usize)>,
    /// The first [`MAX_WARNINGS_KEPT`] warnings.
    pub warnings: Vec<ImportWarning>,
    /// All warnings, including those not kept.
    pub warning_count: usize,
}

impl ImportReport {
    pub(crate) fn warn(&mut self, file: &str, line: Option<u64>, zh: String, en: String) {
        self.warning_count += 1;
        if self.warnings.len() < MAX_WARNINGS_KEPT {
            self.warnings.push(ImportWarning { file: file.to_owned(), line, zh, en });
        }
    }

    pub fn rows(&self, file: &str) -> usize {
        self.rows_read.iter().find(|(f, _)| f == file).map_or(0, |(_, n)| *n)
    }
}
