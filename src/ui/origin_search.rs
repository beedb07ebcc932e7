//! "Start from a previous job": the combobox over origin occupations; picking one fills its
//! typical skills at typical levels.

use yew::prelude::*;

use crate::domain::catalogue::OriginIdx;
use crate::i18n::{origin_filled, t, Msg};
use crate::state::AssessmentAction;
use crate::ui::{
    use_catalogue, use_english_for_latin_queries, use_lang, use_prepared_index, CatalogueHandle, ComboOption, Combobox,
};

#[derive(Properties, PartialEq)]
pub struct OriginSearchProps {
    pub on_action: Callback<AssessmentAction>,
}

#[component]
pub fn OriginSearch(props: &OriginSearchProps) -> Html {
    let lang = use_lang();
    let catalogue = use_catalogue();
    use_prepared_index(catalogue.clone(), CatalogueHandle::origin_index);
    let filled = use_state(|| None::<(OriginIdx, usize)>);
    let on_no_match = use_english_for_latin_queries();
    let Some(c) = catalogue.clone() else { return html! {} };
    if c.origins.is_empty() {
        return html! {};
    }
    let search = {
        let c = c.clone();
        Callback::from(move |query: String| -> Vec<ComboOption> {
            c.origin_index()
                .search(&query, lang, 8)
                .into_iter()
                .map(|hit| {
                    let o = &c.origins[hit.entry as usize];
                    ComboOption {
                        entry: hit.entry,
                        label: AttrValue::from(o.name.get(lang).to_owned()),
                        detail: AttrValue::from(if o.name.has(lang.other()) {
                            o.name.get(lang.other()).to_owned()
                        } else {
                            String::new()
                        }),
                    }
                })
                .collect()
        })
    };
    let on_pick = {
        let (c, on_action, filled) = (c.clone(), props.on_action.clone(), filled.clone());
        Callback::from(move |entry: u32| {
            let origin = &c.origins[entry as usize];
            on_action.emit(AssessmentAction::FillFrom(origin.skills.clone()));
            filled.set(Some((OriginIdx(entry), origin.skills.len())));
        })
    };
    html! {
        <div class="origin">
            <Combobox
                id="origin"
                label={t(lang, Msg::OriginSearchLabel)}
                placeholder={t(lang, Msg::OriginSearchPlaceholder)}
                describedby={Some(AttrValue::from("origin-hint"))}
                empty_text={t(lang, Msg::NoOriginFound)}
                {search}
                {on_pick}
                {on_no_match}
            />
            <p class="hint" id="origin-hint">{ t(lang, Msg::OriginHint) }</p>
            if let Some((o, n)) = *filled {
                <p class="ok" role="status">{ origin_filled(lang, c.origins.get(o.get()).map_or("", |x| x.name.get(lang)), n) }</p>
            }
        </div>
    }
}
