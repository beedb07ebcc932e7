//! Parts of the page whose code loads when they are first needed.
//!
//! In the public page's release build (cargo feature `split`) each [`Part`] is a split point:
//! `wasm-split-cli` (run by `cargo xtask dist` when it builds the page) moves the code
//! that only this part reaches into a wasm chunk of its own, and the browser fetches that chunk
//! the first time [`OnDemand`] shows the part. A phone's first load is then the page without
//! them. Without the feature (native tests, the counsellors' page) a part is in the one module and
//! shows at once, so rendering to a string sees the whole page.
//!
//! A part is declared with [`on_demand!`] next to its component: the name of its chunk and a
//! function that renders it from its props. Work that is not a part of the page (merging the
//! catalogue's English half) is declared the same way, as a function to call once loaded.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::OnceLock;

use yew::prelude::*;

use crate::i18n::{t, Msg};
use crate::ui::use_lang;

/// How long a part waits for its chunk before it offers to try again (ms).
pub const STALL_MS: u32 = 10_000;

/// Renders a part from its props (a function in the part's chunk).
pub type View<P> = fn(&P) -> Html;

/// The chunk of a part could not be fetched or started (offline before the service worker kept
/// it, or a page older than the site). Trying again fetches it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// A future of the page's own thread (what a chunk's function may hand back).
pub type LocalFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// Fetches a chunk and hands back what it holds.
pub type Loading<T> = Pin<Box<dyn Future<Output = Result<T, NotLoaded>>>>;

/// A function (a part's view, or a step of work) that is in this module already, or in a chunk
/// loaded on demand.
pub enum Lazy<T: Copy + Send + Sync + 'static> {
    Ready(T),
    OnDemand { loaded: OnceLock<T>, load: fn() -> Loading<T> },
}

/// A part of the page.
pub type Part<P> = Lazy<View<P>>;

impl<T: Copy + Send + Sync + 'static> Lazy<T> {
    /// The function, if it can be used now without waiting.
    pub fn loaded(&self) -> Option<T> {
        match self {
            Lazy::Ready(f) => Some(*f),
            Lazy::OnDemand { loaded, .. } => loaded.get().copied(),
        }
    }

    /// The function, once its chunk is fetched (at once when it already is). A failure is not
    /// kept: the next call tries again.
    pub async fn load(&self) -> Result<T, NotLoaded> {
        match self {
            Lazy::Ready(f) => Ok(*f),
            Lazy::OnDemand { loaded, load } => {
                if let Some(f) = loaded.get() {
                    return Ok(*f);
                }
                let f = load().await?;
                Ok(*loaded.get_or_init(|| f))
            }
        }
    }
}

/// Declares a function loaded on demand: `on_demand!(pub static NAME: Lazy<FnType> = chunk_name
/// => function);`. With the `split` feature the function is reached only through the split point
/// `chunk_name` (one chunk per name, plus chunks of what several share); without it it is
/// [`Lazy::Ready`].
#[macro_export]
macro_rules! on_demand {
    ($(#[$attr:meta])* $vis:vis static $name:ident: Lazy<$value:ty> = $chunk:ident => $init:expr;) => {
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($chunk, fallible)]
        fn $chunk() -> Result<$value, $crate::ui::lazy::NotLoaded> {
            Ok($init)
        }

        $(#[$attr])*
        #[cfg(feature = "split")]
        $vis static $name: $crate::ui::lazy::Lazy<$value> = $crate::ui::lazy::Lazy::OnDemand {
            loaded: ::std::sync::OnceLock::new(),
            load: || ::std::boxed::Box::pin($chunk()),
        };

        $(#[$attr])*
        #[cfg(not(feature = "split"))]
        $vis static $name: $crate::ui::lazy::Lazy<$value> = $crate::ui::lazy::Lazy::Ready($init);
    };
}

#[derive(Properties)]
pub struct OnDemandProps<P: PartialEq + 'static> {
    pub part: &'static Part<P>,
    pub props: P,
    /// The id of an element (a heading outside the part) that gets the focus when "Try again"
    /// has brought the part: the button that had it is gone by then.
    #[prop_or_default]
    pub focus: &'static str,
}

impl<P: PartialEq + 'static> PartialEq for OnDemandProps<P> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.part, other.part) && self.props == other.props && self.focus == other.focus
    }
}

