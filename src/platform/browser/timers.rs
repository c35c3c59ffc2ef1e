//! A timer and a listener that clean up after themselves when dropped, so
//! an effect's teardown is just `drop`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

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
