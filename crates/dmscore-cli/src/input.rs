//! The contract's JSON input turned into the same text form the page has, so
//! the core validates both in one way.

use dmscore_core::{Field, Form};
use serde_json::Value;

/// Domains and their keys, mapped to the form's fields.
const KEYS: [(&str, &[(&str, Field)]); 3] = [
    (
        "ck",
        &[
            ("unit", Field::CkUnit),
            ("uln", Field::CkUln),
            ("baseline", Field::CkBaseline),
            ("week24", Field::CkWeek24),
        ],
    ),
    (
        "mmt",
        &[
            ("max", Field::MmtMax),
            ("baseline", Field::MmtBaseline),
            ("week24", Field::MmtWeek24),
        ],
    ),
    (
        "dssi",
        &[
            ("baseline", Field::DssiBaseline),
            ("week24", Field::DssiWeek24),
        ],
    ),
];

/// Reads the patient. Numbers keep the digits as written (serde_json's
/// `arbitrary_precision`), so `52.6` is 52.6 exactly, never a float. Unknown
/// keys are ignored, as in the link format.
pub fn form_from_json(raw: &[u8]) -> Result<Form, Vec<String>> {
    let text = std::str::from_utf8(raw).map_err(|_| vec!["input: not valid UTF-8".to_owned()])?;
    let root: Value =
        serde_json::from_str(text).map_err(|e| vec![format!("input: malformed JSON: {e}")])?;
    let Value::Object(root) = root else {
        return Err(vec![
            "input: must be a JSON object with ck, mmt and dssi".to_owned()
        ]);
    };
    let mut form = Form::empty();
    let mut problems = Vec::new();
    for (domain, keys) in KEYS {
        match root.get(domain) {
            None | Some(Value::Null) => {}
            Some(Value::Object(values)) => {
                for (key, field) in keys {
                    match text_of(values.get(*key), *field) {
                        Ok(text) => form.set(*field, text),
                        Err(message) => problems.push(format!("{}: {message}", field.path())),
                    }
                }
            }
            Some(_) => problems.push(format!("{domain}: must be an object")),
        }
    }
    if problems.is_empty() {
        Ok(form)
    } else {
        Err(problems)
    }
}

/// A JSON value as the text a clinician would have typed.
fn text_of(value: Option<&Value>, field: Field) -> Result<String, String> {
    match value {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Number(n)) if field != Field::CkUnit => Ok(n.to_string()),
        Some(_) if field == Field::CkUnit => Err("must be \"U/L\" or \"ukat/L\"".to_owned()),
        Some(_) => Err("must be a number or a string such as \"84.7\"".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_digits() {
        let form =
            form_from_json(br#"{"mmt":{"max":90,"baseline":52.6,"week24":"71.3"}}"#).unwrap();
        assert_eq!(form.get(Field::MmtBaseline), "52.6");
        assert_eq!(form.get(Field::MmtWeek24), "71.3");
        assert_eq!(form.get(Field::CkUln), "");
    }

    #[test]
    fn wrong_shapes_are_named_by_path() {
        assert_eq!(
            form_from_json(br#"{"ck":5,"dssi":{"baseline":true},"mmt":{"max":[1]}}"#).unwrap_err(),
            vec![
                "ck: must be an object".to_owned(),
                "mmt.max: must be a number or a string such as \"84.7\"".to_owned(),
                "dssi.baseline: must be a number or a string such as \"84.7\"".to_owned(),
            ]
        );
        assert!(form_from_json(b"[1]").unwrap_err()[0].starts_with("input: "));
        assert!(form_from_json(b"{").unwrap_err()[0].starts_with("input: malformed JSON"));
        assert!(form_from_json(&[0xff]).unwrap_err()[0].starts_with("input: "));
    }
}
