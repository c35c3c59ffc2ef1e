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

mod absent;
mod header;
mod ids;
mod results;
mod rows;
mod summary;
mod text;

pub use results::{write_results, ResultLine, RESULT_COLUMNS};
pub use summary::Summary;

use dmscore_core::{
    decide, doi, tis, Criterion, Field, Form, Inputs, Population, Status, Unscored, Verdict,
};
use header::{separator_and_table, Columns};
use std::io::Read;

/// The id column; every other expected column is a contract input key.
pub const ID_COLUMN: &str = "patient_id";

/// Said of a file whose header is read but that holds no patient (a sheet
/// saved before its rows were filled in, or rows of separators only), so
/// that counts of zero are not taken for a result.
pub const NO_PATIENTS: &str = "the header is read, but no row below it holds a patient";

/// A cohort as read: the header's meaning and every row's text.
#[derive(Clone, Debug, Default)]
pub struct Cohort {
    columns: Columns,
    /// The ignored columns as they are listed ([`Columns::ignored_name`]).
    ignored_columns: Vec<String>,
    /// What the columns the file lacks leave unscored ([`absent::notes`]).
    absent_column_notes: Vec<String>,
    rows: Vec<Row>,
    /// Each row's number as a spreadsheet shows it ([`rows::read_rows`]).
    row_numbers: Vec<usize>,
    /// The file was not UTF-8 text: read with `�` for what is not.
    not_utf8: bool,
    /// Rows whose id an earlier row has, with that row ([`ids::repeated`]).
    repeated_ids: Vec<(usize, usize)>,
}

/// A data row: its cells, or why they cannot be used.
#[derive(Clone, Debug)]
enum Row {
    Read(csv::StringRecord),
    /// Values in cells beyond the header's last column: a separator inside a
    /// value (`1,200` unquoted) has moved every cell after it to the wrong
    /// column, so none is used. The cells are kept for the row's id.
    Shifted(csv::StringRecord, Shift),
    /// Why the reader could not read it.
    Unreadable(String),
}

/// How a shifted row's cells outnumber the header's columns.
#[derive(Clone, Copy, Debug)]
struct Shift {
    cells: usize,
    columns: usize,
    separator: u8,
}

impl Shift {
    /// The row's problem, saying what moved the cells and how to mend it.
    fn message(self) -> String {
        let Shift {
            cells,
            columns,
            separator,
        } = self;
        let cause = match separator {
            b',' => "a comma inside a value (1,200) moves the cells after it: write 1200, with no thousands separator, or quote the cell",
            b';' => "a semicolon inside a value moves the cells after it: remove it or quote the cell",
            _ => "a tab inside a value moves the cells after it: remove it or quote the cell",
        };
        format!("{cells} cells where the header has {columns} columns, so none is used; {cause}")
    }
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
        /// The ACR/EULAR 2016 TIS category…
        tis: tis::Category,
        /// …by this population's thresholds (adult unless the row says
        /// juvenile).
        population: Population,
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

    /// Whether any of the row's values is invalid, which leaves the row
    /// unscored.
    fn any_invalid(inputs: &Inputs) -> bool {
        Field::ALL.into_iter().any(|f| inputs.error(f).is_some())
    }

    /// The decision on checked values: invalid while any value is.
    fn of(inputs: &Inputs) -> RowResult {
        if RowResult::any_invalid(inputs) {
            return RowResult::Invalid;
        }
        RowResult::scored(
            inputs,
            decide(inputs),
            tis::decide(inputs).category,
            doi::decide(inputs).status,
        )
    }

    /// A valid row's decisions, from each definition's.
    fn scored(
        inputs: &Inputs,
        statuses: [Status; Criterion::COUNT],
        tis: tis::Category,
        doi: doi::Status,
    ) -> RowResult {
        RowResult::Scored {
            verdict: Verdict::from_statuses(statuses),
            statuses,
            tis,
            population: inputs.population.value().unwrap_or(Population::Adult),
            doi,
        }
    }
}

