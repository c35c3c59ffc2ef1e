//! The address: read for a page's first state, and written as the form
//! changes, without losing a key to a reload (hazard H17). Each save is
//! noted at once in the tab's `window.name`, which a reload keeps, and
//! written to the address in a task of its own, a burst's once it ends.

use super::timers::{Settle, WindowListener};
use super::window;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;

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
