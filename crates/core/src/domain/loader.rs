//! Loading a catalogue in small steps.
//!
//! Parsing and validating the default catalogue at once blocks a cheap phone's main thread for
//! hundreds of milliseconds (the browser can neither paint nor answer a tap). [`Loader`] does
//! the same work in steps of about [`STEP_BYTES`] of JSON: the page runs one step per task and
//! the browser breathes in between; the terms' pinyin and the rest of validation are a step each
//! after that. On the default catalogue the result equals [`Catalogue::from_json`] (a test checks
//! it). Other text gives errors, never a panic, but not always in the same words as the whole
//! parse: a key written with escapes is refused, a missing field is reported at 1:1, and parsing
//! goes on after a bad section. The app only loads the catalogue it ships this way and, should
//! that ever fail, parses it whole to show the errors (`ui::boot`).

use serde::de::DeserializeOwned;

use crate::domain::catalogue::TermPinyin;
use crate::domain::error::CatalogueErrorKind as Kind;
use crate::domain::format::CatalogueFile;
use crate::domain::{Catalogue, CatalogueError};

/// About how much JSON one step parses.
pub const STEP_BYTES: usize = 48 * 1024;

/// A validated catalogue and the file it came from.
pub type Loaded = (Catalogue, CatalogueFile);

/// What one call of [`Loader::step`] left.
#[derive(Debug)]
pub enum Step {
    /// More steps to go.
    More,
    /// The validated catalogue and the file it came from.
    Done(Result<Box<Loaded>, Vec<CatalogueError>>),
}

/// Parses a catalogue file section by section, arrays a batch of entries at a time, then
/// validates it in one last step.
pub struct Loader<'a> {
    text: &'a str,
    /// The sections not yet parsed: key, the value's text, and for arrays the element texts.
    work: Vec<Work<'a>>,
    parts: Parts,
    errors: Vec<CatalogueError>,
    /// The whole file and its terms' pinyin, once every section is parsed: validation's step.
    assembled: Option<(CatalogueFile, TermPinyin)>,
    finished: bool,
}

enum Work<'a> {
    Value { key: &'a str, text: &'a str },
    Elements { key: &'a str, items: Vec<&'a str> },
}

/// The sections parsed so far (the required ones are `Option` until seen).
#[derive(Default)]
struct Parts {
    format_version: Option<u32>,
    edition: Option<String>,
    publisher: Option<crate::domain::text::Bilingual>,
    illustrative: bool,
    sources: Vec<crate::domain::format::SourceEntry>,
    levels: Option<Vec<crate::domain::format::LevelEntry>>,
    industries: Option<Vec<crate::domain::format::IndustryEntry>>,
    skills: Option<Vec<crate::domain::format::SkillEntry>>,
    occupations: Option<Vec<crate::domain::format::OccupationEntry>>,
    origins: Vec<crate::domain::format::OriginEntry>,
    courses: Option<Vec<crate::domain::format::CourseEntry>>,
    subsidy_rules: Vec<crate::domain::format::SubsidyRuleEntry>,
    demand: Vec<crate::domain::format::DemandEntry>,
    pinyin_table: std::collections::BTreeMap<String, String>,
}

const ARRAYS: [&str; 9] =
    ["sources", "levels", "industries", "skills", "occupations", "origins", "courses", "subsidy_rules", "demand"];

