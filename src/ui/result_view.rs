//! The result for one target: the match score explained, the skill gap, the course plan and the
//! certificate it leads to.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::ladder::Outlook;
use crate::domain::{CoursePlan, GapReport, Objective, OccupationIdx};
use crate::i18n::spoken::{result_sentences, SpokenCourse, SpokenGap, SpokenResult};
use crate::i18n::{credit_line, explain, grade_name, label_value, openings_line, t, PartMsg};
use crate::ui::{use_lang, use_whole, CourseList, GapChart, GapTable, ReadAloud, Timeline};

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub report: Rc<GapReport>,
    pub plan: Rc<CoursePlan>,
    pub outlook: Rc<Outlook>,
    pub objective: Objective,
    /// The worker's city, for openings near them.
    #[prop_or_default]
    pub city: Option<&'static crate::domain::city::City>,
    /// Calendar month the plan starts in, and the worker's free months (bits 1–12; 0: any).
    #[prop_or(1)]
    pub start_month: u8,
    #[prop_or_default]
    pub free_months: u16,
    /// Other occupations the plan opens (with their match after it).
    #[prop_or_default]
    pub also_open: Vec<(OccupationIdx, u8)>,
    /// Whether this occupation is in the comparison.
    #[prop_or_default]
    pub compared: bool,
    #[prop_or_default]
    pub on_compare: Callback<OccupationIdx>,
    #[prop_or_default]
    pub on_choose: Callback<OccupationIdx>,
}

