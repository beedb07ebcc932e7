//! What the app opens with: a share link in the address, else the copy saved on this device,
//! else nothing; and what it tells the person about it. Pure: the UI reads the address and
//! storage in an effect, calls [`startup`], and does the writes it asks for (setting a
//! damaged saved copy aside).

use crate::domain::Terms;
use crate::state::export::{parse_json, restore, AssessmentError, AssessmentExport, Restored};
use crate::state::{share, AssessmentState};

/// The storage key of the assessment saved on a personal device.
pub const STORAGE_KEY: &str = "skillgap.assessment.v1";
/// Where a saved copy that cannot be read is moved, so it is neither lost nor read again.
pub const SET_ASIDE_KEY: &str = "skillgap.assessment.set-aside";

/// What was opened, for the notice.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// Ids the loaded catalogue lacks (left out).
    pub dropped: Vec<String>,
    /// The edition it was made with, when it differs from the loaded catalogue's.
    pub other_edition: Option<String>,
}

/// A message about opening or keeping an assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    LinkOpened(Opened),
    /// The link could not be read; the app starts empty.
    LinkBroken(AssessmentError),
    /// The copy saved on this device was opened.
    Resumed(Opened),
    /// The saved copy could not be read and was set aside.
    SetAside(AssessmentError),
    FileOpened(Opened),
    /// The file could not be read; the assessment is unchanged.
    FileBroken(AssessmentError),
    Forgotten,
    /// Storage refused the write (private mode, quota).
    SaveFailed,
    /// A share link (`link`) or else the saved copy could not be read because the code that
    /// reads it could not be fetched (offline, or no answer): the link stays in the address and
    /// the copy on the device ([`Startup::held`]) until the page is reloaded.
    NotReadNow {
        link: bool,
    },
}

impl Notice {
    /// True for faults (shown as an alert), false for plain news.
    pub fn is_fault(&self) -> bool {
        matches!(
            self,
            Notice::LinkBroken(_)
                | Notice::SetAside(_)
                | Notice::FileBroken(_)
                | Notice::SaveFailed
                | Notice::NotReadNow { .. }
        )
    }
}

/// The outcome of [`startup`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Startup {
    pub state: Option<AssessmentState>,
    pub notice: Option<Notice>,
    /// The saved copy must be moved to [`SET_ASIDE_KEY`].
    pub set_aside: bool,
    /// A saved copy is there but could not be read now: nothing may be saved over it.
    pub held: bool,
}

fn opened(r: &Restored, catalogue: &Terms) -> Opened {
    Opened {
        dropped: r.dropped.clone(),
        other_edition: (!r.edition.is_empty() && r.edition != catalogue.edition).then(|| r.edition.clone()),
    }
}

/// An export read into the catalogue, as the notice the person sees.
pub fn open(
    export: Result<AssessmentExport, AssessmentError>,
    catalogue: &Terms,
    ok: fn(Opened) -> Notice,
    fault: fn(AssessmentError) -> Notice,
) -> (Option<AssessmentState>, Notice) {
    match export.and_then(|e| restore(&e, catalogue)) {
        Ok(r) => {
            let notice = ok(opened(&r, catalogue));
            (Some(r.state), notice)
        }
        Err(e) => (None, fault(e)),
    }
}

/// Decides what to open: `fragment` is the address's `#…` part, `stored` the saved copy (only
/// read on a personal device). A share link wins over the saved copy; a broken link opens an
/// empty assessment and leaves the saved copy alone.
pub fn startup(catalogue: &Terms, fragment: &str, stored: Option<&str>) -> Startup {
    if share::is_share_link(fragment) {
        let (state, notice) = open(share::decode(fragment), catalogue, Notice::LinkOpened, Notice::LinkBroken);
        return Startup { state, notice: Some(notice), set_aside: false, held: false };
    }
    match stored {
        None => Startup::default(),
        Some(text) => {
            let (state, notice) = open(parse_json(text), catalogue, Notice::Resumed, Notice::SetAside);
            let set_aside = state.is_none();
            Startup { state, notice: Some(notice), set_aside, held: false }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalogue;
    use crate::state::export::{export, export_json};
    use crate::state::AssessmentAction;

    use crate::state::sample_catalogue as sample;

    fn state(c: &Catalogue) -> AssessmentState {
        AssessmentState::default()
            .apply(AssessmentAction::AddSkill(c.skill_by_id("smaw").unwrap()))
            .apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")))
    }

    #[test]
    fn nothing_saved_opens_nothing() {
        assert_eq!(startup(&sample(), "", None), Startup::default());
        assert_eq!(startup(&sample(), "#results", None), Startup::default(), "an in-page anchor is not a link");
    }

    #[test]
    fn a_link_wins_over_the_saved_copy() {
        let c = sample();
        let mine = export_json(
            &AssessmentState::default().apply(AssessmentAction::SetTarget(c.occupation_by_id("cnc-operator"))),
            &c,
        );
        let link = format!("#{}", share::encode(&export(&state(&c), &c)));
        let s = startup(&c, &link, Some(&mine));
        assert_eq!(s.state, Some(state(&c)));
        assert_eq!(s.notice, Some(Notice::LinkOpened(Opened { dropped: vec![], other_edition: None })));
        assert!(!s.set_aside);
    }

    #[test]
    fn a_doctored_link_opens_empty_and_keeps_the_saved_copy() {
        let c = sample();
        let mine = export_json(&state(&c), &c);
        let s = startup(&c, "#a=1&s=smaw:99&h=40&o=h", Some(&mine));
        assert_eq!(s.state, None);
        assert!(matches!(s.notice, Some(Notice::LinkBroken(AssessmentError::BadValue { .. }))));
        assert!(!s.set_aside);
    }

    #[test]
    fn the_saved_copy_resumes_or_is_set_aside() {
        let c = sample();
        let mine = export_json(&state(&c), &c);
        let s = startup(&c, "", Some(&mine));
        assert_eq!(s.state, Some(state(&c)));
        assert!(matches!(s.notice, Some(Notice::Resumed(_))));
        for corrupt in [
            "{\"format\": \"skillgap-assessment\", \"vers",
            "\u{0}\u{1}",
            "[]",
            &mine.replace("\"version\": 1", "\"version\": 99"),
        ] {
            let s = startup(&c, "", Some(corrupt));
            assert_eq!(s.state, None, "{corrupt}");
            assert!(s.set_aside);
            assert!(s.notice.as_ref().is_some_and(Notice::is_fault));
        }
    }

    #[test]
    fn another_edition_is_mentioned() {
        let c = sample();
        let other = export_json(&state(&c), &c).replace(&format!("\"{}\"", c.edition), "\"1999Q1\"");
        let s = startup(&c, "", Some(&other));
        assert_eq!(s.notice, Some(Notice::Resumed(Opened { dropped: vec![], other_edition: Some("1999Q1".into()) })));
    }
}
