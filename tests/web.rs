//! Browser tier: the real app mounted in headless Chromium by `wasm-bindgen-test`; the tests type
//! and click as a person would and assert on what the page shows.
//!
//! Run with `scripts/test.sh` (it sets `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER` and
//! `CHROMEDRIVER`).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlInputElement, HtmlSelectElement, InputEvent, InputEventInit, KeyboardEvent,
    KeyboardEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app in its own element and returns that element.
fn mount() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<skillgap::ui::App>::with_root(root.clone()).render();
    root
}

/// Waits until `cond` holds (Yew renders asynchronously); fails after 5 s.
async fn wait_for(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for: {what}");
}

fn query(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn type_text(input: &HtmlInputElement, text: &str) {
    input.focus().unwrap();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn press(input: &HtmlInputElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    input.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

fn choose(select: &HtmlSelectElement, value: &str) {
    select.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_person_goes_from_skills_to_courses() {
    let root = mount();
    wait_for("the skill combobox", || query(&root, "[role=combobox]").is_some()).await;
    let input: HtmlInputElement = query(&root, "[role=combobox]").unwrap().dyn_into().unwrap();
    assert_eq!(input.labels().unwrap().item(0).unwrap().text_content().unwrap(), "查找技能");

    // A colloquial word finds the catalogue skill; a click adds it.
    type_text(&input, "电焊");
    wait_for("suggestions", || count(&root, "[role=option]") > 0).await;
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("true"));
    let first = query(&root, "[role=option]").unwrap();
    assert!(first.text_content().unwrap().contains("焊条电弧焊"));
    first.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    wait_for("the skill in the profile", || count(&root, ".profile__item") == 1).await;
    assert_eq!(input.value(), "", "the search is cleared for the next skill");

    // The keyboard adds a second skill: type, ArrowDown, Enter.
    type_text(&input, "二保");
    wait_for("suggestions", || count(&root, "[role=option]") > 0).await;
    press(&input, "ArrowDown");
    wait_for("an active option", || input.get_attribute("aria-activedescendant").is_some()).await;
    press(&input, "Enter");
    wait_for("two skills", || count(&root, ".profile__item") == 2).await;

    // Raise the first skill to 中级工 (level 3).
    let level: HtmlSelectElement = query(&root, ".profile__item select").unwrap().dyn_into().unwrap();
    choose(&level, "3");

    // Choose the shipbuilding welder and read the result.
    let target: HtmlSelectElement = query(&root, "#target").unwrap().dyn_into().unwrap();
    let welder = (0..target.length())
        .filter_map(|i| target.item(i))
        .find(|o| o.text_content().unwrap_or_default().starts_with("焊工（船舶焊接）"))
        .and_then(|o| o.get_attribute("value"))
        .expect("a welder option");
    choose(&target, &welder);
    wait_for("the result", || query(&root, ".score__number").is_some()).await;

    // 焊工（船舶焊接）: total weight 20; smaw 3 meets its 2 (w2) → 2, gmaw 2 of 3 (w3) → 2, and
    // related credit: flux-cored 1.6/3 (w3) → 1.6, positional 1.5/3 (w3) → 1.5, flame cutting
    // 0.6/2 (w2) → 0.6, saw 0.6/2 (w1) → 0.3: 8/20 → 40 %.
    assert_eq!(query(&root, ".score__number").unwrap().text_content().unwrap(), "40");
    let gap_rows = count(&root, "table[aria-labelledby=gap-title] tbody tr");
    assert_eq!(gap_rows, 8, "every requirement but smaw is short");
    assert!(count(&root, "ol[aria-labelledby=plan-title] > li") >= 2);
    assert!(query(&root, "#plan-title").unwrap().text_content().unwrap() == "推荐课程");
    root.remove();
}

#[wasm_bindgen_test]
async fn escape_closes_the_suggestions_and_the_language_switches() {
    let root = mount();
    wait_for("the skill combobox", || query(&root, "[role=combobox]").is_some()).await;
    let input: HtmlInputElement = query(&root, "[role=combobox]").unwrap().dyn_into().unwrap();
    type_text(&input, "plc");
    wait_for("suggestions", || input.get_attribute("aria-expanded").as_deref() == Some("true")).await;
    press(&input, "Escape");
    wait_for("closed list", || input.get_attribute("aria-expanded").as_deref() == Some("false")).await;
    assert_eq!(input.value(), "plc", "the first Escape keeps the text");
    press(&input, "Escape");
    wait_for("cleared text", || input.value().is_empty()).await;

    let switch: web_sys::HtmlElement = query(&root, ".lang-switch[lang]").unwrap().dyn_into().unwrap();
    switch.click();
    wait_for("English", || query(&root, "h1").unwrap().text_content().unwrap() == "Skill Gap Check").await;
    wait_for("lang attribute", || {
        document().document_element().unwrap().get_attribute("lang").as_deref() == Some("en")
    })
    .await;
    let label = query(&root, "label[for=target]").unwrap().text_content().unwrap();
    assert_eq!(label, "Target occupation");
    root.remove();
}