#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_whole() else { return html! {} };
    let report = &props.report;
    let occ = catalogue.occupation(report.occupation);
    let percent = report.percent();
    let worst = report.missing().first().map(|g| (catalogue.skill(g.skill).name.get(lang).to_owned(), g.shortfall()));
    let sentence =
        explain(lang, percent, report.met_count(), report.skills.len(), worst.as_ref().map(|(n, s)| (n.as_str(), *s)));
    let credited: Vec<String> = report
        .credited()
        .filter_map(|g| {
            let c = g.credit?;
            Some(credit_line(
                lang,
                catalogue.skill(c.from).name.get(lang),
                catalogue.skill(g.skill).name.get(lang),
                c.similarity,
            ))
        })
        .collect();
    let spoken = {
        let openings = catalogue.has_demand().then(|| catalogue.openings(report.occupation, props.city));
        let courses = props
            .plan
            .courses
            .iter()
            .map(|p| {
                let course = catalogue.course(p.course);
                // The worker's city when the course is held there, else the first of its cities.
                let place = (course.mode != crate::domain::format::DeliveryMode::Online).then(|| {
                    let here = props.city.filter(|c| course.cities.iter().any(|x| x.id == c.id));
                    here.or_else(|| course.cities.first().copied())
                        .map_or_else(String::new, |c| c.name(lang).to_owned())
                });
                SpokenCourse {
                    name: course.name.get(lang).to_owned(),
                    hours: course.hours,
                    start_month: p.start_month,
                    place: place.filter(|p| !p.is_empty()),
                    out_of_pocket: p.out_of_pocket,
                }
            })
            .collect();
        let said = SpokenResult {
            occupation: occ.name.get(lang).to_owned(),
            percent,
            gaps: report
                .missing()
                .iter()
                .map(|g| SpokenGap {
                    skill: catalogue.skill(g.skill).name.get(lang).to_owned(),
                    levels_short: g.shortfall(),
                })
                .collect(),
            courses,
            total_hours: props.plan.total_hours,
            total_out_of_pocket: props.plan.total_out_of_pocket,
            unclosable: props.plan.unclosable.len(),
            openings: openings.map(|o| match props.city {
                Some(c) if o.in_city > 0 => (o.in_city, Some(c.name(lang).to_owned())),
                _ => (o.in_province, None),
            }),
        };
        Rc::new(result_sentences(lang, &said))
    };
    let outlook = &props.outlook;
    let on_compare = {
        let (cb, o) = (props.on_compare.clone(), report.occupation);
        Callback::from(move |_: MouseEvent| cb.emit(o))
    };

    html! {
        <div class="result">
            <div class="score" role="group" aria-labelledby="score-label">
                <p class="score__label" id="score-label">{ format!("{} · {}", t(lang, PartMsg::MatchLabel), occ.name.get(lang)) }</p>
                <p class="score__about">{ occ.description.get(lang) }</p>
                // An occupation whose tasks map onto no skill has nothing to score: no number.
                if !occ.requires.is_empty() {
                    <p class="score__value"><span class="score__number">{ percent }</span>{ "%" }</p>
                    <meter class="score__meter" min="0" max="100" value={percent.to_string()} aria-labelledby="score-label"></meter>
                    <p class="score__summary">{ sentence }</p>
                    <ReadAloud sentences={spoken} />
                }
                <p class="hint">{ t(lang, PartMsg::MatchExplain) }</p>
                <button type="button" class="button button--small no-print" aria-pressed={if props.compared { "true" } else { "false" }} onclick={on_compare}>
                    { t(lang, PartMsg::CompareAdd) }
                </button>
                if !credited.is_empty() {
                    <div class="credited">
                        <p>{ t(lang, PartMsg::CreditedTitle) }</p>
                        <ul>{ for credited.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                    </div>
                }
            </div>
            if !occ.requirements_from.is_reviewed() {
                <crate::ui::spine::OfficialTasks occupation={report.occupation} />
            }
            if catalogue.has_demand() {
                <section class="openings" aria-labelledby="openings-title">
                    <h3 id="openings-title">{ t(lang, PartMsg::OpeningsTitle) }</h3>
                    {
                        match catalogue.demand(report.occupation) {
                            [] => html! { <p>{ t(lang, PartMsg::NoOpenings) }</p> },
                            rows => {
                                let summary = catalogue.openings(report.occupation, props.city);
                                let source = rows.iter().map(|d| d.source.as_str()).max().unwrap_or("");
                                html! {
                                    <>
                                        <p class="openings__summary">{ openings_line(lang, props.city.map(|c| c.name(lang)), &summary) }</p>
                                        <p class="hint">{
                                            if source == crate::domain::catalogue::SAMPLE_SOURCE {
                                                t(lang, PartMsg::DemandSample).to_owned()
                                            } else {
                                                label_value(lang, t(lang, PartMsg::DemandSource), source)
                                            }
                                        }</p>
                                    </>
                                }
                            }
                        }
                    }
                </section>
            }
            <GapChart report={report.clone()} />
            <GapTable report={report.clone()} />
            <Timeline plan={props.plan.clone()} start_month={props.start_month} free_months={props.free_months} />
            <CourseList plan={props.plan.clone()} objective={props.objective} />
            <div class="outlook">
                {
                    match outlook.ready_grade {
                        Some(g) => html! {
                            <>
                                <p class="outlook__ready">{ label_value(lang, t(lang, PartMsg::OutlookReady), &format!("{} {}", occ.name.get(lang), grade_name(lang, g))) }</p>
                                if let Some(next) = outlook.next_grade {
                                    <p>{ label_value(lang, t(lang, PartMsg::OutlookNext), &grade_name(lang, next)) }</p>
                                }
                            </>
                        },
                        None => html! { <p>{ t(lang, PartMsg::OutlookNotYet) }</p> },
                    }
                }
                if !props.also_open.is_empty() {
                    <p>{ t(lang, PartMsg::AlsoOpenTitle) }</p>
                    <ul class="also-open">
                        { for props.also_open.iter().map(|&(o, pct)| {
                            let name = catalogue.occupation(o).name.get(lang).to_owned();
                            let onclick = { let cb = props.on_choose.clone(); Callback::from(move |_: MouseEvent| cb.emit(o)) };
                            html! {
                                <li>
                                    { format!("{name} · {pct}%") }{ " " }
                                    <button type="button" class="button button--small no-print" {onclick} aria-label={label_value(lang, t(lang, PartMsg::ShowThis), &name)}>{ t(lang, PartMsg::ShowThis) }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>
        </div>
    }
}
