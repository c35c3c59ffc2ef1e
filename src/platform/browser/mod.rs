//! The browser, through `web_sys`: starting a page, the date, the focus,
//! printing, events' values, files and the clipboard. The address and the
//! tab's note of unsaved keys are in `address.rs`; timers and listeners
//! that clean up after themselves when dropped (so an effect's teardown is
//! just `drop`) in `timers.rs`.

mod address;
mod timers;

pub use address::{location_hash, location_href, location_query, save_hash, take_unsaved_hash};
pub use timers::{Settle, WindowListener};

use super::FileBytes;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, DragEvent, HtmlAnchorElement, HtmlElement, HtmlInputElement,
    HtmlSelectElement, HtmlTextAreaElement, Url,
};
use yew::platform::spawn_local;
use yew::{BaseComponent, Callback, Event};

/// The page's allocator: talc, smaller and faster in WebAssembly than the
/// default dlmalloc (measured: BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Starts a page: the app takes over `<main id="app">`, where the build
/// prerendered the same first view (scripts/prerender.mjs); the static
/// header and footer stay as they are. Anything typed into the prerendered
/// form meanwhile is already in the address (the page's loader puts it
/// there, scripts/post-build.mjs), which the app reads like any link.
/// yew empties the element it mounts in and renders the first view in a
/// microtask after, before the browser paints again: the prerendered
/// markup is replaced, never doubled (`tests/browser.rs`), with no flash
/// between (`tests/e2e/prerender.spec.mjs`).
pub fn start<C: BaseComponent<Properties = ()>>() {
    let root = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<C>::with_root(root).render(),
        None => yew::Renderer::<C>::new().render(),
    };
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
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

/// Milliseconds from the page's time origin (0 if unavailable).
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Moves the keyboard focus to the element with this id.
pub fn focus(id: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Whether the `<details>` a toggle event came from is now open.
pub fn is_open(event: &Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}

/// The value of the input, select or text area an event came from.
pub fn value_of(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}

/// Empties the input an event came from (so choosing the same file again
/// reads it again).
pub fn clear_value(event: &Event) {
    if let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    {
        input.set_value("");
    }
}

/// Reads the first file dropped (a drop event) or chosen (a file input's
/// change), in this tab; `on_read` gets its name and bytes as stored (the
/// cohort reader decodes them and says if they are not UTF-8), or a
/// message. `false` when the event holds no file.
pub fn read_first_file(event: &Event, on_read: Callback<FileBytes>) -> bool {
    let file = match event.dyn_ref::<DragEvent>() {
        Some(drop) => drop.data_transfer().and_then(|d| d.files()),
        None => event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .and_then(|i| i.files()),
    }
    .and_then(|files| files.get(0));
    let Some(file) = file else {
        return false;
    };
    let name = file.name();
    spawn_local(async move {
        let bytes = JsFuture::from(file.array_buffer())
            .await
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        on_read.emit(match bytes {
            Ok(bytes) => Ok((name, bytes)),
            Err(_) => Err(format!("{name} could not be read.")),
        });
    });
    true
}

/// Saves `bytes` as a download named `name`, made in this tab (a Blob):
/// nothing leaves the browser.
pub fn save_file(bytes: &[u8], name: &str, mime: &str) -> Result<(), String> {
    save_blob(bytes, name, mime).map_err(|_| "The browser refused to save the file.".to_owned())
}

fn save_blob(bytes: &[u8], name: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download reads the Blob after this task; release it a little later.
    spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_secs(30)).await;
        let _ = Url::revoke_object_url(&url);
    });
    Ok(())
}

/// The Clipboard API, which browsers offer only on secure pages (https or
/// localhost); on a plain-http intranet page it is missing, and calling it
/// anyway would throw inside the wasm.
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = window()?.navigator();
    let api = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!api.is_undefined() && !api.is_null()).then(|| navigator.clipboard())
}

/// Writes `text` to the clipboard; `on_done` gets `Ok`, or the text back
/// (`Err`) when the browser would not copy, to be copied by hand.
pub fn copy_text(text: String, on_done: Callback<Result<(), String>>) {
    let Some(clipboard) = clipboard() else {
        on_done.emit(Err(text));
        return;
    };
    spawn_local(async move {
        let result = JsFuture::from(clipboard.write_text(&text)).await;
        on_done.emit(result.map(|_| ()).map_err(|_| text));
    });
}
