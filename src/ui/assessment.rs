//! One assessment from skills to courses: skills, target and constraints, suggestions, result.

use yew::prelude::*;

use crate::domain::{SkillIdx, SkillLevel};
use crate::i18n::{t, Msg};
use crate::state::export::{AssessmentError, AssessmentExport};
use crate::state::{AssessmentAction, AssessmentState};
use crate::ui::lazy::OnDemand;
use crate::ui::result_section::{ResultPartProps, TakeAwayPartProps, RESULT, TAKE_AWAY};
use crate::ui::suggestions::{SuggestionsProps, SUGGESTIONS};
use crate::ui::{
    use_lang, CatalogueHandle, ConstraintsForm, DescribeBox, Later, OpenAssessment, OriginSearch, ProfileList,
    SkillSearch, TargetPicker,
};

#[derive(Properties, PartialEq)]
pub struct AssessmentProps {
    pub catalogue: CatalogueHandle,
    pub state: AssessmentState,
    /// Called with what the person did; the owner of the state applies it.
    pub on_action: Callback<AssessmentAction>,
    #[prop_or_default]
    pub can_undo: bool,
    #[prop_or_default]
    pub on_undo: Callback<()>,
    /// The assessment as an export (for the share link, QR code and file).
    pub export: AssessmentExport,
    /// True when the assessment is saved on this device automatically.
    #[prop_or_default]
    pub persist: bool,
    /// The saved copy could not be read at start-up: nothing is saved until a reload.
    #[prop_or_default]
    pub held: bool,
    /// A public kiosk.
    #[prop_or_default]
    pub kiosk: bool,
    #[prop_or_default]
    pub on_forget: Callback<()>,
    #[prop_or_default]
    pub on_open: Callback<Result<AssessmentExport, AssessmentError>>,
}

/// The current calendar month, read in an effect (the browser's clock; 1 when rendering to a
/// string, where effects do not run).
#[hook]
fn use_current_month() -> u8 {
    let month = use_state_eq(|| 1u8);
    {
        let month = month.clone();
        use_effect_with((), move |_| {
            month.set(js_sys::Date::new_0().get_month() as u8 + 1);
        });
    }
    *month
}

#[component]
pub fn Assessment(props: &AssessmentProps) -> Html {
    let lang = use_lang();
    let start_month = use_current_month();
    let state = &props.state;
    let catalogue = &props.catalogue;

    // Callbacks made once per `on_action` (stable from SessionView): a child whose other props
    // did not change is then not rendered again when the profile changes.
    let on_pick = (*use_memo(props.on_action.clone(), |a| a.reform(AssessmentAction::AddSkill))).clone();
    let on_level = (*use_memo(props.on_action.clone(), |a| {
        a.reform(|(skill, level): (SkillIdx, SkillLevel)| AssessmentAction::SetLevel(skill, level))
    }))
    .clone();
    let on_remove = (*use_memo(props.on_action.clone(), |a| a.reform(AssessmentAction::RemoveSkill))).clone();
    let on_target = (*use_memo(props.on_action.clone(), |a| a.reform(AssessmentAction::SetTarget))).clone();
    let on_compare = (*use_memo(props.on_action.clone(), |a| a.reform(AssessmentAction::ToggleCompare))).clone();
    // "Show" buttons open a result: focus follows to its heading.
    let on_show = (*use_memo(props.on_action.clone(), |on_action| {
        let on_action = on_action.clone();
        Callback::from(move |o| {
            on_action.emit(AssessmentAction::SetTarget(Some(o)));
            crate::ui::focus_id("step-result");
        })
    }))
    .clone();
    let options = state.constraints.plan_options(start_month);
    // Nothing entered yet: step 4 needs none of its parts loaded on demand.
    let empty = state.profile.is_empty() && state.target.is_none() && state.compare.is_empty();

    html! {
        <ContextProvider<CatalogueHandle> context={catalogue.clone()}>
            <main class="assessment">
                if catalogue.illustrative {
                    <p class="notice" role="note">{ t(lang, Msg::SampleDataNotice) }</p>
                }
                <div class="assessment__inputs">
                <section class="step" aria-labelledby="step-skills">
                    <h2 id="step-skills" tabindex="-1">{ t(lang, Msg::StepSkills) }</h2>
                    { crate::ui::read_aloud::step_read_if_loaded(1) }
                    <p class="hint" id="skill-hint">{ t(lang, Msg::StepSkillsHint) }</p>
                    <crate::ui::browse::PictureBrowse on_action={props.on_action.clone()} />
                    <SkillSearch on_pick={on_pick} />
                    // The other two ways in and the profile: a task after the search box (see
                    // `Later`), so the first render on a cheap phone is short.
                    <Later place={0}>
                    <OriginSearch on_action={props.on_action.clone()} />
                    <DescribeBox on_action={props.on_action.clone()} />
                    <ProfileList profile={state.profile.clone()} on_level={on_level} on_remove={on_remove}
                        can_undo={props.can_undo} on_undo={props.on_undo.clone()} />
                    </Later>
                </section>
                // Below the first screen of a phone: rendered a task later (see `Later`).
                <Later place={1}>
                <section class="step" aria-labelledby="step-target">
                    <h2 id="step-target" tabindex="-1">{ t(lang, Msg::StepTarget) }</h2>
                    { crate::ui::read_aloud::step_read_if_loaded(2) }
                    <TargetPicker value={state.target} on_change={on_target.clone()} />
                    if !state.profile.is_empty() {
                        <OnDemand<SuggestionsProps> part={&SUGGESTIONS} focus="step-target" props={yew::props!(SuggestionsProps {
                            profile: state.profile.clone(), options, on_choose: on_show.clone(),
                            compare: state.compare.clone(), on_compare: on_compare.clone(),
                        })} />
                    }
                </section>
                </Later>
                <Later place={2}>
                <section class="step" aria-labelledby="step-constraints">
                    <h2 id="step-constraints">{ t(lang, Msg::StepConstraints) }</h2>
                    { crate::ui::read_aloud::step_read_if_loaded(3) }
                    <ConstraintsForm constraints={state.constraints} on_action={props.on_action.clone()} />
                </section>
                </Later>
                </div>
                <Later place={3}>
                <section class="step step--result" aria-labelledby="step-result">
                    <h2 id="step-result" tabindex="-1">{ t(lang, Msg::StepResult) }</h2>
                    // The live region stays on the page (screen readers announce what arrives in
                    // it); the result in it is a part loaded on demand.
                    <div aria-live="polite" class="result-live">
                        if empty {
                            <p class="hint">{ t(lang, Msg::ResultNeedsTarget) }</p>
                        } else {
                            <OnDemand<ResultPartProps> part={&RESULT} focus="step-result" props={yew::props!(ResultPartProps {
                                state: state.clone(), start_month,
                                on_compare: on_compare.clone(), on_show: on_show.clone(),
                            })} />
                        }
                    </div>
                    if empty {
                        if !props.kiosk {
                            <section class="take-away take-away--empty no-print"><OpenAssessment on_open={props.on_open.clone()} /></section>
                        }
                    } else {
                        <OnDemand<TakeAwayPartProps> part={&TAKE_AWAY} focus="step-result" props={yew::props!(TakeAwayPartProps {
                            state: state.clone(), start_month, export: props.export.clone(),
                            persist: props.persist, held: props.held, kiosk: props.kiosk, on_forget: props.on_forget.clone(),
                            on_open: props.on_open.clone(), on_compare: on_compare.clone(), on_show: on_show.clone(),
                        })} />
                    }
                </section>
                </Later>
            </main>
        </ContextProvider<CatalogueHandle>>
    }
}
