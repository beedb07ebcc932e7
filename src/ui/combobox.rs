//! An ARIA 1.2 combobox with a list of suggestions, used for skills and for previous jobs.
//!
//! Typing asks the owner for suggestions; ArrowDown/ArrowUp move through them, Enter picks the
//! highlighted one (or the first), Escape closes the list and, when it is already closed, clears
//! the text. A tap or click on a suggestion picks it. Focus stays in the input so a person can
//! pick one thing after another.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::use_lang;

/// One suggestion: the entry it stands for, its name, and a second line (the other language, or
/// the word that matched).
#[derive(Clone, Debug, PartialEq)]
pub struct ComboOption {
    pub entry: u32,
    pub label: AttrValue,
    pub detail: AttrValue,
    /// The picture beside the label (`ui::pictogram::picture_if_loaded`; empty for none).
    pub picture: Html,
}

#[derive(Properties, PartialEq)]
pub struct ComboboxProps {
    /// Prefix of the element ids (`skill` → `skill-search`, `skill-listbox`, `skill-option-0`).
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Id of an element describing the input.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    /// Text shown when the query finds nothing.
    pub empty_text: AttrValue,
    /// Suggestions for a query.
    pub search: Callback<String, Vec<ComboOption>>,
    pub on_pick: Callback<u32>,
    /// Told the query when it finds nothing (after the render that showed so, and again when it
    /// arrives later and the query still finds nothing).
    #[prop_or_default]
    pub on_no_match: Option<Callback<String>>,
}

#[component]
pub fn Combobox(props: &ComboboxProps) -> Html {
    let lang = use_lang();
    let query = use_state(String::new);
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);

    let suggestions: Vec<ComboOption> = props.search.emit((*query).clone());
    let expanded = *open && !suggestions.is_empty();
    {
        let on_no_match = props.on_no_match.clone();
        let told = on_no_match.is_some();
        use_effect_with(((*query).clone(), suggestions.is_empty(), told), move |(query, none, _)| {
            if let Some(on_no_match) = on_no_match.filter(|_| *none && !query.trim().is_empty()) {
                on_no_match.emit(query.clone());
            }
        });
    }

    let pick = {
        let (query, open, active, on_pick) = (query.clone(), open.clone(), active.clone(), props.on_pick.clone());
        Callback::from(move |entry: u32| {
            on_pick.emit(entry);
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
        let entries: Vec<u32> = suggestions.iter().map(|o| o.entry).collect();
        Callback::from(move |e: KeyboardEvent| {
            let n = entries.len();
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
                    pick.emit(entries[active.unwrap_or(0).min(n - 1)]);
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

    let id = &props.id;
    let input_id = format!("{id}-search");
    let listbox_id = format!("{id}-listbox");
    let active_id = active.filter(|_| expanded).map(|i| format!("{id}-option-{i}"));
    let no_match = !query.trim().is_empty() && suggestions.is_empty();

    html! {
        <div class="combobox">
            <label for={input_id.clone()} class="field-label">{ &props.label }</label>
            <input
                id={input_id}
                class="combobox__input"
                type="text"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-expanded={expanded.to_string()}
                aria-controls={listbox_id.clone()}
                aria-describedby={props.describedby.clone()}
                aria-activedescendant={active_id}
                placeholder={props.placeholder.clone()}
                value={(*query).clone()}
                {oninput}
                {onkeydown}
                {onblur}
                {onfocus}
            />
            <ul id={listbox_id} class="combobox__list" role="listbox" aria-label={props.label.clone()} hidden={!expanded}>
                { for suggestions.iter().enumerate().map(|(i, option)| {
                    let selected = *active == Some(i);
                    let onclick = {
                        let (pick, entry) = (pick.clone(), option.entry);
                        Callback::from(move |_: MouseEvent| pick.emit(entry))
                    };
                    // Keep focus in the input while a suggestion is pressed.
                    let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
                    html! {
                        <li id={format!("{id}-option-{i}")} role="option" class={classes!("combobox__option", selected.then_some("is-active"))}
                            aria-selected={selected.to_string()} {onclick} {onmousedown}>
                            { option.picture.clone() }
                            <span class="option-name">{ &option.label }</span>
                            if !option.detail.is_empty() {
                                <span class="option-other" lang={lang.other().tag()}>{ &option.detail }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            if no_match {
                <p class="combobox__empty" role="status">{ &props.empty_text }</p>
            }
        </div>
    }
}
