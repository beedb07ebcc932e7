//! Start-up in the browser: the static first screen of `index.html` stays while the default
//! catalogue loads in steps of one task each ([`crate::domain::loader`]), so a cheap phone can
//! paint and answer between them; then the app replaces it.

use std::rc::Rc;

use crate::domain::loader::{Loader, Step};
use crate::ui::{App, AppProps, Session};
use crate::FIRST_LOAD_CATALOGUE_JSON;

/// Loads the default catalogue step by step, then mounts the app with it. When the stepwise load
/// fails the app mounts without it and parses the catalogue itself, showing the errors.
pub fn load_then_mount(props: AppProps) {
    match Loader::new(FIRST_LOAD_CATALOGUE_JSON) {
        Ok(loader) => next_step(loader, props),
        Err(_) => mount(props),
    }
}

fn next_step(mut loader: Loader<'static>, props: AppProps) {
    crate::ui::prefs::next_task(move || match loader.step() {
        Step::More => next_step(loader, props),
        // The skill search's index and the first render are a task each.
        Step::Done(Ok(loaded)) => {
            let (catalogue, file) = *loaded;
            let session = Session::first_load(catalogue, file);
            crate::ui::prefs::next_task(move || {
                session.catalogue.skill_index();
                let props = AppProps { preloaded: Some(Rc::new(session)), ..props };
                crate::ui::prefs::next_task(move || mount(props));
            });
        }
        Step::Done(Err(_)) => mount(props),
    });
}

fn mount(props: AppProps) {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("shell")) {
        shell.remove();
    }
    yew::Renderer::<App>::with_props(props).render();
    crate::ui::prefs::register_service_worker();
}
