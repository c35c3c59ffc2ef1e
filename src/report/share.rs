//! Copy link, copy summary, print. The link is the contract's fragment for
//! the calculator; the summary is the core's plain-text note with today's
//! date. Copying uses the Clipboard API; nothing is sent anywhere.

use crate::platform;
use crate::shared::Shared;
use dmscore_core::note::summary_text;
use dmscore_core::{link, Assessment, Form};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub form: Form,
    pub assessment: Shared<Assessment>,
}

/// The calculator's address with this form: the report's address `here`
/// with `report/…` replaced by the calculator's directory.
fn calculator_link(here: &str, form: &Form) -> String {
    let base = here.split(['#', '?']).next().unwrap_or_default();
    let dir = base.rsplit_once("/report/").map_or(base, |(dir, _)| dir);
    format!("{dir}/#{}", link::encode(form))
}

/// What the last copy did: the message to show and, when the browser would
/// not copy, the text itself to select by hand.
#[derive(Clone, Default, PartialEq)]
struct Copied {
    message: String,
    by_hand: Option<String>,
}

/// Copies `text`, then reports how it went; if the browser refuses, the
/// text is shown for copying by hand.
fn copy(text: String, done: &'static str, copied: UseStateHandle<Copied>) {
    platform::copy_text(
        text,
        Callback::from(move |result: Result<(), String>| {
            copied.set(match result {
                Ok(()) => Copied {
                    message: done.to_owned(),
                    by_hand: None,
                },
                Err(text) => Copied {
                    message: "This browser did not allow copying here: select the text below and copy it."
                        .to_owned(),
                    by_hand: Some(text),
                },
            })
        }),
    );
}

#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let status = use_state(Copied::default);
    let on_copy_link = {
        let (form, status) = (props.form.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            copy(
                calculator_link(&platform::location_href(), &form),
                "Link copied.",
                status.clone(),
            )
        })
    };
    let on_copy_summary = {
        let (assessment, form, status) =
            (props.assessment.clone(), props.form.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            copy(
                summary_text(&assessment, &form, &platform::today()),
                "Summary copied.",
                status.clone(),
            )
        })
    };
    let on_print = Callback::from(|_: MouseEvent| platform::print());
    html! {
        <section class="share panel screen-only" aria-labelledby="share-heading">
            <h2 id="share-heading">{ "Share and record" }</h2>
            <div class="share-buttons">
                <button type="button" class="primary" id="copy-link" onclick={on_copy_link}>{ "Copy link" }</button>
                <button type="button" class="primary" id="copy-summary" onclick={on_copy_summary}>{ "Copy summary" }</button>
                <button type="button" class="primary" id="print-report" onclick={on_print}>{ "Print report" }</button>
            </div>
            <p id="share-status" role="status">{ status.message.clone() }</p>
            if let Some(text) = status.by_hand.clone() {
                <label for="copy-by-hand" class="visually-hidden">{ "Text to copy" }</label>
                <textarea id="copy-by-hand" readonly=true rows="8" value={text} />
            }
            <p class="hint">{ "The link holds the values in the part after #, which is never sent to a server; share it only with people who may see them." }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dmscore_core::Field;

    #[test]
    fn the_link_opens_the_calculator_beside_the_report_with_this_form() {
        let form = Form::page_default().with(Field::CkBaseline, "1200");
        let fragment = link::encode(&form);
        for (here, calculator) in [
            (
                "https://example.org/dm/report/?worksheet#ck-baseline=9",
                "https://example.org/dm/",
            ),
            (
                "https://example.org/report/#mmt8-sides=left",
                "https://example.org/",
            ),
            (
                "file:///home/me/dist/report/index.html",
                "file:///home/me/dist/",
            ),
        ] {
            assert_eq!(
                calculator_link(here, &form),
                format!("{calculator}#{fragment}"),
                "from {here}"
            );
        }
    }
}