impl<'a> Loader<'a> {
    /// Splits `text` (a catalogue file) into sections; a text that is not one JSON object gives
    /// the same syntax error as [`Catalogue::from_json`].
    pub fn new(text: &'a str) -> Result<Loader<'a>, Vec<CatalogueError>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let syntax = || match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Err(e) => syntax_error("$", e.line(), e.column(), e.to_string()),
            Ok(_) => syntax_error("$", 1, 1, "expected a JSON object".into()),
        };
        let members = object_members(text).ok_or_else(syntax)?;
        let mut work = Vec::new();
        for (n, &(key, value)) in members.iter().enumerate() {
            if members[..n].iter().any(|&(k, _)| k == key) {
                let (line, column) = line_column(text, value);
                return Err(syntax_error(&format!("$.{key}"), line, column, format!("duplicate field `{key}`")));
            }
            if ARRAYS.contains(&key) {
                match array_elements(value) {
                    Some(items) => work.push(Work::Elements { key, items }),
                    None => work.push(Work::Value { key, text: value }),
                }
            } else {
                work.push(Work::Value { key, text: value });
            }
        }
        work.reverse();
        Ok(Loader { text, work, parts: Parts::default(), errors: Vec::new(), assembled: None, finished: false })
    }

    /// Does about [`STEP_BYTES`] of parsing, or the pinyin of the terms, or the final validation.
    pub fn step(&mut self) -> Step {
        if self.finished {
            return Step::Done(Err(vec![CatalogueError::new("$", Kind::Empty)]));
        }
        if let Some((file, pinyin)) = self.assembled.take() {
            self.finished = true;
            return Step::Done(Catalogue::from_file_and_pinyin(&file, pinyin).map(|c| Box::new((c, file))));
        }
        let mut budget = STEP_BYTES;
        while let Some(work) = self.work.pop() {
            match work {
                Work::Value { key, text } => {
                    budget = budget.saturating_sub(text.len());
                    self.value(key, text);
                }
                Work::Elements { key, mut items } => {
                    let mut taken = 0;
                    let mut bytes = 0;
                    while taken < items.len() && (taken == 0 || bytes + items[taken].len() <= budget) {
                        bytes += items[taken].len();
                        taken += 1;
                    }
                    let rest = items.split_off(taken);
                    self.elements(key, &items);
                    budget = budget.saturating_sub(bytes);
                    if !rest.is_empty() {
                        self.work.push(Work::Elements { key, items: rest });
                        return Step::More;
                    }
                }
            }
            if budget == 0 {
                return Step::More;
            }
        }
        if budget < STEP_BYTES {
            // The pinyin is a step of its own, not added to the last parsing step, and the rest
            // of validation another (together they took 60–100 ms on a 4× slowed CPU).
            return Step::More;
        }
        match self.assemble() {
            Ok(file) => {
                let pinyin = TermPinyin::of(&file);
                self.assembled = Some((file, pinyin));
                Step::More
            }
            Err(errors) => {
                self.finished = true;
                Step::Done(Err(errors))
            }
        }
    }

    fn value(&mut self, key: &'a str, text: &'a str) {
        let p = &mut self.parts;
        let r = match key {
            "format_version" => parse(text).map(|v| p.format_version = Some(v)),
            "edition" => parse(text).map(|v| p.edition = Some(v)),
            "publisher" => parse(text).map(|v| p.publisher = Some(v)),
            "illustrative" => parse(text).map(|v| p.illustrative = v),
            "pinyin_table" => parse(text).map(|v| p.pinyin_table = v),
            // An array section that is not an array (or `null`): serde says why.
            "sources" => parse(text).map(|v| p.sources = v),
            "levels" => parse(text).map(|v| p.levels = Some(v)),
            "industries" => parse(text).map(|v| p.industries = Some(v)),
            "skills" => parse(text).map(|v| p.skills = Some(v)),
            "occupations" => parse(text).map(|v| p.occupations = Some(v)),
            "origins" => parse(text).map(|v| p.origins = v),
            "courses" => parse(text).map(|v| p.courses = Some(v)),
            "subsidy_rules" => parse(text).map(|v| p.subsidy_rules = v),
            "demand" => parse(text).map(|v| p.demand = v),
            other => {
                let (line, column) = line_column(self.text, text);
                self.errors.extend(syntax_error(
                    &format!("$.{other}"),
                    line,
                    column,
                    format!("unknown field `{other}`"),
                ));
                return;
            }
        };
        if let Err(e) = r {
            self.syntax(key, text, e);
        }
    }

    fn elements(&mut self, key: &'a str, items: &[&'a str]) {
        fn extend<T: DeserializeOwned>(
            list: &mut Option<Vec<T>>,
            items: &[&str],
        ) -> Result<(), (usize, serde_json::Error)> {
            let list = list.get_or_insert_with(Vec::new);
            list.reserve(items.len());
            for (i, item) in items.iter().enumerate() {
                list.push(parse(item).map_err(|e| (i, e))?);
            }
            Ok(())
        }
        fn extend_vec<T: DeserializeOwned>(
            list: &mut Vec<T>,
            items: &[&str],
        ) -> Result<(), (usize, serde_json::Error)> {
            let mut some = Some(std::mem::take(list));
            let r = extend(&mut some, items);
            *list = some.unwrap_or_default();
            r
        }
        let p = &mut self.parts;
        let r = match key {
            "sources" => extend_vec(&mut p.sources, items),
            "levels" => extend(&mut p.levels, items),
            "industries" => extend(&mut p.industries, items),
            "skills" => extend(&mut p.skills, items),
            "occupations" => extend(&mut p.occupations, items),
            "origins" => extend_vec(&mut p.origins, items),
            "courses" => extend(&mut p.courses, items),
            "subsidy_rules" => extend_vec(&mut p.subsidy_rules, items),
            "demand" => extend_vec(&mut p.demand, items),
            _ => unreachable!("only the keys in ARRAYS are split into elements"),
        };
        if items.is_empty() {
            // `[]`: the section is present, and empty.
            match key {
                "levels" => p.levels = Some(Vec::new()),
                "industries" => p.industries = Some(Vec::new()),
                "skills" => p.skills = Some(Vec::new()),
                "occupations" => p.occupations = Some(Vec::new()),
                "courses" => p.courses = Some(Vec::new()),
                _ => {}
            }
        }
        if let Err((i, e)) = r {
            self.syntax(key, items[i], e);
        }
    }

    fn syntax(&mut self, key: &str, text: &str, e: serde_json::Error) {
        let (line, column) = line_column(self.text, text);
        let line_in = e.line().saturating_sub(1);
        let column = if line_in == 0 { column + e.column().saturating_sub(1) } else { e.column() };
        // serde's message ends with its own position inside the section: the whole text's is given.
        let detail = e.to_string();
        let detail = detail.rfind(" at line ").map_or(detail.as_str(), |i| &detail[..i]).to_owned();
        self.errors.extend(syntax_error(&format!("$.{key}"), line + line_in, column, detail));
    }

    /// The whole file from its parsed sections, or every error found while parsing them.
    fn assemble(&mut self) -> Result<CatalogueFile, Vec<CatalogueError>> {
        let p = std::mem::take(&mut self.parts);
        for (name, seen) in [
            ("format_version", p.format_version.is_some()),
            ("edition", p.edition.is_some()),
            ("publisher", p.publisher.is_some()),
            ("levels", p.levels.is_some()),
            ("industries", p.industries.is_some()),
            ("skills", p.skills.is_some()),
            ("occupations", p.occupations.is_some()),
            ("courses", p.courses.is_some()),
        ] {
            if !seen {
                self.errors.extend(syntax_error("$", 1, 1, format!("missing field `{name}`")));
            }
        }
        let (
            Some(format_version),
            Some(edition),
            Some(publisher),
            Some(levels),
            Some(industries),
            Some(skills),
            Some(occupations),
            Some(courses),
        ) = (p.format_version, p.edition, p.publisher, p.levels, p.industries, p.skills, p.occupations, p.courses)
        else {
            return Err(std::mem::take(&mut self.errors));
        };
        if !self.errors.is_empty() {
            return Err(std::mem::take(&mut self.errors));
        }
        let file = CatalogueFile {
            format_version,
            edition,
            publisher,
            illustrative: p.illustrative,
            sources: p.sources,
            levels,
            industries,
            skills,
            occupations,
            origins: p.origins,
            courses,
            subsidy_rules: p.subsidy_rules,
            demand: p.demand,
            pinyin_table: p.pinyin_table,
            partial: false,
        };
        Ok(file)
    }
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(text)
}

