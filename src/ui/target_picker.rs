//! The choice of a target occupation ("目标职业"), grouped by industrial cluster.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::{Lang, OccupationIdx};
use crate::i18n::{t, Msg};
use crate::ui::{use_catalogue, use_lang};

#[derive(Properties, PartialEq)]
pub struct TargetPickerProps {
    pub value: Option<OccupationIdx>,
    pub on_change: Callback<Option<OccupationIdx>>,
}

#[component]
pub fn TargetPicker(props: &TargetPickerProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_catalogue() else { return html! {} };
    let count = catalogue.occupations.len();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let target = select.value().parse::<u32>().ok().filter(|&i| (i as usize) < count).map(OccupationIdx);
            on_change.emit(target);
        })
    };

    let option = |o: OccupationIdx| {
        let occ = catalogue.occupation(o);
        let shortage = match (&occ.shortage, lang) {
            (None, _) => String::new(),
            (Some(_), Lang::Zh) => format!("（{}）", t(lang, Msg::ShortageTag)),
            (Some(_), Lang::En) => format!(" ({})", t(lang, Msg::ShortageTag)),
        };
        html! {
            <option value={o.0.to_string()} selected={props.value == Some(o)}>
                { format!("{} {}{}", occ.name.get(lang), occ.code, shortage) }
            </option>
        }
    };

    // One group per industry, in catalogue order; an occupation sits under its first industry.
    let groups = catalogue.industries.iter().enumerate().filter_map(|(i, industry)| {
        let members: Vec<OccupationIdx> = catalogue
            .occupation_indices()
            .filter(|&o| catalogue.occupation(o).industries.first().map(|x| x.get()) == Some(i))
            .collect();
        (!members.is_empty()).then(|| {
            html! {
                <optgroup label={industry.name.get(lang).to_owned()}>
                    { for members.into_iter().map(option) }
                </optgroup>
            }
        })
    });

    html! {
        <div class="target">
            <label for="target" class="field-label">{ t(lang, Msg::TargetLabel) }</label>
            <select id="target" {onchange}>
                <option value="" selected={props.value.is_none()}>{ t(lang, Msg::TargetPlaceholder) }</option>
                { for groups }
            </select>
        </div>
    }
}
