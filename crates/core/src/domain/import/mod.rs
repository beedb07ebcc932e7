//! Importers: turn other classifications (ESCO, O*NET) and the bureau's quarterly shortage list
//! into the open catalogue format.
//!
//! Each importer takes the files' text (the UI reads uploads, the CLI reads the disk) and
//! returns a [`CatalogueFile`](crate::domain::format::CatalogueFile) plus an [`ImportReport`]
//! of what was read and skipped, or a located [`ImportError`]. Nothing here touches the disk.

pub mod classification;
pub mod demand;
pub mod esco;
pub mod onet;
pub mod shortage;
mod table;

use std::fmt;

use crate::domain::text::Lang;

/// The largest file an importer accepts (the full ESCO relations file is 21 MB).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;
/// The most data rows one file may have.
pub const MAX_ROWS: usize = 500_000;
/// How many warnings a report keeps in full (the rest are only counted).
pub const MAX_WARNINGS_KEPT: usize = 200;

/// What is wrong with an imported file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportErrorKind {
    /// The file is empty (or holds only a header or a byte-order mark).
    Empty,
    /// The bytes are not UTF-8; `offset` is the first bad byte.
    InvalidUtf8 { offset: usize },
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// The file has more than [`MAX_ROWS`] data rows.
    TooManyRows { limit: usize },
    /// The header lacks columns the importer needs.
    MissingColumns { missing: Vec<String> },
    /// The CSV structure is broken (e.g. a row with the wrong number of fields).
    Malformed { detail: String },
    /// A field holds a value the importer cannot use.
    BadValue { column: String, value: String },
}

/// An import error located in a file (and a line, when it concerns one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    /// 1-based line in the file.
    pub line: Option<u64>,
    pub kind: ImportErrorKind,
}

impl ImportError {
    pub fn new(file: &str, line: Option<u64>, kind: ImportErrorKind) -> Self {
        ImportError { file: file.to_owned(), line, kind }
    }

    /// The error in plain words in `lang`, starting with the file and line.
    pub fn message(&self, lang: Lang) -> String {
        use ImportErrorKind::*;
        let place = match (self.line, lang) {
            (Some(l), Lang::Zh) => format!("{} 第 {l} 行", self.file),
            (Some(l), Lang::En) => format!("{}, line {l}", self.file),
            (None, _) => self.file.clone(),
        };
        let what = match (&self.kind, lang) {
            (Empty, Lang::Zh) => "文件是空的".to_owned(),
            (Empty, Lang::En) => "the file is empty".to_owned(),
            (InvalidUtf8 { offset }, Lang::Zh) => format!("不是 UTF-8 编码（第 {offset} 字节）；请另存为 UTF-8"),
            (InvalidUtf8 { offset }, Lang::En) => format!("not UTF-8 text (byte {offset}); save it as UTF-8"),
            (TooLarge { bytes, limit }, Lang::Zh) => format!("文件太大（{bytes} 字节，上限 {limit} 字节）"),
            (TooLarge { bytes, limit }, Lang::En) => format!("the file is too large ({bytes} bytes, limit {limit})"),
            (TooManyRows { limit }, Lang::Zh) => format!("行数超过上限 {limit}"),
            (TooManyRows { limit }, Lang::En) => format!("more than {limit} rows"),
            (MissingColumns { missing }, Lang::Zh) => format!("缺少列：{}", missing.join("、")),
            (MissingColumns { missing }, Lang::En) => format!("missing columns: {}", missing.join(", ")),
            (Malformed { detail }, Lang::Zh) => format!("表格格式错误：{detail}"),
            (Malformed { detail }, Lang::En) => format!("malformed table: {detail}"),
            (BadValue { column, value }, Lang::Zh) => format!("列“{column}”的值“{value}”无法使用"),
            (BadValue { column, value }, Lang::En) => format!("column “{column}” has an unusable value “{value}”"),
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

/// Checks the size and encoding of an uploaded file and returns its text.
pub fn decode_upload<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::new(
            file,
            None,
            ImportErrorKind::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES },
        ));
    }
    std::str::from_utf8(bytes)
        .map_err(|e| ImportError::new(file, None, ImportErrorKind::InvalidUtf8 { offset: e.valid_up_to() }))
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
