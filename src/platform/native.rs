//! Native stand-ins for the browser: no address, no timers, no files. The
//! components render natively (prerendering, markup tests) and never call
//! these while rendering; event handlers, which would, never run here.

use super::FileBytes;
use yew::{BaseComponent, Callback, Event};

/// Natively a page is rendered to HTML, not mounted: the prerender.
pub fn start<C: BaseComponent<Properties = ()>>() {
    print!("{}", render_to_string::<C>(()));
}

/// The component's markup as the server renderer writes it.
pub fn render_to_string<C: BaseComponent>(props: C::Properties) -> String {
    let renderer = yew::LocalServerRenderer::<C>::with_props(props).hydratable(false);
    tokio::runtime::Builder::new_current_thread()
        .build()
        .map(|runtime| runtime.block_on(renderer.render()))
        .unwrap_or_default()
}

pub fn location_hash() -> String {
    String::new()
}

pub fn location_query() -> String {
    String::new()
}

pub fn location_href() -> String {
    String::new()
}

pub fn save_hash(_fragment: &str) {}

pub fn take_unsaved_hash() -> Option<String> {
    None
}

pub fn today() -> String {
    String::new()
}

pub fn now_ms() -> f64 {
    0.0
}

pub fn focus(_id: &str) {}

pub fn print() {}

pub fn is_open(_event: &Event) -> bool {
    false
}

pub fn value_of(_event: &Event) -> String {
    String::new()
}

pub fn clear_value(_event: &Event) {}

pub fn read_first_file(_event: &Event, _on_read: Callback<FileBytes>) -> bool {
    false
}

pub fn save_file(_bytes: &[u8], _name: &str, _mime: &str) -> Result<(), String> {
    Err("There is no browser to save the file.".to_owned())
}

pub fn copy_text(text: String, on_done: Callback<Result<(), String>>) {
    on_done.emit(Err(text));
}

/// A timer that never fires: nothing settles natively.
pub struct Settle<T>(std::marker::PhantomData<T>);

impl<T: 'static> Settle<T> {
    pub fn new(_ms: i32, _act: impl Fn(T) + 'static) -> Settle<T> {
        Settle(std::marker::PhantomData)
    }

    pub fn push(&self, _value: T) {}
}

/// A listener that never hears anything.
pub struct WindowListener;

impl WindowListener {
    pub fn new(_event: &'static str, _on_event: impl FnMut() + 'static) -> WindowListener {
        WindowListener
    }
}

/// Removes nothing, as the browser's listener removes itself when dropped.
impl Drop for WindowListener {
    fn drop(&mut self) {}
}
