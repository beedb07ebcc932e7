//! The recovery screen: if the app ever fails (a panic), the page is not left blank. A plain
//! overlay says what happened in the page's language, offers to download the assessment as it was
//! a moment before (kept by an effect after every change) and to start again. It is built with
//! the DOM directly and needs no wasm afterwards: with `panic = "abort"` the module stops.

use std::cell::RefCell;

thread_local! {
    /// The latest exported assessment (JSON), for the recovery screen.
    static SNAPSHOT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Keeps the latest export of the assessment for the recovery screen.
pub fn remember(snapshot: String) {
    SNAPSHOT.with(|s| *s.borrow_mut() = snapshot);
}

/// Percent-encodes text for a `data:` URL.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn show_recovery_screen() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("recovery").is_some() {
        return Some(());
    }
    let zh = document.document_element()?.get_attribute("lang").is_none_or(|l| l.starts_with("zh"));
    let lang = if zh { crate::domain::Lang::Zh } else { crate::domain::Lang::En };
    use crate::i18n::{t, Msg};
    let (title, text, download, restart) = (
        t(lang, Msg::RecoveryTitle),
        t(lang, Msg::RecoveryText),
        t(lang, Msg::RecoveryDownload),
        t(lang, Msg::RecoveryRestart),
    );
    let panel = document.create_element("div").ok()?;
    panel.set_id("recovery");
    panel.set_class_name("recovery");
    panel.set_attribute("role", "alertdialog").ok()?;
    panel.set_attribute("aria-labelledby", "recovery-title").ok()?;
    panel.set_attribute("aria-describedby", "recovery-text").ok()?;
    let h = document.create_element("h2").ok()?;
    h.set_id("recovery-title");
    h.set_text_content(Some(title));
    let p = document.create_element("p").ok()?;
    p.set_id("recovery-text");
    p.set_text_content(Some(text));
    panel.append_child(&h).ok()?;
    panel.append_child(&p).ok()?;
    let snapshot = SNAPSHOT.with(|s| s.borrow().clone());
    if !snapshot.is_empty() {
        let a = document.create_element("a").ok()?;
        a.set_class_name("button");
        a.set_attribute("download", "skillgap-assessment.json").ok()?;
        a.set_attribute("href", &format!("data:application/json;charset=utf-8,{}", encode(&snapshot))).ok()?;
        a.set_text_content(Some(download));
        panel.append_child(&a).ok()?;
    }
    let restart_link = document.create_element("a").ok()?;
    restart_link.set_class_name("button button--primary");
    let path = web_sys::window()?.location().pathname().unwrap_or_else(|_| "/".into());
    restart_link.set_attribute("href", &path).ok()?;
    restart_link.set_text_content(Some(restart));
    panel.append_child(&restart_link).ok()?;
    document.body()?.append_child(&panel).ok()?;
    Some(())
}

/// Installs the panic hook (browser only): log the panic, then show the recovery screen.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("{info}").into());
        let _ = show_recovery_screen();
    }));
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_urls_are_percent_encoded() {
        assert_eq!(super::encode("{\"a\": \"焊\"}"), "%7B%22a%22%3A%20%22%E7%84%8A%22%7D");
    }
}
