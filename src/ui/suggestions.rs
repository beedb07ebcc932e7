//! "What fits me?": the occupations closest to the profile, with plan hours for the top ones.

use yew::prelude::*;

use crate::domain::ranking::{rank_occupations, RankOptions};
use crate::domain::{assess_match, plan_courses, OccupationIdx, PlanOptions, Profile};
use crate::i18n::{label_value, t, Msg};
use crate::ui::{use_catalogue, use_lang};

/// How many suggestions are shown.
const SHOWN: usize = 5;

#[derive(Properties, PartialEq)]
pub struct SuggestionsProps {
    pub profile: Profile,
    pub options: PlanOptions,
    pub on_choose: Callback<OccupationIdx>,
}

#[component]
pub fn Suggestions(props: &SuggestionsProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_catalogue() else { return html! {} };
    let ranked =
        rank_occupations(&catalogue, &props.profile, &RankOptions { plan: props.options, ..RankOptions::default() });
    html! {
        <section class="suggestions" aria-labelledby="suggestions-title">
            <h3 id="suggestions-title">{ t(lang, Msg::SuggestionsTitle) }</h3>
            <p class="hint">{ t(lang, Msg::SuggestionsHint) }</p>
            <ol class="suggestions__list" aria-labelledby="suggestions-title">
                { for ranked.iter().take(SHOWN).map(|r| {
                    let occ = catalogue.occupation(r.occupation);
                    let report = assess_match(&catalogue, &props.profile, r.occupation);
                    let plan = plan_courses(&catalogue, &props.profile, &report, &props.options);
                    let onclick = {
                        let (on_choose, o) = (props.on_choose.clone(), r.occupation);
                        Callback::from(move |_: MouseEvent| on_choose.emit(o))
                    };
                    let name = occ.name.get(lang).to_owned();
                    html! {
                        <li class="suggestion">
                            <span class="suggestion__name">{ &name }</span>
                            <span class="suggestion__score">{ format!("{}%", r.score.round()) }</span>
                            <span class="suggestion__hours">{ label_value(lang, t(lang, Msg::TotalHours), &plan.total_hours.to_string()) }</span>
                            if r.shortage {
                                <span class="tag">{ t(lang, Msg::ShortageTag) }</span>
                            }
                            <button type="button" class="button" {onclick} aria-label={label_value(lang, t(lang, Msg::ShowThis), &name)}>
                                { t(lang, Msg::ShowThis) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
