//! The choice of a target occupation ("目标职业"): a search by name, everyday name, pinyin or
//! code (the same combobox as the skills), and a list grouped by industrial cluster to browse.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::{Lang, OccupationIdx};
use crate::i18n::{t, Msg};
use crate::ui::{
    use_catalogue, use_english_for_latin_queries, use_lang, use_prepared_index, CatalogueHandle, ComboOption, Combobox,
};

/// How many jobs the search suggests at once.
const MAX_SUGGESTIONS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct TargetPickerProps {
    pub value: Option<OccupationIdx>,
    pub on_change: Callback<Option<OccupationIdx>>,
}

#[component]
pub fn TargetPicker(props: &TargetPickerProps) -> Html {
    let lang = use_lang();
    let handle = use_catalogue();
    use_prepared_index(handle.clone(), CatalogueHandle::occupation_index);
    let on_no_match = use_english_for_latin_queries();
    let Some(catalogue) = handle else { return html! {} };
    let count = catalogue.occupations.len();
    let search = {
        let c = catalogue.clone();
        Callback::from(move |query: String| -> Vec<ComboOption> {
            c.occupation_index()
                .search(&query, lang, MAX_SUGGESTIONS)
                .into_iter()
                .map(|hit| {
                    let o = &c.occupations[hit.entry as usize];
                    // The everyday word that matched, when it is not the name; the code.
                    let name = o.name.get(lang);
                    let detail = if hit.phonetic || hit.matched == name.to_lowercase() || hit.matched == o.code {
                        o.code.clone()
                    } else {
                        format!("“{}” · {}", hit.matched, o.code)
                    };
                    ComboOption {
                        entry: hit.entry,
                        label: AttrValue::from(name.to_owned()),
                        detail: AttrValue::from(detail),
                        picture: crate::ui::pictogram::picture_if_loaded(crate::domain::browse::occupation_subject(
                            &c, o,
                        )),
                    }
                })
                .collect()
        })
    };
    let on_pick = {
        let on_change = props.on_change.clone();
        Callback::from(move |entry: u32| on_change.emit(Some(OccupationIdx(entry))))
    };
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

    // An occupation outside the clusters (one of the classification's, derived from its tasks),
    // when it is the target: listed first, so that the list shows what is chosen.
    let outside = props.value.filter(|&o| catalogue.occupation(o).industries.is_empty());

    html! {
        <div class="target">
            <Combobox
                id="target"
                label={t(lang, Msg::TargetSearchLabel)}
                placeholder={t(lang, Msg::TargetSearchPlaceholder)}
                empty_text={t(lang, Msg::NoTargetFound)}
                {search}
                {on_pick}
                {on_no_match}
            />
            <label for="target" class="field-label">{ t(lang, Msg::TargetLabel) }</label>
            <select id="target" {onchange}>
                <option value="" selected={props.value.is_none()}>{ t(lang, Msg::TargetPlaceholder) }</option>
                { for outside.map(option) }
                { for groups }
            </select>
        </div>
    }
}
