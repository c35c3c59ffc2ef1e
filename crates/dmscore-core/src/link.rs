//! The shareable link: the form in the URL fragment (CONTRACT §3).
//!
//! Browsers never send the fragment to a server, so the patient's values stay
//! on the device. Format: `v=1&` then form-urlencoded `id=text` pairs.

use crate::field::{Field, Form};

/// The format version written into every link.
pub const VERSION: &str = "1";

/// Reads a fragment (with or without the leading `#`) over the page defaults.
/// Unknown keys are ignored; for a repeated key the first wins, as with
/// `URLSearchParams.get`. Text is kept as written, invalid text included, so
/// a bad value shows its field error as if typed.
pub fn decode(fragment: &str) -> Form {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut form = Form::page_default();
    let mut seen = [false; Field::COUNT];
    for (key, text) in form_urlencoded::parse(fragment.as_bytes()) {
        if let Some(field) = Field::from_id(&key) {
            let slot = &mut seen[field as usize];
            if !*slot {
                *slot = true;
                form.set(field, text.into_owned());
            }
        }
    }
    form
}

/// Writes the fragment (without `#`) that [`decode`] reads back to the same
/// form. Empty fields are left out unless their default is not empty, so a
/// cleared MMT maximum stays cleared.
pub fn encode(form: &Form) -> String {
    let defaults = Form::page_default();
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("v", VERSION);
    for field in Field::ALL {
        let text = form.get(field);
        if !text.is_empty() || !defaults.get(field).is_empty() {
            out.append_pair(field.id(), text);
        }
    }
    out.finish()
}

/// A short fingerprint of the values: a 64-bit FNV-1a hash of the form's
/// link, shown as `3f2a-91c0-5b7e`. Two printouts or notes with the same
/// fingerprint were made from the same values; no identifier is stored or
/// needed. Not a security hash: it tells copies apart, it does not hide
/// anything (the values are printed beside it).
pub fn fingerprint(form: &Form) -> String {
    let hash = encode(form)
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    let hex = format!("{:012x}", hash >> 16);
    format!("{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_contract_example() {
        let form = decode("#v=1&ck-unit=U%2FL&ck-uln=200&ck-baseline=1200&ck-week24=500&mmt-max=150&mmt-baseline=110&mmt-week24=135");
        assert_eq!(form.get(Field::CkUnit), "U/L");
        assert_eq!(form.get(Field::CkUln), "200");
        assert_eq!(form.get(Field::MmtWeek24), "135");
        assert_eq!(form.get(Field::DssiBaseline), "");
    }

    #[test]
    fn writes_the_contract_format() {
        let form = Form::page_default()
            .with(Field::CkUln, "200")
            .with(Field::CkBaseline, "1200");
        assert_eq!(
            encode(&form),
            "v=1&ck-unit=U%2FL&ck-uln=200&ck-baseline=1200&mmt-max=150"
        );
    }

    #[test]
    fn round_trips_invalid_and_odd_text_exactly() {
        let form = Form::page_default()
            .with(Field::CkUln, "1,200")
            .with(Field::MmtMax, "")
            .with(Field::DssiWeek24, " 5 & <b>x</b>=%2 ")
            .with(Field::CkUnit, "ukat/L");
        assert_eq!(decode(&encode(&form)), form);
    }

    #[test]
    fn the_fingerprint_follows_the_values_only() {
        let form = Form::page_default().with(Field::CkUln, "200");
        let print = fingerprint(&form);
        assert_eq!(print.len(), 14);
        assert_eq!(print, fingerprint(&decode(&encode(&form))));
        assert_ne!(print, fingerprint(&form.clone().with(Field::CkUln, "201")));
        // FNV-1a 64 of "v=1&ck-unit=U%2FL&mmt-max=150", its top 48 bits.
        assert_eq!(fingerprint(&Form::page_default()), "036d-56e1-da26");
    }

    #[test]
    fn unknown_keys_broken_escapes_and_repeats_are_harmless() {
        let form = decode("v=1&zzz=1&ck-uln=%ZZ&ck-uln=300&dssi-baseline");
        assert_eq!(form.get(Field::CkUln), "%ZZ");
        assert_eq!(form.get(Field::DssiBaseline), "");
        assert_eq!(decode(""), Form::page_default());
    }
}
