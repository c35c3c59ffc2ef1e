//! Cohort mode: one patient per CSV row, scored with the same core as the
//! page, results written as CSV. A bad row is reported and kept (with its
//! errors) rather than stopping the others.

use dmscore_core::{assess, format::rounded_percent, Field, Form};
use std::io::{Read, Write};

/// The id column; every other expected column is a contract input key.
pub const ID_COLUMN: &str = "patient_id";

/// The columns of the results CSV.
const OUTPUT_COLUMNS: [&str; 10] = [
    ID_COLUMN,
    "verdict",
    "ck_status",
    "ck_improvement_percent",
    "mmt_status",
    "mmt_improvement_percent",
    "dssi_status",
    "dssi_improvement_percent",
    "summary",
    "errors",
];

/// What a run found besides the results.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// `row N, column: message` lines; N counts the header as row 1, as a
    /// spreadsheet does.
    pub problems: Vec<String>,
    /// Header columns that are neither the id nor an input key.
    pub ignored_columns: Vec<String>,
    pub rows: usize,
}

/// Reads the cohort from `input` and writes one result row per patient to
/// `output`. Only a CSV that cannot be read at all is an `Err`.
pub fn score_csv(input: impl Read, output: impl Write) -> Result<Report, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = reader.headers().map_err(|e| format!("input: {e}"))?.clone();
    let columns: Vec<Option<Field>> = header
        .iter()
        .map(|name| Field::from_id(name.trim()))
        .collect();
    let id_index = header.iter().position(|name| name.trim() == ID_COLUMN);
    let mut report = Report {
        ignored_columns: header
            .iter()
            .zip(&columns)
            .filter(|(name, field)| field.is_none() && name.trim() != ID_COLUMN)
            .map(|(name, _)| name.to_owned())
            .collect(),
        ..Report::default()
    };

    // Rows are independent: score them on every core, then write in order.
    let records: Vec<Result<csv::StringRecord, String>> = reader
        .records()
        .map(|r| r.map_err(|e| e.to_string()))
        .collect();
    report.rows = records.len();
    let scored = map_in_parallel(&records, |index, record| {
        score_row(index + 2, record, &columns, id_index)
    });

    let mut writer = csv::Writer::from_writer(output);
    let write_error = |e: csv::Error| format!("output: {e}");
    writer.write_record(OUTPUT_COLUMNS).map_err(write_error)?;
    for row in scored {
        report.problems.extend(row.problems);
        if let Some(out) = row.out {
            writer.write_record(&out).map_err(write_error)?;
        }
    }
    writer.flush().map_err(|e| format!("output: {e}"))?;
    Ok(report)
}

/// One input row's result line (none if the row could not be read) and its
/// problems.
struct ScoredRow {
    out: Option<Vec<String>>,
    problems: Vec<String>,
}

fn score_row(
    row: usize,
    record: &Result<csv::StringRecord, String>,
    columns: &[Option<Field>],
    id_index: Option<usize>,
) -> ScoredRow {
    let record = match record {
        Ok(record) => record,
        Err(e) => {
            return ScoredRow {
                out: None,
                problems: vec![format!("row {row}: {e}")],
            }
        }
    };
    let form = columns
        .iter()
        .zip(record.iter())
        .filter_map(|(field, text)| field.map(|f| (f, text)))
        .fold(Form::empty(), |form, (field, text)| form.with(field, text));
    let id = id_index.and_then(|i| record.get(i)).unwrap_or_default();
    let assessment = assess(&form);
    let errors: Vec<String> = assessment
        .errors()
        .iter()
        .map(|e| format!("{}: {}", e.field.id(), e.message))
        .collect();
    let verdict = if errors.is_empty() {
        assessment.verdict.code()
    } else {
        "invalid"
    };
    let mut out = vec![id.to_owned(), verdict.to_owned()];
    for c in &assessment.criteria {
        out.push(c.outcome.status().code().to_owned());
        out.push(
            c.outcome
                .improvement()
                .map(|p| rounded_percent(p, 2).normalize().to_string())
                .unwrap_or_default(),
        );
    }
    out.push(assessment.summary.clone());
    out.push(errors.join("; "));
    ScoredRow {
        out: Some(out),
        problems: errors.iter().map(|e| format!("row {row}, {e}")).collect(),
    }
}

/// `items.map(f)` in order, split over the available cores.
fn map_in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(c, part)| {
                scope.spawn(move || {
                    part.iter()
                        .enumerate()
                        .map(|(i, item)| f(c * chunk + i, item))
                        .collect::<Vec<R>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
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
    fn scores_rows_and_lists_ignored_columns() {
        let (report, rows) = run(
            "patient_id,ck-uln,ck-baseline,ck-week24,site\nP1,200,1200,500,Stanford\nP2,200,1200,,Stanford\n",
        );
        assert_eq!(report.ignored_columns, vec!["site"]);
        assert_eq!(report.rows, 2);
        assert!(report.problems.is_empty());
        assert_eq!(rows[0][0..4], ["P1", "achieved", "met", "58.33"]);
        assert_eq!(rows[1][0..3], ["P2", "indeterminate", "not_entered"]);
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
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1][1], "invalid");
        assert_eq!(rows[1][9], "mmt-week24: must be between 0 and 150");
        assert_eq!(rows[2][1], "achieved");
    }

    #[test]
    fn ragged_rows_and_missing_columns_do_not_stop_the_run() {
        let (report, rows) = run("patient_id,dssi-baseline,dssi-week24\nP1,10\nP2,10,4,extra\n");
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(rows[0][1], "indeterminate");
        assert_eq!(rows[1][1], "achieved");
    }
}
