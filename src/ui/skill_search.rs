//! The skill search ("查找技能"): the combobox over the catalogue's skills, by characters,
//! colloquial words, pinyin, initials or English.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::search::SearchIndex;
use crate::domain::{Catalogue, SkillIdx};
use crate::i18n::{t, Msg};
use crate::ui::{use_catalogue, use_english_for_latin_queries, use_lang, CatalogueHandle, ComboOption, Combobox};

/// How many suggestions are shown at once.
const MAX_SUGGESTIONS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SkillSearchProps {
    /// Called with the skill a person chose.
    pub on_pick: Callback<SkillIdx>,
}

/// The search index of a catalogue, built once per catalogue by `build`; the rest of it (the
/// word index, [`SearchIndex::prepare`]) a while after the catalogue loads, not on a keystroke.
#[hook]
pub fn use_search_index(
    catalogue: Option<CatalogueHandle>,
    build: fn(&Catalogue) -> SearchIndex,
) -> Rc<Option<SearchIndex>> {
    let index = use_memo(catalogue.clone(), move |c| c.as_ref().map(|c| build(c)));
    use_effect_with(catalogue, {
        let index = index.clone();
        move |_| {
            let timer = gloo::timers::callback::Timeout::new(2_000, move || {
                if let Some(index) = &*index {
                    index.prepare();
                }
            });
            move || drop(timer)
        }
    });
    index
}

#[component]
pub fn SkillSearch(props: &SkillSearchProps) -> Html {
    let lang = use_lang();
    let catalogue = use_catalogue();
    let index = use_search_index(catalogue.clone(), SearchIndex::skills);
    let on_no_match = use_english_for_latin_queries();
    let search = {
        let (catalogue, index) = (catalogue.clone(), index.clone());
        Callback::from(move |query: String| -> Vec<ComboOption> {
            let (Some(c), Some(index)) = (&catalogue, &*index) else { return Vec::new() };
            index
                .search(&query, lang, MAX_SUGGESTIONS)
                .into_iter()
                .map(|hit| {
                    let s = c.skill(SkillIdx(hit.entry));
                    let name = s.name.get(lang);
                    // Show the everyday word that matched when it is not the name itself, and the
                    // name in the other language when the catalogue has it.
                    let other = if s.name.has(lang.other()) { s.name.get(lang.other()) } else { "" };
                    let detail = if hit.phonetic
                        || hit.matched == name.to_lowercase()
                        || (!other.is_empty() && hit.matched == other.to_lowercase())
                    {
                        other.to_owned()
                    } else if other.is_empty() {
                        format!("“{}”", hit.matched)
                    } else {
                        format!("“{}” · {other}", hit.matched)
                    };
                    ComboOption {
                        entry: hit.entry,
                        label: AttrValue::from(name.to_owned()),
                        detail: AttrValue::from(detail),
                    }
                })
                .collect()
        })
    };
    html! {
        <Combobox
            id="skill"
            label={t(lang, Msg::SkillSearchLabel)}
            placeholder={t(lang, Msg::SkillSearchPlaceholder)}
            describedby={Some(AttrValue::from("skill-hint"))}
            empty_text={t(lang, Msg::NoSkillFound)}
            {search}
            on_pick={props.on_pick.reform(SkillIdx)}
            {on_no_match}
        />
    }
}
