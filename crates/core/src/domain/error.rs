//! Typed, located errors for catalogue files, with a message in Chinese and English.

use std::fmt;

use crate::domain::text::Lang;

/// What is wrong with a catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueErrorKind {
    /// The file is not valid JSON, or a field has the wrong type or name. `line`/`column` are
    /// 1-based positions in the file.
    Syntax { line: usize, column: usize, problem: JsonProblem },
    /// The compact catalogue a page embeds cannot be read from this byte on
    /// (`domain::compact`).
    Damaged { byte: usize },
    /// The file declares a format version this build cannot read.
    FormatVersion { found: u32, expected: u32 },
    /// Two entries of the same kind share an id.
    DuplicateId { id: String },
    /// A reference names an entry that does not exist.
    UnknownReference { target: &'static str, id: String },
    /// A level is outside the range allowed at this place.
    LevelOutOfRange { value: u8, min: u8, max: u8 },
    /// A number is outside the range allowed at this place (weights, similarities, months, hours).
    ValueOutOfRange { value: String, allowed: &'static str },
    /// A course teaches no skill.
    CourseTeachesNothing,
    /// Course prerequisites form a cycle; the ids are the cycle in order.
    PrerequisiteCycle { cycle: Vec<String> },
    /// A skill is, through its broader skills, a kind of itself; the ids are the cycle in order.
    BroaderCycle { cycle: Vec<String> },
    /// The level scale does not describe every level 0–8 exactly once.
    IncompleteLevelScale { missing: Vec<u8> },
    /// A required list is empty.
    Empty,
    /// (Warning) An entry nothing refers to: a skill no occupation, course, origin or related
    /// link uses, or an industry without occupations.
    Orphan { what: &'static str, id: String },
}

/// A catalogue error: what is wrong and where (a JSON path such as `$.courses[3].teaches[0].skill`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    pub path: String,
    pub kind: CatalogueErrorKind,
}

impl CatalogueError {
    pub fn new(path: impl Into<String>, kind: CatalogueErrorKind) -> Self {
        CatalogueError { path: path.into(), kind }
    }

    /// The error in plain words in `lang`, starting with its location.
    pub fn message(&self, lang: Lang) -> String {
        use CatalogueErrorKind::*;
        let what = match (&self.kind, lang) {
            (Syntax { line, column, problem }, lang) => problem.at(lang, *line, *column),
            (Damaged { byte }, Lang::Zh) => format!("内置目录文件从第 {byte} 字节起无法读取，请重新加载页面"),
            (Damaged { byte }, Lang::En) => {
                format!("the built-in catalogue cannot be read from byte {byte} on; reload the page")
            }
            (FormatVersion { found, expected }, Lang::Zh) => {
                format!("格式版本为 {found}，本程序只能读取版本 {expected}")
            }
            (FormatVersion { found, expected }, Lang::En) => {
                format!("format version {found}; this program reads version {expected}")
            }
            (DuplicateId { id }, Lang::Zh) => format!("编号“{id}”重复"),
            (DuplicateId { id }, Lang::En) => format!("duplicate id “{id}”"),
            (UnknownReference { target, id }, Lang::Zh) => format!("引用了不存在的{}“{id}”", target_zh(target)),
            (UnknownReference { target, id }, Lang::En) => format!("refers to unknown {target} “{id}”"),
            (LevelOutOfRange { value, min, max }, Lang::Zh) => format!("等级 {value} 超出范围 {min}–{max}"),
            (LevelOutOfRange { value, min, max }, Lang::En) => format!("level {value} is outside {min}–{max}"),
            (ValueOutOfRange { value, allowed }, Lang::Zh) => format!("数值 {value} 超出允许范围（{allowed}）"),
            (ValueOutOfRange { value, allowed }, Lang::En) => {
                format!("value {value} is outside the allowed range ({allowed})")
            }
            (CourseTeachesNothing, Lang::Zh) => "课程没有教授任何技能".to_owned(),
            (CourseTeachesNothing, Lang::En) => "the course teaches no skill".to_owned(),
            (PrerequisiteCycle { cycle }, Lang::Zh) => format!("先修课程形成循环：{}", cycle.join(" → ")),
            (PrerequisiteCycle { cycle }, Lang::En) => format!("prerequisites form a cycle: {}", cycle.join(" → ")),
            (BroaderCycle { cycle }, Lang::Zh) => format!("上位技能形成循环：{}", cycle.join(" → ")),
            (BroaderCycle { cycle }, Lang::En) => format!("broader skills form a cycle: {}", cycle.join(" → ")),
            (IncompleteLevelScale { missing }, Lang::Zh) => format!("等级表缺少或重复了等级 {}", listed(missing)),
            (IncompleteLevelScale { missing }, Lang::En) => {
                format!("the level scale misses or repeats levels {}", listed(missing))
            }
            (Empty, Lang::Zh) => "不能为空".to_owned(),
            (Empty, Lang::En) => "must not be empty".to_owned(),
            (Orphan { what, id }, Lang::Zh) => format!("{}“{id}”没有被任何条目使用", target_zh(what)),
            (Orphan { what, id }, Lang::En) => format!("{what} “{id}” is not used by anything"),
        };
        format!("{}: {what}", self.path)
    }
}

/// Levels written `[3, 5]` (without the formatting machinery `{:?}` brings into the page).
fn listed(levels: &[u8]) -> String {
    let parts: Vec<String> = levels.iter().map(u8::to_string).collect();
    format!("[{}]", parts.join(", "))
}

fn target_zh(target: &str) -> &'static str {
    match target {
        "skill" => "技能",
        "industry" => "产业",
        "course" => "课程",
        "city" => "城市",
        "subsidy rule" => "补贴规则",
        "occupation" => "职业",
        _ => "条目",
    }
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CatalogueError {}

/// What is wrong with a JSON file, in words of our own (the parser's message is English and
/// names Rust types).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// The text ends before the JSON does: a cut or half-saved file.
    EndsEarly,
    /// Not JSON here: a stray character, a missing comma, quote or bracket.
    NotJson,
    /// A field the format needs is missing.
    MissingField(String),
    /// A field the format does not have.
    UnknownField(String),
    /// A value of the wrong kind (text where a number belongs, a list where one value does).
    WrongKind,
}

