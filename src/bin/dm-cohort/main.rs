//! The cohort page: a CSV of patients, read and scored in the browser with
//! the same core as the calculator (through `dmscore-cohort`, as the
//! `dmscore --csv` CLI does). A separate page with its own wasm, so the
//! calculator's first load does not carry the CSV reader and the table.

#[cfg(target_arch = "wasm32")]
mod counts;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
#[path = "../../mount.rs"]
mod mount;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod scored;
#[cfg(target_arch = "wasm32")]
mod source;
#[cfg(target_arch = "wasm32")]
mod table;

/// Renders into `<main id="app">` of cohort.html.
#[cfg(target_arch = "wasm32")]
fn main() {
    mount::mount::<page::CohortPage>();
}

/// Natively there is no page; `dmscore --csv` scores a cohort from a terminal.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dm-cohort is a web page: build it with scripts/build.sh, or score a CSV from a terminal with `cargo run --release --bin dmscore -- --csv FILE`.");
    std::process::exit(2);
}
