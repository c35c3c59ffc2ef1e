//! The calculator page: in the browser it mounts into `<main id="app">`;
//! natively it prints the page's first view as HTML (the prerender).

fn main() {
    dm_remission::platform::start::<dm_remission::calculator::Calculator>();
}
