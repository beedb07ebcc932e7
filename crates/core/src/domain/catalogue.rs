//! The validated, interned catalogue the engine works on.
//!
//! [`Catalogue::from_json`] parses a file in the open format (`domain::format`), checks every
//! cross-reference, range and the prerequisite graph, and replaces string ids by dense indices
//! (`SkillIdx`, `CourseIdx`…), so the engine never looks anything up by string in a hot loop.
//! All errors are collected and returned together, each with its JSON path.

use std::collections::{BTreeMap, HashMap};

use crate::domain::city::{find_city, City};
use crate::domain::error::{CatalogueError, CatalogueErrorKind as Kind};
use crate::domain::format::{
    self, CatalogueFile, CertificateEntry, DeliveryMode, IndustryKind, OccupationEntry, ProviderType,
    RelatedSkillEntry, RequirementEntry, RequirementSource, SkillEntry, SourceEntry, Synonyms,
};
use crate::domain::level::SkillLevel;
use crate::domain::text::Bilingual;

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);
        impl $name {
            pub fn get(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_type!(/// Index of a skill in [`Catalogue::skills`].
    SkillIdx);
index_type!(/// Index of an occupation in [`Catalogue::occupations`].
    OccupationIdx);
index_type!(/// Index of an industry in [`Catalogue::industries`].
    IndustryIdx);
index_type!(/// Index of a course in [`Catalogue::courses`].
    CourseIdx);
index_type!(/// Index of an origin occupation in [`Catalogue::origins`].
    OriginIdx);

#[derive(Clone, Debug, PartialEq)]
pub struct LevelInfo {
    pub level: SkillLevel,
    pub name: Bilingual,
    pub plain: Bilingual,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Industry {
    pub id: String,
    pub name: Bilingual,
    pub kind: IndustryKind,
    pub base: Option<IndustryIdx>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Skill {
    pub id: String,
    pub name: Bilingual,
    pub synonyms: Synonyms,
    pub pinyin: Vec<String>,
    pub category: String,
    /// Related skills and how much of them carries over (0–1).
    pub related: Vec<(SkillIdx, f32)>,
    /// The broader skill this one is a kind of (none in a first part before its rest).
    pub broader: Option<SkillIdx>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Requirement {
    pub skill: SkillIdx,
    pub level: SkillLevel,
    pub weight: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Occupation {
    pub id: String,
    pub code: String,
    pub name: Bilingual,
    /// Other names (the classification's and workers' words).
    pub synonyms: Synonyms,
    pub description: Bilingual,
    /// The classification's main tasks, in Chinese (a first part has none yet).
    pub tasks: Vec<String>,
    pub green: bool,
    pub digital: bool,
    pub industries: Vec<IndustryIdx>,
    pub shortage: Option<String>,
    pub requirements_from: RequirementSource,
    pub requires: Vec<Requirement>,
    /// The skills that say most about the job (its [`SIGNATURE`] weightiest requirements): the
    /// job's names find them in the skill search. A first part has them before its requirements.
    pub signature: Vec<SkillIdx>,
    /// Pinyin of the Chinese name and other names.
    pub pinyin: Vec<String>,
}

/// How many requirements make an occupation's signature.
pub const SIGNATURE: usize = 2;

/// The positions, in file order, of the [`SIGNATURE`] weightiest of `requires` (by weight, then
/// level; the earlier first on a tie).
pub fn signature_of(requires: &[RequirementEntry]) -> Vec<usize> {
    let better = |a: &RequirementEntry, b: &RequirementEntry| outweighs((a.weight, a.level), (b.weight, b.level));
    let mut chosen: Vec<usize> = Vec::with_capacity(SIGNATURE);
    for _ in 0..SIGNATURE.min(requires.len()) {
        let best = (0..requires.len()).filter(|i| !chosen.contains(i)).reduce(|a, b| {
            if better(&requires[b], &requires[a]) {
                b
            } else {
                a
            }
        });
        chosen.extend(best);
    }
    crate::domain::order::sort(&mut chosen);
    chosen
}

/// Whether a requirement of this (weight, level) says more about its job than one of that:
/// the heavier weight, then the higher level.
pub fn outweighs(this: (f32, u8), that: (f32, u8)) -> bool {
    this.0 > that.0 || (this.0 == that.0 && this.1 > that.1)
}

/// The positions of the requirements that make an occupation's signature in a file: all that a
/// first part carries, else the weightiest; none where they come from the tasks (only reviewed
/// requirements say which skills a job's names stand for in the skill search).
fn signature(partial: bool, x: &OccupationEntry) -> Vec<usize> {
    if !x.requirements_from.is_reviewed() {
        Vec::new()
    } else if partial {
        (0..x.requires.len()).collect()
    } else {
        signature_of(&x.requires)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Origin {
    pub id: String,
    pub name: Bilingual,
    pub synonyms: Synonyms,
    pub pinyin: Vec<String>,
    pub skills: Vec<(SkillIdx, SkillLevel)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SubsidyRule {
    pub id: String,
    pub name: Bilingual,
    pub amount: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Course {
    pub id: String,
    pub name: Bilingual,
    pub provider: ProviderType,
    pub hours: u32,
    pub teaches: Vec<(SkillIdx, SkillLevel)>,
    pub certificate: Option<CertificateEntry>,
    pub subsidy: Option<usize>,
    pub mode: DeliveryMode,
    pub cities: Vec<&'static City>,
    /// Bit `m` set when a cohort starts in month `m` (1–12).
    pub months: u16,
    pub prerequisites: Vec<CourseIdx>,
    pub cost: u32,
}

impl Course {
    /// The months (1–12) in which a cohort starts.
    pub fn month_list(&self) -> impl Iterator<Item = u8> + '_ {
        (1..=12u8).filter(|m| self.months & (1 << m) != 0)
    }
}

/// The `source` of demand rows that are sample data (shown as such in the user's language).
pub const SAMPLE_SOURCE: &str = "sample";

/// Openings for one occupation in one city.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Demand {
    pub city: &'static City,
    pub openings: u32,
    pub wage_low: u32,
    pub wage_high: u32,
    pub period: String,
    pub source: String,
    /// Seasonal work: bit `m` set for each month (1–12) the openings are for; 0 for a row of the
    /// quarter.
    pub months: u16,
}

/// Openings of one occupation near the worker and in the whole province.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpeningsSummary {
    /// Openings in the worker's city (0 when no city is chosen).
    pub in_city: u32,
    pub in_province: u32,
    /// The wage band in the city when it has openings, else across the province.
    pub wage: Option<(u32, u32)>,
    /// The latest period of the rows counted.
    pub period: Option<String>,
}

/// What every view of a catalogue has, the public page's first part included: its edition and
/// sources, levels, industries, skills, occupations and previous jobs, validated and interned.
/// A first part's skills have no related skills yet, and its occupations no description and no
/// requirements: what reads those takes a [`Catalogue`], which a [`FirstPart`] is not.
#[derive(Clone, Debug, PartialEq)]
pub struct Terms {
    pub edition: String,
    pub publisher: Bilingual,
    pub illustrative: bool,
    pub sources: Vec<SourceEntry>,
    /// Indexed by level value 0–8.
    pub levels: Vec<LevelInfo>,
    pub industries: Vec<Industry>,
    pub skills: Vec<Skill>,
    pub occupations: Vec<Occupation>,
    pub origins: Vec<Origin>,
    skill_ids: HashMap<String, SkillIdx>,
    occupation_ids: HashMap<String, OccupationIdx>,
    /// The tone-less reading of each Chinese character of the terms, from the file's
    /// `pinyin_table` (none for a file without one, or a first part before its rest).
    readings: HashMap<char, String>,
}

/// A validated, whole catalogue with interned ids: its [`Terms`] (through `Deref`) and the
/// courses, subsidy rules, demand and requirements that matching and planning read.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalogue {
    terms: Terms,
    pub courses: Vec<Course>,
    pub subsidy_rules: Vec<SubsidyRule>,
    warnings: Vec<CatalogueError>,
    /// For each occupation, its openings by city (from the demand table).
    demand: Vec<Vec<Demand>>,
    /// For each occupation, its seasonal openings by city and months (rows with months).
    seasonal: Vec<Vec<Demand>>,
    /// What each occupation asks, for the suggestion score: made on the first ranking, kept for
    /// the catalogue's life (a catalogue's requirements never change once it is made).
    fit_demand: FitDemand,
    /// For each skill, the skills whose experience carries over to it, with the similarity.
    /// Links are symmetric (a link in either direction counts both ways; the larger similarity
    /// wins when both are given).
    transfers: Vec<Vec<(SkillIdx, f32)>>,
    /// For each skill, the courses that teach it and the level they teach, in course order.
    teaching: Vec<Vec<(CourseIdx, SkillLevel)>>,
    /// For each skill, the occupations that require it, in occupation order.
    requiring: Vec<Vec<OccupationIdx>>,
}

impl std::ops::Deref for Catalogue {
    type Target = Terms;
    fn deref(&self) -> &Terms {
        &self.terms
    }
}

/// The public page's first part (`domain::compact`), validated: its [`Terms`] only. It cannot
/// be scored or planned on (nothing that reads requirements or courses takes it); made whole
/// with its rest by [`FirstPart::with_rest`].
///
/// ```compile_fail
/// # use skillgap_core::domain::{catalogue::FirstPart, Profile, OccupationIdx, assess_match};
/// fn score(first: &FirstPart, profile: &Profile) {
///     assess_match(first, profile, OccupationIdx(0)); // a first part has no requirements
/// }
/// ```
///
/// The same call on a whole catalogue compiles:
///
/// ```
/// # use skillgap_core::domain::{Catalogue, Profile, OccupationIdx, assess_match};
/// fn score(whole: &Catalogue, profile: &Profile) {
///     assess_match(whole, profile, OccupationIdx(0));
/// }
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct FirstPart {
    terms: Terms,
}

impl std::ops::Deref for FirstPart {
    type Target = Terms;
    fn deref(&self) -> &Terms {
        &self.terms
    }
}

impl FirstPart {
    /// Validates a first part (`CatalogueFile::partial`, made by `domain::compact::split`):
    /// skills, occupations, origins and the rest of the file but its courses, subsidy rules and
    /// demand, which are left out. No warnings: orphans are judged on the whole catalogue. Its
    /// code is all the page's first load needs to validate (the courses' checks come with
    /// [`FirstPart::with_rest`], on demand). Pinyin worked out for another file is worked out
    /// again.
    pub fn from_file(file: &CatalogueFile, pinyin: TermPinyin) -> Result<FirstPart, Vec<CatalogueError>> {
        if !file.partial {
            return Err(vec![crate::domain::compact::CompactError::Mismatch.into()]);
        }
        let fits = pinyin.skills.len() == file.skills.len()
            && pinyin.origins.len() == file.origins.len()
            && pinyin.occupations.len() == file.occupations.len();
        let mut builder = Builder::default();
        let first = builder.first(file, if fits { pinyin } else { TermPinyin::of(file) })?;
        if !builder.errors.is_empty() {
            return Err(builder.errors);
        }
        Ok(FirstPart { terms: first.into_terms() })
    }

    /// The whole catalogue of this first part and its `rest`: what [`Catalogue::from_file`]
    /// makes of the joined file (a test checks they are equal), without reading or checking the
    /// first part again.
    pub fn with_rest(&self, rest: crate::domain::compact::Rest) -> Result<Catalogue, Vec<CatalogueError>> {
        let terms = &self.terms;
        if !rest.fits(terms.skills.len(), terms.occupations.len(), terms.origins.len()) {
            return Err(vec![crate::domain::compact::CompactError::Mismatch.into()]);
        }
        let mut builder = Builder::default();
        // The everyday words, and the pinyin of every name (a first part has none but what a
        // file gives).
        let words = rest.words;
        let table = &words.pinyin_table;
        builder.pinyin_table(table);
        let skill_ids: HashMap<String, u32> = terms.skill_ids.iter().map(|(k, v)| (k.clone(), v.0)).collect();
        let mut skills = terms.skills.clone();
        for (i, ((((skill, related), broader), synonyms), category)) in
            skills.iter_mut().zip(&rest.related).zip(&rest.broader).zip(words.skills).zip(rest.categories).enumerate()
        {
            skill.related = builder.related(i, related, &skill_ids);
            skill.broader = builder.broader(i, broader.as_deref(), &skill_ids);
            skill.category = category;
            skill.pinyin = named_pinyin(table, &skill.pinyin, &skill.name, &synonyms);
            skill.synonyms = synonyms;
        }
        builder.broader_cycle(&skills);
        let mut origins = terms.origins.clone();
        for (origin, synonyms) in origins.iter_mut().zip(words.origins) {
            origin.pinyin = named_pinyin(table, &origin.pinyin, &origin.name, &synonyms);
            origin.synonyms = synonyms;
        }
        let mut occupations = terms.occupations.clone();
        for (i, ((((o, description), tasks), requires), synonyms)) in occupations
            .iter_mut()
            .zip(rest.descriptions)
            .zip(rest.tasks)
            .zip(&rest.requires)
            .zip(words.occupations)
            .enumerate()
        {
            o.pinyin = occupation_pinyin(table, &o.name, &synonyms);
            o.synonyms = synonyms;
            o.description = description;
            o.tasks = tasks;
            o.requires = builder.requirements(i, requires, o.requirements_from, &skill_ids);
            let signature = if o.requirements_from.is_reviewed() { signature_of(requires) } else { Vec::new() };
            o.signature =
                signature.into_iter().filter_map(|j| skill_ids.get(&requires[j].skill).map(|&s| SkillIdx(s))).collect();
        }
        let first = First {
            edition: terms.edition.clone(),
            publisher: terms.publisher.clone(),
            illustrative: terms.illustrative,
            sources: terms.sources.clone(),
            levels: terms.levels.clone(),
            industries: terms.industries.clone(),
            skills,
            occupations,
            origins,
            skill_ids,
            occupation_ids: terms.occupation_ids.iter().map(|(k, v)| (k.clone(), v.0)).collect(),
            readings: readings_of(table),
        };
        let Some((courses, subsidy_rules, demand)) =
            builder.rest(&first, &rest.courses, &rest.subsidy_rules, &rest.demand)
        else {
            return Err(builder.errors);
        };
        let warnings = orphans(&first.industries, &first.skills, &first.occupations, &first.origins, &courses);
        Ok(first.finish(courses, subsidy_rules, demand, warnings))
    }
}

/// The catalogue's [`crate::domain::fit::Demand`], made once when first needed. A cache: two
/// catalogues are equal whether or not theirs has been made.
#[derive(Clone, Debug, Default)]
struct FitDemand(std::sync::OnceLock<crate::domain::fit::Demand>);

impl PartialEq for FitDemand {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Catalogue {
    /// What each occupation asks, laid out for the suggestion score (made on first use).
    pub fn fit_demand(&self) -> &crate::domain::fit::Demand {
        self.fit_demand.0.get_or_init(|| crate::domain::fit::Demand::new(self))
    }

    /// Parses and validates a catalogue file. Returns every error found, each located.
    pub fn from_json(text: &str) -> Result<Catalogue, Vec<CatalogueError>> {
        Catalogue::from_file(parse_file(text)?)
    }

    /// Validates a parsed catalogue file and interns its ids.
    pub fn from_file(file: CatalogueFile) -> Result<Catalogue, Vec<CatalogueError>> {
        Builder::default().build(&file, TermPinyin::of(&file))
    }

    /// [`Catalogue::from_file`] for a file the caller keeps (no copy of the whole file).
    pub fn from_file_ref(file: &CatalogueFile) -> Result<Catalogue, Vec<CatalogueError>> {
        Builder::default().build(file, TermPinyin::of(file))
    }

    /// [`Catalogue::from_file_ref`] with the terms' pinyin already worked out (by the stepwise
    /// loader, in a step of its own: it is more than half of the validation's time).
    /// Pinyin worked out for another file (a different number of skills or origins) is worked
    /// out again.
    pub fn from_file_and_pinyin(file: &CatalogueFile, pinyin: TermPinyin) -> Result<Catalogue, Vec<CatalogueError>> {
        let fits = pinyin.skills.len() == file.skills.len()
            && pinyin.origins.len() == file.origins.len()
            && pinyin.occupations.len() == file.occupations.len();
        Builder::default().build(file, if fits { pinyin } else { TermPinyin::of(file) })
    }

    /// This catalogue with the derived occupations of `spine` after its own (`domain::spine`),
    /// checked as a file's occupations are (new, unique ids; known skills; levels and weights
    /// in range), each one derived, their pinyin made from the spine's table. The indices of
    /// this catalogue's terms mean the same in the result.
    pub fn with_spine(&self, spine: &crate::domain::compact::Spine) -> Result<Catalogue, Vec<CatalogueError>> {
        let mut builder = Builder::default();
        builder.pinyin_table(&spine.pinyin_table);
        let skill_ids: HashMap<String, u32> = self.terms.skill_ids.iter().map(|(k, v)| (k.clone(), v.0)).collect();
        let industry_ids: HashMap<String, u32> =
            self.terms.industries.iter().enumerate().map(|(i, x)| (x.id.clone(), i as u32)).collect();
        let mut next = self.clone();
        next.terms.readings.extend(readings_of(&spine.pinyin_table));
        let start = next.terms.occupations.len();
        for (k, x) in spine.occupations.iter().enumerate() {
            let i = start + k;
            if !crate::domain::spine::is_derived(x) {
                builder.err(
                    format!("$.occupations[{i}].requirements_from"),
                    Kind::ValueOutOfRange { value: "reviewed".into(), allowed: "tasks" },
                );
            }
            if x.id.trim().is_empty() {
                builder.err(format!("$.occupations[{i}].id"), Kind::Empty);
            } else if next.terms.occupation_ids.insert(x.id.clone(), OccupationIdx(i as u32)).is_some() {
                builder.err(format!("$.occupations[{i}].id"), Kind::DuplicateId { id: x.id.clone() });
            }
            let industries = builder.industries(i, &x.industries, &industry_ids);
            next.terms.occupations.push(Occupation {
                id: x.id.clone(),
                code: x.code.clone(),
                name: x.name.clone(),
                synonyms: x.synonyms.clone(),
                description: x.description.clone(),
                tasks: x.tasks.clone(),
                green: x.green,
                digital: x.digital,
                requirements_from: x.requirements_from,
                industries,
                shortage: x.shortage.clone(),
                requires: builder.requirements(i, &x.requires, x.requirements_from, &skill_ids),
                signature: Vec::new(),
                pinyin: occupation_pinyin(&spine.pinyin_table, &x.name, &x.synonyms),
            });
        }
        if !builder.errors.is_empty() {
            return Err(builder.errors);
        }
        let occupations = next.terms.occupations.len();
        next.requiring = requiring_index(next.terms.skills.len(), &next.terms.occupations);
        next.demand.resize(occupations, Vec::new());
        next.seasonal.resize(occupations, Vec::new());
        next.fit_demand = FitDemand::default();
        Ok(next)
    }

    /// The parts that hold texts, for `domain::english::attach` (which changes only texts).
    pub(crate) fn parts_mut(&mut self) -> (&mut Terms, &mut Vec<Course>, &mut Vec<SubsidyRule>) {
        (&mut self.terms, &mut self.courses, &mut self.subsidy_rules)
    }

    pub fn course(&self, idx: CourseIdx) -> &Course {
        &self.courses[idx.get()]
    }

    pub fn subsidy_rule(&self, course: &Course) -> Option<&SubsidyRule> {
        course.subsidy.map(|i| &self.subsidy_rules[i])
    }

    /// Doubts that do not stop the catalogue from loading (orphans), each located.
    pub fn warnings(&self) -> &[CatalogueError] {
        &self.warnings
    }

    /// The demand rows of an occupation (all cities).
    pub fn demand(&self, occupation: OccupationIdx) -> &[Demand] {
        &self.demand[occupation.get()]
    }

    /// The seasonal openings of an occupation (all cities), each with its months.
    pub fn seasonal(&self, occupation: OccupationIdx) -> &[Demand] {
        &self.seasonal[occupation.get()]
    }

    /// Whether the catalogue has any seasonal openings.
    pub fn has_seasonal(&self) -> bool {
        self.seasonal.iter().any(|d| !d.is_empty())
    }

    /// Whether the catalogue has any demand data.
    pub fn has_demand(&self) -> bool {
        self.demand.iter().any(|d| !d.is_empty())
    }

    /// Openings of `occupation` in `city` and in the province, with the wage band and period.
    pub fn openings(&self, occupation: OccupationIdx, city: Option<&City>) -> OpeningsSummary {
        let rows = self.demand(occupation);
        let here = |d: &&Demand| city.is_some_and(|c| c.id == d.city.id);
        let in_city = rows.iter().filter(here).map(|d| d.openings).sum();
        let in_province = rows.iter().map(|d| d.openings).sum();
        // The wage band of the city's rows when it has openings, else of all rows.
        let band = |keep: &dyn Fn(&&Demand) -> bool| {
            let low = rows.iter().filter(keep).map(|d| d.wage_low).min()?;
            let high = rows.iter().filter(keep).map(|d| d.wage_high).max()?;
            Some((low, high))
        };
        let wage = if in_city > 0 { band(&here) } else { band(&|_| true) };
        let period = rows.iter().map(|d| &d.period).max().cloned();
        OpeningsSummary { in_city, in_province, wage, period }
    }

    /// The skills whose experience counts towards `skill`, with their similarity.
    pub fn transfers_to(&self, skill: SkillIdx) -> &[(SkillIdx, f32)] {
        &self.transfers[skill.get()]
    }

    /// The courses that teach `skill`, each with the level it teaches, in course order.
    pub fn courses_teaching(&self, skill: SkillIdx) -> &[(CourseIdx, SkillLevel)] {
        &self.teaching[skill.get()]
    }

    /// The occupations that require `skill`, in occupation order.
    pub fn occupations_requiring(&self, skill: SkillIdx) -> &[OccupationIdx] {
        &self.requiring[skill.get()]
    }
}

impl Terms {
    pub fn skill(&self, idx: SkillIdx) -> &Skill {
        &self.skills[idx.get()]
    }

    pub fn occupation(&self, idx: OccupationIdx) -> &Occupation {
        &self.occupations[idx.get()]
    }

    /// Every character of the catalogue's terms with its tone-less pinyin (`"han"` for 焊).
    pub fn readings(&self) -> impl Iterator<Item = (char, &str)> {
        self.readings.iter().map(|(c, r)| (*c, r.as_str()))
    }

    pub fn skill_by_id(&self, id: &str) -> Option<SkillIdx> {
        self.skill_ids.get(id).copied()
    }

    pub fn occupation_by_id(&self, id: &str) -> Option<OccupationIdx> {
        self.occupation_ids.get(id).copied()
    }

    /// The occupation with this national code (`6-31-01-03`), or this id.
    pub fn occupation_by_code_or_id(&self, key: &str) -> Option<OccupationIdx> {
        self.occupation_by_id(key)
            .or_else(|| self.occupations.iter().position(|o| o.code == key).map(|i| OccupationIdx(i as u32)))
    }

    pub fn level_info(&self, level: SkillLevel) -> &LevelInfo {
        &self.levels[level.value() as usize]
    }

    pub fn skill_indices(&self) -> impl Iterator<Item = SkillIdx> {
        (0..self.skills.len() as u32).map(SkillIdx)
    }

    pub fn occupation_indices(&self) -> impl Iterator<Item = OccupationIdx> {
        (0..self.occupations.len() as u32).map(OccupationIdx)
    }
}

/// The pinyin terms of every skill and previous job, in file order: the ones the file gives, or
/// else the ones made from its `pinyin_table` (none without a table).
pub struct TermPinyin {
    skills: Vec<Vec<String>>,
    origins: Vec<Vec<String>>,
    occupations: Vec<Vec<String>>,
}

impl TermPinyin {
    pub fn of(f: &CatalogueFile) -> TermPinyin {
        let table = &f.pinyin_table;
        TermPinyin {
            skills: f.skills.iter().map(|x| named_pinyin(table, &x.pinyin, &x.name, &x.synonyms)).collect(),
            origins: f.origins.iter().map(|x| named_pinyin(table, &x.pinyin, &x.name, &x.synonyms)).collect(),
            occupations: f.occupations.iter().map(|x| occupation_pinyin(table, &x.name, &x.synonyms)).collect(),
        }
    }
}

/// The pinyin terms of a skill's or previous job's names: `given`, or else made from `table`
/// (none without a table).
fn named_pinyin(
    table: &BTreeMap<String, String>,
    given: &[String],
    name: &Bilingual,
    synonyms: &Synonyms,
) -> Vec<String> {
    if given.is_empty() && !table.is_empty() {
        crate::domain::pinyin::terms(std::iter::once(&name.zh).chain(&synonyms.zh), reading(table))
    } else {
        given.to_vec()
    }
}

/// The pinyin terms of an occupation's names, and of its name before its specialisation (焊工 of
/// 焊工（船舶焊接）), made from `table`.
fn occupation_pinyin(table: &BTreeMap<String, String>, name: &Bilingual, synonyms: &Synonyms) -> Vec<String> {
    if table.is_empty() {
        return Vec::new();
    }
    let base = crate::domain::text::base_name(&name.zh).to_owned();
    crate::domain::pinyin::terms([&name.zh, &base].into_iter().chain(&synonyms.zh), reading(table))
}

fn reading<'a>(table: &'a BTreeMap<String, String>) -> impl Fn(char) -> Option<&'a str> {
    move |ch: char| {
        let mut buf = [0u8; 4];
        table.get(&*ch.encode_utf8(&mut buf)).map(String::as_str)
    }
}

/// The courses, subsidy rules and demand by occupation, validated ([`Builder::rest`]).
type RestParts = (Vec<Course>, Vec<SubsidyRule>, Vec<Vec<Demand>>);

/// A validated catalogue but for its courses, subsidy rules and demand ([`Builder::first`]).
struct First {
    edition: String,
    publisher: Bilingual,
    illustrative: bool,
    sources: Vec<SourceEntry>,
    levels: Vec<LevelInfo>,
    industries: Vec<Industry>,
    skills: Vec<Skill>,
    occupations: Vec<Occupation>,
    origins: Vec<Origin>,
    skill_ids: HashMap<String, u32>,
    occupation_ids: HashMap<String, u32>,
    readings: HashMap<char, String>,
}

/// A pinyin table's entries by character (a key of more than one character is an error
/// reported elsewhere, and left out here).
fn readings_of(table: &BTreeMap<String, String>) -> HashMap<char, String> {
    table
        .iter()
        .filter_map(|(k, v)| {
            let mut chars = k.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some((c, v.clone())),
                _ => None,
            }
        })
        .collect()
}

impl First {
    fn into_terms(self) -> Terms {
        Terms {
            edition: self.edition,
            publisher: self.publisher,
            illustrative: self.illustrative,
            sources: self.sources,
            levels: self.levels,
            industries: self.industries,
            skills: self.skills,
            occupations: self.occupations,
            origins: self.origins,
            skill_ids: self.skill_ids.into_iter().map(|(k, v)| (k, SkillIdx(v))).collect(),
            occupation_ids: self.occupation_ids.into_iter().map(|(k, v)| (k, OccupationIdx(v))).collect(),
            readings: self.readings,
        }
    }

    fn finish(
        self,
        courses: Vec<Course>,
        subsidy_rules: Vec<SubsidyRule>,
        demand: Vec<Vec<Demand>>,
        warnings: Vec<CatalogueError>,
    ) -> Catalogue {
        let transfers = symmetric_transfers(&self.skills);
        let teaching = teaching_index(self.skills.len(), &courses);
        let requiring = requiring_index(self.skills.len(), &self.occupations);
        let (demand, seasonal) =
            demand.into_iter().map(|rows| rows.into_iter().partition::<Vec<_>, _>(|d| d.months == 0)).unzip();
        Catalogue {
            terms: self.into_terms(),
            courses,
            subsidy_rules,
            warnings,
            transfers,
            teaching,
            requiring,
            demand,
            seasonal,
            fit_demand: FitDemand::default(),
        }
    }
}

#[derive(Default)]
struct Builder {
    errors: Vec<CatalogueError>,
}

impl Builder {
    fn err(&mut self, path: String, kind: Kind) {
        self.errors.push(CatalogueError::new(path, kind));
    }

    /// Builds an id → index map for one kind of entry, reporting duplicates.
    fn ids<'a>(&mut self, section: &str, ids: impl Iterator<Item = &'a str>) -> HashMap<String, u32> {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.err(format!("$.{section}[{i}].id"), Kind::Empty);
            } else if map.insert(id.to_owned(), i as u32).is_some() {
                self.err(format!("$.{section}[{i}].id"), Kind::DuplicateId { id: id.to_owned() });
            }
        }
        map
    }

    /// Adds the skills' former ids to `ids`, each naming the skill it was merged into; a former
    /// id that is also a skill's id or another skill's former id is an error.
    fn former_ids(&mut self, ids: &mut HashMap<String, u32>, skills: &[SkillEntry]) {
        for (i, x) in skills.iter().enumerate() {
            for (j, former) in x.former_ids.iter().enumerate() {
                if former.trim().is_empty() {
                    self.err(format!("$.skills[{i}].former_ids[{j}]"), Kind::Empty);
                } else if ids.insert(former.clone(), i as u32).is_some() {
                    self.err(format!("$.skills[{i}].former_ids[{j}]"), Kind::DuplicateId { id: former.clone() });
                }
            }
        }
    }

    fn resolve(
        &mut self,
        map: &HashMap<String, u32>,
        target: &'static str,
        id: &str,
        path: impl FnOnce() -> String,
    ) -> Option<u32> {
        let found = map.get(id).copied();
        if found.is_none() {
            self.err(path(), Kind::UnknownReference { target, id: id.to_owned() });
        }
        found
    }

    fn level(&mut self, value: u8, min: u8, path: impl FnOnce() -> String) -> SkillLevel {
        match SkillLevel::new(value) {
            Some(l) if value >= min => l,
            _ => {
                self.err(path(), Kind::LevelOutOfRange { value, min, max: SkillLevel::MAX.value() });
                SkillLevel::NONE
            }
        }
    }

    /// Every key of a pinyin table is one character.
    fn pinyin_table(&mut self, table: &BTreeMap<String, String>) {
        for key in table.keys() {
            if key.chars().count() != 1 {
                self.err(
                    format!("$.pinyin_table[{}]", serde_json::to_string(key).unwrap_or_default()),
                    Kind::ValueOutOfRange { value: key.clone(), allowed: "one character" },
                );
            }
        }
    }

    fn build(mut self, f: &CatalogueFile, pinyin: TermPinyin) -> Result<Catalogue, Vec<CatalogueError>> {
        // A first part is not a whole catalogue: it is made one with its rest (`FirstPart`).
        if f.partial {
            return Err(vec![crate::domain::compact::CompactError::Mismatch.into()]);
        }
        let first = self.first(f, pinyin)?;
        let rest = self.rest(&first, &f.courses, &f.subsidy_rules, &f.demand);
        let Some((courses, subsidy_rules, demand)) = rest else { return Err(self.errors) };
        let warnings = orphans(&first.industries, &first.skills, &first.occupations, &first.origins, &courses);
        Ok(first.finish(courses, subsidy_rules, demand, warnings))
    }

    /// Everything but the courses, subsidy rules and demand (the public page's first part has
    /// none), with the errors found so far kept for [`Builder::rest`].
    fn first(&mut self, f: &CatalogueFile, pinyin: TermPinyin) -> Result<First, Vec<CatalogueError>> {
        if f.format_version != format::FORMAT_VERSION {
            return Err(vec![CatalogueError::new(
                "$.format_version",
                Kind::FormatVersion { found: f.format_version, expected: format::FORMAT_VERSION },
            )]);
        }

        let levels = self.levels(&f.levels);
        let industry_ids = self.ids("industries", f.industries.iter().map(|x| x.id.as_str()));
        let mut skill_ids = self.ids("skills", f.skills.iter().map(|x| x.id.as_str()));
        self.former_ids(&mut skill_ids, &f.skills);
        let occupation_ids = self.ids("occupations", f.occupations.iter().map(|x| x.id.as_str()));
        let origin_ids = self.ids("origins", f.origins.iter().map(|x| x.id.as_str()));
        drop(origin_ids);

        for (name, len) in
            [("industries", f.industries.len()), ("skills", f.skills.len()), ("occupations", f.occupations.len())]
        {
            if len == 0 {
                self.err(format!("$.{name}"), Kind::Empty);
            }
        }

        let industries: Vec<Industry> = f
            .industries
            .iter()
            .enumerate()
            .map(|(i, x)| Industry {
                id: x.id.clone(),
                name: x.name.clone(),
                kind: x.kind,
                base: x.base.as_ref().and_then(|b| {
                    self.resolve(&industry_ids, "industry", b, || format!("$.industries[{i}].base")).map(IndustryIdx)
                }),
            })
            .collect();

        self.pinyin_table(&f.pinyin_table);
        let TermPinyin { skills: skill_pinyin, origins: origin_pinyin, occupations: occupation_pinyin } = pinyin;

        let skills: Vec<Skill> = f
            .skills
            .iter()
            .zip(skill_pinyin)
            .enumerate()
            .map(|(i, (x, pinyin))| Skill {
                id: x.id.clone(),
                name: x.name.clone(),
                synonyms: x.synonyms.clone(),
                pinyin,
                category: x.category.clone(),
                related: self.related(i, &x.related, &skill_ids),
                broader: self.broader(i, x.broader.as_deref(), &skill_ids),
            })
            .collect();
        self.broader_cycle(&skills);

        let occupations: Vec<Occupation> = f
            .occupations
            .iter()
            .enumerate()
            .map(|(i, x)| Occupation {
                id: x.id.clone(),
                code: x.code.clone(),
                name: x.name.clone(),
                synonyms: x.synonyms.clone(),
                description: x.description.clone(),
                tasks: x.tasks.clone(),
                green: x.green,
                digital: x.digital,
                requirements_from: x.requirements_from,
                industries: self.industries(i, &x.industries, &industry_ids),
                shortage: x.shortage.clone(),
                // A first part carries only its signature's requirements; the rest brings them
                // all (`domain::compact`).
                requires: if f.partial {
                    Vec::new()
                } else {
                    self.requirements(i, &x.requires, x.requirements_from, &skill_ids)
                },
                signature: signature(f.partial, x)
                    .into_iter()
                    .filter_map(|j| skill_ids.get(&x.requires[j].skill).map(|&s| SkillIdx(s)))
                    .collect(),
                pinyin: occupation_pinyin.get(i).cloned().unwrap_or_default(),
            })
            .collect();

        let origins: Vec<Origin> = f
            .origins
            .iter()
            .zip(origin_pinyin)
            .enumerate()
            .map(|(i, (x, pinyin))| Origin {
                id: x.id.clone(),
                name: x.name.clone(),
                synonyms: x.synonyms.clone(),
                pinyin,
                skills: x
                    .skills
                    .iter()
                    .enumerate()
                    .filter_map(|(j, s)| {
                        let path = || format!("$.origins[{i}].skills[{j}]");
                        let level = self.level(s.level, 0, || format!("{}.level", path()));
                        self.resolve(&skill_ids, "skill", &s.skill, || format!("{}.skill", path()))
                            .map(|s| (SkillIdx(s), level))
                    })
                    .collect(),
            })
            .collect();

        Ok(First {
            edition: f.edition.clone(),
            publisher: f.publisher.clone(),
            illustrative: f.illustrative,
            sources: f.sources.clone(),
            levels,
            industries,
            skills,
            occupations,
            origins,
            skill_ids,
            occupation_ids,
            readings: readings_of(&f.pinyin_table),
        })
    }

    /// The industries of occupation `i`.
    fn industries(&mut self, i: usize, ids: &[String], industry_ids: &HashMap<String, u32>) -> Vec<IndustryIdx> {
        ids.iter()
            .enumerate()
            .filter_map(|(j, id)| {
                self.resolve(industry_ids, "industry", id, || format!("$.occupations[{i}].industries[{j}]"))
                    .map(IndustryIdx)
            })
            .collect()
    }

    /// The broader skill of skill `i`.
    fn broader(&mut self, i: usize, broader: Option<&str>, skill_ids: &HashMap<String, u32>) -> Option<SkillIdx> {
        let id = broader?;
        self.resolve(skill_ids, "skill", id, || format!("$.skills[{i}].broader")).map(SkillIdx)
    }

    /// Reports a skill that is, through its broader skills, a kind of itself (the first such
    /// cycle, from the skill earliest in the file).
    fn broader_cycle(&mut self, skills: &[Skill]) {
        let broader = |node: usize, k: usize| skills[node].broader.filter(|_| k == 0).map(|b| b.0 as usize);
        if let Some(cycle) = first_cycle(skills.len(), broader) {
            let path = format!("$.skills[{}].broader", cycle[0]);
            self.err(path, Kind::BroaderCycle { cycle: cycle.into_iter().map(|c| skills[c].id.clone()).collect() });
        }
    }

    /// The related skills of skill `i`.
    fn related(
        &mut self,
        i: usize,
        related: &[RelatedSkillEntry],
        skill_ids: &HashMap<String, u32>,
    ) -> Vec<(SkillIdx, f32)> {
        related
            .iter()
            .enumerate()
            .filter_map(|(j, r)| {
                let path = || format!("$.skills[{i}].related[{j}]");
                if !(r.similarity > 0.0 && r.similarity <= 1.0) {
                    self.err(
                        format!("{}.similarity", path()),
                        Kind::ValueOutOfRange {
                            value: crate::domain::text::plain_number(r.similarity),
                            allowed: "0 < similarity ≤ 1",
                        },
                    );
                }
                self.resolve(skill_ids, "skill", &r.skill, || format!("{}.skill", path()))
                    .map(|s| (SkillIdx(s), r.similarity))
            })
            .collect()
    }

    /// The requirements of occupation `i`: at least one, but where they come from the official
    /// tasks (which may name no skill of the vocabulary).
    fn requirements(
        &mut self,
        i: usize,
        requires: &[RequirementEntry],
        from: RequirementSource,
        skill_ids: &HashMap<String, u32>,
    ) -> Vec<Requirement> {
        if requires.is_empty() && from.is_reviewed() {
            self.err(format!("$.occupations[{i}].requires"), Kind::Empty);
        }
        requires
            .iter()
            .enumerate()
            .filter_map(|(j, r)| {
                let path = || format!("$.occupations[{i}].requires[{j}]");
                let level = self.level(r.level, 1, || format!("{}.level", path()));
                if !(r.weight > 0.0 && r.weight <= 100.0) {
                    self.err(
                        format!("{}.weight", path()),
                        Kind::ValueOutOfRange {
                            value: crate::domain::text::plain_number(r.weight),
                            allowed: "0 < weight ≤ 100",
                        },
                    );
                }
                let skill = self.resolve(skill_ids, "skill", &r.skill, || format!("{}.skill", path()))?;
                Some(Requirement { skill: SkillIdx(skill), level, weight: r.weight })
            })
            .collect()
    }

    /// The courses, subsidy rules and demand of a catalogue whose first part is `first`; `None`
    /// when any error was found (here or before).
    fn rest(
        &mut self,
        first: &First,
        courses: &[format::CourseEntry],
        rules: &[format::SubsidyRuleEntry],
        demand_rows: &[format::DemandEntry],
    ) -> Option<RestParts> {
        let course_ids = self.ids("courses", courses.iter().map(|x| x.id.as_str()));
        let rule_ids = self.ids("subsidy_rules", rules.iter().map(|x| x.id.as_str()));
        let courses: Vec<Course> = courses
            .iter()
            .enumerate()
            .map(|(i, x)| self.course(i, x, &first.skill_ids, &course_ids, &rule_ids))
            .collect();
        let subsidy_rules =
            rules.iter().map(|r| SubsidyRule { id: r.id.clone(), name: r.name.clone(), amount: r.amount }).collect();

        if self.errors.is_empty() {
            if let Some(cycle) = prerequisite_cycle(&courses) {
                let first = cycle[0];
                self.err(
                    format!("$.courses[{}].prerequisites", first.get()),
                    Kind::PrerequisiteCycle { cycle: cycle.iter().map(|c| courses[c.get()].id.clone()).collect() },
                );
            }
        }
        if !self.errors.is_empty() {
            return None;
        }
        let occupations = &first.occupations;
        let mut demand: Vec<Vec<Demand>> = vec![Vec::new(); occupations.len()];
        let mut by_code: HashMap<&str, Vec<usize>> = HashMap::new();
        for (j, o) in occupations.iter().enumerate() {
            by_code.entry(o.code.as_str()).or_default().push(j);
        }
        for (i, d) in demand_rows.iter().enumerate() {
            let path = || format!("$.demand[{i}]");
            let Some(city) = find_city(&d.city) else {
                self.err(format!("{}.city", path()), Kind::UnknownReference { target: "city", id: d.city.clone() });
                continue;
            };
            if d.wage_low > d.wage_high {
                self.err(
                    format!("{}.wage_low", path()),
                    Kind::ValueOutOfRange { value: d.wage_low.to_string(), allowed: "wage_low ≤ wage_high" },
                );
            }
            if !crate::domain::import::shortage::is_quarter(&d.period) {
                self.err(
                    format!("{}.period", path()),
                    Kind::ValueOutOfRange { value: d.period.clone(), allowed: "a quarter such as 2025Q2" },
                );
            }
            let owners: &[usize] = by_code.get(d.code.as_str()).map_or(&[], Vec::as_slice);
            if owners.is_empty() {
                self.err(
                    format!("{}.code", path()),
                    Kind::UnknownReference { target: "occupation", id: d.code.clone() },
                );
            }
            if d.months.iter().any(|m| !(1..=12).contains(m)) {
                self.err(
                    format!("{}.months", path()),
                    Kind::ValueOutOfRange { value: format!("{:?}", d.months), allowed: "months 1–12" },
                );
            }
            let months = crate::domain::planner::month_mask(&d.months);
            for &j in owners {
                demand[j].push(Demand {
                    city,
                    openings: d.openings,
                    wage_low: d.wage_low,
                    wage_high: d.wage_high,
                    period: d.period.clone(),
                    source: d.source.clone(),
                    months,
                });
            }
        }
        self.errors.is_empty().then_some((courses, subsidy_rules, demand))
    }

    fn levels(&mut self, entries: &[format::LevelEntry]) -> Vec<LevelInfo> {
        let mut slots: Vec<Option<LevelInfo>> = vec![None; SkillLevel::MAX.value() as usize + 1];
        let mut repeated = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let Some(level) = SkillLevel::new(e.level) else {
                self.err(
                    format!("$.levels[{i}].level"),
                    Kind::LevelOutOfRange { value: e.level, min: 0, max: SkillLevel::MAX.value() },
                );
                continue;
            };
            let slot = &mut slots[e.level as usize];
            if slot.is_some() {
                repeated.push(e.level);
            }
            *slot = Some(LevelInfo { level, name: e.name.clone(), plain: e.plain.clone() });
        }
        let mut missing: Vec<u8> =
            slots.iter().enumerate().filter(|(_, s)| s.is_none()).map(|(i, _)| i as u8).collect();
        missing.extend(repeated);
        if !missing.is_empty() {
            self.err("$.levels".into(), Kind::IncompleteLevelScale { missing });
        }
        slots.into_iter().flatten().collect()
    }

    fn course(
        &mut self,
        i: usize,
        x: &format::CourseEntry,
        skill_ids: &HashMap<String, u32>,
        course_ids: &HashMap<String, u32>,
        rule_ids: &HashMap<String, u32>,
    ) -> Course {
        let path = || format!("$.courses[{i}]");
        if x.teaches.is_empty() {
            self.err(format!("{}.teaches", path()), Kind::CourseTeachesNothing);
        }
        if x.hours == 0 || x.hours > 2000 {
            self.err(
                format!("{}.hours", path()),
                Kind::ValueOutOfRange { value: x.hours.to_string(), allowed: "1–2000" },
            );
        }
        let mut months = 0u16;
        for (j, &m) in x.months.iter().enumerate() {
            if (1..=12).contains(&m) {
                months |= 1 << m;
            } else {
                self.err(
                    format!("{}.months[{j}]", path()),
                    Kind::ValueOutOfRange { value: m.to_string(), allowed: "1–12" },
                );
            }
        }
        if x.months.is_empty() {
            self.err(format!("{}.months", path()), Kind::Empty);
        }
        if let Some(CertificateEntry { kind: format::CertificateKind::National, grade, .. }) = &x.certificate {
            if !matches!(grade, Some(1..=5)) {
                self.err(
                    format!("{}.certificate.grade", path()),
                    Kind::ValueOutOfRange {
                        value: grade.map_or_else(|| "—".to_owned(), |g| g.to_string()),
                        allowed: "national grade 1–5",
                    },
                );
            }
        }
        let cities = x
            .cities
            .iter()
            .enumerate()
            .filter_map(|(j, c)| {
                let found = find_city(c);
                if found.is_none() {
                    self.err(
                        format!("{}.cities[{j}]", path()),
                        Kind::UnknownReference { target: "city", id: c.clone() },
                    );
                }
                found
            })
            .collect::<Vec<_>>();
        if x.cities.is_empty() && x.mode != DeliveryMode::Online {
            self.err(format!("{}.cities", path()), Kind::Empty);
        }
        Course {
            id: x.id.clone(),
            name: x.name.clone(),
            provider: x.provider,
            hours: x.hours,
            teaches: x
                .teaches
                .iter()
                .enumerate()
                .filter_map(|(j, t)| {
                    let level = self.level(t.level, 1, || format!("{}.teaches[{j}].level", path()));
                    self.resolve(skill_ids, "skill", &t.skill, || format!("{}.teaches[{j}].skill", path()))
                        .map(|s| (SkillIdx(s), level))
                })
                .collect(),
            certificate: x.certificate.clone(),
            subsidy: x.subsidy.as_ref().and_then(|r| {
                self.resolve(rule_ids, "subsidy rule", r, || format!("{}.subsidy", path())).map(|r| r as usize)
            }),
            mode: x.mode,
            cities,
            months,
            prerequisites: x
                .prerequisites
                .iter()
                .enumerate()
                .filter_map(|(j, p)| {
                    self.resolve(course_ids, "course", p, || format!("{}.prerequisites[{j}]", path())).map(CourseIdx)
                })
                .collect(),
            cost: x.cost,
        }
    }
}

