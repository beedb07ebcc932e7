//! The public page's embedded catalogue in a compact binary form.
//!
//! The public page ships the catalogue's Chinese half inside its wasm. Read from JSON, it brought
//! serde's JSON reader for every type of [`crate::domain::format`] into the page (about 20 KB of
//! a phone's first load) and took the longest start-up steps. `skillgap-cli build` writes the
//! same file in this form as well (`data/public/catalogue.zh.bin`, checked by `build --check` and
//! by a test to decode to exactly what the JSON half parses to); authors and every other reader
//! keep using JSON.
//!
//! Layout: the 4 bytes `SGC3` (a first part: `SGF1`, [`encode_first`]), the [`fingerprint`](crate::domain::english::fingerprint) of the
//! Chinese half's JSON text (8 bytes, little-endian: the English half names it), then the
//! [`CatalogueFile`]'s fields in declaration order. Unsigned integers are LEB128, `f32` its 4
//! bytes little-endian, strings a length and UTF-8, lists a count and their items, `Option` a
//! byte 0 or 1 and the value, enums one byte. [`decode`] never panics and never allocates more
//! than the input could hold.

use std::collections::BTreeMap;

use crate::domain::format::*;
use crate::domain::text::Bilingual;

/// The first bytes of a compact catalogue (the version of this layout is its last).
pub const MAGIC: &[u8; 4] = b"SGC3";

/// The first bytes of the second part, [`Rest`].
pub const REST_MAGIC: &[u8; 4] = b"SGR4";

/// The first bytes of the third part, [`Spine`].
pub const SPINE_MAGIC: &[u8; 4] = b"SGS1";

/// The occupations of the national classification that have no reviewed requirements
/// (`domain::spine`): their codes, names, other names, marks and the requirements mapped from
/// their official tasks, in both languages, and the pinyin of their names. Their definitions
/// and tasks are left to the per-group files (`domain::spine::details_text`). The public page
/// asks for it after the rest; the target and previous-job searches then find every
/// occupation of the classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spine {
    pub occupations: Vec<OccupationEntry>,
    pub pinyin_table: BTreeMap<String, String>,
}

/// `spine` in the compact form, naming the same fingerprint as its first part, whose skills'
/// ids are `skills` (its requirements' references to them are written as positions).
pub fn encode_spine(spine: &Spine, chinese_half: u64, skills: &[String]) -> Vec<u8> {
    let mut spine = spine.clone();
    for r in spine.occupations.iter_mut().flat_map(|o| &mut o.requires) {
        to_position(&mut r.skill, skills);
    }
    write(SPINE_MAGIC, chinese_half, &spine)
}

/// The spine in `bytes`, if it names `chinese_half`, with its references as ids again.
pub fn decode_spine(bytes: &[u8], chinese_half: u64, skills: &[String]) -> Result<Spine, CompactError> {
    let (named, mut spine): (u64, Spine) = read(bytes, SPINE_MAGIC)?;
    if named != chinese_half {
        return Err(CompactError::Mismatch);
    }
    for r in spine.occupations.iter_mut().flat_map(|o| &mut o.requires) {
        to_id(&mut r.skill, skills);
    }
    Ok(spine)
}

/// What the public page's first part leaves out ([`split`]): the occupations' descriptions and
/// requirements (in occupation order), the skills' related skills (in skill order), the
/// courses, the subsidy rules and the demand rows, and the everyday words ([`Words`]). The
/// matching, the planning and what shows their results use them (step 4's result, the
/// suggestions, and the English merge, which makes the whole file), so they travel with those
/// parts' code; the page asks for them as soon as a person starts to use it, so the searches
/// know the everyday words and pinyin by the time they are typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rest {
    pub descriptions: Vec<Bilingual>,
    pub tasks: Vec<Vec<String>>,
    pub requires: Vec<Vec<RequirementEntry>>,
    pub related: Vec<Vec<RelatedSkillEntry>>,
    /// The skills' broader skills (in skill order): only the finding of skills in a worker's own
    /// words reads them.
    pub broader: Vec<Option<String>>,
    pub courses: Vec<CourseEntry>,
    pub subsidy_rules: Vec<SubsidyRuleEntry>,
    pub demand: Vec<DemandEntry>,
    pub words: Words,
    /// The skills' categories (in skill order): only the picture browse reads them.
    pub categories: Vec<String>,
}

