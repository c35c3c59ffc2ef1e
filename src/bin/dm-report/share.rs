//! Copy link, copy summary, print. The link is the contract's fragment for
//! the calculator; the summary is the core's plain-text note with today's
//! date. Copying uses the Clipboard API; nothing is sent anywhere.

use dmscore_core::explain::summary_text;
use dmscore_core::{link, Assessment, Form};
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub form: Form,
    pub assessment: Rc<Assessment>,
}

/// Today's local date, `2026-11-25`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The calculator's address with this form: the page's own address with
/// `report/…` replaced by the calculator's directory.
fn calculator_link(form: &Form) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = here.split(['#', '?']).next().unwrap_or_default();
    let dir = base.rsplit_once("/report/").map_or(base, |(dir, _)| dir);
    format!("{dir}/#{}", link::encode(form))
}

/// Writes `text` to the clipboard, then reports how it went.
fn copy(text: String, done: &'static str, status: UseStateHandle<String>) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        status.set("Copying is not available in this browser.".to_owned());
        return;
    };
    spawn_local(async move {
        let result = JsFuture::from(clipboard.write_text(&text)).await;
        status.set(match result {
            Ok(_) => done.to_owned(),
            Err(_) => {
                "The browser did not allow copying; select the text and copy it instead.".to_owned()
            }
        });
    });
}

#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let status = use_state(String::new);
    let on_copy_link = {
        let (form, status) = (props.form.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            copy(calculator_link(&form), "Link copied.", status.clone())
        })
    };
    let on_copy_summary = {
        let (assessment, status) = (props.assessment.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            copy(
                summary_text(&assessment, &today()),
                "Summary copied.",
                status.clone(),
            )
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section class="share screen-only" aria-labelledby="share-heading">
            <h2 id="share-heading">{ "Share and record" }</h2>
            <div class="share-buttons">
                <button type="button" id="copy-link" onclick={on_copy_link}>{ "Copy link" }</button>
                <button type="button" id="copy-summary" onclick={on_copy_summary}>{ "Copy summary" }</button>
                <button type="button" id="print-report" onclick={on_print}>{ "Print report" }</button>
            </div>
            <p id="share-status" role="status">{ (*status).clone() }</p>
            <p class="hint">{ "The link holds the values in the part after #, which is never sent to a server; share it only with people who may see them." }</p>
        </section>
    }
}
