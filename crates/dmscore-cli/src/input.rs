//! The contract's JSON input turned into the same text form the page has, so
//! the core validates both in one way. Each field's JSON path is its
//! [`Field::path`] (`ck.uln`, `population`), so the mapping cannot drift
//! from the page's ids.

use dmscore_core::field::loose_spelling;
use dmscore_core::{Field, Form};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// Said of an input holding several patients, as a script may first try.
const ONE_PER_RUN: &str =
    "one patient per run, as one JSON object; for many, write one per row of a CSV and run dmscore --csv";

/// One patient as read from JSON: the form, and the keys ignored that
/// spell a read one otherwise ([`keys_not_read`]), said beside a result.
#[derive(Debug, PartialEq, Eq)]
pub struct Patient {
    pub form: Form,
    pub keys_not_read: Vec<String>,
}

/// The form alone ([`patient_from_json`]).
pub fn form_from_json(raw: &[u8]) -> Result<Form, Vec<String>> {
    patient_from_json(raw).map(|patient| patient.form)
}

/// Reads the patient. Numbers keep the digits as written (serde_json's
/// `arbitrary_precision`), so `52.6` is 52.6 exactly, never a float, and
/// `-0` is refused as negative, as on the page. Unknown keys are ignored, as
/// in the link format (those spelling a read key otherwise are listed); a
/// key the patient is read from given twice is refused, as which one
/// counts cannot be guessed.
pub fn patient_from_json(raw: &[u8]) -> Result<Patient, Vec<String>> {
    let text = json_text(raw).map_err(|problem| vec![format!("input: {problem}")])?;
    let root: Value = serde_json::from_str(text).map_err(|e| {
        let mut values = serde_json::Deserializer::from_str(text).into_iter::<Value>();
        let several =
            values.next().is_some_and(|v| v.is_ok()) && values.next().is_some_and(|v| v.is_ok());
        vec![if several {
            format!("input: more than one JSON value: {ONE_PER_RUN}")
        } else {
            format!("input: malformed JSON: {e}")
        }]
    })?;
    let Lost {
        repeated,
        negative_zeros,
    } = lost_in_reading(text);
    if !repeated.is_empty() {
        return Err(repeated
            .into_iter()
            .map(|path| {
                format!("{path}: given twice: keep one, so that no value has to be guessed")
            })
            .collect());
    }
    let root = match root {
        Value::Object(root) => root,
        Value::Array(_) => return Err(vec![format!("input: an array: {ONE_PER_RUN}")]),
        _ => {
            return Err(vec![
                "input: must be a JSON object with ck, mmt and dssi (and any of the other measures)"
                    .to_owned(),
            ])
        }
    };
    let mut form = Form::empty();
    let mut problems = Vec::new();
    let mut refused_domains: Vec<&str> = Vec::new();
    for field in Field::ALL {
        let value = match field.path().split_once('.') {
            None => root.get(field.path()),
            Some((domain, key)) => match domain_of(&root, domain) {
                Ok(values) => values.and_then(|v| v.get(key)),
                Err(message) => {
                    if !refused_domains.contains(&domain) {
                        refused_domains.push(domain);
                        problems.push(message);
                    }
                    continue;
                }
            },
        };
        match text_of(value, field) {
            Ok(_) if negative_zeros.iter().any(|path| path == field.path()) => {
                form.set(field, "-0".to_owned())
            }
            Ok(text) => form.set(field, text),
            Err(message) => problems.push(format!("{}: {message}", field.path())),
        }
    }
    if problems.is_empty() {
        Ok(Patient {
            form,
            keys_not_read: keys_not_read(&root),
        })
    } else {
        Err(problems)
    }
}

/// Keys that spell one the patient is read from otherwise (`ULN`,
/// `week_24`, `CK`): ignored, as every unknown key is, but said, so that a
/// value given is not dropped without a word (hazard H20): "ck.ULN is not
/// read: rename it to ck.uln".
fn keys_not_read(root: &Map<String, Value>) -> Vec<String> {
    let mut notes = respelt(root, "");
    notes.extend(root.keys().filter_map(|key| flattened(key)));
    for (key, value) in root {
        if let Value::Object(values) = value {
            notes.extend(respelt(values, &format!("{key}.")));
        }
    }
    notes
}

/// A top-level key that spells a nested one's path (`ck-uln`, as the page
/// and a cohort name it; `ck.uln`), with how to nest it.
fn flattened(key: &str) -> Option<String> {
    let path = Field::ALL
        .into_iter()
        .map(Field::path)
        .find(|path| path.contains('.') && loose_spelling(path) == loose_spelling(key))?;
    let (domain, inner) = path.split_once('.')?;
    Some(format!(
        "{key} is not read: nest it as \"{domain}\": {{\"{inner}\": …}}"
    ))
}

