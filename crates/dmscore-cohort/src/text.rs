//! What a cohort file's bytes are: text to read as CSV, or a file a
//! spreadsheet has to save as CSV first. One place, so that the page and
//! `dmscore --csv` refuse the same files with the same advice.

use std::borrow::Cow;

/// What a spreadsheet is asked to do so that its file is read as written.
const SAVE_AS_UTF8: &str = "save it as \"CSV UTF-8\" and open it again";

/// The file's text. Text that is not UTF-8 (a spreadsheet's other CSV
/// formats, which save `Zürich` in a code page) is read with `�` in its
/// place, as a browser reads a file, and is `Cow::Owned`; [`not_utf8_note`]
/// says so. The numbers read are ASCII either way, and a value holding `�`
/// is refused as not a number. A file that cannot be read as CSV text is an
/// `Err` saying what it is and what to do.
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, String> {
    if let Some(kind) = not_csv_text(bytes) {
        return Err(format!("the file is {kind}: {SAVE_AS_UTF8}"));
    }
    // A spreadsheet saves an empty sheet as "CSV UTF-8" as the mark alone.
    let unmarked = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if unmarked.iter().all(u8::is_ascii_whitespace) {
        return Err("the file is empty: a cohort file's first line names its columns, and each line after it is a patient".to_owned());
    }
    Ok(String::from_utf8_lossy(bytes))
}

/// What the file is, when it is not text a spreadsheet saved as CSV: the
/// workbook itself (picked in place of its CSV copy), or text in UTF-16.
/// Read as CSV, each was refused as naming none of the expected columns,
/// which sent the clinician looking for a typo in the header.
fn not_csv_text(bytes: &[u8]) -> Option<&'static str> {
    /// A zip archive's first bytes: .xlsx, .ods and .numbers are zipped.
    const ZIP: &[u8] = b"PK\x03\x04";
    /// An OLE compound file's first bytes: Excel 97–2003's .xls.
    const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        Some("UTF-16 text, as a spreadsheet saves \"Unicode text\"")
    } else if bytes.starts_with(ZIP) {
        Some("zipped (a workbook such as .xlsx or .ods, or a .zip archive), not CSV text")
    } else if bytes.starts_with(OLE) {
        Some("an Excel 97–2003 workbook (.xls), not CSV text")
    } else if bytes.contains(&0) {
        // No CSV text holds a NUL byte; UTF-16 without its byte-order mark
        // holds one in every ASCII character, and most binary files many.
        Some("not CSV text (it holds NUL bytes, as UTF-16 text and binary files do)")
    } else {
        None
    }
}

/// Said of a file [`decode`] read with `�`: what that changed and how to
/// keep every character.
pub(crate) fn not_utf8_note() -> String {
    format!(
        "the file is not UTF-8 text, so its accents and other characters beyond ASCII (µ, ü) read as \u{fffd}; to keep them, {SAVE_AS_UTF8}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(bytes: &[u8]) -> String {
        decode(bytes).unwrap_err()
    }

    #[test]
    fn a_workbook_picked_in_place_of_its_csv_is_named_with_what_to_do() {
        let xlsx = b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml";
        assert_eq!(
            refusal(xlsx),
            "the file is zipped (a workbook such as .xlsx or .ods, or a .zip archive), not CSV text: save it as \"CSV UTF-8\" and open it again"
        );
        let xls = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00";
        assert!(refusal(xls)
            .starts_with("the file is an Excel 97–2003 workbook (.xls), not CSV text: save it as"));
    }

    #[test]
    fn utf16_text_is_refused_with_or_without_its_byte_order_mark() {
        let utf16 =
            |text: &str| -> Vec<u8> { text.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        assert!(refusal(&utf16("\u{feff}patient_id\tdssi-baseline\n"))
            .starts_with("the file is UTF-16 text"));
        assert!(refusal(&utf16("patient_id\tdssi-baseline\n"))
            .starts_with("the file is not CSV text (it holds NUL bytes"));
    }

    #[test]
    fn an_empty_file_is_said_to_be_empty() {
        for empty in ["", "\n", " \r\n\r\n", "\u{feff}", "\u{feff}\r\n"] {
            assert!(refusal(empty.as_bytes()).starts_with("the file is empty: "));
        }
    }

    #[test]
    fn csv_text_is_read_and_text_not_utf8_is_read_as_a_browser_does() {
        assert!(matches!(
            decode(b"patient_id\nP1\n"),
            Ok(Cow::Borrowed("patient_id\nP1\n"))
        ));
        assert!(
            matches!(decode(b"patient_id\nP\xfc1\n"), Ok(Cow::Owned(t)) if t == "patient_id\nP\u{fffd}1\n")
        );
        // A file that merely starts with "PK" is text.
        assert!(decode(b"PK,dssi-baseline\n").is_ok());
    }
}
