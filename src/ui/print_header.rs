//! The top of the printed report (hidden on screen): title, date, catalogue edition and what the
//! numbers mean. The disclaimer is the page footer, which prints too.

use yew::prelude::*;

use crate::i18n::{label_value, t, PartMsg};
use crate::ui::{use_catalogue, use_lang};

/// Today's date as YYYY-MM-DD (read in an effect; empty when rendered to a string).
#[hook]
fn use_today() -> String {
    let today = use_state_eq(String::new);
    {
        let today = today.clone();
        use_effect_with((), move |_| {
            let d = js_sys::Date::new_0();
            today.set(format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date()));
        });
    }
    (*today).clone()
}

#[component]
pub fn PrintHeader() -> Html {
    let lang = use_lang();
    let today = use_today();
    let Some(catalogue) = use_catalogue() else { return html! {} };
    html! {
        <div class="print-only print-header">
            <p class="print-header__title">{ t(lang, PartMsg::PrintTitle) }</p>
            <p>{ label_value(lang, t(lang, PartMsg::PrintDate), &today) }{ " · " }{ label_value(lang, t(lang, PartMsg::PrintEdition), &catalogue.edition) }</p>
            <p class="print-header__meaning">{ t(lang, PartMsg::PrintMeaning) }</p>
        </div>
    }
}
