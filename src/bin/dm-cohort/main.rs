//! The cohort page: a CSV of patients, read and scored in the browser with
//! the same core as the calculator (through `dmscore-cohort`, as the
//! `dmscore --csv` CLI does). A separate page with its own wasm, so the
//! calculator's first load does not carry the CSV reader and the table.

#[cfg(target_arch = "wasm32")]
mod counts;
#[cfg(target_arch = "wasm32")]
mod download;
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
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<page::CohortPage>::with_root(root).render();
        }
        None => {
            yew::Renderer::<page::CohortPage>::new().render();
        }
    }
}

/// Natively there is no page; `dmscore --csv` scores a cohort from a terminal.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dm-cohort is a web page: build it with scripts/build.sh, or score a CSV from a terminal with `cargo run --release --bin dmscore -- --csv FILE`.");
    std::process::exit(2);
}
