//! The catalogue's English texts, kept apart from the rest so that the public page's first load
//! carries only what a Chinese-speaking job seeker reads (the English half is 29 KB of the
//! catalogue's 112 KB gzip).
//!
//! [`split`] takes every English text out of a catalogue file; `skillgap-cli build` writes both
//! halves next to the full catalogue (`data/public/`). [`apply`] puts them back when a person
//! switches to English. The texts travel in the order [`visit`] walks the file, so both halves
//! must come from the same catalogue: the English half names the edition and the number of
//! texts, and [`apply`] refuses another.

use serde::{Deserialize, Serialize};

use crate::domain::format::CatalogueFile;
use crate::domain::text::Bilingual;
use crate::domain::Catalogue;

/// The English half of a catalogue file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EnglishTexts {
    /// The edition of the catalogue the texts belong to.
    pub edition: String,
    /// The [`fingerprint`] of the Chinese half's file these texts belong to (hex): texts are
    /// matched by position, so only that exact file will do.
    pub chinese_half: String,
    /// One text per bilingual field, in [`visit`] order.
    pub texts: Vec<String>,
    /// One list per synonym list, in [`visit`] order.
    pub lists: Vec<Vec<String>>,
}

/// Why an English half cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnglishError {
    /// Not an English half at all (not JSON, or another shape): the parser's message.
    Malformed(String),
    /// The English half of another edition.
    OtherEdition { expected: String, found: String },
    /// The English half of another build of the same edition (the page is older or newer than
    /// the server's files: reloading the page fixes it).
    OtherBuild,
    /// The same edition with another number of texts or lists (a hand-edited file).
    WrongCount { texts: (usize, usize), lists: (usize, usize) },
}

impl std::fmt::Display for EnglishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EnglishError::Malformed(detail) => write!(f, "not an English half of a catalogue: {detail}"),
            EnglishError::OtherEdition { expected, found } => {
                write!(f, "English texts of edition {found}, the catalogue is edition {expected}")
            }
            EnglishError::OtherBuild => write!(f, "English texts of another build of this catalogue"),
            EnglishError::WrongCount { texts, lists } => write!(
                f,
                "{} English texts and {} lists for a catalogue with {} and {}",
                texts.1, lists.1, texts.0, lists.0
            ),
        }
    }
}

/// Every bilingual text and every synonym list of `file`, in a fixed order.
fn visit(file: &mut CatalogueFile, text: &mut dyn FnMut(&mut Bilingual), list: &mut dyn FnMut(&mut Vec<String>)) {
    text(&mut file.publisher);
    for s in &mut file.sources {
        text(&mut s.name);
    }
    // In the order of their values, as a validated catalogue keeps them ([`attach`]).
    let mut levels: Vec<&mut crate::domain::format::LevelEntry> = file.levels.iter_mut().collect();
    crate::domain::order::sort_by_key(&mut levels, |l| l.level);
    for l in levels {
        text(&mut l.name);
        text(&mut l.plain);
    }
    for i in &mut file.industries {
        text(&mut i.name);
    }
    for s in &mut file.skills {
        text(&mut s.name);
        list(&mut s.synonyms.en);
    }
    for o in &mut file.occupations {
        text(&mut o.name);
        list(&mut o.synonyms.en);
        text(&mut o.description);
    }
    for o in &mut file.origins {
        text(&mut o.name);
        list(&mut o.synonyms.en);
    }
    for c in &mut file.courses {
        text(&mut c.name);
        if let Some(certificate) = &mut c.certificate {
            text(&mut certificate.name);
        }
    }
    for r in &mut file.subsidy_rules {
        text(&mut r.name);
    }
}

/// `file` without its English texts, and the texts. `chinese_half` fingerprints the Chinese
/// half's file as written (see [`chinese_half_text`]).
pub fn split(file: &CatalogueFile) -> (CatalogueFile, EnglishTexts) {
    let mut chinese = file.clone();
    let mut english = EnglishTexts { edition: file.edition.clone(), ..EnglishTexts::default() };
    let mut texts = Vec::new();
    let mut lists = Vec::new();
    visit(&mut chinese, &mut |b| texts.push(std::mem::take(&mut b.en)), &mut |l| lists.push(std::mem::take(l)));
    english.texts = texts;
    english.lists = lists;
    english.chinese_half = format!("{:016x}", fingerprint(&chinese_half_text(&chinese)));
    (chinese, english)
}

