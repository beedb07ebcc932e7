//! The skill gap ("技能差距"): required against held level for every missing skill.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::GapReport;
use crate::i18n::{levels_short, t, PartMsg};
use crate::ui::{use_lang, use_whole};

#[derive(Properties, PartialEq)]
pub struct GapTableProps {
    pub report: Rc<GapReport>,
}

#[component]
pub fn GapTable(props: &GapTableProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_whole() else { return html! {} };
    let missing = props.report.missing();

    html! {
        <section class="gap" aria-labelledby="gap-title">
            <h3 id="gap-title">{ t(lang, PartMsg::SkillGap) }</h3>
            if missing.is_empty() {
                <p class="ok">{ t(lang, PartMsg::AllSkillsMet) }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="gap-title">
                <table class="gap__table" aria-labelledby="gap-title">
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, PartMsg::ColSkill) }</th>
                            <th scope="col">{ t(lang, PartMsg::ColRequired) }</th>
                            <th scope="col">{ t(lang, PartMsg::ColHeld) }</th>
                            <th scope="col">{ t(lang, PartMsg::ColShort) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for missing.iter().map(|g| html! {
                            <tr>
                                <th scope="row">{ catalogue.skill(g.skill).name.get(lang) }</th>
                                <td>{ catalogue.level_info(g.required).name.get(lang) }</td>
                                <td>{ catalogue.level_info(g.held).name.get(lang) }</td>
                                <td class="gap__short">{ levels_short(lang, g.shortfall()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}
