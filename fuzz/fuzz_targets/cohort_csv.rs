//! Any file dropped on the cohort page or piped to `dmscore --csv`:
//! reading, scoring, counting, writing the results and reporting each
//! row's problems and doubted values never panic, and every row gets
//! exactly one result line.
#![no_main]

use dmscore_cohort::{write_results, Cohort, Summary};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(cohort) = Cohort::read(bytes) else {
        return;
    };
    let results = cohort.score_all();
    assert_eq!(Summary::of(&results).rows, cohort.len());
    let mut out = Vec::new();
    write_results((0..cohort.len()).map(|i| cohort.result_line(i)), &mut out).unwrap();
    let lines = csv::Reader::from_reader(out.as_slice()).records().count();
    assert_eq!(lines, cohort.len());
    for i in 0..cohort.len() {
        let _ = (cohort.problems(i), cohort.doubt_lines(i), cohort.form(i));
    }
});
