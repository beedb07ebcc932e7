//! Workbooks the build writes: the counsellors' import templates (from the tables' definitions in
//! the core, so a template and its importer cannot disagree) and the workbook test fixtures.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, FormatBorder, Formula, Note, Workbook, Worksheet};
use skillgap_core::domain::import::{TableFormat, MAX_ROWS, TABLES};

/// A fixed date for the documents' properties, so the same input writes the same bytes.
fn properties(title: &str) -> Result<DocProperties> {
    Ok(DocProperties::new()
        .set_title(title)
        .set_author("技能差距评估 Skill Gap Check")
        .set_creation_datetime(&ExcelDateTime::from_ymd(2026, 1, 1)?))
}

fn header_format() -> Format {
    Format::new().set_bold().set_background_color(Color::RGB(0xDDEBF7)).set_border(FormatBorder::Thin).set_text_wrap()
}

/// Writes `templates/<id>.xlsx` and `templates/<id>.csv` for every table into `out`.
pub fn write_templates(out: &Path) -> Result<()> {
    let dir = out.join("templates");
    fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for table in TABLES {
        let bytes = template(table)?;
        fs::write(dir.join(format!("{}.xlsx", table.id)), bytes)?;
        // The CSV template: the header in UTF-8 with a byte-order mark, as Excel's "CSV UTF-8"
        // writes it, so Excel opens it with the Chinese headers intact.
        let header: Vec<&str> = table.columns.iter().map(|c| c.zh).collect();
        fs::write(dir.join(format!("{}.csv", table.id)), format!("\u{feff}{}\r\n", header.join(",")))?;
    }
    Ok(())
}

/// One table's template: the sheet the importer reads (its header only; a column that must be
/// filled is marked `*`, each header has a note saying what it holds, every column is text so
/// Excel does not turn a code into a date), and a sheet of notes with an example row.
fn template(table: &TableFormat) -> Result<Vec<u8>> {
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(&format!("{} {}", table.title_zh, table.title_en))?);
    let text = Format::new().set_num_format("@");
    let sheet = workbook.add_worksheet();
    sheet.set_name(table.sheet_zh)?;
    for (col, column) in table.columns.iter().enumerate() {
        let col = u16::try_from(col)?;
        let header = if column.required { format!("{}*", column.zh) } else { column.zh.to_owned() };
        sheet.write_string_with_format(0, col, &header, &header_format())?;
        sheet.insert_note(
            0,
            col,
            &Note::new(format!("{}\n{}", column.about_zh, column.about_en)).set_author("说明"),
        )?;
        sheet.set_column_width(col, 16)?;
        sheet.set_column_format(col, &text)?;
    }
    sheet.set_freeze_panes(1, 0)?;

    let notes = workbook.add_worksheet();
    notes.set_name("说明 Notes")?;
    write_notes(notes, table)?;
    Ok(workbook.save_to_buffer()?)
}

fn write_notes(notes: &mut Worksheet, table: &TableFormat) -> Result<()> {
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    notes.write_string_with_format(0, 0, format!("{} · {}", table.title_zh, table.title_en), &bold)?;
    notes.write_string(
        1,
        0,
        format!(
            "在第一张工作表“{}”中从第 2 行起每行填一条；表头可以用中文或英文列名，带 * 的列必须填写。最多 {MAX_ROWS} 行。",
            table.sheet_zh
        ),
    )?;
    notes.write_string(
        2,
        0,
        format!(
            "Fill one row per entry in the first sheet from row 2; headers may be the Chinese or the English names, columns marked * must be filled. At most {MAX_ROWS} rows."
        ),
    )?;
    let heads = ["列名 Header", "英文列名 Name", "必填 Required", "示例 Example", "说明", "Description"];
    for (col, head) in heads.iter().enumerate() {
        notes.write_string_with_format(4, u16::try_from(col)?, *head, &header_format())?;
    }
    for (row, column) in table.columns.iter().enumerate() {
        let row = u32::try_from(row)? + 5;
        notes.write_string(row, 0, column.zh)?;
        notes.write_string(row, 1, column.name)?;
        notes.write_string(row, 2, if column.required { "是 yes" } else { "否 no" })?;
        notes.write_string(row, 3, column.example)?;
        notes.write_string_with_format(row, 4, column.about_zh, &wrap)?;
        notes.write_string_with_format(row, 5, column.about_en, &wrap)?;
    }
    for (col, width) in [(0u16, 14.0), (1, 12.0), (2, 12.0), (3, 14.0), (4, 40.0), (5, 48.0)] {
        notes.set_column_width(col, width)?;
    }
    Ok(())
}

