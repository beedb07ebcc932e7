//! "Rather not type? Choose by pictures" (不想打字？看图选): a way through step 1 with taps alone.
//! A trade by its picture → the common skills of that trade as large tiles → how well, as a
//! picture scale of five marks (`ui::profile_list::level_dots`) beside the words; or a previous job by its picture, which fills
//! its skills. The button is in the first load; the browse itself (its code, its words and the
//! pictograms) is a part loaded on demand.

use yew::prelude::*;

use crate::domain::browse::{common_skills, origin_picture, trades_with_skills, TRADES};
use crate::domain::{SkillIdx, SkillLevel};
use crate::i18n::{browse_added, browse_level_title, origin_filled, t, Msg, PartMsg};
use crate::state::AssessmentAction;
use crate::ui::lazy::{OnDemand, Part, View};
use crate::ui::pictogram::pictogram;
use crate::ui::profile_list::level_dots;
use crate::ui::{use_lang, use_whole, Whole};

/// How many skills a trade shows.
const SKILLS_SHOWN: usize = 12;

#[derive(Properties, PartialEq, Clone)]
pub struct BrowseProps {
    pub on_action: Callback<AssessmentAction>,
}

fn view(props: &BrowseProps) -> Html {
    html! { <Whole><BrowseView on_action={props.on_action.clone()} /></Whole> }
}

crate::on_demand! {
    pub static BROWSE: Lazy<View<BrowseProps>> = browse_chunk => view;
}

/// The button that opens the browse, and the browse when open.
#[component]
pub fn PictureBrowse(props: &BrowseProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            let now = !*open;
            open.set(now);
            if now {
                crate::ui::focus_id("browse-title");
            }
        })
    };
    let part: &'static Part<BrowseProps> = &BROWSE;
    html! {
        <div class="browse-entry">
            <button type="button" class="button button--picture" aria-expanded={if *open { "true" } else { "false" }} aria-controls="browse" onclick={toggle}>
                { t(lang, if *open { Msg::BrowseClose } else { Msg::BrowseOpen }) }
            </button>
            if *open {
                <div id="browse">
                    <OnDemand<BrowseProps> {part} focus="browse-title" props={BrowseProps { on_action: props.on_action.clone() }} />
                </div>
            }
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Trades,
    Skills(usize),
    Level(usize, SkillIdx),
}

#[component]
fn BrowseView(props: &BrowseProps) -> Html {
    let lang = use_lang();
    let stage = use_state(|| Stage::Trades);
    let said = use_state(String::new);
    let Some(c) = use_whole() else { return html! {} };
    let go = |to: Stage| {
        let (stage, said) = (stage.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            stage.set(to);
            if to != Stage::Trades {
                said.set(String::new());
            }
            crate::ui::focus_id("browse-title");
        })
    };
    let back = |to: Stage| {
        html! { <button type="button" class="button browse__back" onclick={go(to)}>{ t(lang, PartMsg::BrowseBack) }</button> }
    };
    let body = match *stage {
        Stage::Trades => {
            let trades = trades_with_skills(&c).into_iter().map(|i| {
                let trade = &TRADES[i];
                html! {
                    <li><button type="button" class="tile" onclick={go(Stage::Skills(i))}>
                        { pictogram(trade.picture) }<span class="tile__label">{ trade.name(lang) }</span>
                    </button></li>
                }
            });
            let origins = c.origins.iter().map(|o| {
                let (on_action, said, name, skills) =
                    (props.on_action.clone(), said.clone(), o.name.get(lang).to_owned(), o.skills.clone());
                let onclick = Callback::from(move |_: MouseEvent| {
                    said.set(origin_filled(lang, &name, skills.len()));
                    on_action.emit(AssessmentAction::FillFrom(skills.clone()));
                });
                html! {
                    <li><button type="button" class="tile" {onclick}>
                        { pictogram(origin_picture(o).unwrap_or("office")) }<span class="tile__label">{ o.name.get(lang) }</span>
                    </button></li>
                }
            });
            html! {
                <>
                    <h3 id="browse-title" tabindex="-1">{ t(lang, PartMsg::BrowseTradesTitle) }</h3>
                    <ul class="tiles">{ for trades }</ul>
                    <h3>{ t(lang, PartMsg::BrowseOriginsTitle) }</h3>
                    <ul class="tiles">{ for origins }</ul>
                </>
            }
        }
        Stage::Skills(trade) => {
            let skills = common_skills(&c, trade, SKILLS_SHOWN).into_iter().map(|s| {
                html! {
                    <li><button type="button" class="tile" onclick={go(Stage::Level(trade, s))}>
                        { pictogram(TRADES[trade].picture) }<span class="tile__label">{ c.skill(s).name.get(lang) }</span>
                    </button></li>
                }
            });
            html! {
                <>
                    <h3 id="browse-title" tabindex="-1">{ format!("{} · {}", TRADES[trade].name(lang), t(lang, PartMsg::BrowseSkillsTitle)) }</h3>
                    <ul class="tiles">{ for skills }</ul>
                    { back(Stage::Trades) }
                </>
            }
        }
        Stage::Level(trade, skill) => {
            let name = c.skill(skill).name.get(lang).to_owned();
            // From "with a master beside me" to 技师: the levels a worker names of themself.
            let levels = (1..=5u8).filter_map(SkillLevel::new).map(|level| {
                let info = c.level_info(level);
                let (on_action, stage, said, name) =
                    (props.on_action.clone(), stage.clone(), said.clone(), name.clone());
                let level_name = info.name.get(lang).to_owned();
                let plain = info.plain.get(lang).to_owned();
                let onclick = {
                    let level_name = level_name.clone();
                    Callback::from(move |_: MouseEvent| {
                        on_action.emit(AssessmentAction::SetLevel(skill, level));
                        said.set(browse_added(lang, &name, &level_name));
                        stage.set(Stage::Skills(trade));
                        crate::ui::focus_id("browse-title");
                    })
                };
                html! {
                    <li><button type="button" class="tile tile--level" {onclick}>
                        { level_dots(level.value()) }
                        <span class="tile__label">{ level_name }</span>
                        <span class="tile__hint">{ plain }</span>
                    </button></li>
                }
            });
            html! {
                <>
                    <h3 id="browse-title" tabindex="-1">{ browse_level_title(lang, &name) }</h3>
                    <ul class="tiles tiles--levels">{ for levels }</ul>
                    { back(Stage::Skills(trade)) }
                </>
            }
        }
    };
    html! {
        <section class="browse" aria-labelledby="browse-title">
            <p class="ok browse__said" role="status">{ (*said).clone() }</p>
            { body }
        </section>
    }
}
