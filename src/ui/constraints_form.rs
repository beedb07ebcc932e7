//! When, where and how the worker can train: city, free months, hours per week, objective.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::city::CITIES;
use crate::domain::planner::Objective;
use crate::i18n::{month, t, Msg};
use crate::state::{AssessmentAction, Constraints};
use crate::ui::use_lang;

#[derive(Properties, PartialEq)]
pub struct ConstraintsFormProps {
    pub constraints: Constraints,
    pub on_action: Callback<AssessmentAction>,
}

#[component]
pub fn ConstraintsForm(props: &ConstraintsFormProps) -> Html {
    let lang = use_lang();
    let c = props.constraints;
    let on_city = props.on_action.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let id = select.value();
        AssessmentAction::SetCity(CITIES.iter().find(|c| c.id == id).map(|c| c.id))
    });
    let on_hours = props.on_action.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        AssessmentAction::SetHoursPerWeek(select.value().parse().unwrap_or(40))
    });
    let objective = |value: Objective, msg: Msg, id: &'static str| {
        let onchange = props.on_action.reform(move |_: Event| AssessmentAction::SetObjective(value));
        html! {
            <label class="choice" for={id}>
                <input type="radio" name="objective" id={id} checked={c.objective == value} {onchange} />
                { t(lang, msg) }
            </label>
        }
    };
    html! {
        <div class="constraints">
            <label for="city" class="field-label">{ t(lang, Msg::CityLabel) }</label>
            <select id="city" onchange={on_city}>
                <option value="" selected={c.city.is_none()}>{ t(lang, Msg::AnyCity) }</option>
                { for CITIES.iter().map(|city| html! {
                    <option value={city.id} selected={c.city == Some(city.id)}>{ city.name(lang) }</option>
                }) }
            </select>
            <fieldset class="months">
                <legend class="field-label">{ t(lang, Msg::FreeMonthsLabel) }</legend>
                { for (1..=12u8).map(|m| {
                    let onchange = props.on_action.reform(move |_: Event| AssessmentAction::ToggleMonth(m));
                    let id = format!("month-{m}");
                    html! {
                        <label class="month" for={id.clone()}>
                            <input type="checkbox" id={id} checked={c.free_months & (1 << m) != 0} {onchange} />
                            { month(lang, m) }
                        </label>
                    }
                }) }
            </fieldset>
            <label for="hours-per-week" class="field-label">{ t(lang, Msg::HoursPerWeekLabel) }</label>
            <select id="hours-per-week" onchange={on_hours}>
                { for [10u32, 20, 30, 40].into_iter().map(|h| html! {
                    <option value={h.to_string()} selected={c.hours_per_week == h}>{ h }</option>
                }) }
            </select>
            <fieldset class="objective">
                <legend class="field-label">{ t(lang, Msg::ObjectiveLabel) }</legend>
                { objective(Objective::Hours, Msg::ObjectiveHours, "objective-hours") }
                { objective(Objective::OutOfPocket, Msg::ObjectiveCost, "objective-cost") }
            </fieldset>
        </div>
    }
}
