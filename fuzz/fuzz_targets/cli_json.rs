//! Any bytes on the CLI's stdin: reading, scoring and writing never panic.
#![no_main]

use dmscore_cli::input::patient_from_json;
use dmscore_cli::output::to_json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(patient) = patient_from_json(bytes) {
        let form = patient.form;
        let _ = to_json(&dmscore_core::assess(&form), &form).to_string();
    }
});