impl Cohort {
    /// Reads a CSV with a header row ([`Columns::read`] says how it is
    /// read and when it is refused; [`separator_and_table`], how the
    /// separator is found; [`text::decode`], which files are not read as
    /// text). Short rows leave their last values missing (some spreadsheets
    /// drop trailing empty cells); a row with a value beyond the header's
    /// columns is [`Row::Shifted`]. An unreadable file or header is an
    /// `Err` saying so.
    pub fn read(mut input: impl Read) -> Result<Cohort, String> {
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        let text = text::decode(&bytes)?;
        let not_utf8 = matches!(text, std::borrow::Cow::Owned(_));
        let (separator, table) = separator_and_table(text.as_bytes());
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(separator)
            .from_reader(table);
        let header = reader.headers().map_err(|e| e.to_string())?.clone();
        let columns = Columns::read(&header, table)?;
        let (rows, row_numbers) = rows::read_rows(&mut reader, table, header.len(), separator);
        let ignored_columns = columns
            .ignored
            .iter()
            .filter_map(|&index| {
                columns.ignored_name(header.get(index).unwrap_or_default(), index, &rows)
            })
            .collect();
        let absent_column_notes = absent::notes(&columns, &rows);
        let mut cohort = Cohort {
            columns,
            ignored_columns,
            absent_column_notes,
            rows,
            row_numbers,
            not_utf8,
            repeated_ids: Vec::new(),
        };
        cohort.repeated_ids = ids::repeated((0..cohort.len()).map(|i| cohort.id(i)));
        Ok(cohort)
    }

