//! The bureau's course table (本地培训课程表) as CSV or a workbook: one course per row, in the
//! words a counsellor uses — skills by their Chinese name (or id), levels as a number or a
//! grade (`五级`), cities by name, months as `3、9`.
//!
//! A row whose course id is in the catalogue replaces that course; a new id adds one; courses
//! the table does not name stay. A value that cannot be used is a located error (in a workbook,
//! the cell) and changes nothing.

use super::table::{field, Column, Source, Table, TableFormat};
use super::{ImportError, ImportReport};
use crate::domain::city::find_city;
use crate::domain::format::{
    CatalogueFile, CertificateEntry, CertificateKind, CourseEntry, DeliveryMode, ProviderType, TeachesEntry,
};
use crate::domain::text::Bilingual;

/// The course table's columns.
pub const FORMAT: TableFormat = TableFormat {
    id: "courses",
    sheet_zh: "培训课程",
    sheet_en: "courses",
    title_zh: "培训课程表",
    title_en: "Course table",
    columns: &[
        Column {
            name: "id",
            zh: "课程编号",
            required: true,
            example: "fx-weld-5",
            about_zh: "课程的编号（字母、数字和短横线）；与目录中已有的编号相同时替换那门课程",
            about_en: "the course's id (letters, digits, hyphens); an id already in the catalogue replaces that course",
        },
        Column {
            name: "name",
            zh: "课程名称",
            required: true,
            example: "焊工（五级）培训",
            about_zh: "课程的中文名称",
            about_en: "the course's name in Chinese",
        },
        Column {
            name: "name_en",
            zh: "英文名称",
            required: false,
            example: "Welder (Grade 5)",
            about_zh: "课程的英文名称（可不填，不填时英文页面显示中文名称）",
            about_en: "the course's name in English (may be left empty: the English page then shows the Chinese name)",
        },
        Column {
            name: "provider",
            zh: "机构类型",
            required: true,
            example: "技工院校",
            about_zh: "技工院校、职业培训机构、企业培训中心、公共实训基地 或 线上平台",
            about_en: "technical school, training institution, enterprise, public training base or online (Chinese or English)",
        },
        Column {
            name: "hours",
            zh: "学时",
            required: true,
            example: "120",
            about_zh: "总学时（整数）",
            about_en: "total hours (a whole number)",
        },
        Column {
            name: "teaches",
            zh: "所教技能",
            required: true,
            example: "焊条电弧焊:2；安全生产与操作规程:2",
            about_zh: "技能名称（或编号）和学完达到的等级，用冒号连接，多个技能用分号或顿号隔开；等级可写 1–8 或 五级、四级……",
            about_en: "skill name (or id) and the level reached, joined by a colon, several separated by semicolons; levels 1–8 or a grade such as 五级",
        },
        Column {
            name: "certificate",
            zh: "证书名称",
            required: false,
            example: "焊工 职业技能等级证书（五级）",
            about_zh: "学完可考的证书（可不填）",
            about_en: "the certificate the course leads to (may be left empty)",
        },
        Column {
            name: "grade",
            zh: "证书等级",
            required: false,
            example: "五级",
            about_zh: "职业技能等级证书的等级：五级 … 一级（或 5 … 1）；专项职业能力证书、特种作业操作证不填",
            about_en: "the grade of a national skill certificate: 五级 … 一级 (or 5 … 1); empty for special-ability certificates",
        },
        Column {
            name: "subsidy",
            zh: "补贴规则",
            required: false,
            example: "grade-5",
            about_zh: "目录中补贴规则的编号（可不填）",
            about_en: "the id of a subsidy rule of the catalogue (may be left empty)",
        },
        Column {
            name: "mode",
            zh: "授课方式",
            required: true,
            example: "面授",
            about_zh: "面授、线上 或 线上线下结合",
            about_en: "in person, online or blended (Chinese or English)",
        },
        Column {
            name: "cities",
            zh: "开班城市",
            required: false,
            example: "阜新市、朝阳市",
            about_zh: "开班的城市，用顿号或分号隔开；线上课程不填",
            about_en: "the cities where it is held, separated by 、 or semicolons; empty for online courses",
        },
        Column {
            name: "months",
            zh: "开班月份",
            required: true,
            example: "3、9、11",
            about_zh: "一年中开班的月份，如 3、9、11，或“全年”",
            about_en: "the months a class starts, e.g. 3、9、11, or 全年 (every month)",
        },
        Column {
            name: "prerequisites",
            zh: "先修课程",
            required: false,
            example: "",
            about_zh: "要先学完的课程编号，用顿号隔开（可不填）",
            about_en: "ids of courses to finish first, separated by 、 (may be left empty)",
        },
        Column {
            name: "cost",
            zh: "费用",
            required: true,
            example: "1800",
            about_zh: "补贴前的学费（元）",
            about_en: "the fee before subsidy (yuan)",
        },
    ],
};

