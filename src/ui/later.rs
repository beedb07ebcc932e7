//! Content the browser renders one task after the rest of the page.
//!
//! The first render of the whole page is one long task on a cheap phone (Lighthouse counts it as
//! blocking time). Parts below the search box wrapped in [`Later`] each render in a task of their
//! own, a moment after the part above, so the browser can paint and answer in between.
//!
//! They appear in document order, top first: each part only adds content below what is already
//! on the screen, so nothing visible moves (no layout shift; shown in any other order, the parts
//! below were pushed off a phone's screen: CLS 0.29). Yew renders and runs effects in no order to
//! rely on, so each part says where it is (`place`, counting from the top) and one chain of
//! timers shows the waiting part with the lowest place, one part per task.
//!
//! Rendered to a string (native tests, no timers) the content is there at once.

use std::cell::{Cell, RefCell};

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// Where the part is on the page among the parts shown later: 0 for the highest.
    pub place: u8,
    pub children: Html,
}

thread_local! {
    /// The parts waiting to be shown: place, id, and the switch that shows it.
    static WAITING: RefCell<Vec<(u8, u32, UseStateHandle<bool>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
    /// Whether a timer is working through `WAITING`.
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Shows the highest waiting part and, if more wait, comes back in the next task. (A part
/// unmounted before its turn, as on a kiosk reset, has taken itself out of the queue.)
fn show_next() {
    let next = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let highest = (0..w.len()).min_by_key(|&i| w[i].0)?;
        Some(w.remove(highest).2)
    });
    match next {
        Some(shown) => {
            shown.set(true);
            gloo::timers::callback::Timeout::new(0, show_next).forget();
        }
        None => DRAINING.with(|d| d.set(false)),
    }
}

#[component]
pub fn Later(props: &LaterProps) -> Html {
    let shown = use_state_eq(|| !cfg!(target_arch = "wasm32"));
    {
        let (shown, place) = (shown.clone(), props.place);
        let id = *use_memo((), move |_| {
            let id = NEXT_ID.with(|n| n.replace(n.get().wrapping_add(1)));
            if !*shown {
                WAITING.with(|w| w.borrow_mut().push((place, id, shown)));
            }
            id
        });
        use_effect_with((), move |_| {
            if !DRAINING.with(|d| d.replace(true)) {
                gloo::timers::callback::Timeout::new(0, show_next).forget();
            }
            move || WAITING.with(|w| w.borrow_mut().retain(|e| e.1 != id))
        });
    }
    if *shown {
        props.children.clone()
    } else {
        Html::default()
    }
}
