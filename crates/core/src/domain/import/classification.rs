//! The national occupation classification (《中华人民共和国职业分类大典（2022年版）》) as a table
//! of its detailed occupations (细类): code, official name, the green and digital marks, the
//! official definition, the main tasks and the other names.
//!
//! Reads the layout of `csco22.csv` (columns `level,code,name,definition,tasks,alias`; the
//! shared data's SOURCE.md describes it): a trailing `L`, `S` or `L/S` on a name marks a green,
//! digital or green and digital occupation; the tasks are numbered `1.… 2.… 3.…` in one field;
//! the other names are comma-separated. Rows of the upper levels (大类, 中类, 小类) are read as
//! the groups the detailed occupations belong to.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::table::{field, Table};
use super::{ImportError, ImportErrorKind, ImportReport};

/// One detailed occupation of the classification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassifiedOccupation {
    /// `6-31-01-03`.
    pub code: String,
    /// The official name, without its mark.
    pub name: String,
    pub green: bool,
    pub digital: bool,
    /// The official definition (empty for the few the source lacks).
    pub definition: String,
    /// The main tasks, one sentence each, without their numbers and final full stop.
    pub tasks: Vec<String>,
    /// Other names, without the official name and without repeats.
    pub other_names: Vec<String>,
}

/// A group of the classification (大类, 中类 or 小类).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassificationGroup {
    /// Written as four parts like an occupation's: `6-00-00-00`, `6-31-00-00`, `6-31-01-00`.
    pub code: String,
    pub name: String,
    /// 1 (大类) to 3 (小类).
    pub level: u8,
}

/// The classification: its groups and detailed occupations, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Classification {
    pub groups: Vec<ClassificationGroup>,
    pub occupations: Vec<ClassifiedOccupation>,
}

impl Classification {
    /// The detailed occupation with this code.
    pub fn occupation(&self, code: &str) -> Option<&ClassifiedOccupation> {
        self.occupations.iter().find(|o| o.code == code)
    }
}

const COLUMNS: [&str; 6] = ["level", "code", "name", "definition", "tasks", "alias"];

/// Reads the classification from `text` (the file called `file` in messages). A row with a level
/// other than 1–4, a code that does not fit its level, an empty name or a repeated code is an
/// error located at its line; a detailed occupation without tasks or definition is read and
/// counted in the report's warnings.
pub fn read_classification(file: &str, text: &str) -> Result<(Classification, ImportReport), ImportError> {
    let table = Table::parse(file, text, b',', &COLUMNS)?;
    let [level_col, code_col, name_col, definition_col, tasks_col, alias_col] = COLUMNS.map(|c| table.col(c));
    let mut out = Classification::default();
    let mut report = ImportReport::default();
    let mut seen: HashMap<(u8, String), String> = HashMap::new();
    for (line, record) in &table.rows {
        let bad = |column: &str, value: &str| {
            ImportError::new(
                file,
                Some(*line),
                ImportErrorKind::BadValue { column: column.into(), value: value.into() },
            )
        };
        let level = field(record, level_col);
        let level: u8 = match level.parse() {
            Ok(n @ 1..=4) => n,
            _ => return Err(bad("level", level)),
        };
        let code = field(record, code_col);
        if !code_fits(code, level) {
            return Err(bad("code", code));
        }
        let (name, green, digital) = unmarked(field(record, name_col));
        if name.is_empty() {
            return Err(bad("name", field(record, name_col)));
        }
        // The source repeats a few rows word for word (read once, reported); a code given twice
        // at one level with other words is an error. A 小类 may also be its own detailed
        // occupation (same code at levels 3 and 4).
        let whole_row: Vec<&str> = record.iter().collect();
        match seen.get(&(level, code.to_owned())) {
            Some(earlier) if *earlier == whole_row.join("\u{1f}") => {
                report.warn(
                    file,
                    Some(*line),
                    format!("{code} {name}：重复的行，已跳过"),
                    format!("{code} {name}: a repeated row, skipped"),
                );
                continue;
            }
            Some(_) => return Err(bad("code", code)),
            None => {
                seen.insert((level, code.to_owned()), whole_row.join("\u{1f}"));
            }
        }
        if level < 4 {
            out.groups.push(ClassificationGroup { code: code.to_owned(), name: name.to_owned(), level });
            continue;
        }
        let tasks = numbered_tasks(field(record, tasks_col));
        let definition = field(record, definition_col).to_owned();
        if tasks.is_empty() || definition.is_empty() {
            let (zh, en) = match (tasks.is_empty(), definition.is_empty()) {
                (true, true) => ("没有定义和主要工作任务", "no definition and no main tasks"),
                (true, false) => ("没有主要工作任务", "no main tasks"),
                _ => ("没有定义", "no definition"),
            };
            report.warn(file, Some(*line), format!("{code} {name}：{zh}"), format!("{code} {name}: {en}"));
        }
        let mut other_names = Vec::new();
        for alias in field(record, alias_col).split([',', '，']).map(str::trim) {
            // The official name itself, marked or not, is no other name.
            if !alias.is_empty() && unmarked(alias).0 != name && !other_names.iter().any(|a| a == alias) {
                other_names.push(alias.to_owned());
            }
        }
        out.occupations.push(ClassifiedOccupation {
            code: code.to_owned(),
            name: name.to_owned(),
            green,
            digital,
            definition,
            tasks,
            other_names,
        });
    }
    if out.occupations.is_empty() {
        return Err(ImportError::new(file, None, ImportErrorKind::Empty));
    }
    report.rows_read.push((file.to_owned(), table.rows.len()));
    Ok((out, report))
}