/// For each skill, the courses that teach it with the level, in course order.
fn teaching_index(skills: usize, courses: &[Course]) -> Vec<Vec<(CourseIdx, SkillLevel)>> {
    let mut teaching = vec![Vec::new(); skills];
    for (i, course) in courses.iter().enumerate() {
        for &(skill, level) in &course.teaches {
            teaching[skill.get()].push((CourseIdx(i as u32), level));
        }
    }
    teaching
}

/// For each skill, the occupations that require it, in occupation order.
fn requiring_index(skills: usize, occupations: &[Occupation]) -> Vec<Vec<OccupationIdx>> {
    let mut requiring: Vec<Vec<OccupationIdx>> = vec![Vec::new(); skills];
    for (i, occupation) in occupations.iter().enumerate() {
        for r in &occupation.requires {
            let list = &mut requiring[r.skill.get()];
            // An occupation lists each skill once; the check keeps the index free of repeats anyway.
            if list.last() != Some(&OccupationIdx(i as u32)) {
                list.push(OccupationIdx(i as u32));
            }
        }
    }
    requiring
}

/// The symmetric closure of the `related` links, larger similarity first.
fn symmetric_transfers(skills: &[Skill]) -> Vec<Vec<(SkillIdx, f32)>> {
    let mut t: Vec<Vec<(SkillIdx, f32)>> = vec![Vec::new(); skills.len()];
    let mut add = |to: SkillIdx, from: SkillIdx, sim: f32| {
        if to == from {
            return;
        }
        let list = &mut t[to.get()];
        match list.iter_mut().find(|(s, _)| *s == from) {
            Some(entry) => entry.1 = entry.1.max(sim),
            None => list.push((from, sim)),
        }
    };
    for (i, s) in skills.iter().enumerate() {
        let a = SkillIdx(i as u32);
        for &(b, sim) in &s.related {
            add(b, a, sim);
            add(a, b, sim);
        }
    }
    for list in &mut t {
        crate::domain::order::sort_by(list, |x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    }
    t
}

/// Skills nothing uses and industries without occupations.
fn orphans(
    industries: &[Industry],
    skills: &[Skill],
    occupations: &[Occupation],
    origins: &[Origin],
    courses: &[Course],
) -> Vec<CatalogueError> {
    let mut used = vec![false; skills.len()];
    let mut mark = |s: SkillIdx| used[s.get()] = true;
    occupations.iter().flat_map(|o| &o.requires).for_each(|r| mark(r.skill));
    courses.iter().flat_map(|c| &c.teaches).for_each(|t| mark(t.0));
    origins.iter().flat_map(|o| &o.skills).for_each(|t| mark(t.0));
    for s in skills {
        for r in &s.related {
            mark(r.0);
        }
    }
    for (i, s) in skills.iter().enumerate() {
        if !s.related.is_empty() {
            used[i] = true;
        }
    }
    let mut warnings: Vec<CatalogueError> = used
        .iter()
        .enumerate()
        .filter(|(_, u)| !**u)
        .map(|(i, _)| {
            CatalogueError::new(format!("$.skills[{i}]"), Kind::Orphan { what: "skill", id: skills[i].id.clone() })
        })
        .collect();
    for (i, industry) in industries.iter().enumerate() {
        let idx = IndustryIdx(i as u32);
        let has_occupations = occupations.iter().any(|o| o.industries.contains(&idx));
        let is_base = industries.iter().any(|x| x.base == Some(idx));
        if !has_occupations && !is_base {
            warnings.push(CatalogueError::new(
                format!("$.industries[{i}]"),
                Kind::Orphan { what: "industry", id: industry.id.clone() },
            ));
        }
    }
    warnings
}

/// Finds one cycle in the prerequisite graph, if there is any.
fn prerequisite_cycle(courses: &[Course]) -> Option<Vec<CourseIdx>> {
    let cycle = first_cycle(courses.len(), |node, k| courses[node].prerequisites.get(k).map(|p| p.get()))?;
    Some(cycle.into_iter().map(|n| CourseIdx(n as u32)).collect())
}

/// Finds one cycle in a graph of `nodes` nodes whose `k`-th edge from `node` is `edge(node, k)`,
/// if there is any, as the nodes in order from the one reached first (iterative depth-first
/// search from each node in turn).
fn first_cycle(nodes: usize, edge: impl Fn(usize, usize) -> Option<usize>) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let mut mark = vec![Mark::New; nodes];
    for start in 0..nodes {
        if mark[start] != Mark::New {
            continue;
        }
        // Stack of (node, next edge to follow).
        let mut stack = vec![(start, 0usize)];
        mark[start] = Mark::Active;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(to) = edge(node, *next) {
                *next += 1;
                match mark[to] {
                    Mark::New => {
                        mark[to] = Mark::Active;
                        stack.push((to, 0));
                    }
                    Mark::Active => {
                        let from = stack.iter().position(|&(n, _)| n == to).unwrap_or(0);
                        return Some(stack[from..].iter().map(|&(n, _)| n).collect());
                    }
                    Mark::Done => {}
                }
            } else {
                mark[node] = Mark::Done;
                stack.pop();
            }
        }
    }
    None
}

