//! The platform module's browser half, run in headless Chromium by
//! wasm-bindgen-test (`scripts/test.sh`). Natively the pages use stand-ins,
//! so what only a browser can show is checked here, closer than the
//! end-to-end tests can: the address and the tab's note that keeps a
//! reload from losing a keystroke (hazard H17), the timers and listeners
//! that clean up when dropped, the values read from events, a page with no
//! clipboard, and the app taking over the prerendered markup.
//!
//! The address module's state lasts as long as the page, and here one page
//! runs every test, so each test starts from a settled page: the last
//! write made and its note cleared.
#![cfg(target_arch = "wasm32")]

use dm_remission::platform::{self, Settle, WindowListener};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// How a tab's name marks a fragment not yet in the address; a reload of
/// a newer version of the page must still read it, so it is spelt here
/// again rather than imported.
const NOTE: &str = "dm-remission:pending\n";

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

fn document() -> web_sys::Document {
    window().document().expect("a document")
}

fn tab_name() -> String {
    window().name().expect("the tab's name")
}

fn set_tab_name(name: &str) {
    window().set_name(name).expect("the tab's name set");
}

fn address() -> String {
    window().location().hash().expect("the address's fragment")
}

/// Puts `hash` in the address, as the page's own write does (no history
/// entry, no event).
fn set_address(hash: &str) {
    window()
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash)))
        .expect("the address replaced");
}

