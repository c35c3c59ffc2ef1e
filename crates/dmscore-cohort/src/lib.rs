//! Cohort mode: one patient per CSV row, scored with the same pure core as
//! the single-patient page. Shared by `dmscore --csv` and the page's cohort
//! view, so both read, score, count and write a cohort the same way. No I/O
//! beyond the `Read`/`Write` handed in, no DOM.
//!
//! Rows are kept as read (one `csv::StringRecord` each) and scored through
//! each definition's fast decision ([`dmscore_core::decide`],
//! [`tis::decide`], [`doi::decide`]), which allocate nothing for a valid
//! row; reasons and percentages are worked out only for the rows someone
//! looks at or downloads.

mod results;
mod summary;

pub use results::{write_results, ResultLine, RESULT_COLUMNS};
pub use summary::Summary;

use dmscore_core::{decide, doi, tis, Criterion, Field, Form, Inputs, Status, Verdict};
use std::io::Read;

/// The id column; every other expected column is a contract input key.
pub const ID_COLUMN: &str = "patient_id";

/// A cohort as read: the header's meaning and every row's text.
#[derive(Clone, Debug, Default)]
pub struct Cohort {
    /// Where each input's column is, if the header has one.
    field_columns: [Option<usize>; Field::COUNT],
    id_column: Option<usize>,
    ignored_columns: Vec<String>,
    rows: Vec<Row>,
}

/// A data row: its cells, or why the CSV reader could not read it.
#[derive(Clone, Debug)]
enum Row {
    Read(csv::StringRecord),
    Unreadable(String),
}

/// One patient's decisions. An invalid row has none: a value the clinician
/// must correct could change any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowResult {
    Scored {
        /// The seed rule.
        verdict: Verdict,
        /// CK, MMT, DSSI.
        statuses: [Status; Criterion::COUNT],
        /// The ACR/EULAR 2016 TIS category.
        tis: tis::Category,
        /// The IMACS 2004 definition of improvement.
        doi: doi::Status,
    },
    Invalid,
}

impl RowResult {
    /// The results CSV's `verdict` cell.
    pub fn code(self) -> &'static str {
        match self {
            RowResult::Scored { verdict, .. } => verdict.code(),
            RowResult::Invalid => "invalid",
        }
    }
}

impl RowResult {
    /// The decision on checked values: invalid while any value is.
    fn of(inputs: &Inputs) -> RowResult {
        if Field::ALL.into_iter().any(|f| inputs.error(f).is_some()) {
            return RowResult::Invalid;
        }
        let statuses = decide(inputs);
        RowResult::Scored {
            verdict: Verdict::from_statuses(statuses),
            statuses,
            tis: tis::decide(inputs).category,
            doi: doi::decide(inputs).status,
        }
    }
}