/// A catalogue file's JSON text (a byte-order mark allowed) as the file, not yet validated; a
/// syntax error located at its line and column.
pub fn parse_file(text: &str) -> Result<CatalogueFile, Vec<CatalogueError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| {
        let problem = crate::domain::error::JsonProblem::of(&e);
        vec![CatalogueError::new("$", Kind::Syntax { line: e.line(), column: e.column(), problem })]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_worked_out_for_another_file_is_worked_out_again() {
        let sample: CatalogueFile =
            serde_json::from_str(include_str!("../../../../data/catalogue.sample.json")).unwrap();
        let whole: CatalogueFile = serde_json::from_str(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        assert_ne!(sample.skills.len(), whole.skills.len());
        let built = Catalogue::from_file_and_pinyin(&whole, TermPinyin::of(&sample)).unwrap();
        assert_eq!(built, Catalogue::from_file_ref(&whole).unwrap());
    }

    #[test]
    fn a_first_part_made_whole_is_the_whole_file_s_catalogue() {
        for text in [include_str!("../../../../data/catalogue.sample.json"), crate::DEFAULT_CATALOGUE_JSON] {
            let file: CatalogueFile = serde_json::from_str(text).unwrap();
            let (first, rest) = crate::domain::compact::split(&file);
            let partial = FirstPart::from_file(&first, TermPinyin::of(&first)).unwrap();
            assert!(partial.occupations.iter().all(|o| o.requires.is_empty()));
            assert!(Catalogue::from_file_ref(&first).is_err(), "a first part is not a whole catalogue");
            assert_eq!(partial.with_rest(rest).unwrap(), Catalogue::from_file_ref(&file).unwrap());
        }
    }

    #[test]
    fn a_rest_is_checked_like_the_whole_file() {
        let file: CatalogueFile = serde_json::from_str(include_str!("../../../../data/catalogue.sample.json")).unwrap();
        let (first, mut rest) = crate::domain::compact::split(&file);
        let partial = FirstPart::from_file(&first, TermPinyin::of(&first)).unwrap();
        assert!(FirstPart::from_file(&file, TermPinyin::of(&file)).is_err(), "a whole file is not a first part");
        rest.courses[0].teaches[0].skill = "nope".into();
        rest.requires[1][0].weight = 0.0;
        let mut broken = file.clone();
        broken.courses[0].teaches[0].skill = "nope".into();
        broken.occupations[1].requires[0].weight = 0.0;
        let errors = partial.with_rest(rest.clone()).unwrap_err();
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert!(paths.contains(&"$.courses[0].teaches[0].skill"), "{paths:?}");
        assert!(paths.contains(&"$.occupations[1].requires[0].weight"), "{paths:?}");
        // The same errors as for the joined file, at the same places.
        let mut whole_paths: Vec<String> =
            Catalogue::from_file_ref(&broken).unwrap_err().into_iter().map(|e| e.path).collect();
        let mut rest_paths: Vec<String> = errors.into_iter().map(|e| e.path).collect();
        whole_paths.sort();
        rest_paths.sort();
        assert_eq!(rest_paths, whole_paths);
        // A rest for another first part is refused.
        rest.related.pop();
        assert!(partial.with_rest(rest).is_err());
    }

    #[test]
    fn a_skill_s_former_ids_find_it_and_may_not_be_taken_twice() {
        let text = include_str!("../../../../data/catalogue.sample.json");
        let mut file: CatalogueFile = serde_json::from_str(text).unwrap();
        file.skills[0].former_ids = vec!["old-welding".into()];
        // A requirement may name the skill by its former id, as an older file would.
        file.occupations[0].requires[0].skill = "old-welding".into();
        let c = Catalogue::from_file_ref(&file).unwrap();
        assert_eq!(c.skill_by_id("old-welding"), Some(SkillIdx(0)));
        assert_eq!(c.occupations[0].requires[0].skill, SkillIdx(0));
        // Through the page's compact first part and rest too.
        let (first, rest) = crate::domain::compact::split(&file);
        let partial = FirstPart::from_file(&first, TermPinyin::of(&first)).unwrap();
        assert_eq!(partial.skill_by_id("old-welding"), Some(SkillIdx(0)));
        assert_eq!(partial.with_rest(rest).unwrap(), c);

        let taken = file.skills[1].id.clone();
        let mut twice = file.clone();
        twice.skills[2].former_ids = vec!["old-welding".into(), taken.clone(), " ".into()];
        let errors = Catalogue::from_file_ref(&twice).unwrap_err();
        let said: Vec<(&str, &Kind)> = errors.iter().map(|e| (e.path.as_str(), &e.kind)).collect();
        assert!(
            said.contains(&("$.skills[2].former_ids[0]", &Kind::DuplicateId { id: "old-welding".into() })),
            "{said:?}"
        );
        assert!(said.contains(&("$.skills[2].former_ids[1]", &Kind::DuplicateId { id: taken })), "{said:?}");
        assert!(said.contains(&("$.skills[2].former_ids[2]", &Kind::Empty)), "{said:?}");
    }

    #[test]
    fn a_broader_skill_is_known_and_no_skill_is_a_kind_of_itself() {
        let text = include_str!("../../../../data/catalogue.sample.json");
        let mut file: CatalogueFile = serde_json::from_str(text).unwrap();
        let (a, b) = (file.skills[0].id.clone(), file.skills[1].id.clone());
        file.skills[0].broader = Some(b.clone());
        let c = Catalogue::from_file_ref(&file).unwrap();
        assert_eq!(c.skills[0].broader, Some(SkillIdx(1)));
        assert_eq!(c.skills[1].broader, None);
        // Through the page's compact first part and rest too.
        let (first, rest) = crate::domain::compact::split(&file);
        let partial = FirstPart::from_file(&first, TermPinyin::of(&first)).unwrap();
        assert_eq!(partial.skills[0].broader, None);
        assert_eq!(partial.with_rest(rest).unwrap(), c);

        let mut unknown = file.clone();
        unknown.skills[1].broader = Some("no-such-skill".into());
        let errors = Catalogue::from_file_ref(&unknown).unwrap_err();
        assert_eq!(errors[0].path, "$.skills[1].broader");
        assert!(matches!(errors[0].kind, Kind::UnknownReference { .. }));

        let mut cycle = file.clone();
        cycle.skills[1].broader = Some(a.clone());
        let errors = Catalogue::from_file_ref(&cycle).unwrap_err();
        assert_eq!(errors[0].path, "$.skills[0].broader");
        assert_eq!(errors[0].kind, Kind::BroaderCycle { cycle: vec![a.clone(), b.clone()] });
        let mut itself = file;
        itself.skills[0].broader = Some(a.clone());
        assert_eq!(Catalogue::from_file_ref(&itself).unwrap_err()[0].kind, Kind::BroaderCycle { cycle: vec![a] });
    }
}