/// What applying a course table changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CoursesOutcome {
    pub added: usize,
    pub replaced: usize,
    pub report: ImportReport,
}

/// Splits a list written by a person: `、`, `，`, `,`, `；`, `;`, `/` or a line break.
pub(crate) fn items(text: &str) -> impl Iterator<Item = &str> {
    text.split(['、', '，', ',', '；', ';', '/', '\n']).map(str::trim).filter(|s| !s.is_empty())
}

/// A level written as 1–8 or as a grade (`五级`, `初级工`): the catalogue's level whose name
/// contains it.
pub(crate) fn level_of(file: &CatalogueFile, text: &str) -> Option<u8> {
    let text = text.trim();
    if let Ok(n) = text.parse::<u8>() {
        return (1..=8).contains(&n).then_some(n);
    }
    if text.is_empty() {
        return None;
    }
    file.levels.iter().find(|l| l.level > 0 && l.name.zh.contains(text)).map(|l| l.level)
}

/// A skill by id, Chinese name or Chinese other name.
pub(crate) fn skill_of<'a>(file: &'a CatalogueFile, text: &str) -> Option<&'a str> {
    let text = text.trim();
    file.skills
        .iter()
        .find(|s| s.id == text || s.name.zh == text)
        .or_else(|| file.skills.iter().find(|s| s.synonyms.zh.iter().any(|w| w == text)))
        .map(|s| s.id.as_str())
}

fn provider_of(text: &str) -> Option<ProviderType> {
    use ProviderType::*;
    Some(match text.trim().to_lowercase().replace([' ', '-'], "_").as_str() {
        "技工院校" | "技工学校" | "technical_school" => TechnicalSchool,
        "职业培训机构" | "培训机构" | "training_institution" => TrainingInstitution,
        "企业培训中心" | "企业" | "enterprise" => Enterprise,
        "公共实训基地" | "实训基地" | "public_training_base" => PublicTrainingBase,
        "线上平台" | "线上" | "online" => Online,
        _ => return None,
    })
}

fn mode_of(text: &str) -> Option<DeliveryMode> {
    Some(match text.trim().to_lowercase().replace([' ', '-'], "_").as_str() {
        "面授" | "线下" | "in_person" => DeliveryMode::InPerson,
        "线上" | "网课" | "online" => DeliveryMode::Online,
        "线上线下结合" | "混合" | "blended" => DeliveryMode::Blended,
        _ => return None,
    })
}

/// `五级` … `一级` or 5 … 1.
fn grade_of(text: &str) -> Option<u8> {
    let text = text.trim();
    if let Ok(n) = text.parse::<u8>() {
        return (1..=5).contains(&n).then_some(n);
    }
    ["一级", "二级", "三级", "四级", "五级"].iter().position(|g| text.contains(g)).map(|i| i as u8 + 1)
}

/// Months as a person writes them: `3、9`, `3月、9月`, `4-10`, `全年`
/// ([`parse_months`](crate::domain::season::parse_months)).
fn months_of(text: &str) -> Option<Vec<u8>> {
    crate::domain::season::parse_months(text).map(|mask| crate::domain::season::months_from(mask, 1))
}

fn number(text: &str) -> Option<u32> {
    text.replace([',', '，'], "").trim().trim_end_matches('元').parse().ok()
}

