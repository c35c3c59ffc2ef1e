//! Starting a page, shared by the calculator, the cohort and the report
//! page: the app renders into `<main id="app">` (replacing its `<noscript>`
//! text), so the static header and footer of the HTML stay as they are.

use yew::BaseComponent;

pub fn mount<C: BaseComponent<Properties = ()>>() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<C>::with_root(root).render();
        }
        None => {
            yew::Renderer::<C>::new().render();
        }
    }
}
