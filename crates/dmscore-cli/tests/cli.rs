//! The `dmscore` binary as scripts use it (CONTRACT §1).

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

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
    Run::from(child.wait_with_output().unwrap())
}

impl From<Output> for Run {
    fn from(out: Output) -> Run {
        Run {
            status: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
}

/// `dmscore ARG` with nothing on stdin.
fn with_arg(arg: &str) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_dmscore"))
        .arg(arg)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Run::from(out)
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
                        "mmt":{"max":"1e3","baseline":"--5"},"dssi":{"baseline":"NaN","week24":-0}}"#,
    );
    let expect_prefix = [
        ("ck.unit: ", "must be U/L or ukat/L"),
        ("ck.uln: ", "use a decimal point and no thousands separator"),
        ("ck.baseline: ", "is not a plain number"),
        ("ck.week24: ", "cannot be negative"),
        ("mmt.max: ", "is not a plain number"),
        ("mmt.baseline: ", "is not a plain number"),
        ("dssi.baseline: ", "is not a plain number"),
        ("dssi.week24: ", "cannot be negative"),
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

#[test]
fn a_value_given_twice_is_refused_not_guessed() {
    // Read as the last key, this patient would be "not met"; as the first, "met".
    assert_eq!(
        bad(r#"{"ck":{"uln":200,"baseline":1200,"week24":500,"week24":900}}"#),
        ["ck.week24: given twice: keep one, so that no value has to be guessed"]
    );
    assert_eq!(
        bad(r#"{"population":"adult","population":"juvenile"}"#),
        ["population: given twice: keep one, so that no value has to be guessed"]
    );
}

/// The contract's §4 example, scored by hand:
/// PGA (6 − 3) / 10 = 30 % → 17.5; PtGA (7 − 5) / 10 = 20 % → 5;
/// MMT (135 − 110) / 150 = 16.7 % → 20; HAQ (1.5 − 1.125) / 3 = 12.5 % → 5;
/// aldolase (24 − 12) / 24 = 50 % → 7.5; extramuscular (4 − 2) / 10 = 20 %
/// → 12.5. TIS 67.5: major for an adult (≥ 60).
const TODAY: &str = r#"{
  "population": "adult", "strength": "mmt",
  "ck":   { "unit": "U/L", "uln": 200, "baseline": 1200, "week24": 500 },
  "mmt":  { "max": 150, "baseline": 110, "week24": 135 },
  "pga":   { "baseline": 6,   "week24": 3 },
  "ptga":  { "baseline": 7,   "week24": 5 },
  "haq":   { "baseline": 1.5, "week24": 1.125 },
  "extra": { "baseline": 4,   "week24": 2 },
  "cmas":  { "baseline": null, "week24": null },
  "enzyme": { "name": "aldolase", "unit": "U/L", "uln": 8, "baseline": 24, "week24": 12 }
}"#;

#[test]
fn todays_criteria_are_scored_beside_the_seed_rule() {
    let v = ok(TODAY);
    assert_eq!(v["verdict"], "achieved");
    let tis = &v["tis"];
    assert_eq!(tis["population"], "adult");
    assert_eq!(tis["score"].as_f64(), Some(67.5));
    assert_eq!(tis["score_min"].as_f64(), Some(67.5));
    assert_eq!(tis["score_max"].as_f64(), Some(67.5));
    assert_eq!(tis["category"], "major");
    assert_eq!(tis["missing"], serde_json::json!([]));
    let expected = [
        ("pga", 30.0, 17.5),
        ("ptga", 20.0, 5.0),
        ("mmt", 16.67, 20.0),
        ("haq", 12.5, 5.0),
        ("enzyme", 50.0, 7.5),
        ("extra", 20.0, 12.5),
    ];
    for (id, percent, points) in expected {
        assert_eq!(
            tis["measures"][id]["improvement_percent"].as_f64(),
            Some(percent),
            "{id}"
        );
        assert_eq!(tis["measures"][id]["points"].as_f64(), Some(points), "{id}");
    }
    let doi = &v["doi"];
    assert_eq!(doi["status"], "met");
    assert_eq!(
        doi["improved"],
        serde_json::json!(["pga", "ptga", "mmt", "haq", "enzyme", "extra"])
    );
    assert_eq!(doi["worsened"], serde_json::json!([]));
    assert_eq!(doi["missing"], serde_json::json!([]));
}

#[test]
fn a_seed_only_patient_gets_an_honest_tis_range_and_doi() {
    let v = ok(
        r#"{"ck":{"unit":"U/L","uln":200,"baseline":1200,"week24":500},
                  "mmt":{"max":150,"baseline":110,"week24":135}}"#,
    );
    let tis = &v["tis"];
    assert!(tis["score"].is_null());
    // CK as the enzyme (58 % → 7.5) and MMT (16.7 % → 20) entered.
    assert_eq!(tis["score_min"].as_f64(), Some(27.5));
    assert_eq!(tis["score_max"].as_f64(), Some(87.5));
    assert_eq!(tis["category"], "indeterminate");
    assert_eq!(
        tis["missing"],
        serde_json::json!(["pga", "ptga", "haq", "extra"])
    );
    assert!(tis["measures"]["pga"]["points"].is_null());
    assert_eq!(v["doi"]["status"], "indeterminate");
    assert_eq!(v["doi"]["improved"], serde_json::json!(["mmt", "enzyme"]));
}

#[test]
fn juvenile_cmas_and_its_thresholds() {
    let v = ok(r#"{"population":"juvenile","strength":"cmas",
                  "cmas":{"baseline":30,"week24":46},
                  "pga":{"baseline":6,"week24":1.9}}"#);
    assert_eq!(v["tis"]["population"], "juvenile");
    // CMAS (46 − 30) / 52 = 30.8 % → 32.5; PGA 41 % → 20.
    assert_eq!(v["tis"]["measures"]["cmas"]["points"].as_f64(), Some(32.5));
    assert_eq!(v["tis"]["score_min"].as_f64(), Some(52.5));
    assert!(v["tis"]["measures"].get("mmt").is_none());
}

#[test]
fn values_a_default_leaves_unscored_are_said_not_dropped() {
    // Aldolase halved but not named, CMAS without "strength": the TIS
    // follows CK and MMT, as the contract says, and its notes say so.
    let v = ok(r#"{"population":"juvenile",
                  "ck":{"uln":200,"baseline":1200,"week24":1100},
                  "cmas":{"baseline":30,"week24":46},
                  "enzyme":{"uln":8,"baseline":24,"week24":12}}"#);
    assert_eq!(v["tis"]["measures"]["enzyme"]["points"].as_f64(), Some(2.5));
    assert!(v["tis"]["measures"].get("cmas").is_none());
    assert_eq!(
        v["tis"]["notes"],
        serde_json::json!([
            "strength: not given, so the TIS and DOI score MMT and leave cmas.baseline and cmas.week24 unscored; to score them, set it to cmas (juvenile patients only).",
            "enzyme.name: not given, so the TIS and DOI follow CK and leave enzyme.baseline and enzyme.week24 unscored; to score them, name the enzyme (aldolase, ldh, ast or alt)."
        ])
    );
    // Named, the values are scored and nothing is said.
    let v = ok(r#"{"enzyme":{"name":"aldolase","uln":8,"baseline":24,"week24":12}}"#);
    assert_eq!(v["tis"]["measures"]["enzyme"]["points"].as_f64(), Some(7.5));
    assert_eq!(v["tis"]["notes"], serde_json::json!([]));
}

#[test]
fn bad_values_of_the_other_measures_are_listed_by_path() {
    let lines = bad(r#"{"population":"child","strength":"grip",
                        "pga":{"baseline":11},"haq":{"week24":3.5},"cmas":{"baseline":53},
                        "enzyme":{"name":"cpk","uln":0}}"#);
    assert_eq!(
        lines,
        vec![
            "population: must be adult or juvenile",
            "strength: must be mmt or cmas",
            "pga.baseline: must be between 0 and 10",
            "haq.week24: must be between 0 and 3",
            "cmas.baseline: must be between 0 and 52",
            "enzyme.name: unknown enzyme (use ck, aldolase, ldh, ast or alt)",
            "enzyme.uln: enter your laboratory's upper limit of normal (more than 0, at most 10000 U/L)",
        ]
    );
    assert_eq!(
        bad(r#"{"strength":"cmas"}"#),
        vec!["strength: CMAS is scored for juvenile patients only"]
    );
    assert_eq!(
        bad(r#"{"population":"adult","enzyme":{"name":3}}"#),
        vec![r#"enzyme.name: must be "ck", "aldolase", "ldh", "ast" or "alt""#]
    );
}

#[test]
fn help_shows_a_working_example_and_version_names_the_rules() {
    let answer = |flag: &str| {
        let r = with_arg(flag);
        assert_eq!((r.status, r.stderr.as_str()), (0, ""), "{flag}");
        r.stdout
    };
    let help = answer("--help");
    assert!(help.starts_with("usage: dmscore < patient.json"), "{help}");
    // The example's three lines, as one object, score as the contract's.
    let example: Vec<&str> = help
        .lines()
        .filter(|l| l.starts_with("  \""))
        .map(str::trim)
        .collect();
    assert_eq!(example.len(), 3, "{help}");
    let result = ok(&format!("{{{}}}", example.join(",")));
    assert_eq!(result["verdict"], "achieved");
    let version = answer("--version");
    assert!(
        version.contains(&format!("rules {}", dmscore_core::RULES_VERSION)),
        "{version}"
    );
}

#[test]
fn a_file_named_alone_is_answered_with_how_to_give_it() {
    let slip = |arg: &str| {
        let r = with_arg(arg);
        assert_eq!((r.status, r.stdout.as_str()), (2, ""), "{arg}");
        r.stderr
    };
    assert!(slip("patient.json").starts_with(
        "arguments: one patient's JSON is read from standard input: dmscore < patient.json\nusage: "
    ));
    assert!(slip("Cohort.CSV").starts_with(
        "arguments: to score a cohort, name its file after --csv: dmscore --csv Cohort.CSV\n"
    ));
    assert!(slip("--json").starts_with("arguments: not understood\n"));
}

#[test]
fn csv_joined_to_its_file_by_an_equals_sign_reads_that_file() {
    // `--csv=FILE`, as many tools take an option's value.
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/seed-trial-synthetic.csv"
    );
    let (joined, apart) = (
        with_arg(&format!("--csv={fixture}")),
        Command::new(env!("CARGO_BIN_EXE_dmscore"))
            .args(["--csv", fixture])
            .output()
            .unwrap(),
    );
    assert_eq!(
        (joined.status, joined.stdout.as_bytes()),
        (0, &apart.stdout[..])
    );
}

#[test]
fn micro_katal_is_read_in_any_case_and_iu_is_not_a_code() {
    let katal = ok(r#"{"ck":{"unit":"µkat/l","uln":3.3,"baseline":20,"week24":8}}"#);
    assert_eq!(katal["verdict"], "achieved");
    assert_eq!(
        bad(r#"{"ck":{"unit":"IU/L","uln":200,"baseline":1200,"week24":500}}"#),
        ["ck.unit: must be U/L or ukat/L"]
    );
}

#[test]
fn a_key_spelt_otherwise_is_said_on_stderr_beside_the_result() {
    // `ULN` and `week_24` are not the contract's keys: CK is not entered,
    // as before, and stderr says which keys were meant.
    let input = br#"{"ck":{"unit":"U/L","ULN":200,"baseline":1200,"week_24":500},"mmt":{"max":150,"baseline":100,"week24":130}}"#;
    let r = run(input);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr.lines().collect::<Vec<_>>(),
        [
            "note: ck.ULN is not read: rename it to ck.uln",
            "note: ck.week_24 is not read: rename it to ck.week24",
        ]
    );
    let v: Value = serde_json::from_str(&r.stdout).expect("stdout is JSON");
    assert_eq!(v["criteria"]["ck"]["status"], "not_entered");
    // A bad input's stderr holds its problems alone, each starting with
    // its path (CONTRACT §1).
    let lines = bad(r#"{"ck":{"ULN":200},"mmt":{"max":150,"week24":200}}"#);
    assert_eq!(lines, ["mmt.week24: must be between 0 and 150"]);
}
