//! Where a cohort comes from: a chosen file, a dropped file or pasted text.
//! The file is read by the browser into this tab; nothing is uploaded.

use super::scored::CsvInput;
use crate::platform::{self, FileBytes};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    /// The CSV, or why it could not be read.
    pub on_csv: Callback<Result<CsvInput, String>>,
}

/// Reads the event's file and hands its bytes on, timed from now; a file
/// that cannot be read is an error, not a panic. `false` when it holds
/// none.
fn read_file(event: &Event, on_csv: &Callback<Result<CsvInput, String>>) -> bool {
    let started = platform::now_ms();
    let on_csv = on_csv.clone();
    platform::read_first_file(
        event,
        Callback::from(move |read: FileBytes| {
            on_csv.emit(read.map(|(name, bytes)| CsvInput {
                name,
                bytes,
                started,
            }))
        }),
    )
}

/// Eight made-up patients shaped like the seed trial, to show the format
/// and what the page does with it (the same file the tests use).
const EXAMPLE: &str = include_str!("../../tests/fixtures/seed-trial-synthetic.csv");

#[function_component(Source)]
pub fn source(props: &SourceProps) -> Html {
    // The pasted text, kept as it is typed; reading it renders nothing.
    let pasted = use_mut_ref(String::new);
    let dragging = use_state(|| false);

    let on_file = {
        let on_csv = props.on_csv.clone();
        Callback::from(move |e: Event| {
            read_file(&e, &on_csv);
            // Choosing the same file again (after editing it) reads it again.
            platform::clear_value(&e);
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
            if !read_file(&e, &on_csv) {
                on_csv.emit(Err(
                    "Drop a CSV file here, or paste its text below.".to_owned()
                ));
            }
        })
    };
    let on_paste_score = {
        let on_csv = props.on_csv.clone();
        let pasted = pasted.clone();
        Callback::from(move |_: MouseEvent| {
            let started = platform::now_ms();
            let text = pasted.borrow().clone();
            on_csv.emit(if text.trim().is_empty() {
                Err("Paste the CSV text (header row first) into the box, then score it.".to_owned())
            } else {
                Ok(CsvInput {
                    name: "pasted text".to_owned(),
                    bytes: text.into_bytes(),
                    started,
                })
            });
        })
    };

    let on_example = {
        let on_csv = props.on_csv.clone();
        Callback::from(move |_: MouseEvent| {
            on_csv.emit(Ok(CsvInput {
                name: "synthetic example".to_owned(),
                bytes: EXAMPLE.as_bytes().to_vec(),
                started: platform::now_ms(),
            }))
        })
    };

    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| *pasted.borrow_mut() = platform::value_of(&e))
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
                <textarea id="cohort-text" rows="6" spellcheck="false" autocomplete="off" oninput={on_paste_input} />
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
