//! Any fragment: decoding, scoring and re-encoding never panic, and what is
//! decoded survives a round trip.
#![no_main]

use dmscore_core::{assess, link};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|fragment: &str| {
    let form = link::decode(fragment);
    let _ = assess(&form);
    assert_eq!(link::decode(&link::encode(&form)), form);
});