impl Cohort {
    /// Reads a CSV with a header row. Rows may be ragged (short rows leave
    /// values missing). An unreadable header, or one naming none of the
    /// input columns (not a cohort file), is an `Err` saying so. Commas
    /// separate the columns unless the header has none and uses semicolons
    /// or tabs, as spreadsheets in many locales export.
    pub fn read(mut input: impl Read) -> Result<Cohort, String> {
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(delimiter(&bytes))
            .from_reader(bytes.as_slice());
        let header = reader.headers().map_err(|e| e.to_string())?.clone();
        let columns: Vec<Option<Field>> = header
            .iter()
            .map(|name| Field::from_id(name.trim()))
            .collect();
        if columns.iter().all(Option::is_none) {
            return Err(format!(
                "the first line names none of the expected columns ({})",
                std::iter::once(ID_COLUMN)
                    .chain(Field::ALL.map(Field::id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let mut field_columns = [None; Field::COUNT];
        // The first column of a name wins, as the first key of a link does.
        for (index, field) in columns.iter().enumerate().rev() {
            if let Some(field) = field {
                field_columns[field.index()] = Some(index);
            }
        }
        let is_id = |name: &str| name.trim() == ID_COLUMN;
        let rows = reader
            .into_records()
            .map(|r| r.map_or_else(|e| Row::Unreadable(e.to_string()), Row::Read))
            .collect();
        Ok(Cohort {
            field_columns,
            id_column: header.iter().position(is_id),
            ignored_columns: header
                .iter()
                .zip(&columns)
                .filter(|(name, field)| field.is_none() && !is_id(name))
                .map(|(name, _)| name.to_owned())
                .collect(),
            rows,
        })
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Header columns that are neither the id nor an input key.
    pub fn ignored_columns(&self) -> &[String] {
        &self.ignored_columns
    }

    /// The row's number as a spreadsheet shows it: the header is row 1.
    pub fn row_number(index: usize) -> usize {
        index + 2
    }

    /// The row's `patient_id` cell (empty when absent).
    pub fn id(&self, index: usize) -> &str {
        match (self.rows.get(index), self.id_column) {
            (Some(Row::Read(record)), Some(column)) => record.get(column).unwrap_or(""),
            _ => "",
        }
    }

    /// The text of one input of one row, as in the file.
    fn text(&self, index: usize, field: Field) -> &str {
        match (self.rows.get(index), self.field_columns[field.index()]) {
            (Some(Row::Read(record)), Some(column)) => record.get(column).unwrap_or(""),
            _ => "",
        }
    }

    /// The row's values as a form: what the single-patient view opens with.
    pub fn form(&self, index: usize) -> Form {
        Field::ALL
            .into_iter()
            .fold(Form::empty(), |form, f| form.with(f, self.text(index, f)))
    }

    /// The row's checked values.
    pub fn inputs(&self, index: usize) -> Inputs {
        Inputs::from_texts(|field| self.text(index, field))
    }

    /// The row's decision, without reasons: fast enough for every row of a
    /// large cohort.
    pub fn score(&self, index: usize) -> RowResult {
        if self.is_unreadable(index) {
            return RowResult::Invalid;
        }
        RowResult::of(&self.inputs(index))
    }

    fn is_unreadable(&self, index: usize) -> bool {
        matches!(self.rows.get(index), Some(Row::Unreadable(_)))
    }

    /// Every row's decision, in order.
    pub fn score_all(&self) -> Vec<RowResult> {
        (0..self.len()).map(|i| self.score(i)).collect()
    }

    /// Each problem of an invalid row as it is reported, `row 7,
    /// mmt-week24: must be between 0 and 150`; none for a valid row.
    pub fn problem_lines(&self, index: usize) -> Vec<String> {
        let row = Cohort::row_number(index);
        self.problems(index)
            .into_iter()
            .map(|p| format!("row {row}, {p}"))
            .collect()
    }

    /// What is wrong with the row, as `column: message` (or the reader's
    /// complaint when the row could not be read at all).
    pub fn problems(&self, index: usize) -> Vec<String> {
        self.problems_with(index, &self.inputs(index))
    }

    /// [`Cohort::problems`] given the row's already checked values.
    fn problems_with(&self, index: usize, inputs: &Inputs) -> Vec<String> {
        match self.rows.get(index) {
            Some(Row::Unreadable(e)) => vec![e.clone()],
            Some(Row::Read(_)) => inputs
                .errors()
                .into_iter()
                .map(|e| format!("{}: {}", e.field.id(), e.message))
                .collect(),
            None => Vec::new(),
        }
    }
}

/// The header line's separator: `,` unless it has none and has `;` or a tab.
fn delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .find(|d| header.contains(d))
        .unwrap_or(b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cohort(csv: &str) -> Cohort {
        Cohort::read(csv.as_bytes()).unwrap()
    }

    #[test]
    fn reads_ids_inputs_and_ignored_columns_in_any_order() {
        let c = cohort("site,ck-week24,patient_id,ck-baseline,ck-uln\nX,500,P1,1200,200\n");
        assert_eq!(c.len(), 1);
        assert_eq!(c.ignored_columns(), ["site"]);
        assert_eq!(c.id(0), "P1");
        assert_eq!(c.form(0).get(Field::CkBaseline), "1200");
        assert_eq!(c.form(0).get(Field::CkUnit), "");
        assert_eq!(
            c.score(0),
            RowResult::Scored {
                verdict: Verdict::Achieved,
                statuses: [Status::Met, Status::NotEntered, Status::NotEntered],
                tis: tis::Category::Indeterminate,
                doi: doi::Status::Indeterminate,
            }
        );
    }

    #[test]
    fn a_bad_value_makes_the_row_invalid_and_names_its_column() {
        let c = cohort("patient_id,mmt-max,mmt-baseline,mmt-week24\nP1,150,110,200\nP2,150,,\n");
        assert_eq!(c.score(0), RowResult::Invalid);
        assert_eq!(c.problems(0), ["mmt-week24: must be between 0 and 150"]);
        assert_eq!(
            c.problem_lines(0),
            ["row 2, mmt-week24: must be between 0 and 150"]
        );
        assert!(c.problem_lines(1).is_empty());
        assert_eq!(Cohort::row_number(0), 2);
        assert_eq!(c.score(1).code(), "indeterminate");
        assert!(c.problems(1).is_empty());
    }

    #[test]
    fn ragged_rows_leave_values_missing_and_extra_cells_are_ignored() {
        let c = cohort("patient_id,dssi-baseline,dssi-week24\nP1,10\nP2,10,4,extra\n");
        assert_eq!(c.score(0).code(), "indeterminate");
        assert_eq!(c.score(1).code(), "achieved");
    }

    #[test]
    fn the_first_of_two_columns_with_one_name_wins() {
        let c = cohort("dssi-baseline,dssi-week24,dssi-week24\n10,4,9\n");
        assert_eq!(c.form(0).get(Field::DssiWeek24), "4");
    }

    #[test]
    fn an_empty_file_or_header_is_refused_and_a_header_alone_is_an_empty_cohort() {
        assert!(Cohort::read("".as_bytes()).is_err());
        assert!(Cohort::read("\n\n".as_bytes()).is_err());
        assert!(cohort("patient_id,ck-uln\n").is_empty());
        let not_a_cohort = Cohort::read("name,age\nA,3\n".as_bytes()).unwrap_err();
        assert!(
            not_a_cohort.starts_with(
                "the first line names none of the expected columns (patient_id, ck-unit,"
            ),
            "{not_a_cohort}"
        );
    }

    #[test]
    fn a_spreadsheet_byte_order_mark_does_not_hide_the_first_column() {
        let c = Cohort::read("\u{feff}patient_id,dssi-baseline,dssi-week24\nP1,10,4\n".as_bytes())
            .unwrap();
        assert_eq!(c.id(0), "P1");
        assert!(c.ignored_columns().is_empty());
    }

    #[test]
    fn semicolon_and_tab_separated_files_are_read_too() {
        let c = cohort("patient_id;dssi-baseline;dssi-week24\nP1;10;4\n");
        assert_eq!((c.id(0), c.score(0).code()), ("P1", "achieved"));
        let c = cohort("patient_id\tdssi-baseline\tdssi-week24\nP1\t10\t4\n");
        assert_eq!((c.id(0), c.score(0).code()), ("P1", "achieved"));
        // A decimal comma in such a file is named, not misread.
        let c = cohort("patient_id;dssi-baseline;dssi-week24\nP1;10,5;4\n");
        assert_eq!(c.score(0), RowResult::Invalid);
        assert!(
            c.problems(0)[0].starts_with("dssi-baseline: "),
            "{:?}",
            c.problems(0)
        );
    }

    #[test]
    fn out_of_range_indexes_are_empty_not_a_panic() {
        let c = cohort("patient_id,ck-uln\nP1\n");
        assert_eq!(c.id(5), "");
        assert!(c.problems(5).is_empty());
        assert_eq!(c.form(5), Form::empty());
        assert_eq!(c.score(0).code(), "indeterminate");
    }
}