/// The keys of `object` (at `prefix`, `""` or `ck.`) that are not read but
/// spell a key read there, each with the key meant.
fn respelt(object: &Map<String, Value>, prefix: &str) -> Vec<String> {
    // The keys read at this level: `ck`, `population`; `uln`, `week24`.
    let read: Vec<&str> = Field::ALL
        .iter()
        .filter_map(|f| f.path().strip_prefix(prefix))
        .map(|rest| rest.split('.').next().unwrap_or(rest))
        .collect();
    object
        .keys()
        .filter(|key| !read.contains(&key.as_str()))
        .filter_map(|key| {
            let meant = read
                .iter()
                .find(|r| loose_spelling(r) == loose_spelling(key))?;
            Some(if object.contains_key(*meant) {
                format!("{prefix}{key} is not read ({prefix}{meant} is)")
            } else {
                format!("{prefix}{key} is not read: rename it to {prefix}{meant}")
            })
        })
        .collect()
}

/// A domain's object (`None` when absent or null), or why it is refused.
fn domain_of<'a>(
    root: &'a Map<String, Value>,
    domain: &str,
) -> Result<Option<&'a Map<String, Value>>, String> {
    match root.get(domain) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(values)) => Ok(Some(values)),
        Some(_) => Err(format!("{domain}: must be an object")),
    }
}

/// A JSON value as the text a clinician would have typed.
fn text_of(value: Option<&Value>, field: Field) -> Result<String, String> {
    match value {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Number(n)) if !field.is_choice() => Ok(n.to_string()),
        Some(_) if field.is_choice() => Err(choices(field).to_owned()),
        Some(_) => Err("must be a number or a string such as \"84.7\"".to_owned()),
    }
}

/// The JSON's text. A UTF-8 byte-order mark, which Windows editors and
/// PowerShell's `-Encoding UTF8` write first, is skipped (RFC 8259 §8.1
/// allows it; it was refused as malformed JSON at column 1, and a cohort
/// file's was always skipped). Text that is not UTF-8 is refused saying
/// what to do, and so is an empty input.
fn json_text(raw: &[u8]) -> Result<&str, &'static str> {
    if raw.starts_with(&[0xff, 0xfe]) || raw.starts_with(&[0xfe, 0xff]) {
        return Err("the JSON is UTF-16 text: save it as UTF-8");
    }
    let text = std::str::from_utf8(raw).map_err(|_| "not valid UTF-8: save the JSON as UTF-8")?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err("empty: give one patient's JSON on standard input (dmscore --help shows one)");
    }
    Ok(text)
}

/// What serde_json's `Value` does not keep of the text, by path.
#[derive(Default)]
struct Lost {
    /// The keys the patient is read from (`ck`, `ck.uln`) that an object
    /// gives more than once: the map keeps the last silently.
    repeated: Vec<String>,
    /// The numbers written `-0`: read as `0`, where any other number keeps
    /// its digits (`-0.0` and `-5` stay negative).
    negative_zeros: Vec<String>,
}

impl Lost {
    fn extend(&mut self, other: Lost) {
        self.repeated.extend(other.repeated);
        self.negative_zeros.extend(other.negative_zeros);
    }
}

