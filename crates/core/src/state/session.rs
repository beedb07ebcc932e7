//! The session: the loaded catalogue (and the file it came from), the assessment and its undo
//! history, and what the page knows about saving and about the catalogue's English half. One
//! reducer keeps them together, so the assessment never refers to another catalogue's indices.
//! The web app holds it in a Yew reducer (`ui::app`); nothing here touches the browser.

use std::cell::OnceCell;
use std::ops::Deref;
use std::rc::Rc;

use crate::domain::catalogue::{FirstPart, Terms};
use crate::domain::english::{self, EnglishError, EnglishTexts};
use crate::domain::format::CatalogueFile;
use crate::domain::search::SearchIndex;
use crate::domain::{Catalogue, CatalogueError};
use crate::state::export::{AssessmentError, AssessmentExport};
use crate::state::restore::{open, Notice, Startup};
use crate::state::{AssessmentAction, AssessmentState};

/// A shared, immutable catalogue — the public page's first part or a whole one — and the search
/// indexes made from it. It shows every view's [`Terms`]; what needs the whole catalogue asks
/// [`CatalogueHandle::whole`]. Two handles are equal when they point at the same catalogue, so
/// passing one as a prop never compares contents.
#[derive(Clone, Debug)]
pub struct CatalogueHandle(Rc<Shared>);

#[derive(Debug)]
struct Shared {
    part: Part,
    /// Built the first time they are asked for, once per catalogue.
    skills: OnceCell<SearchIndex>,
    origins: OnceCell<SearchIndex>,
    occupations: OnceCell<SearchIndex>,
}

#[derive(Debug)]
// One per catalogue, behind the handle's `Rc`: its size does not matter.
#[allow(clippy::large_enum_variant)]
enum Part {
    /// The public page's first load, and the whole catalogue once a part that needs it has
    /// made it (once).
    First {
        first: FirstPart,
        whole: OnceCell<Result<WholeCatalogue, CatalogueError>>,
    },
    Whole(WholeCatalogue),
}

/// A whole catalogue, shared. Two are equal when they are the same one.
#[derive(Clone, Debug)]
pub struct WholeCatalogue(Rc<Catalogue>);

impl PartialEq for WholeCatalogue {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for WholeCatalogue {
    type Target = Catalogue;
    fn deref(&self) -> &Catalogue {
        &self.0
    }
}

impl CatalogueHandle {
    fn with(part: Part) -> Self {
        CatalogueHandle(Rc::new(Shared {
            part,
            skills: OnceCell::new(),
            origins: OnceCell::new(),
            occupations: OnceCell::new(),
        }))
    }

    /// A handle on a whole catalogue.
    pub fn new(catalogue: Catalogue) -> Self {
        CatalogueHandle::with(Part::Whole(WholeCatalogue(Rc::new(catalogue))))
    }

    /// A handle on the public page's first part: [`CatalogueHandle::whole`] makes it whole.
    pub fn first_part(first: FirstPart) -> Self {
        CatalogueHandle::with(Part::First { first, whole: OnceCell::new() })
    }

    /// Whether this is a first part (no courses, demand or requirements yet).
    pub fn is_partial(&self) -> bool {
        matches!(self.0.part, Part::First { .. })
    }

    /// The whole catalogue: this one, or the one `complete` makes (once) from this first part.
    /// Skills, occupations and origins stand where they stand here, so the assessment's indices
    /// mean the same in both.
    pub fn whole(
        &self,
        complete: impl FnOnce(&FirstPart) -> Result<Catalogue, CatalogueError>,
    ) -> Result<WholeCatalogue, CatalogueError> {
        match &self.0.part {
            Part::Whole(whole) => Ok(whole.clone()),
            Part::First { first, whole } => {
                whole.get_or_init(|| complete(first).map(|c| WholeCatalogue(Rc::new(c)))).clone()
            }
        }
    }

    /// A handle on the whole catalogue: this one, or the whole of this first part (made once by
    /// `complete`, and shared with this handle's [`CatalogueHandle::whole`]).
    pub fn made_whole(
        &self,
        complete: impl FnOnce(&FirstPart) -> Result<Catalogue, CatalogueError>,
    ) -> Result<CatalogueHandle, CatalogueError> {
        match &self.0.part {
            Part::Whole(_) => Ok(self.clone()),
            Part::First { .. } => Ok(CatalogueHandle::with(Part::Whole(self.whole(complete)?))),
        }
    }

