//! The recommended courses ("推荐课程") in the order to take them, with start month, hours,
//! certificate, places, fee, subsidy and out-of-pocket cost; the totals; and the skills no
//! attendable course closes, with the reason.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::format::DeliveryMode;
use crate::domain::planner::UnclosableReason;
use crate::domain::{CoursePlan, Lang, Objective};
use crate::i18n::{label_value, list_separator, plan_month, t, yuan, PartMsg};
use crate::ui::{use_lang, use_whole};

#[derive(Properties, PartialEq)]
pub struct CourseListProps {
    pub plan: Rc<CoursePlan>,
    pub objective: Objective,
}

#[component]
pub fn CourseList(props: &CourseListProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_whole() else { return html! {} };
    let plan = &props.plan;
    let sep = list_separator(lang);

    html! {
        <section class="plan" aria-labelledby="plan-title">
            <h3 id="plan-title">{ t(lang, PartMsg::RecommendedCourses) }</h3>
            if plan.courses.is_empty() && plan.unclosable.is_empty() {
                <p class="ok">{ t(lang, PartMsg::NoCoursesNeeded) }</p>
            } else if !plan.courses.is_empty() {
                <dl class="plan__totals">
                    <div><dt>{ t(lang, PartMsg::TotalHours) }</dt><dd>{ plan.total_hours }</dd></div>
                    <div><dt>{ t(lang, PartMsg::TotalFee) }</dt><dd>{ yuan(lang, plan.total_fee) }</dd></div>
                    <div><dt>{ t(lang, PartMsg::TotalSubsidy) }</dt><dd>{ yuan(lang, plan.total_subsidy) }</dd></div>
                    <div><dt>{ t(lang, PartMsg::OutOfPocket) }</dt><dd>{ yuan(lang, plan.total_out_of_pocket) }</dd></div>
                </dl>
                if !plan.optimal {
                    <p class="hint">{ format!("{} {}", t(lang, PartMsg::PlanNotProven), plan.value(props.objective).saturating_sub(plan.lower_bound)) }</p>
                }
                <ol class="plan__list" aria-labelledby="plan-title">
                    { for plan.courses.iter().map(|p| {
                        let course = catalogue.course(p.course);
                        let certificate = course.certificate.as_ref().map_or(t(lang, PartMsg::NoCertificate), |cert| cert.name.get(lang));
                        let mut places: Vec<&str> = course.cities.iter().map(|city| city.name(lang)).collect();
                        if course.mode != DeliveryMode::InPerson {
                            places.push(t(lang, PartMsg::Online));
                        }
                        let prerequisites: Vec<&str> = course.prerequisites.iter().map(|q| catalogue.course(*q).name.get(lang)).collect();
                        html! {
                            <li class="course">
                                <p class="course__name">{ course.name.get(lang) }</p>
                                <dl class="course__facts">
                                    <div><dt>{ t(lang, PartMsg::StartsIn) }</dt><dd>{ match lang {
                                        Lang::Zh => format!("{}（{} {}）", plan_month(lang, p.starts_after_months, p.start_month), p.weeks, t(lang, PartMsg::Weeks)),
                                        Lang::En => format!("{} ({} {})", plan_month(lang, p.starts_after_months, p.start_month), p.weeks, t(lang, PartMsg::Weeks)),
                                    } }</dd></div>
                                    <div><dt>{ t(lang, PartMsg::Hours) }</dt><dd>{ course.hours }</dd></div>
                                    <div><dt>{ t(lang, PartMsg::Certificate) }</dt><dd>{ certificate }</dd></div>
                                    <div><dt>{ t(lang, PartMsg::Where) }</dt><dd>{ places.join(sep) }</dd></div>
                                    <div><dt>{ t(lang, PartMsg::Fee) }</dt><dd>{ yuan(lang, course.cost) }</dd></div>
                                    if p.subsidy > 0 {
                                        <div><dt>{ t(lang, PartMsg::Subsidy) }</dt><dd>{ yuan(lang, p.subsidy) }</dd></div>
                                    }
                                    <div><dt>{ t(lang, PartMsg::OutOfPocket) }</dt><dd>{ yuan(lang, p.out_of_pocket) }</dd></div>
                                    if !prerequisites.is_empty() {
                                        <div><dt>{ t(lang, PartMsg::Prerequisite) }</dt><dd>{ prerequisites.join(sep) }</dd></div>
                                    }
                                </dl>
                            </li>
                        }
                    }) }
                </ol>
            }
            if !plan.unclosable.is_empty() {
                <div class="plan__unclosable">
                    <p>{ t(lang, PartMsg::Unclosable) }</p>
                    <ul>{ for plan.unclosable.iter().map(|u| {
                        let reason = match u.reason {
                            UnclosableReason::NoCourse => t(lang, PartMsg::UnclosableNoCourse),
                            UnclosableReason::NotAttendable => t(lang, PartMsg::UnclosableNotHere),
                        };
                        html! { <li>{ label_value(lang, catalogue.skill(u.skill).name.get(lang), reason) }</li> }
                    }) }</ul>
                </div>
            }
        </section>
    }
}