/// The everyday words of the catalogue's terms: the other names of every skill, occupation and
/// previous job (in file order) and the pinyin table. Before they arrive the searches find
/// terms by their names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Words {
    pub skills: Vec<Synonyms>,
    pub occupations: Vec<Synonyms>,
    pub origins: Vec<Synonyms>,
    pub pinyin_table: BTreeMap<String, String>,
}

/// The requirements a first part keeps of `requires`: its signature
/// ([`crate::domain::catalogue::signature_of`]), which the skill search needs before the rest.
fn carried(requires: &[RequirementEntry]) -> Vec<RequirementEntry> {
    crate::domain::catalogue::signature_of(requires).into_iter().map(|i| requires[i].clone()).collect()
}

/// `file` as the first part (marked [`CatalogueFile::partial`]) and the rest.
pub fn split(file: &CatalogueFile) -> (CatalogueFile, Rest) {
    let mut first = file.clone();
    let rest = Rest {
        descriptions: first.occupations.iter_mut().map(|o| std::mem::take(&mut o.description)).collect(),
        tasks: first.occupations.iter_mut().map(|o| std::mem::take(&mut o.tasks)).collect(),
        requires: first
            .occupations
            .iter_mut()
            .map(|o| {
                let all = std::mem::take(&mut o.requires);
                o.requires = carried(&all);
                all
            })
            .collect(),
        related: first.skills.iter_mut().map(|x| std::mem::take(&mut x.related)).collect(),
        broader: first.skills.iter_mut().map(|x| x.broader.take()).collect(),
        courses: std::mem::take(&mut first.courses),
        subsidy_rules: std::mem::take(&mut first.subsidy_rules),
        demand: std::mem::take(&mut first.demand),
        words: Words {
            skills: first.skills.iter_mut().map(|x| std::mem::take(&mut x.synonyms)).collect(),
            occupations: first.occupations.iter_mut().map(|x| std::mem::take(&mut x.synonyms)).collect(),
            origins: first.origins.iter_mut().map(|x| std::mem::take(&mut x.synonyms)).collect(),
            pinyin_table: std::mem::take(&mut first.pinyin_table),
        },
        categories: first.skills.iter_mut().map(|x| std::mem::take(&mut x.category)).collect(),
    };
    first.partial = true;
    (first, rest)
}

/// The whole file again from a first part and its rest ([`split`] undone).
pub fn join(first: &CatalogueFile, rest: Rest) -> Result<CatalogueFile, CompactError> {
    let occupations = first.occupations.len();
    // A first part leaves all of it to the rest (but the signature it carries, which must be the
    // rest's): nothing is silently replaced.
    let left_out = first.courses.is_empty()
        && first.subsidy_rules.is_empty()
        && first.demand.is_empty()
        && first.occupations.iter().all(|o| o.tasks.is_empty() && o.description == Bilingual::default())
        && first.occupations.iter().zip(&rest.requires).all(|(o, all)| o.requires == carried(all))
        && first.skills.iter().all(|x| {
            x.related.is_empty() && x.broader.is_none() && x.synonyms == Synonyms::default() && x.category.is_empty()
        })
        && first.occupations.iter().all(|x| x.synonyms == Synonyms::default())
        && first.origins.iter().all(|x| x.synonyms == Synonyms::default())
        && first.pinyin_table.is_empty();
    if !first.partial || !left_out || !rest.fits(first.skills.len(), occupations, first.origins.len()) {
        return Err(CompactError::Mismatch);
    }
    let mut file = first.clone();
    for (((o, d), t), r) in file.occupations.iter_mut().zip(rest.descriptions).zip(rest.tasks).zip(rest.requires) {
        o.description = d;
        o.tasks = t;
        o.requires = r;
    }
    let skills = file.skills.iter_mut().zip(rest.related).zip(rest.broader).zip(rest.words.skills).zip(rest.categories);
    for ((((x, r), b), w), c) in skills {
        x.related = r;
        x.broader = b;
        x.synonyms = w;
        x.category = c;
    }
    for (x, w) in file.occupations.iter_mut().zip(rest.words.occupations) {
        x.synonyms = w;
    }
    for (x, w) in file.origins.iter_mut().zip(rest.words.origins) {
        x.synonyms = w;
    }
    file.pinyin_table = rest.words.pinyin_table;
    file.courses = rest.courses;
    file.subsidy_rules = rest.subsidy_rules;
    file.demand = rest.demand;
    file.partial = false;
    Ok(file)
}

