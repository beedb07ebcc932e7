//! The skill search ("查找技能"): the combobox over the catalogue's skills, by characters,
//! colloquial words, pinyin, initials or English.

use yew::prelude::*;

use crate::domain::search::SearchIndex;
use crate::domain::SkillIdx;
use crate::i18n::{t, Msg};
use crate::ui::{use_catalogue, use_english_for_latin_queries, use_lang, CatalogueHandle, ComboOption, Combobox};

/// How many suggestions are shown at once.
const MAX_SUGGESTIONS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SkillSearchProps {
    /// Called with the skill a person chose.
    pub on_pick: Callback<SkillIdx>,
}

/// Has a search index of the catalogue (`index`) built in a task of its own after a catalogue
/// arrives (an English half, an import; `ui::boot` builds the first one before the first
/// render), and its word index a while later ([`SearchIndex::prepare`]), so that no keystroke
/// pays for either.
#[hook]
pub fn use_prepared_index(catalogue: Option<CatalogueHandle>, index: fn(&CatalogueHandle) -> &SearchIndex) {
    use_effect_with(catalogue, move |catalogue| {
        if let Some(c) = catalogue.clone() {
            crate::ui::prefs::next_task(move || {
                index(&c);
            });
        }
        let catalogue = catalogue.clone();
        let timer = gloo::timers::callback::Timeout::new(2_000, move || {
            if let Some(c) = &catalogue {
                index(c).prepare();
            }
        });
        move || drop(timer)
    });
}

#[component]
pub fn SkillSearch(props: &SkillSearchProps) -> Html {
    let lang = use_lang();
    let catalogue = use_catalogue();
    use_prepared_index(catalogue.clone(), CatalogueHandle::skill_index);
    let on_no_match = use_english_for_latin_queries();
    let search = {
        let catalogue = catalogue.clone();
        Callback::from(move |query: String| -> Vec<ComboOption> {
            let Some(c) = &catalogue else { return Vec::new() };
            c.skill_index()
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
                        picture: crate::ui::pictogram::picture_if_loaded(crate::domain::browse::skill_subject(
                            c,
                            SkillIdx(hit.entry),
                        )),
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
