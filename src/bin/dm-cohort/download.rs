//! "Download results": the same results CSV as `dmscore --csv`, made in the
//! tab and saved through a Blob URL; nothing leaves the browser.

use crate::scored::Scored;
use dmscore_cohort::write_results;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// `cohort.csv` → `cohort-results.csv`.
pub fn file_name(source: &str) -> String {
    let stem = source
        .strip_suffix(".csv")
        .or_else(|| source.strip_suffix(".CSV"))
        .unwrap_or(source);
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!(
        "{}-results.csv",
        if stem.is_empty() { "cohort" } else { &stem }
    )
}

/// Builds the results CSV and saves it. An `Err` is a message to show.
pub fn download(scored: &Scored) -> Result<(), String> {
    let cohort = &scored.cohort;
    let mut csv = Vec::new();
    write_results((0..cohort.len()).map(|i| cohort.result_line(i)), &mut csv)?;
    save(&csv, &file_name(&scored.name))
        .map_err(|_| "The browser refused to save the file.".to_owned())
}

fn save(bytes: &[u8], name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download reads the Blob after this task; release it a little later.
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_secs(30)).await;
        let _ = Url::revoke_object_url(&url);
    });
    Ok(())
}