impl Rest {
    /// Whether this is the rest of a first part with that many skills, occupations and previous
    /// jobs: one entry of each of its per-entry lists for each.
    pub fn fits(&self, skills: usize, occupations: usize, origins: usize) -> bool {
        let w = &self.words;
        [self.descriptions.len(), self.tasks.len(), self.requires.len(), w.occupations.len()]
            .iter()
            .all(|&n| n == occupations)
            && [self.related.len(), self.broader.len(), self.categories.len(), w.skills.len()]
                .iter()
                .all(|&n| n == skills)
            && w.origins.len() == origins
    }
}

/// `rest` in the compact form, naming the same fingerprint as its first part, whose skills'
/// ids are `skills` (the rest's references to them are written as positions).
pub fn encode_rest(rest: &Rest, chinese_half: u64, skills: &[String]) -> Vec<u8> {
    let mut rest = rest.clone();
    let courses: Vec<String> = rest.courses.iter().map(|c| c.id.clone()).collect();
    rest_references(&mut rest, &mut |target, r| to_position(r, pick(target, skills, &courses)));
    write(REST_MAGIC, chinese_half, &rest)
}

/// The rest in `bytes`, if it names `chinese_half` (the fingerprint its first part names), with
/// its references as ids again (`skills`: the first part's skills' ids).
pub fn decode_rest(bytes: &[u8], chinese_half: u64, skills: &[String]) -> Result<Rest, CompactError> {
    let (named, mut rest): (u64, Rest) = read(bytes, REST_MAGIC)?;
    if named != chinese_half {
        return Err(CompactError::Mismatch);
    }
    let courses: Vec<String> = rest.courses.iter().map(|c| c.id.clone()).collect();
    rest_references(&mut rest, &mut |target, r| to_id(r, pick(target, skills, &courses)));
    Ok(rest)
}

/// What a reference points at.
#[derive(Clone, Copy)]
enum Target {
    Skill,
    Course,
}

fn pick<'a>(target: Target, skills: &'a [String], courses: &'a [String]) -> &'a [String] {
    match target {
        Target::Skill => skills,
        Target::Course => courses,
    }
}

/// Every reference to a skill or a course in `file`.
fn file_references(file: &mut CatalogueFile, each: &mut dyn FnMut(Target, &mut String)) {
    for s in &mut file.skills {
        for r in &mut s.related {
            each(Target::Skill, &mut r.skill);
        }
        if let Some(b) = &mut s.broader {
            each(Target::Skill, b);
        }
    }
    for o in &mut file.occupations {
        for r in &mut o.requires {
            each(Target::Skill, &mut r.skill);
        }
    }
    for o in &mut file.origins {
        for s in &mut o.skills {
            each(Target::Skill, &mut s.skill);
        }
    }
    courses_references(&mut file.courses, each);
}

/// Every reference to a skill or a course in `rest`.
fn rest_references(rest: &mut Rest, each: &mut dyn FnMut(Target, &mut String)) {
    for r in rest.requires.iter_mut().flatten() {
        each(Target::Skill, &mut r.skill);
    }
    for r in rest.related.iter_mut().flatten() {
        each(Target::Skill, &mut r.skill);
    }
    for b in rest.broader.iter_mut().flatten() {
        each(Target::Skill, b);
    }
    courses_references(&mut rest.courses, each);
}

fn courses_references(courses: &mut [CourseEntry], each: &mut dyn FnMut(Target, &mut String)) {
    for c in courses {
        for t in &mut c.teaches {
            each(Target::Skill, &mut t.skill);
        }
        for p in &mut c.prerequisites {
            each(Target::Course, p);
        }
    }
}

