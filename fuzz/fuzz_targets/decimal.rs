//! Any text in any field: parsing, validation and scoring never panic.
#![no_main]

use dmscore_core::{assess, number::parse_decimal, Field, Form};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = parse_decimal(text);
    let form = Field::ALL
        .into_iter()
        .fold(Form::page_default(), |form, field| form.with(field, text));
    let _ = assess(&form);
});
