//! Any text in any field: parsing, validation, scoring and every sentence
//! written about the result (the chart note holds each definition's worked
//! lines) never panic.
#![no_main]

use dmscore_core::{assess, note::summary_text, number::parse_decimal, Field, Form};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = parse_decimal(text);
    let form = Field::ALL
        .into_iter()
        .fold(Form::page_default(), |form, field| form.with(field, text));
    let _ = summary_text(&assess(&form), &form, "2026-11-25");
});