async fn sleep(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

/// Waits for `done`, up to five seconds (a loaded machine runs timers
/// late), and says what did not happen.
async fn wait_for(what: &str, done: impl Fn() -> bool) {
    for _ in 0..500 {
        if done() {
            return;
        }
        sleep(10).await;
    }
    panic!("still waiting, after 5 s, for {what}");
}

/// Waits until the last save is in the address and its note cleared.
async fn settled() {
    wait_for("the tab's note to be cleared", || tab_name().is_empty()).await;
}

#[wasm_bindgen_test]
async fn an_edit_is_noted_in_the_tab_at_once_and_in_the_address_a_task_later() {
    settled().await;
    set_address("#v=1&ck-uln=100");
    platform::save_hash("v=1&ck-uln=200");
    assert_eq!(
        tab_name(),
        format!("{NOTE}#v=1&ck-uln=100\n#v=1&ck-uln=200"),
        "the note names the address it replaces and the fragment to come"
    );
    assert_eq!(address(), "#v=1&ck-uln=100", "written in a task of its own");
    wait_for("the address write", || address() == "#v=1&ck-uln=200").await;
    assert!(
        !tab_name().is_empty(),
        "the note outlives the write, which the browser learns of a moment later"
    );
    settled().await;
}

#[wasm_bindgen_test]
async fn a_burst_of_edits_is_noted_and_written_with_its_last_value() {
    settled().await;
    set_address("#v=1&mmt-baseline=1");
    for value in 2..=9 {
        platform::save_hash(&format!("v=1&mmt-baseline={value}"));
    }
    assert_eq!(
        tab_name(),
        format!("{NOTE}#v=1&mmt-baseline=1\n#v=1&mmt-baseline=9"),
        "the note holds the burst's last value from the first edit on"
    );
    assert_eq!(address(), "#v=1&mmt-baseline=1");
    wait_for("the burst's last value in the address", || {
        address() == "#v=1&mmt-baseline=9"
    })
    .await;
    settled().await;
}

#[wasm_bindgen_test]
async fn the_address_is_written_at_once_when_the_page_is_hidden_and_the_note_kept() {
    settled().await;
    set_address("#v=1&dssi-baseline=1");
    platform::save_hash("v=1&dssi-baseline=2");
    let hidden = web_sys::Event::new("visibilitychange").expect("an event");
    window().dispatch_event(&hidden).expect("dispatched");
    assert_eq!(address(), "#v=1&dssi-baseline=2");
    assert_eq!(
        tab_name(),
        format!("{NOTE}#v=1&dssi-baseline=1\n#v=1&dssi-baseline=2"),
        "a reload leaving the page took the old address: the note brings the edit back"
    );
    settled().await;
}

#[wasm_bindgen_test]
async fn a_note_is_read_back_only_while_the_address_is_the_one_it_replaced() {
    settled().await;
    set_address("#v=1&haq-baseline=1");
    set_tab_name(&format!("{NOTE}#v=1&haq-baseline=1\n#v=1&haq-baseline=1.5"));
    assert_eq!(
        platform::take_unsaved_hash().as_deref(),
        Some("#v=1&haq-baseline=1.5"),
        "a reload before the write gets the last edit back"
    );
    assert_eq!(tab_name(), "", "and the note is spent");

    set_tab_name(&format!("{NOTE}#v=1&haq-baseline=1\n#v=1&haq-baseline=1.5"));
    set_address("#v=1&haq-baseline=2");
    assert_eq!(
        platform::take_unsaved_hash(),
        None,
        "a link opened in the tab since is never overridden by the note"
    );
    assert_eq!(tab_name(), "");

    set_tab_name("a name another site gave the tab");
    assert_eq!(platform::take_unsaved_hash(), None);
}

#[wasm_bindgen_test]
async fn an_address_already_holding_the_edit_needs_no_note_and_a_stale_one_is_dropped() {
    settled().await;
    set_address("#v=1&pga-baseline=4");
    set_tab_name(&format!("{NOTE}#v=1&pga-baseline=3\n#v=1&pga-baseline=5"));
    platform::save_hash("v=1&pga-baseline=4");
    assert_eq!(tab_name(), "");
    sleep(50).await;
    assert_eq!(address(), "#v=1&pga-baseline=4");
}

#[wasm_bindgen_test]
async fn the_fragment_last_saved_is_not_saved_again() {
    settled().await;
    set_address("#v=1&ptga-baseline=1");
    platform::save_hash("v=1&ptga-baseline=2");
    wait_for("the address write", || address() == "#v=1&ptga-baseline=2").await;
    settled().await;
    // A page saves as it renders too; the same fragment is no new edit, so
    // it is neither noted nor written, even to an address that moved since
    // (were it saved, the address holding it would hide that).
    set_address("#v=1&ptga-baseline=3");
    platform::save_hash("v=1&ptga-baseline=2");
    assert_eq!(tab_name(), "");
    sleep(50).await;
    assert_eq!(address(), "#v=1&ptga-baseline=3");
}

/// Counts the errors thrown in the page, such as a call to a callback the
/// wasm has freed, while the listener is kept.
fn errors_thrown() -> (Rc<RefCell<u32>>, WindowListener) {
    let errors = Rc::new(RefCell::new(0));
    let listener = {
        let errors = Rc::clone(&errors);
        WindowListener::new("error", move || *errors.borrow_mut() += 1)
    };
    (errors, listener)
}

#[wasm_bindgen_test]
async fn a_settle_acts_once_on_the_latest_value_and_never_once_dropped() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let settle = {
        let seen = Rc::clone(&seen);
        Settle::new(20, move |value: u32| seen.borrow_mut().push(value))
    };
    for value in 1..=3 {
        settle.push(value);
    }
    wait_for("the settle to act", || !seen.borrow().is_empty()).await;
    sleep(60).await;
    assert_eq!(*seen.borrow(), [3]);

    // Its timer goes with it: a timer left to fire would call a callback
    // already freed, an error thrown in the page.
    let (errors, _listening) = errors_thrown();
    settle.push(4);
    drop(settle);
    sleep(60).await;
    assert_eq!(
        *seen.borrow(),
        [3],
        "a dropped settle (an effect's teardown) never acts"
    );
    assert_eq!(*errors.borrow(), 0, "errors thrown in the page");
}