/// A reference written as the position of its entry in `ids` (decimal digits: shorter than most
/// ids); one that names no entry keeps its text behind a `=`, for validation to report.
fn to_position(reference: &mut String, ids: &[String]) {
    *reference = match ids.iter().position(|id| id == reference) {
        Some(at) => at.to_string(),
        None => format!("={reference}"),
    };
}

/// [`to_position`] undone. A position past the end (only in damaged bytes) stays as it is, for
/// validation to report as an unknown reference.
fn to_id(reference: &mut String, ids: &[String]) {
    if let Some(text) = reference.strip_prefix('=') {
        *reference = text.to_owned();
    } else if let Some(id) = reference.parse::<usize>().ok().and_then(|at| ids.get(at)) {
        reference.clone_from(id);
    }
}

fn ids_of(file: &CatalogueFile) -> (Vec<String>, Vec<String>) {
    (file.skills.iter().map(|x| x.id.clone()).collect(), file.courses.iter().map(|c| c.id.clone()).collect())
}

/// `magic`, the fingerprint `chinese_half` (8 bytes, little-endian), then `value`.
fn write<T: Compact>(magic: &[u8; 4], chinese_half: u64, value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(256 * 1024);
    out.extend_from_slice(magic);
    out.extend_from_slice(&chinese_half.to_le_bytes());
    value.put(&mut out);
    out
}

/// What [`write`] wrote: the fingerprint and the value, with nothing left over.
fn read<T: Compact>(bytes: &[u8], magic: &[u8; 4]) -> Result<(u64, T), CompactError> {
    let body = bytes.strip_prefix(magic.as_slice()).ok_or(CompactError::NotCompact)?;
    let mut r = Reader { bytes: body, at: 0 };
    let named = u64::from_le_bytes(r.take_array::<8>()?);
    let value = T::take(&mut r)?;
    if r.at != r.bytes.len() {
        return Err(CompactError::Trailing(r.at + magic.len()));
    }
    Ok((named, value))
}

/// Why bytes are not a compact catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompactError {
    /// Not this layout (another version, or not a catalogue at all).
    NotCompact,
    /// The bytes end inside a value (at this offset).
    Truncated(usize),
    /// A value that cannot be (a string that is not UTF-8, an unknown enum tag, a number too
    /// large), at this offset.
    Invalid(usize),
    /// Bytes left over after the catalogue.
    Trailing(usize),
    /// The two parts come from different catalogues.
    Mismatch,
}

impl std::fmt::Display for CompactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompactError::NotCompact => f.write_str("not a compact catalogue"),
            CompactError::Truncated(at) => write!(f, "the compact catalogue ends early (byte {at})"),
            CompactError::Invalid(at) => write!(f, "the compact catalogue has an impossible value at byte {at}"),
            CompactError::Trailing(at) => write!(f, "the compact catalogue has extra bytes from byte {at}"),
            CompactError::Mismatch => f.write_str("the compact catalogue's two parts do not belong together"),
        }
    }
}

impl From<CompactError> for crate::domain::CatalogueError {
    fn from(e: CompactError) -> Self {
        let byte = match e {
            CompactError::NotCompact | CompactError::Mismatch => 0,
            CompactError::Truncated(at) | CompactError::Invalid(at) | CompactError::Trailing(at) => at,
        };
        crate::domain::CatalogueError::new("$", crate::domain::CatalogueErrorKind::Damaged { byte })
    }
}

/// `file` in the compact form, naming `chinese_half` (the fingerprint of its JSON text). Its
/// references to skills and courses are written as positions: they exist only in this form,
/// never in a JSON file.
pub fn encode(file: &CatalogueFile, chinese_half: u64) -> Vec<u8> {
    let mut file = file.clone();
    let (skills, courses) = ids_of(&file);
    file_references(&mut file, &mut |target, r| to_position(r, pick(target, &skills, &courses)));
    write(MAGIC, chinese_half, &file)
}

/// The fingerprint a compact catalogue or first part names, read from its header alone.
pub fn fingerprint(bytes: &[u8]) -> Result<u64, CompactError> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .or_else(|| bytes.strip_prefix(FIRST_MAGIC.as_slice()))
        .ok_or(CompactError::NotCompact)?;
    Ok(u64::from_le_bytes(Reader { bytes: rest, at: 0 }.take_array::<8>()?))
}

