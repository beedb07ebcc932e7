//! The session reducer's start-up step (native tier).

use std::rc::Rc;

use skillgap::state::restore::{Notice, Startup};
use skillgap::state::{AssessmentAction, AssessmentState};
use skillgap::ui::{default_session, SessionAction};
use yew::Reducible;

#[test]
fn a_saved_copy_read_late_keeps_what_was_entered_meanwhile_one_undo_away() {
    // The code that reads a saved copy loads on demand (`ui::reading`), so a person may pick a
    // skill before the copy is read.
    let session = Rc::new(default_session().expect("valid"));
    let welding = session.catalogue.skill_by_id("smaw").unwrap();
    let entered = session.reduce(SessionAction::Assess(AssessmentAction::AddSkill(welding)));
    let saved = AssessmentState::default()
        .apply(AssessmentAction::SetTarget(Some(entered.catalogue.occupation_indices().next().unwrap())));
    let start = Startup { state: Some(saved.clone()), notice: Some(Notice::SaveFailed), set_aside: false };
    let resumed = entered.clone().reduce(SessionAction::Started(start, true));
    assert!(resumed.ready && resumed.persist);
    assert_eq!(resumed.assessment, saved, "the saved copy opens");
    let undone = resumed.reduce(SessionAction::Undo);
    assert_eq!(undone.assessment, entered.assessment, "what was entered is one undo away");

    // Nothing to read: what was entered stays, and the history gains nothing.
    let first_visit = entered.clone().reduce(SessionAction::Started(Startup::default(), true));
    assert_eq!(first_visit.assessment, entered.assessment);
    assert_eq!(first_visit.history.len(), entered.history.len());

    // The reader could not be fetched: nothing is saved over the copy (`persist` off).
    let offline = Startup { notice: Some(Notice::NotReadNow), ..Startup::default() };
    let kept = entered.reduce(SessionAction::Started(offline, false));
    assert!(!kept.persist && kept.notice.as_ref().is_some_and(Notice::is_fault));
}
