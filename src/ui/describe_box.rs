//! "Describe it in your own words": a text box; the core finds skills and likely levels in the
//! text, the words found are highlighted, and the worker confirms each before it is added.

use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::extract::{Extractor, Found};
use crate::domain::{SkillIdx, SkillLevel};
use crate::i18n::{label_value, t, Msg, PartMsg};
use crate::state::AssessmentAction;
use crate::ui::lazy::{OnDemand, View};
use crate::ui::{use_catalogue, use_lang};

/// The longest description read (characters); longer text is cut, with the rest ignored.
const MAX_CHARS: usize = 2000;

#[derive(Properties, PartialEq, Clone)]
pub struct DescribeBoxProps {
    pub on_action: Callback<AssessmentAction>,
}

/// The disclosure: its content (the text box and what the core finds, a part loaded on demand,
/// `ui::lazy`) is made the first time it is opened, and kept, with what was typed, after that.
#[component]
pub fn DescribeBox(props: &DescribeBoxProps) -> Html {
    let lang = use_lang();
    let opened = use_state_eq(|| false);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            if details.has_attribute("open") {
                opened.set(true);
            }
        })
    };
    html! {
        <details class="describe" {ontoggle}>
            <summary>{ t(lang, PartMsg::DescribeTitle) }</summary>
            if *opened {
                <OnDemand<DescribeBoxProps> part={&DESCRIBE} props={props.clone()} />
            }
        </details>
    }
}

fn view(props: &DescribeBoxProps) -> Html {
    html! { <DescribeForm ..props.clone() /> }
}

crate::on_demand! {
    /// What is inside the disclosure: loaded when it is first opened.
    pub static DESCRIBE: Lazy<View<DescribeBoxProps>> = describe_chunk => view;
}

#[component]
fn DescribeForm(props: &DescribeBoxProps) -> Html {
    let lang = use_lang();
    let catalogue = use_catalogue();
    let extractor = use_memo(catalogue.clone(), |c| c.as_ref().map(|c| Extractor::new(c)));
    let text = use_state(String::new);
    // The text that was analysed, what was found, and which are ticked (with their level).
    let result = use_state(|| None::<(String, Vec<Found>)>);
    let choices = use_state(Vec::<(bool, SkillLevel)>::new);
    let Some(c) = catalogue else { return html! {} };

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let analyse = {
        let (text, result, choices, extractor) = (text.clone(), result.clone(), choices.clone(), extractor.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(extractor) = &*extractor else { return };
            let input: String = text.chars().take(MAX_CHARS).collect();
            let found = extractor.extract(&input);
            choices.set(found.iter().map(|f| (true, f.level)).collect());
            result.set(Some((input, found)));
        })
    };
    let add = {
        let (result, choices, on_action) = (result.clone(), choices.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let Some((_, found)) = &*result else { return };
            let picked: Vec<(SkillIdx, SkillLevel)> =
                found.iter().zip(choices.iter()).filter(|(_, (on, _))| *on).map(|(f, (_, l))| (f.skill, *l)).collect();
            on_action.emit(AssessmentAction::SetMany(picked));
            result.set(None);
            choices.set(Vec::new());
        })
    };

    let highlighted = |input: &str, found: &[Found]| {
        let mut spans: Vec<&Found> = found.iter().collect();
        crate::domain::order::sort_by_key(&mut spans, |f| f.start);
        let mut out: Vec<Html> = Vec::new();
        let mut at = 0;
        for f in spans {
            if f.start < at || f.end > input.len() {
                continue;
            }
            out.push(html! { { &input[at..f.start] } });
            out.push(html! { <mark>{ &input[f.start..f.end] }</mark> });
            at = f.end;
        }
        out.push(html! { { &input[at..] } });
        out
    };

    html! {
        <>
            <label for="describe-text" class="field-label">{ t(lang, PartMsg::DescribeLabel) }</label>
            <textarea id="describe-text" rows="4" maxlength={MAX_CHARS.to_string()}
                placeholder={t(lang, PartMsg::DescribePlaceholder)} value={(*text).clone()} {oninput} />
            <button type="button" class="button" onclick={analyse}>{ t(lang, PartMsg::DescribeButton) }</button>
            <div role="status" aria-live="polite">
                if let Some((input, found)) = &*result {
                    if found.is_empty() {
                        <p class="hint">{ t(lang, PartMsg::DescribeNone) }</p>
                    } else {
                        <p class="describe__text">{ for highlighted(input, found) }</p>
                        <p>{ t(lang, PartMsg::DescribeFound) }</p>
                        <ul class="describe__found">
                            { for found.iter().enumerate().map(|(i, f)| {
                                let name = c.skill(f.skill).name.get(lang).to_owned();
                                let (on, level) = choices.get(i).copied().unwrap_or((true, f.level));
                                let toggle = {
                                    let choices = choices.clone();
                                    Callback::from(move |_: Event| {
                                        let mut v = (*choices).clone();
                                        if let Some(x) = v.get_mut(i) { x.0 = !x.0; }
                                        choices.set(v);
                                    })
                                };
                                let set_level = {
                                    let choices = choices.clone();
                                    Callback::from(move |e: Event| {
                                        let select: HtmlSelectElement = e.target_unchecked_into();
                                        if let Some(l) = select.value().parse().ok().and_then(SkillLevel::new) {
                                            let mut v = (*choices).clone();
                                            if let Some(x) = v.get_mut(i) { x.1 = l; }
                                            choices.set(v);
                                        }
                                    })
                                };
                                let check_id = format!("found-{i}");
                                html! {
                                    <li class="describe__item">
                                        <label class="choice" for={check_id.clone()}>
                                            <input type="checkbox" id={check_id} checked={on} onchange={toggle} />
                                            { &name }
                                        </label>
                                        <label class="profile__level">
                                            <span class="sr-only">{ label_value(lang, t(lang, Msg::LevelLabel), &name) }</span>
                                            <select onchange={set_level}>
                                                { for SkillLevel::all().skip(1).map(|l| {
                                                    let info = c.level_info(l);
                                                    html! { <option value={l.value().to_string()} selected={l == level}>{ format!("{} — {}", info.plain.get(lang), info.name.get(lang)) }</option> }
                                                }) }
                                            </select>
                                        </label>
                                    </li>
                                }
                            }) }
                        </ul>
                        <button type="button" class="button button--primary" onclick={add}>{ t(lang, PartMsg::DescribeAdd) }</button>
                    }
                }
            </div>
        </>
    }
}