/// The first bytes of a first part ([`encode_first`]).
pub const FIRST_MAGIC: &[u8; 4] = b"SGF1";

/// A first part's fields: a [`CatalogueFile`]'s but the ones a first part leaves empty (the
/// courses, subsidy rules, demand and pinyin table, which the rest brings), so that the page's
/// first load has no code to read them.
struct FirstFields {
    format_version: u32,
    edition: String,
    publisher: Bilingual,
    illustrative: bool,
    sources: Vec<SourceEntry>,
    levels: Vec<LevelEntry>,
    industries: Vec<IndustryEntry>,
    skills: Vec<SkillEntry>,
    occupations: Vec<OccupationEntry>,
    origins: Vec<OriginEntry>,
    partial: bool,
}

/// A first part ([`split`]) in the compact form: as [`encode`], without the fields a first part
/// leaves empty. `None` for a file that has any of them, which is no first part.
pub fn encode_first(first: &CatalogueFile, chinese_half: u64) -> Option<Vec<u8>> {
    if !(first.partial
        && first.courses.is_empty()
        && first.subsidy_rules.is_empty()
        && first.demand.is_empty()
        && first.pinyin_table.is_empty())
    {
        return None;
    }
    let mut file = first.clone();
    let (skills, courses) = ids_of(&file);
    file_references(&mut file, &mut |target, r| to_position(r, pick(target, &skills, &courses)));
    let fields = FirstFields {
        format_version: file.format_version,
        edition: file.edition,
        publisher: file.publisher,
        illustrative: file.illustrative,
        sources: file.sources,
        levels: file.levels,
        industries: file.industries,
        skills: file.skills,
        occupations: file.occupations,
        origins: file.origins,
        partial: file.partial,
    };
    Some(write(FIRST_MAGIC, chinese_half, &fields))
}

/// The first part in `bytes` ([`encode_first`]) and the fingerprint it names, its references as
/// ids again.
pub fn decode_first(bytes: &[u8]) -> Result<(u64, CatalogueFile), CompactError> {
    let (named, f): (u64, FirstFields) = read(bytes, FIRST_MAGIC)?;
    let mut file = CatalogueFile {
        format_version: f.format_version,
        edition: f.edition,
        publisher: f.publisher,
        illustrative: f.illustrative,
        sources: f.sources,
        levels: f.levels,
        industries: f.industries,
        skills: f.skills,
        occupations: f.occupations,
        origins: f.origins,
        courses: Vec::new(),
        subsidy_rules: Vec::new(),
        demand: Vec::new(),
        pinyin_table: BTreeMap::new(),
        partial: f.partial,
    };
    let (skills, courses) = ids_of(&file);
    file_references(&mut file, &mut |target, r| to_id(r, pick(target, &skills, &courses)));
    Ok((named, file))
}

/// The file in `bytes` and the fingerprint it names, its references as ids again.
pub fn decode(bytes: &[u8]) -> Result<(u64, CatalogueFile), CompactError> {
    let (named, mut file): (u64, CatalogueFile) = read(bytes, MAGIC)?;
    let (skills, courses) = ids_of(&file);
    file_references(&mut file, &mut |target, r| to_id(r, pick(target, &skills, &courses)));
    Ok((named, file))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, CompactError> {
        let b = *self.bytes.get(self.at).ok_or(CompactError::Truncated(self.at))?;
        self.at += 1;
        Ok(b)
    }

    fn take_array<const N: usize>(&mut self) -> Result<[u8; N], CompactError> {
        let end = self.at.checked_add(N).filter(|&e| e <= self.bytes.len()).ok_or(CompactError::Truncated(self.at))?;
        let mut a = [0; N];
        a.copy_from_slice(&self.bytes[self.at..end]);
        self.at = end;
        Ok(a)
    }

    fn uint(&mut self) -> Result<u64, CompactError> {
        let start = self.at;
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(CompactError::Invalid(start))
    }

    /// A count of items each at least one byte long: never more than the bytes left.
    fn count(&mut self) -> Result<usize, CompactError> {
        let start = self.at;
        let n = self.uint()?;
        usize::try_from(n).ok().filter(|&n| n <= self.bytes.len() - self.at).ok_or(CompactError::Invalid(start))
    }
}

