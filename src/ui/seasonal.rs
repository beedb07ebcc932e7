//! Seasonal work in the worker's free months: occupations with seasonal openings then, near the
//! worker, each with the match, the months and when the worker can start (after the short plan
//! that closes the gap, or plainly too late this season). Shown with the result when free
//! months are set and the catalogue has seasonal openings.

use yew::prelude::*;

use crate::domain::catalogue::SAMPLE_SOURCE;
use crate::domain::matching::Profile;
use crate::domain::planner::PlanOptions;
use crate::domain::season::seasonal_work;
use crate::domain::OccupationIdx;
use crate::i18n::{label_value, seasonal_line, seasonal_when, t, PartMsg};
use crate::ui::{use_lang, use_whole};

/// How many seasonal jobs the list shows.
const SHOWN: usize = 6;

#[derive(Properties, PartialEq)]
pub struct SeasonalWorkProps {
    pub profile: Profile,
    pub options: PlanOptions,
    /// "Show this job": make it the target.
    pub on_choose: Callback<OccupationIdx>,
}

#[component]
pub fn SeasonalWork(props: &SeasonalWorkProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_whole() else { return html! {} };
    if props.options.free_months == 0 || !catalogue.has_seasonal() {
        return html! {};
    }
    let found = seasonal_work(&catalogue, &props.profile, &props.options, SHOWN);
    let sample = found.iter().any(|w| catalogue.seasonal(w.occupation).iter().any(|d| d.source == SAMPLE_SOURCE));
    html! {
        <section class="seasonal" aria-labelledby="seasonal-title">
            <h3 id="seasonal-title">{ t(lang, PartMsg::SeasonalTitle) }</h3>
            <p class="hint">{ t(lang, PartMsg::SeasonalHint) }</p>
            if found.is_empty() {
                <p>{ t(lang, PartMsg::SeasonalNone) }</p>
            } else {
                <ul class="seasonal__list">
                    { for found.iter().map(|w| {
                        let occupation = catalogue.occupation(w.occupation);
                        let name = occupation.name.get(lang).to_owned();
                        let courses: Vec<(&str, u32)> = w.plan.courses.iter().map(|p| {
                            let c = catalogue.course(p.course);
                            (c.name.get(lang), c.hours)
                        }).collect();
                        let choose = {
                            let (cb, o) = (props.on_choose.clone(), w.occupation);
                            Callback::from(move |_: MouseEvent| cb.emit(o))
                        };
                        html! {
                            <li class="seasonal__item">
                                <p class="seasonal__name">{ name.clone() }</p>
                                <p class="seasonal__line">{ seasonal_line(lang, w.city.map(|c| c.name(lang)), &w.season, w.openings, w.report.percent()) }</p>
                                <p class={classes!("seasonal__when", w.work.is_empty().then_some("seasonal__when--late"))}>{ seasonal_when(lang, &courses, &w.season, &w.work, w.next_season) }</p>
                                <button type="button" class="button button--small no-print" onclick={choose}
                                    aria-label={label_value(lang, t(lang, PartMsg::SeasonalShow), &name)}>{ t(lang, PartMsg::SeasonalShow) }</button>
                            </li>
                        }
                    }) }
                </ul>
                if sample {
                    <p class="hint">{ t(lang, PartMsg::DemandSample) }</p>
                }
            }
        </section>
    }
}
