//! The URL fragment as the saved state (CONTRACT §3). It is never sent to a
//! server, so a shared or reloaded link carries the values without leaking.
//! A page reads it once, for its first state — in the browser, the link,
//! so the first frame the app paints already shows it (natively, for the
//! prerender, there is none: the default form) — and again in an effect
//! whenever it changes in the tab.

use crate::platform::{self, WindowListener};
use dmscore_core::{link, Form};
use yew::prelude::*;

/// The current address's fragment — or, after a reload that came between
/// a keystroke and its address write, the fragment that write held (read
/// once: the note is cleared).
pub fn read() -> String {
    platform::take_unsaved_hash().unwrap_or_else(platform::location_hash)
}

/// Keeps the address in step with the page's state: `fragment` (without
/// `#`) is the form's `link::encode`, plus anything a page adds after it
/// (the report page's worksheet grades). The address is written just after
/// (after a burst of keys, once it ends), and a reload in between loses
/// nothing (`platform::save_hash`). Saving the same fragment again does
/// nothing.
///
/// A page saves in the event that changed its state, as soon as it has
/// changed, and again as it renders (its first render writes the address in
/// the link format, whatever link opened it). Not only as it renders: yew
/// renders an edit in a later task when it is still in the middle of
/// earlier work (after 16 ms of work it hands the browser a turn first,
/// seen on a loaded machine), and a reload in that turn lost the keystroke.
/// Never in an effect, which yew may put off the same way. Guarded by
/// `tests/e2e/link.spec.mjs` and `tests/e2e/report.spec.mjs`.
pub fn save(fragment: &str) {
    platform::save_hash(fragment);
}

/// Calls `on_change` with the linked form whenever the user edits the
/// fragment or opens another link in this tab (the page's first state has
/// read the address already); with it, the fragment it was read from, for a
/// page's own keys (the report's worksheet grades). The address alone, not
/// a note of a write still to come: that note is for a reload, and a link
/// followed within a second of typing may lead to the very address the
/// note replaced (a field's offered decimal point), which the note would
/// then undo. Applying the link saves it, which clears the note.
#[hook]
pub fn use_link_changes(on_change: impl Fn(Form, &str) + 'static) {
    use_effect_with((), move |_| {
        let listener = WindowListener::new("hashchange", move || {
            let fragment = platform::location_hash();
            on_change(link::decode(&fragment), &fragment)
        });
        move || drop(listener)
    });
}