/// Shows a part: at once when its code is here, otherwise a short "loading" line until its chunk
/// arrives, or a message with buttons to try again or reload the page when it cannot be fetched
/// (offline, or a page older than the site whose chunks are gone). The assessment lives outside
/// the part and is never lost.
#[component]
pub fn OnDemand<P: PartialEq + 'static>(props: &OnDemandProps<P>) -> Html {
    let lang = use_lang();
    let part = props.part;
    let view = use_state(|| part.loaded().map(Ok::<View<P>, NotLoaded>));
    // Each attempt to fetch the chunk; "Try again" starts another.
    let attempt = use_state(|| 0u32);
    {
        let view = view.clone();
        let focus = props.focus;
        use_effect_with(*attempt, move |&attempt| {
            let mut stall = None;
            if !matches!(*view, Some(Ok(_))) {
                // Whether this attempt has an answer (read by the stall timer below).
                let answered = Rc::new(Cell::new(false));
                {
                    let (view, answered) = (view.clone(), answered.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = part.load().await;
                        answered.set(true);
                        let retried = attempt > 0 && loaded.is_ok();
                        view.set(Some(loaded));
                        if retried && !focus.is_empty() {
                            crate::ui::focus_id(focus);
                        }
                    });
                }
                // A fetch that hangs (a service hall's unreliable network) is reported as failed
                // after a while, so "Try again" and "Reload" are offered; if the chunk arrives
                // after all, the part replaces the message.
                stall = Some(gloo::timers::callback::Timeout::new(STALL_MS, move || {
                    if !answered.get() {
                        view.set(Some(Err(NotLoaded)));
                    }
                }));
            }
            move || drop(stall)
        });
    }
    match &*view {
        Some(Ok(render)) => render(&props.props),
        Some(Err(NotLoaded)) => {
            let retry = {
                let (view, attempt) = (view.clone(), attempt.clone());
                Callback::from(move |_: MouseEvent| {
                    view.set(None);
                    attempt.set(*attempt + 1);
                })
            };
            let reload = Callback::from(|_: MouseEvent| {
                let _ = gloo::utils::window().location().reload();
            });
            html! {
                <div class="notice notice--fault part-failed" role="alert">
                    <p>{ t(lang, Msg::PartFailed) }</p>
                    <button type="button" class="button" onclick={retry}>{ t(lang, Msg::TryAgain) }</button>
                    <button type="button" class="button" onclick={reload}>{ t(lang, Msg::Reload) }</button>
                </div>
            }
        }
        None => html! { <p class="hint part-loading" role="status">{ t(lang, Msg::PartLoading) }</p> },
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use yew::LocalServerRenderer;

    use super::*;

    fn number(n: &u8) -> Html {
        html! { <p class="part">{ n }</p> }
    }

    fn block_on<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
    }

    static CALLS: AtomicU32 = AtomicU32::new(0);

    /// Fails the first time (as a fetch does offline), then loads.
    fn flaky() -> Loading<View<u8>> {
        let call = CALLS.fetch_add(1, Ordering::SeqCst);
        Box::pin(async move {
            if call == 0 {
                Err(NotLoaded)
            } else {
                Ok(number as View<u8>)
            }
        })
    }

    static FLAKY: Part<u8> = Lazy::OnDemand { loaded: OnceLock::new(), load: flaky };

    #[test]
    fn a_failed_load_is_tried_again_and_a_loaded_part_is_not_fetched_twice() {
        assert_eq!(block_on(FLAKY.load()), Err(NotLoaded));
        assert!(FLAKY.loaded().is_none(), "a failure is not kept");
        assert!(block_on(FLAKY.load()).is_ok());
        assert!(FLAKY.loaded().is_some());
        assert!(block_on(FLAKY.load()).is_ok());
        assert_eq!(CALLS.load(Ordering::SeqCst), 2, "the third load used the kept view");
    }

    fn never() -> Loading<View<u8>> {
        Box::pin(std::future::pending())
    }

    static WAITING: Part<u8> = Lazy::OnDemand { loaded: OnceLock::new(), load: never };
    static READY: Part<u8> = Lazy::Ready(number);

    async fn render(part: &'static Part<u8>) -> String {
        LocalServerRenderer::<OnDemand<u8>>::with_props(OnDemandProps { part, props: 7, focus: "" })
            .hydratable(false)
            .render()
            .await
    }

    #[test]
    fn a_part_whose_code_is_here_renders_at_once_and_one_on_its_way_says_so() {
        assert_eq!(block_on(render(&READY)), r#"<p class="part">7</p>"#);
        let waiting = block_on(render(&WAITING));
        assert!(waiting.contains(r#"role="status""#) && waiting.contains("正在加载……"), "{waiting}");
        assert!(!waiting.contains("part\""), "{waiting}");
    }
}
