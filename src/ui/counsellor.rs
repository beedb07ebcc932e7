//! Counsellor mode (`?mode=counsellor`): notes on the assessment, and the list of assessments
//! saved on this device — each saved only after the consent box is ticked, each reopened or
//! deleted with one press. Storage is read and written in effects and callbacks only.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::{notice_text_error, saved_line, t, Msg, ToolsMsg};
use crate::state::export::{AssessmentError, AssessmentExport};
use crate::state::saved::{self, SavedEntry, SAVED_KEY, SAVED_SET_ASIDE_KEY};
use crate::state::AssessmentAction;
use crate::ui::{use_lang, CatalogueHandle};

#[derive(Properties, PartialEq)]
pub struct CounsellorPanelProps {
    pub catalogue: CatalogueHandle,
    pub export: AssessmentExport,
    pub on_action: Callback<AssessmentAction>,
    pub on_open: Callback<Result<AssessmentExport, AssessmentError>>,
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn now_stamp() -> (u64, String) {
    let d = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    );
    (js_sys::Date::now() as u64, text)
}

#[component]
pub fn CounsellorPanel(props: &CounsellorPanelProps) -> Html {
    let lang = use_lang();
    let catalogue = &props.catalogue;
    let list = use_state(Vec::<SavedEntry>::new);
    let damaged = use_state(|| None::<AssessmentError>);
    let consent = use_state_eq(|| false);
    let just_saved = use_state_eq(|| false);
    let save_failed = use_state_eq(|| false);
    {
        let (list, damaged) = (list.clone(), damaged.clone());
        use_effect_with((), move |_| {
            let Some(s) = storage() else { return };
            let text = s.get_item(SAVED_KEY).ok().flatten();
            match saved::parse(text.as_deref()) {
                Ok(l) => list.set(l),
                Err(e) => {
                    if let Some(text) = text {
                        let _ = s.set_item(SAVED_SET_ASIDE_KEY, &text);
                    }
                    let _ = s.remove_item(SAVED_KEY);
                    damaged.set(Some(e));
                }
            }
        });
    }
    // The list changes on screen only when storage took it.
    let write = {
        let (list, save_failed) = (list.clone(), save_failed.clone());
        move |next: Vec<SavedEntry>| -> bool {
            let ok = storage().is_some_and(|s| s.set_item(SAVED_KEY, &saved::to_json(&next)).is_ok());
            save_failed.set(!ok);
            if ok {
                list.set(next);
            }
            ok
        }
    };
    let on_notes = props.on_action.reform(|e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        AssessmentAction::SetNotes(area.value())
    });
    let on_consent = {
        let consent = consent.clone();
        Callback::from(move |_: Event| consent.set(!*consent))
    };
    let on_save = {
        let (write, list, export, consent, just_saved) =
            (write.clone(), list.clone(), props.export.clone(), consent.clone(), just_saved.clone());
        Callback::from(move |_: MouseEvent| {
            if !*consent {
                return;
            }
            let (id, saved_at) = now_stamp();
            let ok = write(saved::add(&list, SavedEntry { id, saved_at, assessment: export.clone() }));
            consent.set(!ok);
            just_saved.set(ok);
        })
    };
    let target_name = |e: &AssessmentExport| -> String {
        e.target
            .as_ref()
            .map(|id| {
                catalogue
                    .occupation_by_id(id)
                    .map(|o| catalogue.occupation(o).name.get(lang).to_owned())
                    .unwrap_or_else(|| id.clone())
            })
            .unwrap_or_else(|| t(lang, ToolsMsg::NoTarget).to_owned())
    };
    let notes = props.export.notes.clone();

    html! {
        <section class="counsellor" aria-labelledby="counsellor-title">
            <h2 id="counsellor-title" class="no-print">{ t(lang, ToolsMsg::CounsellorTitle) }</h2>
            <div class="no-print">
                <label for="notes" class="field-label">{ t(lang, ToolsMsg::NotesLabel) }</label>
                <textarea id="notes" rows="4" maxlength="2000" value={notes.clone()} oninput={on_notes} />
                if crate::state::looks_personal(&notes) {
                    <p class="notice notice--fault" role="alert">{ t(lang, ToolsMsg::NotesLooksPersonal) }</p>
                }
            </div>
            if !notes.is_empty() {
                <div class="print-only notes-print">
                    <p class="notes-print__title">{ t(lang, ToolsMsg::NotesPrintTitle) }</p>
                    <p class="notes-print__text">{ notes }</p>
                </div>
            }
            <div class="counsellor__save no-print">
                <label class="choice" for="save-consent">
                    <input type="checkbox" id="save-consent" checked={*consent} onchange={on_consent} />
                    { t(lang, ToolsMsg::ConsentLabel) }
                </label>
                <button type="button" class="button" disabled={!*consent} onclick={on_save}>{ t(lang, ToolsMsg::SaveHere) }</button>
                <p class="hint" role="status">{ if *just_saved { t(lang, ToolsMsg::SavedDone) } else { "" } }</p>
            </div>
            if *save_failed {
                <p class="notice notice--fault" role="alert">{ t(lang, Msg::NoticeSaveFailed) }</p>
            }
            if let Some(e) = &*damaged {
                <p class="notice notice--fault" role="alert">{ notice_text_error(lang, ToolsMsg::SavedDamaged, e) }</p>
            }
            <p class="no-print"><a href="?mode=cohort">{ t(lang, ToolsMsg::CohortTitle) }</a></p>
            <div class="no-print">
                <h3 id="saved-title">{ t(lang, ToolsMsg::SavedTitle) }</h3>
                if list.is_empty() {
                    <p class="hint">{ t(lang, ToolsMsg::SavedEmpty) }</p>
                } else {
                    <ul class="saved" aria-labelledby="saved-title">
                        { for list.iter().map(|entry| {
                            let line = saved_line(lang, &entry.saved_at, &target_name(&entry.assessment), entry.assessment.skills.len());
                            let on_open = { let (cb, a) = (props.on_open.clone(), entry.assessment.clone()); Callback::from(move |_: MouseEvent| cb.emit(Ok(a.clone()))) };
                            let on_delete = { let (write, list, id) = (write.clone(), list.clone(), entry.id); Callback::from(move |_: MouseEvent| { write(saved::remove(&list, id)); }) };
                            html! {
                                <li class="saved__item">
                                    <span class="saved__line">{ &line }</span>
                                    <button type="button" class="button button--small" onclick={on_open} aria-label={format!("{} · {}", t(lang, ToolsMsg::OpenSaved), line)}>{ t(lang, ToolsMsg::OpenSaved) }</button>
                                    <button type="button" class="button button--small button--danger" onclick={on_delete} aria-label={format!("{} · {}", t(lang, ToolsMsg::DeleteSaved), line)}>{ t(lang, ToolsMsg::DeleteSaved) }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>
        </section>
    }
}
