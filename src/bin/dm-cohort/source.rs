//! Where a cohort comes from: a chosen file, a dropped file or pasted text.
//! The file is read by the browser into this tab; nothing is uploaded.

use crate::scored::{now, CsvText};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    /// The text, or why it could not be read.
    pub on_csv: Callback<Result<CsvText, String>>,
}

/// Reads `file` as text and hands it on; a file that is not text is an
/// error, not a panic.
fn read_file(file: File, on_csv: Callback<Result<CsvText, String>>) {
    let started = now();
    let name = file.name();
    spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        on_csv.emit(match text {
            Some(text) => Ok(CsvText {
                name,
                text,
                started,
            }),
            None => Err(format!("{name} could not be read as text.")),
        });
    });
}

/// Eight made-up patients shaped like the seed trial, to show the format
/// and what the page does with it (the same file the tests use).
const EXAMPLE: &str = include_str!("../../../tests/fixtures/seed-trial-synthetic.csv");

#[function_component(Source)]
pub fn source(props: &SourceProps) -> Html {
    let pasted = use_node_ref();
    let dragging = use_state(|| false);

    let on_file = {
        let on_csv = props.on_csv.clone();
        Callback::from(move |e: Event| {
            let input = e.target_dyn_into::<HtmlInputElement>();
            if let Some(file) = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            {
                read_file(file, on_csv.clone());
            }
            // Choosing the same file again (after editing it) reads it again.
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let on_csv = props.on_csv.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            match file {
                Some(file) => read_file(file, on_csv.clone()),
                None => on_csv.emit(Err(
                    "Drop a CSV file here, or paste its text below.".to_owned()
                )),
            }
        })
    };
    let on_paste_score = {
        let on_csv = props.on_csv.clone();
        let pasted = pasted.clone();
        Callback::from(move |_: MouseEvent| {
            let started = now();
            let text = pasted
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            on_csv.emit(if text.trim().is_empty() {
                Err("Paste the CSV text (header row first) into the box, then score it.".to_owned())
            } else {
                Ok(CsvText {
                    name: "pasted text".to_owned(),
                    text,
                    started,
                })
            });
        })
    };

    let on_example = {
        let on_csv = props.on_csv.clone();
        Callback::from(move |_: MouseEvent| {
            on_csv.emit(Ok(CsvText {
                name: "synthetic example".to_owned(),
                text: EXAMPLE.to_owned(),
                started: now(),
            }))
        })
    };

    html! {
        <section class="source panel" aria-labelledby="source-heading">
            <h2 id="source-heading">{ "Open a cohort" }</h2>
            <div
                class={classes!("drop-zone", (*dragging).then_some("dragging"))}
                ondragover={on_drag_over}
                ondragleave={on_drag_leave}
                ondrop={on_drop}
            >
                <label for="cohort-file">{ "CSV file (or drop it here)" }</label>
                <input id="cohort-file" type="file" accept=".csv,text/csv,text/plain" onchange={on_file} />
            </div>
            <div class="field">
                <label for="cohort-text">{ "…or paste the CSV text" }</label>
                <textarea id="cohort-text" ref={pasted} rows="6" spellcheck="false" autocomplete="off" />
            </div>
            <div class="source-buttons">
                <button id="cohort-paste-score" type="button" class="primary" onclick={on_paste_score}>
                    { "Score pasted text" }
                </button>
                <button id="cohort-example" type="button" class="secondary" onclick={on_example}>
                    { "Try a synthetic example (8 made-up patients)" }
                </button>
            </div>
        </section>
    }
}
