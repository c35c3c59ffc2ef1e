//! The JSON input never panics, whatever arrives on stdin (the CI-sized
//! version of the `cli_json` fuzz target), every problem says why, and a
//! number is read as the text it was written with, as the page reads it.

use dmscore_cli::{input::form_from_json, output::to_json};
use dmscore_core::Field;
use proptest::prelude::*;

/// JSON-shaped text: mostly the contract's structure with odd values.
fn json_like() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        Just("null".to_owned()),
        any::<f64>().prop_map(|f| f.to_string()),
        "-?[0-9]{0,30}(\\.[0-9]{0,30})?([eE][+-]?[0-9]{1,4})?",
        any::<String>().prop_map(|s| serde_json::to_string(&s).unwrap()),
        Just("[]".to_owned()),
        Just("{}".to_owned()),
        Just("true".to_owned()),
    ];
    let keys = ["unit", "uln", "baseline", "week24", "max", "name", "other"];
    (
        prop::sample::select(vec![
            "ck", "mmt", "dssi", "pga", "ptga", "haq", "extra", "cmas", "enzyme", "x",
        ]),
        prop::collection::vec((prop::sample::select(keys.to_vec()), value), 0..6),
    )
        .prop_map(|(domain, fields)| {
            let body: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            format!("{{\"{domain}\":{{{}}}}}", body.join(","))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn structured_input_never_panics_and_every_problem_says_why(json in json_like()) {
        // Each problem is a `path: message` line, the message never empty.
        let problems = match form_from_json(json.as_bytes()) {
            Ok(form) => {
                let assessment = dmscore_core::assess(&form);
                let _ = to_json(&assessment, &form);
                assessment.errors().into_iter().map(|e| e.message).collect()
            }
            Err(lines) => lines,
        };
        for problem in problems {
            prop_assert!(!problem.trim().is_empty() && !problem.trim_end().ends_with(':'), "{}", problem);
        }
    }

    /// serde_json would write `-0` back as `0`; the page refuses `-0`.
    #[test]
    fn a_json_number_is_read_as_written(
        number in "-?(0|[1-9][0-9]{0,25})(\\.[0-9]{1,25})?([eE][+-]?[0-9]{1,3})?",
    ) {
        let json = format!("{{\"dssi\":{{\"baseline\":{number}}}}}");
        let form = form_from_json(json.as_bytes()).map_err(|e| TestCaseError::fail(e.join("; ")))?;
        prop_assert_eq!(form.get(Field::DssiBaseline), number.as_str());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(form) = form_from_json(&bytes) {
            let _ = to_json(&dmscore_core::assess(&form), &form);
        }
    }
}