    /// The whole catalogue if it is here already (a whole handle, or a first part made whole).
    pub fn whole_if_made(&self) -> Option<WholeCatalogue> {
        match &self.0.part {
            Part::Whole(whole) => Some(whole.clone()),
            Part::First { whole, .. } => whole.get().and_then(|w| w.as_ref().ok()).cloned(),
        }
    }

    /// What the skill search looks in.
    pub fn skill_index(&self) -> &SearchIndex {
        self.0.skills.get_or_init(|| SearchIndex::skills(self))
    }

    /// What the previous-job search looks in.
    pub fn origin_index(&self) -> &SearchIndex {
        self.0.origins.get_or_init(|| SearchIndex::origins(self))
    }

    /// The previous-job search: described previous jobs and occupations
    /// ([`crate::domain::search::previous_jobs`]).
    pub fn previous_jobs(
        &self,
        query: &str,
        lang: crate::domain::Lang,
        limit: usize,
    ) -> Vec<(crate::domain::search::PreviousJob, crate::domain::search::Hit)> {
        crate::domain::search::previous_jobs(self.origin_index(), self.occupation_index(), query, lang, limit)
    }

    /// What the target search looks in.
    pub fn occupation_index(&self) -> &SearchIndex {
        self.0.occupations.get_or_init(|| SearchIndex::occupations(self))
    }
}

impl PartialEq for CatalogueHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for CatalogueHandle {
    type Target = Terms;
    fn deref(&self) -> &Terms {
        match &self.0.part {
            Part::First { first, .. } => first,
            Part::Whole(whole) => whole,
        }
    }
}

/// Whether the catalogue's English texts are here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum English {
    /// The catalogue has them (the counsellors' page, an imported catalogue, or loaded).
    #[default]
    Complete,
    /// Not asked for yet: the public page's first load.
    Missing,
    Loading,
    /// The last try failed (offline before the service worker kept the file, or a broken file).
    Failed,
    /// The server has the English half of another build: the page must be reloaded.
    Outdated,
}

/// How many steps can be undone.
pub const UNDO_DEPTH: usize = 30;

/// Earlier assessments, newest last, at most [`UNDO_DEPTH`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History(Vec<AssessmentState>);

impl History {
    /// Keeps `earlier` one undo away, forgetting the oldest beyond [`UNDO_DEPTH`].
    pub fn push(&mut self, earlier: AssessmentState) {
        self.0.push(earlier);
        if self.0.len() > UNDO_DEPTH {
            self.0.remove(0);
        }
    }

    pub fn pop(&mut self) -> Option<AssessmentState> {
        self.0.pop()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// What adds the national classification's derived occupations (`domain::spine`) to a whole
/// catalogue. It is made by the code that reads the spine, which loads on demand, so that its
/// code stays out of the page's first load. Two are equal when they are the same one.
#[derive(Clone)]
pub struct SpineAdder(pub Rc<AddToCatalogue>);

/// A whole catalogue with the spine's occupations added (`None` when they do not fit it).
pub type AddToCatalogue = dyn Fn(&Catalogue) -> Option<Catalogue>;

impl PartialEq for SpineAdder {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for SpineAdder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SpineAdder")
    }
}

/// The loaded catalogue (with its file, for importers that amend it) and the assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// What every part reads: [`Session::base`] with the spine's occupations once they are here.
    pub catalogue: CatalogueHandle,
    /// The catalogue without the spine: what the first part, its rest and the English half
    /// are made from and attached to.
    pub base: CatalogueHandle,
    /// The spine's occupations, once the public page has them: kept, so that a catalogue that
    /// replaces the base (made whole, or with English texts) has them too.
    pub spine: Option<SpineAdder>,
    pub file: Rc<CatalogueFile>,
    pub assessment: AssessmentState,
    /// Ids the last catalogue change removed from the assessment.
    pub dropped: Vec<String>,
    pub history: History,
    /// True once the start-up has looked for a share link or a saved copy; nothing is saved
    /// before, so the empty first render never overwrites a saved assessment.
    pub ready: bool,
    /// False on a public kiosk (`?mode=kiosk`): nothing is written to storage.
    pub persist: bool,
    pub notice: Option<Notice>,
    /// Counts "forget" presses, so the page clears storage each time.
    pub forgets: u32,
    /// True once the person changed something here. Only then is the assessment saved: opening
    /// a share link (good or broken) never overwrites or deletes the copy saved on the device.
    pub dirty: bool,
    /// The saved copy could not be read at start-up (its reader could not be fetched): nothing
    /// is saved over it until the page is reloaded.
    pub held: bool,
    /// Whether the catalogue's English texts are here (the public page loads them when a person
    /// switches to English).
    pub english: English,
    /// True once a search in Latin letters found nothing: the English half may answer it.
    pub english_wanted: bool,
}

