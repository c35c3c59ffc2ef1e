//! One polite announcement per pause in typing, not one per keystroke.
//!
//! The visible results update on every keystroke; if they were the live
//! region, a screen reader would read "1", "12", "120", "1200" in turn. This
//! region holds a copy of the result that is only updated once the result has
//! stayed the same for [`QUIET_MS`].

use dmscore_core::Assessment;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Long enough to span the gap between keystrokes, short enough to feel
/// like an answer.
const QUIET_MS: i32 = 800;

/// The sentence a screen reader hears: the summary and each status
/// ("MMT: not met"; spelled from the status code, as `to_lowercase` would
/// ship Unicode case tables in the wasm).
pub fn spoken(a: &Assessment) -> String {
    let statuses: Vec<String> = a
        .criteria
        .iter()
        .map(|c| {
            format!(
                "{}: {}",
                c.criterion.short(),
                c.outcome.status().code().replace('_', " ")
            )
        })
        .collect();
    format!("{} {}.", a.summary, statuses.join("; "))
}

#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    pub message: String,
}

#[function_component(Announcer)]
pub fn announcer(props: &AnnouncerProps) -> Html {
    let said = use_state(String::new);
    {
        let said = said.clone();
        use_effect_with(props.message.clone(), move |message| {
            let message = message.clone();
            let timer = Timeout::start(QUIET_MS, move || said.set(message));
            move || drop(timer)
        });
    }
    html! {
        <div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            { (*said).clone() }
        </div>
    }
}

/// A browser timeout that is cancelled when dropped.
struct Timeout {
    handle: Option<i32>,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    fn start(ms: i32, run: impl FnOnce() + 'static) -> Timeout {
        let mut run = Some(run);
        let callback = Closure::<dyn FnMut()>::new(move || {
            if let Some(run) = run.take() {
                run();
            }
        });
        let handle = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                ms,
            )
            .ok()
        });
        Timeout {
            handle,
            _callback: callback,
        }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let (Some(handle), Some(window)) = (self.handle, web_sys::window()) {
            window.clear_timeout_with_handle(handle);
        }
    }
}
