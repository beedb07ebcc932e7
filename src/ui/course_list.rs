//! The recommended courses ("推荐课程") in the order to take them, with hours, certificate,
//! places, start months, fee and subsidy, and the skills no course can close.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::format::DeliveryMode;
use crate::domain::CoursePlan;
use crate::i18n::{label_value, list_separator, month, t, yuan, Msg};
use crate::ui::{use_catalogue, use_lang};

#[derive(Properties, PartialEq)]
pub struct CourseListProps {
    pub plan: Rc<CoursePlan>,
}

#[component]
pub fn CourseList(props: &CourseListProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_catalogue() else { return html! {} };
    let plan = &props.plan;
    let sep = list_separator(lang);

    html! {
        <section class="plan" aria-labelledby="plan-title">
            <h3 id="plan-title">{ t(lang, Msg::RecommendedCourses) }</h3>
            if plan.courses.is_empty() {
                <p class="ok">{ t(lang, Msg::NoCoursesNeeded) }</p>
            } else {
                <p class="plan__total">{ label_value(lang, t(lang, Msg::TotalHours), &plan.total_hours.to_string()) }</p>
                <ol class="plan__list" aria-labelledby="plan-title">
                    { for plan.courses.iter().map(|&c| {
                        let course = catalogue.course(c);
                        let certificate = course.certificate.as_ref().map_or(t(lang, Msg::NoCertificate), |cert| cert.name.get(lang));
                        let mut places: Vec<&str> = course.cities.iter().map(|city| city.name(lang)).collect();
                        if course.mode != DeliveryMode::InPerson {
                            places.push(t(lang, Msg::Online));
                        }
                        let months: Vec<String> = course.month_list().map(|m| month(lang, m)).collect();
                        let subsidy = catalogue.subsidy_rule(course).map(|r| r.amount.min(course.cost));
                        let prerequisites: Vec<&str> = course.prerequisites.iter().map(|p| catalogue.course(*p).name.get(lang)).collect();
                        html! {
                            <li class="course">
                                <p class="course__name">{ course.name.get(lang) }</p>
                                <dl class="course__facts">
                                    <div><dt>{ t(lang, Msg::Hours) }</dt><dd>{ course.hours }</dd></div>
                                    <div><dt>{ t(lang, Msg::Certificate) }</dt><dd>{ certificate }</dd></div>
                                    <div><dt>{ t(lang, Msg::Where) }</dt><dd>{ places.join(sep) }</dd></div>
                                    <div><dt>{ t(lang, Msg::Months) }</dt><dd>{ months.join(sep) }</dd></div>
                                    <div><dt>{ t(lang, Msg::Fee) }</dt><dd>{ yuan(lang, course.cost) }</dd></div>
                                    if let Some(amount) = subsidy {
                                        <div><dt>{ t(lang, Msg::Subsidy) }</dt><dd>{ yuan(lang, amount) }</dd></div>
                                    }
                                    if !prerequisites.is_empty() {
                                        <div><dt>{ t(lang, Msg::Prerequisite) }</dt><dd>{ prerequisites.join(sep) }</dd></div>
                                    }
                                </dl>
                            </li>
                        }
                    }) }
                </ol>
            }
            if !plan.unclosable.is_empty() {
                <div class="plan__unclosable">
                    <p>{ t(lang, Msg::Unclosable) }</p>
                    <ul>{ for plan.unclosable.iter().map(|(s, _)| html! { <li>{ catalogue.skill(*s).name.get(lang) }</li> }) }</ul>
                </div>
            }
        </section>
    }
}