/// Reads the text again for what `Value` lost; of the repeated keys, only
/// those the patient is read from count.
fn lost_in_reading(text: &str) -> Lost {
    let read_from = |path: &String| {
        Field::ALL.into_iter().any(|f| {
            f.path() == path
                || f.path()
                    .strip_prefix(path.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    };
    let mut json = serde_json::Deserializer::from_str(text);
    let mut lost = Walk { path: "" }.deserialize(&mut json).unwrap_or_default();
    lost.repeated.retain(read_from);
    lost
}

/// Walks a JSON value, collecting what reading it into a `Value` loses.
struct Walk<'p> {
    path: &'p str,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = Lost;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Lost, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = Lost;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Lost, E> {
        Ok(Lost::default())
    }

    /// With `arbitrary_precision`, serde_json hands over a negative integer
    /// this way and a non-negative one as `u64`: a zero here was `-0`.
    fn visit_i64<E>(self, value: i64) -> Result<Lost, E> {
        let mut lost = Lost::default();
        if value == 0 {
            lost.negative_zeros.push(self.path.to_owned());
        }
        Ok(lost)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Lost, E> {
        Ok(Lost::default())
    }

    fn visit_f64<E>(self, _: f64) -> Result<Lost, E> {
        Ok(Lost::default())
    }

    fn visit_str<E>(self, _: &str) -> Result<Lost, E> {
        Ok(Lost::default())
    }

    fn visit_unit<E>(self) -> Result<Lost, E> {
        Ok(Lost::default())
    }

    /// An item's keys are not where the patient is read from (`ck[].uln`).
    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Lost, A::Error> {
        let path = format!("{}[]", self.path);
        let mut lost = Lost::default();
        while let Some(found) = items.next_element_seed(Walk { path: &path })? {
            lost.extend(found);
        }
        Ok(lost)
    }

    /// Also reads an `arbitrary_precision` number, which serde_json hands
    /// over as a map of one key.
    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Lost, A::Error> {
        let mut seen = HashSet::new();
        let mut lost = Lost::default();
        while let Some(key) = entries.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            lost.extend(entries.next_value_seed(Walk { path: &path })?);
            if !seen.insert(key) {
                lost.repeated.push(path);
            }
        }
        Ok(lost)
    }
}

/// What a choice field accepts, as its error says.
fn choices(field: Field) -> &'static str {
    match field {
        Field::Population => "must be \"adult\" or \"juvenile\"",
        Field::Strength => "must be \"mmt\" or \"cmas\"",
        Field::EnzymeName => "must be \"ck\", \"aldolase\", \"ldh\", \"ast\" or \"alt\"",
        _ => "must be \"U/L\" or \"ukat/L\"",
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
    fn a_negative_zero_stays_negative_as_typed_on_the_page() {
        // serde_json reads the number `-0` as `0`; `-0.0` keeps its sign.
        let form = form_from_json(
            br#"{"dssi":{"baseline":-0,"week24":0},"ck":{"uln":-0.0,"baseline":"-0"},"note":[-0]}"#,
        )
        .unwrap();
        assert_eq!(form.get(Field::DssiBaseline), "-0");
        assert_eq!(form.get(Field::DssiWeek24), "0");
        assert_eq!(form.get(Field::CkUln), "-0.0");
        assert_eq!(form.get(Field::CkBaseline), "-0");
        assert_eq!(
            form_from_json(br#"{"population":-0}"#).unwrap_err(),
            ["population: must be \"adult\" or \"juvenile\""]
        );
    }

    #[test]
    fn the_core_set_measures_and_choices_map_to_their_fields() {
        let form = form_from_json(
            br#"{"population":"juvenile","strength":"cmas","haq":{"baseline":1.5,"week24":"1.125"},
                "enzyme":{"name":"aldolase","unit":"U/L","uln":8,"baseline":24,"week24":12},"pga":null}"#,
        )
        .unwrap();
        assert_eq!(form.get(Field::Population), "juvenile");
        assert_eq!(form.get(Field::Strength), "cmas");
        assert_eq!(form.get(Field::HaqWeek24), "1.125");
        assert_eq!(form.get(Field::EnzymeName), "aldolase");
        assert_eq!(form.get(Field::EnzymeUln), "8");
        assert_eq!(form.get(Field::PgaBaseline), "");
    }

    #[test]
    fn wrong_shapes_are_named_by_path() {
        assert_eq!(
            form_from_json(
                br#"{"ck":5,"dssi":{"baseline":true},"mmt":{"max":[1]},"population":1,"strength":2,"haq":"x"}"#
            )
            .unwrap_err(),
            vec![
                "ck: must be an object".to_owned(),
                "mmt.max: must be a number or a string such as \"84.7\"".to_owned(),
                "dssi.baseline: must be a number or a string such as \"84.7\"".to_owned(),
                "population: must be \"adult\" or \"juvenile\"".to_owned(),
                "strength: must be \"mmt\" or \"cmas\"".to_owned(),
                "haq: must be an object".to_owned(),
            ]
        );
        assert!(form_from_json(b"1").unwrap_err()[0].starts_with("input: must be a JSON object"));
        assert!(form_from_json(b"{").unwrap_err()[0].starts_with("input: malformed JSON"));
        assert!(form_from_json(&[0xff]).unwrap_err()[0].starts_with("input: "));
    }

    #[test]
    fn a_key_spelt_otherwise_is_not_read_but_named_with_the_key_meant() {
        let json = br#"{"CK":{"uln":200},"mmt":{"Max":150,"baseline":100,"Week_24":130},
                        "dssi":{"baseline":12,"week 24":5,"Baseline":11},"Population":"adult","note":"x"}"#;
        let patient = patient_from_json(json).unwrap();
        assert_eq!(
            patient.keys_not_read,
            [
                "CK is not read: rename it to ck",
                "Population is not read: rename it to population",
                "mmt.Max is not read: rename it to mmt.max",
                "mmt.Week_24 is not read: rename it to mmt.week24",
                "dssi.week 24 is not read: rename it to dssi.week24",
                "dssi.Baseline is not read (dssi.baseline is)",
            ]
        );
        // As before, such keys are ignored: nothing is read from them.
        let form = patient.form;
        assert_eq!(
            (
                form.get(Field::CkUln),
                form.get(Field::MmtMax),
                form.get(Field::DssiBaseline)
            ),
            ("", "", "12")
        );
        // A nested key given at the top, as the page and a cohort name it.
        assert_eq!(
            patient_from_json(br#"{"ck-uln":200,"MMT_week24":130,"ck":{"baseline":1200}}"#)
                .unwrap()
                .keys_not_read,
            [
                "ck-uln is not read: nest it as \"ck\": {\"uln\": …}",
                "MMT_week24 is not read: nest it as \"mmt\": {\"week24\": …}",
            ]
        );
        // Keys spelt as the contract spells them and other keys say nothing.
        let quiet = br#"{"ck":{"uln":200,"baseline":1200},"site":{"name":"x"},"ckd":1}"#;
        assert!(patient_from_json(quiet).unwrap().keys_not_read.is_empty());
    }

    #[test]
    fn several_patients_are_pointed_to_the_cohort_mode() {
        let one = r#"{"dssi":{"baseline":12,"week24":5}}"#;
        let many = [format!("[{one},{one}]"), format!("{one}\n{one}\n")];
        for text in &many {
            let problem = &form_from_json(text.as_bytes()).unwrap_err()[0];
            assert!(
                problem.ends_with("one patient per run, as one JSON object; for many, write one per row of a CSV and run dmscore --csv"),
                "{problem}"
            );
        }
        // A value broken after its start is malformed, not several.
        for text in [r#"{"dssi": }"#, r#"{"dssi":{}} x"#, r#"{"dssi":{}} {"#, "{"] {
            let problem = &form_from_json(text.as_bytes()).unwrap_err()[0];
            assert!(problem.starts_with("input: malformed JSON: "), "{problem}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_other_encodings_say_what_to_do() {
        let json = r#"{"dssi":{"baseline":12,"week24":5}}"#;
        let with_mark = [&b"\xef\xbb\xbf"[..], json.as_bytes()].concat();
        assert_eq!(form_from_json(&with_mark), form_from_json(json.as_bytes()));
        assert_eq!(
            form_from_json(&with_mark).unwrap().get(Field::DssiWeek24),
            "5"
        );
        let utf16: Vec<u8> = format!("\u{feff}{json}")
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            form_from_json(&utf16).unwrap_err(),
            ["input: the JSON is UTF-16 text: save it as UTF-8"]
        );
        for empty in [&b""[..], b"\n", b"\xef\xbb\xbf \r\n"] {
            assert_eq!(
                form_from_json(empty).unwrap_err(),
                ["input: empty: give one patient's JSON on standard input (dmscore --help shows one)"]
            );
        }
        // Only one mark is skipped, and only at the start.
        let twice = [&b"\xef\xbb\xbf\xef\xbb\xbf"[..], json.as_bytes()].concat();
        assert!(form_from_json(&twice).unwrap_err()[0].starts_with("input: malformed JSON"));
    }

    #[test]
    fn a_key_the_patient_is_read_from_given_twice_is_refused() {
        assert_eq!(
            form_from_json(
                br#"{"ck":{"uln":200,"baseline":1200,"week24":500,"week24":900},"dssi":{},"dssi":{}}"#
            )
            .unwrap_err(),
            [
                "ck.week24: given twice: keep one, so that no value has to be guessed",
                "dssi: given twice: keep one, so that no value has to be guessed",
            ]
        );
        // Keys nothing is read from may repeat, at any depth.
        let form = form_from_json(
            br#"{"note":1,"note":[{"a":1,"a":2}],"ck":{"uln":200,"x":1,"x":2,"week24":1.50}}"#,
        )
        .unwrap();
        assert_eq!(form.get(Field::CkWeek24), "1.50");
        assert!(lost_in_reading(r#"{"ckx":1,"ckx":2,"c":1,"c":2}"#)
            .repeated
            .is_empty());
        // A domain that is not an object is refused as such, whatever it holds.
        assert_eq!(
            form_from_json(br#"{"ck":[{"uln":1,"uln":2}]}"#).unwrap_err(),
            ["ck: must be an object"]
        );
    }
}
