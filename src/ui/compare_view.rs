//! Up to three occupations side by side: match, skills met, plan hours, money out of pocket,
//! months of training and the certificate after the plan, each with its own plan.

use yew::prelude::*;

use crate::domain::ladder::outlook;
use crate::domain::{assess_match, plan_courses, OccupationIdx, PlanOptions, Profile};
use crate::i18n::{fit_line, grade_name, label_value, met_fraction, t, yuan, PartMsg, ToolsMsg};
use crate::ui::timeline::plan_months;
use crate::ui::{use_lang, use_whole};

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub occupations: Vec<OccupationIdx>,
    pub profile: Profile,
    pub options: PlanOptions,
    pub on_choose: Callback<OccupationIdx>,
    pub on_toggle: Callback<OccupationIdx>,
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_whole() else { return html! {} };
    if props.occupations.is_empty() {
        return html! {};
    }
    let columns: Vec<_> = props
        .occupations
        .iter()
        .map(|&o| {
            let report = assess_match(&catalogue, &props.profile, o);
            let plan = plan_courses(&catalogue, &props.profile, &report, &props.options);
            let outlook = outlook(&catalogue, &report, &plan);
            let why = crate::domain::fit::explain(&catalogue, &props.profile, o);
            (o, report, plan, outlook, why)
        })
        .collect();
    let row = |label: &'static str, cell: &dyn Fn(usize) -> String| {
        html! {
            <tr>
                <th scope="row">{ label }</th>
                { for (0..columns.len()).map(|i| html! { <td>{ cell(i) }</td> }) }
            </tr>
        }
    };
    html! {
        <section class="compare" aria-labelledby="compare-title">
            <h3 id="compare-title">{ t(lang, ToolsMsg::CompareTitle) }</h3>
            <p class="hint">{ t(lang, ToolsMsg::CompareHint) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-title">
            <table class="compare__table" aria-labelledby="compare-title">
                <thead>
                    <tr>
                        <td></td>
                        { for columns.iter().map(|(o, ..)| {
                            let name = catalogue.occupation(*o).name.get(lang).to_owned();
                            let show = { let (cb, o) = (props.on_choose.clone(), *o); Callback::from(move |_: MouseEvent| cb.emit(o)) };
                            let remove = { let (cb, o) = (props.on_toggle.clone(), *o); Callback::from(move |_: MouseEvent| cb.emit(o)) };
                            html! {
                                <th scope="col">
                                    <span class="compare__name">{ &name }</span>
                                    <span class="compare__actions">
                                        <button type="button" class="button button--small" onclick={show} aria-label={label_value(lang, t(lang, PartMsg::ShowThis), &name)}>{ t(lang, PartMsg::ShowThis) }</button>
                                        <button type="button" class="button button--small" onclick={remove} aria-pressed="true" aria-label={label_value(lang, t(lang, PartMsg::CompareAdd), &name)}>{ t(lang, PartMsg::CompareAdd) }</button>
                                    </span>
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { row(t(lang, ToolsMsg::CompareMatch), &|i| format!("{}%", columns[i].1.percent())) }
                    { row(t(lang, ToolsMsg::CompareMet), &|i| met_fraction(columns[i].1.met_count(), columns[i].1.skills.len())) }
                    { row(t(lang, ToolsMsg::CompareFit), &|i| fit_line(lang, &columns[i].4, None)) }
                    { row(t(lang, PartMsg::TotalHours), &|i| columns[i].2.total_hours.to_string()) }
                    { row(t(lang, ToolsMsg::CompareMonths), &|i| plan_months(&columns[i].2).to_string()) }
                    { row(t(lang, PartMsg::OutOfPocket), &|i| yuan(lang, columns[i].2.total_out_of_pocket)) }
                    { row(t(lang, PartMsg::TotalSubsidy), &|i| yuan(lang, columns[i].2.total_subsidy)) }
                    { row(t(lang, ToolsMsg::CompareCertificate), &|i| columns[i].3.ready_grade.map_or_else(|| "—".to_owned(), |g| grade_name(lang, g))) }
                    // On paper the comparison keeps to the figures (the report stays within two pages).
                    <tr class="no-print">
                        <th scope="row">{ t(lang, PartMsg::RecommendedCourses) }</th>
                        { for columns.iter().map(|(_, _, plan, _, _)| html! {
                            <td>
                                <ol class="compare__plan">
                                    { for plan.courses.iter().map(|p| {
                                        let c = catalogue.course(p.course);
                                        html! { <li>{ format!("{} · {} {}", c.name.get(lang), c.hours, t(lang, PartMsg::Hours)) }</li> }
                                    }) }
                                </ol>
                            </td>
                        }) }
                    </tr>
                    { row(t(lang, ToolsMsg::CompareShortage), &|i| t(lang, if catalogue.occupation(columns[i].0).shortage.is_some() { ToolsMsg::Yes } else { ToolsMsg::No }).to_owned()) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