/// Reads one row into a course, or the located error of its first unusable value.
fn course(file: &CatalogueFile, table: &Table, line: u64, r: &csv::StringRecord) -> Result<CourseEntry, ImportError> {
    let col = |name: &str| table.col(name);
    let get = |name: &str| {
        let c = col(name);
        if c == usize::MAX {
            ""
        } else {
            field(r, c)
        }
    };
    let bad = |name: &str, value: &str| table.bad_value(line, col(name), name, value);
    let id = get("id");
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(bad("id", id));
    }
    let zh = get("name");
    if zh.is_empty() {
        return Err(bad("name", zh));
    }
    let en = get("name_en");
    let mut teaches = Vec::new();
    for item in items(get("teaches")) {
        let (skill, level) = item.rsplit_once([':', '：']).ok_or_else(|| bad("teaches", item))?;
        let skill = skill_of(file, skill).ok_or_else(|| bad("teaches", item))?;
        let level = level_of(file, level).ok_or_else(|| bad("teaches", item))?;
        teaches.push(TeachesEntry { skill: skill.to_owned(), level });
    }
    if teaches.is_empty() {
        return Err(bad("teaches", get("teaches")));
    }
    let certificate = match (get("certificate"), get("grade")) {
        ("", "") => None,
        ("", grade) => return Err(bad("certificate", grade)),
        (name, "") => Some(CertificateEntry {
            kind: CertificateKind::Special,
            grade: None,
            name: Bilingual { zh: name.to_owned(), en: name.to_owned() },
        }),
        (name, grade) => Some(CertificateEntry {
            kind: CertificateKind::National,
            grade: Some(grade_of(grade).ok_or_else(|| bad("grade", grade))?),
            name: Bilingual { zh: name.to_owned(), en: name.to_owned() },
        }),
    };
    let subsidy = match get("subsidy") {
        "" => None,
        s if file.subsidy_rules.iter().any(|rule| rule.id == s) => Some(s.to_owned()),
        s => return Err(bad("subsidy", s)),
    };
    let mut cities = Vec::new();
    for city in items(get("cities")) {
        cities.push(find_city(city).ok_or_else(|| bad("cities", city))?.id.to_owned());
    }
    let prerequisites: Vec<String> = items(get("prerequisites")).map(str::to_owned).collect();
    Ok(CourseEntry {
        id: id.to_owned(),
        name: Bilingual { zh: zh.to_owned(), en: if en.is_empty() { zh.to_owned() } else { en.to_owned() } },
        provider: provider_of(get("provider")).ok_or_else(|| bad("provider", get("provider")))?,
        hours: number(get("hours")).filter(|h| *h > 0).ok_or_else(|| bad("hours", get("hours")))?,
        teaches,
        certificate,
        subsidy,
        mode: mode_of(get("mode")).ok_or_else(|| bad("mode", get("mode")))?,
        cities,
        months: months_of(get("months")).ok_or_else(|| bad("months", get("months")))?,
        prerequisites,
        cost: number(get("cost")).ok_or_else(|| bad("cost", get("cost")))?,
    })
}

/// Adds or replaces the courses of `source` (file name `file`: CSV text, or a file's bytes — a
/// workbook or text in any encoding read) in `catalogue`. On error the catalogue is left
/// unchanged.
pub fn apply_courses<'a>(
    catalogue: &mut CatalogueFile,
    file: &str,
    source: impl Into<Source<'a>>,
) -> Result<CoursesOutcome, ImportError> {
    let table = FORMAT.read(file, source.into())?;
    let mut outcome = CoursesOutcome::default();
    outcome.report.rows_read.push((file.to_owned(), table.rows.len()));
    let mut read: Vec<CourseEntry> = Vec::with_capacity(table.rows.len());
    for (line, r) in &table.rows {
        let course = course(catalogue, &table, *line, r)?;
        if read.iter().any(|c| c.id == course.id) {
            let (place, line) = table.place(*line);
            outcome.report.warn(
                &place,
                line,
                format!("课程编号 {} 重复，以后面一行为准", course.id),
                format!("course id {} repeats; the later row counts", course.id),
            );
            read.retain(|c| c.id != course.id);
        }
        if course.name.en == course.name.zh {
            let (place, line) = table.place(*line);
            outcome.report.warn(
                &place,
                line,
                format!("课程 {} 没有英文名称，英文页面显示中文名称", course.id),
                format!("course {} has no English name; the English page shows the Chinese one", course.id),
            );
        }
        read.push(course);
    }
    for course in read {
        match catalogue.courses.iter_mut().find(|c| c.id == course.id) {
            Some(old) => {
                *old = course;
                outcome.replaced += 1;
            }
            None => {
                catalogue.courses.push(course);
                outcome.added += 1;
            }
        }
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_grades_as_people_write_them() {
        assert_eq!(months_of("3、9、11"), Some(vec![3, 9, 11]));
        assert_eq!(months_of("11月，3月"), Some(vec![3, 11]));
        assert_eq!(months_of("全年").map(|m| m.len()), Some(12));
        assert_eq!(months_of("13"), None);
        assert_eq!(months_of(""), None);
        assert_eq!(grade_of("五级"), Some(5));
        assert_eq!(grade_of("3"), Some(3));
        assert_eq!(grade_of("六级"), None);
        assert_eq!(provider_of("技工院校"), Some(ProviderType::TechnicalSchool));
        assert_eq!(provider_of("Public training base"), Some(ProviderType::PublicTrainingBase));
        assert_eq!(mode_of("线上线下结合"), Some(DeliveryMode::Blended));
    }
}