/// The Chinese half's file as written (and embedded): compact JSON and a newline.
pub fn chinese_half_text(chinese: &CatalogueFile) -> String {
    serde_json::to_string(chinese).unwrap_or_default() + "\n"
}

/// `file` (read from a text whose [`fingerprint`] is `chinese_half`) with the English texts of
/// `english` put back: the whole file ([`split`] undone; the app attaches the texts to a
/// validated catalogue instead, [`attach`]).
pub fn apply(file: &CatalogueFile, chinese_half: u64, english: &EnglishTexts) -> Result<CatalogueFile, EnglishError> {
    if english.edition != file.edition {
        return Err(EnglishError::OtherEdition { expected: file.edition.clone(), found: english.edition.clone() });
    }
    if english.chinese_half != format!("{chinese_half:016x}") {
        return Err(EnglishError::OtherBuild);
    }
    let mut full = file.clone();
    let (mut texts, mut lists) = (0, 0);
    visit(
        &mut full,
        &mut |b| {
            b.en = english.texts.get(texts).cloned().unwrap_or_default();
            texts += 1;
        },
        &mut |l| {
            *l = english.lists.get(lists).cloned().unwrap_or_default();
            lists += 1;
        },
    );
    if texts != english.texts.len() || lists != english.lists.len() {
        return Err(EnglishError::WrongCount {
            texts: (texts, english.texts.len()),
            lists: (lists, english.lists.len()),
        });
    }
    Ok(full)
}

/// `catalogue` (validated from the Chinese half whose [`fingerprint`] is `chinese_half`) with the
/// English texts of `english` attached, in [`visit`] order: nothing is joined, parsed or
/// validated again (the texts are words to show, not references).
pub fn attach(catalogue: &Catalogue, chinese_half: u64, english: &EnglishTexts) -> Result<Catalogue, EnglishError> {
    if english.edition != catalogue.edition {
        return Err(EnglishError::OtherEdition { expected: catalogue.edition.clone(), found: english.edition.clone() });
    }
    if english.chinese_half != format!("{chinese_half:016x}") {
        return Err(EnglishError::OtherBuild);
    }
    let mut full = catalogue.clone();
    let (mut texts, mut lists) = (english.texts.iter(), english.lists.iter());
    let (mut want_texts, mut want_lists) = (0, 0);
    let mut text = |b: &mut Bilingual| {
        want_texts += 1;
        b.en = texts.next().cloned().unwrap_or_default();
    };
    let mut list = |l: &mut Vec<String>| {
        want_lists += 1;
        *l = lists.next().cloned().unwrap_or_default();
    };
    let (terms, courses, subsidy_rules) = full.parts_mut();
    text(&mut terms.publisher);
    for s in &mut terms.sources {
        text(&mut s.name);
    }
    for l in &mut terms.levels {
        text(&mut l.name);
        text(&mut l.plain);
    }
    for i in &mut terms.industries {
        text(&mut i.name);
    }
    for s in &mut terms.skills {
        text(&mut s.name);
        list(&mut s.synonyms.en);
    }
    // A derived occupation (`domain::spine`) brings its English name with it: the English half
    // has none of its texts.
    for o in terms.occupations.iter_mut().filter(|o| o.requirements_from.is_reviewed()) {
        text(&mut o.name);
        list(&mut o.synonyms.en);
        text(&mut o.description);
    }
    for o in &mut terms.origins {
        text(&mut o.name);
        list(&mut o.synonyms.en);
    }
    for c in courses.iter_mut() {
        text(&mut c.name);
        if let Some(certificate) = &mut c.certificate {
            text(&mut certificate.name);
        }
    }
    for r in subsidy_rules.iter_mut() {
        text(&mut r.name);
    }
    if want_texts != english.texts.len() || want_lists != english.lists.len() {
        return Err(EnglishError::WrongCount {
            texts: (want_texts, english.texts.len()),
            lists: (want_lists, english.lists.len()),
        });
    }
    Ok(full)
}

/// Reads an English half (the file `skillgap-cli build` writes).
pub fn parse(text: &str) -> Result<EnglishTexts, EnglishError> {
    serde_json::from_str(text).map_err(|e| EnglishError::Malformed(e.to_string()))
}

/// A short fingerprint of a text (FNV-1a, 64 bits, not a security measure): the English half
/// names the Chinese half it belongs to, and the public page also puts it in the address so
/// that HTTP caches keep the halves of different builds apart.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}
