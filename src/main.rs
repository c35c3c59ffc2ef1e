//! The partial-remission page: a thin yew shell over `dmscore-core`.
//!
//! All clinical logic lives in the core; this crate only renders the form
//! text, the core's assessment of it, and keeps both in the URL fragment.

#[cfg(target_arch = "wasm32")]
mod announce;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod fields;
#[cfg(target_arch = "wasm32")]
mod fragment;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod results;

/// Renders into `<main id="app">`; the static header and footer around it
/// are plain HTML in index.html.
#[cfg(target_arch = "wasm32")]
fn main() {
    mount::mount::<app::App>();
}

/// Natively there is no page to show; the scoring is in the `dmscore` CLI.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dm-remission is a web page: build it with `trunk build --release`, or score from a terminal with `cargo run --release --bin dmscore`.");
    std::process::exit(2);
}
