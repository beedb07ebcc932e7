//! The skills a person has added, each with its level in plain words and a remove button.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::{Profile, SkillIdx, SkillLevel};
use crate::i18n::{label_value, skills_heading, t, Msg};
use crate::ui::{use_catalogue, use_lang};

#[derive(Properties, PartialEq)]
pub struct ProfileListProps {
    pub profile: Profile,
    pub on_level: Callback<(SkillIdx, SkillLevel)>,
    pub on_remove: Callback<SkillIdx>,
    #[prop_or_default]
    pub can_undo: bool,
    #[prop_or_default]
    pub on_undo: Callback<()>,
}

#[component]
pub fn ProfileList(props: &ProfileListProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_catalogue() else { return html! {} };
    let entries = props.profile.entries();
    let same_level = entries.len() >= 3 && entries.iter().all(|(_, l)| *l == entries[0].1);

    html! {
        <div class="profile">
            <div class="profile__head">
                <h3 id="your-skills">{ skills_heading(lang, props.profile.len()) }</h3>
                <button type="button" class="button" disabled={!props.can_undo} onclick={props.on_undo.reform(|_: MouseEvent| ())}>
                    { t(lang, Msg::Undo) }
                </button>
            </div>
            if same_level {
                <p class="notice notice--gentle" role="note">{ t(lang, Msg::SameLevelWarning) }</p>
            }
            if props.profile.is_empty() {
                <p class="hint">{ t(lang, Msg::NoSkillsYet) }</p>
            } else {
                <ul class="profile__list" aria-labelledby="your-skills">
                    { for props.profile.entries().iter().map(|&(skill, level)| {
                        let name = catalogue.skill(skill).name.get(lang).to_owned();
                        let select_id = format!("level-{}", skill.0);
                        let onchange = {
                            let on_level = props.on_level.clone();
                            Callback::from(move |e: Event| {
                                let select: HtmlSelectElement = e.target_unchecked_into();
                                if let Some(level) = select.value().parse::<u8>().ok().and_then(SkillLevel::new) {
                                    on_level.emit((skill, level));
                                }
                            })
                        };
                        let onclick = {
                            let on_remove = props.on_remove.clone();
                            Callback::from(move |_: MouseEvent| on_remove.emit(skill))
                        };
                        html! {
                            <li class="profile__item">
                                <span class="profile__name">
                                    { crate::ui::pictogram::picture_if_loaded(crate::domain::browse::skill_subject(&catalogue, skill)) }
                                    { &name }
                                </span>
                                <label class="profile__level">
                                    <span class="sr-only">{ label_value(lang, t(lang, Msg::LevelLabel), &name) }</span>
                                    <select id={select_id} {onchange}>
                                        { for SkillLevel::all().skip(1).map(|l| {
                                            let info = catalogue.level_info(l);
                                            html! {
                                                <option value={l.value().to_string()} selected={l == level}>
                                                    { format!("{} — {}", info.plain.get(lang), info.name.get(lang)) }
                                                </option>
                                            }
                                        }) }
                                    </select>
                                    { level_dots(level.value()) }
                                </label>
                                <button type="button" class="button button--quiet" {onclick}
                                    aria-label={label_value(lang, t(lang, Msg::RemoveSkill), &name)}>
                                    { t(lang, Msg::RemoveSkill) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}

/// A level as a picture scale beside its words: five marks, `level` of them filled (学徒工 one,
/// 五级 two … 技师 five; higher levels fill all five). Decorative: the words say it.
pub fn level_dots(level: u8) -> Html {
    html! {
        <span class="dots" aria-hidden="true">
            { for (1..=5u8).map(|i| html! { <i class={classes!("dot", (i <= level).then_some("dot--on"))}></i> }) }
        </span>
    }
}
