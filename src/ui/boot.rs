//! Start-up in the browser: the static first screen of `index.html` stays while the default
//! catalogue loads in steps of one task each, so a cheap phone can paint and answer between
//! them; then the app replaces it. The public page reads its compact catalogue
//! ([`crate::domain::compact`]) in one step, the counsellors' page parses its JSON (serde) in
//! one; then the terms' pinyin and the rest of validation are a step each.

use std::rc::Rc;

use crate::state::session::Session;
use crate::ui::{first_load_session, App, AppProps};

/// Loads the default catalogue step by step (reading the file, the terms' pinyin, validation:
/// a task each), then mounts the app with it. When a step fails the app mounts without it and
/// reads the catalogue itself, showing the errors.
pub fn load_then_mount(props: AppProps) {
    use crate::domain::catalogue::TermPinyin;
    crate::ui::prefs::next_task(move || {
        let Ok((_, file)) = crate::first_load_file() else { return mount(props) };
        crate::ui::prefs::next_task(move || {
            let pinyin = TermPinyin::of(&file);
            crate::ui::prefs::next_task(move || match crate::first_load_catalogue(&file, pinyin) {
                Ok(catalogue) => index_then_mount(first_load_session(catalogue, file), props),
                Err(_) => mount(props),
            });
        });
    });
}

/// The skill search's index and the first render: a task each.
fn index_then_mount(session: Session, props: AppProps) {
    crate::ui::prefs::next_task(move || {
        session.catalogue.skill_index();
        let props = AppProps { preloaded: Some(Rc::new(session)), ..props };
        crate::ui::prefs::next_task(move || mount(props));
    });
}

fn mount(props: AppProps) {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("shell")) {
        shell.remove();
    }
    yew::Renderer::<App>::with_props(props).render();
    crate::ui::prefs::register_service_worker();
}
