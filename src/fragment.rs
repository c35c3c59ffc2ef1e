//! The URL fragment as the saved state (CONTRACT §3). It is never sent to a
//! server, so a shared or reloaded link carries the values without leaking.

use crate::browser::WindowListener;
use dmscore_core::{link, Form};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The form the current address describes.
pub fn read() -> Form {
    link::decode(&hash())
}

/// The address's fragment as typed, `#` included (empty if none).
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the address's fragment without a history entry per keystroke.
fn write(fragment: &String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!("#{fragment}");
    if window.location().hash().ok().as_deref() == Some(url.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Keeps the address in step with the page's state: `fragment` (without
/// `#`) is the form's `link::encode`, which the caller also uses for its
/// links, plus anything a page adds after it (the report page's worksheet
/// grades). Written after each render in the keystroke's own task: a reload
/// takes the address as it is when the reload starts (a `pagehide` write
/// comes too late), so anything later, even a timer, could lose what was
/// just typed. The `replaceState` costs about a millisecond per keystroke;
/// BENCHMARKS.md counts it.
#[hook]
pub fn use_saved_fragment(fragment: String) {
    use_effect_with(fragment, write);
}

/// Calls `on_change` with the linked form when the user edits the fragment
/// or opens another link in this tab.
#[hook]
pub fn use_linked_form(on_change: impl Fn(Form) + 'static) {
    use_effect_with((), move |_| {
        let listener = WindowListener::new("hashchange", move || on_change(read()));
        move || drop(listener)
    });
}
