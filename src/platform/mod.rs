//! The only place that touches the browser. Everything the pages need from
//! it — the address, timers, listeners, the clipboard, files, printing,
//! the date — is a function here, with a native stand-in so that the same
//! components render natively (prerendering, markup tests) without ever
//! calling into JavaScript. Components import this module, never `web_sys`.
//!
//! While rendering, a page only reads the address (its query, and the
//! date) for its first state and notes a changed fragment (`fragment.rs`
//! says why); the clipboard, files, printing and timers are reached from
//! effects and event handlers.

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

/// What a read file (or a failed read) hands on: its name and bytes.
pub type FileBytes = Result<(String, Vec<u8>), String>;