/// Writes the workbook fixtures into `tests/fixtures/workbooks/` under `root`:
/// - `<table>.xlsx`: the rows of `tests/fixtures/encodings/<table>.utf8.csv`, numbers stored
///   as numbers (as Excel stores what a person types);
/// - `demand-messy.xlsx`: a title merged across the top, an empty row, a header with a line
///   break, a city merged down two rows, a formula, a date, a decimal, an empty row between
///   rows and a note beyond the header;
/// - `demand-bad.xlsx`: a word where a number must be, in cell C3.
pub fn write_fixtures(root: &Path) -> Result<()> {
    let dir = root.join("tests/fixtures/workbooks");
    fs::create_dir_all(&dir)?;
    for table in TABLES {
        let csv_path = root.join(format!("tests/fixtures/encodings/{}.utf8.csv", table.id));
        let text = fs::read_to_string(&csv_path).with_context(|| format!("cannot read {}", csv_path.display()))?;
        let mut workbook = Workbook::new();
        workbook.set_properties(&properties(table.title_zh)?);
        let sheet = workbook.add_worksheet();
        sheet.set_name(table.sheet_zh)?;
        for (row, line) in text.lines().enumerate() {
            for (col, field) in line.split(',').enumerate() {
                let (row, col) = (u32::try_from(row)?, u16::try_from(col)?);
                match field.parse::<f64>() {
                    Ok(n) => sheet.write_number(row, col, n)?,
                    Err(_) => sheet.write_string(row, col, field)?,
                };
            }
        }
        fs::write(dir.join(format!("{}.xlsx", table.id)), workbook.save_to_buffer()?)?;
    }

    let mut workbook = Workbook::new();
    workbook.set_properties(&properties("messy")?);
    let sheet = workbook.add_worksheet();
    sheet.set_name("Sheet1")?;
    let centre = Format::new().set_bold();
    sheet.merge_range(0, 0, 0, 5, "2026年第一季度岗位需求（阜新、大连）", &centre)?;
    let header = ["职业编码", "城市", "岗位数", "月薪\n下限", "月薪上限", "期间", "备注"];
    for (col, h) in header.iter().enumerate() {
        sheet.write_string(2, u16::try_from(col)?, *h)?;
    }
    sheet.write_string(3, 0, "6-31-01-03")?;
    sheet.merge_range(3, 1, 4, 1, "阜新市", &Format::new())?;
    sheet.write_formula(3, 2, Formula::new("=10+2").set_result("12"))?;
    sheet.write_number(3, 3, 4000)?;
    sheet.write_number(3, 4, 6500)?;
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_datetime_with_format(3, 5, &ExcelDateTime::from_ymd(2026, 2, 15)?, &date)?;
    sheet.write_string(3, 6, "春节后到岗")?;
    sheet.write_string(4, 0, "6-18-02-04")?;
    sheet.write_number(4, 2, 30)?;
    sheet.write_number(4, 3, 5000.0)?;
    sheet.write_number(4, 4, 8000)?;
    sheet.write_string(4, 5, "2026Q1")?;
    sheet.write_string(6, 0, "6-31-01-03")?;
    sheet.write_string(6, 1, "大连市")?;
    sheet.write_number(6, 2, 5)?;
    sheet.write_number(6, 3, 4500)?;
    sheet.write_number(6, 4, 7000)?;
    sheet.write_string(6, 5, "2026q1")?;
    fs::write(dir.join("demand-messy.xlsx"), workbook.save_to_buffer()?)?;

    let mut workbook = Workbook::new();
    workbook.set_properties(&properties("bad")?);
    let sheet = workbook.add_worksheet();
    sheet.set_name("岗位需求")?;
    let rows = [
        ["职业编码", "城市", "岗位数", "月薪下限", "月薪上限", "期间"],
        ["6-31-01-03", "阜新市", "12", "4000", "6500", "2026Q1"],
        ["6-18-02-04", "大连市", "三十", "5000", "8000", "2026Q1"],
    ];
    for (row, cells) in rows.iter().enumerate() {
        for (col, cell) in cells.iter().enumerate() {
            sheet.write_string(u32::try_from(row)?, u16::try_from(col)?, *cell)?;
        }
    }
    fs::write(dir.join("demand-bad.xlsx"), workbook.save_to_buffer()?)?;
    println!("wrote {} workbooks to {}", TABLES.len() + 2, dir.display());
    Ok(())
}
