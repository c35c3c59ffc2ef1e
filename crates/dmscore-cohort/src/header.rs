//! A cohort file's first lines: which separator it uses and what each of
//! its header's columns stands for. Kept apart from the rows, so the rules
//! for reading a spreadsheet's header (and refusing one) are in one place.

use crate::{Row, ID_COLUMN};
use dmscore_core::field::loose_spelling;
use dmscore_core::Field;

/// A header name as the column it stands for: `CK_ULN` and ` ck uln ` are
/// `ck-uln`, since a spreadsheet's header may be written with capitals,
/// underscores (as the results file's own columns are) or spaces, and no
/// two columns differ only so.
fn column_key(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The column a name spelt otherwise stands for: R's `read.csv` writes
/// `ck-baseline` back as `ck.baseline`, and a sheet may say `CK week 24`
/// or `mmtmax`. Such a column is still not read (only capitals,
/// underscores and spaces are, [`column_key`]), but its listing names the
/// column meant, so that it is renamed rather than lost.
fn meant_column(name: &str) -> Option<&'static str> {
    let loose = loose_spelling(name);
    Field::ALL
        .into_iter()
        .map(Field::id)
        .chain([ID_COLUMN])
        .find(|id| loose_spelling(id) == loose)
}

/// What each of the header's columns stands for.
#[derive(Clone, Debug, Default)]
pub(crate) struct Columns {
    /// Where each input's column is, if the header has one.
    pub(crate) fields: [Option<usize>; Field::COUNT],
    pub(crate) id: Option<usize>,
    /// The columns that are neither, by index.
    pub(crate) ignored: Vec<usize>,
}

