//! The report page: the calculator's current patient (from the same URL
//! fragment) with each rule worked with the patient's numbers, a chart,
//! "Copy link", "Copy summary", printing, and the MMT-8 worksheet that fills
//! the MMT totals. A separate page with its own wasm, opened on purpose, so
//! the calculator's first load stays within its budget.

// Shared with the calculator (listener guard); its debouncer is unused here.
#[cfg(target_arch = "wasm32")]
#[path = "../../browser.rs"]
#[allow(dead_code)]
mod browser;
#[cfg(target_arch = "wasm32")]
mod chart;
#[cfg(target_arch = "wasm32")]
#[path = "../../fragment.rs"]
mod fragment;
#[cfg(target_arch = "wasm32")]
#[path = "../../mount.rs"]
mod mount;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod share;
#[cfg(target_arch = "wasm32")]
mod values;
#[cfg(target_arch = "wasm32")]
mod worked;
#[cfg(target_arch = "wasm32")]
mod worksheet;

/// Renders into `<main id="app">` of report.html.
#[cfg(target_arch = "wasm32")]
fn main() {
    mount::mount::<page::ReportPage>();
}

/// Natively there is no page; `dmscore` scores from a terminal.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dm-report is a web page: build it with scripts/build.sh, or score from a terminal with `cargo run --release --bin dmscore`.");
    std::process::exit(2);
}
