//! The browser, through `web_sys`: the address, timers and listeners that
//! clean up after themselves when dropped (so an effect's teardown is just
//! `drop`), the clipboard, files, printing and the date.

use super::FileText;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
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
pub fn start<C: BaseComponent<Properties = ()>>() {
    let root = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<C>::with_root(root).render();
        }
        None => {
            yew::Renderer::<C>::new().render();
        }
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The address's fragment as typed, `#` included (empty if none).
pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The address's query, `?` included (empty if none).
pub fn location_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The whole address.
pub fn location_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Replaces the address's fragment (`hash`, `#` included) with no history
/// entry, and only when it differs.
fn replace_hash(window: &web_sys::Window, hash: &str) {
    if window.location().hash().ok().as_deref() != Some(hash) {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
        }
    }
}

/// Marks a tab's name as holding a fragment not yet in the address.
const PENDING: &str = "dm-remission:pending\n";

/// Saves closer together than this are a burst, faster than anyone types
/// (a test driver, autofill, a held key): its address write waits until it
/// ends. Each write costs the browser about 4 ms of its own work (session
/// history, the address bar, the tab's icon), which on a small machine
/// landed on the next key. A lone edit is written at once.
const BURST_MS: i32 = 25;

/// How long the note outlives the address write. The browser learns of the
/// write a moment after the page (a message between its processes), and a
/// reload it starts in between takes the address from before the write: on
/// a loaded machine, that reload lost the last keystroke when the note was
/// cleared with the write (guarded by `tests/e2e/link.spec.mjs`).
const NOTE_KEPT_MS: i32 = 1000;

thread_local! {
    /// The fragment last saved: a page saves it both when its state changes
    /// and as it renders, and the second time is not a new edit.
    static SAVED: RefCell<String> = const { RefCell::new(String::new()) };
    /// When the last save came (`Date.now`, which yew's scheduler already
    /// imports: no new glue).
    static LAST_SAVE: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
    /// The address write, in a task of its own — a burst's once it has
    /// ended; the note is cleared a little later (`NOTE_KEPT_MS`).
    static ADDRESS: Settle<String> = Settle::new(BURST_MS, |hash: String| {
        if let Some(window) = window() {
            replace_hash(&window, &hash);
            NOTE_CLEAR.with(|clear| clear.push(()));
        }
    });
    /// Clears the note once the address holds it, and not a newer note
    /// whose write is still to come.
    static NOTE_CLEAR: Settle<()> = Settle::new(NOTE_KEPT_MS, |()| {
        if let Some(window) = window() {
            let name = window.name().unwrap_or_default();
            let written = noted(&name)
                .is_some_and(|(_, hash)| window.location().hash().ok().as_deref() == Some(hash));
            if written {
                let _ = window.set_name("");
            }
        }
    });
    /// Writes the noted fragment at once when the page is hidden, closed or
    /// left (the history, a restored tab, a bookmark get the latest
    /// values), but keeps the note and the timer: a reload leaving the page
    /// has already taken the old address, and the note brings the last
    /// keystrokes back.
    static ON_HIDE: WindowListener = WindowListener::new("visibilitychange", || {
        if let Some(window) = window() {
            let name = window.name().unwrap_or_default();
            if let Some((_, hash)) = noted(&name) {
                replace_hash(&window, hash);
            }
        }
    });
}