/// Whether `code` is written as a code of `level`: four parts (`6-31-01-03`); a group's parts
/// below its level are `00` (`6-00-00-00` for a 大类, `6-31-00-00`, `6-31-01-00`) and the ones
/// down to it are not. A detailed occupation may sit right under a 中类 (`1-01-00-01`) or be
/// numbered `00` in its 小类 (`6-30-01-00`), not both.
fn code_fits(code: &str, level: u8) -> bool {
    let parts: Vec<&str> = code.split('-').collect();
    let shaped = parts.len() == 4
        && parts
            .iter()
            .enumerate()
            .all(|(i, p)| p.len() == if i == 0 { 1 } else { 2 } && p.bytes().all(|b| b.is_ascii_digit()));
    let named = |i: usize| parts[i] != "00";
    shaped
        && match level {
            4 => named(1) && (named(2) || named(3)),
            _ => {
                let level = usize::from(level);
                (1..level).all(named) && (level..4).all(|i| !named(i))
            }
        }
}

/// The name without its trailing mark, and whether it was marked green (`L`) and digital (`S`).
fn unmarked(name: &str) -> (&str, bool, bool) {
    let name = name.trim();
    if let Some(n) = name.strip_suffix("L/S") {
        (n.trim_end(), true, true)
    } else if let Some(n) = name.strip_suffix('L') {
        (n.trim_end(), true, false)
    } else if let Some(n) = name.strip_suffix('S') {
        (n.trim_end(), false, true)
    } else {
        (name, false, false)
    }
}