pub enum SessionAction {
    Assess(AssessmentAction),
    /// Goes back to the assessment before the last change.
    Undo,
    /// Switch to another catalogue, carrying the assessment over by id.
    Load {
        catalogue: CatalogueHandle,
        file: Rc<CatalogueFile>,
    },
    /// What the start-up found (see `state::restore::startup`); `persist` is false on a kiosk.
    Started {
        startup: Startup,
        persist: bool,
    },
    /// An assessment file the person chose, read (not yet restored).
    Open(Result<AssessmentExport, AssessmentError>),
    /// Forgets the assessment (the page clears storage).
    Forget,
    SaveFailed,
    Dismiss,
    /// The English half of the catalogue was asked for.
    EnglishLoading,
    /// The catalogue `from` with its English texts attached: `catalogue`.
    EnglishLoaded {
        from: CatalogueHandle,
        catalogue: CatalogueHandle,
    },
    /// The English half could not be had (`outdated`: it belongs to another build of the page);
    /// [`SessionAction::EnglishRetry`] asks again.
    EnglishFailed {
        outdated: bool,
    },
    EnglishRetry,
    /// A search could use the English half.
    EnglishWanted,
    /// The first part `from` made whole (`catalogue`): the rest, with the everyday words the
    /// searches use, has arrived.
    WholeLoaded {
        from: CatalogueHandle,
        catalogue: CatalogueHandle,
    },
    /// The spine, read for the base catalogue `from`, has arrived: every occupation of the
    /// national classification joins the catalogue (after the ones it has, so no index changes).
    SpineLoaded {
        from: CatalogueHandle,
        spine: SpineAdder,
    },
}

impl Session {
    /// A session on `catalogue` (built from `file`) with an empty assessment.
    pub fn fresh(catalogue: CatalogueHandle, file: CatalogueFile) -> Session {
        Session {
            base: catalogue.clone(),
            spine: None,
            catalogue,
            file: Rc::new(file),
            assessment: AssessmentState::default(),
            dropped: Vec::new(),
            history: History::default(),
            ready: false,
            persist: false,
            notice: None,
            forgets: 0,
            dirty: false,
            held: false,
            english: English::Complete,
            english_wanted: false,
        }
    }

    /// The session after `action` (`self` itself when nothing changes).
    pub fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SessionAction::Assess(a) => {
                let assessment = self.assessment.apply(a);
                if assessment == self.assessment {
                    return self;
                }
                next.history.push(std::mem::replace(&mut next.assessment, assessment));
                next.dropped.clear();
                next.notice = None;
                next.dirty = true;
            }
            SessionAction::Undo => {
                let Some(assessment) = next.history.pop() else { return self };
                next.assessment = assessment;
                next.dropped.clear();
                next.dirty = true;
            }
            SessionAction::Load { catalogue, file } => {
                let (assessment, dropped) = self.assessment.remap(&self.catalogue, &catalogue);
                // Indices of the old catalogue mean nothing in the new one: history starts again.
                // A loaded catalogue is whole: no English half is fetched for it.
                next = Session {
                    base: catalogue.clone(),
                    spine: None,
                    catalogue,
                    file,
                    assessment,
                    dropped,
                    history: History::default(),
                    english: English::Complete,
                    ..next
                };
            }
            // Once: a reader that arrives after the start-up gave up changes nothing.
            SessionAction::Started { .. } if self.ready => return self,
            SessionAction::Started { startup, persist } => {
                next.notice = startup.notice;
                next.ready = true;
                next.persist = persist;
                next.held = startup.held;
                if let Some(state) = startup.state {
                    // What the person entered while the reader loaded stays one undo away, and
                    // the opened assessment is not a change of theirs: a share link opened now
                    // never overwrites the copy saved on the device.
                    let entered = std::mem::replace(&mut next.assessment, state);
                    if self.dirty {
                        next.history.push(entered);
                    }
                    next.dirty = false;
                }
            }
            SessionAction::Open(file) => {
                let (state, notice) = open(file, &self.catalogue, Notice::FileOpened, Notice::FileBroken);
                next.notice = Some(notice);
                next.dropped.clear();
                if let Some(state) = state {
                    next.dirty = true;
                    let earlier = std::mem::replace(&mut next.assessment, state);
                    next.history.push(earlier);
                }
            }
            SessionAction::Forget => {
                next.assessment = AssessmentState::default();
                next.history = History::default();
                next.dropped.clear();
                next.notice = Some(Notice::Forgotten);
                next.forgets = self.forgets + 1;
                next.dirty = false;
            }
            SessionAction::SaveFailed => next.notice = Some(Notice::SaveFailed),
            SessionAction::Dismiss => next.notice = None,
            // Each step only from the one before it: a second click or a late answer changes nothing.
            SessionAction::EnglishLoading if self.english == English::Missing => next.english = English::Loading,
            SessionAction::EnglishFailed { outdated } if self.english == English::Loading => {
                next.english = if outdated { English::Outdated } else { English::Failed };
            }
            SessionAction::EnglishRetry if self.english == English::Failed => next.english = English::Missing,
            SessionAction::EnglishWanted if self.english == English::Missing && !self.english_wanted => {
                next.english_wanted = true;
            }
            // Only onto the catalogue it was made from (not one loaded meanwhile), and only when
            // every entry stands where it stood: indices, undo history and all carry over.
            SessionAction::EnglishLoaded { from, catalogue }
                if self.english == English::Loading
                    && same_source(&from, &self.base)
                    && same_entries(&from, &catalogue) =>
            {
                next.catalogue = with_spine(&catalogue, self.spine.as_ref());
                next.base = catalogue;
                next.english = English::Complete;
            }
            SessionAction::WholeLoaded { from, catalogue }
                if from == self.base && !catalogue.is_partial() && same_entries(&from, &catalogue) =>
            {
                next.catalogue = with_spine(&catalogue, self.spine.as_ref());
                next.base = catalogue;
            }
            SessionAction::SpineLoaded { from, spine } if self.spine.is_none() && same_source(&from, &self.base) => {
                next.catalogue = with_spine(&self.base, Some(&spine));
                next.spine = Some(spine);
            }
            SessionAction::EnglishLoading
            | SessionAction::EnglishFailed { .. }
            | SessionAction::EnglishRetry
            | SessionAction::EnglishWanted
            | SessionAction::EnglishLoaded { .. }
            | SessionAction::WholeLoaded { .. }
            | SessionAction::SpineLoaded { .. } => return self,
        }
        Rc::new(next)
    }
}

