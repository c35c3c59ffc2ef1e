//! The URL fragment as the saved state (CONTRACT §3). It is never sent to a
//! server, so a shared or reloaded link carries the values without leaking.
//! It is read in effects, never while rendering, so the first render is the
//! default form in the browser and in the prerender alike.

use crate::platform::{self, WindowListener};
use dmscore_core::{link, Form};
use yew::prelude::*;

/// The current address's fragment — or, after a reload that came between
/// a keystroke and its address write, the fragment that write held.
fn read() -> String {
    platform::take_unsaved_hash().unwrap_or_else(platform::location_hash)
}

/// Keeps the address in step with the page's state: `fragment` (without
/// `#`) is the form's `link::encode`, which the caller also uses for its
/// links, plus anything a page adds after it (the report page's worksheet
/// grades). `None` (the address not read yet) writes nothing, so the
/// default form never overwrites a link being opened. The write itself
/// follows the render in a task of its own, and a reload in between loses
/// nothing (`platform::save_hash`).
#[hook]
pub fn use_saved_fragment(fragment: Option<String>) {
    use_effect_with(fragment, |fragment| {
        if let Some(fragment) = fragment {
            platform::save_hash(fragment);
        }
    });
}

/// Calls `on_change` with the linked form once the page is live, and again
/// whenever the user edits the fragment or opens another link in this tab;
/// with it, the fragment it was read from, for a page's own keys (the
/// report's worksheet grades), so both come from the same one.
#[hook]
pub fn use_linked_form(on_change: impl Fn(Form, &str) + 'static) {
    let on_fragment = move |fragment: String| on_change(link::decode(&fragment), &fragment);
    use_effect_with((), move |_| {
        on_fragment(read());
        let listener = WindowListener::new("hashchange", move || on_fragment(read()));
        move || drop(listener)
    });
}