impl JsonProblem {
    /// The problem serde_json reports, in our terms.
    pub fn of(e: &serde_json::Error) -> JsonProblem {
        use serde_json::error::Category;
        let quoted = |text: &str, lead: &str| -> Option<String> {
            let rest = &text[text.find(lead)? + lead.len()..];
            let rest = rest.strip_prefix('`')?;
            Some(rest[..rest.find('`')?].to_owned())
        };
        match e.classify() {
            Category::Eof => JsonProblem::EndsEarly,
            Category::Syntax | Category::Io => JsonProblem::NotJson,
            Category::Data => {
                let text = e.to_string();
                if let Some(field) = quoted(&text, "missing field ") {
                    JsonProblem::MissingField(field)
                } else if let Some(field) = quoted(&text, "unknown field ") {
                    JsonProblem::UnknownField(field)
                } else {
                    JsonProblem::WrongKind
                }
            }
        }
    }

    /// The problem in `lang`, without its place.
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (JsonProblem::EndsEarly, Lang::Zh) => "文件不完整，提前结束了".to_owned(),
            (JsonProblem::EndsEarly, Lang::En) => "the file ends early (not saved whole?)".to_owned(),
            (JsonProblem::NotJson, Lang::Zh) => "JSON 写法有误（逗号、引号或括号）".to_owned(),
            (JsonProblem::NotJson, Lang::En) => "not valid JSON (a comma, quote or bracket)".to_owned(),
            (JsonProblem::MissingField(f), Lang::Zh) => format!("缺少字段“{f}”"),
            (JsonProblem::MissingField(f), Lang::En) => format!("the field “{f}” is missing"),
            (JsonProblem::UnknownField(f), Lang::Zh) => format!("有这个格式没有的字段“{f}”"),
            (JsonProblem::UnknownField(f), Lang::En) => format!("a field this format does not have: “{f}”"),
            (JsonProblem::WrongKind, Lang::Zh) => "值的类型不对（如该填数字处填了文字）".to_owned(),
            (JsonProblem::WrongKind, Lang::En) => "a value of the wrong kind (e.g. text for a number)".to_owned(),
        }
    }

    /// The problem at `line` and `column`, in `lang`.
    pub fn at(&self, lang: Lang, line: usize, column: usize) -> String {
        match lang {
            Lang::Zh => format!("第 {line} 行第 {column} 列：{}", self.describe(lang)),
            Lang::En => format!("line {line}, column {column}: {}", self.describe(lang)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_place_in_both_languages() {
        let e = CatalogueError::new(
            "$.courses[2].teaches[0].skill",
            CatalogueErrorKind::UnknownReference { target: "skill", id: "plc".into() },
        );
        assert_eq!(e.message(Lang::Zh), "$.courses[2].teaches[0].skill: 引用了不存在的技能“plc”");
        assert_eq!(e.message(Lang::En), "$.courses[2].teaches[0].skill: refers to unknown skill “plc”");
    }
}