/// `base` with the spine's occupations (when it is whole and the spine is here; else `base`).
fn with_spine(base: &CatalogueHandle, spine: Option<&SpineAdder>) -> CatalogueHandle {
    spine
        .and_then(|spine| base.whole_if_made().and_then(|whole| (spine.0)(&whole)))
        .map_or_else(|| base.clone(), CatalogueHandle::new)
}

/// Whether `a` is the catalogue `b`, or one of them is the other's first part and the other its
/// whole (made from that first part): what was made from one may replace the other.
fn same_source(a: &CatalogueHandle, b: &CatalogueHandle) -> bool {
    a == b || matches!((a.whole_if_made(), b.whole_if_made()), (Some(x), Some(y)) if x == y)
}

/// Whether two catalogues list the same skills, occupations, origins and (when both are whole)
/// courses in the same order, so that the indices of one mean the same in the other.
fn same_entries(a: &CatalogueHandle, b: &CatalogueHandle) -> bool {
    let courses = match (a.whole_if_made(), b.whole_if_made()) {
        (Some(a), Some(b)) => a.courses.iter().map(|x| &x.id).eq(b.courses.iter().map(|x| &x.id)),
        _ => true,
    };
    a.skills.iter().map(|x| &x.id).eq(b.skills.iter().map(|x| &x.id))
        && a.occupations.iter().map(|x| &x.id).eq(b.occupations.iter().map(|x| &x.id))
        && a.origins.iter().map(|x| &x.id).eq(b.origins.iter().map(|x| &x.id))
        && courses
}

/// `catalogue` made whole (by `complete`, when it is a first part) with the English `texts`
/// attached: the session's catalogue once the English half has arrived.
pub fn with_english(
    catalogue: &CatalogueHandle,
    complete: impl FnOnce(&FirstPart) -> Result<Catalogue, CatalogueError>,
    chinese_half: u64,
    texts: &EnglishTexts,
) -> Result<CatalogueHandle, EnglishFailure> {
    let whole = catalogue.whole(complete).map_err(EnglishFailure::Catalogue)?;
    Ok(CatalogueHandle::new(english::attach(&whole, chinese_half, texts).map_err(EnglishFailure::English)?))
}

/// Why the English texts could not be attached.
#[derive(Clone, Debug, PartialEq)]
pub enum EnglishFailure {
    /// The first part could not be made whole (a damaged page).
    Catalogue(CatalogueError),
    English(EnglishError),
}
