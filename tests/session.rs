//! The session reducer's start-up step (native tier).

use std::rc::Rc;

use skillgap::state::restore::{Notice, Startup};
use skillgap::state::session::SessionAction;
use skillgap::state::{AssessmentAction, AssessmentState};
use skillgap::ui::default_session;

#[test]
fn a_saved_copy_read_late_keeps_what_was_entered_meanwhile_one_undo_away() {
    // The code that reads a saved copy loads on demand (`ui::reading`), so a person may pick a
    // skill before the copy is read.
    let session = Rc::new(default_session().expect("valid"));
    let welding = session.catalogue.skill_by_id("smaw").unwrap();
    let entered = session.reduce(SessionAction::Assess(AssessmentAction::AddSkill(welding)));
    let saved = AssessmentState::default()
        .apply(AssessmentAction::SetTarget(Some(entered.catalogue.occupation_indices().next().unwrap())));
    let start = Startup { state: Some(saved.clone()), ..Startup::default() };
    let resumed = entered.clone().reduce(SessionAction::Started { startup: start, persist: true });
    assert!(resumed.ready && resumed.persist);
    assert_eq!(resumed.assessment, saved, "the saved copy opens");
    let undone = resumed.reduce(SessionAction::Undo);
    assert_eq!(undone.assessment, entered.assessment, "what was entered is one undo away");

    // Nothing to read: what was entered stays, and the history gains nothing.
    let first_visit = entered.clone().reduce(SessionAction::Started { startup: Startup::default(), persist: true });
    assert_eq!(first_visit.assessment, entered.assessment);
    assert_eq!(first_visit.history.len(), entered.history.len());

    // The reader could not be fetched: the copy is held (the save effect writes nothing while
    // `held`), the notice is an alert, and a reader arriving later changes nothing.
    let offline = Startup { notice: Some(Notice::NotReadNow { link: false }), held: true, ..Startup::default() };
    let kept = entered.clone().reduce(SessionAction::Started { startup: offline, persist: true });
    assert!(kept.held && kept.ready && kept.notice.as_ref().is_some_and(Notice::is_fault));
    assert_eq!(kept.assessment, entered.assessment);
    let late = Startup { state: Some(saved), ..Startup::default() };
    let after = kept.clone().reduce(SessionAction::Started { startup: late, persist: true });
    assert!(Rc::ptr_eq(&after, &kept), "the first start-up wins");
}

#[test]
fn a_share_link_opened_after_input_is_not_saved_over_the_device_s_copy() {
    let session = Rc::new(default_session().expect("valid"));
    let welding = session.catalogue.skill_by_id("smaw").unwrap();
    let entered = session.reduce(SessionAction::Assess(AssessmentAction::AddSkill(welding)));
    assert!(entered.dirty);
    let shared = AssessmentState::default()
        .apply(AssessmentAction::SetTarget(Some(entered.catalogue.occupation_indices().last().unwrap())));
    let start = Startup { state: Some(shared.clone()), ..Startup::default() };
    let opened = entered.reduce(SessionAction::Started { startup: start, persist: true });
    assert_eq!(opened.assessment, shared);
    assert!(!opened.dirty, "only a change of the person's own is saved");
}
