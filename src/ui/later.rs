//! Content the browser renders one task after the rest of the page.
//!
//! The first render of the whole page is one long task on a cheap phone (Lighthouse counts it as
//! blocking time). Parts below the first screen wrapped in [`Later`] each render in a task of
//! their own, a moment after the part above, so the browser can paint and answer in between.
//! Rendered to a string (native tests, no timers) the content is there at once.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    pub children: Html,
}

#[component]
pub fn Later(props: &LaterProps) -> Html {
    let shown = use_state_eq(|| !cfg!(target_arch = "wasm32"));
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            let timer = (!*shown).then(|| gloo::timers::callback::Timeout::new(0, move || shown.set(true)));
            // Unmounted before the timer fired (a kiosk reset): nothing to show any more.
            move || drop(timer)
        });
    }
    if *shown {
        props.children.clone()
    } else {
        Html::default()
    }
}
