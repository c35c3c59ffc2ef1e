//! Any fragment: decoding, scoring, the chart note (every definition's worked
//! lines) and re-encoding never panic, and what is decoded survives a round
//! trip with the same fingerprint.
#![no_main]

use dmscore_core::{assess, link, note::summary_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|fragment: &str| {
    let form = link::decode(fragment);
    let _ = summary_text(&assess(&form), &form, "2026-11-25");
    let again = link::decode(&link::encode(&form));
    assert_eq!(again, form);
    assert_eq!(link::fingerprint(&again), link::fingerprint(&form));
});