#[wasm_bindgen_test]
fn a_dropped_window_listener_hears_nothing_more() {
    let heard = Rc::new(RefCell::new(0));
    let listener = {
        let heard = Rc::clone(&heard);
        WindowListener::new("dm-remission-test", move || *heard.borrow_mut() += 1)
    };
    let event = || web_sys::Event::new("dm-remission-test").expect("an event");
    window().dispatch_event(&event()).expect("dispatched");
    assert_eq!(*heard.borrow(), 1);
    let (errors, _listening) = errors_thrown();
    drop(listener);
    window().dispatch_event(&event()).expect("dispatched");
    assert_eq!(*heard.borrow(), 1);
    assert_eq!(*errors.borrow(), 0, "errors thrown in the page");
}

/// Dispatches an `input` event at the element made from `markup` and
/// returns the event, its target still set.
fn event_at(markup: &str) -> Event {
    let holder = document().create_element("div").expect("a div");
    holder.set_inner_html(markup);
    let element = holder.first_element_child().expect("the element");
    let event = web_sys::Event::new("input").expect("an event");
    element.dispatch_event(&event).expect("dispatched");
    event
}

#[wasm_bindgen_test]
fn an_events_value_is_read_from_an_input_a_select_or_a_text_area() {
    assert_eq!(
        platform::value_of(&event_at("<input value='1.125'>")),
        "1.125"
    );
    assert_eq!(
        platform::value_of(&event_at(
            "<select><option value='U/L'>U/L</option><option value='ukat/L' selected>µkat/L</option></select>"
        )),
        "ukat/L",
        "a select's value, not its label"
    );
    assert_eq!(
        platform::value_of(&event_at("<textarea>id,ck-uln\n1,200</textarea>")),
        "id,ck-uln\n1,200"
    );
    assert_eq!(platform::value_of(&event_at("<p>12</p>")), "");
    assert!(platform::is_open(&event_at("<details open></details>")));
    assert!(!platform::is_open(&event_at("<details></details>")));
}

#[wasm_bindgen_test]
fn today_is_the_local_date_written_year_first() {
    // Swedish writes the date as the page's report and file names do.
    let local = js_sys::Date::new_0()
        .to_locale_date_string("sv-SE", &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .expect("a date");
    assert_eq!(platform::today(), local);
}

#[wasm_bindgen_test]
fn without_a_clipboard_the_text_comes_back_to_be_copied_by_hand() {
    // A plain-http intranet page has no `navigator.clipboard`: calling it
    // anyway would throw inside the wasm, which kills the page.
    let navigator = window().navigator();
    let missing = js_sys::Object::new();
    js_sys::Reflect::set(&missing, &"value".into(), &wasm_bindgen::JsValue::UNDEFINED)
        .expect("set");
    js_sys::Reflect::set(&missing, &"configurable".into(), &true.into()).expect("set");
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &missing);

    let given = Rc::new(RefCell::new(None));
    let on_done = {
        let given = Rc::clone(&given);
        Callback::from(move |result| *given.borrow_mut() = Some(result))
    };
    platform::copy_text("Partial remission achieved".to_owned(), on_done);
    js_sys::Reflect::delete_property(&navigator, &"clipboard".into()).expect("restored");
    assert_eq!(
        *given.borrow(),
        Some(Err("Partial remission achieved".to_owned()))
    );
}

#[function_component]
fn Live() -> Html {
    html! { <p id="live">{ "scored" }</p> }
}

#[wasm_bindgen_test]
async fn the_app_takes_over_the_prerendered_markup_rather_than_adding_beside_it() {
    let app = document().create_element("main").expect("a main");
    app.set_id("app");
    app.set_inner_html("<p id='prerendered'>Not yet determinable</p>");
    document()
        .body()
        .expect("a body")
        .append_child(&app)
        .expect("added");

    platform::start::<Live>();
    wait_for("the app's first render", || {
        document().get_element_by_id("live").is_some()
    })
    .await;
    assert!(document().get_element_by_id("prerendered").is_none());
    assert_eq!(app.child_element_count(), 1, "{}", app.inner_html());
    let in_app = app
        .first_element_child()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|e| e.id());
    assert_eq!(in_app.as_deref(), Some("live"));
    app.remove();
}
