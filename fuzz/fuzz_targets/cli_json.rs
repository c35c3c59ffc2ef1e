//! Any bytes on the CLI's stdin: reading, scoring and writing never panic.
#![no_main]

use dmscore_cli::input::{form_from_json, keys_not_read};
use dmscore_cli::output::to_json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = keys_not_read(bytes);
    if let Ok(form) = form_from_json(bytes) {
        let _ = to_json(&dmscore_core::assess(&form), &form).to_string();
    }
});