impl Columns {
    /// Reads the header's names as [`column_key`] spells them. A header
    /// naming none of the input columns (not a cohort file, or a title
    /// above the header: [`header_below`] looks in `table`), or one column
    /// twice (which copy counts cannot be guessed), is refused.
    pub(crate) fn read(header: &csv::StringRecord, table: &[u8]) -> Result<Columns, String> {
        let id_key = column_key(ID_COLUMN);
        let mut columns = Columns {
            fields: [None; Field::COUNT],
            id: None,
            ignored: Vec::new(),
        };
        for (index, name) in header.iter().enumerate() {
            let key = column_key(name);
            let field = Field::from_id(&key);
            let slot = match field {
                Some(field) => &mut columns.fields[field.index()],
                None if key == id_key => &mut columns.id,
                None => {
                    columns.ignored.push(index);
                    continue;
                }
            };
            if let Some(first) = slot.replace(index) {
                return Err(format!(
                    "the header names {} in columns {} and {}: keep one, so that no value has to be guessed",
                    field.map_or(ID_COLUMN, Field::id),
                    first + 1,
                    index + 1
                ));
            }
        }
        if columns.fields.iter().all(Option::is_none) {
            if let Some(row) = header_below(table) {
                return Err(format!(
                    "the header is in row {row}, not the first: delete the rows above it (a title or notes), so that the header is the first row"
                ));
            }
            let dotted = header
                .iter()
                .find_map(|name| Some((name.trim(), meant_column(name)?)))
                .map_or(String::new(), |(name, meant)| {
                    format!(
                        "; a name spelt otherwise is not read: rename {name} to {meant}, and so on"
                    )
                });
            return Err(format!(
                "the first line names none of the expected columns ({}){dotted}",
                std::iter::once(ID_COLUMN)
                    .chain(Field::ALL.map(Field::id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        Ok(columns)
    }

    /// Whether a column of this id (`ck-uln`, `patient_id`) is read.
    fn reads(&self, id: &str) -> bool {
        match Field::from_id(id) {
            Some(field) => self.fields[field.index()].is_some(),
            None => id == ID_COLUMN && self.id.is_some(),
        }
    }

    /// How an ignored column is listed: by its name (with the column it
    /// was perhaps meant to be, [`meant_column`], unless that column is
    /// read already), or, unnamed, by its number, and then only if some
    /// row has a value in it (spreadsheets often export empty unnamed
    /// columns after the last one).
    pub(crate) fn ignored_name(&self, name: &str, index: usize, rows: &[Row]) -> Option<String> {
        if let Some(meant) = meant_column(name).filter(|meant| !self.reads(meant)) {
            return Some(format!("{name} (not read: rename it to {meant})"));
        }
        ignored_as_named(name, index, rows)
    }
}

/// An ignored column by its name or, unnamed and holding a value, its
/// number.
fn ignored_as_named(name: &str, index: usize, rows: &[Row]) -> Option<String> {
    if !name.trim().is_empty() {
        return Some(name.to_owned());
    }
    let holds_a_value = |row: &Row| match row {
        Row::Read(record) | Row::Shifted(record, _) => {
            record.get(index).is_some_and(|c| !c.trim().is_empty())
        }
        Row::Unreadable(_) => false,
    };
    rows.iter()
        .any(holds_a_value)
        .then(|| format!("(unnamed column {})", index + 1))
}

/// The separators a cohort file may use, the comma first.
const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// The row (as a spreadsheet numbers it) of the header, when it is not the
/// first: a sheet with a title or notes above its header, saved as CSV.
/// Such a file is refused rather than read from there, since what the rows
/// above say cannot be known; this names the row to keep first. Only the
/// first rows are looked at, with each separator, as the title line may not
/// show which the file uses.
fn header_below(table: &[u8]) -> Option<u64> {
    const ROWS_LOOKED_AT: usize = 20;
    let names_an_input = |record: &csv::StringRecord| {
        record
            .iter()
            .any(|name| Field::from_id(&column_key(name)).is_some())
    };
    SEPARATORS
        .into_iter()
        .filter_map(|separator| {
            csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .delimiter(separator)
                .from_reader(table)
                .records()
                .take(ROWS_LOOKED_AT)
                .skip(1)
                .map_while(Result::ok)
                .find(names_an_input)?
                .position()
                .map(|start| row_at(table, start.byte()))
        })
        .min()
}

/// The spreadsheet row of the record the reader read from byte `start`: one
/// more than the line breaks before its first cell, blank lines included
/// (the reader's span starts with the blank lines it skipped; `\r\n` is one
/// break).
fn row_at(table: &[u8], start: u64) -> u64 {
    let start = usize::try_from(start)
        .unwrap_or(usize::MAX)
        .min(table.len());
    let first_cell = table[start..]
        .iter()
        .position(|b| !matches!(b, b'\n' | b'\r'))
        .map_or(table.len(), |skipped| start + skipped);
    let before = &table[..first_cell];
    let breaks = before
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && before.get(i + 1) != Some(&b'\n')))
        .count();
    u64::try_from(breaks).map_or(u64::MAX, |breaks| breaks + 1)
}

/// The separator and the table from the header on. A first line `sep=;`
/// (a spreadsheet's hint, which it does not show as a row) names the
/// separator (a comma, semicolon or tab) and is left out; otherwise the
/// separator is the header line's `,`, or, when it has none, its `;` or
/// tab.
pub(crate) fn separator_and_table(bytes: &[u8]) -> (u8, &[u8]) {
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let (first, rest) = match text.iter().position(|b| *b == b'\n') {
        Some(end) => (&text[..end], &text[end + 1..]),
        None => (text, &[][..]),
    };
    let first = first.strip_suffix(b"\r").unwrap_or(first);
    if let Some([separator]) = first.strip_prefix(b"sep=") {
        if SEPARATORS.contains(separator) {
            return (*separator, rest);
        }
    }
    let separator = SEPARATORS
        .into_iter()
        .find(|d| first.contains(d))
        .unwrap_or(b',');
    (separator, bytes)
}

#[cfg(test)]
mod tests {
    use crate::tests::cohort;
    use crate::{Cohort, RowResult};
    use dmscore_core::Field;

    #[test]
    fn a_header_may_use_capitals_underscores_or_spaces() {
        let c = cohort("Patient_ID,CK_ULN,ck baseline, Ck-Week24 ,site\nP1,200,1200,500,X\n");
        assert_eq!((c.id(0), c.score(0).code()), ("P1", "achieved"));
        assert_eq!(c.ignored_columns(), ["site"]);
        // Two spellings of one column are one column named twice.
        assert_eq!(
            Cohort::read("ck-uln,CK_ULN\n200,300\n".as_bytes()).unwrap_err(),
            "the header names ck-uln in columns 1 and 2: keep one, so that no value has to be guessed"
        );
    }

    #[test]
    fn a_title_above_the_header_is_refused_naming_the_header_row() {
        for csv in [
            "Cohort export 2026-11\n\npatient_id,dssi-baseline\nP1,10\n",
            "sep=;\nTitle\r\nSite: Bern\r\npatient_id;dssi-baseline\r\nP1;10\r\n",
        ] {
            assert_eq!(
                Cohort::read(csv.as_bytes()).unwrap_err(),
                "the header is in row 3, not the first: delete the rows above it (a title or notes), so that the header is the first row"
            );
        }
        // Only the first rows are looked at; a file without such a row
        // says nothing more.
        let far = format!("Title\n{}patient_id,dssi-baseline\n", "note\n".repeat(20));
        assert!(Cohort::read(far.as_bytes())
            .unwrap_err()
            .ends_with("enzyme-week24)"));
        assert!(Cohort::read("name,age\nAnn,40\n".as_bytes())
            .unwrap_err()
            .ends_with("enzyme-week24)"));
    }

    #[test]
    fn a_name_spelt_otherwise_is_not_read_but_names_the_column_meant() {
        // As a sheet may head its columns: a visit spelt out, names run
        // together. Their values are not read; the column meant is named.
        let c = cohort("Patient ID,CK ULN,CK baseline,CK week 24,MMTmax,mmt-baseline\nP1,200,1200,500,150,100\n");
        assert_eq!(
            c.ignored_columns(),
            [
                "CK week 24 (not read: rename it to ck-week24)",
                "MMTmax (not read: rename it to mmt-max)"
            ]
        );
        assert_eq!(c.form(0).get(Field::CkWeek24), "");
        assert_eq!(
            c.absent_column_notes()[0],
            "no ck-week24 column, which partial remission, the TIS and the DOI need: they leave ck-baseline unscored in every row"
        );

        // As R's read.csv and write.csv give a cohort back.
        let c =
            cohort("\"patient_id\",\"dssi-baseline\",\"dssi.week24\",\"site.x\"\n\"P1\",10,4,1\n");
        assert_eq!(c.score(0).code(), "indeterminate");
        assert_eq!(
            c.ignored_columns(),
            ["dssi.week24 (not read: rename it to dssi-week24)", "site.x"]
        );
        // Where the column meant is read already, renaming would name it
        // twice: the name is only listed.
        let c = cohort("patient_id,dssi-week24,dssi.week24\nP1,4,5\n");
        assert_eq!(c.ignored_columns(), ["dssi.week24"]);
        // So too for the id column, with or without one read beside it.
        let c = cohort("patient.id,dssi-week24\nP1,4\n");
        assert_eq!(
            c.ignored_columns(),
            ["patient.id (not read: rename it to patient_id)"]
        );
        let c = cohort("patient_id,patient.id,dssi-week24\nP1,P1,4\n");
        assert_eq!(c.ignored_columns(), ["patient.id"]);
        let refused =
            Cohort::read("patient.id,ck.uln,ck.baseline\nP1,200,1200\n".as_bytes()).unwrap_err();
        assert!(
            refused.ends_with(
                "; a name spelt otherwise is not read: rename patient.id to patient_id, and so on"
            ),
            "{refused}"
        );
    }

    #[test]
    fn an_unnamed_column_is_listed_by_its_number_only_when_it_holds_a_value() {
        let c = cohort("patient_id,,dssi-baseline,dssi-week24,,\nP1,,10,4,x,\nP2,, 10,4,,\n");
        assert_eq!(c.ignored_columns(), ["(unnamed column 5)"]);
    }

    #[test]
    fn a_header_naming_a_column_twice_is_refused() {
        let twice = Cohort::read("dssi-baseline,dssi-week24, dssi-week24\n10,4,9\n".as_bytes())
            .unwrap_err();
        assert_eq!(
            twice,
            "the header names dssi-week24 in columns 2 and 3: keep one, so that no value has to be guessed"
        );
        assert!(Cohort::read("patient_id,dssi-baseline,patient_id\nA,10,B\n".as_bytes()).is_err());
        // Two unknown columns of one name are only listed.
        let c = cohort("note,dssi-baseline,note\nx,10,y\n");
        assert_eq!(c.ignored_columns(), ["note", "note"]);
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
    fn a_spreadsheets_sep_line_names_the_separator_and_is_not_the_header() {
        for csv in [
            "sep=;\npatient_id;dssi-baseline;dssi-week24\nP1;10;4\n",
            "\u{feff}sep=;\r\npatient_id;dssi-baseline;dssi-week24\r\nP1;10;4\r\n",
            "sep=,\npatient_id,dssi-baseline,dssi-week24\nP1,10,4\n",
        ] {
            let c = cohort(csv);
            assert_eq!(
                (c.len(), c.id(0), c.score(0).code()),
                (1, "P1", "achieved"),
                "{csv:?}"
            );
        }
        // The header is still row 1, as the spreadsheet shows it.
        let c = cohort("sep=;\npatient_id;dssi-baseline;dssi-week24\nP1;10;99\n");
        assert_eq!(
            c.problem_lines(0),
            ["row 2, dssi-week24: must be between 0 and 72"]
        );
        assert!(Cohort::read("sep=;\n".as_bytes()).is_err());
        // Another separator is not one the reader knows: not a cohort file.
        assert!(Cohort::read("sep=\"\npatient_id\"dssi-baseline\nP1\"10\n".as_bytes()).is_err());
    }
}
