//! The result for one target: the match score explained, the skill gap and the course plan.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::{CoursePlan, GapReport};
use crate::i18n::{met_summary, t, Msg};
use crate::ui::{use_catalogue, use_lang, CourseList, GapTable};

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub report: Rc<GapReport>,
    pub plan: Rc<CoursePlan>,
}

#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_catalogue() else { return html! {} };
    let report = &props.report;
    let occ = catalogue.occupation(report.occupation);
    let percent = report.percent();

    html! {
        <div class="result">
            <div class="score" role="group" aria-labelledby="score-label">
                <p class="score__label" id="score-label">{ format!("{} · {}", t(lang, Msg::MatchLabel), occ.name.get(lang)) }</p>
                <p class="score__value"><span class="score__number">{ percent }</span>{ "%" }</p>
                <meter class="score__meter" min="0" max="100" value={percent.to_string()} aria-labelledby="score-label"></meter>
                <p class="score__summary">{ met_summary(lang, report.met_count(), report.skills.len()) }</p>
                <p class="hint">{ t(lang, Msg::MatchExplain) }</p>
            </div>
            <GapTable report={report.clone()} />
            <CourseList plan={props.plan.clone()} />
        </div>
    }
}
