//! A cohort file's data rows, each with the row number a spreadsheet shows
//! for it. The reader skips blank lines, where a spreadsheet shows an empty
//! row, so each record's bytes are read for the blank lines before it.

use crate::{Row, Shift};

/// The data rows after the header, and each one's spreadsheet row number
/// (the header is row 1). A row whose every cell is empty (a spreadsheet's
/// row of separators only, left where cells were cleared) is no patient,
/// so it is left out, as a blank line is; both still count for the rows
/// after them.
pub(crate) fn read_rows(
    reader: &mut csv::Reader<&[u8]>,
    table: &[u8],
    width: usize,
    separator: u8,
) -> (Vec<Row>, Vec<usize>) {
    let (mut rows, mut numbers) = (Vec::new(), Vec::new());
    let mut number = 1;
    let mut end = reader.position().byte();
    // Each record is kept, so each needs its own buffers; sized as the
    // last one's, a file's alike rows are read without growing them.
    let mut capacity = (0, 0);
    loop {
        let mut record = csv::StringRecord::with_capacity(capacity.0, capacity.1);
        let read = reader.read_record(&mut record);
        capacity = (record.as_slice().len(), record.len());
        let start = record.position().map_or(end, csv::Position::byte);
        end = reader.position().byte();
        number += 1 + blank_lines_before(table, start, end);
        let row = match read {
            Ok(false) => break,
            Err(e) => Row::Unreadable(e.to_string()),
            Ok(true) if record.iter().all(|c| c.trim().is_empty()) => continue,
            Ok(true) if record.iter().skip(width).any(|c| !c.trim().is_empty()) => {
                let shift = Shift {
                    cells: record.len(),
                    columns: width,
                    separator,
                };
                Row::Shifted(record, shift)
            }
            Ok(true) => Row::Read(record),
        };
        rows.push(row);
        numbers.push(number);
    }
    (rows, numbers)
}

/// The blank lines the reader skipped before a record: the line breaks
/// before its first cell, in the bytes the reader took for it (from
/// `start` to `end`). `\r\n` is one break, and its `\n` may open the span
/// when its `\r` ended the record before.
fn blank_lines_before(table: &[u8], start: u64, end: u64) -> usize {
    let (Ok(start), Ok(end)) = (usize::try_from(start), usize::try_from(end)) else {
        return 0;
    };
    let mut before = start.checked_sub(1).and_then(|i| table.get(i)).copied();
    let mut breaks = 0;
    for &b in table.get(start..end).unwrap_or_default() {
        if !matches!(b, b'\n' | b'\r') {
            break;
        }
        if !(b == b'\n' && before == Some(b'\r')) {
            breaks += 1;
        }
        before = Some(b);
    }
    breaks
}

#[cfg(test)]
mod tests {
    use crate::tests::cohort;

    #[test]
    fn row_numbers_count_blank_and_empty_rows_as_a_spreadsheet_shows_them() {
        let c = cohort(
            "patient_id,dssi-baseline,dssi-week24\nP1,10,4\n\n,,\n \r\nP2,abc,4\nP3,10,\"4\n\"\r\n\r\nP4,10,x\n",
        );
        // The blank line, the row of separators and the space are no patients.
        assert_eq!((c.len(), c.id(1)), (4, "P2"));
        assert_eq!(
            c.problem_lines(1),
            ["row 6, dssi-baseline: is not a plain number: use digits and at most one decimal point, e.g. 12.5"]
        );
        // A cell holding a line break is one row, as in a spreadsheet; a
        // blank line after `\r\n` counts once.
        assert_eq!(c.row_number(2), 7);
        assert_eq!(c.row_number(3), 9);
        assert_eq!(c.row_number(9), 11);
        // A file whose lines all end in `\r\n`, as Windows writes them.
        let c = cohort("patient_id,dssi-baseline\r\nP1,10\r\nP2,10\r\n\r\nP3,10\r\n");
        assert_eq!(
            (1..=3).map(|i| c.row_number(i - 1)).collect::<Vec<_>>(),
            [2, 3, 5]
        );
    }
}