fn put_uint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

trait Compact: Sized {
    fn put(&self, out: &mut Vec<u8>);
    fn take(r: &mut Reader) -> Result<Self, CompactError>;
}

impl Compact for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, *self);
    }
    fn take(r: &mut Reader) -> Result<Self, CompactError> {
        r.uint()
    }
}

macro_rules! compact_uint {
    ($($t:ty),*) => {$(
        impl Compact for $t {
            fn put(&self, out: &mut Vec<u8>) {
                put_uint(out, u64::from(*self));
            }
            fn take(r: &mut Reader) -> Result<Self, CompactError> {
                let at = r.at;
                <$t>::try_from(r.uint()?).map_err(|_| CompactError::Invalid(at))
            }
        }
    )*};
}
compact_uint!(u8, u32);

impl Compact for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn take(r: &mut Reader) -> Result<Self, CompactError> {
        let at = r.at;
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(CompactError::Invalid(at)),
        }
    }
}

impl Compact for f32 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(r: &mut Reader) -> Result<Self, CompactError> {
        Ok(f32::from_le_bytes(r.take_array::<4>()?))
    }
}

impl Compact for String {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, self.len() as u64);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader) -> Result<Self, CompactError> {
        let at = r.at;
        let n = r.count()?;
        let bytes = &r.bytes[r.at..r.at + n];
        r.at += n;
        String::from_utf8(bytes.to_vec()).map_err(|_| CompactError::Invalid(at))
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, self.len() as u64);
        for item in self {
            item.put(out);
        }
    }
    fn take(r: &mut Reader) -> Result<Self, CompactError> {
        let n = r.count()?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::take(r)?);
        }
        Ok(items)
    }
}

impl<T: Compact> Compact for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.put(out);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, CompactError> {
        Ok(if bool::take(r)? { Some(T::take(r)?) } else { None })
    }
}

impl Compact for BTreeMap<String, String> {
    fn put(&self, out: &mut Vec<u8>) {
        put_uint(out, self.len() as u64);
        for (k, v) in self {
            k.put(out);
            v.put(out);
        }
    }
    fn take(r: &mut Reader) -> Result<Self, CompactError> {
        let n = r.count()?;
        let mut map = BTreeMap::new();
        for _ in 0..n {
            let k = String::take(r)?;
            map.insert(k, String::take(r)?);
        }
        Ok(map)
    }
}

/// A struct as its fields in order. Every field must be named: `take` builds the struct with a
/// literal, so a field added to the type and not here does not compile.
macro_rules! compact_struct {
    ($($t:ident { $($field:ident),* $(,)? })*) => {$(
        impl Compact for $t {
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$field.put(out);)*
            }
            // Not inlined into one another: one body per type keeps the page's code small.
            #[inline(never)]
            fn take(r: &mut Reader) -> Result<Self, CompactError> {
                Ok($t { $($field: Compact::take(r)?,)* })
            }
        }
    )*};
}

/// An enum as one byte. `put`'s match is exhaustive, so a variant added to the type and not here
/// does not compile.
macro_rules! compact_enum {
    ($($t:ident { $($tag:literal => $variant:ident),* $(,)? })*) => {$(
        impl Compact for $t {
            fn put(&self, out: &mut Vec<u8>) {
                out.push(match self { $($t::$variant => $tag,)* });
            }
            fn take(r: &mut Reader) -> Result<Self, CompactError> {
                let at = r.at;
                match r.byte()? {
                    $($tag => Ok($t::$variant),)*
                    _ => Err(CompactError::Invalid(at)),
                }
            }
        }
    )*};
}