    /// For a file that was not UTF-8 text, what that changed and how to
    /// keep every character.
    pub fn encoding_note(&self) -> Option<String> {
        self.not_utf8.then(text::not_utf8_note)
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

    /// What the columns the file lacks leave out: the id ("no patient_id
    /// column, so no result carries an id …"), then each column a
    /// definition needs beside values some row has, with what it leaves
    /// unscored in every row ("no mmt-max column, which partial remission
    /// and the TIS need: …").
    pub fn absent_column_notes(&self) -> &[String] {
        &self.absent_column_notes
    }

    /// The row's number as a spreadsheet shows it: the header is row 1,
    /// and blank rows count ([`rows::read_rows`]).
    pub fn row_number(&self, index: usize) -> usize {
        self.row_numbers.get(index).copied().unwrap_or(index + 2)
    }

    /// The row's `patient_id` cell (empty when absent), also for a shifted
    /// row, so that it can be found.
    pub fn id(&self, index: usize) -> &str {
        let record = match self.rows.get(index) {
            Some(Row::Read(record) | Row::Shifted(record, _)) => record,
            _ => return "",
        };
        self.columns
            .id
            .and_then(|column| record.get(column))
            .unwrap_or("")
    }

    /// The text of one input of one row, as in the file; empty for a row
    /// whose cells cannot be used.
    fn text(&self, index: usize, field: Field) -> &str {
        match (self.rows.get(index), self.columns.fields[field.index()]) {
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

    /// Whether the row's cells are used: not for a row that could not be
    /// read or whose cells a separator shifted, which has nothing to open.
    pub fn cells_used(&self, index: usize) -> bool {
        matches!(self.rows.get(index), Some(Row::Read(_)))
    }

    /// The row's checked values.
    pub fn inputs(&self, index: usize) -> Inputs {
        Inputs::from_texts(|field| self.text(index, field))
    }

    /// The row's decision, without reasons: fast enough for every row of a
    /// large cohort.
    pub fn score(&self, index: usize) -> RowResult {
        if self.row_problem(index).is_some() {
            return RowResult::Invalid;
        }
        RowResult::of(&self.inputs(index))
    }

    /// Why none of the row's cells can be used (unreadable or shifted), if
    /// so; a row that is read has its problems in its values instead.
    fn row_problem(&self, index: usize) -> Option<String> {
        match self.rows.get(index) {
            Some(Row::Unreadable(e)) => Some(e.clone()),
            Some(Row::Shifted(_, shift)) => Some(shift.message()),
            Some(Row::Read(_)) | None => None,
        }
    }

    /// Every row's decision, in order.
    pub fn score_all(&self) -> Vec<RowResult> {
        (0..self.len()).map(|i| self.score(i)).collect()
    }

    /// Each problem of an invalid row as it is reported, `row 7,
    /// mmt-week24: must be between 0 and 150`; none for a valid row.
    pub fn problem_lines(&self, index: usize) -> Vec<String> {
        let row = self.row_number(index);
        self.problems(index)
            .into_iter()
            .map(|p| format!("row {row}, {p}"))
            .collect()
    }

    /// What in the row is read as written but perhaps meant otherwise, as
    /// reported: its id given to an earlier row too, then each such value
    /// (`row 7, ck-baseline: 1.200 is read as 1.2 U/L …`), then each choice
    /// left empty beside values its default leaves unscored (`row 7,
    /// enzyme-name: not given, so the TIS and DOI follow CK …`). The row is
    /// scored as read; the clinician decides.
    pub fn doubt_lines(&self, index: usize) -> Vec<String> {
        let row = self.row_number(index);
        let text = |f| self.text(index, f);
        let mut lines: Vec<String> = self.repeated_id_line(index).into_iter().collect();
        if Inputs::may_doubt(text) {
            // Most rows have no value to check again.
            let inputs = self.inputs(index);
            lines.extend(
                Field::ALL
                    .into_iter()
                    .filter_map(|f| Some(format!("row {row}, {}: {}", f.id(), inputs.doubt(f)?))),
            );
        }
        lines.extend(
            Unscored::find(text)
                .iter()
                .map(|u| format!("row {row}, {}: {}", u.choice.id(), u.message(Field::id))),
        );
        lines
    }

    /// `row 9, patient_id: P3 is also in row 4 …`, if an earlier row has
    /// the row's id.
    fn repeated_id_line(&self, index: usize) -> Option<String> {
        let found = self
            .repeated_ids
            .binary_search_by_key(&index, |&(row, _)| row)
            .ok()?;
        let (_, earlier) = self.repeated_ids[found];
        Some(format!(
            "row {}, {ID_COLUMN}: {} is also in row {}: a patient in two rows counts twice in every proportion; if they are one patient, keep one row",
            self.row_number(index),
            self.id(index).trim(),
            self.row_number(earlier),
        ))
    }

    /// What is wrong with the row, as `column: message` (or, when none of
    /// its cells can be used, why).
    pub fn problems(&self, index: usize) -> Vec<String> {
        self.problems_with(index, &self.inputs(index))
    }

    /// [`Cohort::problems`] given the row's already checked values.
    fn problems_with(&self, index: usize, inputs: &Inputs) -> Vec<String> {
        match self.row_problem(index) {
            Some(problem) => vec![problem],
            None => inputs
                .errors()
                .into_iter()
                .map(|e| format!("{}: {}", e.field.id(), e.message))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cohort read from text that must be readable (also for the
    /// header's tests).
    pub(crate) fn cohort(csv: &str) -> Cohort {
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
                population: Population::Adult,
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
        assert_eq!(c.row_number(0), 2);
        assert_eq!(c.score(1).code(), "indeterminate");
        assert!(c.problems(1).is_empty());
    }

    #[test]
    fn an_exports_mark_for_a_missing_value_is_named_not_scored() {
        // R's write.csv writes NA where a value is missing: the row is not
        // scored, and each cell says to leave it empty instead.
        let c = cohort("patient_id,dssi-baseline,dssi-week24\n\"P1\",12,NA\nP2,12,\n");
        assert_eq!(c.score(0), RowResult::Invalid);
        assert_eq!(
            c.problems(0),
            ["dssi-week24: is not a plain number: leave it empty if the value was not measured"]
        );
        assert_eq!(c.score(1).code(), "indeterminate");
    }

    #[test]
    fn text_not_in_utf8_is_read_as_a_browser_reads_it_and_said() {
        // Excel's "CSV" on Windows saves `Zürich` and `µkat/L` in a code page.
        let latin1 = b"patient_id,site,ck-unit,dssi-baseline,dssi-week24\nP\xfc1,Z\xfcrich,,10,4\nP2,Bern,\xb5kat/L,10,4\nP3,Bern,,1\xe9,4\n";
        let c = Cohort::read(&latin1[..]).unwrap();
        assert_eq!(c.id(0), "P\u{fffd}1");
        assert_eq!(c.score(0).code(), "achieved");
        assert_eq!(c.problems(1), ["ck-unit: must be U/L or ukat/L"]);
        assert!(c.problems(2)[0].starts_with("dssi-baseline: is not a plain number"));
        assert!(c.encoding_note().unwrap().ends_with(
            "read as \u{fffd}; to keep them, save it as \"CSV UTF-8\" and open it again"
        ));
        assert_eq!(
            cohort("patient_id,dssi-baseline\nP\u{fc}1,10\n").encoding_note(),
            None
        );
        // Its "Unicode text" is UTF-16, with a byte-order mark: refused.
        let utf16: Vec<u8> = "\u{feff}patient_id\tdssi-baseline\nP1\t10\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(Cohort::read(&utf16[..])
            .unwrap_err()
            .starts_with("the file is UTF-16 text"));
    }

    #[test]
    fn an_id_given_to_two_rows_is_scored_as_written_and_listed_to_check() {
        let c = cohort(
            "patient_id,dssi-baseline,dssi-week24\nP1,10,4\nP2,10,9\n\nP1 ,10,4\n,10,4\n,10,4\n",
        );
        assert_eq!(
            c.doubt_lines(2),
            ["row 5, patient_id: P1 is also in row 2: a patient in two rows counts twice in every proportion; if they are one patient, keep one row"]
        );
        assert_eq!(c.score(2).code(), "achieved");
        assert!((0..c.len())
            .filter(|&i| i != 2)
            .all(|i| c.doubt_lines(i).is_empty()));
        // Two ids a code page's `�` made alike (hazard H9).
        let c = Cohort::read(&b"patient_id,dssi-baseline\nP\xe91,10\nP\xe81,10\n"[..]).unwrap();
        assert!(c.doubt_lines(1)[0].starts_with("row 3, patient_id: P\u{fffd}1 is also in row 2: "));
    }

    #[test]
    fn a_value_perhaps_grouped_by_a_dot_is_scored_as_read_and_reported() {
        // `1.200` in a semicolon file from a locale that groups by dots.
        let c = cohort("patient_id;ck-uln;ck-baseline;ck-week24\nP1;200;1.200;500\nP2;200;1200;500\nP3;200;1.20;0.500\n");
        assert_eq!(
            c.doubt_lines(0),
            ["row 2, ck-baseline: 1.200 is read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200"]
        );
        // Scored on 1.2, which is not above 2 × ULN: not the 1200 of P2.
        assert_eq!(c.score(0).code(), "indeterminate");
        assert_eq!(c.score(1).code(), "achieved");
        assert!(c.problems(0).is_empty());
        assert!(c.doubt_lines(1).is_empty() && c.doubt_lines(2).is_empty());
        assert!(c.doubt_lines(9).is_empty());
    }

    #[test]
    fn an_enzymes_values_left_unscored_by_an_empty_name_are_listed_to_check() {
        // Aldolase halved, but no enzyme named: the TIS follows CK (hazard H20).
        let c = cohort(
            "patient_id,ck-uln,ck-baseline,ck-week24,enzyme-name,enzyme-uln,enzyme-baseline,enzyme-week24\n\
             P1,200,1200,1100,,8,24,12\nP2,200,1200,1100,aldolase,8,24,12\nP3,200,1200,1100,ck,8,24,12\n",
        );
        assert_eq!(
            c.doubt_lines(0),
            ["row 2, enzyme-name: not given, so the TIS and DOI follow CK and leave enzyme-baseline and enzyme-week24 unscored; to score them, name the enzyme (aldolase, ldh, ast or alt)"]
        );
        // Scored as read: CK's 8.3 % earns 2.5 points, aldolase's 50 % 7.5.
        let enzyme_points = |i| tis::decide(&c.inputs(i)).points[4].map(|p| p.to_string());
        assert_eq!(enzyme_points(0).as_deref(), Some("2.5"));
        assert_eq!(enzyme_points(1).as_deref(), Some("7.5"));
        // Named, CK or another, it is the file's choice.
        assert!(c.doubt_lines(1).is_empty() && c.doubt_lines(2).is_empty());
    }

    #[test]
    fn short_rows_leave_values_missing_and_empty_extra_cells_are_ignored() {
        let c = cohort("patient_id,dssi-baseline,dssi-week24\nP1,10\nP2,10,4,, \n");
        assert_eq!(c.score(0).code(), "indeterminate");
        assert_eq!(c.score(1).code(), "achieved");
        assert!(c.problems(1).is_empty());
    }

    #[test]
    fn a_value_beyond_the_headers_columns_makes_the_row_invalid_not_misread() {
        // `1,200` unquoted: read by position, the baseline would be 1 and
        // the week-24 value 200, and the row not scored as it should.
        let c =
            cohort("patient_id,ck-uln,ck-baseline,ck-week24\nP1,200,1,200,500\nP2,200,1200,500\n");
        assert_eq!(c.score(0), RowResult::Invalid);
        assert_eq!(c.id(0), "P1");
        assert_eq!(
            c.problem_lines(0),
            ["row 2, 5 cells where the header has 4 columns, so none is used; a comma inside a value (1,200) moves the cells after it: write 1200, with no thousands separator, or quote the cell"]
        );
        // None of its cells is used, nor offered to the calculator.
        assert!(!c.cells_used(0) && c.cells_used(1));
        assert_eq!(c.form(0), Form::empty());
        assert_eq!(c.score(1).code(), "achieved");
        let c = cohort("patient_id;dssi-baseline;dssi-week24\nP1;10;4;x\n");
        assert_eq!(c.score(0), RowResult::Invalid);
        assert!(
            c.problems(0)[0].contains("a semicolon inside a value"),
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
