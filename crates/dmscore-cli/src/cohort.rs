//! `dmscore --csv`: the shared cohort reader and results writer
//! (`dmscore-cohort`), with the rows worked out on every core. A bad row is
//! reported and kept rather than stopping the others.

use dmscore_cohort::{write_results, Cohort, RowResult, Summary, NO_PATIENTS};
use std::io::{Read, Write};

/// What a run found besides the results.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// `row N, column: message` lines; N counts the header as row 1, as a
    /// spreadsheet does.
    pub problems: Vec<String>,
    /// `row N, column: …` lines for values scored as read that may have
    /// been meant otherwise (`1.200`); not problems, the rows are scored.
    /// First, if the file was not UTF-8 text, the line that says so.
    pub doubts: Vec<String>,
    /// Header columns that are neither the id nor an input key.
    pub ignored_columns: Vec<String>,
    /// What the columns the file lacks leave out: the ids, or what they
    /// leave unscored in every row ("no mmt-max column, which partial
    /// remission and the TIS need: …").
    pub absent_column_notes: Vec<String>,
    pub summary: Summary,
}

/// Reads the cohort from `input` and writes one result row per patient to
/// `output`. Only a CSV that cannot be read at all is an `Err`.
pub fn score_csv(input: impl Read, output: impl Write) -> Result<Report, String> {
    let cohort = Cohort::read(input).map_err(|e| format!("input: {e}"))?;
    let scored = map_in_parallel(cohort.len(), |i| {
        let (result, line) = cohort.scored_line(i);
        (result, line, cohort.doubt_lines(i))
    });
    let results: Vec<RowResult> = scored.iter().map(|(r, _, _)| *r).collect();
    let problems = (0..cohort.len())
        .filter(|i| results[*i] == RowResult::Invalid)
        .flat_map(|i| cohort.problem_lines(i))
        .collect();
    let mut doubts: Vec<String> = cohort.encoding_note().into_iter().collect();
    if cohort.is_empty() {
        doubts.push(NO_PATIENTS.to_owned());
    }
    let lines = scored.into_iter().map(|(_, line, row_doubts)| {
        doubts.extend(row_doubts);
        line
    });
    write_results(lines, output)?;
    Ok(Report {
        problems,
        doubts,
        ignored_columns: cohort.ignored_columns().to_vec(),
        absent_column_notes: cohort.absent_column_notes().to_vec(),
        summary: Summary::of(&results),
    })
}

/// `(0..count).map(f)` in order, split over the available cores.
fn map_in_parallel<R: Send>(count: usize, f: impl Fn(usize) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = count.div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = (0..count)
            .step_by(chunk)
            .map(|start| scope.spawn(move || (start..count.min(start + chunk)).map(f).collect()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|_| Vec::new()))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(csv: &str) -> (Report, Vec<Vec<String>>) {
        let mut out = Vec::new();
        let report = score_csv(csv.as_bytes(), &mut out).unwrap();
        let rows = csv::Reader::from_reader(out.as_slice())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        (report, rows)
    }

    #[test]
    fn scores_rows_lists_ignored_columns_and_counts() {
        let (report, rows) = run(
            "patient_id,ck-uln,ck-baseline,ck-week24,site\nP1,200,1200,500,Stanford\nP2,200,1200,,Stanford\n",
        );
        assert_eq!(report.ignored_columns, vec!["site"]);
        assert_eq!(report.summary.rows, 2);
        assert_eq!(report.summary.achieved, 1);
        assert_eq!(report.summary.indeterminate, 1);
        assert!(report.problems.is_empty() && report.doubts.is_empty());
        assert_eq!(rows[0][0..4], ["P1", "achieved", "met", "58.33"]);
        assert_eq!(rows[1][0..3], ["P2", "indeterminate", "not_entered"]);
    }

    #[test]
    fn a_header_without_patients_is_said_to_hold_none() {
        for csv in [
            "patient_id,dssi-baseline\n",
            "patient_id,dssi-baseline\n,\n\n",
        ] {
            let (report, rows) = run(csv);
            assert!(rows.is_empty());
            assert_eq!(report.summary.rows, 0);
            assert_eq!(
                report.doubts,
                ["the header is read, but no row below it holds a patient"]
            );
        }
    }

    #[test]
    fn a_bad_row_is_reported_by_row_and_column_and_kept() {
        let (report, rows) = run(
            "patient_id,mmt-max,mmt-baseline,mmt-week24\nP1,150,110,135\nP2,150,110,200\nP3,150,100,130\n",
        );
        assert_eq!(
            report.problems,
            vec!["row 3, mmt-week24: must be between 0 and 150"]
        );
        assert_eq!(report.summary.invalid, 1);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1][1], "invalid");
        assert_eq!(rows[1][9], "mmt-week24: must be between 0 and 150");
        assert_eq!(rows[2][1], "achieved");
    }

    #[test]
    fn a_value_perhaps_grouped_by_a_dot_is_reported_not_a_problem() {
        let (report, rows) =
            run("patient_id,ck-uln,ck-baseline,ck-week24\nP1,200,1200,500\nP2,200,12.500,5.000\n");
        assert!(report.problems.is_empty());
        assert_eq!(
            report.doubts,
            [
                "row 3, ck-baseline: 12.500 is read as 12.5 U/L (a dot is always the decimal point): if you meant 12500 U/L, enter 12500",
                "row 3, ck-week24: 5.000 is read as 5 U/L (a dot is always the decimal point): if you meant 5000 U/L, enter 5000",
            ]
        );
        assert_eq!(rows[1][1], "indeterminate", "scored on the values read");
    }

    #[test]
    fn a_header_without_any_input_column_is_refused() {
        let err = score_csv("name,age\nA,3\n".as_bytes(), Vec::new()).unwrap_err();
        assert!(
            err.starts_with("input: the first line names none of the expected columns"),
            "{err}"
        );
    }

    #[test]
    fn many_rows_keep_their_order_across_threads() {
        let mut csv = String::from("patient_id,dssi-baseline,dssi-week24\n");
        for i in 0..1001 {
            csv.push_str(&format!("P{i},10,{}\n", i % 11));
        }
        let (report, rows) = run(&csv);
        assert_eq!(rows.len(), 1001);
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(row[0], format!("P{i}"));
            // CK and MMT are absent, so a DSSI miss leaves the answer open.
            let expected = if i % 11 <= 5 {
                "achieved"
            } else {
                "indeterminate"
            };
            assert_eq!(row[1], expected, "row {i}");
        }
        assert_eq!(
            report.summary.achieved,
            rows.iter().filter(|r| r[1] == "achieved").count()
        );
    }
}
