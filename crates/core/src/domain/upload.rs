//! Files a counsellor uploads in the browser: which importer they go to, and one error type
//! for everything that can go wrong, in the user's language.

use crate::domain::catalogue::Catalogue;
use crate::domain::error::CatalogueError;
use crate::domain::format::CatalogueFile;
use crate::domain::import::courses::apply_courses;
use crate::domain::import::demand::apply_demand;
use crate::domain::import::esco::{self, EscoFiles};
use crate::domain::import::onet::{self, OnetFiles};
use crate::domain::import::requirements::apply_requirements;
use crate::domain::import::shortage::{apply_shortage, ShortageOutcome};
use crate::domain::import::{decode_upload, ImportError, ImportErrorKind, ImportReport};
use crate::domain::text::Lang;

/// What the person asked to load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadKind {
    /// A catalogue file in our format (JSON).
    Catalogue,
    /// The three ESCO CSV files.
    Esco,
    /// O*NET `Occupation Data`, `Skills` and optionally `Knowledge` (TSV).
    Onet,
    /// A shortage list (CSV in any encoding read, or a workbook) applied to the loaded catalogue.
    Shortage,
    /// A demand table (openings by occupation and city; CSV or a workbook) replacing the loaded
    /// one.
    Demand,
    /// A course table (CSV or a workbook) adding or replacing courses by id.
    Courses,
    /// A requirements table (CSV or a workbook) replacing the requirements of the occupations it
    /// names.
    Requirements,
}

/// Why an upload was not loaded. Nothing already loaded changes when this happens.
#[derive(Clone, Debug, PartialEq)]
pub enum UploadError {
    /// A file could not be read or imported.
    Import(ImportError),
    /// The result is not a valid catalogue.
    Catalogue(Vec<CatalogueError>),
    /// A file the importer needs was not among those chosen (its expected name).
    MissingFile(&'static str),
}

impl UploadError {
    /// Every message line, in `lang`.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        match self {
            UploadError::Import(e) => vec![e.message(lang)],
            UploadError::Catalogue(errors) => errors.iter().take(50).map(|e| e.message(lang)).collect(),
            UploadError::MissingFile(name) => vec![match lang {
                Lang::Zh => format!("缺少文件 {name}"),
                Lang::En => format!("the file {name} is missing"),
            }],
        }
    }
}

impl From<ImportError> for UploadError {
    fn from(e: ImportError) -> Self {
        UploadError::Import(e)
    }
}

/// A successfully loaded upload.
#[derive(Debug)]
pub struct Loaded {
    pub file: CatalogueFile,
    pub catalogue: Catalogue,
    pub report: ImportReport,
    /// For shortage lists: occupations flagged and cleared; for demand tables: rows loaded and
    /// rows replaced.
    pub shortage: Option<(usize, usize)>,
    pub demand: Option<(usize, usize)>,
    /// For course tables: courses added and courses replaced.
    pub courses: Option<(usize, usize)>,
    /// For requirements tables: occupations whose requirements were replaced, and their rows.
    pub requirements: Option<(usize, usize)>,
}

/// An uploaded file: its name and bytes.
pub type Upload = (String, Vec<u8>);

/// The text of the file named `exact`, or else of the first whose name contains `needle`
/// (case-insensitive).
fn find<'a>(files: &'a [Upload], exact: &str, needle: &str) -> Option<Result<std::borrow::Cow<'a, str>, ImportError>> {
    let needle = needle.to_lowercase();
    files
        .iter()
        .find(|(n, _)| n == exact)
        .or_else(|| files.iter().find(|(n, _)| n.to_lowercase().contains(&needle)))
        .map(|(n, b)| decode_upload(n, b))
}

fn require<'a>(
    files: &'a [Upload],
    exact: &'static str,
    needle: &str,
) -> Result<std::borrow::Cow<'a, str>, UploadError> {
    Ok(find(files, exact, needle).ok_or(UploadError::MissingFile(exact))??)
}

/// Loads `files` as `kind`. For [`UploadKind::Shortage`], `current` is the catalogue file the
/// list applies to.
pub fn load_upload(kind: UploadKind, files: &[Upload], current: &CatalogueFile) -> Result<Loaded, UploadError> {
    let mut courses = None;
    let mut requirements = None;
    let (file, report, shortage, demand) = match kind {
        UploadKind::Catalogue => {
            let (name, bytes) = files.first().ok_or(UploadError::MissingFile("catalogue.json"))?;
            let text = decode_upload(name, bytes)?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let file: CatalogueFile = serde_json::from_str(text).map_err(|e| {
                let problem = crate::domain::error::JsonProblem::of(&e);
                UploadError::Import(ImportError::new(
                    name,
                    Some(e.line() as u64),
                    ImportErrorKind::Json { column: e.column(), problem },
                ))
            })?;
            (file, ImportReport::default(), None, None)
        }
        UploadKind::Esco => {
            let occupations = require(files, esco::OCCUPATIONS_FILE, "occupations")?;
            let skills = require(files, esco::SKILLS_FILE, "skills_")?;
            let relations = require(files, esco::RELATIONS_FILE, "occupationskillrelations")?;
            let (file, report) =
                esco::import_esco(EscoFiles { occupations: &occupations, skills: &skills, relations: &relations })?;
            (file, report, None, None)
        }
        UploadKind::Onet => {
            let occupations = require(files, onet::OCCUPATIONS_FILE, "occupation data")?;
            let skills = require(files, onet::SKILLS_FILE, "skills")?;
            let knowledge = find(files, onet::KNOWLEDGE_FILE, "knowledge").transpose()?;
            let (file, report) = onet::import_onet(OnetFiles {
                occupations: &occupations,
                skills: &skills,
                knowledge: knowledge.as_deref(),
            })?;
            (file, report, None, None)
        }
        UploadKind::Shortage => {
            let (name, bytes) = files.first().ok_or(UploadError::MissingFile("shortage.csv"))?;
            let mut file = current.clone();
            let ShortageOutcome { flagged, cleared, report } = apply_shortage(&mut file, name, bytes.as_slice())?;
            (file, report, Some((flagged, cleared)), None)
        }
        UploadKind::Demand => {
            let (name, bytes) = files.first().ok_or(UploadError::MissingFile("demand.csv"))?;
            let mut file = current.clone();
            let outcome = apply_demand(&mut file, name, bytes.as_slice())?;
            (file, outcome.report, None, Some((outcome.rows, outcome.replaced)))
        }
        UploadKind::Courses => {
            let (name, bytes) = files.first().ok_or(UploadError::MissingFile("courses.xlsx"))?;
            let mut file = current.clone();
            let outcome = apply_courses(&mut file, name, bytes.as_slice())?;
            courses = Some((outcome.added, outcome.replaced));
            (file, outcome.report, None, None)
        }
        UploadKind::Requirements => {
            let (name, bytes) = files.first().ok_or(UploadError::MissingFile("requirements.xlsx"))?;
            let mut file = current.clone();
            let outcome = apply_requirements(&mut file, name, bytes.as_slice())?;
            requirements = Some((outcome.occupations, outcome.rows));
            (file, outcome.report, None, None)
        }
    };
    let catalogue = Catalogue::from_file_ref(&file).map_err(UploadError::Catalogue)?;
    Ok(Loaded { file, catalogue, report, shortage, demand, courses, requirements })
}
