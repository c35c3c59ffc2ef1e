//! The notes under a result: the core's informational sentences, which
//! never change it (a doubtful value, a baseline below the trial's entry
//! levels), boxed alike on the calculator and the report.

use yew::prelude::*;

/// A "Notes" box, or nothing when there is none.
pub fn notes(notes: &[String]) -> Html {
    html! {
        if !notes.is_empty() {
            <div class="notes">
                <h3>{ "Notes" }</h3>
                <ul>{ for notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            </div>
        }
    }
}