fn syntax_error(path: &str, line: usize, column: usize, detail: String) -> Vec<CatalogueError> {
    vec![CatalogueError::new(path, Kind::Syntax { line, column, detail })]
}

/// The 1-based line and column where `part` (a slice of `whole`) starts.
fn line_column(whole: &str, part: &str) -> (usize, usize) {
    let offset = (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize).min(whole.len());
    let before = &whole[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    // In bytes, as serde_json counts columns.
    let column = before.rsplit('\n').next().map_or(0, str::len) + 1;
    (line, column)
}

/// The members of the JSON object `text` (key, value text), or `None` when `text` is not one
/// well-formed object at the level this scanner checks (strings, nesting and commas). The values
/// are checked by serde later.
fn object_members(text: &str) -> Option<Vec<(&str, &str)>> {
    let b = text.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(b, i + 1);
    let mut members = Vec::new();
    if b.get(i) == Some(&b'}') {
        return (skip_ws(b, i + 1) == b.len()).then_some(members);
    }
    loop {
        let key_end = string_end(b, i)?;
        let key = &text[i + 1..key_end - 1];
        if key.contains('\\') {
            return None;
        }
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return None;
        }
        let start = skip_ws(b, i + 1);
        let end = value_end(b, start)?;
        members.push((key, &text[start..end]));
        i = skip_ws(b, end);
        match b.get(i) {
            Some(b',') => i = skip_ws(b, i + 1),
            Some(b'}') => return (skip_ws(b, i + 1) == b.len()).then_some(members),
            _ => return None,
        }
    }
}

/// The element texts of the JSON array `text`, or `None` when it is not an array.
fn array_elements(text: &str) -> Option<Vec<&str>> {
    let b = text.as_bytes();
    if b.first() != Some(&b'[') {
        return None;
    }
    let mut i = skip_ws(b, 1);
    let mut items = Vec::new();
    if b.get(i) == Some(&b']') {
        return Some(items);
    }
    loop {
        let end = value_end(b, i)?;
        items.push(&text[i..end]);
        i = skip_ws(b, end);
        match b.get(i) {
            Some(b',') => i = skip_ws(b, i + 1),
            Some(b']') => return (i + 1 == b.len()).then_some(items),
            _ => return None,
        }
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        i += 1;
    }
    i
}

