//! "What fits me?": the occupations closest to the profile, with plan hours for the top ones.

use yew::prelude::*;

use crate::ui::lazy::View;

use web_sys::HtmlSelectElement;

use crate::domain::ranking::{top_occupations_on, OpeningsFilter, RankOptions, ScoreBoard};
use crate::domain::{assess_with, plan_courses, OccupationIdx, PlanOptions, Profile};
use crate::i18n::{fit_line, label_value, openings_line, t, Msg, PartMsg};
use crate::ui::{use_lang, use_whole, WholeCatalogue};

/// How many suggestions are shown.
const SHOWN: usize = 5;

#[derive(Properties, PartialEq, Clone)]
pub struct SuggestionsProps {
    pub profile: Profile,
    pub options: PlanOptions,
    pub on_choose: Callback<OccupationIdx>,
    /// Occupations in the comparison, and how to put one in or take it out.
    #[prop_or_default]
    pub compare: Vec<OccupationIdx>,
    #[prop_or_default]
    pub on_compare: Callback<OccupationIdx>,
}

#[component]
pub fn Suggestions(props: &SuggestionsProps) -> Html {
    let lang = use_lang();
    let boost = use_state(|| false);
    let filter = use_state(OpeningsFilter::default);
    // Every occupation's score, updated for what changed since the last render (a cache: the
    // render stays a function of the props).
    let scores = use_mut_ref(|| None::<(WholeCatalogue, ScoreBoard)>);
    let Some(catalogue) = use_whole() else { return html! {} };
    let mut scores = scores.borrow_mut();
    if !matches!(&*scores, Some((of, _)) if *of == catalogue) {
        *scores = None;
    }
    let (_, board) = scores.get_or_insert_with(|| (catalogue.clone(), ScoreBoard::new(&catalogue, &props.profile)));
    board.update(&catalogue, &props.profile);
    let ranked = top_occupations_on(
        board,
        &catalogue,
        &props.profile,
        &RankOptions {
            plan: props.options,
            openings_boost: if *boost { 10.0 } else { 0.0 },
            openings_filter: *filter,
            ..RankOptions::default()
        },
        SHOWN,
    );
    let spoken = std::rc::Rc::new(crate::i18n::spoken::suggestion_sentences(
        lang,
        &ranked
            .iter()
            .map(|r| {
                (catalogue.occupation(r.occupation).name.get(lang).to_owned(), r.score.round().clamp(0.0, 100.0) as u8)
            })
            .collect::<Vec<_>>(),
    ));
    let has_demand = catalogue.has_demand();
    let city_name = props.options.city.map(|c| c.name(lang));
    let on_boost = {
        let boost = boost.clone();
        Callback::from(move |_: Event| boost.set(!*boost))
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            filter.set(match select.value().as_str() {
                "city" => OpeningsFilter::InCity,
                "province" => OpeningsFilter::InProvince,
                _ => OpeningsFilter::Any,
            });
        })
    };
    html! {
        <section class="suggestions" aria-labelledby="suggestions-title">
            <h3 id="suggestions-title">{ t(lang, PartMsg::SuggestionsTitle) }</h3>
            <p class="hint">{ t(lang, PartMsg::SuggestionsHint) }</p>
            if !ranked.is_empty() {
                <crate::ui::ReadAloud sentences={spoken} />
            }
            if has_demand {
                <div class="suggestions__options">
                    <label class="choice" for="openings-boost">
                        <input type="checkbox" id="openings-boost" checked={*boost} onchange={on_boost} />
                        { t(lang, PartMsg::OpeningsBoostLabel) }
                    </label>
                    <label for="openings-filter" class="field-label">{ t(lang, PartMsg::OpeningsFilterLabel) }</label>
                    <select id="openings-filter" onchange={on_filter}>
                        <option value="any" selected={*filter == OpeningsFilter::Any}>{ t(lang, PartMsg::OpeningsFilterAny) }</option>
                        <option value="city" selected={*filter == OpeningsFilter::InCity}>{ t(lang, PartMsg::OpeningsFilterCity) }</option>
                        <option value="province" selected={*filter == OpeningsFilter::InProvince}>{ t(lang, PartMsg::OpeningsFilterProvince) }</option>
                    </select>
                </div>
            }
            <ol class="suggestions__list" aria-labelledby="suggestions-title">
                { for ranked.iter().map(|r| {
                    let occ = catalogue.occupation(r.occupation);
                    // The board's vector: not a new one of every skill for each of the five.
                    let report = assess_with(&catalogue, board.vector(), r.occupation);
                    let plan = plan_courses(&catalogue, &props.profile, &report, &props.options);
                    let onclick = {
                        let (on_choose, o) = (props.on_choose.clone(), r.occupation);
                        Callback::from(move |_: MouseEvent| on_choose.emit(o))
                    };
                    let name = occ.name.get(lang).to_owned();
                    let compared = props.compare.contains(&r.occupation);
                    let on_compare = {
                        let (cb, o) = (props.on_compare.clone(), r.occupation);
                        Callback::from(move |_: MouseEvent| cb.emit(o))
                    };
                    html! {
                        <li class="suggestion">
                            <span class="suggestion__name">
                                { crate::domain::browse::occupation_picture(&catalogue, occ).map(crate::ui::pictogram::pictogram).unwrap_or_default() }
                                { &name }
                            </span>
                            <span class="suggestion__score">{ format!("{}%", r.score.round() as i64) }</span>
                            <span class="suggestion__hours">{ label_value(lang, t(lang, PartMsg::TotalHours), &plan.total_hours.to_string()) }</span>
                            <span class={classes!("suggestion__why", r.fit.flagged().then_some("suggestion__why--flagged"))}>{ fit_line(lang, &r.fit, Some((plan.total_hours, plan.unclosable.len()))) }</span>
                            if r.shortage {
                                <span class="tag">{ t(lang, Msg::ShortageTag) }</span>
                            }
                            if has_demand {
                                <span class="suggestion__openings">{ openings_line(lang, city_name, &r.openings) }</span>
                            }
                            <button type="button" class="button" {onclick} aria-label={label_value(lang, t(lang, PartMsg::ShowThis), &name)}>
                                { t(lang, PartMsg::ShowThis) }
                            </button>
                            <button type="button" class="button" onclick={on_compare} aria-pressed={if compared { "true" } else { "false" }}
                                aria-label={label_value(lang, t(lang, PartMsg::CompareAdd), &name)}>
                                { t(lang, PartMsg::CompareAdd) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

fn view(props: &SuggestionsProps) -> Html {
    html! { <crate::ui::Whole><Suggestions ..props.clone() /></crate::ui::Whole> }
}

crate::on_demand! {
    /// The suggestions: loaded when the profile first has a skill (the ranking and the plan for
    /// each occupation are not in a phone's first load).
    pub static SUGGESTIONS: Lazy<View<SuggestionsProps>> = suggestions_chunk => view;
}
