//! A cohort as read from one file or paste, with every row's decision and
//! the counts: worked out once when the text arrives, then only read.

use crate::platform;
use dmscore_cohort::{Cohort, RowResult, Summary, NO_PATIENTS};

/// The bytes of a CSV and where they came from: a file's as stored, so
/// that the reader, not the browser, says when they are not UTF-8 text.
pub struct CsvInput {
    /// The file's name, or a name for pasted text.
    pub name: String,
    pub bytes: Vec<u8>,
    /// `performance.now()` when the clinician chose the file or pressed
    /// the button: the reported time includes reading the file.
    pub started: f64,
}

pub struct Scored {
    pub name: String,
    pub cohort: Cohort,
    /// One per row of `cohort`, in order.
    pub results: Vec<RowResult>,
    pub summary: Summary,
    /// Every value scored as written that may have been meant otherwise
    /// (`row 7, ck-baseline: 1.200 is read as 1.2 U/L …`), in row order.
    pub doubts: Vec<String>,
    /// Reading, parsing, scoring and counting, in milliseconds.
    pub millis: f64,
    /// The tab's local date when it was scored: the page, on screen and on
    /// paper, says when and by which rules, as every other output does.
    pub date: String,
}

/// Reads and scores `csv`. An `Err` is a message for the clinician.
pub fn score(csv: CsvInput) -> Result<Scored, String> {
    let cohort = Cohort::read(&csv.bytes[..])
        .and_then(|cohort| {
            if cohort.is_empty() {
                Err(NO_PATIENTS.to_owned())
            } else {
                Ok(cohort)
            }
        })
        .map_err(|e| format!("{}: {e}. See the format below.", csv.name))?;
    let results = cohort.score_all();
    let summary = Summary::of(&results);
    let doubts = (0..cohort.len())
        .flat_map(|i| cohort.doubt_lines(i))
        .collect();
    Ok(Scored {
        name: csv.name,
        cohort,
        results,
        summary,
        doubts,
        millis: platform::now_ms() - csv.started,
        date: platform::today(),
    })
}

/// `text` read and scored as a file named `name`, for the page's tests.
#[cfg(test)]
pub fn score_text(name: &str, text: &str) -> Result<Scored, String> {
    score(CsvInput {
        name: name.to_owned(),
        bytes: text.as_bytes().to_vec(),
        started: 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_without_patients_is_said_to_hold_none_not_counted() {
        assert_eq!(
            score_text("empty.csv", "patient_id,dssi-baseline\n,\n").err().as_deref(),
            Some("empty.csv: the header is read, but no row below it holds a patient. See the format below.")
        );
    }
}
