//! Whatever a file holds, reading and scoring it never panics (the page
//! runs this in WebAssembly, where a panic kills the tab), every row gets
//! one result, and the counts add up.

use dmscore_cohort::{write_results, Cohort, RowResult, Summary};
use proptest::prelude::*;

/// Cells a registry export, a hand edit or a hostile file might hold.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{0,5}(\\.[0-9]{0,3})?",
        Just(String::new()),
        Just("U/L".to_owned()),
        Just("ukat/L".to_owned()),
        prop::sample::select(vec!["juvenile", "cmas", "aldolase", "ck"]).prop_map(str::to_owned),
        "[0-9](\\.[0-9]{1,2})?",
        "[0-9]{13,20}",
        Just("mg/dL".to_owned()),
        "[ -~]{0,8}",
        "[=+@\t\r-][ -~]{0,6}",
        any::<String>(),
    ]
}

const HEADER: &str = "patient_id,ck-unit,ck-uln,ck-baseline,ck-week24,mmt-max,mmt-baseline,mmt-week24,dssi-baseline,dssi-week24,population,strength,pga-baseline,pga-week24,ptga-baseline,ptga-week24,haq-baseline,haq-week24,extra-baseline,extra-week24,cmas-baseline,cmas-week24,enzyme-name,enzyme-unit,enzyme-uln,enzyme-baseline,enzyme-week24";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(cohort) = Cohort::read(bytes.as_slice()) {
            for i in 0..cohort.len() {
                let _ = (cohort.score(i), cohort.scored_line(i), cohort.problems(i), cohort.form(i));
            }
        }
    }

    #[test]
    fn every_row_is_scored_once_and_the_counts_add_up(
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..30), 0..30)
    ) {
        let mut text = format!("{HEADER}\n");
        for row in &rows {
            let mut writer = csv::Writer::from_writer(Vec::new());
            // A row of no cells is written as one empty cell.
            writer.write_record(if row.is_empty() { vec![String::new()] } else { row.clone() }).unwrap();
            text.push_str(&String::from_utf8(writer.into_inner().unwrap()).unwrap());
        }
        let cohort = Cohort::read(text.as_bytes()).unwrap();
        let results = cohort.score_all();
        prop_assert_eq!(results.len(), cohort.len());
        let s = Summary::of(&results);
        prop_assert_eq!(s.rows, results.len());
        prop_assert_eq!(s.achieved + s.not_achieved + s.indeterminate + s.invalid, s.rows);
        for i in 0..3 {
            prop_assert!(s.met_alone[i] <= s.met[i] && s.met[i] <= s.achieved);
        }
        let scored = s.rows - s.invalid;
        prop_assert_eq!(s.tis.iter().sum::<usize>(), scored);
        prop_assert_eq!(s.doi.iter().sum::<usize>(), scored);
        prop_assert_eq!(s.populations.iter().sum::<usize>(), scored);
        // The results file agrees with the fast decision, row by row.
        let mut out = Vec::new();
        write_results((0..cohort.len()).map(|i| cohort.result_line(i)), &mut out).unwrap();
        let lines: Vec<csv::StringRecord> = csv::Reader::from_reader(out.as_slice())
            .records()
            .map(Result::unwrap)
            .collect();
        prop_assert_eq!(lines.len(), results.len());
        // No cell is one a spreadsheet would run as a formula (hazard
        // H22): any that starts as one is a number.
        for cell in lines.iter().flat_map(csv::StringRecord::iter) {
            if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                let digits = &cell[1..];
                prop_assert!(
                    digits.bytes().any(|b| b.is_ascii_digit())
                        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.'),
                    "{:?}",
                    cell
                );
            }
        }
        // The line's own decision (what `dmscore --csv` counts) is the
        // fast one.
        for (i, result) in results.iter().enumerate() {
            prop_assert_eq!(cohort.scored_line(i).0, *result);
        }
        for (line, result) in lines.iter().zip(&results) {
            prop_assert_eq!(&line[1], result.code());
            if let RowResult::Scored { statuses, tis, doi, .. } = result {
                let codes: Vec<&str> = statuses.iter().map(|s| s.code()).collect();
                prop_assert_eq!(vec![&line[2], &line[4], &line[6]], codes);
                prop_assert_eq!(&line[13], tis.code());
                prop_assert_eq!(&line[14], doi.code());
            } else {
                prop_assert!(line[8].starts_with("Not scored: "));
            }
        }
        // An invalid row says why, each problem with its message.
        for (i, result) in results.iter().enumerate() {
            let problems = cohort.problems(i);
            prop_assert_eq!(*result == RowResult::Invalid, !problems.is_empty());
            for problem in problems {
                prop_assert!(!problem.trim_end().ends_with(':'), "{}", problem);
            }
        }
    }
}
