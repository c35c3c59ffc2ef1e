//! The URL fragment as the saved state (CONTRACT §3). It is never sent to a
//! server, so a shared or reloaded link carries the values without leaking.

use dmscore_core::{link, Form};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The form the current address describes.
pub fn read() -> Form {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    link::decode(&hash)
}

/// Replaces the address's fragment without a history entry per keystroke.
pub fn write(form: &Form) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!("#{}", link::encode(form));
    if window.location().hash().ok().as_deref() == Some(url.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Calls `on_change` when the user edits the fragment or opens another link
/// in this tab; the returned guard removes the listener when dropped.
pub struct HashListener {
    closure: Closure<dyn FnMut()>,
}

impl HashListener {
    pub fn new(mut on_change: impl FnMut(Form) + 'static) -> HashListener {
        let closure = Closure::<dyn FnMut()>::new(move || on_change(read()));
        if let Some(window) = web_sys::window() {
            let _ = window
                .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
        }
        HashListener { closure }
    }
}

impl Drop for HashListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "hashchange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
