//! The `dmscore` binary as scripts use it (CONTRACT §1).

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(input: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dmscore"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dmscore starts");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn ok(input: &str) -> Value {
    let r = run(input.as_bytes());
    assert_eq!(r.status, 0, "stderr: {}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    serde_json::from_str(&r.stdout).expect("stdout is JSON")
}

fn bad(input: &str) -> Vec<String> {
    let r = run(input.as_bytes());
    assert_eq!(r.status, 2, "stdout: {} stderr: {}", r.stdout, r.stderr);
    assert!(
        r.stdout.is_empty(),
        "nothing on stdout when input is bad: {}",
        r.stdout
    );
    r.stderr.lines().map(str::to_owned).collect()
}

#[test]
fn contract_example_scores_as_documented() {
    let v = ok(r#"{
      "ck":   { "unit": "U/L", "uln": 200, "baseline": 1200, "week24": 500 },
      "mmt":  { "max": 150, "baseline": 110, "week24": 135 },
      "dssi": { "baseline": 12.5, "week24": 5 }
    }"#);
    assert_eq!(v["verdict"], "achieved");
    assert_eq!(v["criteria"]["ck"]["status"], "met");
    assert_eq!(
        v["criteria"]["ck"]["improvement_percent"].as_f64(),
        Some(58.33)
    );
    assert_eq!(
        v["criteria"]["mmt"]["improvement_percent"].as_f64(),
        Some(62.5)
    );
    assert_eq!(
        v["criteria"]["dssi"]["improvement_percent"].as_f64(),
        Some(60.0)
    );
    for c in ["ck", "mmt", "dssi"] {
        assert!(!v["criteria"][c]["reason"].as_str().unwrap().is_empty());
    }
    assert!(v["notes"].as_array().unwrap().is_empty());
}

#[test]
fn omitted_domains_and_nulls_are_not_entered() {
    let v = ok(r#"{"mmt":{"max":150,"baseline":110,"week24":null},"dssi":null}"#);
    assert_eq!(v["verdict"], "indeterminate");
    for c in ["ck", "mmt", "dssi"] {
        assert_eq!(v["criteria"][c]["status"], "not_entered");
        assert!(v["criteria"][c]["improvement_percent"].is_null());
    }
    assert!(v["criteria"]["mmt"]["reason"]
        .as_str()
        .unwrap()
        .contains("MMT week 24"));
    assert_eq!(ok("{}")["verdict"], "indeterminate");
}

#[test]
fn strings_and_numbers_are_the_same_exact_decimals() {
    let v = ok(r#"{"mmt":{"max":"90","baseline":52.6,"week24":"71.3"}}"#);
    assert_eq!(v["criteria"]["mmt"]["status"], "met");
    assert_eq!(v["verdict"], "achieved");
}

#[test]
fn not_evaluable_and_not_achieved() {
    let v = ok(
        r#"{"ck":{"unit":"ukat/L","uln":3.33,"baseline":5,"week24":1},
                   "mmt":{"max":80,"baseline":80,"week24":80},
                   "dssi":{"baseline":0,"week24":0}}"#,
    );
    assert_eq!(v["verdict"], "not_achieved");
    for c in ["ck", "mmt", "dssi"] {
        assert_eq!(v["criteria"][c]["status"], "not_evaluable");
    }
    assert_eq!(
        v["criteria"]["ck"]["improvement_percent"].as_f64(),
        Some(80.0)
    );
    assert!(v["criteria"]["dssi"]["improvement_percent"].is_null());
    assert_eq!(v["notes"].as_array().unwrap().len(), 2, "{}", v["notes"]);
}

#[test]
fn out_of_range_values_are_listed_by_path() {
    let lines = bad(r#"{"mmt":{"max":150,"baseline":110,"week24":200},
                        "ck":{"unit":"U/L","uln":0,"baseline":2000000},
                        "dssi":{"baseline":73}}"#);
    assert_eq!(
        lines,
        vec![
            "ck.uln: enter your laboratory's upper limit of normal (more than 0, at most 10000 U/L)",
            "ck.baseline: must be between 0 and 1000000 U/L",
            "mmt.week24: must be between 0 and 150",
            "dssi.baseline: must be between 0 and 72",
        ]
    );
}

#[test]
fn malformed_numbers_units_and_commas_are_refused() {
    let lines = bad(
        r#"{"ck":{"unit":"mg/dL","uln":"1,200","baseline":"abc","week24":-5},
                        "mmt":{"max":"1e3","baseline":"--5"},"dssi":{"baseline":"NaN"}}"#,
    );
    let expect_prefix = [
        ("ck.unit: ", "must be U/L or ukat/L"),
        ("ck.uln: ", "use a decimal point and no thousands separator"),
        ("ck.baseline: ", "is not a plain number"),
        ("ck.week24: ", "cannot be negative"),
        ("mmt.max: ", "is not a plain number"),
        ("mmt.baseline: ", "is not a plain number"),
        ("dssi.baseline: ", "is not a plain number"),
    ];
    assert_eq!(lines.len(), expect_prefix.len(), "{lines:?}");
    for (line, (path, message)) in lines.iter().zip(expect_prefix) {
        assert!(line.starts_with(&format!("{path}{message}")), "{line}");
    }
}

#[test]
fn malformed_json_and_wrong_types_exit_2_without_panic() {
    for input in [
        &b"{"[..],
        b"",
        b"[]",
        b"\xff\xfe",
        br#"{"ck": 3}"#,
        br#"{"dssi":{"baseline":{}}}"#,
    ] {
        let r = run(input);
        assert_eq!(r.status, 2, "{:?}", String::from_utf8_lossy(input));
        assert!(r.stdout.is_empty());
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
        assert!(!r.stderr.contains("panicked"));
    }
}