/// The index after the string that starts at `i`.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let mut j = i + 1;
    loop {
        match b.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
}

/// The index after the JSON value that starts at `i` (objects and arrays by bracket depth).
fn value_end(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match b.get(j)? {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            let mut j = i;
            while !matches!(b.get(j), None | Some(b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')) {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// Runs a loader to the end (tests, and a browser without timers).
pub fn load_all(text: &str) -> Result<Box<Loaded>, Vec<CatalogueError>> {
    let mut loader = Loader::new(text)?;
    loop {
        if let Step::Done(r) = loader.step() {
            return r;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_catalogue_loads_in_steps_to_the_same_catalogue() {
        let text = crate::DEFAULT_CATALOGUE_JSON;
        let whole: CatalogueFile = serde_json::from_str(text).unwrap();
        let mut loader = Loader::new(text).unwrap();
        let mut steps = 0;
        let (catalogue, file) = loop {
            steps += 1;
            if let Step::Done(r) = loader.step() {
                break *r.unwrap();
            }
        };
        assert_eq!(file, whole);
        assert_eq!(catalogue, Catalogue::from_file(whole).unwrap());
        // About one step per STEP_BYTES, and more than one: the point is to yield.
        assert!(steps > text.len() / STEP_BYTES / 2, "{steps} steps for {} bytes", text.len());
        assert!(steps <= text.len() / STEP_BYTES + 20, "{steps} steps for {} bytes", text.len());
    }

    #[test]
    fn the_pinyin_and_the_rest_of_validation_are_a_step_each() {
        let mut loader = Loader::new(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let mut parsed_before = false;
        while loader.assembled.is_none() {
            parsed_before = loader.work.is_empty();
            assert!(matches!(loader.step(), Step::More));
        }
        // The step that worked out the pinyin parsed nothing: every section was parsed before it.
        assert!(parsed_before, "the pinyin was worked out in a parsing step");
        // The next one validates, and that is the end.
        assert!(matches!(loader.step(), Step::Done(Ok(_))));
    }

    #[test]
    fn the_sample_catalogue_loads_too() {
        let text = include_str!("../../../../data/catalogue.sample.json");
        let c = load_all(text).unwrap().0;
        assert_eq!(c, Catalogue::from_json(text).unwrap());
    }

    #[test]
    fn broken_text_gives_errors_not_panics() {
        for bad in [
            "",
            "[]",
            "{",
            "{\"skills\": [",
            "{\"skills\": [{]}",
            "{\"x\": 1}",
            "{} trailing",
            "{\"format_version\": \"one\"}",
            "{\"skills\": [1, 2]}",
            "\u{feff}{\"skills\": []}",
            "{\"a\\\"b\": 1}",
            "{\"edition\": \"a\", \"edition\": \"b\"}",
        ] {
            assert!(load_all(bad).is_err(), "{bad:?} loaded");
        }
    }

    #[test]
    fn every_cut_of_a_catalogue_is_an_error_not_a_panic() {
        let text = include_str!("../../../../data/catalogue.sample.json");
        for cut in (0..text.len()).step_by(97).filter(|&i| text.is_char_boundary(i)) {
            assert!(load_all(&text[..cut]).is_err(), "cut at {cut} loaded");
        }
    }

    #[test]
    fn a_bad_entry_is_located_in_the_whole_text() {
        let text = include_str!("../../../../data/catalogue.sample.json");
        let broken = text.replacen("\"hours\":", "\"hours\": \"many\", \"x\":", 1);
        let errors = load_all(&broken).unwrap_err();
        let CatalogueError { path, kind: Kind::Syntax { line, column, detail } } = &errors[0] else {
            panic!("{errors:?}")
        };
        assert_eq!(path, "$.courses");
        let expected = broken[..broken.find("\"many\"").unwrap()].lines().count();
        assert_eq!(*line, expected);
        // The same place as a parse of the whole text, without serde's position in the section.
        let whole = serde_json::from_str::<CatalogueFile>(&broken).unwrap_err();
        assert_eq!((*line, *column), (whole.line(), whole.column()));
        assert!(!detail.contains(" at line "), "{detail}");
    }

    #[test]
    fn scanner_splits_members_and_elements() {
        let m = object_members(r#" { "a" : [1, {"b": "]}\""}], "c": true } "#).unwrap();
        assert_eq!(m, vec![("a", r#"[1, {"b": "]}\""}]"#), ("c", "true")]);
        assert_eq!(array_elements(r#"[1, {"b": "]}\""}]"#).unwrap(), vec!["1", r#"{"b": "]}\""}"#]);
        assert_eq!(array_elements("[]").unwrap(), Vec::<&str>::new());
        assert!(array_elements("[1,]").is_none());
        assert!(object_members("{\"a\":1,}").is_none());
    }
}