compact_struct! {
    Bilingual { zh, en }
    CatalogueFile {
        format_version, edition, publisher, illustrative, sources, levels, industries, skills,
        occupations, origins, courses, subsidy_rules, demand, pinyin_table, partial,
    }
    Rest { descriptions, tasks, requires, related, broader, courses, subsidy_rules, demand, words, categories }
    Words { skills, occupations, origins, pinyin_table }
    Spine { occupations, pinyin_table }
    FirstFields {
        format_version, edition, publisher, illustrative, sources, levels, industries, skills,
        occupations, origins, partial,
    }
    DemandEntry { code, city, openings, wage_low, wage_high, period, source, months }
    SourceEntry { id, name, licence, covers }
    LevelEntry { level, name, plain }
    IndustryEntry { id, name, kind, base }
    Synonyms { zh, en }
    RelatedSkillEntry { skill, similarity }
    SkillEntry { id, name, synonyms, pinyin, category, related, former_ids, broader }
    RequirementEntry { skill, level, weight }
    OccupationEntry { id, code, name, synonyms, description, tasks, green, digital, industries, shortage, requirements_from, requires }
    ProfileSkillEntry { skill, level }
    OriginEntry { id, name, synonyms, pinyin, skills }
    CertificateEntry { kind, grade, name }
    TeachesEntry { skill, level }
    CourseEntry { id, name, provider, hours, teaches, certificate, subsidy, mode, cities, months, prerequisites, cost }
    SubsidyRuleEntry { id, name, amount }
}

