//! The skill search: an ARIA 1.2 combobox with a list of suggestions.
//!
//! Typing filters the catalogue's skills (names, synonyms, English); ArrowDown/ArrowUp move
//! through the suggestions, Enter adds the highlighted one (or the first), Escape closes the list
//! and, when it is already closed, clears the text. A tap or click on a suggestion adds it. Focus
//! stays in the input so a person can add one skill after another.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::search::search_skills;
use crate::domain::SkillIdx;
use crate::i18n::{t, Msg};
use crate::ui::{use_catalogue, use_lang};

/// How many suggestions are shown at once.
const MAX_SUGGESTIONS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SkillSearchProps {
    /// Called with the skill a person chose.
    pub on_pick: Callback<SkillIdx>,
}

#[component]
pub fn SkillSearch(props: &SkillSearchProps) -> Html {
    let lang = use_lang();
    let catalogue = use_catalogue();
    let query = use_state(String::new);
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);

    let suggestions: Vec<SkillIdx> = match &catalogue {
        Some(c) => search_skills(c, &query, lang, MAX_SUGGESTIONS),
        None => Vec::new(),
    };
    let expanded = *open && !suggestions.is_empty();

    let pick = {
        let (query, open, active, on_pick) = (query.clone(), open.clone(), active.clone(), props.on_pick.clone());
        Callback::from(move |skill: SkillIdx| {
            on_pick.emit(skill);
            query.set(String::new());
            open.set(false);
            active.set(None);
        })
    };

    let oninput = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            open.set(true);
            active.set(None);
        })
    };

    let onkeydown = {
        let (query, open, active, pick) = (query.clone(), open.clone(), active.clone(), pick.clone());
        let suggestions = suggestions.clone();
        Callback::from(move |e: KeyboardEvent| {
            let n = suggestions.len();
            match e.key().as_str() {
                "ArrowDown" if n > 0 => {
                    e.prevent_default();
                    open.set(true);
                    active.set(Some(match *active {
                        Some(i) if *open => (i + 1) % n,
                        _ => 0,
                    }));
                }
                "ArrowUp" if n > 0 => {
                    e.prevent_default();
                    open.set(true);
                    active.set(Some(match *active {
                        Some(i) if *open && i > 0 => i - 1,
                        _ => n - 1,
                    }));
                }
                "Enter" if n > 0 && *open => {
                    e.prevent_default();
                    pick.emit(suggestions[active.unwrap_or(0).min(n - 1)]);
                }
                "Escape" => {
                    if *open {
                        open.set(false);
                        active.set(None);
                    } else {
                        query.set(String::new());
                    }
                }
                _ => {}
            }
        })
    };

    let onblur = {
        let (open, active) = (open.clone(), active.clone());
        Callback::from(move |_: FocusEvent| {
            open.set(false);
            active.set(None);
        })
    };
    let onfocus = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(true))
    };

    let active_id = active.filter(|_| expanded).map(|i| format!("skill-option-{i}"));
    let no_match = !query.trim().is_empty() && suggestions.is_empty();

    html! {
        <div class="combobox">
            <label for="skill-search" class="field-label">{ t(lang, Msg::SkillSearchLabel) }</label>
            <input
                id="skill-search"
                class="combobox__input"
                type="text"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-expanded={expanded.to_string()}
                aria-controls="skill-listbox"
                aria-describedby="skill-hint"
                aria-activedescendant={active_id}
                placeholder={t(lang, Msg::SkillSearchPlaceholder)}
                value={(*query).clone()}
                {oninput}
                {onkeydown}
                {onblur}
                {onfocus}
            />
            <ul id="skill-listbox" class="combobox__list" role="listbox" aria-label={t(lang, Msg::SkillSearchLabel)} hidden={!expanded}>
                { for suggestions.iter().enumerate().map(|(i, &skill)| {
                    let Some(catalogue) = &catalogue else { return html! {} };
                    let s = catalogue.skill(skill);
                    let selected = *active == Some(i);
                    let onclick = {
                        let pick = pick.clone();
                        Callback::from(move |_: MouseEvent| pick.emit(skill))
                    };
                    // Keep focus in the input while a suggestion is pressed.
                    let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
                    html! {
                        <li id={format!("skill-option-{i}")} role="option" class={classes!("combobox__option", selected.then_some("is-active"))}
                            aria-selected={selected.to_string()} {onclick} {onmousedown}>
                            <span class="option-name">{ s.name.get(lang) }</span>
                            <span class="option-other" lang={lang.other().tag()}>{ s.name.get(lang.other()) }</span>
                        </li>
                    }
                }) }
            </ul>
            if no_match {
                <p class="combobox__empty" role="status">{ t(lang, Msg::NoSkillFound) }</p>
            }
        </div>
    }
}