/// Saves `fragment` in the address, in a task of its own straight after
/// this one — or, within a burst, once the burst ends (`BURST_MS`); at
/// once if the page is hidden or left. A reload takes the address as the
/// browser knows it when the reload starts, so one coming before the write
/// (or just after it, `NOTE_KEPT_MS`) would lose the last keystrokes: the
/// fragment is therefore noted at once in the tab's `window.name` (a
/// fraction of the cost; a reload keeps it), read back by
/// `take_unsaved_hash`, and cleared a second after it is written. The
/// fragment last saved is not saved again.
pub fn save_hash(fragment: &str) {
    let Some(window) = window() else {
        return;
    };
    if SAVED.with_borrow(|saved| saved == fragment) {
        return;
    }
    SAVED.with_borrow_mut(|saved| fragment.clone_into(saved));
    let hash = format!("#{fragment}");
    let now = window.location().hash().unwrap_or_default();
    // Nothing to note when the address already holds it (a page opened
    // from its link), but a note still pending is replaced.
    let note = if now == hash {
        String::new()
    } else {
        format!("{PENDING}{now}\n{hash}")
    };
    let _ = window.set_name(&note);
    let at = js_sys::Date::now();
    let burst = at - LAST_SAVE.replace(at) < f64::from(BURST_MS);
    ADDRESS.with(|address| {
        if burst {
            address.push(hash);
        } else {
            address.push_after(hash, 0);
        }
    });
    ON_HIDE.with(|_| ());
}

/// A tab name's note: the address it was replacing and the fragment not
/// yet written, both with `#`.
fn noted(name: &str) -> Option<(&str, &str)> {
    name.strip_prefix(PENDING)?.split_once('\n')
}

/// The fragment a reload interrupted before it reached the address — only
/// while the address is still the one it was replacing, so a link opened
/// since is never overridden; the note is cleared either way.
pub fn take_unsaved_hash() -> Option<String> {
    let window = window()?;
    let name = window.name().ok()?;
    let _ = window.set_name("");
    let (replaced, hash) = noted(&name)?;
    (window.location().hash().ok()? == replaced).then(|| hash.to_owned())
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
/// change) as text, in this tab; `on_read` gets its name and text, or a
/// message. `false` when the event holds no file.
pub fn read_first_file(event: &Event, on_read: Callback<FileText>) -> bool {
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
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        on_read.emit(match text {
            Some(text) => Ok((name, text)),
            None => Err(format!("{name} could not be read as text.")),
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

/// Acts on the latest value once values stop arriving for a while.
///
/// The JS callback is made once; each new value only re-arms the timer, so
/// a keystroke costs two cheap calls rather than a new closure.
pub struct Settle<T> {
    pending: Rc<RefCell<Option<T>>>,
    fire: Closure<dyn FnMut()>,
    timer: Cell<Option<i32>>,
    ms: i32,
}

impl<T: 'static> Settle<T> {
    pub fn new(ms: i32, act: impl Fn(T) + 'static) -> Settle<T> {
        let pending: Rc<RefCell<Option<T>>> = Rc::default();
        let fire = {
            let pending = Rc::clone(&pending);
            Closure::<dyn FnMut()>::new(move || {
                let value = pending.borrow_mut().take();
                if let Some(value) = value {
                    act(value);
                }
            })
        };
        Settle {
            pending,
            fire,
            timer: Cell::new(None),
            ms,
        }
    }

    /// Replaces the pending value and restarts the quiet period.
    pub fn push(&self, value: T) {
        self.push_after(value, self.ms);
    }

    /// Replaces the pending value and acts on it after `ms` instead.
    pub fn push_after(&self, value: T, ms: i32) {
        *self.pending.borrow_mut() = Some(value);
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(old) = self.timer.take() {
            window.clear_timeout_with_handle(old);
        }
        let handle = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                self.fire.as_ref().unchecked_ref(),
                ms,
            )
            .ok();
        self.timer.set(handle);
    }
}

impl<T> Drop for Settle<T> {
    fn drop(&mut self) {
        if let (Some(handle), Some(window)) = (self.timer.take(), web_sys::window()) {
            window.clear_timeout_with_handle(handle);
        }
    }
}

/// A listener for a `window` event, removed when dropped.
pub struct WindowListener {
    event: &'static str,
    callback: Closure<dyn FnMut()>,
}

impl WindowListener {
    pub fn new(event: &'static str, on_event: impl FnMut() + 'static) -> WindowListener {
        let callback = Closure::<dyn FnMut()>::new(on_event);
        if let Some(window) = web_sys::window() {
            let _ =
                window.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        }
        WindowListener { event, callback }
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                self.event,
                self.callback.as_ref().unchecked_ref(),
            );
        }
    }
}
