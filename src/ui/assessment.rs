//! One assessment from skills to courses: the three steps and the reducer that drives them.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::{assess_match, plan_courses, SkillIdx, SkillLevel};
use crate::i18n::{t, Msg};
use crate::state::{AssessmentAction, AssessmentState};

use crate::ui::{use_lang, CatalogueHandle, ProfileList, ResultView, SkillSearch, TargetPicker};

#[derive(Properties, PartialEq)]
pub struct AssessmentProps {
    pub catalogue: CatalogueHandle,
    pub state: AssessmentState,
    /// Called with what the person did; the owner of the state applies it.
    pub on_action: Callback<AssessmentAction>,
}

#[component]
pub fn Assessment(props: &AssessmentProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let catalogue = &props.catalogue;

    let on_pick = props.on_action.reform(AssessmentAction::AddSkill);
    let on_level =
        props.on_action.reform(|(skill, level): (SkillIdx, SkillLevel)| AssessmentAction::SetLevel(skill, level));
    let on_remove = props.on_action.reform(AssessmentAction::RemoveSkill);
    let on_target = props.on_action.reform(AssessmentAction::SetTarget);

    let result = state.target.map(|occupation| {
        let report = assess_match(catalogue, &state.profile, occupation);
        let plan = plan_courses(catalogue, &state.profile, &report);
        (report, plan)
    });

    html! {
        <ContextProvider<CatalogueHandle> context={catalogue.clone()}>
            <main class="assessment">
                if catalogue.illustrative {
                    <p class="notice" role="note">{ t(lang, Msg::SampleDataNotice) }</p>
                }
                <div class="assessment__inputs">
                <section class="step" aria-labelledby="step-skills">
                    <h2 id="step-skills">{ t(lang, Msg::StepSkills) }</h2>
                    <p class="hint" id="skill-hint">{ t(lang, Msg::StepSkillsHint) }</p>
                    <SkillSearch on_pick={on_pick} />
                    <ProfileList profile={state.profile.clone()} on_level={on_level} on_remove={on_remove} />
                </section>
                <section class="step" aria-labelledby="step-target">
                    <h2 id="step-target">{ t(lang, Msg::StepTarget) }</h2>
                    <TargetPicker value={state.target} on_change={on_target} />
                </section>
                </div>
                <section class="step step--result" aria-labelledby="step-result">
                    <h2 id="step-result">{ t(lang, Msg::StepResult) }</h2>
                    <div aria-live="polite" class="result-live">
                        {
                            match result {
                                Some((report, plan)) => html! { <ResultView report={Rc::new(report)} plan={Rc::new(plan)} /> },
                                None => html! { <p class="hint">{ t(lang, Msg::ResultNeedsTarget) }</p> },
                            }
                        }
                    </div>
                </section>
            </main>
        </ContextProvider<CatalogueHandle>>
    }
}
