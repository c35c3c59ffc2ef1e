//! `dmscore --csv` on the synthetic seed-trial cohort: 3 of 8 reach partial
//! remission, each through muscle strength alone (as Chung et al. report),
//! and the patient who withdrew at week 16 is indeterminate.

use std::process::Command;

fn fixture() -> String {
    format!(
        "{}/../../tests/fixtures/seed-trial-synthetic.csv",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn the_synthetic_trial_cohort_scores_as_the_trial_reported() {
    let out = Command::new(env!("CARGO_BIN_EXE_dmscore"))
        .args(["--csv", &fixture()])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            "note: ignored unknown columns: note",
            "criteria: TIS (ACR/EULAR 2016): none 3, minimal 1, moderate 2, major 1, indeterminate 1 (thresholds: adult 8, juvenile 0); DOI (IMACS 2004): met 3, not met 4, indeterminate 1",
            "summary: 8 patients: 3 achieved (met by CK 0, MMT 3, DSSI 0; CK alone 0, MMT alone 3, DSSI alone 0), 4 not achieved, 1 indeterminate, 0 invalid"
        ]
    );

    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8);

    let achieved: Vec<&csv::StringRecord> = rows
        .iter()
        .filter(|r| &r[col("verdict")] == "achieved")
        .collect();
    assert_eq!(achieved.len(), 3);
    for r in &achieved {
        assert_eq!(&r[col("mmt_status")], "met", "{r:?}");
        assert_ne!(&r[col("ck_status")], "met", "{r:?}");
        assert_ne!(&r[col("dssi_status")], "met", "{r:?}");
    }
    for r in &rows {
        assert_ne!(
            &r[col("ck_status")],
            "met",
            "CK never reaches its threshold: {r:?}"
        );
        assert_ne!(
            &r[col("dssi_status")],
            "met",
            "DSSI never reaches its threshold: {r:?}"
        );
    }
    let withdrawn = rows
        .iter()
        .find(|r| &r[col("patient_id")] == "SYN-07")
        .unwrap();
    assert_eq!(&withdrawn[col("verdict")], "indeterminate");
    assert_eq!(
        rows.iter()
            .filter(|r| &r[col("verdict")] == "not_achieved")
            .count(),
        4
    );
    // The same visits by today's criteria: SYN-06 misses the seed rule but
    // meets the DOI; the withdrawal's TIS is open from 0 to 100.
    let today: Vec<[&str; 4]> = rows
        .iter()
        .map(|r| {
            [
                &r[col("patient_id")],
                &r[col("tis_score")],
                &r[col("tis_category")],
                &r[col("doi_status")],
            ]
        })
        .collect();
    assert_eq!(
        today,
        [
            ["SYN-01", "75", "major", "met"],
            ["SYN-02", "42.5", "moderate", "not_met"],
            ["SYN-03", "52.5", "moderate", "met"],
            ["SYN-04", "17.5", "none", "not_met"],
            ["SYN-05", "0", "none", "not_met"],
            ["SYN-06", "35", "minimal", "met"],
            ["SYN-07", "", "indeterminate", "indeterminate"],
            ["SYN-08", "10", "none", "not_met"],
        ]
    );
    assert_eq!(
        [
            &withdrawn[col("tis_score_min")],
            &withdrawn[col("tis_score_max")]
        ],
        ["0", "100"]
    );
}

/// `dmscore --csv -` with `csv` on stdin: the exit code, stdout and stderr.
fn score_stdin(csv: &str) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dmscore"))
        .args(["--csv", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(csv.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

#[test]
fn bad_rows_exit_2_and_are_named_while_the_others_are_scored() {
    let csv = "patient_id,mmt-max,mmt-baseline,mmt-week24\nA,150,110,135\nB,150,1,2,\nC,80,40,90\nD,150,x,1\n";
    let (code, stdout, stderr) = score_stdin(csv);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        vec![
            "row 4, mmt-week24: must be between 0 and 80",
            "row 5, mmt-baseline: is not a plain number: use digits and at most one decimal point, e.g. 12.5",
            "criteria: TIS (ACR/EULAR 2016): none 0, minimal 0, moderate 0, major 0, indeterminate 2 (thresholds: adult 2, juvenile 0); DOI (IMACS 2004): met 0, not met 0, indeterminate 2",
            "summary: 4 patients: 1 achieved (met by CK 0, MMT 1, DSSI 0; CK alone 0, MMT alone 1, DSSI alone 0), 0 not achieved, 1 indeterminate, 2 invalid",
        ]
    );
    assert_eq!(
        stdout.lines().count(),
        5,
        "header and all four rows: {stdout}"
    );
    assert!(stdout.lines().nth(1).unwrap().starts_with("A,achieved,"));
}

#[test]
fn columns_the_file_lacks_are_said_once_before_the_rows() {
    // One MMT scale for the whole study, so no mmt-max column; no ck-uln.
    let csv = "patient_id,ck-baseline,ck-week24,mmt-baseline,mmt-week24,site\nP1,1200,500,100,120,X\nP2,1200,1.200,100,110,Y\n";
    let (code, _, stderr) = score_stdin(csv);
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[..4],
        [
            "note: ignored unknown columns: site",
            "note: no ck-uln column, which partial remission needs: it leaves ck-baseline and ck-week24 unscored in every row (the TIS and the DOI do not need it)",
            "note: no mmt-max column, which partial remission and the TIS need: they leave mmt-baseline and mmt-week24 unscored in every row (the DOI does not need it)",
            "note: row 3, ck-week24: 1.200 is read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200",
        ]
    );
    assert!(lines[4].starts_with("criteria: "), "{stderr}");
}

#[test]
fn what_a_file_holds_is_shown_on_the_terminal_never_run() {
    // A column name that clears the screen; an id that recolours the
    // terminal and breaks its line to fake another.
    let id = "P\u{1b}[31m1\nsummary: 0 invalid";
    let csv = format!("patient_id,ck-uln,ck-baseline,ck-week24,\u{1b}[2J\n\"{id}\",200,1200,500\n\"{id}\",200,1200,x\n");
    let (code, stdout, stderr) = score_stdin(&csv);
    assert_eq!(code, Some(2));
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "note: ignored unknown columns: \\u{1b}[2J",
            "row 3, ck-week24: is not a plain number: use digits and at most one decimal point, e.g. 12.5",
            "note: row 3, patient_id: P\\u{1b}[31m1\\nsummary: 0 invalid is also in row 2: a patient in two rows counts twice in every proportion; if they are one patient, keep one row",
        ]
    );
    assert!(lines[3].starts_with("criteria: ") && lines[4].starts_with("summary: 2 patients"));
    assert_eq!(lines.len(), 5, "{stderr}");
    // The results keep the id as the file has it: the data is not changed.
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let ids: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(ids, [id, id]);
}

#[test]
fn a_missing_file_a_folder_and_unknown_arguments_exit_2() {
    for args in [
        vec!["--csv", "/nonexistent/cohort.csv"],
        vec!["--frobnicate"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_dmscore"))
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(!String::from_utf8(out.stderr).unwrap().contains("panicked"));
    }
    let folder = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(env!("CARGO_BIN_EXE_dmscore"))
        .args(["--csv", folder])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!("input: {folder} is a folder, not a CSV file\n")
    );
}