compact_enum! {
    IndustryKind { 0 => Base, 1 => Cluster }
    ProviderType { 0 => TechnicalSchool, 1 => TrainingInstitution, 2 => Enterprise, 3 => PublicTrainingBase, 4 => Online }
    DeliveryMode { 0 => InPerson, 1 => Online, 2 => Blended }
    CertificateKind { 0 => National, 1 => Special }
    RequirementSource { 0 => Reviewed, 1 => Tasks }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CatalogueFile {
        serde_json::from_str(include_str!("../../../../data/catalogue.sample.json")).unwrap()
    }

    #[test]
    fn a_file_comes_back_as_it_went_in() {
        let file = sample();
        let bytes = encode(&file, 0x0123_4567_89ab_cdef);
        assert_eq!(decode(&bytes), Ok((0x0123_4567_89ab_cdef, file)));
    }

    #[test]
    fn references_are_positions_in_the_compact_form_only() {
        let mut file = sample();
        let skill = file.skills[3].id.clone();
        file.occupations[0].requires[0].skill.clone_from(&skill);
        file.courses[0].teaches[0].skill = "no-such-skill".into();
        let bytes = encode(&file, 1);
        // Every reference to the skill is written as its position: its id occurs that many times
        // fewer in the compact form than in the JSON text.
        let count = |haystack: &[u8]| haystack.windows(skill.len()).filter(|w| *w == skill.as_bytes()).count();
        let mut references = 0;
        let mut probe = file.clone();
        file_references(&mut probe, &mut |_, r| references += usize::from(*r == skill));
        assert!(references >= 1);
        assert_eq!(count(&bytes) + references, count(serde_json::to_string(&file).unwrap().as_bytes()));
        // Decoded, every reference is an id again, and one that named nothing still does.
        assert_eq!(decode(&bytes), Ok((1, file.clone())));
        let (first, rest) = split(&file);
        let skills: Vec<String> = first.skills.iter().map(|x| x.id.clone()).collect();
        let back = decode_rest(&encode_rest(&rest, 1, &skills), 1, &skills).unwrap();
        assert_eq!(back.requires[0][0].skill, skill);
        assert_eq!(back.courses[0].teaches[0].skill, "no-such-skill");
    }

    #[test]
    fn every_cut_or_damaged_copy_is_refused_without_a_panic() {
        let bytes = encode(&sample(), 7);
        assert_eq!(decode(b"{\"format_version\":1}"), Err(CompactError::NotCompact));
        for end in 0..bytes.len() {
            assert!(decode(&bytes[..end]).is_err(), "cut at {end}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), Err(CompactError::Trailing(bytes.len())));
        // A count far larger than the bytes left is refused before anything is allocated.
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&[0; 8]);
        huge.extend_from_slice(&[1, 0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert!(matches!(decode(&huge), Err(CompactError::Invalid(_))));
    }

    #[test]
    fn the_two_parts_make_the_whole_file_again() {
        let file = sample();
        let (first, rest) = split(&file);
        assert!(first.partial && first.courses.is_empty() && first.demand.is_empty());
        assert!(first.occupations.iter().all(|o| o.description.zh.is_empty() && o.tasks.is_empty()));
        // Of the requirements, the first part carries each occupation's signature only.
        for (o, all) in first.occupations.iter().zip(&rest.requires) {
            let signature = crate::domain::catalogue::signature_of(all);
            assert_eq!(o.requires, signature.iter().map(|&i| all[i].clone()).collect::<Vec<_>>());
            assert!(o.requires.len() <= crate::domain::catalogue::SIGNATURE);
        }
        assert!(first.skills.iter().all(|x| x.related.is_empty()));
        let skills: Vec<String> = first.skills.iter().map(|x| x.id.clone()).collect();
        let bytes = encode_rest(&rest, 9, &skills);
        assert_eq!(decode_rest(&bytes, 9, &skills).as_ref(), Ok(&rest));
        assert_eq!(join(&first, rest.clone()), Ok(file.clone()));
        // The first part round-trips with its mark.
        assert_eq!(decode(&encode(&first, 9)).map(|(_, f)| f.partial), Ok(true));
        // A rest that names another first part, or does not fit this one, is refused.
        assert_eq!(decode_rest(&bytes, 8, &skills), Err(CompactError::Mismatch));
        assert_eq!(join(&file, rest.clone()), Err(CompactError::Mismatch), "a whole file is not a first part");
        let marked_whole = CatalogueFile { partial: true, ..file.clone() };
        assert_eq!(join(&marked_whole, rest.clone()), Err(CompactError::Mismatch), "a first part with courses");
        let mut fewer = rest;
        fewer.descriptions.pop();
        assert_eq!(join(&first, fewer), Err(CompactError::Mismatch));
        for end in 0..bytes.len() {
            assert!(decode_rest(&bytes[..end], 9, &skills).is_err(), "cut at {end}");
        }
    }

    #[test]
    fn a_first_part_comes_back_as_it_went_in_without_the_rest_s_fields() {
        let (first, _) = split(&sample());
        let bytes = encode_first(&first, 3).expect("a first part");
        assert_eq!(decode_first(&bytes), Ok((3, first.clone())));
        assert_eq!(fingerprint(&bytes), Ok(3));
        assert!(bytes.len() < encode(&first, 3).len(), "shorter than the whole file's form");
        assert_eq!(encode_first(&sample(), 3), None, "a whole file is no first part");
        assert_eq!(decode_first(&encode(&first, 3)), Err(CompactError::NotCompact));
        for end in 0..bytes.len() {
            assert!(decode_first(&bytes[..end]).is_err(), "cut at {end}");
        }
    }

    #[test]
    fn the_spine_comes_back_as_it_went_in_and_names_its_first_part() {
        let file = sample();
        let skills: Vec<String> = file.skills.iter().map(|x| x.id.clone()).collect();
        let mut occupation = file.occupations[0].clone();
        occupation.id = "csco-6-99-99-99".into();
        occupation.requirements_from = RequirementSource::Tasks;
        let spine = Spine { occupations: vec![occupation], pinyin_table: file.pinyin_table.clone() };
        let bytes = encode_spine(&spine, 5, &skills);
        assert_eq!(decode_spine(&bytes, 5, &skills), Ok(spine));
        assert_eq!(decode_spine(&bytes, 6, &skills), Err(CompactError::Mismatch));
        for end in 0..bytes.len() {
            assert!(decode_spine(&bytes[..end], 5, &skills).is_err(), "cut at {end}");
        }
    }

    proptest::proptest! {
        /// Any bytes after the magic are refused or read, never a panic; and a byte changed in a
        /// real file gives an error or a file, never a panic either.
        #[test]
        fn any_bytes_are_read_or_refused(tail in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let mut bytes = MAGIC.to_vec();
            bytes.extend_from_slice(&tail);
            let _ = decode(&bytes);
        }

        #[test]
        fn a_damaged_byte_is_read_or_refused(at in 12usize..2000, value in proptest::num::u8::ANY) {
            let mut bytes = encode(&sample(), 1);
            let at = at % bytes.len();
            bytes[at] = value;
            let _ = decode(&bytes);
        }
    }
}
