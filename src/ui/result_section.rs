//! Step 4's content once there is something to show, in two parts loaded on demand (`ui::lazy`):
//! the result for the target ([`RESULT`], inside the step's live region, which the module itself
//! keeps on the page so screen readers announce what arrives in it), and the comparison with what
//! the person can take away ([`TAKE_AWAY`]: share link, QR code, print, file). The matching,
//! planning, charts and QR code are then not in a phone's first load.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::ladder::{also_open_after, outlook};
use crate::domain::{assess_match, plan_courses, OccupationIdx};
use crate::i18n::{t, Msg};
use crate::on_demand;
use crate::state::export::{AssessmentError, AssessmentExport};
use crate::state::AssessmentState;
use crate::ui::lazy::View;
use crate::ui::{use_lang, use_whole, CompareView, PrintHeader, ResultView, SeasonalWork, TakeAway, Whole};

#[derive(Properties, PartialEq, Clone)]
pub struct ResultPartProps {
    pub state: AssessmentState,
    /// Calendar month the plan starts in.
    pub start_month: u8,
    pub on_compare: Callback<OccupationIdx>,
    /// "Show" on another occupation (focus moves to the result heading).
    pub on_show: Callback<OccupationIdx>,
}

/// The result for the target (or the hint to choose one), and the printed report's header.
#[component]
fn ResultPart(props: &ResultPartProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let Some(catalogue) = use_whole() else { return html! {} };
    let catalogue = &catalogue;
    let start_month = props.start_month;
    let options = state.constraints.plan_options(start_month);
    let result = state.target.map(|occupation| {
        let report = assess_match(catalogue, &state.profile, occupation);
        let plan = plan_courses(catalogue, &state.profile, &report, &options);
        let outlook = outlook(catalogue, &report, &plan);
        let also = also_open_after(catalogue, &state.profile, &plan, occupation, 3);
        (report, plan, outlook, also)
    });
    let has_result = result.is_some() || !state.compare.is_empty();
    html! {
        <>
            if has_result {
                <PrintHeader />
            }
            {
                match result {
                    Some((report, plan, outlook, also)) => html! {
                        <ResultView report={Rc::new(report)} plan={Rc::new(plan)} outlook={Rc::new(outlook)} objective={state.constraints.objective} city={state.constraints.city()}
                            {start_month} free_months={state.constraints.free_months} also_open={also}
                            compared={state.target.is_some_and(|o| state.compare.contains(&o))} on_compare={props.on_compare.clone()} on_choose={props.on_show.clone()} />
                    },
                    None => html! { <p class="hint">{ t(lang, Msg::ResultNeedsTarget) }</p> },
                }
            }
            <SeasonalWork profile={state.profile.clone()} {options} on_choose={props.on_show.clone()} />
        </>
    }
}

fn result_view(props: &ResultPartProps) -> Html {
    html! { <Whole><ResultPart ..props.clone() /></Whole> }
}

on_demand! {
    /// The result: loaded when the assessment first has a skill, a target or a comparison.
    pub static RESULT: Lazy<View<ResultPartProps>> = result_chunk => result_view;
}

#[derive(Properties, PartialEq, Clone)]
pub struct TakeAwayPartProps {
    pub state: AssessmentState,
    pub start_month: u8,
    /// The assessment as an export (for the share link, QR code and file).
    pub export: AssessmentExport,
    pub persist: bool,
    pub held: bool,
    pub kiosk: bool,
    pub on_forget: Callback<()>,
    pub on_open: Callback<Result<AssessmentExport, AssessmentError>>,
    pub on_compare: Callback<OccupationIdx>,
    pub on_show: Callback<OccupationIdx>,
}

/// The comparison and the take-away.
#[component]
fn TakeAwayPart(props: &TakeAwayPartProps) -> Html {
    let state = &props.state;
    let options = state.constraints.plan_options(props.start_month);
    html! {
        <>
            <CompareView occupations={state.compare.clone()} profile={state.profile.clone()} {options}
                on_choose={props.on_show.clone()} on_toggle={props.on_compare.clone()} />
            <TakeAway export={props.export.clone()} persist={props.persist} held={props.held} kiosk={props.kiosk} on_forget={props.on_forget.clone()} on_open={props.on_open.clone()} />
        </>
    }
}

fn take_away_view(props: &TakeAwayPartProps) -> Html {
    html! { <Whole><TakeAwayPart ..props.clone() /></Whole> }
}

on_demand! {
    /// The comparison and the take-away: loaded with the result.
    pub static TAKE_AWAY: Lazy<View<TakeAwayPartProps>> = take_away_chunk => take_away_view;
}