/// The tasks of a field numbered `1.… 2.… 3.…`: each number is looked for in turn, at the start
/// or after a space or a full stop or semicolon, so a number inside a sentence (`5.5 米`) is not
/// taken for one.
fn numbered_tasks(text: &str) -> Vec<String> {
    let text = text.trim();
    let mut starts = Vec::new();
    let mut from = 0;
    for n in 1.. {
        let mark = format!("{n}.");
        let found = text[from..]
            .match_indices(&mark)
            .map(|(at, _)| from + at)
            .find(|&at| at == 0 || text[..at].ends_with(|c: char| c.is_whitespace() || matches!(c, '；' | '。' | ';')));
        match found {
            Some(at) => {
                starts.push((at, at + mark.len()));
                from = at + mark.len();
            }
            None => break,
        }
    }
    starts
        .iter()
        .enumerate()
        .map(|(i, &(_, body))| {
            let end = starts.get(i + 1).map_or(text.len(), |&(next, _)| next);
            text[body..end].trim().trim_end_matches(['。', '；', ';']).trim().to_owned()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "level,code,code_num,name,definition,tasks,csco_code_num,alias\n";

    #[test]
    fn reads_groups_occupations_marks_tasks_and_other_names() {
        let text = format!(
            "{HEADER}1,6-00-00-00,,生产制造及有关人员,,,,\n\
             3,6-31-01-00,,设备维修人员,,,,\n\
             4,6-31-01-03,6310103,电工,从事电气设备安装的人员。,\"1.安装电气线路 2.检修设备，排除 5.5 米高处故障；3.填写记录。\",,\"电工,维修电工, 水电工 ,维修电工\"\n\
             4,4-04-05-05,,人工智能训练师S,定义。,1.标注数据。,,\n\
             4,2-02-32-01,,碳排放管理员L/S,,,,\n\
             4,6-30-01-00,,专用车辆驾驶员,定义。,1.驾驶。,,\n"
        );
        let (c, report) = read_classification("csco22.csv", &text).unwrap();
        assert_eq!(
            c.groups.iter().map(|g| (g.code.as_str(), g.level)).collect::<Vec<_>>(),
            [("6-00-00-00", 1), ("6-31-01-00", 3)]
        );
        let electrician = c.occupation("6-31-01-03").unwrap();
        assert_eq!(electrician.name, "电工");
        assert_eq!(electrician.tasks, ["安装电气线路", "检修设备，排除 5.5 米高处故障", "填写记录"]);
        assert_eq!(electrician.other_names, ["维修电工", "水电工"]);
        assert!(!electrician.green && !electrician.digital);
        let trainer = c.occupation("4-04-05-05").unwrap();
        assert_eq!((trainer.name.as_str(), trainer.green, trainer.digital), ("人工智能训练师", false, true));
        let carbon = c.occupation("2-02-32-01").unwrap();
        assert_eq!((carbon.name.as_str(), carbon.green, carbon.digital), ("碳排放管理员", true, true));
        assert!(c.occupation("6-30-01-00").is_some(), "a detailed occupation numbered 00");
        assert_eq!(report.rows_read, [("csco22.csv".to_owned(), 6)]);
        assert_eq!(report.warnings.len(), 1, "the one without definition or tasks: {:?}", report.warnings);
    }

    #[test]
    fn a_code_that_does_not_fit_its_level_is_an_error_at_its_line() {
        let text = format!("{HEADER}4,6-31-01-03,,电工,,,,\n1,6-31-00-00,,生产制造及有关人员,,,,\n");
        let e = read_classification("csco22.csv", &text).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(matches!(e.kind, ImportErrorKind::BadValue { ref column, .. } if column == "code"));
        for row in [
            "5,6-00-00-00,,x,,,,",
            "4,6-31-01,,x,,,,",
            "4,6-31-01-3,,x,,,,",
            "4,6-31-00-00,,x,,,,",
            "3,6-31-00-00,,x,,,,",
            "4,6-31-01-03,,,,,,",
            "x,6-00-00-00,,x,,,,",
        ] {
            assert!(read_classification("f.csv", &format!("{HEADER}{row}\n")).is_err(), "{row}");
        }
        let repeated = format!("{HEADER}4,6-31-01-03,,电工,,,,\n4,6-31-01-03,,电工（另一个）,,,,\n");
        assert_eq!(read_classification("f.csv", &repeated).unwrap_err().line, Some(3));
        // The same row twice is read once and reported; a 小类 that is its own occupation is fine.
        let twice = format!("{HEADER}3,2-03-01-00,,土壤肥料技术人员,,,,\n4,2-03-01-00,,土壤肥料技术人员,定义。,1.测土。,,\n4,2-03-01-00,,土壤肥料技术人员,定义。,1.测土。,,\n");
        let (c, report) = read_classification("f.csv", &twice).unwrap();
        assert_eq!((c.groups.len(), c.occupations.len(), report.warning_count), (1, 1, 1));
        assert!(read_classification("f.csv", HEADER).is_err(), "no rows");
        assert!(read_classification("f.csv", "a,b\n1,2\n").is_err(), "other columns");
    }
}
