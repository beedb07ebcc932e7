//! Taking the result away: the share link (whole assessment in the URL fragment), its QR code,
//! print, the assessment as a JSON file (download and open), and "forget this assessment".
//! Reading the browser (address, clipboard, files) happens in effects and callbacks only.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{t, PartMsg};
use crate::state::export::{AssessmentError, AssessmentExport, MAX_ASSESSMENT_BYTES};
use crate::state::qr::{qr_svg, QrSvg};
use crate::state::share;
use crate::ui::use_lang;

#[derive(Properties, PartialEq)]
pub struct TakeAwayProps {
    pub export: AssessmentExport,
    /// True when the assessment is saved on this device automatically.
    pub persist: bool,
    /// The saved copy could not be read at start-up: nothing is saved until a reload.
    #[prop_or_default]
    pub held: bool,
    /// A public kiosk: no clipboard, downloads or file pickers.
    #[prop_or_default]
    pub kiosk: bool,
    pub on_forget: Callback<()>,
    /// A chosen assessment file, read (not yet restored).
    pub on_open: Callback<Result<AssessmentExport, AssessmentError>>,
}

/// The page's address without query or fragment (read in an effect; empty when rendered to a
/// string).
#[hook]
fn use_page_address() -> String {
    let address = use_state_eq(String::new);
    {
        let address = address.clone();
        use_effect_with((), move |_| {
            let l = gloo::utils::window().location();
            // Not the query: `?mode=kiosk` must not follow the link to a phone. And always the
            // public page: a worker scanning a counsellor's QR code must not get the tools page.
            let path = l.pathname().unwrap_or_default();
            address.set(format!("{}{}", l.origin().unwrap_or_default(), public_path(&path)));
        });
    }
    (*address).clone()
}

/// The public page's path for a page path: the counsellors' page `/x/tools/` gives `/x/`.
pub fn public_path(path: &str) -> &str {
    match path.strip_suffix("index.html").unwrap_or(path).strip_suffix("tools/") {
        Some(public) if public.ends_with('/') => public,
        _ => path,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// A QR code as an SVG image with an accessible name.
pub fn qr_html(q: &QrSvg, label: &str, class: &'static str) -> Html {
    html! {
        <svg class={class} viewBox={format!("0 0 {0} {0}", q.side)} role="img" aria-label={label.to_owned()} shape-rendering="crispEdges">
            <rect width={q.side.to_string()} height={q.side.to_string()} fill="#ffffff" />
            <path d={q.path.clone()} fill="#000000" />
        </svg>
    }
}

async fn read_file(input: HtmlInputElement) -> Result<AssessmentExport, AssessmentError> {
    let file = input.files().and_then(|l| l.get(0)).ok_or(AssessmentError::Empty)?;
    let size = file.size() as usize;
    if size > MAX_ASSESSMENT_BYTES {
        return Err(AssessmentError::TooLarge { bytes: size });
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| AssessmentError::NotText)?;
    let read = crate::ui::reading::READ_FILE.load().await.map_err(|_| AssessmentError::ReaderUnavailable)?;
    read(&js_sys::Uint8Array::new(&buffer).to_vec())
}

/// What follows from the whole assessment but is not the result itself: the QR code.
struct Extras {
    qr: Option<QrSvg>,
}

fn extras(link: &str, fits: bool) -> Extras {
    Extras { qr: if fits { qr_svg(link) } else { None } }
}

/// The assessment file as a `data:` address, made when the download link is used (not on every
/// render: encoding it costs a cheap phone milliseconds per change).
fn file_address(export: &AssessmentExport) -> String {
    let json = serde_json::to_string_pretty(export).unwrap_or_default();
    format!("data:application/json;charset=utf-8,{}", crate::ui::recovery::encode(&json))
}

/// [`Extras`] for the first render at once, and after each change once the browser has painted
/// the change: drawing the QR code costs a cheap phone several ms, and a
/// change should show its result (score, gaps, plan) first. (What React calls a deferred value.)
#[hook]
fn use_deferred_extras(link: &str, fits: bool) -> Rc<Extras> {
    let current = use_state(|| Rc::new(extras(link, fits)));
    let first = use_mut_ref(|| true);
    {
        let current = current.clone();
        use_effect_with((link.to_owned(), fits), move |(link, fits)| {
            let stale = Rc::new(std::cell::Cell::new(false));
            // The first render already has them.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                let (link, fits, stale) = (link.clone(), *fits, stale.clone());
                crate::ui::prefs::after_next_paint(move || {
                    if !stale.get() {
                        current.set(Rc::new(extras(&link, fits)));
                    }
                });
            }
            // A newer change (or leaving the page) before then: drop the stale work.
            move || stale.set(true)
        });
    }
    (*current).clone()
}

#[derive(Properties, PartialEq)]
pub struct OpenAssessmentProps {
    /// A chosen assessment file, read (not yet restored).
    pub on_open: Callback<Result<AssessmentExport, AssessmentError>>,
}

/// "Open an assessment file": a file picker (shown before anything is entered, too).
#[component]
pub fn OpenAssessment(props: &OpenAssessmentProps) -> Html {
    let lang = use_lang();
    let on_file = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let on_open = on_open.clone();
            yew::platform::spawn_local(async move {
                let result = read_file(input.clone()).await;
                input.set_value("");
                on_open.emit(result);
            });
        })
    };
    html! {
        <span class="upload">
            <label for="open-assessment" class="field-label">{ t(lang, PartMsg::OpenJson) }</label>
            <input id="open-assessment" type="file" accept=".json,application/json" onchange={on_file} />
        </span>
    }
}

#[component]
pub fn TakeAway(props: &TakeAwayProps) -> Html {
    let lang = use_lang();
    let address = use_page_address();
    let copy = use_state_eq(|| CopyState::Idle);
    let fragment = share::encode(&props.export);
    let link = format!("{address}#{fragment}");
    // A link the app itself would refuse is never offered (very long ESCO-based profiles).
    let link_fits = fragment.len() <= share::MAX_LINK_CHARS;
    let extras = use_deferred_extras(&link, link_fits);
    // The link's address is filled in as it is used (click, Enter or tap), from this render's
    // assessment; the browser then follows it and saves the file.
    let on_download = {
        let export = props.export.clone();
        Callback::from(move |e: MouseEvent| {
            // Yew listens at the root: the link is the target's nearest `a`.
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("a").ok().flatten());
            if let Some(link) = link {
                let _ = link.set_attribute("href", &file_address(&export));
            }
        })
    };

    let on_copy = {
        let (copy, link) = (copy.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (copy, link) = (copy.clone(), link.clone());
            let clipboard = gloo::utils::window().navigator().clipboard();
            yew::platform::spawn_local(async move {
                let done = JsFuture::from(clipboard.write_text(&link)).await;
                copy.set(if done.is_ok() { CopyState::Copied } else { CopyState::Failed });
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let on_forget = props.on_forget.reform(|_: MouseEvent| ());
    let open_file = html! { <OpenAssessment on_open={props.on_open.clone()} /> };
    // A kiosk has no clipboard or file system worth using: the QR code and print take it away.
    // (Before anything is entered step 4 shows only the file picker, `ui::assessment`.)
    let kiosk = props.kiosk;
    let qr_label = t(lang, PartMsg::QrLabel);

    html! {
        <section class="take-away" aria-labelledby="take-away-title">
            <h3 id="take-away-title">{ t(lang, PartMsg::TakeAwayTitle) }</h3>
            <div class="take-away__share">
                <div class="take-away__link">
                    if link_fits {
                        <label for="share-link" class="field-label">{ t(lang, PartMsg::ShareLinkLabel) }</label>
                        <input id="share-link" type="text" readonly=true value={link.clone()} />
                    } else {
                        <p class="notice" role="note">{ t(lang, PartMsg::LinkTooLong) }</p>
                    }
                    if !kiosk && link_fits {
                        <button type="button" class="button" onclick={on_copy}>{ t(lang, PartMsg::CopyLink) }</button>
                    }
                    <p class="hint" role="status">{
                        match *copy {
                            CopyState::Idle => "",
                            CopyState::Copied => t(lang, PartMsg::Copied),
                            CopyState::Failed => t(lang, PartMsg::CopyFailed),
                        }
                    }</p>
                </div>
                <figure class="take-away__qr">
                    {
                        match &extras.qr {
                            Some(q) => html! { <>{ qr_html(q, qr_label, "qr") }<figcaption>{ qr_label }</figcaption></> },
                            None => html! { <figcaption>{ t(lang, PartMsg::QrTooLong) }</figcaption> },
                        }
                    }
                </figure>
            </div>
            <div class="take-away__actions">
                <button type="button" class="button" onclick={on_print}>{ t(lang, PartMsg::PrintButton) }</button>
                if !kiosk {
                    <a class="button" href="#" download="skillgap-assessment.json" onclick={on_download}>{ t(lang, PartMsg::DownloadJson) }</a>
                    { open_file }
                }
            </div>
            <div class="take-away__forget">
                <p class="hint">{ t(lang, if props.held { PartMsg::NotSavedHeld } else if props.persist { PartMsg::SavedHere } else if kiosk { PartMsg::NotSavedKiosk } else { PartMsg::NotSavedCounsellor }) }</p>
                <button type="button" class="button button--danger" onclick={on_forget} aria-describedby="forget-hint">{ t(lang, PartMsg::ForgetButton) }</button>
                <p class="hint" id="forget-hint">{ t(lang, PartMsg::ForgetHint) }</p>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::public_path;

    #[test]
    fn links_always_lead_to_the_public_page() {
        assert_eq!(public_path("/"), "/");
        assert_eq!(public_path("/index.html"), "/index.html");
        assert_eq!(public_path("/tools/"), "/");
        assert_eq!(public_path("/tools/index.html"), "/");
        assert_eq!(public_path("/skillgap/tools/"), "/skillgap/");
        assert_eq!(public_path("/mytools/"), "/mytools/");
    }
}
